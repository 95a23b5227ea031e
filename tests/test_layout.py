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
