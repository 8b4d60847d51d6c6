"""The scorer: precision, recall and F1 against the hand-annotated golden sets in ``data/golden``.

A development tool, run from a clone (``python -m evaluation [--heldout] [--misses]``); it is not
part of the installed package.
"""
