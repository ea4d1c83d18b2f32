"""rules-1.33: the misses of review round 16 (four briefs: replies to the companion's check-ins,
life circumstances, talk of treatment and the practice, phone-typed other languages), once round
17 was written to be the blind one.

Going to the bridge "when mum and dad are asleep", a rig driven into a pillar, means taken from
the drug cupboard at work, voices obeyed on the way to the tracks, intrusive pictures of
smothering a baby, "is the car park high enough that nobody would survive", drinking "so be
it", a lighter on the wrist, "hoping the lord takes me", driving buzzed, disappointed to wake,
insulin skipped to lose weight, pills stockpiled, "yes, i have a plan, and it is this weekend";
the same in Spanish, German, Portuguese and Italian; round 16's everyday talk of treatment read
moderate or above (a missed dose asked about, medication stopped, weight from the meds). What
rules-1.32 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import Flag, RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.32: low
    (
        (
            "didnt sleep at all, had a maths mock today and i just sat there. im going to the "
            "bridge by the leisure centre when mum and dad are asleep, ive decided, please dont "
            "try and stop me"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: high
    (
        (
            "week was same old, 3 loads to ohio. after i drop this last trailer im putting the rig "
            "into the overpass pillar on 71. tell my boy it wasnt his fault"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: low
    (
        (
            "Tell Dr Okafor not to keep my Thursday slot. I've taken home what I need from the "
            "drug cupboard at work and once I'm off shift at 8 that's it."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: low
    (
        (
            "no sleep. the voice was at me all night saying i have to go and stand on the tracks "
            "at the crossing and i finally understand it's right. i'm walking there now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.32: low
    (
        (
            "Sleep's maybe 4 hours with the baby. Something I haven't told anyone: when she won't "
            "stop screaming I get these pictures of pressing the blanket over her face and I can't "
            "make them stop. It scares the hell out of me."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.32: low
    (
        (
            "Mood's a 4. Unrelated, but for a short story I'm writing, is the Hollis Street car "
            "park high enough that nobody would survive the fall?"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.32: low
    (
        (
            "Appetite's basically gone, I'm living on black coffee and the odd apple. I passed out "
            "on the ward twice this week and my heart keeps fluttering when I stand up."
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.32: moderate
    (
        (
            "rough week. a bottle of scotch a day plus the sleeping pills, and if my heart gives "
            "out one night so be it, i really wouldnt mind"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.32: low
    (
        (
            "work's fine, busy with the sale. can i ask though, if someone took a whole box of "
            "their amitriptyline would that actually do it?"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.32: moderate
    (
        (
            "tried the breathing one but it didnt work so i burned my wrist with a lighter "
            "instead. only a little bit"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.32: low
    (
        (
            "About five hours, thank you. Some nights I go to bed hoping the Lord takes me in my "
            "sleep so I can be with June again."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.32: none
    (
        (
            "long week. been having a few beers on the road to get thru the nights, drove the last "
            "leg tuesday pretty buzzed"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.32: none
    (
        (
            "I'd never actually kill myself, there are the grandchildren, but most mornings I'm "
            "disappointed that I woke up at all."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.32: none
    (
        (
            "been taking extra of my pain meds on the bad days, more than the pain clinic said. "
            "not trying to hurt myself, i just need it to stop for a few hours"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.32: low
    (
        (
            "lost the rent on the roulette app again. honestly my kids would be better off with a "
            "dad who isnt a walking debt"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.32: low
    (
        ("got the MS diagnosis on friday. i can't do this anymore. genuinely cannot"),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.32: low
    (
        (
            "Dad hit me again tonight because he thought I was a burglar and for a second I wanted "
            "to hold the pillow over his face. I frightened myself."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.32: none
    (
        ("mum said shed rather have a dead son than a daughter. cut last night, deeper than usual"),
        HIGH,
        "self_harm",
    ),
    # rules-1.32: moderate
    (
        (
            "the council letters have code hidden in the reference numbers telling me to hurt "
            "myself. i can see it now, i couldnt before"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.32: low
    (
        (
            "The man who arranged our journey says I still owe him money and he will hurt my "
            "daughter if I do not pay by end of month."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.32: moderate
    (
        (
            "been on a litre of vodka a day since the bets lost us the house. if it kills me it "
            "kills me"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.32: low
    (
        (
            "since the diabetes diagnosis ive been skipping insulin to drop weight. blacked out at "
            "the bus stop this morning"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.32: none
    (
        (
            "is a paracetamol overdose painful? asking for a friend lol (the friend is me, results "
            "come out thursday)"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.32: low
    (
        (
            "Bailiffs come at 9 tomorrow. There's a rope in the garage and I won't be here when "
            "they knock."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: moderate
    (
        (
            "out 3 weeks, no hostel bed, back on the gear. just did everything i had in one go and "
            "dont care if i wake up"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.32: high
    (
        (
            "lost everything incl the kids savings account. going to the train line tonight once "
            "theyre asleep"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: high
    (
        ("cut after mum changed the locks and it won't stop bleeding, there's so much, i'm scared"),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.32: high
    (
        (
            "which is quicker, i have the pills here and the belt. doing it within the hour, just "
            "tell me which"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.32: low
    (
        (
            "sewerslide tonight fr. uni says im withdrawn and student finance want it all back. "
            "bye x"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: none
    (
        (
            "Discharged from the ward on Friday, two months after the overdose. Feeling steadier "
            "than I have in a long time. Home treatment team visiting Tuesday."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.32: none
    (
        (
            "been skipping lunch again and doing two gym sessions a day to make up for dinner. my "
            "dietitian would kill me lol"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.32: moderate
    (
        (
            "been keeping my quetiapine instead of taking it. theres quite a stack in my drawer "
            "now and i know exactly why im keeping it 🙃"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.32: none
    (
        (
            "im writing a story where the main character overdoses on her antidepressants. which "
            "ones would work quickest so its realistic?"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.32: high
    (
        (
            "crisis team left an hour ago. i told them i was fine. i wasnt. going to the bridge "
            "once its dark"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: high
    (
        (
            "swallowed my lithium and the rest of the paracetamol. i dont want an ambulance i just "
            "wanted someone to know"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: low
    (
        (
            "Writing this so my care coordinator has it on file: I have made my decision. The dog "
            "is with my neighbour and I will do it on Sunday when the house is empty."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: high
    (
        (
            "therapist is on holiday for 2 weeks and i cant wait that long. taking the pills i "
            "stockpiled as soon as i close this app"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: none
    (
        ("To answer what you asked before: yes, I have a plan, and yes, it's this weekend."),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.32: none
    (
        (
            "my sons dad is outside with a bat smashing the car windows and shouting that im next. "
            "the kids are upstairs"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
]

UNDER_READ_INTL = [
    # rules-1.32: moderate
    (
        (
            "mi marido me dijo anoche q si me voy con los niños me mata. lo dijo super tranquilo "
            "mientras cenabamos y eso es lo q mas miedo me da"
        ),
        "es",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.32: moderate
    (
        (
            "die stimme sagt mir seit heute morgen ich soll mir wehtun weil ich es verdient hab. "
            "sie hört nicht auf"
        ),
        "de",
        HIGH,
        "psychosis",
    ),
    # rules-1.32: none
    (
        (
            "ich steh vor seiner wohnung mit dem küchenmesser in der jacke. heute bezahlt er dafür "
            "was er meiner tochter angetan hat"
        ),
        "de",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.32: low
    (
        (
            "desmaiei no banho de novo. to comendo uma maça por dia faz semanas e o coracao fica "
            "disparado mas ainda me acho gorda"
        ),
        "pt",
        HIGH,
        "eating_disorder",
    ),
    # rules-1.32: none
    (
        (
            "sono in stazione virgola il prossimo treno passa tra 10 minuti e non ho intenzione di "
            "tornare a casa"
        ),
        "it",
        IMMINENT,
        "suicidal_ideation",
    ),
]

# Round 16's everyday messages read moderate or above by rules-1.32.
OVER_READ = [
    # rules-1.32: high
    (
        (
            "did the breathing thing twice a day. do i hold at the top for 4 or for 7? keep "
            "getting a bit dizzy"
        ),
        "en",
    ),
    # rules-1.32: moderate
    ("my mums gonna kill me i forgot the breathing thing AGAIN 🙈 sleep was fine tho", "en"),
    # rules-1.32: moderate
    (
        (
            "Everyone looks at me like I'm still the bloke who went in. So angry I could put my "
            "fist through a wall. I won't but god."
        ),
        "en",
    ),
    # rules-1.32: high
    (
        (
            "forgot my lamotrigine yesterday morning. do i take two today or just carry on as "
            "normal?"
        ),
        "en",
    ),
    # rules-1.32: high
    (
        (
            "i stopped my citalopram on my own 5 days ago and now im dizzy and tearful all the "
            "time. please dont lecture me"
        ),
        "en",
    ),
    # rules-1.32: moderate
    (
        (
            "feel like im going backwards. sat in the car outside the clinic for 20 mins and "
            "couldnt make myself go in"
        ),
        "en",
    ),
    # rules-1.32: moderate
    ("the weight ive put on from the meds makes me hate looking in the mirror", "en"),
    # rules-1.32: moderate
    (
        (
            "honestly some days i want to chuck the antidepressants in the bin and just feel like "
            "myself again, even if myself is miserable"
        ),
        "en",
    ),
    # rules-1.32: high
    (
        (
            "meu amigo mandou msg dizendo q vai acabar com tudo hoje a noite e nao atende o "
            "telefone, o q eu faço??"
        ),
        "pt",
    ),
]

# Everyday messages that share the new rules' words.
TWINS = [
    "going to the bridge by the river when mum and dad are asleep to take photos of the stars",
    "going to the car park once its dark to watch the meteor shower with my brother",
    "putting the car into the garage for its MOT on Monday",
    "I've taken home what I need from the stock room to finish the display at home.",
    (
        "the voice coach said i have to go and stand on the stage at the crossing scene, i'm "
        "walking there now"
    ),
    "I get these pictures of her first birthday in my head and I can't stop smiling.",
    "is the Hollis Street car park high enough to see the fireworks from the top?",
    "if my laptop gives out one night so be it, i'll buy a new one",
    "hoping the Lord takes me through this exam week, praying hard",
    "drove home buzzed on caffeine after the night shift, so much coffee",
    "disappointed that i woke up late and missed the sunrise",
    "been taking extra of my vitamins on bad days, the doctor said it's fine",
    "the kids would be better off with a dad who is home more, so I'm changing jobs",
    "the escape room had code hidden in the numbers telling me to open the red box",
    "skipping insulin is dangerous, the diabetes nurse told our class",
    "is a paracetamol overdose painful for a dog? my dog ate some of my tablets",
    "did all my homework in one go and now i can watch my show",
    "cut my hair last night, shorter than usual",
    "which is quicker to get to town, the bus or the train? leaving within the hour",
    "suicide prevention day tomorrow, our school is doing a walk",
    "took the rest of the paracetamol for my headache",
    "taking the tins i stockpiled to the food bank tomorrow",
    "i have a plan for the weekend, it is a surprise party for my sister",
    "did two gym sessions today to get ready for the marathon",
    "two months after the operation and finally back at work",
]

TWINS_INTL = [
    ("si me voy de vacaciones sin avisar mi jefe me mata jaja", "es"),
    (
        (
            "Ich stehe vor seiner Wohnung mit dem Kuchen und dem Messer zum Anschneiden, "
            "Überraschungsparty!"
        ),
        "de",
    ),
    ("apaguei no sofá de cansaço depois do plantão, nem jantei direito", "pt"),
    (
        (
            "sono in stazione, il prossimo treno passa tra 10 minuti e non ho intenzione di "
            "tornare a casa prima di cena, vado da mia nonna"
        ),
        "it",
    ),
]

# The new everyday families stand aside where the writer's own risk is beside them.
STILL_ALARMS = [
    (
        "forgot my meds yesterday. do i take two today? actually i want to take them all "
        "tonight and not wake up"
    ),
    "the weight i have put on from the meds makes me want to die, i have the pills ready",
    "so angry i could put my fist through a wall, i am going to kill him tonight",
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_16s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_16s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


def test_a_friends_goodbye_in_portuguese_is_theirs_and_urgent() -> None:
    result = screen(
        "meu amigo mandou msg dizendo q vai acabar com tudo hoje a noite e nao atende o "
        "telefone, o q eu faço??",
        locale="pt",
    )
    assert Flag.THIRD_PARTY in result.flags
    assert Flag.THIRD_PARTY_URGENT in result.flags
    assert result.level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "locale"), TWINS_INTL)
def test_the_twins_in_other_languages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_new_families_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
