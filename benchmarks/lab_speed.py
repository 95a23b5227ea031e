#!/usr/bin/env python3
"""Benchmark: how long one update of each lab takes, figure rendered, in a real kernel.

For every lesson in source/ (or those named), the source notebook runs cell by cell in a kernel
with the inline backend, as in JupyterLab (not in grading mode: labs are drawn). After each cell
that calls ``lab(``, every lab it showed (``mlmath.labs.SHOWN``) is updated ``--repeats`` times,
each time with one control moved to another value (round robin over the controls), and the
figures are rendered as the inline backend renders them (``show_inline_matplotlib_plots``, the
call ``interact`` makes after an update: PNG for every open figure). The controls are then set
back and the notebook goes on to its next lab.

Prints each lab's median and 90th-percentile update time in ms (wall clock, what a student
waits) against the 150 ms target, and the median CPU time of the kernel per update: on a machine
shared with other work the wall clock grows with the load, the CPU time much less, so it is the
better guess of the idle-machine figure. Numbers, not a test.

    .venv/bin/python benchmarks/lab_speed.py
    .venv/bin/python benchmarks/lab_speed.py 02 05 --repeats 25
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import sys
from pathlib import Path

import nbformat
from jupyter_client.manager import start_new_kernel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from coursetools import paths  # noqa: E402

TARGET_MS = 150

# Runs in the kernel after a lab cell: time the labs that cell showed. ``{first}`` is the index
# in mlmath.labs.SHOWN of the first of them, ``{repeats}`` the number of updates per lab.
TIMER = r"""
def _lab_speed(first, repeats):
    import json, time
    from IPython.utils.capture import capture_output
    from ipywidgets.widgets.interaction import show_inline_matplotlib_plots
    from mlmath.labs import SHOWN

    def choices(control, count):
        # values for one control, spread over its range, the current one excluded when possible
        now = control.value
        fractions = [(0.5 + 0.618034 * k) % 1.0 for k in range(count)]
        options = getattr(control, "_options_values", None)
        if options:
            others = [v for v in options if v != now] or list(options)
            return [others[k % len(others)] for k in range(count)]
        if isinstance(now, bool):
            return [not now if k % 2 == 0 else now for k in range(count)]
        lo, hi = getattr(control, "min", None), getattr(control, "max", None)
        if lo is None or hi is None:
            if isinstance(now, (int, float)):      # a number box: small moves around the value
                return [type(now)(now + (k % 3) - 1) if isinstance(now, int) else
                        now * (1 + 0.1 * (f - 0.5)) for k, f in enumerate(fractions)]
            return [now] * count
        base = getattr(control, "base", None)
        if base is not None:                          # FloatLogSlider: min/max are exponents
            return [base ** (lo + (hi - lo) * f) for f in fractions]
        step = getattr(control, "step", None) or 0
        def snap(x):
            x = lo + round((x - lo) / step) * step if step else x
            return int(round(x)) if isinstance(lo, int) and isinstance(hi, int) else x
        if isinstance(now, tuple):                    # a range slider: move the window
            width = (now[1] - now[0]) if now[1] > now[0] else (hi - lo) / 4
            return [(snap(lo + (hi - lo - width) * f), snap(lo + (hi - lo - width) * f + width))
                    for f in fractions]
        return [snap(lo + (hi - lo) * f) for f in fractions]

    results = []
    for shown in SHOWN[first:]:
        controls = [c for c in shown.widget.kwargs_widgets if hasattr(c, "value")]
        start = {c._kwarg: c.value for c in controls}
        plan = {c._kwarg: choices(c, repeats) for c in controls}
        values = dict(start)
        seconds, cpu, errors = [], [], []
        for k in range(repeats):
            if controls:
                moved = controls[k % len(controls)]._kwarg
                values[moved] = plan[moved][k]
            with capture_output(display=True) as shown_output:  # the lab's output area
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    shown.update(**values)
                    show_inline_matplotlib_plots()
                except Exception as exc:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
                seconds.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            pngs = sum("image/png" in o.data for o in shown_output.outputs)
        results.append({"update": getattr(shown.update, "__name__", "?"),
                        "controls": [f"{c._kwarg} ({type(c).__name__})" for c in controls],
                        "seconds": seconds, "cpu": cpu, "errors": errors, "pngs_last": pngs})
    return json.dumps(results)
"""


def lab_cells(nb) -> set[int]:
    """Indices of code cells that call ``lab(...)`` outside a function body."""
    found = set()
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "lab(" not in cell.source:
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            found.add(i)
            continue
        defs = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
        inside = {id(n) for d in ast.walk(tree) if isinstance(d, defs)
                  for n in ast.walk(d) if n is not d}
        if any(isinstance(n, ast.Call) and id(n) not in inside and
               (getattr(n.func, "id", None) == "lab" or getattr(n.func, "attr", None) == "lab")
               for n in ast.walk(tree)):
            found.add(i)
    return found


class Kernel:
    def __init__(self, cwd: Path):
        env = {k: v for k, v in os.environ.items() if k != "NBGRADER_EXECUTION"}  # labs drawn
        self.manager, self.client = start_new_kernel(kernel_name="python3", cwd=str(cwd), env=env)

    def run(self, code: str, timeout: float = 300) -> tuple[str, str | None]:
        """Execute ``code``; (its stdout, ``"ename: evalue"`` if it raised else None)."""
        out = []

        def keep(msg):
            if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
                out.append(msg["content"]["text"])

        reply = self.client.execute_interactive(code, timeout=timeout, output_hook=keep)["content"]
        error = None if reply["status"] == "ok" else f"{reply.get('ename')}: {reply.get('evalue')}"
        return "".join(out), error

    def close(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_lesson(lesson: str, repeats: int) -> list[dict]:
    path = paths.source_notebook(lesson)
    nb = nbformat.read(path, as_version=4)
    wanted = lab_cells(nb)
    if not wanted:
        return []
    kernel = Kernel(path.parent)
    rows = []
    try:
        kernel.run("%matplotlib inline\n" + TIMER)
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            if i in wanted:
                before, _ = kernel.run("import mlmath.labs as _labs; print(len(_labs.SHOWN))")
            _, error = kernel.run(cell.source)
            if error:
                print(f"  {lesson} cell {i} raised {error[:160]} (timings after it may be off)",
                      file=sys.stderr)
            if i not in wanted:
                continue
            out, error = kernel.run(f"print(_lab_speed({int(before or 0)}, {repeats}))")
            if error:
                rows.append({"lesson": lesson, "cell": i, "update": "?", "error": error})
                continue
            labs = json.loads(out.strip().splitlines()[-1])
            if not labs:
                rows.append({"lesson": lesson, "cell": i, "update": "?",
                             "error": "calls lab( but showed no lab"})
            for lab in labs:
                rows.append({"lesson": lesson, "cell": i, **lab})
    finally:
        kernel.close()
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson names or prefixes (default: all)")
    parser.add_argument("--repeats", type=int, default=15, help="updates per lab (default 15)")
    args = parser.parse_args(argv)

    print(f"{'lesson':<27}{'cell':>5}  {'update function':<24}{'median ms':>10}{'p90 ms':>9}"
          f"{'target ms':>11}{'cpu ms':>8}  verdict")
    slow = 0
    for lesson in paths.pick(args.lessons):
        for row in bench_lesson(lesson, args.repeats):
            head = f"{lesson:<27}{row['cell']:>5}  {row['update'][:23]:<24}"
            if "seconds" not in row:
                print(f"{head}{'-':>10}{'-':>9}{'≤' + str(TARGET_MS):>11}{'-':>8}  ERROR "
                      f"{row['error']}")
                slow += 1
                continue
            ms = [1000 * s for s in row["seconds"]]
            median, p90 = percentile(ms, 0.5), percentile(ms, 0.9)
            cpu = percentile([1000 * s for s in row["cpu"]], 0.5)
            verdict = "ok" if median <= TARGET_MS else "SLOW"
            slow += verdict != "ok" or bool(row["errors"])
            note = f"  ERRORS: {row['errors'][0]}" if row["errors"] else ""
            print(f"{head}{median:10.0f}{p90:9.0f}{'≤' + str(TARGET_MS):>11}{cpu:8.0f}  {verdict}"
                  f"  ({len(ms)} updates, {row['pngs_last']} PNG each; {', '.join(row['controls'])}){note}", flush=True)
    print(f"{slow} lab(s) over the {TARGET_MS} ms median target or failing"
          if slow else f"every lab within the {TARGET_MS} ms median target")
    try:
        load = os.getloadavg()[0]
        print(f"(load average {load:.1f} on {os.cpu_count()} cores while measuring)")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
