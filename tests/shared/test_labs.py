"""mlmath.labs: labs skip themselves while grading and explain unanswered exercises."""
import ipywidgets
import pytest

from mlmath import labs


def not_written_yet(x):
    raise NotImplementedError()


@pytest.fixture
def shown(monkeypatch):
    displayed = []
    monkeypatch.setattr(labs, "display", displayed.append)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    return displayed


def test_lab_displays_an_interactive_widget_and_draws_once(shown):
    calls = []
    labs.lab(lambda n: calls.append(n), n=ipywidgets.IntSlider(value=3, min=1, max=9))
    assert len(shown) == 1 and isinstance(shown[0], ipywidgets.interactive)
    assert calls == [3]
    shown[0].children[0].value = 5          # moving the control redraws
    assert calls == [3, 5]


def test_lab_returns_nothing_so_it_is_never_displayed_twice(shown):
    assert labs.lab(lambda n: None, n=(1, 3)) is None


def test_lab_is_skipped_while_nbgrader_runs(monkeypatch, capsys):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    calls = []
    assert labs.lab(lambda n: calls.append(n), n=(1, 3)) is None
    assert calls == [] and labs.GRADING_NOTE in capsys.readouterr().out


def test_unanswered_exercise_is_named_not_raised(shown, capsys):
    def draw(x):
        return not_written_yet(x)

    labs.lab(draw, x=(0.0, 1.0))
    out = capsys.readouterr().out
    assert "`not_written_yet`" in out and "implemented" in out


def test_other_errors_still_surface():
    guarded = labs.explain_missing(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        guarded()
