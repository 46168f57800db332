# ruff: noqa: E501
"""How many were killed and injured in an article's main incident (incidents/counting.py and grouping.py).

Every row is an invented news text with the killed and injured counts its main
incident must report (``None``: the incident reports no count of that kind; an
incident that reports only the killed, or only the injured, reports 0 of the other).
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.extractors.casualties.forms import find_casualties
from newsfacts.extractors.incidents.counting import incident_counts
from newsfacts.models import Incident


def _main(text: str) -> Incident | None:
    incs = newsfacts.extract(text, published="2019-06-02", only=["incidents"]).incidents
    return incs[0] if incs else None


def _counts(text: str) -> tuple[int | None, int | None]:
    main = _main(text)
    if main is None:
        return None, None
    return (main.killed.count if main.killed else None, main.injured.count if main.injured else None)


# (text, killed, injured) of the main incident
MAIN: list[tuple[str, int | None, int | None]] = [
    # an officer hurt beside the suspect the police shot dead is one more victim, not the dead one
    ("A man who fired at two deputies outside a bar was shot and killed when they fired back. One of the deputies was struck in the shoulder.",
     1, 1),
    ("A gunman was shot dead by police on Main Street. An officer was hit in the leg.", 1, 1),
    # a roundup total over several events is a tally, not the count of one incident
    ("Eleven people were wounded in four shootings across the city over the weekend. On Saturday night, three men were shot outside a bar on Elm Street.",
     0, 3),
    ("Police said six people were hurt in separate shootings Friday. In the first, a woman was shot near Oak Avenue.",
     0, 1),
    ("Nine people were shot in three different incidents overnight, police said. Two teenagers were shot near a park shortly after midnight.",
     0, 2),
    ("The first of the three shootings that wounded nine people happened near a school. Four people were shot there.",
     0, 4),
    ("Three separate shootings left seven people wounded on the west side. In the latest, two men were shot on Polk Street.",
     0, 2),
    ("Three shootings in a span of four hours injured six people. In the first, one man was shot on Quill Lane.", 0, 1),
    # in a roundup, each later paragraph that names a new victim or opens with a time is another event
    ("Six people were wounded in separate shootings overnight, police said.\n\nA 19-year-old cyclist was hit in the knee by Oak Street and taken to a hospital.\n\nA 61-year-old woman and her son were struck by gunfire near a school about an hour later.",
     0, 1),
    ("Police said 9 people were hurt in weekend shootings.\n\nTwo teenagers were shot outside a store on Friday.\n\nAbout 11 p.m. Saturday, a man was shot on Vine Street.",
     0, 2),
    ("Eleven people were hurt in three shootings across the county.\n\nIn the first, two brothers were wounded on a porch.\n\nIn another shooting, three men were hit outside a bar.",
     0, 2),
    # ... but not outside a roundup
    ("A gunman killed a clerk at a gas station on Friday.\n\nA 30-year-old customer was also wounded in the parking lot.", 1, 1),
    # a headline's bare objects are the toll when the story repeats no number
    ("Troopers kill man in standoff at motel\n\nThe standoff lasted six hours on Sunday, the sheriff said.", 1, 0),
    ("Float plane crash kills pilot, 3 passengers\n\nThe plane went down near a lake on Saturday.", 4, None),
    # ... nor other victims of the same day; but other victims of another day, in a paragraph of their own, are another event
    ("A cook was wounded in the arm by gunfire near Elm Park on Tuesday evening, police said.\n\nTwo other men were wounded Monday outside a gas station on the east side.",
     0, 1),
    ("Gunfire killed a teenager on Thursday night near the Hillcrest pool.\n\nAnother man was shot Wednesday near a laundromat and is recovering.",
     1, 0),
    ("A man was shot dead on Sunday night outside a bar.\n\nTwo other men were wounded in the same shooting, police said.", 1, 2),
    ("A girl was hurt by a stray bullet on Saturday.\nTwo other people were shot Friday in the same block.", 0, 1),
    # plural events with no article, a span of days, "of those homicides": tallies too
    ("Two people died and eight others were hurt in shootings throughout the region from Friday evening to early Monday. On Saturday, a man was shot on Birch Road.",
     0, 1),
    ("Police said 14 people were hurt in weekend shootings. A teenager was shot near Lark Street.", 0, 1),
    ("Three women were hurt in two shooting attacks late Friday. In the first, a nurse was shot on Cedar Lane.", 0, 1),
    ("Eleven people were shot, two fatally, from Friday night to Sunday morning. A teenager was wounded near a school.",
     0, 1),
    ("Ten people were killed in shootings over the weekend. Of those homicides, four people were killed within two hours. A man was shot dead on Pine Street.",
     1, 0),
    # ... but "the shootings" and coordinated attacks are one event
    ("Two people were killed in the shootings at the mall on Friday.", 2, 0),
    ("Gunmen killed 12 people in coordinated attacks on the capital.", 12, 0),
    # a lead that tells both the dead and the hurt sums the incident up; a larger later count is a total
    ("A gunman killed a cashier and wounded three shoppers outside a dormitory early Friday. Seven people were taken to hospitals, officials said.",
     1, 3),
    ("One dead, four hurt in shooting at a park. Five people were hurt, police said.", 1, 4),
    ("Three people were killed and two were hurt in a crash on the highway. Later, five people were treated at the hospital.",
     3, 2),
    # ... not a lead of people shot, who may be the dead
    ("Five people were wounded at a party on Sunday night. The sixth victim, a woman, was killed.", 1, 5),
    # an earlier event recalled ("last week", "two months ago") is not the one reported
    ("A student died and three classmates were hurt outside a dorm on Friday. The attack came days after a gunman killed nine people at a college last week.",
     1, 3),
    ("Two men were wounded on Elm Street on Sunday. A teenager was shot dead at the same corner two months ago.", 0, 2),
    ("Two brothers were hurt when gunfire hit their porch late Tuesday. Their cousin was killed in a similar attack a year ago.",
     0, 2),
    # ... unless it is the only one told
    ("A man who was shot last week has died, police said.", 1, 0),
    # a tally in the next sentence, even with no space after the full stop, is not this count's
    ("The shooting on Elm Street killed a girl and injured three others.She had moved to the city last year.", 1, 3),
    # ... but one shooting that wounded several people is an incident
    ("Four people were shot in a shooting outside a nightclub early Sunday.", 0, 4),
    ("Two gunmen wounded seven people in an attack on a market in the town square.", 0, 7),
    ("Three people were wounded between two and three in the morning when a gunman opened fire on a bus stop.", 0, 3),
    # one who shot himself is not added again to a count of himself
    ("The 8-year-old boy who fatally shot himself had found the gun in a closet.", 1, 0),
    ("A 10-year-old boy fatally shot himself with his father's pistol on Sunday.", 1, 0),
    # ... but a shooter who killed others and then himself is
    ("A retired welder shot and killed his wife, then took his own life, deputies said.", 2, 0),
    ("The gunman killed three coworkers before killing himself.", 4, 0),
    # deaths among the wounded: the same people are not counted both hurt and dead
    ("Five people were wounded at the cookout, and one of them later died.", 1, 4),
    ("Five people were injured by the blast. One of the injured died on Monday.", 1, 4),
    ("Five people were hospitalized after the gunfire. One of the five people wounded there has died, deputies said.", 1, 4),
    ("One of the four people wounded in the shooting has died.", 1, 3),
    ("Three people were killed and four wounded. One of the wounded later died.", 4, 3),
    ("Five people were shot, two of them fatally, outside a bar.", 2, 3),
    ("Six people were shot, one of whom died.", 1, 5),
    # "one of the six men hospitalized after ... has died": a death out of a group of hurt told before
    ("One of the six men hospitalized after the crash on the bridge has died, troopers said.", 1, 5),
    ("Four people were hurt at the fair. One of the four people hospitalized after the fair on Friday has died, and Ann Roe, 22, died later.",
     1, 3),
    ("One of the six men hospitalized was released on Monday.", 0, 6),
    # ... but not when the dead were never among them
    ("The sniper killed a man and hurt three others. All four victims went to a hospital, one of whom died.", 1, 3),
    ("Two of the five people killed were children.", 5, 0),
    ("Two of the four people wounded remain in critical condition.", 0, 4),
    ("Two people were killed and three were wounded. Two of them were children.", 2, 3),
    ("He drove to the farm, killing her and three other relatives before fatally shooting himself.", 5, 0),
    ("Sam Doe fatally shot his sons, ages 6 and 9, then took his own life.", 3, 0),
    # one who shot himself by accident and died is one death, not a murder-suicide
    ("The hunter accidentally shot himself while cleaning a rifle and died. The victim was flown to Quill Valley Regional Hospital, where he succumbed.", 1, 0),
    # a shooter killed by police is one more dead, beside a count of his victims
    ("Two clerks were fatally shot at the depot, and then troopers killed the gunman.", 3, 0),
    ("The attacker killed two people at the mall before police shot and killed the suspect.", 3, 0),
    ("Four patrons were killed at the arena. A deputy later shot and killed the attacker.", 5, 0),
    # ... but not beside a count of the dead that may include him
    ("Three people are dead, among them the gunman, after gunfire at the mill.", 3, 0),
    ("Three people are dead after gunfire at the mill. Troopers fatally shot the gunman.", 3, 0),
    # ... and a count of the dead includes a shooter who took his own life
    ("Four people are dead after the shooting at the farm. The gunman took his own life, police said.", 4, 0),
    ("3 dead, 2 wounded at the courthouse. The shooter also was dead after he took his own life.", 3, 2),
    # ... but a count of his victims does not
    ("The gunman killed four people at the farm and then took his own life.", 5, 0),
    ("A welder fatally shot his infant niece, then was turning the rifle on himself.", 2, 0),
    ("Police said he killed his wife and two children and then himself.", 4, 0),
    # bodies found include the shooter who then killed himself
    ("Police found the bodies of Mark Dunn, Ana Ruiz and Leo Dunn. Investigators said Dunn shot his wife and son before killing himself.", 3, 0),
    ("Four people were found dead in the home in what police called a murder-suicide. The father had shot his family and then himself.", 4, 0),
    # the same victim named twice is one person: killed, not also injured
    ("Gunfire on Elm Street gravely injured a 16-year-old on Friday. Police said later that the gunfire killed a 16-year-old.", 1, 0),
    ("Dana Ruiz was critically wounded in the shooting. Ruiz died at the hospital two days later.", 1, 0),
    # ... but a survivor told apart by sex, age group, age or name is someone else
    ("A little boy, 6, was fatally shot inside the pickup on Tuesday. His father was hospitalized in critical condition.", 1, 1),
    ("A man died after the gunfire on Pine Street. A woman was also hit and went to the clinic.", 1, 1),
    ("A 17-year-old was killed at the party. Also, his 19-year-old cousin was shot once and is recovering.", 1, 1),
    ("Omar Bell was killed in the shooting, police said. Tariq Webb was shot and is in stable condition.", 1, 1),
    # ... and one "in critical condition" is alive, so not among the dead
    ("A boy died in the shooting on Birch Road. The driver is in critical condition.", 1, 1),
    ("One jogger was killed. A second jogger was listed in stable condition on Tuesday.", 1, 1),
    # one who shot himself is hurt, or among the dead when the shooter killed others
    ("A 12-year-old camper by mistake shot himself through a finger on Tuesday.", 0, 1),
    ("Deputies said he shot himself in the foot while cleaning the rifle.", 0, 1),
    ("The gunman killed two guards before he shot himself.", 2, 0),
    ("A man fatally shot his wife on Sunday. Officers said he shot himself as they arrived.", 1, 0),
    # one shot, then killed by a pronoun ("killing him"): killed, not also hurt
    ("A stray bullet struck the cashier in the neck, killing him.", 1, 0),
    ("Dee Ash shot a 13-year-old cyclist near a creek. Ray, a junior at Quill High, was killed on June 5.", 1, 0),
    # "another" or "a second" victim is not the one killed, even told by a pronoun
    ("A 15-year-old boy lay dead on the curb on Quill Lane. He was pronounced dead there. The other victim, a 13-year-old cousin, got grazed on one arm.", 1, 1),
    ("A teenage cyclist died on Quill Lane late Tuesday. Deputies said another 16-year-old had been hit in the ankle.", 1, 1),
    ("One guest died and another guest is in the hospital, rangers said.", 1, 1),
    ("Their 9-year-old son was shot to death in a pickup. His father was hospitalized with wounds to both legs. The boy sat strapped in, and that is where he died.", 1, 1),
    # one shot beside more dead is someone else, unless a pronoun or a name says it is one of them
    ("Rangers look into how four hikers were shot to death. One 8-year-old girl was airlifted to Mercy.", 4, 1),
    ("A roofer faces charges in the deaths of Ann Reed, 44, Cora Reed, 23, and Eli Stone, 9. Deputies said Cora, who was shot twice, was expecting.", 3, 0),
    ("A rancher fatally shot his two sons, then turned the rifle on himself. He is currently hospitalized, rangers said.", 3, 0),
    ("A 12-year-old camper died at the lake. A cousin, also 12 years old, was grazed on the wrist.", 1, 1),
    # ... and a count of one that says nothing about the victim stays the same person
    ("A man was shot on Main Street on Friday. The victim went by ambulance to the clinic, where he died.", 1, 0),
    # one shot who then died leaves none wounded
    ("Ann Roe was shot once near the church and died at the hospital.", 1, 0),
    ("A boy was struck by one stray round and later died.", 1, 0),
    # lists of victims in apposition
    ("Two victims, a 33-year-old man and a 47-year-old woman, died on the sidewalk.", 2, 0),
    ("Three men, ages 24, 27 and 29, were wounded by the gunfire.", 0, 3),
    # victims told apart one at a time are summed: by name, age, sex, "another"
    ("Ann Roe, 17, was grazed near Quill Lane. Bo McKay, 16, was hit once nearby.", 0, 2),
    ("A cashier was hit once near the kiosk. A second man was grazed, rangers said.", 0, 2),
    ("Their 7-year-old boy was grazed on Quill Lane. The gunman also struck the boy's father in a hip.", 0, 2),
    ("One 24-year-old guard was hit near the dock. Another 24-year-old guard was hit by the gate.", 0, 2),
    # ... but one victim told of twice is one
    ("A man was shot on Elm Street. The victim, a 30-year-old, was taken to a hospital.", 0, 1),
    ("A cashier was hit once near the kiosk. She went to Mercy, where she was listed in stable condition.", 0, 1),
    ("Ann Roe, 17, was grazed near Quill Lane. Roe went to Mercy and is recovering.", 0, 1),
    # stabbed, like shot, is said of the dead and the hurt alike
    ("A man stabbed four people at the depot. Two of the victims died at the scene.", 2, 2),
    # "a fourth victim": at least four people were hit
    ("One man was hit outside the tavern. A fourth victim was grazed and treated at the scene.", 0, 4),
    ("Two men were killed at the tavern. A fourth victim, a 25-year-old father, was taken to a hospital.", 2, 2),
    ("One man was killed and two others were wounded. The third victim was treated and released.", 1, 2),
    # ... but not a series of incidents
    ("A boy was wounded on Sunday, the fourth child wounded by gunfire in the city this year.", 0, 1),
    # a man the police shot dead after the killings is the shooter: one more dead
    ("The gunman killed two clerks at a pawn shop before deputies shot him dead.", 3, 0),
    ("A man killed his neighbor with a shotgun. Troopers later shot him dead in a field.", 2, 0),
    # ... but not one they arrested
    ("A man shot and killed his neighbor. Troopers arrested him in a field.", 1, 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), MAIN)
def test_main_incident_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text) == (killed, injured)


NONE_REPORTED = [
    ("Two men were wounded outside a bar on Friday.", "killed"),
    ("A woman was shot and killed in her driveway, deputies said.", "injured"),
    ("Three people died when a gunman opened fire on a bus.", "injured"),
    ("A teenager was grazed by a stray bullet near the park.", "killed"),
]


@pytest.mark.parametrize(("text", "missing"), NONE_REPORTED)
def test_unreported_category_is_zero_without_span(text: str, missing: str) -> None:
    main = _main(text)
    assert main is not None
    other = main.injured if missing == "killed" else main.killed
    none = getattr(main, missing)
    assert other is not None
    assert other.count > 0
    assert other.span is not None
    assert none is not None
    assert (none.count, none.span) == (0, None)


def test_only_the_reported_attack_counts_an_untold_category_as_none() -> None:
    # an earlier incident recalled in passing, and a disaster, leave the untold category unreported
    text = (
        "A shooting on Friday wounded two cooks, officers said. It was the second shooting "
        "this month; on May 2, a gunman killed three people at a mall."
    )
    incidents = newsfacts.extract(text, published="2024-06-10").incidents
    assert [
        (i.killed.count if i.killed else None, i.injured.count if i.injured else None) for i in incidents
    ] == [
        (0, 2),
        (3, None),
    ]
    claimed = _main("Gunmen killed 30 people at a market. The Zarqawi Brigade claimed responsibility.")
    assert claimed is not None
    assert claimed.perpetrator is not None
    assert (claimed.killed.count if claimed.killed else None, claimed.injured) == (30, None)
    flood = _main("Floods in the north killed 40 people on Monday, officials said.")
    assert flood is not None
    assert flood.kind == "natural disaster"
    assert (flood.killed.count if flood.killed else None, flood.injured) == (40, None)


def test_hostages_alone_leave_killed_and_injured_unreported() -> None:
    main = _main("Gunmen took 12 workers hostage at the mine on Tuesday.")
    assert main is not None
    assert main.hostages is not None
    assert (main.killed, main.injured) == (None, None)


# (text, [(category, count)] of every casualty count found)
CASUALTIES: list[tuple[str, list[tuple[str, int]]]] = [
    # "a father of three": his children, not victims
    ("Friends held a vigil for the slain father of three.", []),
    ("The mother of two who was wounded in the attack is recovering.", []),
    ("A grandfather of five who was killed in the crash was buried Friday.", []),
    # ... but a count that is not somebody's children still counts
    ("The gunman, who was the father of a student, killed three people.", [("killed", 3)]),
    ("Three sons of the pastor were shot at the party.", [("injured", 3)]),
    ("A father was shot and killed Sunday.", [("killed", 1)]),
    # a victim shot who later died, in the same clause: killed, not injured
    ("A boy was shot twice behind the gym and died at the hospital.", [("killed", 1)]),
    ("The clerk was struck by one stray round and later died.", [("killed", 1)]),
    ("A girl, 7, who was shot on the porch of her grandmother's house has died, police said.", [("killed", 1)]),
    ("The woman who was stabbed by her neighbor died Monday.", [("killed", 1)]),
    # ... but another person's death, or a survivor, is not
    ("A man was shot once in his thigh and his brother died.", [("injured", 1), ("killed", 1)]),
    ("A man was shot once in his thigh, and a woman died.", [("injured", 1), ("killed", 1)]),
    ("Two men were shot in their arms and taken to a hospital.", [("injured", 2)]),
    ("A teenager was shot in one foot and released from the hospital.", [("injured", 1)]),
    ("The man who was shot near the station is expected to survive.", [("injured", 1)]),
    ("The mother and her son were flown to a trauma center in Tulsa, where they died hours later.", [("killed", 2)]),
    ("The man was rushed to a nearby clinic, where he was pronounced dead.", [("killed", 1)]),
    ("A man was shot once in his thigh and taken to the clinic, where he is in stable condition.", [("injured", 1), ("injured", 1)]),
    ("A boy was shot near the park, where his brother died last year.", [("injured", 1), ("killed", 1)]),
    # "of" only as a word: "police officers" is no "of"-phrase swallowing the sentence
    ("Two police officers in Ohio face charges now after a toddler was shot to death.", [("killed", 1)]),
    ("Four police officials in the county were questioned after a teenager was wounded.", [("injured", 1)]),
    ("Five employees of the county were killed.", [("killed", 5)]),
    ("Dozens of people were injured in the stampede.", [("injured", 24)]),
    # shots fired are not people shot
    ("She fired one round that struck her husband in the arm.", [("injured", 1)]),
    ("Neighbors heard two shots before a teenager was hit.", [("injured", 1)]),
    ("Two shot in overnight gunfire on the east side.", [("injured", 2)]),
    # a person who shot someone, in a relative clause, is the shooter, not a victim
    ("The man who accidentally shot his friend was arrested.", [("injured", 1)]),
    ("Detectives said an 18-year-old that shot the clerk was questioned.", [("injured", 1)]),
    ("A man who was shot Monday died.", [("killed", 1)]),
    ("Two men were accidentally shot a block away.", [("injured", 2)]),
    # victims in apposition, and victims taken to a local hospital
    ("Two victims, a 33-year-old man and a 47-year-old woman, died on the sidewalk.", [("killed", 2)]),
    ("Two men, ages 19 and 23, were wounded.", [("injured", 2)]),
    ("Two brothers, a 12-year-old and a 14-year-old, were shot.", [("injured", 2)]),
    ("The victim, a 34-year-old man, died.", [("killed", 1)]),
    ("Three victims were later transported to a local hospital.", [("injured", 3)]),
    # "both" with any noun for people
    ("Both passengers were injured in the crash.", [("injured", 2)]),
    ("Both young men were shot in the legs.", [("injured", 2)]),
    ("Both victims died at the scene.", [("killed", 2)]),
    ("Both teams were hurt by the loss.", []),
    # an age bound is not a count
    ("Police said a girl younger than 12 was shot inside the apartment.", []),
    ("Children under the age of 5 were not hurt.", []),
    # more nouns for people
    ("Two bailiffs and a gunman were killed in the courthouse gunfight.", [("killed", 3)]),
    ("The gunman killed two coworkers at the warehouse.", [("killed", 2)]),
    ("Three classmates were wounded in the hallway.", [("injured", 3)]),
    # a list of named victims: one count per name
    ("Deputies found the bodies of 58-year-old Mark Dunn, 44-year-old Ana Ruiz and 9-year-old Leo Dunn in the barn.", [("killed", 3)]),
    ("The gunman killed Ann Roe, 54, Bo Lee, 42, and Cy Roe, 6.", [("killed", 3)]),
    ("He was charged with killing John Smith and Mary Jones.", [("killed", 2)]),
    # ... but not a name followed by who said it
    ("He was charged with killing John Smith, Ohio State Patrol said.", [("killed", 1)]),
    # "had shot his family" is the shooter's deed, not a victim who "had been shot"
    ("The father had shot his son before the police arrived.", [("injured", 1)]),
    ("The father had been shot twice in the chest.", [("injured", 1)]),
    # two named victims sharing an age
    ("Omar Bell and Tariq Webb, both 29-years-old, were gunned down and killed early Saturday.", [("killed", 2)]),
    ("Ann Roe and Bo Lee, both 30, died at the scene.", [("killed", 2)]),
    ("Omar Bell, 23, was shot in the leg.", [("injured", 1)]),
    ("Sean Ortiz, 15, and Kyle Stroud, 19, were shot to death near the arcade.", [("killed", 2)]),
    ("Omar Bell, 21, and Nia Bell, 16, each had several gunshot wounds and both were pronounced dead at the farm.", [("killed", 2)]),
    ("Ann Roe was shot once near the church and died at the hospital.", [("killed", 1)]),
    ("Ann Roe was shot, and her brother died.", [("injured", 1), ("killed", 1)]),
    # a pronoun or a possessive before the count
    ("He drove to the farm, killing her and three other relatives.", [("killed", 4)]),
    ("The gunman opened fire, killing her and another woman.", [("killed", 2)]),
    ("A trucker shot his two young sons and then fled.", [("injured", 2)]),
    ("Detectives are looking into the deaths of a woman and her two children.", [("killed", 3)]),
    ("He killed his three children and his wife.", [("killed", 4)]),
    ("He shot his brother, a 7-year-old.", [("injured", 1)]),
    ("Police told her and two officers were hurt.", [("injured", 2)]),
    ("He shot her and fled.", [("injured", 1)]),  # one victim, not "her and" a count
    # a possessive plural with the ages listed: one victim per age
    ("The man fatally shot his sons, ages 6 and 9, at the cabin.", [("killed", 2)]),
    ("He shot his daughters, ages 5, 7 and 9, before fleeing.", [("injured", 3)]),
    ("He shot his three daughters, ages 5, 7 and 9.", [("injured", 3)]),
    # a victim named by what he drove or owned
    ("The driver of the stolen car is in critical condition.", [("injured", 1)]),
    ("The owner of the store was shot and killed.", [("killed", 1)]),
    ("The mother of the victim said he was shot.", [("injured", 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualty_counts(text: str, expected: list[tuple[str, int]]) -> None:
    got = [(f.category, f.count) for f in find_casualties(text)]
    assert got == expected


def test_counting_of_nothing() -> None:
    counts = incident_counts([], "")
    assert (counts.killed, counts.injured, counts.hostages, counts.missing) == (None, None, None, None)


# (text, how many incidents the article's counts make)
GROUPED: list[tuple[str, int]] = [
    # a place that is only a name ("his daughter, London") is no cue of another country
    ("The gunman killed his wife in Dayton on Sunday, police said. He also shot and wounded his daughter, Paris, and two other children.", 1),
    ("Deputies said a woman, Sydney, was wounded by her husband in Tulsa on Friday. He also killed their son.", 1),
    # ... but a scene ("in", "at", or "In ..." opening a sentence) is
    ("A bomb killed five people in Kabul on Monday. In Paris, two tourists died in a separate attack.", 2),
    ("A bomb killed five people in Kabul on Monday. Two people were killed in Paris by a gunman.", 2),
    # an earlier event recalled is an incident of its own
    ("Two men were wounded on Elm Street on Sunday. A teenager was shot dead at the same corner two months ago.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "n"), GROUPED)
def test_incidents_of_an_article(text: str, n: int) -> None:
    result = newsfacts.extract(text, published="2019-06-02", only=["casualties", "incidents"])
    assert len({c.incident for c in result.casualties if c.incident is not None}) == n
