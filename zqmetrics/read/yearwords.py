"""Words around a year or a period phrase that tell what it is, for the period reader
(:mod:`.periods`, :mod:`.layouts`): a year figures are compared with or a plan runs to is not
the year of the account; a mirrored copy's reading glosses inside a phrase are no text.
"""

from __future__ import annotations

from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.normalize import PINYIN_GLOSS

# Switched off by evaluation/ablation.py (the package runs with it on).
COMPARED_YEARS = True
# A year figures are compared with (比2016年底减少, 与2016年同期相比, 分别比2020年、2019年同期高).
_COMPARED_BEFORE = lazy_re(r"(?:[比较較与與]|相比|超过|超過|高于|低于|高於|低於)\s*$")
_COMPARED_AFTER = lazy_re(r"\s*年\s*(?:同期|同月|同比)")
# A year a plan runs to (到2020年, 计划于2019年, 力争2020年).
_PLANNED = lazy_re(r"(?:到|(?<!截)(?<!截止)至|计划于|將於|将于|力争|力爭|预计|預計)\s*$")


def compared(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is one figures are compared with, or one a plan
    runs to: not the year of the account."""
    return COMPARED_YEARS and bool(_COMPARED_BEFORE.search(text, max(0, start - 3), start)
                                   or _COMPARED_AFTER.match(text, end)
                                   or _PLANNED.search(text, max(0, start - 4), start))


# Switched off by evaluation/ablation.py (the package runs with it on).
PINYIN_GLOSSES = True
# A character's reading glossed after it by a mirrored copy (前4個(gè)月, 季(jì)度) is no text, as
# the normaliser has it (text/normalize.py): inside a period phrase it would break the phrase.
_GLOSS = lazy_re(PINYIN_GLOSS)


def unglossed(text: str) -> str:
    """``text`` without a mirrored copy's reading glosses."""
    return _GLOSS.sub("", text) if PINYIN_GLOSSES and "(" in text else text
