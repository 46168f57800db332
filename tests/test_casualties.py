# ruff: noqa: E501
"""Tests for the casualty extractor: the forms news uses, and what is not a casualty."""

from __future__ import annotations

import pytest

from newsfacts.extractors.casualties import CasualtyExtractor
from newsfacts.extractors.casualties.forms import find_casualties
from newsfacts.models import CasualtyCount
from newsfacts.testing import check_extractor, make_article

Row = tuple[str, list[tuple[str, str, int, str]]]  # sentence, [(span text, category, count, qualifier)]

POSITIVE: list[Row] = [
    ("The group claimed responsibility for downing a Russian airliner, killing 224 people.",
     [("killing 224 people", "killed", 224, "exact")]),
    ("Five fishermen were missing after their boat capsized.", [("Five fishermen were missing", "missing", 5, "exact")]),
    ("Gunmen stormed a boarding school, abducting at least 80 pupils and teachers.",
     [("abducting at least 80 pupils and teachers", "hostage", 80, "at_least")]),
    ("Rebels kidnapped 12 aid workers near the border.", [("kidnapped 12 aid workers", "hostage", 12, "exact")]),
    # a headline's present tense with a plural subject, and its bare objects ("kill man", "kills pilot, 3 passengers")
    ("Gunmen kill 14 in raid on border town\n\nThe attack began before dawn.", [("kill 14", "killed", 14, "exact")]),
    ("Storms injure dozens across three counties\n\nCrews worked overnight.", [("injure dozens", "injured", 24, "at_least")]),
    ("Troopers kill man in standoff at motel\n\nThe standoff lasted six hours.", [("kill man", "killed", 1, "exact")]),
    ("Float plane crash kills pilot, 3 passengers\n\nThe plane went down near a lake.",
     [("kills pilot, 3 passengers", "killed", 4, "exact")]),
    ("Bus crash kills driver, two children in mountain pass\n\nRescuers reached it by noon.",
     [("kills driver, two children", "killed", 3, "exact")]),
    ("Retired welder kills wife, self at farmhouse\n\nDeputies found them Sunday.", [("kills wife, self", "killed", 2, "exact")]),
    ("Blast kills soldier, wounds 4 at checkpoint\n\nThe army said.",
     [("kills soldier", "killed", 1, "exact"), ("wounds 4", "injured", 4, "exact")]),
    # hostages freed, released or rescued are hostages; so are those a group "had taken" hostage
    ("Commandos stormed the ship, freeing 11 hostages held for a week.", [("freeing 11 hostages", "hostage", 11, "exact")]),
    ("The kidnappers released 6 hostages on Friday.", [("released 6 hostages", "hostage", 6, "exact")]),
    ("Soldiers rescued 25 hostages from a camp in the hills.", [("rescued 25 hostages", "hostage", 25, "exact")]),
    ("The rebels had taken about 40 miners hostage at the pit.", [("taken about 40 miners hostage", "hostage", 40, "about")]),
    # people armed men seize or hold are their captives, though the story never says "hostage"
    ("Gunmen who seized 23 bus passengers on the highway freed 14 of them.", [("seized 23 bus passengers", "hostage", 23, "exact")]),
    ("Pirates held 19 sailors for a month off the coast.", [("held 19 sailors", "hostage", 19, "exact")]),
    ("The rebels are holding 40 villagers in the forest.", [("holding 40 villagers", "hostage", 40, "exact")]),
    # a nation's people are victims counted by their number, not one person named
    ("About 12,000 Indonesians died in the floods, she said.",
     [("About 12,000 Indonesians died", "killed", 12000, "about")]),
    ("Four Filipinos were wounded when the ferry caught fire.", [("Four Filipinos were wounded", "injured", 4, "exact")]),
    ("Militants abducted nine Ukrainians near the port.", [("abducted nine Ukrainians", "hostage", 9, "exact")]),
    ("At least nine fans were crushed to death at the gate.",
     [("At least nine fans were crushed to death", "killed", 9, "at_least")]),
    ("More than 60 people were taken to hospitals after the crush.",
     [("More than 60 people were taken to hospitals", "injured", 60, "more_than")]),
    # a plural noun the victim list lacks still counts after a verb of wounding (not of hitting)
    ("A stabbing on Friday wounded more than two jugglers.", [("wounded more than two", "injured", 2, "more_than")]),
    ("A car bomb exploded at the market, killing at least 25 people and wounding more than 80.",
     [("killing at least 25 people", "killed", 25, "at_least"), ("wounding more than 80", "injured", 80, "more_than")]),
    ("IS claimed the Nov. 13 attacks in Paris that claimed 130 lives.",
     [("claimed 130 lives", "killed", 130, "exact")]),
    ("The bomb on the plane killed all 224 people aboard.", [("killed all 224 people aboard", "killed", 224, "all")]),
    ("It crashed in the Sinai and killed all the 224 people on board.",
     [("killed all the 224 people on board", "killed", 224, "all")]),
    ("Over 20 people, including six employees of the Russian regional airline Volga-Dnepr, were killed.",
     [("Over 20 people, including six employees of the Russian regional airline Volga-Dnepr, were killed",
       "killed", 20, "more_than")]),
    ("Gunmen stormed the hotel, taking 170 guests and staff hostage.",
     [("taking 170 guests and staff hostage", "hostage", 170, "exact")]),
    ("By Sunday the death toll rose to 130.", [("death toll rose to 130", "killed", 130, "exact")]),
    # an age that does not end the clause is no obituary's
    ("A woman died at age 88 after she was struck by a car.",
     [("A woman died", "killed", 1, "exact"), ("she was struck", "injured", 1, "exact")]),
    ("The teen later died of complications from the gunshot.", [("The teen later died", "killed", 1, "exact")]),
    # a verb after "and" starts a count of its own, not a second victim noun
    ("Gunmen killed at least 12 traders and abducted more than 20 women.",
     [("killed at least 12 traders", "killed", 12, "at_least"), ("abducted more than 20 women", "hostage", 20, "more_than")]),
    # a toll that passed a number is more than it
    ("Flood toll passes 1,500 in the delta", [("toll passes 1,500", "killed", 1500, "more_than")]),
    ("The death toll topped 300 on Friday.", [("death toll topped 300", "killed", 300, "more_than")]),
    # a toll raised by a verb before it: "raising the death toll to three"
    ("The blast raised the death toll to 41, officials said.", [("death toll to 41", "killed", 41, "exact")]),
    ("Rescuers found two more bodies, bringing the number of dead to 17.",
     [("number of dead to 17", "killed", 17, "exact")]),
    ("The ministry lowered the death toll from the floods to at least 30.",
     [("death toll from the floods to at least 30", "killed", 30, "at_least")]),
    # an ordinal death opening its sentence is the toll so far; inside a sentence it counts one
    ("A third person has now died, the coroner said.", [("A third person has now died", "killed", 3, "exact")]),
    ("Fourth victim dies after apartment fire", [("Fourth victim dies", "killed", 4, "exact")]),
    ("Two guards were wounded and a third died at the gate.",
     [("Two guards were wounded", "injured", 2, "exact"), ("a third died", "killed", 1, "exact")]),
    ("One man was shot dead. A second man was wounded.",
     [("One man was shot dead", "killed", 1, "exact"), ("A second man was wounded", "injured", 1, "exact")]),
    # miners trapped below ground are unaccounted for; rescued with injuries is hurt
    ("Nine workers were trapped underground after the shaft flooded.",
     [("Nine workers were trapped underground", "missing", 9, "exact")]),
    ("Four climbers remain trapped, the park service said.", [("Four climbers remain trapped", "missing", 4, "exact")]),
    ("At least 40 people were still trapped under the rubble.",
     [("At least 40 people were still trapped under the rubble", "missing", 40, "at_least")]),
    ("Two guards were pulled out with injuries.", [("Two guards were pulled out with injuries", "injured", 2, "exact")]),
    # everyone on board: as many as the sentence says the craft carried
    ("A floatplane carrying five people crashed into a fjord, killing everyone on board.",
     [("carrying five people crashed into a fjord, killing everyone on board", "killed", 5, "all")]),
    ("The jet, with 150 passengers on board, went down in the hills, killing all aboard.",
     [("with 150 passengers on board, went down in the hills, killing all aboard", "killed", 150, "all")]),
    # a toll reported through an infinitive or a gerund after "to" is still told as done
    ("Militants are believed to have killed 40 villagers.", [("killed 40 villagers", "killed", 40, "exact")]),
    ("He pleaded guilty to killing two clerks.", [("killing two clerks", "killed", 2, "exact")]),
    ("She admitted to fatally shooting her neighbor.", [("fatally shooting her neighbor", "killed", 1, "exact")]),
    # a long relative clause, told before the victim's verb
    ("A gunman who fired at two deputies outside a gas station late on Friday night was shot and killed.",
     [("A gunman who fired at two deputies outside a gas station late on Friday night was shot and killed",
       "killed", 1, "exact")]),
    # a relative clause between the victim and the verb
    ("A man who barricaded himself inside a house for six hours was shot and killed by deputies.",
     [("A man who barricaded himself inside a house for six hours was shot and killed", "killed", 1, "exact")]),
    ("The driver, who had pulled over to help, was shot and killed.",
     [("The driver, who had pulled over to help, was shot and killed", "killed", 1, "exact")]),
    ("The gunman, who wounded three people, was killed by police.", [("wounded three people", "injured", 3, "exact")]),
    # a list of people, one victim each; "a total of 45"
    ("A mother, father and their toddler were found dead in the home.",
     [("A mother, father and their toddler were found dead", "killed", 3, "exact")]),
    ("His wife, son and daughter were killed in the crash.", [("His wife, son and daughter were killed", "killed", 3, "exact")]),
    ("A total of 45 people were wounded.", [("45 people were wounded", "injured", 45, "exact")]),
    # an adverb before "shot him" leaves it active: the subject fired
    ("The robber then shot him dead.", [("shot him dead", "killed", 1, "exact")]),
    # a "from" phrase in subject position belongs to the victims
    ("Eleven fishermen from Cape Orla were still unaccounted for.",
     [("Eleven fishermen from Cape Orla were still unaccounted for", "missing", 11, "exact")]),
    ("The sniper shot three more bystanders from the roof.", [("shot three more bystanders", "injured", 3, "exact")]),
    # the toll may name its event before the verb
    ("The death toll from the bombing at the market rose to 63.",
     [("death toll from the bombing at the market rose to 63", "killed", 63, "exact")]),
    ("Death toll in Dhaka factory fire rises to 41", [("Death toll in Dhaka factory fire rises to 41", "killed", 41, "exact")]),
    ("The toll from the earthquake has climbed to at least 2,100.",
     [("toll from the earthquake has climbed to at least 2,100", "killed", 2100, "at_least")]),
    ("The explosion left three dead and five wounded.",
     [("left three dead", "killed", 3, "exact"), ("five wounded", "injured", 5, "exact")]),
    ("One person was killed and four others injured when the bus overturned.",
     [("One person was killed", "killed", 1, "exact"), ("four others injured", "injured", 4, "exact")]),
    ("Four teens were shot outside a party.", [("Four teens were shot", "injured", 4, "exact")]),
    ("A 15-year-old and two others were shot on Friday.",
     [("A 15-year-old and two others were shot", "injured", 3, "exact")]),
    ("No one was hurt.", [("No one was hurt", "injured", 0, "exact")]),
    ("A woman was stabbed and killed on Sunday.", [("A woman was stabbed and killed", "killed", 1, "exact")]),
    ("He stabbed and killed his neighbor.", [("stabbed and killed his neighbor", "killed", 1, "exact")]),
    # "no one" with a place or a group between it and the verb
    ("No one on the ground was hurt.", [("No one on the ground was hurt", "injured", 0, "exact")]),
    ("No passengers were injured.", [("No passengers were injured", "injured", 0, "exact")]),
    ("None of the guests was harmed.", [("None of the guests was harmed", "injured", 0, "exact")]),
    ("Nobody inside the van was killed.", [("Nobody inside the van was killed", "killed", 0, "exact")]),
    ("Nobody was injured in the blast.", [("Nobody was injured", "injured", 0, "exact")]),
    ("At least 12 people were killed when a car bomb exploded.",
     [("At least 12 people were killed", "killed", 12, "at_least")]),
    ("More than 2,000 people were wounded.", [("More than 2,000 people were wounded", "injured", 2000, "more_than")]),
    ("About 1.5 million people are missing.", [("About 1.5 million people are missing", "missing", 1500000, "about")]),
    ("Dozens of people were injured in the stampede.",
     [("Dozens of people were injured", "injured", 24, "at_least")]),
    ("Twenty-four soldiers were killed in the ambush.",
     [("Twenty-four soldiers were killed", "killed", 24, "exact")]),
    ("A hundred and five passengers died.", [("A hundred and five passengers died", "killed", 105, "exact")]),
    ("A dozen villagers were abducted by gunmen.", [("A dozen villagers were abducted", "hostage", 12, "exact")]),
    ("Up to 300 people remain missing after the flood.",
     [("Up to 300 people remain missing", "missing", 300, "up_to")]),
    ("The attack killed nearly 50 civilians.", [("killed nearly 50 civilians", "killed", 50, "about")]),
    ("Between 20 and 30 people were killed.", [("Between 20 and 30 people were killed", "killed", 20, "at_least")]),
    ("2 Killed, 4 Wounded In East Ridgefield Shooting",
     [("2 Killed", "killed", 2, "exact"), ("4 Wounded", "injured", 4, "exact")]),
    ("A 41-year-old man was shot and killed Tuesday evening.",
     [("A 41-year-old man was shot and killed", "killed", 1, "exact")]),
    ("Seven people were shot, one fatally, at the block party.",
     [("Seven people were shot", "injured", 7, "exact"), ("one fatally", "killed", 1, "exact")]),
    ("He was pronounced dead shortly after midnight.", [("He was pronounced dead", "killed", 1, "exact")]),
    ("The gunman opened fire, killing Marta Quill and injuring Owen Pratt and Rhea Vance.",
     [("killing Marta Quill", "killed", 1, "exact"), ("injuring Owen Pratt and Rhea Vance", "injured", 2, "exact")]),
    ("Moments later the attacker turned the gun on himself.", [("turned the gun on himself", "killed", 1, "exact")]),
    ("Two women and a man were wounded outside the laundromat.",
     [("Two women and a man were wounded", "injured", 3, "exact")]),
    ("Three of the victims died overnight.", [("Three of the victims died", "killed", 3, "exact")]),
    ("The militants shot dead 15 policemen.", [("shot dead 15 policemen", "killed", 15, "exact")]),
    ("The gunmen held 40 people hostage for hours.", [("held 40 people hostage", "hostage", 40, "exact")]),
    ("Thousands of people were killed in the fighting.",
     [("Thousands of people were killed", "killed", 2000, "at_least")]),
    ("Nine people are recovering from burns.", [("Nine people are recovering", "injured", 9, "exact")]),
    ("Five victims were taken to the hospital by ambulance.", [("Five victims were taken to the hospital", "injured", 5, "exact")]),
    ("A third victim suffered a graze wound and was released.", [("A third victim suffered a graze wound", "injured", 1, "exact")]),
    ("Two people were killed and another critically injured in the collision.",
     [("Two people were killed", "killed", 2, "exact"), ("another critically injured", "injured", 1, "exact")]),
    ("A 9-year-old boy was accidentally shot at a hunting camp.",
     [("A 9-year-old boy was accidentally shot", "injured", 1, "exact")]),
    ("One person, later identified as Calvin Roe, 37, of Millbrook, was pronounced dead.",
     [("One person, later identified as Calvin Roe, 37, of Millbrook, was pronounced dead", "killed", 1, "exact")]),
    ("The woman who was shot was pronounced dead an hour later.",
     [("The woman who was shot was pronounced dead", "killed", 1, "exact")]),
    ("An elderly man was shot and later died Tuesday.",
     [("An elderly man was shot and later died", "killed", 1, "exact")]),
    # taken to a hospital where they died: dead, not also hurt
    ("He was taken to Larkmoor Medical Center, where he was pronounced dead.",
     [("He was taken to Larkmoor Medical Center, where he was pronounced dead", "killed", 1, "exact")]),
    ("Ann Roe was airlifted to the hospital where she died.",
     [("Ann Roe was airlifted to the hospital where she died", "killed", 1, "exact")]),
    ("Ann Roe was taken to Mercy Hospital, where she was treated and released.",
     [("Ann Roe was taken to Mercy Hospital", "injured", 1, "exact"),
      ("she was treated and released", "injured", 1, "exact")]),
    ("A 7-year-old sustained a fatal wound to the head.", [("A 7-year-old sustained a fatal wound", "killed", 1, "exact")]),
    ("The crash claimed the life of 6-year-old Nora Quill.",
     [("claimed the life of 6-year-old Nora Quill", "killed", 1, "exact")]),
    ("Troopers found two people dead inside a parked truck.", [("found two people dead", "killed", 2, "exact")]),
    ("Deputies found a man shot in the shoulder behind a barn.", [("found a man shot", "injured", 1, "exact")]),
    ("A 19-year-old woman shot and killed early Monday was identified.",
     [("A 19-year-old woman shot and killed", "killed", 1, "exact")]),
    ("Teen shot in Omaha on Tuesday", [("Teen shot", "injured", 1, "exact")]),
    ("Three more people have been fatally shot in Fresno.",
     [("Three more people have been fatally shot", "killed", 3, "exact")]),
    ("The gunman killed his mother and her neighbor.", [("killed his mother and her neighbor", "killed", 2, "exact")]),
    ("Eight other people were injured during the melee.", [("Eight other people were injured", "injured", 8, "exact")]),
    ("A masked man shot the cashier twice.", [("shot the cashier", "injured", 1, "exact")]),
    ("She shot three people to death inside a bakery.", [("shot three people to death", "killed", 3, "exact")]),
    ("The neighbor who called for help was shot in the arm.",
     [("The neighbor who called for help was shot", "injured", 1, "exact")]),
    ("The blast killed four and sent five others to hospitals.",
     [("killed four", "killed", 4, "exact"), ("sent five others to hospitals", "injured", 5, "exact")]),
    ("A 14-year old girl is recovering at a local hospital.", [("A 14-year old girl is recovering", "injured", 1, "exact")]),
    ("Both victims died within minutes.", [("Both victims died", "killed", 2, "exact")]),
    ("Rescuers found the bodies of four people in the rubble.", [("bodies of four people", "killed", 4, "exact")]),
    ("He accidentally shot his cousin while unloading a rifle.", [("shot his cousin", "injured", 1, "exact")]),
    ("A grandmother and her 6-year-old were killed in the blaze.", [("A grandmother and her 6-year-old were killed", "killed", 2, "exact")]),
    ("A neighbor and his son were shot near the barn.", [("A neighbor and his son were shot", "injured", 2, "exact")]),
    ("Investigators said the driver and their passenger were killed.",
     [("the driver and their passenger were killed", "killed", 2, "exact")]),
    ("The victim, a 34-year-old man, died at the hospital.", [("The victim, a 34-year-old man, died", "killed", 1, "exact")]),
    ("A passenger, a 52-year-old woman, was wounded.", [("A passenger, a 52-year-old woman, was wounded", "injured", 1, "exact")]),
    ("The 19-year-old succumbed to his injuries.", [("The 19-year-old succumbed to his injuries", "killed", 1, "exact")]),
    ("A sophomore was wounded in the hallway.", [("A sophomore was wounded", "injured", 1, "exact")]),
    ("A deputy shot the intruder, who later died at a hospital.", [("shot the intruder, who later died", "killed", 1, "exact")]),
    ("He shot a deputy, who was treated and released.", [("shot a deputy", "injured", 1, "exact")]),
    ("Marta Quill and Owen Pratt were killed Saturday.", [("Marta Quill and Owen Pratt were killed", "killed", 2, "exact")]),
    ("Deputies said Rhea Vance and Calvin Roe, 19, died at the scene.",
     [("Rhea Vance and Calvin Roe, 19, died", "killed", 2, "exact")]),
    # "more" before people, or with no noun, is still a count of people
    ("The sniper shot three more bystanders from the roof.", [("shot three more bystanders", "injured", 3, "exact")]),
    ("Witnesses said he killed two more before troopers arrived.", [("killed two more", "killed", 2, "exact")]),
    # one who shot himself in a story of a suicide died; not after an attempt, nor beside a prevention line
    ("Deputies said the cadet shot himself. His death was ruled a suicide by the coroner.",
     [("shot himself", "killed", 1, "exact")]),
    ("A farmer shot his neighbor and then himself in a murder-suicide, troopers said.",
     [("shot his neighbor", "injured", 1, "exact"), ("and then himself", "killed", 1, "exact")]),
    ("The cadet shot himself during what police called a suicide attempt and survived.",
     [("shot himself", "injured", 1, "exact")]),
    ("The hunter shot himself in the foot; the county also runs a suicide prevention line.",
     [("The hunter shot himself", "injured", 1, "exact")]),
    ("He shot his brother and then himself in an attempted murder-suicide.",
     [("shot his brother", "injured", 1, "exact"), ("and then himself", "injured", 1, "exact")]),
    # a headline in capitals keeps its object; see NEGATIVE for one that ends before the next begins
    ("RAIDERS KILLED TWO VILLAGERS NEAR THE BORDER", [("KILLED TWO VILLAGERS", "killed", 2, "exact")]),
    # a death of wounds is a casualty, one of illness is not (see NEGATIVE)
    ("The clerk died from his wounds two days later.", [("The clerk died", "killed", 1, "exact")]),
    ("The trooper succumbed to her injuries on Friday.",
     [("The trooper succumbed to her injuries", "killed", 1, "exact")]),
]  # fmt: skip

NEGATIVE = [
    "The navy said it had struck more than 40 targets overnight.",  # things, not people
    "Drones hit at least 12 depots along the coast.",
    "The mayor, the sheriff and a pastor were at the vigil.",
    "Troopers later shot at the car as it sped off.",  # they fired; no one is said to be hit
    "The Philippines is hit by about 20 typhoons a year.",  # a country, no person
    "Crews from Cape Orla were hit hard by the layoffs.",
    "The toll of the strike on the economy reached 12 percent of output.",
    "The number of members in the union rose to 4,000.",
    "Officials expect the death toll to rise to 40.",  # a forecast: no toll stands at 40
    "Police said a third suspect was arrested on Monday.",
    "Residents were trapped in their homes by the floodwaters.",  # stranded, not missing
    "Rescuers freed a woman who had been trapped under the rubble for two days.",  # found alive
    "Searchers found two climbers who had been missing since Friday.",
    "Officials said the crash killed everyone on board.",  # no number of people carried
    "The storm passed 20 miles offshore.",
    # an obituary's age and an outbreak's patients are no casualties
    "Renowned violinist Ada Brandt dies at 93",
    "Brandt died Sunday at 93, her family said.",
    "She died on Tuesday of a heart condition.",
    "A child died of the disease last week.",
    "The measles outbreak has grown to 40 cases, and 11 people have been hospitalized.",
    # what would, could or is going to happen is no casualty
    "A shutdown would hurt millions of families.",
    "The plot, which could have killed hundreds of people, was foiled.",
    "The cuts are going to hurt 200 workers.",
    "A truck carrying 40 tons of gravel overturned, killing all aboard.",  # tons are no people
    "The US-led coalition is currently comprised of more than 60 countries.",
    "Russia wants to prevent the return of more than 2,000 Russian nationals who have joined the ranks of Daesh.",
    "This money comes from 40 countries, Putin said.",
    "The 8-year-old girl was not injured.",
    "The alliance has 28 members.",
    "No shots were fired, and no windows were hit.",
    "The storm, named Remal, also hit parts of India on Tuesday.",
    "Officer Lee also shot his weapon, the report said.",
    "Curry shot 5 of 12 from three-point range as the Warriors won.",
    "Customs officers seized 3 trucks at the border.",
    "The guard shot 7-for-9 from the field.",
    "The ransom was $5 million, paid over 10 days.",
    "The siege lasted nine hours and ended at 10:30 p.m. on October 31.",
    "Call the tip line at (555) 014-2236 or 800-555-0199.",
    "The 52-year-old was charged with three counts of attempted murder.",
    "He fired 10 shots in 2014.",
    "ISIS has been joined by thousands of Russian citizens.",
    "Detectives collected 14 spent casings and two rifles.",
    "The group claimed responsibility for the attack.",
    "Flight 9268 took off at 5:50 a.m.",
    "About 40 percent of the 300 employees were laid off.",
    "The Raiders killed it, winning 35 to 10.",
    "Two men shot at the officers and fled.",
    "Someone fired shots at the garage; the bullets struck a van.",
    "The number of countries rose to 40.",
    "The 2014 killed list was released.",
    "Flight 9268 crashed in the Sinai.",
    "The teen who stabbed him was arrested.",
    "Both sides agreed to a ceasefire.",
    "She told a friend she was going to kill her landlord and his sons.",
    "The lake is the largest body of water in the county.",
    "The driver who called 911 was not hurt.",
    "Quill and Deputy Chief Ray Tate were not hurt.",
    # "more times", "other rounds": not people
    "The trooper then shot three more times at the fleeing van.",
    "She shot two more rounds into the tire.",
    # freed or rescued people who were never hostages
    "Police seized 12 suspects in a dawn raid.",
    "Officers held 3 men for questioning overnight.",
    "Troops seized 40 militants near the border.",
    "Firefighters rescued 12 people from the flooded mall.",
    "Police released 3 suspects on bail after questioning.",
    "The army freed 40 captives from a rebel camp, a spokesman said.",
    # a base form negated or after do-support, "wound" as a noun, a bare noun in running text or before a noun
    "Officers did not kill 2 suspects, the report found.",
    "They didn't kill 3 men, the lawyer argued.",
    "The wound 5 inches long was stitched at the clinic.",
    "The flu kills man and beast alike in the old tale.",
    "Council kills pilot program for downtown parking\n\nThe vote was 5-2.",
    "Drought hurts farmer income in the valley\n\nPrices rose.",
    # deaths of illness
    "His uncle died of a sudden heart attack, the family said.",
    "The coach died peacefully at home after a long battle with cancer.",
    "Her grandmother succumbed to pneumonia last winter.",
    "The senator died in 2009 of a brain tumor.",
]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_forms(sentence: str, expected: list[tuple[str, str, int, str]]) -> None:
    got = [(sentence[f.start : f.end], f.category, f.count, f.qualifier) for f in find_casualties(sentence)]
    assert got == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_not_casualties(sentence: str) -> None:
    assert [sentence[f.start : f.end] for f in find_casualties(sentence)] == []


def test_subcount_and_victims() -> None:
    text = "Over 20 people, including six employees of the Russian regional airline Volga-Dnepr, were killed."
    (fact,) = list(CasualtyExtractor().extract(make_article(text), ()))
    assert isinstance(fact, CasualtyCount)
    assert (fact.count, fact.qualifier, fact.category, fact.victims) == (20, "more_than", "killed", "people")
    (sub,) = fact.subcounts
    assert (sub.count, sub.victims) == (6, "employees of the Russian regional airline Volga-Dnepr")
    assert text[fact.span.start : fact.span.end] == fact.text


def test_shot_flag() -> None:
    (fact,) = find_casualties("Four teens were shot.")
    assert fact.shot
    (fact,) = find_casualties("Four teens were shot and killed.")
    assert (fact.shot, fact.category) == (False, "killed")


# (sentence, [(span text, category, count, shot)]): forms of victims who survived or died later
FOLLOW_UP: list[tuple[str, list[tuple[str, str, int, bool]]]] = [
    # a victim "in critical condition" is alive: hurt, not maybe among the dead like one "shot"
    ("A 31-year-old jogger was in critical condition at Mercy on Tuesday.",
     [("A 31-year-old jogger was in critical condition", "injured", 1, False)]),
    ("Two clerks were listed in stable condition late Tuesday.",
     [("Two clerks were listed in stable condition", "injured", 2, False)]),
    ("The clerk is recovering at home, police said.", [("The clerk is recovering", "injured", 1, False)]),
    ("Three patrons were treated and released by medics.",
     [("Three patrons were treated and released", "injured", 3, False)]),
    ("A woman remains in serious but stable condition after the attack.",
     [("A woman remains in serious but stable condition", "injured", 1, False)]),
    ("The driver was listed in guarded condition late Friday.",
     [("The driver was listed in guarded condition", "injured", 1, False)]),
    ("The toddler remained in stable but serious condition, an aunt said.",
     [("The toddler remained in stable but serious condition", "injured", 1, False)]),
    # ages written without hyphens, and more people nouns
    ("A 13 year old cyclist died and a 19 year old was wounded.",
     [("A 13 year old cyclist died", "killed", 1, False), ("a 19 year old was wounded", "injured", 1, False)]),
    ("The 41 year old was rushed to a hospital.", [("The 41 year old was rushed to a hospital", "injured", 1, True)]),
    ("The suspect shot a detective responding to the call.", [("shot a detective", "injured", 1, True)]),
    ("Two bartenders were wounded when the man opened fire.",
     [("Two bartenders were wounded", "injured", 2, False)]),
    # taken to a named hospital
    ("Their 52-year-old landlord was rushed to Quill Valley Regional Hospital.",
     [("Their 52-year-old landlord was rushed to Quill Valley Regional Hospital", "injured", 1, True)]),
    ("A man was rushed by ambulance to St. Ann's Medical Center.",
     [("A man was rushed by ambulance to St. Ann's Medical Center", "injured", 1, True)]),
    # "... and then himself": the shooter too
    ("He killed his wife and two children and then himself.",
     [("killed his wife and two children", "killed", 3, False), ("and then himself", "killed", 1, False)]),
    ("Deputies say she shot her nephew and then herself in the barn.",
     [("shot her nephew", "injured", 1, True), ("and then herself", "injured", 1, True)]),
    # appositives: a possessive after a name, an age in words of years
    ("Mia Roe, Abe Tate's cousin, was also grazed and lived.",
     [("Mia Roe, Abe Tate's cousin, was also grazed", "injured", 1, False)]),
    ("Tate, his brother, was wounded in the leg.", [("Tate, his brother, was wounded", "injured", 1, False)]),
    ("A cousin, also 12 years old, was grazed on the wrist.",
     [("A cousin, also 12 years old, was grazed", "injured", 1, False)]),
    # taken somewhere "and then" elsewhere, "where they died"
    ("A nurse and her nephew were rushed to a clinic in Ames and then flown to Quill City where they died early Monday.",
     [("A nurse and her nephew were rushed to a clinic in Ames and then flown to Quill City where they died", "killed", 2, False)]),
    # a list of victims before a coordinated count
    ("A jogger, two nurses and a toddler died in the blaze, deputies said.",
     [("A jogger, two nurses and a toddler died", "killed", 4, False)]),
    ("Police said a man, a woman and two teens were wounded.",
     [("a man, a woman and two teens were wounded", "injured", 4, False)]),
    ("On Tuesday, two nurses and a toddler died.", [("two nurses and a toddler died", "killed", 3, False)]),
    ("In the town of Ames, a boy and his father were hurt.", [("a boy and his father were hurt", "injured", 2, False)]),
    # one who shot himself is hurt, unless he died
    ("Police believe he shot himself in the leg while holstering the pistol.",
     [("shot himself", "injured", 1, True)]),
    ("The girl found a pistol in a drawer and by mistake shot herself through a finger.",
     [("shot herself", "injured", 1, True)]),
    ("Investigators said the hunter shot himself while climbing into a tree stand and later died.",
     [("shot himself while climbing into a tree stand and later died", "killed", 1, False)]),
    ("Deputies said the man shot himself to death after the standoff.", [("shot himself to death", "killed", 1, False)]),
    ("Officers said the suspect fatally shot himself.", [("the suspect fatally shot", "killed", 1, False)]),
    # a pronoun object: one victim, told of before
    ("A bullet struck the clerk in the face, killing him.",
     [("struck the clerk", "injured", 1, True), ("killing him", "killed", 1, False)]),
    ("He shot her in the back as she ran.", [("shot her", "injured", 1, True)]),
    ("Police said the neighbor shot him to death.", [("shot him to death", "killed", 1, False)]),
    ("The gunman fatally shot her inside the store.", [("fatally shot her", "killed", 1, False)]),
    ("She told detectives she shot him.", [("shot him", "injured", 1, True)]),
    # a named victim with an appositive, one who "succumbed", one "dead on arrival"
    ("Roe, a high school junior, was killed on June 5 while riding his bike.",
     [("Roe, a high school junior, was killed", "killed", 1, False)]),
    ("Lee, the store owner, succumbed to his wounds on Friday.",
     [("Lee, the store owner, succumbed", "killed", 1, False)]),
    ("He succumbed early Thursday, his sister said.", [("He succumbed", "killed", 1, False)]),
    ("Their neighbor was pronounced dead-on-arrival, the coroner said.",
     [("Their neighbor was pronounced dead-on-arrival", "killed", 1, False)]),
    ("A teenager was dead on arrival at the trauma center.",
     [("A teenager was dead on arrival", "killed", 1, False)]),
    ("Deputies say he shot his wife, then was turning the rifle on himself.",
     [("shot his wife", "injured", 1, True), ("turning the rifle on himself", "killed", 1, False)]),
    ("Deputies said he turned the shotgun on himself in the barn.",
     [("turned the shotgun on himself", "killed", 1, False)]),
    # ... while one taken to a hospital may yet be among the dead
    ("One jogger was taken to a hospital on Tuesday.", [("One jogger was taken to a hospital", "injured", 1, True)]),
    ("Two people were hospitalized after the gunfire.", [("Two people were hospitalized", "injured", 2, True)]),
]  # fmt: skip

FOLLOW_UP_NEGATIVE = [
    "The road was in poor condition after the storm.",
    "The old bridge remains in critical condition, engineers said.",
    "The economy is recovering from the slump.",
    "She shot herself a look in the mirror before the interview.",
    "The scandal killed her career in politics.",
    "The coach shot him a look from the bench.",
    "The decision nearly killed her chances of a pardon.",
    "Smith, a spokesman for the police, was not hurt.",
    "Tate, the county's lawyer, was at the hearing on Friday.",
    "The bill was dead on arrival in the Senate.",
    "The 40 year old building was condemned in 2019.",
    "The coach was fired after a 3-12 season.",
    "All had suffered gunshot wounds, the report said.",
    "Some got bandages from medics for smoke in their eyes.",
    "He said he would never take his own life, his lawyer said.",
    "She shot the video and then herself appeared in it.",
    "Smith, the county's lawyer, said the case was closed.",
    "Two men were taken to the county jail after the fight.",
    "The governor was flown to Denver for the summit.",
    "The photographer shot himselfie-style portraits for the campaign.",
]


@pytest.mark.parametrize(("sentence", "expected"), FOLLOW_UP)
def test_follow_up_forms(sentence: str, expected: list[tuple[str, str, int, bool]]) -> None:
    got = [(sentence[f.start : f.end], f.category, f.count, f.shot) for f in find_casualties(sentence)]
    assert got == expected


@pytest.mark.parametrize("sentence", FOLLOW_UP_NEGATIVE)
def test_follow_up_negative(sentence: str) -> None:
    assert [sentence[f.start : f.end] for f in find_casualties(sentence)] == []


def test_vague_and_range_fields() -> None:
    (f,) = find_casualties("Dozens of people were killed.")
    assert (f.vague, f.count, f.qualifier) == (True, 24, "at_least")
    (f,) = find_casualties("Between 20 and 30 people were killed.")
    assert (f.low, f.high, f.count) == (20, 30, 20)


def test_boilerplate_is_skipped() -> None:
    text = "Story Code : 499453\nThree people were killed."
    facts = list(CasualtyExtractor().extract(make_article(text), ()))
    assert [f.count for f in facts] == [3]


def test_conformance() -> None:
    check_extractor(
        CasualtyExtractor(),
        texts=[r[0] for r in POSITIVE[:8]] + NEGATIVE[:4] + ["No one was hurt. " * 50],
        max_examples=40,
    )


def test_an_age_in_apposition_is_no_count() -> None:
    found = find_casualties("Ann Roe, 46, who was sitting in the car, was shot.")
    assert [c.count for c in found if c.count != 1] == []


@pytest.mark.parametrize(
    "text",
    [
        "TROOPER WOUNDED, SUSPECT KILLED Hundreds gather for a vigil at the courthouse",
        "MILITIA SHOT Dozens of protesters marched on the capital on Sunday",
    ],
)
def test_headline_in_capitals_ends_before_the_next(text: str) -> None:
    """ "... SUSPECT KILLED Hundreds gather": the verb in capitals ends a headline, "Hundreds" begins the next."""
    assert all(f.count < 12 for f in find_casualties(text))


def test_a_count_with_no_victim_noun_has_no_victims() -> None:
    text = "The blast hit the depot. Two people died and a third was injured early Saturday."
    facts = [f for f in CasualtyExtractor().extract(make_article(text), ()) if isinstance(f, CasualtyCount)]
    third = next(f for f in facts if f.text.startswith("a third"))
    assert third.victims is None
