"""rules-1.15 (who): who is at risk -- the writer, someone else, or both.

The writer's level comes from the writer's own words; someone else's act gives the writer
at most `low` plus the `third_party` flag (src/mindline/risk/data/README.md), unless the
writer joins in. A probe of 169 messages in chat words on main (fb5c07a): 19 of 47 OTHER
messages lacked the flag or screened above low ("i found my mum after she took the pills":
high, no flag; "my gf says shes going to jump off the bridge": imminent, read as the
writer's), 7 of 37 SELF messages were not the writer's own ("my son would be better off
without me" and "my mum cried when i told her i want to die" flagged third_party at low),
21 of 30 BOTH messages had one reading only ("my brother overdosed and i wish i was dead
too": moderate, no flag; "my mum took all her pills and i want to die": imminent, her pills
read as the writer's means), and 10 of 51 TWINS were at moderate or above. Every POSITIVE
below (19 OTHER, 7 SELF, 20 BOTH) failed on main.
TWINS: the same words in ordinary life, below moderate and without the flag.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

# Someone else's danger only: low, with the flag.
OTHER = [
    "i found my mum after she took the pills",
    "im so worried, my gf says shes going to jump off the bridge",
    "my dad keeps talking about ending his life and im scared",
    "i caught my daughter cutting her arms last night",
    "i found a rope in my sons room and hes been saying goodbye to people",
    "after my mum took the pills i stayed with her all night",
    "when i got to his flat he had already taken the tablets",
    "i think my nan took too many of her pills on purpose",
    "i found my mums suicide note",
    "im scared my friend will overdose again",
    "my bro had already swallowed the tablets when i found him",
    "i caught my brother burning his arms with a lighter",
    "shes been saying goodbye to people all day and wont tell me why",
    "my roommate keeps saying she wants to jump and i dont know who to call",
    "i found my sons goodbye letter under his pillow",
    "my brother has been giving away all his stuff",
    "she put her affairs in order and said her goodbyes",
    "my mum said she has everything ready and its all over tonight",
    "my gf wrote letters to everyone and rehomed her cat",
]

# The writer's own act or wish, with someone else named: the writer's level, no flag.
SELF = [
    ("she saw the cuts on my arms and cried", "moderate"),
    ("my mum cried when i told her i want to die", "high"),
    ("my sister found my note and i still want to die", "high"),
    ("my mum asked about the scars on my wrists", "moderate"),
    ("my son would be better off without me", "moderate"),
    ("my husband would be better off without me", "moderate"),
    ("my mum would be better off without me tbh", "moderate"),
]

# Someone else's danger and the writer's own risk: exactly the writer's level (another
# person's pills, roof or ledge do not raise it), and the flag where the writer is below
# high (at high or above the writer's crisis comes first: rules-1.14 drops the flag).
BOTH = [
    ("my brother overdosed and i wish i was dead too", "moderate"),
    ("my mum tried to kill herself last week and now i keep wishing i was dead", "moderate"),
    ("my dad took all his pills and i just want to go to sleep and never wake up", "moderate"),
    ("my gf said goodbye to everyone and honestly i wish i wasnt alive either", "moderate"),
    ("my boyfriend keeps saying he wants to jump and i used to self harm", "moderate"),
    ("she took all her pills and tbh i wish i didnt exist", "moderate"),
    ("my flatmate overdosed last night and sometimes i wish i would die too", "moderate"),
    ("my son tried to hang himself and i wish i was dead instead", "moderate"),
    ("my mum took an overdose and i hope i dont wake up tomorrow", "moderate"),
    ("my wife says she wants to die and i wish id never been born", "moderate"),
    ("my best friend wants to kill herself and i wish i was dead too", "moderate"),
    ("my sister overdosed. i wish i was dead", "moderate"),
    ("my dad has a rope in the shed and says sorry, i wish i was dead", "moderate"),
    ("my mum took all her pills and i want to die", "high"),
    ("she took all the pills and i want to die", "high"),
    ("my friend is on the roof and i feel like i want to die too", "high"),
    ("my dad is on the ledge and i want to kill myself", "high"),
    ("my brothers overdose last week scared me, and i keep wishing i was dead", "moderate"),
    ("shes been saying goodbye to people and honestly i wish i was dead too", "moderate"),
    ("my mum took all her tablets and i want to take mine too", "high"),
]

TWINS = [
    "my brother overdid it at the gym and i wish i was dead tired lol",
    "my mum found me after i took the wrong bus lol",
    "my sister is cutting her fringe and i wish i was brave enough to do mine",
    "my dad is on the roof fixing tiles and im dying of boredom",
    "my brother overdosed on sugar at the party lol he was bouncing off the walls",
    "my friend took all her exams and im dead jealous",
    "i walked in on my sister and she was cutting onions, i cried too lol",
    "my flatmate is on the roof terrace having a bbq",
    "my cousin overdid the spice in the curry, i nearly died",
    "my gf says shes going to jump off the diving board tomorrow",
    "my son said he wants to kill the final boss tonight",
    "my dad is cutting the hedge and i wish i could help",
    "my friend is dying to see the new film and so am i",
    "my housemate is hoarding snacks, i found them under her bed",
    "my dad has a rope in the shed for the swing",
    "my brother bought a rope for climbing and i want one too",
    "my sister is cutting out coupons and i wish i was that organised",
    "my twin said goodbye to her old flat and i cried",
    "my mate is on the tracks of the new ride, im too scared to go on it",
    "my brother said hes going to kill me if i eat his chips",
    "my mum said she would kill me if i was late again lol",
    "my dad took all his pills as prescribed and i checked them off",
    "my friend overslept and i wish i could too",
    "my sister took way too many photos at the wedding and i wish i had too",
    "my mum keeps saying she wants to jump in the pool with us",
    "i caught my brother cutting his nails in the kitchen, gross",
    "my gf said shes going to jump off the high board at the pool lol",
    "my son would be better off without me hovering over his homework lol",
    "my mum would be better off without me nagging her about the diet",
    "my brother has been giving away all his stuff before he moves to canada",
    "my nan put her affairs in order with the solicitor, shes very organised",
    "my gf wrote thank you letters to everyone after the wedding",
    "she said her goodbyes and left the party early",
]


@pytest.mark.parametrize("text", OTHER)
def test_someone_elses_danger_is_flagged_and_low(text: str) -> None:
    a = screen(text)
    assert "third_party" in a.flags, (text, a.level, a.flags)
    assert a.level.rank == RiskLevel.LOW.rank, (text, a.level)


@pytest.mark.parametrize(("text", "level"), SELF)
def test_the_writers_own_act_stays_theirs(text: str, level: str) -> None:
    a = screen(text)
    assert a.level.rank >= RiskLevel(level).rank, (text, a.level)
    assert "third_party" not in a.flags, (text, a.flags)


@pytest.mark.parametrize(("text", "level"), BOTH)
def test_both_readings_are_kept(text: str, level: str) -> None:
    a = screen(text)
    assert a.level.rank == RiskLevel(level).rank, (text, a.level)
    if RiskLevel(level).rank < RiskLevel.HIGH.rank:
        assert "third_party" in a.flags, (text, a.flags)


@pytest.mark.parametrize("text", TWINS)
def test_ordinary_twins_stay_below_moderate_without_the_flag(text: str) -> None:
    a = screen(text)
    assert a.level.rank < RiskLevel.MODERATE.rank, (text, a.level)
    assert "third_party" not in a.flags, (text, a.flags)
