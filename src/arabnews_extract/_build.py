"""Which build of the package is running: the pure-Python one or the compiled one."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from . import segment

_COMPILED = (segment.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def is_compiled() -> bool:
    """True when the extraction core runs compiled (the wheel ``scripts/build-compiled-wheel``
    makes with mypyc), False for the pure-Python package.

    The two give the same results at different speeds, so benchmarks and bug reports say
    which ran (``arabnews-extract version`` prints it).
    """
    return _COMPILED
