#!/usr/bin/env python3
"""How big is the student environment that Binder builds? Budget: 1.5 GB installed.

    python3 benchmarks/student_env_size.py              # build a fresh one from binder/, measure, delete
    python3 benchmarks/student_env_size.py --keep DIR   # build it in DIR and keep it
    python3 benchmarks/student_env_size.py --prefix DIR # measure an environment that exists

It builds the environment the way tests/test_binder.py does (coursetools/binder_env.py): a fresh
virtual environment, ``pip install -r binder/requirements.txt``, then ``binder/postBuild``. It
prints the installed size (bytecode included, as in the image), the largest distributions, and
the install times. Exit status 1 when over budget.

What it does not measure: the Docker image itself (Binder's base image and its conda
environment come on top), its build, push and pull times, and the launch time on mybinder.org.
None of them can be measured without a container engine and Binder; see the report it prints.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coursetools import binder_env  # noqa: E402

PER_DIST = r"""
import json, os
from importlib import metadata
sizes = {}
for dist in metadata.distributions():
    total = 0
    for f in dist.files or []:
        p = f.locate()
        try:
            total += os.lstat(p).st_size
        except OSError:
            pass
    sizes[dist.metadata["Name"]] = total
print(json.dumps(sizes))
"""


def gb(n: int) -> str:
    return f"{n / 1e9:.2f} GB ({n / 2**30:.2f} GiB)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prefix", type=Path, help="measure this existing environment")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it")
    ap.add_argument("--top", type=int, default=12, help="how many distributions to list")
    args = ap.parse_args(argv)

    scratch = None
    if args.prefix:
        env = binder_env.StudentEnv(args.prefix.resolve(), float("nan"), float("nan"), Path("/dev/null"))
    else:
        if args.keep:
            target = args.keep.resolve()
            if target.exists():
                ap.error(f"{target} exists")
            target.parent.mkdir(parents=True, exist_ok=True)
        else:
            scratch = Path(tempfile.mkdtemp(prefix="student-env-size-"))
            target = scratch / "venv"
        print(f"building the student environment in {target} (about a minute) ...", flush=True)
        start = time.perf_counter()
        env = binder_env.build(target)
        print(f"built in {time.perf_counter() - start:.0f} s", flush=True)

    try:
        total = binder_env.tree_size(env.prefix)
        sizes = json.loads(subprocess.run([str(env.python), "-c", PER_DIST], capture_output=True,
                                          text=True, check=True, env=env.env()).stdout)
        pyc = sum(p.stat().st_size for p in env.prefix.rglob("*.pyc") if p.is_file())
        budget = binder_env.SIZE_BUDGET_BYTES
        print()
        print(f"student environment: {env.prefix}")
        print(f"  installed size      {gb(total)}   budget {gb(budget)}")
        print(f"  of which bytecode   {pyc / 1e6:.0f} MB (.pyc, written at install as in the image)")
        print(f"  pip install         {env.install_seconds:.0f} s   (binder/requirements.txt)")
        print(f"  postBuild           {env.postbuild_seconds:.0f} s   (shared package, plugins, start page)")
        print(f"  largest distributions:")
        for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:args.top]:
            print(f"    {name:<28} {size / 1e6:8.0f} MB  {100 * size / total:4.1f} %")
        nvidia = [n for n in sizes if n.lower().startswith(("nvidia", "triton"))]
        print(f"  CUDA packages       {', '.join(nvidia) if nvidia else 'none (CPU-only torch)'}")
        print()
        print("Not measured here (no container engine, no Binder): the image's size on top of")
        print("repo2docker's base image and conda environment, the image build, push and pull")
        print("times, and the time from a click to JupyterLab on mybinder.org.")
        over = total > budget
        print(f"\n{'OVER BUDGET' if over else 'within budget'}: {gb(total)} of {gb(budget)}")
        return 1 if over else 0
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
