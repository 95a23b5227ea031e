"""Make released notebooks open unmodified in JupyterLab.

JupyterLab writes the kernel's ``language_info`` into a notebook's metadata when the kernel
connects; a notebook without it (released notebooks are stored without outputs or kernel
details), or with another Python's, shows as modified the moment it opens, and closing it
untouched asks to save. A student's copy gets this environment's ``language_info`` (and loses
the authors' jupytext pairing, an authoring detail). Used by ``course.py lab`` for ``my_work/``
and by Binder's build for ``release/``::

    python -m mlmath.open_clean release/*/*.ipynb
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def kernel_language_info() -> dict:
    """The ``language_info`` this environment's kernel reports when a notebook connects."""
    from ipykernel.ipkernel import IPythonKernel

    return json.loads(json.dumps(IPythonKernel.language_info))


def open_clean(notebook: Path, language_info: dict) -> bool:
    """Stamp ``notebook`` with ``language_info``; return whether it was rewritten (cells are
    never touched)."""
    notebook = Path(notebook)
    try:
        nb = json.loads(notebook.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False   # not a notebook JupyterLab can open either: leave it to say so
    metadata = nb.setdefault("metadata", {})
    if metadata.get("language_info") == language_info and "jupytext" not in metadata:
        return False
    metadata["language_info"] = language_info
    metadata.pop("jupytext", None)
    # nbformat's own layout (what JupyterLab writes): one-space indent, sorted keys
    notebook.write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    return True


if __name__ == "__main__":
    info = kernel_language_info()
    changed = sum(open_clean(Path(p), info) for p in sys.argv[1:])
    print(f"{changed} of {len(sys.argv) - 1} notebooks stamped to open clean")
