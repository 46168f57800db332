"""Victims told as "the life of" one person, and plural people nouns ("two hunters", "three campers")."""

from __future__ import annotations

import pytest

import newsfacts

LIFE_OF = [
    (
        "A house fire on Elm Road claimed the life of an elderly man, officials said.",
        "claimed the life of an elderly man",
    ),
    ("Crash claims the life of a Dunmore woman", "claims the life of a Dunmore woman"),
    (
        "The blaze took the life of a 6-year-old boy, the fire chief said.",
        "took the life of a 6-year-old boy",
    ),
    ("Flooding takes the life of a farmer near Cresswell", "takes the life of a farmer"),
]


@pytest.mark.parametrize(("text", "span"), LIFE_OF)
def test_the_life_of_one_person_is_one_killed(text: str, span: str) -> None:
    facts = newsfacts.extract(text, published="2025-04-04", only=["casualties"]).casualties
    killed = [c for c in facts if c.category == "killed"]
    assert [(c.count, c.text) for c in killed] == [(1, span)]


PLURAL_NOUNS = [
    ("Two hunters were shot Saturday near Oak Ridge.", "injured", 2),
    ("DNR: Two Hunters Shot in Hunting Accident (Elm County)", "injured", 2),
    ("Three campers hurt when tree falls on tent", "injured", 3),
    ("Two bicyclists killed in crash on Route 9", "killed", 2),
]


@pytest.mark.parametrize(("text", "category", "count"), PLURAL_NOUNS)
def test_plural_people_nouns_are_victims(text: str, category: str, count: int) -> None:
    facts = newsfacts.extract(text, published="2025-04-04", only=["casualties"]).casualties
    assert [(c.category, c.count) for c in facts] == [(category, count)]


LABELLED_HEADLINES = [
    ("Police: Marlow girl dies after shooting herself in the head", "killed"),
    ("Sheriff: man shot in Elm Park", "injured"),
    ("Coroner: Teen killed in crash on Route 4", "killed"),
]


@pytest.mark.parametrize(("text", "category"), LABELLED_HEADLINES)
def test_a_headline_after_a_source_label_counts_its_bare_subject(text: str, category: str) -> None:
    incs = newsfacts.extract(text, published="2025-04-04", only=["incidents"]).incidents
    assert incs
    counted = incs[0].killed if category == "killed" else incs[0].injured
    assert counted is not None
    assert counted.count == 1
