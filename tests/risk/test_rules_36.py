"""rules-1.28: what review round 8 found rules-1.27 missing or over-reading, and the gravest
misses of round 9 once it had been measured blind.

Final arrangements told as errands (a tenancy let go, a will on a napkin, "wont be here for
breakfast"), a denial taken back ("id be lying if i said i didnt want to ..."), "unalive" as
a noun, a method question in a student's or a story's frame, a gun taken for someone, danger
at the door or on the stairs, voices naming someone to be dealt with, self-injury with a
thing at hand; and everyday evenings (an apology in advance, a break-up, the usual dose, "dont
wait up") that read as alarms. What rules-1.27 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.27: none
    (
        (
            "paid off the card, cancelled my phone contract from friday, left the "
            "spare key under the mat for the landlord. all squared away"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        (
            "wrote my will on a napkin lol. leaving it by the kettle where jen will "
            "see it in the morning. wont be here for breakfast"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        (
            "let go of the tenancy, sold my bike, gave my games to my little "
            "cousin. saturday is when"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        ("everythings set up out in the shed. came in to write something for the kids first"),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: moderate
    (
        (
            "i just tried and it didnt work. im on the bathroom floor shaking and i "
            "dont know if ill try again"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: low
    (
        (
            "put out three days of cat food and a note for the landlord. not "
            "planning to be here when the bowl runs out"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        "consider this my 10 minute warning to the universe. after that im gone",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        "unalive time in about an hour, already said bye to everyone on snap 🖤",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        (
            "for a bio assignment how much paracetamol would actually be fatal for "
            "an adult? its for homework"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: none
    (
        ("writing a story where the girl ends it painlessly, what would she realistically use?"),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: none
    (
        ("how tall does a building have to be for it to be a sure thing? its for a film project"),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: none
    ("used the compass from my pencil case on my arm in maths today", HIGH, "self_harm"),
    # rules-1.27: moderate
    ("i want to keep starving til theres nothing left of me", HIGH, "eating_disorder"),
    # rules-1.27: moderate
    (
        "did a line in the toilets at work and tbh if my heart gave out id be relieved",
        HIGH,
        "substance",
    ),
    # rules-1.27: moderate
    ("drove home wasted again and kinda hoped id hit something", HIGH, "suicidal_ideation"),
    # rules-1.27: none
    ("id be lying if i said i didnt want to kill myself today", HIGH, "suicidal_ideation"),
    # rules-1.27: none
    (
        "ran 15k after one slice of cake, have to burn it off or i feel disgusting",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.27: low
    (
        (
            "im the reason everything at home is falling apart, theyd all breathe "
            "easier with me gone"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    ("3 drinks in before noon, whatever, it helps me get through the day", MODERATE, "substance"),
    # rules-1.27: low
    (
        (
            "found where he lives. been sat outside in the car an hour waiting for "
            "the lights to go off"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.27: none
    (
        (
            "took dads shotgun out of the cabinet while he was at the pub. my boss "
            "is gonna regret tomorrows meeting"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.27: none
    (
        (
            "packed my work bag for monday. laptop, lunch, and whats from my uncles "
            "gun safe. team meeting is gonna go very different this week"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.27: high
    (
        (
            "baby wont stop screaming and im standing over the cot and i think im "
            "about to shake him. someone talk to me NOW"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.27: moderate
    (
        (
            "ex is at my window again banging on the glass screaming hes coming in "
            "whether i open it or not 😭"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.27: low
    (
        (
            "hes coming up the stairs saying tonight i find out what happens to "
            "liars. under the bed with my daughters tablet"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.27: moderate
    (
        (
            "same guy from last week is following me home rn, maybe 20 steps "
            "behind, speeds up when i speed up, nobody else on the street"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.27: low
    (
        (
            "hes got my keys and passport and swears if i step out tonight he'll "
            "run me over. engine revving in the drive right now"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.27: moderate
    (
        (
            "if my landlord lets himself in one more time im breaking his jaw and i "
            "mean that literally not as a figure of speech"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.27: moderate
    (
        (
            "since i got back from tour i catch myself wanting to really hurt "
            "blokes at the bar. not a fight. hurt them. like over there"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.27: low
    (
        (
            "ngl the rage isnt staying in the game anymore. got that guys address "
            "off discord and i want to mess him up irl"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.27: low
    (
        "he said if i tell mum what he does at night he'll kill the dog and then me",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.27: moderate
    (
        (
            "dad hits me when hes been drinking which is basically every night. i "
            "sleep at my mates when i can"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.27: low
    (
        (
            "my daughter-in-law keeps my pension card and locks me in my room when "
            "i argue. im 81 and dont know who to tell"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.27: moderate
    (
        (
            "he messages me 100 times a day from new numbers since we split, says "
            "hes watching, knew what i was wearing today"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.27: moderate
    (
        (
            "i know how it sounds but the newsreader keeps telling me my wife is an "
            "imposter and needs to be dealt with"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.27: low
    (
        (
            "god keeps telling me i have to pay in blood for my familys sins. he "
            "was louder last night than ever"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.27: moderate
    (
        (
            "someone on the bus was broadcasting my thoughts and the voice said i "
            "need to silence him permanently"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.27: none
    (
        (
            "dropped the dog at my neighbours for the night and left the back door "
            "unlocked so nobody has to break anything. once its dark im done"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: low
    (
        (
            "cancelled the phone contract, cat's going to my sister, credit card "
            "paid off. tomorrow morning is the day"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: low
    (
        "birthday tomorrow and ive decided im not doing another one. tonights it",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        "saved up my tramadol for three weeks. counting them out on the duvet now",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        "how many paracetamol does it take to wreck your liver? pharmacology revision lol",
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: none
    (
        (
            "anyone know if pharmacies check how many boxes you buy across "
            "different shops? need to stock up"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: low
    (
        ("so tired of being the problem in every room i walk into. theyd all breathe easier"),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        (
            "the lad who torched my hay barn is at the mart today. rifles behind "
            "the seat of the pickup. heading down now"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.27: none
    (
        (
            "irl this time. got his address from the discord leak, im two stops "
            "away on the tram, he'll regret what he said about my mum"
        ),
        IMMINENT,
        "harm_to_others",
    ),
]
UNDER_READ_INTL = [
    # rules-1.27: low
    (
        (
            "les voix disent que mon coloc est un agent et que je dois men occuper "
            "ce soir. jattends quil rentre, jsuis pret"
        ),
        "fr",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.27: none
    (
        ("wie viele von meinen blutdrucktabletten waeren eigentlich zu viel? nur so aus interesse"),
        "de",
        HIGH,
        "method_seeking",
    ),
]
OVER_READ = [
    # rules-1.27: imminent
    ("ending things with him tonight and im gutted, 6 years down the drain", "en"),
    # rules-1.27: imminent
    (
        ("my little brother ate the last slice AGAIN im going to kill him when he gets home lol"),
        "en",
    ),
    # rules-1.27: imminent
    ("im going to murder this karaoke tonight, tell the bar staff sorry in advance", "en"),
    # rules-1.27: imminent
    ("goodbye forever to my wisdom teeth 🦷 out tomorrow morning", "en"),
    # rules-1.27: imminent
    (
        (
            "parked outside the pub waiting for the lads, going in when kick off "
            "starts. dont wait up mum"
        ),
        "en",
    ),
]
# Round 10's gravest misses and over-readings, mended after it was measured blind.
UNDER_READ_10 = [
    # rules-1.27: low
    (
        (
            "thesis draft submitted, passwords emailed to my sister, socials "
            "deleted. that was the last thing on the list before tonight"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: high
    (
        (
            "told tom i was checking the ewes. im sat in the barn with his shotgun "
            "across my knees and i cant stop shaking"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        "rope is in my backpack. lecture ends at 4 and then thats me done",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: moderate
    (
        (
            "necked everything in the drinks cupboard on top of my meds, on "
            "purpose. rooms spinning. its fine. night x"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.27: low
    (
        (
            "got deadnamed at grans funeral and that was it. writing the note now, "
            "everything goes to my partner"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        (
            "handed my kit back to the coach after training. tonight i finally get "
            "to rest, properly, for good"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        (
            "for a chem assignment, whats the smallest amount of paracetamol that "
            "wrecks an adults liver for good?"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: low
    (
        ("random q from a trucker: which motorway bridges dont have the anti climb fencing on yet"),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: none
    (
        ("type 1 diabetic here, does insulin actually show up in a post mortem? just wondering"),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: none
    (
        "how do people in the uk get a gun without a licence. not for anyone else, for me",
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: none
    (
        (
            "burned my forearm on the oven door on purpose after the shift from "
            "hell. third time this week"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.27: moderate
    (
        (
            "every night i ask god to take me and every morning he doesnt, so i "
            "reckon ill have to see to it myself"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        ("for my nursing essay whats the most reliable way to not wake up, medically speaking"),
        HIGH,
        "method_seeking",
    ),
    # rules-1.27: low
    (
        (
            "wouldnt mind if the lorry just didnt make it round the bend one of "
            "these nights. not gonna help it along tho"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.27: low
    ("some mornings im genuinely annoyed i woke up", MODERATE, "suicidal_ideation"),
    # rules-1.27: none
    ("need four cans before a night shift just to walk through the gate", MODERATE, "substance"),
    # rules-1.27: low
    (
        "skipped lunch and dinner again and it felt like winning something",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.27: none
    ("laxatives after every takeaway, its just routine now", MODERATE, "eating_disorder"),
    # rules-1.27: none
    (
        "if i eat anything after 6 i do two hours on the turbo trainer, no excuses",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.27: low
    (
        (
            "the kids deserve a mum who isnt a dead weight. theyd manage better "
            "without me dragging them down"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        (
            "if i just faded out nobody at the warehouse would even notice, theyd "
            "just move the rota round"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.27: none
    (
        ("smoke a joint before every shift and another at lunch or i cant cope with the customers"),
        MODERATE,
        "substance",
    ),
]
OVER_READ_10 = [
    # rules-1.27: imminent
    "off to sea for a month from sunday, no signal, so this is goodbye for now lads",
    # rules-1.27: imminent
    ("got one shot by the same sniper four times, uninstalling, goodbye cruel world lol"),
    # rules-1.27: imminent
    "ending it with dan tonight, been coming for months. wish me luck",
]

# The twins of each new rule: the same words, no risk for the writer (all read low or none).
TWINS = [
    "i cant say i dont love my job some days",
    "id be lying if i said i didnt enjoy the party",
    "unalive is such a weird word, why do people say it",
    ("writing a story where the girl dies at the end, what car would she realistically drive"),
    "my character ends it with her boyfriend, what would she realistically say",
    "how tall does a building have to be to count as a skyscraper",
    ("took my shotgun out of the cabinet for the clay shoot tomorrow, boss is coming too"),
    "packed my work bag for monday, laptop and lunch, team meeting at 9",
    "dad hits me up every friday for a pint",
    "he said hell kill the spider and then me if i scream again lol",
    "my son is coming up the stairs with breakfast, so spoilt",
    "this guy is following me on insta rn lol",
    "the voices in this choir tell me to relax",
    "fasting until sunset for ramadan, nothing left in the fridge anyway",
    "used the scissors on my arm cast to let air in",
    "i just tried the new recipe and it didnt work, trying again tomorrow",
    "2 drinks before noon at the wedding, what a day",
    "have to burn it off at the gym after christmas dinner lol",
    "gave my old games to my little cousin, hes buzzing",
    "sold my bike and cancelled my phone contract, moving to spain on saturday",
    "wrote my will last year after the baby was born, everyone should",
    "wont be here for breakfast, early flight to lisbon",
    "after that im gone, one more drink and bed",
    "found where he lives now, gonna drop his birthday present round",
    "rifles behind the seat of the pickup, heading down to the range now",
    "how many paracetamol can i take for a headache without wrecking my liver",
    "do pharmacies limit how many boxes of paracetamol you can buy",
    "saved up my pocket money for three weeks, counting it out now",
    "ive decided im not doing another birthday party, too much fuss",
    "dropped the dog at my mums for the weekend, off camping",
    "goodbye forever to my overdraft, finally paid off",
    "sorry in advance for the long message but i need to vent about work",
    "breaking up with him tonight, wish me luck",
    "took my sertraline as usual this morning",
    "dont wait up, date night with the girls",
    "im going to kill this presentation tomorrow",
    "my brother ate my chocolate again im going to kill him lol",
    "necked a pint with my meds, the doctor said thats fine with these ones",
    "finally get to rest this weekend, no work till monday",
    "cant wait to rest for good when i retire next year",
    "sat with the shotgun across my knees waiting for the foxes at dawn",
    "whats the smallest amount of flour that still makes a decent loaf",
    "which bridges have the best view of the fireworks",
    "does alcohol show up in a blood test the next morning",
    "burned my hand on the oven door again, so clumsy",
    "i will have to see to it myself, the plumber cancelled",
    "annoyed i woke up before my alarm again",
    "wouldnt mind if the plane was delayed, more time in the lounge",
    "need a coffee before my shift or im useless",
    "skipped lunch because the meeting ran over, starving now",
    "if i eat after 6 i get heartburn, doctor says smaller meals",
    "passwords emailed to my sister for the netflix account",
    "rope is in my backpack for the climbing wall tonight",
]

# The everyday families stand aside when a risk word is beside them.
STILL_ALARMS = [
    ("ending things tonight, sorry in advance", IMMINENT),
    ("sorry in advance, not coming back this time", HIGH),
    ("took all my sertraline tonight as usual", IMMINENT),
    (("my brother took my car again, im going to kill him with a knife when he gets home"), HIGH),
    ("goodbye forever, tell mum i love her", IMMINENT),
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ + UNDER_READ_10)
def test_the_reviews_risky_messages_reach_their_level(
    text: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), OVER_READ + [(t, "en") for t in OVER_READ_10])
def test_everyday_evenings_are_not_alarms(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "level"), STILL_ALARMS)
def test_risk_beside_an_everyday_family_still_alarms(text: str, level: RiskLevel) -> None:
    assert screen(text).level.rank >= level.rank


def test_unalive_before_a_noun_is_not_the_idiom_kill_time() -> None:
    assert normalize("unalive time in an hour").text == "suicide time in an hour"
    assert normalize("i want to unalive myself").text == "i want to kill myself"
    assert normalize("theyd all be fine").text == "they would all be fine"


def test_a_denial_taken_back_is_not_a_denial() -> None:
    assert screen("i dont want to kill myself").level.rank < MODERATE.rank
    assert screen("id be lying if i said i didnt want to kill myself").level.rank >= HIGH.rank
    assert screen("im not going to pretend i dont want to die").level.rank >= HIGH.rank


def test_a_carers_frame_keeps_a_lethality_question_a_professionals() -> None:
    carer = "my patient asked how many paracetamol would be fatal, how do i respond"
    assert screen(carer).level.rank < MODERATE.rank
    student = "for my essay, how many paracetamol would be fatal"
    assert screen(student).level.rank >= HIGH.rank
