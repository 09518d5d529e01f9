"""The one rule for what a reviewer may type as a lab result."""

from __future__ import annotations

import pytest

from clinical.labs import is_result_value


@pytest.mark.parametrize(
    "value",
    [
        "12.5",
        "<0.5",
        "> 200",
        "1,20,000",
        "12.5 H",
        "2-3",
        "1:80",
        "Positive",
        "non reactive",
        "NIL",
        "++",
        "Trace",
        "B +ve",
        "O Rh negative",
        "No growth",
        "-ve",
        "Pale yellow",
    ],
)
def test_numbers_and_result_words_are_results(value):
    assert is_result_value(value)


@pytest.mark.parametrize("value", ["abc", "", "  ", "12..5", "see report", "high", "5 apples"])
def test_anything_else_is_not(value):
    assert not is_result_value(value)
