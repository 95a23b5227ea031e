"""Test cells judge with the real library, whatever the student's code did to it.

Student code and tests share one interpreter (nbgrader's design): an answer cell can replace
``np.allclose``, ``math.isclose``, the ``np.testing`` asserts, ``abs`` or ``float`` in builtins,
the course's ``mlmath.contract`` helpers, or IPython's own machinery (the hook that reports a
failing cell), and every later test would judge with the fake. :class:`sandbox.SandboxExecute`
therefore installs a guard in the kernel before the first cell runs (a silent request, not stored
in the notebook) which snapshots, before any student code has run:

* every function, class and submodule of ``builtins``, ``math``, ``cmath``, ``operator``,
  every loaded ``numpy`` module (``np.testing`` included), ``mlmath.contract``, and the modules
  the lesson's own import lines name (scipy, say);
* ``sys.modules``' entries for them, the notebook's aliases (``np``, ``sla``, ...), builtins'
  names, and IPython's hooks (cell events, input and AST transformers, custom exception handlers,
  the methods of the shell, kernel and session objects that send a failing cell's error).

Before each graded test cell the grader calls the guard (a user expression of a silent request):
it puts back whatever differs from the snapshot and says what it restored; the grader reports it
("cell 13 (test_x): restored np.allclose, math.isclose") in grading_outcomes.csv. After the test
cell it calls it again: anything replaced *while the test ran* (by the function under test) means
the test judged with a fake, so that cell is failed, with the reason in its output.

The snapshot lives in the guard's closure under a name drawn at random per notebook. Code in the
same interpreter can still find it (``gc``, frames) or reach below Python (``ctypes``): see the
README's hostile-submissions section for that limit and the design that would remove it.
"""
from __future__ import annotations

import ast
import inspect
import secrets

#: builtins a name in the notebook may not shadow when a test cell runs (tests call them)
GUARDED_BUILTINS = (
    "abs", "all", "any", "bool", "callable", "complex", "dict", "divmod", "enumerate", "float",
    "getattr", "hasattr", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max",
    "min", "next", "pow", "range", "repr", "reversed", "round", "set", "sorted", "str", "sum",
    "tuple", "type", "zip", "print", "__import__", "__builtins__", "AssertionError", "Exception")
#: packages whose modules are snapshotted when loaded before the first cell
WATCHED = ("numpy", "scipy", "math", "cmath", "operator", "mlmath.contract")
#: always imported for the snapshot (cheap, and every lesson uses them)
CORE = ("math", "cmath", "operator", "numpy", "numpy.linalg", "numpy.testing", "mlmath.contract")
DEFAULT_ALIASES = {"np": "numpy", "numpy": "numpy", "math": "math"}


def _kernel_install(name, aliases, extra, guarded_builtins, watched, core):  # pragma: no cover
    """Runs IN THE KERNEL, before any student code: builds the guard, binds it as ``name``."""
    import builtins
    import importlib
    import sys
    import types

    for module in list(core) + list(extra):
        try:
            importlib.import_module(module)
        except Exception:
            pass
    shell = get_ipython()  # noqa: F821 - defined in the kernel
    user_ns = shell.user_ns
    # the guard runs after student code: it calls only what it holds from before
    _callable, _isinstance, _list, _dict = callable, isinstance, list, dict
    _setattr, _delattr, _getattr, _hasattr, _type = setattr, delattr, getattr, hasattr, type
    ModuleType = types.ModuleType
    # set by IPython/ipykernel around every execution: not the student's doing
    volatile = {"_", "__", "___", "input", "raw_input", "get_ipython", "exit", "quit", "display",
                "sys_excepthook"}

    def kept(value):
        return _callable(value) or _isinstance(value, ModuleType)

    modules = {}                                      # name -> (module, its dict, snapshot)
    for mod_name, module in _list(sys.modules.items()):
        if module is None or not (mod_name == "builtins" or any(
                mod_name == w or mod_name.startswith(w + ".") for w in watched)):
            continue
        d = module.__dict__
        if mod_name in ("builtins", "math", "cmath"):
            snap = {k: v for k, v in d.items() if k not in volatile}
        else:
            snap = {k: v for k, v in d.items() if kept(v) and not k.startswith("__")}
        modules[mod_name] = (module, d, snap)
    bdict = builtins.__dict__
    alias_to = {a: sys.modules.get(m) for a, m in aliases.items() if m in sys.modules}

    # IPython's machinery: the objects whose methods send a failing cell's error to the grader
    objects = [shell, shell.kernel, getattr(shell.kernel, "session", None), shell.display_pub,
               shell.displayhook, getattr(shell, "compile", None)]
    objects = [o for o in objects if o is not None]
    classes = []
    for obj in objects:
        for cls in _type(obj).__mro__:
            if cls.__module__.split(".")[0] in ("IPython", "ipykernel", "jupyter_client") \
                    and cls not in classes:
                classes.append(cls)
    class_snap = [(cls, _dict(cls.__dict__)) for cls in classes]
    inst_snap = [(obj, {k: v for k, v in obj.__dict__.items()
                        if _callable(v) and k not in volatile})
                 for obj in objects if _hasattr(obj, "__dict__")]
    itm = shell.input_transformer_manager
    # hooks that run before a cell's code can change it; later ones cannot hide its error (it is
    # already sent), and matplotlib adds one (post_execute) in honest notebooks
    lists = [(shell.events.callbacks, k, _list(v)) for k, v in shell.events.callbacks.items()
             if k.startswith("pre_")]
    seqs = [(shell, "input_transformers_post"), (itm, "cleanup_transforms"),
            (itm, "line_transforms"), (itm, "token_transformers"), (shell, "ast_transformers")]
    seq_snap = [(o, a, _list(_getattr(o, a))) for o, a in seqs if _hasattr(o, a)]
    events, custom = shell.events, (shell.custom_exceptions, shell.CustomTB)
    tracers = (sys.gettrace(), sys.getprofile())
    settrace, setprofile, gettrace, getprofile = (sys.settrace, sys.setprofile, sys.gettrace,
                                                  sys.getprofile)
    sysmods = sys.modules
    short = {"numpy": "np", "builtins": "builtins"}

    def label(mod_name, key):
        return f"{short.get(mod_name, mod_name)}.{key}"

    def guard():
        done = []
        # the module table first: `from mlmath.contract import ...` must find the real module
        for mod_name, (module, d, snap) in modules.items():
            if sysmods.get(mod_name) is not module:
                sysmods[mod_name] = module
                done.append(f"sys.modules[{mod_name!r}]")
        for mod_name, (module, d, snap) in modules.items():
            for key, value in snap.items():
                if d.get(key, d) is not value and key not in volatile:
                    d[key] = value
                    done.append(label(mod_name, key))
        if user_ns.get("__builtins__", builtins) is not builtins and \
                user_ns.get("__builtins__", bdict) is not bdict:
            user_ns["__builtins__"] = builtins
            done.append("__builtins__ (replaced in the notebook)")
        for key in guarded_builtins:
            if key in user_ns and key in bdict and user_ns[key] is not bdict[key]:
                del user_ns[key]
                done.append(f"{key} (shadowed in the notebook)")
        for alias, module in alias_to.items():
            if alias in user_ns and user_ns[alias] is not module:
                user_ns[alias] = module
                done.append(f"{alias} (rebound in the notebook)")
        for cls, snap in class_snap:
            current = cls.__dict__
            for key, value in snap.items():
                if current.get(key, current) is not value:
                    try:
                        _setattr(cls, key, value)
                    except (AttributeError, TypeError):
                        continue
                    done.append(f"IPython {cls.__name__}.{key}")
            for key in [k for k in current if k not in snap]:
                try:
                    _delattr(cls, key)
                except (AttributeError, TypeError):
                    continue
                done.append(f"IPython {cls.__name__}.{key} (added)")
        for obj, snap in inst_snap:
            d = obj.__dict__
            for key, value in snap.items():
                if d.get(key, d) is not value:
                    d[key] = value
                    done.append(f"IPython {_type(obj).__name__}.{key}")
            for key in [k for k, v in d.items() if k not in snap and k not in volatile
                        and _callable(v) and _hasattr(_type(obj), k)]:
                del d[key]
                done.append(f"IPython {_type(obj).__name__}.{key} (overridden)")
        if shell.events is not events:
            shell.events = events
            done.append("IPython events")
        for table, key, callbacks in lists:
            if table.get(key) != callbacks:
                table[key] = _list(callbacks)
                done.append(f"IPython event hooks ({key})")
        for obj, attr, items in seq_snap:
            if _getattr(obj, attr) != items:
                _setattr(obj, attr, _list(items))
                done.append(f"IPython {attr}")
        if (shell.custom_exceptions, shell.CustomTB) != custom:
            shell.custom_exceptions, shell.CustomTB = custom
            done.append("IPython custom exception handler")
        if (gettrace(), getprofile()) != tracers:
            settrace(tracers[0])
            setprofile(tracers[1])
            done.append("sys.settrace/setprofile")
        return done

    user_ns[name] = guard


def aliases(nb) -> dict[str, str]:
    """``{alias: module}`` of the plain ``import`` lines in the notebook's code cells that no
    student writes in (the lesson's set-up and test cells), e.g. ``{"np": "numpy"}``."""
    from .cells import is_answer

    found = dict(DEFAULT_ALIASES)
    for cell in nb.cells:
        if cell.get("cell_type") != "code" or is_answer(cell):
            continue
        try:
            tree = ast.parse(_python_only(cell.source))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        found[alias.asname] = alias.name
                    elif "." not in alias.name:
                        found[alias.name] = alias.name
    return found


def _python_only(source: str) -> str:
    """A cell's code without IPython magics and shell escapes (which ast cannot read)."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line
                     for line in source.splitlines())


def install_code(nb) -> tuple[str, str]:
    """``(name, code)``: the code that installs the guard as ``name`` in the kernel's namespace."""
    name = "_grader_guard_" + secrets.token_hex(8)
    found = aliases(nb)
    extra = sorted({m for m in found.values()
                    if any(m == w or m.startswith(w + ".") for w in WATCHED)} - set(CORE))
    source = inspect.getsource(_kernel_install)
    code = (f"{source}\n_kernel_install({name!r}, {found!r}, {extra!r}, {GUARDED_BUILTINS!r}, "
            f"{WATCHED!r}, {CORE!r})\ndel _kernel_install\n")
    return name, code


def summarise(restored: list[str], limit: int = 12) -> str:
    unique = list(dict.fromkeys(restored))
    more = f" and {len(unique) - limit} more" if len(unique) > limit else ""
    return ", ".join(unique[:limit]) + more
