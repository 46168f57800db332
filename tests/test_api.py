from __future__ import annotations

import pytest

import newsfacts
from newsfacts import InputError, extract, extract_many

from paths import SEEDS

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def test_extract_returns_a_result_for_the_article():
    result = extract(TEXTS[1], id="x")
    assert result.id == "x"
    assert result.article.text is TEXTS[1]
    assert result.article.source == "Xinhua"


def test_extract_published_override_and_only():
    r = extract(TEXTS[0], published="2015-09-28", only="dates")
    assert r.article.published.isoformat() == "2015-09-28"
    assert not r.quotes
    assert not r.organizations


def test_extract_rejects_bad_only_and_published():
    with pytest.raises(InputError):
        extract("text", only=["nope"])
    with pytest.raises(InputError):
        extract("text", published="soon")


def test_extract_many_keeps_order_and_reports_bad_items():
    items = [TEXTS[0], {"id": "d", "text": TEXTS[1], "published": "2015-11-27"}, {"id": "bad"}, 42, TEXTS[2]]
    results = list(extract_many(items))  # type: ignore[arg-type]
    assert [r.id for r in results][1:3] == ["d", "bad"]
    assert results[2].errors[0].stage == "input"
    assert "text" in results[2].errors[0].message
    assert results[3].errors[0].stage == "input"
    assert results[4].article.text == TEXTS[2]


def test_extract_many_reads_a_blank_text_from_its_title():
    items = [{"id": "t", "text": "", "title": "Gunman wounds three at Varnell mall"}]
    [result] = extract_many(items)
    assert result.article.text == "Gunman wounds three at Varnell mall"
    assert [(c.category, c.count) for c in result.casualties] == [("injured", 3)]


def test_extract_many_with_processes_matches_serial():
    items = [{"id": str(i), "text": t} for i, t in enumerate(TEXTS * 8)]
    serial = [r.model_dump(exclude={"timings"}) for r in extract_many(items)]
    parallel = [r.model_dump(exclude={"timings"}) for r in extract_many(items, jobs=2, chunk_size=3)]
    assert serial == parallel


def test_extract_many_is_lazy():
    def gen():
        yield TEXTS[0]
        raise AssertionError("consumed too early")

    it = extract_many(gen())
    assert next(it).article.text == TEXTS[0]


def test_public_api_is_documented():
    for name in newsfacts.__all__:
        obj = getattr(newsfacts, name)
        if isinstance(obj, type) or (callable(obj) and hasattr(obj, "__module__") and name[0].islower()):
            assert obj.__doc__, f"{name} has no docstring"
