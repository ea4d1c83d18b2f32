"""rules-1.12 (lead): misses the en-si helper reported and left, at the pattern layer.

- dead or gone "soon", told as relief for the others ("i'll be dead soon, don't worry"):
  active ideation, high (en.lead.gone_soon);
- a rehearsal ("i did a practice run last night", "did a dry run"): preparatory behaviour,
  as C-SSRS counts it, high (en.lead.practice_run);
- standing or sitting at an edge or on a ledge, as the whole message: imminent
  (en.lead.edge_now);
- "have a good life everyone" as the whole message: a goodbye, imminent (en.lead.good_life).

Every positive screened below its level through `screen()` on main before this change. The
twins share the words: a speech, a route, a marathon, a coffee machine or a migration tried
out; a friend moving abroad; a pool, a bed or a sofa edge; trips, uni, a grandmother of 94.
The venting idiom "my mum will kill me if ..." also silenced a threat the writer says is meant
("... and they mean it", "i'm not joking", honour): it now stands aside for those (HONOUR).
Left out as twins because the classifier already rates them moderate or high on main, with no
rule behind it: "i'll be gone soon for the festival", "my battery will be dead soon", "i'm
sitting on the edge of my bed".
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

HIGH = [
    "i'll be dead soon, don't worry",
    "soon i'll be gone and you can all be happy",
    "dont worry about me, ill be gone soon anyway",
    "i will be dead soon and nobody will even notice",
    "i did a practice run last night",
    "did a dry run last night. it's doable",
    "made a practice run tonight, i know how now",
    "i did another practice run, nobody noticed",
    "tried a dry run earlier, got scared and stopped",
]

IMMINENT = [
    "standing at the edge of the platform right now",
    "standing on the edge of the bridge",
    "stood at the edge of the car park again",
    "sat on the ledge of the building right now",
    "have a good life everyone",
    "have a nice life guys. bye",
    "well have a good life all of you. sorry",
    "live a happy life. goodbye",
    "have a great life everyone, love you all",
]

HONOUR = [
    "my family will kill me if they find out i have a boyfriend and they mean it",
    "my dad will kill me if he finds out im gay, im not joking",
    "my brothers will kill me if they find out about my girlfriend, its about honour",
    "my uncles will kill me if they find out i ran away from the marriage, they mean it",
]

HONOUR_TWINS = [
    "my mum will kill me if she finds out i have a boyfriend lol",
    "my dad will kill me if he finds out i crashed the car",
    "my family will kill me if they find out i failed maths",
]

TWINS = [
    "i did a practice run of my speech",
    "i did a practice run of the route to the new office",
    "i did a practice run for the marathon",
    "i did a trial run with the new coffee machine",
    "did a dry run of the migration last night, all good",
    "we did a test run of the fire drill at school",
    "i did a practice run for the driving test, nailed the parking",
    "made a practice run of the cake before the party",
    "have a good life in canada!",
    "have a good life mate, good luck in the new job",
    "have a nice life with your new family, congrats",
    "standing at the edge of the pool, too cold to jump in lol",
    "soon i'll be gone to spain",
    "i'll be gone soon, off to uni on monday",
    "my nan said she'll be gone soon, she's 94",
    "soon i'll be gone from this job",
    "the plant will be dead soon if you don't water it",
    "sat on the edge of the sofa waiting for the results",
]


@pytest.mark.parametrize("text", HIGH)
def test_reaches_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", IMMINENT)
def test_reaches_imminent(text: str) -> None:
    assert screen(text).level is RiskLevel.IMMINENT


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", HONOUR)
def test_a_meant_threat_is_not_venting(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", HONOUR_TWINS)
def test_venting_about_parents_stays_quiet(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
