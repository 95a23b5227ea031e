"""The course tree instructors and students rely on."""
import subprocess

from coursetools import paths


def test_top_level_layout():
    for name in ("source", "release", "autograded", "shared", "environment.yml",
                 "nbgrader_config.py", "README.md", "requirements.txt"):
        assert (paths.ROOT / name).exists(), f"{name} is missing"


def test_every_source_lesson_is_released_and_vice_versa():
    released = sorted(p.name for p in paths.RELEASE.iterdir() if p.is_dir())
    assert released == paths.lessons()


def test_student_data_is_never_tracked():
    tracked = subprocess.run(["git", "ls-files"], cwd=paths.ROOT, capture_output=True,
                             text=True).stdout.splitlines()
    if not tracked:  # not a git checkout (an exported tree): nothing to check
        return
    forbidden = [f for f in tracked if f.startswith(("submitted/", "feedback/", "my_work/"))
                 or f.endswith(".db") or (f.startswith("autograded/") and f != "autograded/README.md")]
    assert not forbidden, f"student data committed: {forbidden}"


def test_readme_links_every_lesson_present_and_only_those():
    readme = (paths.ROOT / "README.md").read_text()
    present = set(paths.lessons())
    for number in range(20):
        row = next(l for l in readme.splitlines() if l.startswith(f"| {number:02d} |"))
        linked = "](release/" in row
        lesson = next((n for n in present if n.startswith(f"{number:02d}_")), None)
        if lesson:
            assert f"](release/{lesson}/{lesson}.ipynb)" in row, f"README: link lesson {lesson}"
        else:
            assert not linked and "coming" in row, f"README links lesson {number:02d}, not written"
