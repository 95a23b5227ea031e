"""nbgrader's JupyterLab panels work for this course, as students and instructors use them.

The scratch course has an exchange; every lesson is generated (``nbgrader generate_assignment``)
and released to it. Then, in JupyterLab:

* student: Nbgrader → Assignment List lists every lesson for course ``mathml``, and the first
  one can be fetched and submitted; Validate on a notebook answered with the reference
  solutions reports success;
* instructor: Nbgrader → Formgrader lists every lesson; Nbgrader → Create assignment shows
  the lesson's nbgrader cells (answers, tests, manual answers) and its total points.
"""
from __future__ import annotations

import shutil

import nbformat
import pytest

import jupyterlab_driver as jd
from coursetools import paths, submissions
from coursetools.cells import exercises, is_answer, is_test, meta

COURSE_ID = "mathml"


@pytest.fixture(scope="module")
def assignments(nbgrader_assignments):
    lessons, failed = nbgrader_assignments
    assert lessons, "no lesson in source/"
    assert not failed, f"nbgrader could not generate/release: {failed}"
    return lessons


def first_lesson_with_both_editions() -> str:
    for lesson in paths.lessons():
        if paths.release_notebook(lesson).exists() and paths.source_notebook(lesson).exists():
            return lesson
    pytest.fail("no lesson has both a source and a released notebook")


async def on_page(browser, server, name: str, body, path: str = ""):
    """Open JupyterLab (on ``path`` if given) in a fresh workspace and run ``body(page)``;
    on failure keep a screenshot and name it in the assertion message."""
    page = await jd.open_app(browser, server, path)
    try:
        await page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text="Nbgrader").wait_for()
        return await body(page)
    except Exception as exc:
        shot = await jd.screenshot(page, name)
        raise AssertionError(f"{type(exc).__name__}: {exc}\nscreenshot: {shot}") from exc
    finally:
        await page.close()


async def wait_until(predicate, seconds: float, what: str):
    import asyncio
    import time

    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        last = await predicate()
        if last:
            return last
        await asyncio.sleep(0.25)
    raise AssertionError(f"{what} (within {seconds:.0f} s)")


async def list_rows(page, name: str) -> list[tuple[str, str]]:
    """(assignment, course) rows of one of the Assignment List's lists, once loaded."""
    return await page.evaluate(
        """(name) => {
            const box = document.getElementById(name + '_assignments_list');
            if (!box) return null;
            const busy = ['loading', 'placeholder', 'error'].map(
                k => document.getElementById(`${name}_assignments_list_${k}`));
            if (busy[0] && !busy[0].hidden) return null;
            return Array.from(box.querySelectorAll(':scope > .list_item')).map(r => [
                (r.querySelector('.item_name') || {}).innerText || '',
                (r.querySelector('.item_course') || {}).innerText || '']);
        }""", name)


async def list_error(page, name: str) -> str:
    return await page.evaluate(
        """(name) => { const e = document.getElementById(name + '_assignments_list_error');
                       return e && !e.hidden ? e.innerText : ''; }""", name)


async def wait_listed(page, section: str, lesson: str, heading: str) -> None:
    """Wait until ``lesson`` shows in one section of the Assignment List."""
    async def listed():
        rows = await list_rows(page, section)
        return rows and any(n.strip().startswith(lesson) for n, _ in rows)

    await wait_until(listed, 60, f"{lesson} never appeared under {heading} "
                                 f"(error {await list_error(page, section)!r})")


def test_student_assignment_list_fetches_and_submits(run, browser, server, assignments):
    lesson = assignments[0]

    async def body(page):
        await jd.menu(page, "Nbgrader", "nbgrader:open-assignment-list")

        async def released():
            rows = await list_rows(page, "released")
            return rows if rows and {n.strip() for n, _ in rows} >= set(assignments) else None

        try:
            rows = await wait_until(released, 60, "the released list never showed every lesson")
        except AssertionError:
            raise AssertionError(f"Assignment List: released {await list_rows(page, 'released')}, "
                                 f"error {await list_error(page, 'released')!r}; expected "
                                 f"{assignments} for course {COURSE_ID}")
        courses = {c.strip() for n, c in rows}
        assert courses == {COURSE_ID}, f"released under courses {courses}, not {COURSE_ID}"

        row = page.locator("#released_assignments_list > .list_item", has_text=lesson).first
        await row.locator(".item_status button", has_text="Fetch").click()

        await wait_listed(page, "fetched", lesson, "Downloaded assignments")
        fetched_row = page.locator("#fetched_assignments_list > .list_item", has_text=lesson).first
        await fetched_row.locator(".item_status button", has_text="Submit").click()
        await wait_listed(page, "submitted", lesson, "Submitted assignments")

    run(on_page(browser, server, "nbgrader-assignment-list", body))
    inbound = server.root / "exchange" / COURSE_ID / "inbound"
    assert any(f"+{lesson}+" in p.name for p in inbound.iterdir()), \
        f"no submission of {lesson} in the exchange's inbound folder"


def test_student_validate_passes_an_answered_notebook(run, browser, server, assignments):
    lesson = first_lesson_with_both_editions()
    folder = server.root / "runs" / "student" / lesson
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(paths.RELEASE / lesson, folder)
    release = nbformat.read(paths.release_notebook(lesson), as_version=4)
    source = nbformat.read(paths.source_notebook(lesson), as_version=4)
    nbformat.write(submissions.solved(release, source), folder / f"{lesson}.ipynb")
    path = f"runs/student/{lesson}/{lesson}.ipynb"

    async def body(page):
        await page.get_by_text(jd.KERNEL_IDLE).first.wait_for(timeout=120_000)
        await page.locator("jp-button.validate-button").click()
        dialog = page.locator(".nbgrader-SuccessDialog, .nbgrader-ErrorDialog").first
        await dialog.wait_for(timeout=300_000)
        text = await dialog.inner_text()
        classes = await dialog.get_attribute("class") or ""
        assert "nbgrader-SuccessDialog" in classes, f"Validate did not pass: {text[:1500]}"
        assert "Success" in text, text[:1500]
        await dialog.locator("button.jp-Dialog-button").first.click()

    try:
        run(on_page(browser, server, f"nbgrader-validate-{lesson}", body, path))
    finally:
        server.shutdown_session(path)


def test_instructor_formgrader_lists_every_lesson(run, browser, server, assignments):
    async def body(page):
        await jd.menu(page, "Nbgrader", "nbgrader:open-formgrader")
        frame = page.frame_locator("#jp-main-dock-panel iframe").first
        await frame.locator(".breadcrumb li", has_text="Assignments").first.wait_for(timeout=60_000)

        async def names():
            cells = frame.locator("td.name")
            found = {t.strip() for t in await cells.all_inner_texts()}
            return found if found >= set(assignments) else None

        try:
            await wait_until(names, 60, "Formgrader did not list every lesson")
        except AssertionError:
            shown = await frame.locator("td.name").all_inner_texts()
            raise AssertionError(f"Formgrader lists {shown}, expected {assignments}")
        assert not await frame.locator("#error-modal").is_visible(), \
            await frame.locator("#error-modal").inner_text()

    run(on_page(browser, server, "nbgrader-formgrader", body))


def test_instructor_create_assignment_shows_the_lessons_cells(run, browser, server, assignments):
    lesson = first_lesson_with_both_editions()
    path = jd.copy_notebook(lesson, "source", server.root)
    source = nbformat.read(paths.source_notebook(lesson), as_version=4)
    expected = {
        "solution": sum(1 for ex in exercises(source)),
        "tests": sum(1 for c in source.cells if is_test(c)),
        "manual": sum(1 for c in source.cells if is_answer(c) and c.cell_type == "markdown"),
    }
    points = sum(float(meta(c).get("points", 0)) for c in source.cells if meta(c).get("grade"))

    async def body(page):
        await page.locator("#jp-main-dock-panel .jp-NotebookPanel").wait_for()
        await jd.menu(page, "Nbgrader", "nbgrader:open-create-assignment")
        panel = page.locator(".nbgrader-NotebookWidget").first
        await panel.wait_for(timeout=30_000)
        total = page.locator(".nbgrader-TotalPointsInput").first
        await total.wait_for()
        shown_points = float(await total.input_value())
        kinds = await page.evaluate(
            """() => Array.from(document.querySelectorAll('.nbgrader-NotebookWidget select'))
                      .map(s => s.value)""")
        counted = {k: kinds.count(k) for k in expected}
        assert counted == expected, f"Create assignment shows cell types {counted}, " \
                                    f"the lesson has {expected}"
        assert shown_points == points, f"Create assignment totals {shown_points} points, " \
                                       f"the lesson's cells carry {points}"

    try:
        run(on_page(browser, server, f"nbgrader-create-assignment-{lesson}", body, path))
    finally:
        server.shutdown_session(path)
