"""The student edition: a student-only copy of the course that a graded class can publish.

``python3 course.py student-edition OUT_DIR`` writes a tree with nothing to leak:

    README.md          for students: how to start (Binder or local), the lessons, how to submit
    release/           the released lessons, exactly as committed (nbgrader's output)
    shared/            the course's shared package (``mlmath``), which every lesson imports
    binder/            the Binder configuration, unchanged: the tree launches on mybinder.org
    requirements.txt   the student environment for a local install (pins of binder/)
    environment.yml    the same for conda users
    .gitignore

and nothing else: no source/ (solutions, hidden tests), no tests/ (alternative answers),
no coursetools/, course.py, nbgrader_config.py, gradebook or authoring documents. Before it
finishes, the export checks every file it wrote against every solution and hidden-test line of
every source lesson and refuses to leave a leaking tree behind.

Push the result as the class's public repository; students launch it on Binder.

    python3 course.py student-edition ../class-repo --github OWNER/REPO   # Binder links
    python3 course.py student-edition ../class-repo --force --lessons 00 01  # week by week

``--force`` replaces an earlier export (a clone's .git folder is kept); ``--lessons`` publishes
only some released lessons.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import paths
from .cells import (HIDDEN_BEGIN, HIDDEN_END, SOLUTION_BEGIN, SOLUTION_END, is_answer,
                    secret_lines)

BINDER = paths.ROOT / "binder"
SHARED = paths.ROOT / "shared"
START_LESSON = "00_overview"
PLACEHOLDER_REPO = "YOUR-GITHUB-OWNER/YOUR-REPO"   # --github OWNER/REPO names the real one
TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
TOP_LEVEL = {"README.md", "release", "shared", "binder", "requirements.txt", "environment.yml",
             ".gitignore"}
# Markdown files a student edition may hold; any other *.md could be an authoring twin.
ALLOWED_MARKDOWN = {"README.md", "shared/README.md"}
SKIP = shutil.ignore_patterns("*.egg-info", "build", "dist", "__pycache__", "*.pyc",
                              ".ipynb_checkpoints", ".pytest_cache", ".gitkeep")


class ExportError(RuntimeError):
    pass


@dataclass
class Edition:
    root: Path
    lessons: list[str]
    files: list[str] = field(default_factory=list)


# --- links --------------------------------------------------------------------------------------

def binder_url(repo: str = PLACEHOLDER_REPO, ref: str = "HEAD", notebook: str | None = None) -> str:
    """A mybinder.org launch link; with ``notebook`` (a path in the repo) JupyterLab opens it."""
    url = f"https://mybinder.org/v2/gh/{repo}/{ref}"
    return f"{url}?urlpath=lab/tree/{notebook}" if notebook else url


def lesson_path(lesson: str) -> str:
    return f"release/{lesson}/{lesson}.ipynb"


def lesson_title(notebook: Path) -> str:
    """``00 · Overview: …`` -> ``Overview: …`` (the first heading of the notebook)."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                return title.split("·", 1)[1].strip() if "·" in title else title
    return notebook.stem


def released_lessons(release: Path = paths.RELEASE) -> list[str]:
    return sorted(p.name for p in release.iterdir()
                  if p.is_dir() and paths.LESSON_NAME.match(p.name)
                  and (p / f"{p.name}.ipynb").exists())


def readme_snippets(repo: str = PLACEHOLDER_REPO, ref: str = "HEAD") -> str:
    """The Binder badge and per-lesson launch links, as markdown for a README."""
    lessons = released_lessons()
    start = lesson_path(START_LESSON)
    lines = [f"[![Launch on Binder](https://mybinder.org/badge_logo.svg)]({binder_url(repo, ref, start)})", ""]
    lines += ["| # | lesson | launch |", "|---|---|---|"]
    for lesson in lessons:
        title = lesson_title(paths.release_notebook(lesson))
        link = binder_url(repo, ref, lesson_path(lesson))
        lines.append(f"| {lesson[:2]} | [{title}]({lesson_path(lesson)}) | [Binder]({link}) |")
    return "\n".join(lines) + "\n"


# --- the files written --------------------------------------------------------------------------

def _pins(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)", line.strip())
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def student_requirements() -> str:
    """binder/requirements.txt for a student's own computer: torch pinned to its release, so
    macOS and Windows (whose CPU wheels carry no ``+cpu`` label) resolve it too; on Linux the
    CPU index's ``2.13.0+cpu`` wins over PyPI's CUDA build."""
    lines = ["# The student environment: `pip install -r requirements.txt ./shared` (Python 3.11).",
             "# Same pins as binder/requirements.txt. PyTorch's CPU index keeps torch small on Linux",
             "# (PyPI's default Linux build pulls several GB of CUDA libraries).",
             f"--extra-index-url {TORCH_CPU_INDEX}"]
    lines += [f"{name}=={version.split('+')[0]}" for name, version in _pins(BINDER / "requirements.txt")]
    return "\n".join(lines) + "\n"


def student_environment_yml() -> str:
    pins = [f"{name}=={version.split('+')[0]}" for name, version in _pins(BINDER / "requirements.txt")]
    pip = [f"--extra-index-url {TORCH_CPU_INDEX}", *pins, "-e ./shared"]
    return ("# Conda users: `conda env create -f environment.yml && conda activate mathml`.\n"
            "name: mathml\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n"
            "  - pip:\n" + "".join(f"      - {p}\n" for p in pip))


GITIGNORE = """\
.venv/
__pycache__/
*.pyc
*.egg-info/
build/
.ipynb_checkpoints/
"""


def _source_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=paths.ROOT,
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() if out.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def student_readme(lessons: list[str], repo: str, ref: str) -> str:
    start = START_LESSON if START_LESSON in lessons else (lessons[0] if lessons else START_LESSON)
    start_path = lesson_path(start)
    rows = "\n".join(
        f"| {l[:2]} | [{lesson_title(paths.release_notebook(l))}]({lesson_path(l)}) "
        f"| [launch]({binder_url(repo, ref, lesson_path(l))}) |" for l in lessons)
    commit = _source_commit()
    made_from = f" (course commit `{commit}`)" if commit else ""
    return f"""\
# Mathematics for AI/ML/DL: student edition

[![Launch on Binder](https://mybinder.org/badge_logo.svg)]({binder_url(repo, ref, start_path)})

The lessons of the course, ready to work on: from vectors and matrices to the mathematics of
attention and diffusion models. Each lesson teaches with text and formulas, checks every formula
in code, lets you move the mathematics with interactive labs, and ends in exercises that your
instructor grades. This edition holds no solutions and no hidden tests.

## Start

**In your browser, nothing to install:** click the badge above. Binder prepares the course
environment (a few minutes when the course has just changed, quicker afterwards) and opens
JupyterLab on lesson {start[:2]}.

A Binder session is temporary: it stops after some minutes without activity and keeps nothing.
Before you leave, download your notebook (*File → Download*); next time, upload it
(the *Upload* button of the file browser) into the lesson's folder and carry on.

**On your computer** (Python 3.11):

```bash
python3 -m venv .venv
source .venv/bin/activate            # Windows: .venv\\Scripts\\activate
pip install -r requirements.txt ./shared
jupyter lab {start_path}
```

Conda users: `conda env create -f environment.yml && conda activate mathml`, then the last line.

## Lessons

| # | lesson | on Binder |
|---|---|---|
{rows}

More lessons are added to this repository as the course goes on.

## How a lesson works

- An **exercise** is a function with a precise description. It raises `NotImplementedError`
  until you write it; the cell after it holds tests you can run. Further tests, which you do
  not see, run when your work is graded. Hints are in collapsible blocks: open one at a time.
- A **derivation** is a cell reading "YOUR ANSWER HERE": write the mathematics there, in
  Markdown and LaTeX. Your instructor grades it.
- A **lab** is a set of sliders and menus over a figure. Labs work before you answer the
  exercises; a lab that needs one of your functions tells you which one to write.

## Submitting your work

1. *Kernel → Restart Kernel and Run All Cells*: the notebook must run from top to bottom.
2. The **Validate** button in the notebook's toolbar runs every test you can see and reports
   what fails.
3. Hand the notebook in the way your instructor asks: on a class JupyterHub,
   *Nbgrader → Assignment List → Submit*; otherwise *File → Download* and upload the
   `.ipynb` file to your course's submission page.

Keep the notebook's name (`NN_name.ipynb`) and its cells: work only in the cells meant for your
answers, and do not delete or change test cells (they are restored when your work is graded).

---
Generated with `course.py student-edition` from the course repository{made_from}.
"""


# --- export -------------------------------------------------------------------------------------

def _check_target(out: Path, force: bool) -> None:
    root = paths.ROOT.resolve()
    if out == root or out in root.parents:
        raise ExportError(f"{out} holds the course itself: choose another folder")
    for name in ("source", "release", "shared", "binder", "tests", "coursetools"):
        if out == root / name or (root / name) in out.parents:
            raise ExportError(f"{out} is inside the course's {name}/: choose another folder")
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is not a folder")
    contents = [p for p in out.iterdir() if p.name != ".git"] if out.exists() else []
    if not contents:
        return
    if not force:
        raise ExportError(f"{out} is not empty: pass --force to replace its contents "
                          "(a .git folder is kept, so a clone of the class repository works)")
    if (out / "source").exists() or (out / "coursetools").exists() or (out / "course.py").exists():
        raise ExportError(f"{out} looks like an instructor's course repository: not replacing it")
    _clear(out)


def _clear(out: Path) -> None:
    """Remove everything in ``out`` but its .git folder."""
    for p in out.iterdir():
        if p.name == ".git":
            continue
        shutil.rmtree(p) if p.is_dir() and not p.is_symlink() else p.unlink()


def export(out_dir: Path, *, repo: str = PLACEHOLDER_REPO, ref: str = "HEAD",
           force: bool = False, only: list[str] | None = None) -> Edition:
    """Write the student edition into ``out_dir`` and check it; return what was written.
    ``only``: lesson prefixes to publish (a class that releases lessons week by week)."""
    out = Path(out_dir).expanduser().resolve()
    _check_target(out, force)
    lessons = released_lessons()
    if only:
        unknown = [p for p in only if not any(l.startswith(p) for l in lessons)]
        if unknown:
            raise ExportError(f"no released lesson matches {' '.join(unknown)}")
        lessons = [l for l in lessons if any(l.startswith(p) for p in only)]
    if not lessons:
        raise ExportError("release/ holds no lesson: run `python3 course.py release` first")
    out.mkdir(parents=True, exist_ok=True)
    for lesson in lessons:
        shutil.copytree(paths.RELEASE / lesson, out / "release" / lesson, ignore=SKIP)
    shutil.copytree(SHARED, out / "shared", ignore=SKIP)
    shutil.copytree(BINDER, out / "binder", ignore=SKIP)
    (out / "requirements.txt").write_text(student_requirements())
    (out / "environment.yml").write_text(student_environment_yml())
    (out / ".gitignore").write_text(GITIGNORE)
    (out / "README.md").write_text(student_readme(lessons, repo, ref))
    edition = Edition(out, lessons, sorted(p.relative_to(out).as_posix()
                                           for p in out.rglob("*")
                                           if p.is_file() and ".git" not in p.relative_to(out).parts))
    problems = instructor_files(out) + leaks(out)
    if problems:
        _clear(out)
        raise ExportError(f"the student edition was NOT safe to publish, so {out} was emptied:\n  "
                          + "\n  ".join(problems[:20]))
    return edition


# --- checks (also run by the tests) ---------------------------------------------------------------

def _source_notebooks() -> list[nbformat.NotebookNode]:
    """Every source lesson's notebook, and its text twin too (it may be ahead of the notebook
    while an author works)."""
    from . import authoring

    out = []
    for folder in sorted(p for p in paths.SOURCE.iterdir() if p.is_dir()):
        out += [nbformat.read(nb_path, as_version=4) for nb_path in folder.glob("*.ipynb")]
        for md_path in folder.glob("*.md"):
            try:
                out.append(authoring.notebook_from_text(md_path))
            except Exception:  # a twin mid-edit that does not parse: its .ipynb still counts
                pass
    return out


def shown_lines(nb) -> set[str]:
    """Lines a lesson shows every student: outside solutions and hidden tests."""
    shown = set()
    for cell in nb.cells:
        if cell.cell_type == "markdown" and is_answer(cell) and SOLUTION_BEGIN not in cell.source:
            continue  # a whole markdown answer is the model answer
        inside = False
        for line in cell.source.splitlines():
            text = line.strip()
            if text in (SOLUTION_BEGIN, HIDDEN_BEGIN):
                inside = True
            elif text in (SOLUTION_END, HIDDEN_END):
                inside = False
            elif not inside:
                shown.add(text)
    return shown


def secrets_of_every_lesson() -> list[str]:
    """Every solution and hidden-test line (``cells.secret_lines``) of every source lesson,
    less the lines some lesson shows students anyway: ``except ValueError:`` in one lesson's
    hidden test is no secret when another lesson's visible test has it too."""
    notebooks = _source_notebooks()
    secret = set().union(*(secret_lines(nb) for nb in notebooks)) if notebooks else set()
    shown = set().union(*(shown_lines(nb) for nb in notebooks)) if notebooks else set()
    return sorted(secret - shown)


def student_files(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).rglob("*")
                  if p.is_file() and ".git" not in p.relative_to(root).parts)


def instructor_files(root: Path) -> list[str]:
    """Anything in the tree that only instructors should have."""
    root = Path(root)
    bad = [f"unexpected top-level entry: {p.name}" for p in root.iterdir()
           if p.name not in TOP_LEVEL and p.name != ".git"]
    for p in student_files(root):
        rel = p.relative_to(root).as_posix()
        if rel.endswith(".md") and rel not in ALLOWED_MARKDOWN:
            bad.append(f"markdown that could be an authoring twin: {rel}")
        if p.suffix in (".db", ".sqlite") or p.name in ("nbgrader_config.py", "course.py"):
            bad.append(f"instructor file: {rel}")
        if set(p.relative_to(root).parts) & {"source", "tests", "coursetools", "autograded",
                                              "submitted", "feedback", "docs", "answers"}:
            bad.append(f"instructor folder: {rel}")
    return bad


def leaks(root: Path, secrets: list[str] | None = None) -> list[str]:
    """Files of the tree that contain a solution or hidden-test line (raw or JSON-escaped)."""
    secrets = secrets_of_every_lesson() if secrets is None else secrets
    found = []
    for p in student_files(root):
        text = p.read_bytes().decode("utf-8", errors="ignore")
        rel = p.relative_to(root).as_posix()
        for marker in (SOLUTION_BEGIN, HIDDEN_BEGIN):
            if marker in text:
                found.append(f"{rel}: nbgrader marker {marker!r}")
        for line in secrets:
            if line in text or json.dumps(line)[1:-1] in text:
                found.append(f"{rel}: {line[:80]!r}")
    return found


# --- command ------------------------------------------------------------------------------------

def add_parser(sub) -> None:
    """Register ``student-edition`` on course.py's subcommand parser."""
    p = sub.add_parser("student-edition",
                       help="export a student-only copy of the course for a class to publish")
    p.add_argument("out_dir", type=Path, help="folder to write (e.g. a clone of the class repo)")
    p.add_argument("--github", default=PLACEHOLDER_REPO, metavar="OWNER/REPO",
                   help="where the class publishes it, for the README's Binder links")
    p.add_argument("--ref", default="HEAD", help="branch or tag the Binder links launch")
    p.add_argument("--force", action="store_true",
                   help="replace the contents of a non-empty folder (its .git is kept)")
    p.add_argument("--lessons", nargs="+", metavar="NN",
                   help="publish only these lessons (prefixes, e.g. 00 01); default: all released")
    p.set_defaults(run=cmd_student_edition)


def cmd_student_edition(args) -> int:
    try:
        edition = export(args.out_dir, repo=args.github, ref=args.ref, force=args.force,
                         only=args.lessons)
    except ExportError as exc:
        print(f"student-edition: {exc}")
        return 1
    print(f"student edition written to {edition.root}: {len(edition.lessons)} lessons "
          f"({', '.join(edition.lessons)}), {len(edition.files)} files; no solution, hidden test "
          "or instructor file found in it.")
    if args.github == PLACEHOLDER_REPO:
        print(f"Its README links to {PLACEHOLDER_REPO} on Binder: rerun with --github OWNER/REPO.")
    print("Next: commit and push it as the class's public repository; students launch it on Binder.")
    return 0
