"""The sandbox's kernel folders and uids under concurrent graders (issue 10).

Two graders once shared a kernel folder name (one per uid): a grader tidying up after its
finished kernel deleted the folder of another grader's kernel that had just reused the uid, and
every cell of that student's notebook failed. These tests replay that interleaving
deterministically, in one process (an ``flock`` conflicts between two opens of one file, as it
does between two processes).
"""
import pytest

from coursetools import sandbox


class FinishedKernel:
    """What sweep() sees of a kernel manager whose kernel has ended."""
    provisioner = None
    log_path = None

    def __init__(self, claim):
        self.claim, self.workdir, self.uid = claim, claim.workdir, claim.uid


@pytest.fixture
def settings(tmp_path):
    s = sandbox.Sandbox()
    s.workdir_root = str(tmp_path / "sandbox")
    # uids no real grader uses: claiming one kills its processes, and graders of other tests
    # run kernels under the default range at the same time
    s.first_uid = 62990
    s.uid_count = 4
    return s


def test_tidying_up_a_finished_kernel_never_touches_a_running_one(settings, monkeypatch):
    monkeypatch.setattr(sandbox, "_started", [])
    first = FinishedKernel(sandbox.allocate_workdir(settings))
    sandbox._started.append(first)
    sandbox._discard_workdir(first, known_dead=True)      # its kernel ended: uid given back

    second = sandbox.allocate_workdir(settings)          # another grader's kernel reuses the uid
    assert second.uid == first.uid
    assert second.workdir != first.workdir               # ... in a folder of its own
    (second.workdir / "kernel.json").write_text("{}")

    sandbox.sweep()                                      # the first grader tidies up again
    assert (second.workdir / "kernel.json").exists(), "a running kernel's folder was deleted"
    second.release()


def test_a_uid_is_never_given_to_two_running_kernels(settings):
    claims = [sandbox.allocate_workdir(settings) for _ in range(4)]
    assert len({c.uid for c in claims}) == 4
    with pytest.raises(RuntimeError, match="no free sandbox uid"):
        sandbox.allocate_workdir(settings)
    claims[2].release()
    again = sandbox.allocate_workdir(settings)
    assert again.uid == claims[2].uid and again.workdir != claims[2].workdir
    for c in claims + [again]:
        c.release()


def test_leftovers_of_a_dead_grader_are_removed_when_its_uid_is_claimed(settings):
    claim = sandbox.allocate_workdir(settings)
    (claim.workdir / "junk").write_text("x")
    log = claim.workdir.parent / f"{claim.workdir.name}.log"
    log.write_text("log")
    claim.release()                                       # as the OS does when a grader dies
    fresh = sandbox.allocate_workdir(settings)
    assert fresh.uid == claim.uid
    assert not claim.workdir.exists() and not log.exists()
    fresh.release()


def test_what_a_killed_grader_left_is_swept_and_running_kernels_are_not(settings):
    left = sandbox.allocate_workdir(settings)
    (left.workdir / "junk").write_text("x")
    left.release()                                        # its grader was killed
    running = sandbox.allocate_workdir(settings)          # takes the same uid: cleans it itself
    other = sandbox.allocate_workdir(settings)            # a second running kernel
    stale = left.workdir.parent / f"u{other.uid + 1}-1-dead"   # a dead grader's, higher uid
    stale.mkdir()
    assert sandbox.sweep_stale(settings) == 1
    assert not stale.exists() and running.workdir.exists() and other.workdir.exists()
    running.release()
    other.release()


@pytest.mark.skipif(not hasattr(sandbox.os, "geteuid") or sandbox.os.geteuid() != 0,
                    reason="running a process under another uid needs root")
def test_an_orphaned_kernel_of_a_dead_grader_does_not_outlive_its_uid(settings):
    """A grader killed mid-notebook can leave its kernel running under the uid; the next kernel
    on that uid would share its process limit and die before it answers."""
    import subprocess
    import time

    uid = settings.first_uid
    orphan = subprocess.Popen(["sleep", "300"], user=uid, group=uid)
    try:
        claim = sandbox.allocate_workdir(settings)
        assert claim.uid == uid
        assert orphan.wait(timeout=10) == -9, "the orphan still runs under the claimed uid"
        claim.release()
    finally:
        if orphan.poll() is None:
            orphan.kill()
