"""The alignment ablation's counting of moved units (issue 11: a rule earns its place by helping
two or more documents). Made-up scores, one case a line."""

from __future__ import annotations

import pytest

from evaluation.align_ablation import Moves, moves


@pytest.mark.parametrize(
    ("as_set", "tried", "expected"),
    [
        pytest.param({"a": (0.8, 0.5)}, {"a": (0.7, 0.5)}, Moves(("a",), (), ()), id="as-set-better"),
        pytest.param({"a": (0.7, 0.5)}, {"a": (0.7, 0.6)}, Moves((), ("a",), ()), id="as-set-worse"),
        pytest.param({"a": (0.8, 0.4)}, {"a": (0.7, 0.5)}, Moves((), (), ("a",)), id="one-up-one-down"),
        pytest.param({"a": (0.8, 0.5)}, {"a": (0.8, 0.5)}, Moves((), (), ()), id="unmoved"),
        pytest.param({"a": (0.8, 0.5)}, {"a": (0.8002, 0.5)}, Moves((), (), ()), id="below-rounding"),
        pytest.param({"a": (0.8,)}, {}, Moves((), (), ()), id="absent-in-tried-is-unmoved"),
        pytest.param({"a": (1.0,), "b": (0.0,), "c": (0.5,)}, {"a": (0.0,), "b": (1.0,), "c": (0.5,)},
                     Moves(("a",), ("b",), ()), id="units-counted-apart"),
    ],
)
def test_moves(as_set: dict[str, tuple[float, ...]], tried: dict[str, tuple[float, ...]],
               expected: Moves) -> None:
    assert moves(as_set, tried) == expected
