"""mlmath.figures.computation_graph: layout and drawing of lesson 03's graph lab."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from mlmath.figures import computation_graph as cg  # noqa: E402

NODES = {
    "x": {"label": "x", "value": 1.0, "grad": 2.0},
    "y": {"label": "y", "value": 2.0, "grad": 1.0},
    "z": {"label": "z", "value": -1.0, "grad": 1.0},
    "p": {"label": "p = x·y", "value": 2.0, "grad": 1.0},
    "q": {"label": "q = p + z", "value": 1.0, "grad": 1.0},
    "f": {"label": "f", "value": 1.0, "grad": 1.0},
}
EDGES = [("x", "p", 2.0), ("y", "p", 1.0), ("p", "q", 1.0), ("z", "q", 1.0), ("q", "f", 1.0)]


def test_depth_is_the_longest_path_from_an_input():
    d = cg.depths(NODES, EDGES)
    assert d == {"x": 0, "y": 0, "z": 0, "p": 1, "q": 2, "f": 3}


def test_inputs_sit_just_before_their_first_child():
    assert cg.columns(NODES, EDGES) == {"x": 0, "y": 0, "z": 1, "p": 1, "q": 2, "f": 3}


def test_layout_puts_one_column_per_depth_centred_on_zero():
    pos = cg.layered_layout(NODES, EDGES, dx=2.0, dy=1.0)
    assert pos["x"][0] == pos["y"][0] == 0.0 and pos["z"][0] == pos["p"][0] == 2.0
    assert pos["f"][0] == 6.0
    assert sorted([pos["x"][1], pos["y"][1]]) == [-0.5, 0.5] and pos["q"][1] == 0.0
    assert pos["x"][1] > pos["y"][1] and pos["z"][1] > pos["p"][1], "callers' order is kept"


def test_an_edge_skipping_a_column_is_drawn_as_a_curve():
    nodes = {"a": {"label": "a", "value": 1.0}, "b": {"label": "b", "value": 2.0},
             "c": {"label": "c", "value": 3.0}}
    ax = cg.draw_graph(nodes, [("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 2.0)], title="skip")
    try:
        assert len(ax.lines) == 1, "only the a -> c edge skips a column"
        assert ax.lines[0].get_ydata().max() > 0.4, "the curve passes above the middle box"
    finally:
        plt.close(ax.figure)


def test_cycles_and_unknown_nodes_are_rejected():
    with pytest.raises(ValueError):
        cg.depths({"a": {}, "b": {}}, [("a", "b"), ("b", "a")])
    with pytest.raises(KeyError):
        cg.depths({"a": {}}, [("a", "nowhere")])


def test_drawing_has_title_labels_and_every_number():
    ax = cg.draw_graph(NODES, EDGES, title="tiny graph", fmt="{:.2f}")
    try:
        assert ax.get_title() == "tiny graph"
        assert ax.get_xlabel() and ax.get_ylabel()
        texts = [t.get_text() for t in ax.texts if t.get_text()]  # arrows are empty
        # two texts per node (label with value, adjoint) and one per labelled edge
        assert len(texts) == 2 * len(NODES) + len(EDGES)
        assert any(t.endswith("\nval -1.00") for t in texts) and "adj 2.00" in texts
    finally:
        plt.close(ax.figure)


def test_missing_adjoints_and_edge_values_are_allowed():
    nodes = {"a": {"label": "a", "value": 1.0, "grad": None}, "b": {"label": "b", "value": 2.0}}
    ax = cg.draw_graph(nodes, [("a", "b", None)], title="forward only")
    try:
        assert "adj –" in [t.get_text() for t in ax.texts]
    finally:
        plt.close(ax.figure)
