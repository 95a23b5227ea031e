"""The student edition a graded class publishes, and the gated solutions self-learners keep.

``course.py student-edition OUT`` must write a tree with no solution, no hidden test and no
instructor file in it, that still launches on Binder and runs lesson 00 on its own.
``course.py solution NN ex_id`` shows one reference answer, only after a confirmation.
"""
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from coursetools import binder_env as be
from coursetools import paths, reveal
from coursetools import student_edition as se
from coursetools.cells import HIDDEN_BEGIN, SOLUTION_BEGIN, exercises, meta, secret_lines


INSTRUCTOR_PARTS = {"source", "tests", "coursetools", "answers", "docs", "autograded",
                    "submitted", "feedback", "my_work", ".ci", "benchmarks"}
INSTRUCTOR_NAMES = {"nbgrader_config.py", "gradebook.db", "course.py", "AUTHORING.md"}


def cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "coursetools.cli", *args], cwd=paths.ROOT,
                          input=stdin, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def edition(tmp_path_factory):
    """The student edition, exported once per session with the real command."""
    out = tmp_path_factory.mktemp("edition") / "class-repo"
    proc = cli("student-edition", str(out), "--github", "example-class/mathml-2027")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


# --- nothing to leak ----------------------------------------------------------------------------

def test_edition_holds_only_student_files(edition):
    top = {p.name for p in edition.iterdir()}
    assert top == {"README.md", "release", "shared", "binder", "requirements.txt",
                   "environment.yml", ".gitignore"}
    bad = []
    for p in files(edition):
        rel = p.relative_to(edition)
        if set(rel.parts) & INSTRUCTOR_PARTS or p.name in INSTRUCTOR_NAMES or p.suffix == ".db":
            bad.append(str(rel))
        if p.suffix == ".md" and rel.as_posix() not in ("README.md", "shared/README.md"):
            bad.append(f"{rel} (a lesson's text twin holds its solutions)")
        if "egg-info" in rel.as_posix() or "__pycache__" in rel.parts:
            bad.append(f"{rel} (build residue)")
    assert not bad, f"instructor files in the student edition: {bad}"


def source_notebooks():
    """Every source notebook, and its text twin (which may be ahead of it)."""
    from coursetools import authoring

    for folder in sorted(p for p in paths.SOURCE.iterdir() if p.is_dir()):
        for nb_path in folder.glob("*.ipynb"):
            yield nbformat.read(nb_path, as_version=4)
        for md_path in folder.glob("*.md"):
            yield authoring.notebook_from_text(md_path)


def every_secret_line():
    """secret_lines of every source notebook, less any line a lesson shows in a visible cell
    (``except ValueError:`` hidden in one lesson is public when another lesson's visible test
    has it)."""
    secret, shown = set(), set()
    for nb in source_notebooks():
        secret.update(secret_lines(nb))
        for cell in nb.cells:
            if meta(cell).get("solution") or meta(cell).get("grade"):
                source = re.sub(r"### BEGIN (SOLUTION|HIDDEN TESTS).*?### END \1", "",
                                cell.source, flags=re.S)
                if cell.cell_type == "markdown" and meta(cell).get("solution"):
                    source = ""
            else:
                source = cell.source
            shown.update(l.strip() for l in source.splitlines())
    return sorted(secret - shown)


def test_no_solution_or_hidden_test_text_anywhere_in_the_edition(edition):
    secrets = every_secret_line()
    assert secrets, "no secret line found in source/: nothing was checked"
    leaks = []
    for p in files(edition):
        text = p.read_bytes().decode("utf-8", errors="ignore")
        for marker in (SOLUTION_BEGIN, HIDDEN_BEGIN):
            if marker in text:
                leaks.append(f"{p.relative_to(edition)}: {marker}")
        # notebooks hold JSON-escaped text: compare both raw and escaped forms
        leaks += [f"{p.relative_to(edition)}: {l[:70]!r}" for l in secrets
                  if l in text or json.dumps(l)[1:-1] in text]
    assert not leaks, f"{len(leaks)} secret lines in the student edition, e.g. {leaks[:5]}"


def test_export_refuses_a_leaking_tree(tmp_path, monkeypatch):
    """The command's own check: a solution line slipped into a shared file empties the export."""
    some_secret = every_secret_line()[0]
    monkeypatch.setattr(se, "GITIGNORE", se.GITIGNORE + f"# {some_secret}\n")
    with pytest.raises(se.ExportError, match="NOT safe to publish"):
        se.export(tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())


# --- what the edition holds -------------------------------------------------------------------

def test_release_binder_and_shared_are_copied_verbatim(edition):
    for name in ("binder", "shared/mlmath", "release"):
        want = {p.relative_to(paths.ROOT / name): p.read_bytes() for p in files(paths.ROOT / name)
                if "__pycache__" not in p.parts and p.name != ".gitkeep"}
        got = {p.relative_to(edition / name): p.read_bytes() for p in files(edition / name)}
        assert got == want, f"{name}/ differs from the course's"


def test_student_environment_files_match_binder(edition):
    binder = {n: be.public_version(v) for n, v in be.pins(be.REQUIREMENTS).items()}
    assert be.pins(edition / "requirements.txt") == binder
    yml = (edition / "environment.yml").read_text()
    assert "python=3.11" in yml and "-e ./shared" in yml
    for name, version in binder.items():
        assert f"- {name}=={version}" in yml
    for text in (yml, (edition / "requirements.txt").read_text()):
        assert "--extra-index-url https://download.pytorch.org/whl/cpu" in text


def test_student_readme_starts_lists_and_explains_submission(edition):
    readme = (edition / "README.md").read_text()
    start = "https://mybinder.org/v2/gh/example-class/mathml-2027/HEAD?urlpath=lab/tree/"
    assert f"(https://mybinder.org/badge_logo.svg)]({start}release/{se.START_LESSON}/" in readme
    for lesson in se.released_lessons():
        assert f"{start}release/{lesson}/{lesson}.ipynb" in readme, f"{lesson} not listed"
    for needed in ("Validate", "Submit", "File → Download", "pip install -r requirements.txt"):
        assert needed in readme
    assert "course.py" not in readme.replace("`course.py student-edition`", ""), \
        "students have no course.py"
    assert "YOUR-GITHUB-OWNER" not in readme


def test_readme_snippets_for_the_course_readme():
    text = se.readme_snippets()
    assert text.startswith("[![Launch on Binder](https://mybinder.org/badge_logo.svg)]"
                           f"(https://mybinder.org/v2/gh/{se.PLACEHOLDER_REPO}/HEAD?urlpath=lab/tree/")
    for lesson in se.released_lessons():
        assert f"lab/tree/release/{lesson}/{lesson}.ipynb" in text


def test_export_protects_existing_folders(tmp_path):
    with pytest.raises(se.ExportError, match="course itself"):
        se.export(paths.ROOT)
    with pytest.raises(se.ExportError, match="inside the course"):
        se.export(paths.RELEASE / "x")
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(se.ExportError, match="not empty"):
        se.export(tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep me"
    clone = tmp_path / "clone"
    (clone / ".git").mkdir(parents=True)
    (clone / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (clone / "old.txt").write_text("from the last export")
    se.export(clone, force=True)
    assert (clone / ".git" / "HEAD").exists() and not (clone / "old.txt").exists()


def test_a_class_can_publish_some_lessons_only(tmp_path):
    first = se.released_lessons()[0]
    edition = se.export(tmp_path / "week1", only=[first[:2]])
    assert edition.lessons == [first]
    assert sorted(p.name for p in (tmp_path / "week1" / "release").iterdir()) == [first]
    with pytest.raises(se.ExportError, match="no released lesson matches"):
        se.export(tmp_path / "none", only=["77"])


def test_repo2docker_accepts_the_edition(edition):
    proc = be.repo2docker(edition)
    assert not be.dockerfile_problems(proc), be.dockerfile_problems(proc)


# That the edition launches on Binder's environment and runs lesson 00 on its own is checked by
# tests/test_binder.py::test_student_env_end_to_end, which builds that environment once.


# --- gated solutions for self-learners ------------------------------------------------------------

def an_exercise():
    for lesson in paths.lessons():
        nb = nbformat.read(paths.source_notebook(lesson), as_version=4) \
            if paths.source_notebook(lesson).exists() else None
        if nb is not None and exercises(nb):
            return lesson, exercises(nb)[0]
    pytest.skip("no lesson with an exercise yet")


@pytest.fixture
def solution(monkeypatch, capsys):
    """``solution(*args, stdin=...)`` runs ``course.py solution`` in this process."""
    from coursetools import cli as course_cli

    def run(*args, stdin=""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = course_cli.main(["solution", *args])
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out.out, out.err)

    return run


def test_solution_is_shown_only_after_confirmation(solution):
    lesson, ex = an_exercise()
    body = secret_lines(nbformat.v4.new_notebook(cells=[ex.answer]))
    assert body, f"{ex.grade_id} has no distinctive solution line to look for"
    refused = solution(lesson[:2], ex.grade_id, stdin="n\n")
    assert refused.returncode == 1 and not any(l in refused.stdout for l in body)
    no_answer = solution(lesson[:2], ex.grade_id, stdin="")  # no terminal, no reply
    assert no_answer.returncode == 1 and not any(l in no_answer.stdout for l in body)
    shown = solution(lesson[:2], ex.slug, stdin="y\n")
    assert shown.returncode == 0, shown.stderr
    assert all(l in shown.stdout for l in body), "the reference answer was not printed"
    assert "### BEGIN SOLUTION" not in shown.stdout


def test_solution_lists_a_lessons_answers_and_never_shows_hidden_tests(solution):
    lesson, ex = an_exercise()
    listing = solution(lesson[:2])
    assert listing.returncode == 0 and ex.grade_id in listing.stdout
    shown = solution(lesson[:2], ex.grade_id, "--yes")
    hidden = [l for test in ex.tests for l in secret_lines(nbformat.v4.new_notebook(cells=[test]))]
    assert not any(l in shown.stdout for l in hidden), "hidden tests were shown"
    unknown = solution(lesson[:2], "no_such_exercise", "--yes")
    assert unknown.returncode == 2 and ex.grade_id in unknown.stderr


def test_reference_answer_of_a_derivation_drops_the_markers():
    cell = nbformat.v4.new_markdown_cell("### BEGIN SOLUTION\n**Model answer.** x = 1\n### END SOLUTION")
    assert reveal.reference_answer(cell) == "**Model answer.** x = 1"
