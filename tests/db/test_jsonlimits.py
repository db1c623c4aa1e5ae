"""JSON from outside read with a nesting limit: the depth is measured without recursion, strings
are not nesting, and what is within the limit reads exactly as :func:`json.loads` reads it."""

from __future__ import annotations

import codecs
import json

import pytest

from db.jsonlimits import MAX_DEPTH, TooDeep, check_depth, loads, nesting_depth


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("", 0),
        ("12", 0),
        ('"[[[{{{"', 0),
        ('["a\\"[", {"k": ["]"]}]', 3),
        ('[{"x": "\\\\"}, [[]]]', 3),
        ('"never closed [[[[', 0),
        ("[[]]]]]][[[", 3),
        ("{" * 10, 10),
    ],
)
def test_nesting_depth_counts_brackets_outside_strings(text: str, depth: int) -> None:
    assert nesting_depth(text) == depth


def test_the_limit_itself_is_accepted_and_one_more_refused() -> None:
    assert loads("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    with pytest.raises(TooDeep) as refused:
        loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert refused.value.limit == MAX_DEPTH and str(MAX_DEPTH) in str(refused.value)
    assert isinstance(refused.value, ValueError)  # callers' "not JSON" branches catch it


def test_ten_megabytes_of_brackets_are_refused_without_recursion() -> None:
    for opening in ("[", "{", '{"a":', '[{"k":'):
        text = opening * (10_000_000 // len(opening))
        with pytest.raises(TooDeep):
            loads(text)
        with pytest.raises(TooDeep):
            loads(text.encode("utf-8"))


def test_brackets_that_do_not_pair_are_never_parsed_deep() -> None:
    with pytest.raises(TooDeep):
        check_depth("]" * 100 + "[" * 100)
    with pytest.raises(json.JSONDecodeError):
        loads('"' + "[" * 100_000)  # all inside a string never closed: the parser says so


def test_within_the_limit_reads_as_json_loads_does() -> None:
    rows = [
        [f"id-{i}", "张三 [备注] {括号}", 'quote " and \\ back', i, None, {"a": [1, [2, [3]]]}] for i in range(2000)
    ]
    text = json.dumps(rows, ensure_ascii=False)
    assert loads(text) == rows
    assert loads(text.encode("utf-8")) == rows
    assert loads(codecs.BOM_UTF8 + text.encode("utf-8")) == rows  # as json.loads decodes bytes
    assert loads(text.encode("utf-16")) == rows
    with pytest.raises(json.JSONDecodeError):
        loads("[1, 2")
    with pytest.raises(TooDeep):
        loads(text, limit=3)
