"""rules-1.12 (en-fa2): everyday English that main rated high or imminent.

Each false alarm reviewers found was traced to its rule or mechanism and fixed where it
arises (patterns.yaml between the rules-1.11 en-fa idiom markers, three small in-place edits
to en rules and the `means` upgrade, and screen.py):

- en.attempt.quantity / en.attempt.took: a count of tablets spread over days or weeks for
  a pain ("took 10 paracetamol over a week for my back") is an idiom; at once, an hour ago,
  or beside sorry or death words it stays an attempt;
- en.abuse.current: "locked me out" counts only with a danger cue (all night, in the cold,
  as punishment); an account or a device lock-out and a lock-in "by accident lol" are idioms;
- en.hto.intent: craving food or rest ("could kill someone for a pizza"), hurt feelings and
  the writer hurting someone by telling them news are idioms;
- en.method.lethal: "most reliable way to" / "best way to go" followed by an everyday
  errand (back up photos, tell my boss, go to the station) is no method question;
- en.sh.thoughts / en.sh.recent: a wrist or an arm hurt climbing, playing or falling off a
  bike is an idiom; beside the distress hit that stays ("i'm scared"), the classifiers may
  then say at most low (screen._cap_beside_hits);
- the `means` upgrade: pills or meds named as treatment tried ("tried therapy and meds",
  "tried different meds") are not means at hand -- the hopelessness keeps its own level;
- classifier-only highs: keeping basil alive, hungry for hours, a haircut gone wrong,
  giving up on everything to do with an app, an overdraft (idioms); "every morning" is
  not "every pill" (screen._DOSE_RISK); and a few ordinary words alone -- where one is,
  "it's not your fault", "i just wanted to say thank you" -- with no risk, final or
  distress word and nothing risky before them (screen._short_ordinary).

TWINS were rated moderate or higher on main (most high or imminent) and stay below moderate.
GUARDS share their words with the risky side and keep the level they had on main; the
CONTEXT guards keep short messages risky after talk of risk. No row of the data files or
of the held-out sets is copied.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank

TWINS = [
    # doses spread over days or weeks for a pain
    "took 10 paracetamol over a week for my back",
    "i've taken about 12 ibuprofen over the last week for my knee",
    "took 14 painkillers over the past fortnight for my toothache",
    "i took 20 paracetamol this week for my period pain",
    "swallowed 12 tablets since monday for my sciatica",
    # locked out of an account, locked in or out by accident
    "they locked me out of my account again",
    "my brother locked me out again",
    "she locked me in the garden by accident lol",
    "he locked me in the shed as a joke lol",
    "my mum locked me out of the netflix account again",
    "they locked me out of my work laptop after the update",
    # cravings, hurt feelings
    "i could kill someone for a pizza rn",
    "i could murder someone for a coffee right now",
    "i could kill somebody for a bacon sandwich",
    "honestly would kill for a cold pint",
    "scared i will hurt my girlfriend if i tell her im moving",
    "i'm worried i'll hurt my mum by telling her i'm dropping out",
    "i think i will hurt him if i cancel again",
    "i will hurt her feelings",
    # a method-shaped question about an errand
    "whats the most painless way to tell my boss im leaving",
    "most reliable way to back up my photos",
    "what's the most effective way to get rid of mould",
    "the most reliable method for tracking my sleep",
    "whats the quickest way to go to the station",
    "best way to go to london from here",
    # a sports or fall injury
    "im scared ill hurt my wrist again at climbing",
    "i hurt my wrist again at climbing",
    "i scraped my arm again falling off my bike",
    # classifier-only: everyday shapes
    "whats the surest way to keep basil alive",
    "what's the best way to keep my sourdough starter alive",
    "how do i keep my orchid alive",
    "any tips to keep a snapstreak alive",
    "havent eaten in 8 hours and im hangry",
    "i havent eaten all day and im hangry",
    "i get so hangry when i skip lunch",
    "just cut again and its bad, the barber ruined my hair",
    "cut it way too short again, my barber messed up",
    "i've given up on everything to do with that app",
    "i take my prescribed dose every morning with breakfast",
    "my bank won't let me have my own overdraft yet",
    # classifier-only: a few ordinary words alone
    "i'm in the garage",
    "i'm in the car",
    "i'm in the bath",
    "i'm at the shops",
    "i'm in the kitchen",
    "it's not your fault",
    "it wasn't your fault",
    "i just wanted to say thank you",
    "i just wanted to say thanks",
    "i wanted to say thank you for today",
]

# Hopelessness beside treatment tried: the hit's own level (moderate), not "+ means" (high).
TREATMENT_TRIED = [
    "nothing's going to fix this, i've tried therapy and meds",
    "it's never going to get better, i've tried different meds",
    "i can't see things ever getting better, tried therapy, meds, everything",
]

GUARDS = [
    ("took 10 paracetamol at once", RiskLevel.IMMINENT),
    ("took 10 paracetamol an hour ago", RiskLevel.IMMINENT),
    ("i took 30 paracetamol over 2 days for my back, sorry", RiskLevel.IMMINENT),
    ("i took 20 paracetamol over a week for my back and now i want to die", RiskLevel.IMMINENT),
    ("he locked me in my room and took my phone", RiskLevel.HIGH),
    ("my husband locked me out of the house all night in the cold", RiskLevel.HIGH),
    ("my stepdad locks me in my room when he drinks", RiskLevel.HIGH),
    ("she locked me in the cupboard lol i'm scared", RiskLevel.HIGH),
    ("i could kill someone right now", RiskLevel.HIGH),
    ("i will hurt my girlfriend if she leaves me", RiskLevel.HIGH),
    ("my dad says he'll hurt my mum if i tell anyone", RiskLevel.HIGH),
    ("i keep thinking about stabbing my boss", RiskLevel.HIGH),
    ("whats the most painless way to die", RiskLevel.HIGH),
    ("most reliable way to do it", RiskLevel.HIGH),
    ("what's the most effective way to kill myself", RiskLevel.HIGH),
    ("most painless way to go", RiskLevel.HIGH),
    ("i want to hurt my wrists again", RiskLevel.HIGH),
    ("thinking about hurting my arms again", RiskLevel.HIGH),
    ("i hurt myself again tonight", RiskLevel.IMMINENT),
    ("nothing's going to fix this, i have pills", RiskLevel.HIGH),
    ("i don't want to be alive anymore, i have a drawer full of pills", RiskLevel.HIGH),
    ("i want to die and i have my meds right here", RiskLevel.IMMINENT),
    ("i've given up on everything", RiskLevel.HIGH),
    ("i'm at the bridge", RiskLevel.IMMINENT),
    ("i'm on the roof", RiskLevel.IMMINENT),
    ("i have the pills", RiskLevel.IMMINENT),
]

# The same few words after talk of risk keep the level they had on main.
RISK_BEFORE = ["i cant do this anymore, i want to die tonight", "where are you right now?"]
CONTEXT_GUARDS = [
    (RISK_BEFORE, "i'm in the garage", RiskLevel.IMMINENT),
    (RISK_BEFORE, "it's not your fault", RiskLevel.IMMINENT),
    (RISK_BEFORE, "i just wanted to say thank you", RiskLevel.IMMINENT),
    (["i want to kill myself"], "i'm in the garage", RiskLevel.HIGH),
    (["i want to kill myself"], "i'm in the bath", RiskLevel.HIGH),
    (["i want to kill myself"], "it's not your fault", RiskLevel.IMMINENT),
]


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays_below_moderate(text: str) -> None:
    assert screen(text, "en").level.rank < MODERATE


@pytest.mark.parametrize("text", TREATMENT_TRIED)
def test_treatment_tried_is_not_means(text: str) -> None:
    result = screen(text, "en")
    assert result.level is RiskLevel.MODERATE, result
    assert not any("means" in e.reason for e in result.evidence)


@pytest.mark.parametrize(("text", "level"), GUARDS)
def test_guard_keeps_its_level(text: str, level: RiskLevel) -> None:
    result = screen(text, "en")
    assert result.level.rank >= level.rank, result
    assert result.categories


@pytest.mark.parametrize(("context", "text", "level"), CONTEXT_GUARDS)
def test_short_message_after_risk_keeps_its_level(
    context: list[str], text: str, level: RiskLevel
) -> None:
    assert screen(text, "en", context=context).level.rank >= level.rank
