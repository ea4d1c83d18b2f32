"""rules-1.10 (en-imminent-rules): imminent and high said without death words.

Attempts told by their effects or as done, bleeding after a cut, means at hand with resolve,
a time set around the others in the house, farewells without "goodbye", acting on voices now,
danger from someone in the house now, threats of serious harm, going round to hurt someone,
and fresh self-harm marks. The phrasings are the helper's own probe, not the seed rows; every
positive below was below its level on main before this change (checked with `_pattern_pass`).
The twins share the surface words (antihistamines, coffee, a paper cut, tickets in hand, an
eclipse, a proposal, hide and seek, a game, a sparring session, a tattoo, a flight) and stay
below moderate at the pattern layer.
"""

from __future__ import annotations

import pytest

from mindline.risk.screen import _pattern_pass
from mindline.risk.types import RiskLevel

POSITIVES = [
    ("i think i've taken too many, my heart is pounding", RiskLevel.IMMINENT),
    ("took what i had left. so sleepy now", RiskLevel.IMMINENT),
    ("downed the lot with wine, i feel really sick", RiskLevel.IMMINENT),
    ("i took them about an hour ago and now i'm scared", RiskLevel.IMMINENT),
    ("i shouldn't have taken them, i can't stand up", RiskLevel.IMMINENT),
    ("it's in my system already, too late to stop it", RiskLevel.IMMINENT),
    ("too late, i already did it before we started talking", RiskLevel.IMMINENT),
    ("already started. not stopping this time", RiskLevel.IMMINENT),
    ("cut much deeper than i wanted and it's soaking into my sleeve", RiskLevel.IMMINENT),
    ("i've got them here in my hand, just working up to it", RiskLevel.IMMINENT),
    ("they're laid out on my desk, just staring at them", RiskLevel.IMMINENT),
    ("picked up the last thing i needed, nobody is stopping me now", RiskLevel.IMMINENT),
    ("i have the blade in my lap and i'm not stopping now", RiskLevel.IMMINENT),
    ("got them in my pocket, i just need somewhere quiet", RiskLevel.IMMINENT),
    ("my hands are shaking but i've got them in my hand", RiskLevel.IMMINENT),
    ("the plan is for when everyone goes to bed.", RiskLevel.IMMINENT),
    ("made up my mind. friday when the house is empty", RiskLevel.IMMINENT),
    ("its happening tonight, i'm strangely calm", RiskLevel.IMMINENT),
    ("i'm not coming back from my drive tonight", RiskLevel.IMMINENT),
    ("sorry i wasn't strong enough", RiskLevel.IMMINENT),
    ("i'm beyond saving now", RiskLevel.IMMINENT),
    ("don't be sad. this is what i want", RiskLevel.IMMINENT),
    ("whoever finds this, it was not your fault", RiskLevel.IMMINENT),
    ("i wanted you all to know before i go", RiskLevel.IMMINENT),
    ("thank you for being with me at the end", RiskLevel.IMMINENT),
    ("tell my brother i love him. i won't get the chance", RiskLevel.IMMINENT),
    ("this is the last time i'll log in", RiskLevel.IMMINENT),
    ("don't blame yourselves for what i do tonight", RiskLevel.IMMINENT),
    ("cancelled my gym and the papers, won't need them after tonight", RiskLevel.IMMINENT),
    ("by morning i won't be anyone's burden", RiskLevel.IMMINENT),
    ("the voices told me it has to be now and i've stopped fighting them", RiskLevel.IMMINENT),
    ("the voice said i have to get rid of him tonight", RiskLevel.IMMINENT),
    ("i'm doing what the voices say right now", RiskLevel.IMMINENT),
    ("god said it's time and i'm doing it now", RiskLevel.IMMINENT),
    ("he's banging the door down, i've locked myself in the bathroom", RiskLevel.IMMINENT),
    ("my dad's still downstairs and he just punched me, please help", RiskLevel.IMMINENT),
    ("he choked me and now he's looking for me, i'm hiding in the wardrobe", RiskLevel.IMMINENT),
    ("i can hear her on the stairs, she swore she'd kill me", RiskLevel.IMMINENT),
    ("there's a man following me and he's got a knife", RiskLevel.IMMINENT),
    ("my boyfriend won't let me leave, he just hit me", RiskLevel.IMMINENT),
    ("she's hitting my little sister right now", RiskLevel.IMMINENT),
    ("i'm going round to hers now and she's going to regret it", RiskLevel.IMMINENT),
    ("i'm sat outside his house and i've brought something", RiskLevel.IMMINENT),
    ("i'm battering him the moment he comes home", RiskLevel.IMMINENT),
    ("on my way over with something heavy, he's getting sorted out for good", RiskLevel.IMMINENT),
    ("fresh cuts on my wrists and they won't stop stinging", RiskLevel.HIGH),
    ("did it again last night, wearing long sleeves so nobody sees", RiskLevel.HIGH),
    ("scratched my legs raw on purpose tonight", RiskLevel.HIGH),
    ("punched the wall on purpose until my knuckles bled", RiskLevel.HIGH),
    ("i burned myself on purpose earlier", RiskLevel.HIGH),
    ("went deeper than last time", RiskLevel.HIGH),
    ("he said next time he'd put me in the hospital", RiskLevel.HIGH),
    ("my ex told me if i leave he'll break my neck", RiskLevel.HIGH),
    ("the dealer says he'll send some guys round to hurt me if i don't pay", RiskLevel.HIGH),
    ("she says she'll burn the flat down with me in it", RiskLevel.HIGH),
]

TWINS = [
    "took my hay fever tablets an hour ago and now i'm so sleepy",
    "had way too much coffee and my heart is racing lol",
    "took way too much on at work and now i feel sick",
    "took the kids to the park and now i'm so dizzy",
    "took a shot and the room is spinning haha",
    "took my antihistamine, is it normal to feel this drowsy?",
    "the caffeine is in my system now, sorry for the essay",
    "too late, i already did it, cut my own fringe",
    "already started on the cake, not stopping now",
    "i can't stop the bleeding from this paper cut lol",
    "my nose is bleeding and the bleeding won't stop",
    "cut my finger chopping onions and it's soaking through the plaster",
    "went deeper than usual in therapy today",
    "the tattoo went deeper than the last one",
    "i've got the tickets here in my hand, just staring at them",
    "the cookies are out on the table, just working up to eating them all",
    "got the ring in my pocket, working up to it tonight",
    "i'll watch the eclipse once the house is asleep",
    "once the kids go to sleep i'm going through with the finale",
    "the plan is when everyone goes to bed we wrap the presents.",
    "made up my mind, friday when the house is empty we're having a party",
    "it's happening tonight, i'm so ready for the proposal",
    "i'm not coming back from my walk tonight until i've done 10k",
    "that restaurant was awful, i'm not coming back until they fix the menu",
    "sorry i couldn't be stronger for you at the funeral",
    "i'm beyond help when it comes to maths",
    "whoever finds this lost wallet, please return it",
    "i wanted you to know before i go on holiday",
    "thank you for being there at the end of the race",
    "this is the last time i'll log in before my holiday",
    "cancelled the milk and the paper, won't need them after this week as we move to spain",
    "booked the day off and no one will check on me, spa day bliss",
    "wrote out who gets what for secret santa",
    "wrote down what music i want played at my wedding",
    "the voice assistant says i have to deal with it tonight",
    "my inner voice said go for it and i'm doing it now",
    "the voice in the game told me to go to the tower and i'm going there now",
    "my satnav voice said turn left and i'm going now",
    "playing hide and seek, hiding under my bed, he's looking for me lol so scared",
    "my toddler is standing over me at 5am, help",
    "my brother is banging on the bathroom door, i've locked myself in for some peace",
    "the hairdresser said i'm next",
    "my coach said he'd break my legs if i skip leg day lol",
    "my sister said she'll finish me off at mario kart",
    "my trainer says he'll put me in hospital with this workout haha",
    "i'm going round to my nan's now with something heavy, the casserole dish",
    "waiting outside her work to surprise her with flowers, she's going to love it",
    "i'm on my way to sort my cousin out with a job",
    "fresh scratches on my arm from the cat",
    "fresh ones on my arm, new tattoos!",
    "scratched my legs raw, mosquito bites are the worst",
    "punched the bag until my knuckles bled at boxing",
    "banged my head on the cupboard door again",
    "i didn't hurt myself on purpose, i tripped",
    "did it again, dyed my hair, will cover it up before school",
    "i've been stockpiling my prescriptions before going abroad, now i have enough",
    "the letters are written and stamped, they'll arrive after christmas",
    "after the funeral tomorrow i'm going to be with my family again for a bit",
    "half an hour and then it's done. no more of this exam",
    "my flight is tomorrow, i'll be gone by morning",
    "date tonight, everything's set up, i just have to go out to the garage to grab the candles",
    # negated and past forms sit lower
    "i did not take them, i am just sleepy",
]

PAST = [
    "years ago i took them all and the room was spinning",
    "i used to scratch my arms raw on purpose",
]


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_imminent_and_high_without_death_words(text: str, level: RiskLevel) -> None:
    assert _pattern_pass(text)[0].rank >= level.rank


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", PAST)
def test_past_forms_are_moderate(text: str) -> None:
    assert _pattern_pass(text)[0] is RiskLevel.MODERATE


def test_categories() -> None:
    assert (
        "harm_to_others"
        in _pattern_pass("i'm battering him the moment he comes home")[1][0].rule.categories
    )
    hits = _pattern_pass("he's banging the door down, i've locked myself in the bathroom")[1]
    assert any("abuse_or_violence" in h.rule.categories for h in hits)
    hits = _pattern_pass("i'm doing what the voices say right now")[1]
    assert any("psychosis" in h.rule.categories for h in hits)
