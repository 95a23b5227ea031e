"""A notebook for checking the browser checks: good labs of every control kind and labs broken
on purpose (see test_browser_selfcheck.py)."""
import nbformat

NAME = "selfcheck"   # the job name notebook_reports knows

CELLS = [
    # 0: setup
    "import numpy as np\nimport matplotlib.pyplot as plt\nimport ipywidgets as widgets\n"
    "from IPython.display import display\nfrom mlmath.labs import lab",
    # 1: a good plotting lab on a float slider
    "def draw_wave(freq):\n    x = np.linspace(0, 1, 200)\n    plt.figure(figsize=(3, 2))\n"
    "    plt.plot(x, np.sin(2 * np.pi * freq * x))\n    plt.title(f'f = {freq:.1f}')\n"
    "    plt.show()\n\n"
    "lab(draw_wave, freq=widgets.FloatSlider(min=0.5, max=3.0, step=0.5, value=1.0))",
    # 2: a dropdown
    "lab(lambda norm: print('unit ball of', norm),\n"
    "    norm=widgets.Dropdown(options=['L1', 'L2', 'Linf']))",
    # 3: toggle buttons first, then a slider
    "lab(lambda mode, n: print(mode, n), mode=widgets.ToggleButtons(options=['rows', 'columns']),\n"
    "    n=widgets.IntSlider(value=2, min=1, max=4))",
    # 4: a slider already at its maximum (must move left)
    "lab(lambda k: print('k =', k), k=widgets.IntSlider(value=5, min=0, max=5))",
    # 5: an unanswered exercise
    "def unwritten(x):\n    # YOUR CODE HERE\n    raise NotImplementedError()",
    # 6: a lab that needs it: says what to write (fine in a released notebook)
    "lab(lambda n: print(unwritten(n)), n=widgets.IntSlider(value=1, min=0, max=3))",
    # 7: BROKEN: throws once moved
    "def fragile(n):\n    if n != 3:\n        raise ValueError('boom when moved')\n"
    "    print('n is', n)\n\nlab(fragile, n=widgets.IntSlider(value=3, min=0, max=9))",
    # 8: BROKEN: ignores its control
    "lab(lambda n: print('always the same'), n=widgets.IntSlider(value=1, min=0, max=9))",
    # 9: BROKEN: throws at once
    "lab(lambda n: 1 / 0, n=(0, 3))",
    # 10: BROKEN: a widget shown as text (what a missing widget extension looks like)
    "display({'text/plain': \"interactive(children=(IntSlider(value=1, max=3), Output()), "
    "_dom_classes=('widget-interact',))\"}, raw=True)",
    # 11: BROKEN: a cell that raises something other than a stub's NotImplementedError
    "{}['missing']",
    # 12: a good lab after the error: the run must resume and reach it
    "lab(lambda n: print('after an error', n), n=widgets.IntSlider(value=0, min=0, max=2))",
]
BROKEN = {7: "ValueError", 8: "did not change", 9: "ZeroDivisionError", 10: "as text",
          11: "KeyError"}
CONTROLS = {1: "slider 1 -> 1.5", 2: "dropdown -> 'L2'", 3: "toggle buttons -> 'columns'",
            4: "slider 5 -> 4", 12: "slider 0 -> 1"}


def write(root) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Browser test self-check")]
    nb.cells += [nbformat.v4.new_code_cell(src) for src in CELLS]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    folder = root / "runs" / NAME
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / f"{NAME}.ipynb")
    return f"runs/{NAME}/{NAME}.ipynb"
