"""Shared test plumbing, kept tiny.

Readable ids for example rows: pytest escapes non-ASCII ids given with ``id=`` to ``\\uXXXX``, which
makes a Chinese clause unreadable in a report, but it uses what this hook returns as it is. Only
parameters named ``example`` holding a ``(clause, expected)`` row, and short lexicon strings under
the names in ``_WORD_ARGS``, are touched.
"""

from __future__ import annotations

_WORD_ARGS = {"surface", "counter", "cue", "char", "pattern"}


def pytest_make_parametrize_id(config, val, argname):
    if argname in _WORD_ARGS and isinstance(val, str):
        return val
    if argname != "example" or not (isinstance(val, tuple) and len(val) == 2):
        return None
    clause, expected = val
    if not isinstance(clause, str) or not isinstance(expected, list):
        return None
    head = "".join(clause.split())[:24] + ("…" if len(clause) > 24 else "")
    surfaces = "+".join(str(q[0]) for q in expected) or "none"
    return f"{head}→{surfaces}"
