"""Patterns compiled on first use, so that a cold start pays only for the patterns it runs.

Compiling a pattern costs from a tenth of a millisecond to a few milliseconds (more with the
``regex`` module, whose compiler is Python). A command that reads one pipe table never touches
the patterns of the other layouts, of the encoding sniffer or of the rare text repairs, yet a
module-level ``re.compile`` makes every start pay for all of them (issue 15: about 16 ms of the
cold ``at-risk`` on the sample).
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands for ``engine.compile(pattern, flags)`` and compiles it on the first attribute read.

    After that first read the compiled pattern's attribute is kept on the instance, so later
    calls (``.search``, ``.sub``…) are plain attribute lookups, not a detour through ``__getattr__``.
    Only for patterns used through their methods and attributes: pass ``compiled`` where a real
    pattern object is needed (``re.sub(p, …)``, ``isinstance``).

    >>> p = LazyPattern(re, r"\\d+")
    >>> "compiled" in vars(p)
    False
    >>> p.findall("12 and 3")
    ['12', '3']
    """

    def __init__(self, engine: Any, pattern: str, flags: int = 0) -> None:
        self._engine = engine
        self._source = pattern
        self._flags = flags

    @property
    def compiled(self) -> Any:
        done = self.__dict__.get("_compiled")
        if done is None:
            done = self._engine.compile(self._source, self._flags)
            self.__dict__["_compiled"] = done
        return done

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)  # copy/pickle probes must not compile
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"


def lazy_re(pattern: str, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)`` deferred to the first use (typed as Any: a Pattern in use)."""
    return LazyPattern(re, pattern, flags)


def lazy_regex(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)`` deferred to the first use; ``regex`` is loaded then too."""
    import regex  # lazy: only patterns that need the regex module's syntax come here

    return LazyPattern(regex, pattern, flags)
