"""Table-driven tests of speaker and addressee forms common in local news pages.

Every row is an invented sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.testing import make_article
from quote_rows import Row, rows_of

CASES = [
    # a group noun opening a sentence is the group, never a name found near a later
    # mention of the noun (a tip line's "call police at ... or Crime Stoppers at ...")
    (
        "Boy hurt in shooting\n\nPolice said the boy lives with his aunt in another part of Dunmore, "
        "near the river.\n\nAnyone with information may call "
        "police at 555-0100 or Crime Stoppers at 555-0199.",
        [
            (
                "indirect",
                "the boy lives with his aunt in another part of Dunmore, near the river",
                "Police",
                "said",
            )
        ],
    ),
    (
        "Road closed after crash\n\nPolice said the road would stay closed until the wreck was "
        "cleared late on Friday.\n\nPolice Chief Ann Roe said it would reopen on Saturday morning.",
        [
            (
                "indirect",
                "the road would stay closed until the wreck was cleared late on Friday",
                "Police",
                "said",
            ),
            ("indirect", "it would reopen on Saturday morning", "Ann Roe", "said"),
        ],
    ),
    # "believed to be ..." in an apposition reports nothing, and has no speaker after it
    ("The victim, believed to be in his late teens, was shot twice at the park.", []),
    # a phrase ending in a preposition is no speaker: "alleged" is an adjective here
    ("Those charges include enhancements for alleged use of a gun during the robbery.", []),
    # nor is a squad, a unit or a team
    (
        'The Bomb Squad searched the car on Friday afternoon. "It was clean," he said.',
        [("direct", "It was clean,", "he", "said")],
    ),
    # a venue is no person a pronoun could stand for
    (
        "The Elks Lodge hosted the party on Saturday night. "
        '"People were arguing and then it calmed down," she said.',
        [("direct", "People were arguing and then it calmed down,", "she", "said")],
    ),
    # an adverb the parser left after the speaker goes ("Vale now says", "She has since said")
    (
        "Mayor Ann Vale spoke at the council meeting on Monday. "
        "Vale now says she opposes the new parking deal.",
        [("indirect", "she opposes the new parking deal", "Ann Vale", "says")],
    ),
    (
        "Ann Vale was asked about the vote at the meeting. She has since said she voted for the plan.",
        [("indirect", "she voted for the plan", "Ann Vale", "said")],
    ),
    (
        "Council members here said they have been working on the budget since the spring.",
        [("indirect", "they have been working on the budget since the spring", "Council members", "said")],
    ),
    # "charged with" is an indictment, not a statement (but "charged that" reports)
    (
        "The man charged with murder in the shooting that killed two people was back in court on Thursday.",
        [],
    ),
    (
        "Prosecutors charged that the firm hid its losses from investors for years.",
        [("indirect", "the firm hid its losses from investors for years", "Prosecutors", "charged")],
    ),
    # a county named after a first name does not give the person after it a gender
    (
        "Wayne County Prosecutor Lise Tolliver on Wednesday announced charges against four adults in two "
        "cases. She said the deaths could have been prevented by locking the guns away.",
        [
            ("indirect", "charges against four adults in two cases", "Lise Tolliver", "announced"),
            (
                "indirect",
                "the deaths could have been prevented by locking the guns away",
                "Lise Tolliver",
                "said",
            ),
        ],
    ),
    # a relative clause's verb reports nothing when the sentence's own verb does
    (
        "A woman who reported the shooting to 9-1-1 said the gun had gone off by accident.",
        [("indirect", "the gun had gone off by accident", "woman", "said")],
    ),
    (
        "The man who reported the fire told officers that the back door was locked.",
        [("indirect", "the back door was locked", "man", "told")],
    ),
    # "family" is a group that speaks, not an "-ly" adverb to skip
    (
        "The boys were playing in the yard when one was shot.\n\nThe family also said the younger "
        "boy was not hurt and is back home with his grandmother.",
        [
            (
                "indirect",
                "the younger boy was not hurt and is back home with his grandmother",
                "family",
                "said",
            )
        ],
    ),
    # two paragraphs a scrape glued after an acronym: "a gray SUV.Police say ..."
    (
        "Two men opened fire and fled. They may have been inside a small, gray SUV.Police say one of "
        "the victims was shot twice in the head.",
        [("indirect", "one of the victims was shot twice in the head", "Police", "say")],
    ),
    # a passive after a quotation is no attribution ("Bond was denied."), and the
    # conjunction that opened a clause is no part of its speaker ("where he told")
    (
        "Tom Reyes was arraigned on Thursday, where he told the judge he understood the charges "
        'and said "I do not need bond." Bond was denied.',
        [
            ("indirect", "he understood the charges", "Tom Reyes", "told"),
            ("direct", "I do not need bond.", "Tom Reyes", "said"),
        ],
    ),
    # a closing mark glued to the cue ('... time,"said Carter.') still closes the quotation
    (
        'Officials say they could end her lease.\n\n"What am I supposed to do, it is the holidays,"said '
        "Rhea Dunlow, who has lived in the house for six years.",
        [
            ("headline", "they could end her lease", "Officials", "say"),
            ("direct", "What am I supposed to do, it is the holidays,", "Rhea Dunlow", "said"),
        ],
    ),
    # a reporter's contact line and a "PREVIOUS STORY:" label are no transcript turns
    (
        "Police said the boy was shot twice in the chest on Monday night near the park.\n\n"
        "Nell Ostrander: nostrander@example-gazette.com, 555-0100 or on Twitter: @NellOstrander.",
        [("indirect", "the boy was shot twice in the chest on Monday night near the park", "Police", "said")],
    ),
    (
        "Police said the boy was shot twice in the chest on Monday night near the park.\n\n"
        "PREVIOUS STORY: Police responded to a home on Elm Street on a person shot at midnight.",
        [("indirect", "the boy was shot twice in the chest on Monday night near the park", "Police", "said")],
    ),
    # a neighbourhood ("the Near West Side") is no person
    (
        'She lives on the Near West Side. "The driver was out of the window," she said.',
        [("direct", "The driver was out of the window,", "she", "said")],
    ),
    # police who "responded" went somewhere; one who "answered the door" opened it; a gun
    # "pointed" at someone says nothing; "declared bankruptcy" is no statement
    (
        "Two men walked into the shop and fired shots around 3:30 p.m. When officers responded they "
        "found two men unresponsive inside the shop.",
        [],
    ),
    (
        "Officers with the Dunmore Police Department responded just before 6:30 p.m. to the 200 block "
        "of East Elm Road for a report of a boy who had been shot.",
        [],
    ),
    ("A man who answered the door at the house on Tuesday declined to comment.", []),
    (
        "The police chief responded to criticism that officers had waited too long to enter the building.",
        [("indirect", "officers had waited too long to enter the building", "police chief", "responded")],
    ),
    (
        "One of them, believing a gun to be empty, pointed it at another and fired, striking him in the eye.",
        [],
    ),
    ("The couple, who own land in the county, declared bankruptcy there in 2011.", []),
    (
        "The mayor responded that the plan was fair to every part of the city.",
        [("indirect", "the plan was fair to every part of the city", "mayor", "responded")],
    ),
    (
        "Ann Loethen pointed out none of the witnesses were able to see the shooter's face.",
        [
            (
                "indirect",
                "none of the witnesses were able to see the shooter's face",
                "Ann Loethen",
                "pointed",
            )
        ],
    ),
    # children and suspects speak; an adverb after them is no part of their name
    (
        "The child initially told police that a stranger had fired the gun.",
        [("indirect", "a stranger had fired the gun", "child", "told")],
    ),
    (
        "The teen later told detectives that he found the pistol in a drawer.",
        [("indirect", "he found the pistol in a drawer", "teen", "told")],
    ),
    (
        "The suspect told deputies she had bought the rifle a week earlier.",
        [("indirect", "she had bought the rifle a week earlier", "suspect", "told")],
    ),
    # the sentence's opening adverb is no part of the speaker
    (
        "Now family members worry that the house will be sold.",
        [("indirect", "the house will be sold", "family members", "worry")],
    ),
    (
        "Now the mayor says the bridge will reopen in June.",
        [("indirect", "the bridge will reopen in June", "mayor", "says")],
    ),
    # a TV station's number belongs to the addressee's name, not to the reported clause
    (
        "Family members tell Channel 3 the teen is recovering at home.",
        [("indirect", "the teen is recovering at home", "Family members", "tell")],
    ),
    (
        "Sgt. Ivo Brandt told 9 News the driver was not hurt.",
        [("indirect", "the driver was not hurt", "Ivo Brandt", "told")],
    ),
    (
        "Sgt. Ivo Brandt told KQRT News 12 the driver was not hurt.",
        [("indirect", "the driver was not hurt", "Ivo Brandt", "told")],
    ),
    # but a number after a person's name opens the clause
    (
        "Sgt. Ivo Brandt told Ann 2 men had been detained.",
        [("indirect", "2 men had been detained", "Ivo Brandt", "told")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_local_news_forms(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Mayor Ann Vale spoke on Monday. But Vale later said the bridge would stay closed all winter.",
            "Vale",
        ),
        ("Tom Reyes was arraigned on Thursday, where he told the judge he understood the charges.", "he"),
        (
            "The boys were hurt. Now family members worry that the house will be sold at auction.",
            "family members",
        ),
    ],
)
def test_speaker_mention_leaves_out_the_clause_opener(text: str, mention: str) -> None:
    article = make_article(text)
    spans = [q.speaker_span for q in extract_quotes(article) if q.speaker_span is not None]
    assert [article.text[s.start : s.end] for s in spans] == [mention]
