"""Descriptions as speakers: "the mayor of the town", and which person a role names.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from quote_rows import Triple as Row
from quote_rows import triples

ROWS = [
    (  # a role "of" a place, named in the next paragraph
        "The mayor of this river town promised Monday to rebuild “every single bridge” by spring.\n\n"
        "Mayor Ines Talbot said crews would start within a week.",
        ("partial", "every single bridge", "Ines Talbot"),
    ),
    (
        "The governor of the state said the roads would reopen on Friday.\n\nGov. Rafael Stone flew in.",
        ("indirect", "the roads would reopen on Friday", "Rafael Stone"),
    ),
    (  # a general class word still reaches a person of a narrower title
        "Police Chief Ron Dale spoke first. The official said the curfew would end.",
        ("indirect", "the curfew would end", "Ron Dale"),
    ),
    (
        "Prime Minister Ana Lopes spoke in parliament. The minister said taxes would fall.",
        ("indirect", "taxes would fall", "Ana Lopes"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_description_names_its_person(text: str, expected: Row) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police Chief Ron Dale spoke first. The mayor said the curfew would end.",
        "Police Chief Ron Dale spoke first. The mayor of the city said the curfew would end.",
        # a mayor named only much later is not the one meant
        "The mayor of the city said the curfew would end."
        + " The storm moved east." * 40
        + " Mayor Ines Talbot left.",
    ],
)
def test_a_role_is_not_someone_of_another_role(text: str) -> None:
    (got,) = [t for t in triples(text) if t[1] == "the curfew would end"]
    assert got[2] not in ("Ron Dale", "Ines Talbot")
    assert str(got[2]).startswith("mayor")


TITLES = [
    ("Army spokesman Brigadier General Ada Obi said troops were deployed.", "Ada Obi"),
    ("General Ada Obi said troops were deployed.", "Ada Obi"),
    ("Attorney General Nora Haldane said the case would go ahead.", "Nora Haldane"),
    ("The spokesman, Major General Ada Obi, said troops were deployed.", "Ada Obi"),
    ("Ruth Okafor, a nurse from Dayton, Ohio, said the ward was full.", "Ruth Okafor"),
    ("General Motors said its plant in Ohio would close in March.", "General Motors"),
    ("Commuter Ravi Shah, 34, said he would work from home.", "Ravi Shah"),
    ("Nurse Ana Ruiz said the ward was full.", "Ana Ruiz"),
    ("Paul Farmer said the ward was full.", "Paul Farmer"),  # a surname, not a description
    ("Quarterback Eli Thorne said the team had let the fans down.", "Eli Thorne"),
    ("Assemblywoman Rita Okoye said higher wages would help towns.", "Rita Okoye"),
    ("Crews found smoke on the second floor, Lakeport Fire & Rescue Lt. Sara Vance said.", "Sara Vance"),
    ("A voter outside the school said the lines were long.", "voter outside the school"),
    ("The Rail Workers Union (RWU) said the offer was poor.", "Rail Workers Union"),
]


@pytest.mark.parametrize(("text", "speaker"), TITLES)
def test_ranks_and_titles_are_not_part_of_the_name(text: str, speaker: str) -> None:
    (got,) = triples(text)
    assert got[2] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The rifle was found near the car. Said Sheriff Ana Ruiz, "We got lucky tonight."', "Ana Ruiz"),
        ('The crowd cheered. Added the mayor, "We will rebuild."', "mayor"),
    ],
)
def test_a_cue_opening_the_sentence_names_the_speaker_after_it(text: str, speaker: str) -> None:
    assert [t[2] for t in triples(text) if t[0] == "direct"] == [speaker]


def test_a_passive_cue_names_no_speaker() -> None:
    text = (
        "A federal court on Tuesday struck down the law, ruling that it had been written "
        "“with almost surgical precision” to keep some voters away."
    )
    assert [t for t in triples(text) if t[2] in ("it", "law")] == []


def test_a_progressive_cue_still_names_its_speaker() -> None:
    text = "The candidate's doctor is calling him “extremely fit for the job.”"
    assert triples(text) == [("partial", "extremely fit for the job.", "candidate's doctor")]


def test_a_street_is_no_person_a_pronoun_can_name() -> None:
    text = (
        "Linda Ostrowski, 61, opened a small practice on Main Street. “I figured somebody had to,” she said."
    )
    assert triples(text) == [("direct", "I figured somebody had to,", "Linda Ostrowski")]


def test_a_first_name_in_apposition_is_a_person() -> None:
    text = (
        "Linda Ostrowski runs the clinic. Her husband, Dave, worked the night shift at the mill. "
        "He now drives a school bus. “I'm home for dinner,” he said."
    )
    assert triples(text) == [("direct", "I'm home for dinner,", "Dave")]


def test_a_school_principal_is_a_title() -> None:
    assert triples("Principal Maya Chen said enrollment had finally stabilized.") == [
        ("indirect", "enrollment had finally stabilized", "Maya Chen")
    ]


def test_he_is_the_person_a_lowercase_role_introduces() -> None:
    text = (
        "Rovers beat City on Saturday. “It was a strange game,” Tomas Ortega said.\n\n"
        "City manager Karl Brenner was blunt. “We gave it away,” he told reporters."
    )
    assert [t[2] for t in triples(text)] == ["Tomas Ortega", "Karl Brenner"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford said sales fell.", ("indirect", "sales fell", "Ford")),
        (
            "She thanked the crew and said a search would begin immediately.",
            ("indirect", "a search would begin immediately", "She"),
        ),
        (
            "Campaigning at a diner in Dover, Delaware, Ana Ruiz mocked her rival, "
            "calling him “out of touch with the valley.”",
            ("partial", "out of touch with the valley.", "Ana Ruiz"),
        ),
    ],
)
def test_short_clauses_pronoun_subjects_and_fronted_places(text: str, expected: Row) -> None:
    assert expected in triples(text)


def test_a_pronoun_takes_no_stance_through_a_participle() -> None:
    text = "He hit out at the plan, accusing the new fund of wasting money."
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attackers shouted “God is great” and fired.", ("direct", "God is great", "attackers")),
        ("The crowd chanted “Four more years” as the mayor spoke.", ("direct", "Four more years", "crowd")),
    ],
)
def test_attackers_and_crowds_speak(text: str, expected: Row) -> None:
    assert triples(text) == [expected]


def test_a_loose_subject_stops_at_a_subordinator() -> None:
    text = "Her remarks came hours after the navy said it had sunk two boats overnight."
    assert all(not str(t[2]).startswith("Her remarks") for t in triples(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In Taipei, the island's Defense Ministry thanked Washington, saying the jets would help it "
            "“hold a firm line.”",
            "island's Defense Ministry",
        ),
        ("Ana Ruiz, the mayor, ended the meeting, calling the levy “a gift to landlords.”", "Ana Ruiz"),
    ],
)
def test_a_participle_shares_the_sentence_subject(text: str, speaker: str) -> None:
    assert [t[2] for t in triples(text)] == [speaker]


def test_a_description_with_an_in_phrase_speaks() -> None:
    text = "The ad ran on Monday. “Who will answer the phone at night?” a narrator in the new ad asks."
    assert triples(text) == [("direct", "Who will answer the phone at night?", "narrator in the new ad")]


def test_a_passive_participle_with_by_reports_nothing() -> None:
    text = "The ruling, announced by the state's utility board, is the largest fine in its history."
    assert triples(text) == []


def test_campaigners_speak() -> None:
    text = "Privacy campaigners welcomed the ruling but said it did not go far enough."
    assert triples(text) == [("indirect", "it did not go far enough", "Privacy campaigners")]


def test_the_minister_can_be_a_secretary() -> None:
    text = (
        "Health Secretary Priya Nandakumar defended the plan. The minister told reporters she was "
        "“open to talking” with the unions."
    )
    assert ("partial", "open to talking", "Priya Nandakumar") in triples(text)
