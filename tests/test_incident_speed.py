"""The fast tests of the incident extractor pass by only what the full patterns would not match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors.incidents.datelines import _DATELINE, _line_datelines, _may_open_dateline
from newsfacts.extractors.incidents.gazetteer import gazetteer, state_after

_PIECES = [
    "CEDAR BEND —", "Cedar Bend", "MAPLE FALLS, Ind. (AP) —", "ELM CITY -- ", "MAPLE FALLS:", ">>",
    "Posted 10:05 AM EDT", "Updated 9 p.m. PST", "10:05 UTC", "12:00 GMT", "ST", "A", "x", "Police said",
    "\n", "\n\n", " ", "  ", "\t", ",",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=16), cut=st.integers(0, 200))
def test_datelines_are_tried_at_every_line_that_may_open_one(parts, cut):  # type: ignore[no-untyped-def]
    text = " ".join(parts)
    end = min(cut, len(text))
    starts = [0, *(i + 1 for i, c in enumerate(text[:end]) if c == "\n")]
    for s in starts:
        if not _may_open_dateline(text, s, end):
            assert _DATELINE.match(text, s, end) is None, (text, s)
    assert [m.span() for m in _line_datelines(text, end)] == [
        m.span() for m in _DATELINE.finditer(text, 0, end)
    ]


def test_a_time_zone_far_into_the_line_may_open_a_dateline():  # type: ignore[no-untyped-def]
    text = "P" + "x" * 79 + " EDT CEDAR BEND — Police said"  # the zone as far as the pattern reads
    assert _DATELINE.match(text) is not None
    assert _may_open_dateline(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="Md., aInCity-Ga\t", max_size=24), end=st.integers(0, 24))
def test_no_state_is_read_after_a_name_without_a_comma(text, end):  # type: ignore[no-untyped-def]
    # the place scan passes a run by when no comma follows it, as state_after would find no state
    if not text.startswith(",", end):
        assert state_after(text, end, gazetteer()) is None
    if text.startswith(", Md.", end):
        assert state_after(text, end, gazetteer()) is not None
