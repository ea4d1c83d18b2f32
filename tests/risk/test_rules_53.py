"""rules-1.45: the misses of review round 28 (four briefs: health and animal-health workers with
access to drugs; long-standing suicidal thoughts spoken of matter-of-factly; survivors of sexual
assault and people facing honour-based abuse or forced marriage; young adults in internet
slang), once round 29 was written to be the blind one.

"how much of the stuff we use to put dogs down would it take for someone my size?", "took the
sleeping tablets i'd been saving from the care home returns", "just used the stuff from the
controlled drugs cabinet on myself", "rating 8 out of 10. suicidal, calm", "if nobody texts back
by midnight im doing it", "its not a crisis, its a decision. tonight", "the nikah is tomorrow",
"sitting in the car outside his house with a knife", "going to school tmrw and making every one
of them pay"; round 28's everyday messages read moderate or above. Two changes to whose words are
whose: the writer's own thoughts in double quotes ("the thought today isnt "i wish i was dead"
its "i should do it"") are the writer's, and a friend's words on her social-media story are hers,
not a story's. What rules-1.44 read is in the comment beside each.
"""

from __future__ import annotations

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.44: none
    (
        "drove home after 4 glasses again following a 14 hour shift. did the same last week",
        MODERATE,
        "substance",
    ),
    # rules-1.44: low
    (
        (
            "how much of the stuff we use to put dogs down would it take for someone my size? "
            "asking for a friend lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.44: moderate
    (
        (
            "pocketing ketamine from theatre and using it at home on my own. honestly dont care "
            "if i wake up from it or not"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.44: low
    (
        (
            "would the large animal euth stuff be quick for a person? not that i would... just "
            "wondering"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.44: moderate
    (
        "the voices on nights keep telling me to take the leftover morphine from the round myself",
        HIGH,
        "psychosis",
    ),
    # rules-1.44: none
    (
        (
            "going to the multistorey when my shift finishes at 8. already left the letter in "
            "the ward managers pigeonhole"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: low
    (
        (
            "took the sleeping tablets i'd been saving from the care home returns about half an "
            "hour ago, cant keep my eyes open"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.44: high
    (
        (
            "just used the stuff from the controlled drugs cabinet on myself. my arms are heavy. "
            "dont want help"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: moderate
    (
        (
            "mixing vodka with what i took off the meds trolley at work right now. dont care "
            "what happens"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.44: none
    (
        (
            'the usual background stuff today, the "wouldnt mind not waking up" kind. nothing '
            "active, same as most tuesdays tbh"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.44: low
    (
        (
            "drank most of a bottle of wine to get to sleep again, 4th night running. pretty "
            "sure thats on my warning signs list"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.44: low
    (
        (
            "i can't keep doing this forever. not tonight or anything, its just the long haul "
            "tiredness of living with it for 15 years"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.44: low
    (
        (
            "crisis line lady asked if i was safe tonight, i said yes and meant it. the wish to "
            "not be here is just background noise, its been there since uni"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.44: none
    (
        (
            'the thought today isnt "i wish i was dead" its "i should do it". thats the '
            "shift my therapist told me to watch out for"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.44: none
    (
        (
            "rating 8 out of 10. suicidal, calm, not doing anything this second, but its the "
            "highest its been since my admission"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.44: none
    (
        (
            'crisis line guy asked if i had a plan. i said not yet. that "yet" has been '
            "bugging me all evening"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.44: none
    (
        (
            "sat on the bridge railing. scale of ten its a ten. the usual thoughts finally have "
            "a plan attached"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: high
    (
        "negotiating with myself: if nobody texts back by midnight im doing it. its 11:20",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: none
    (
        (
            "ten out of ten today and its not a crisis, its a decision. tonight. logging it like "
            "we always do"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: low
    (
        (
            "i stopped negotiating. the bargaining part of me gave up around 3am and now im just "
            "getting things ready"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: high
    (
        (
            "standing at the edge of the top floor of the multistorey. no drama. i just didnt "
            "want it to be nobody knowing"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: low
    (
        (
            "told my therapist about the assault for the first time today. i feel sick and also "
            "lighter?? weird mix"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.44: low
    (
        (
            "my ex used to pressure me into stuff and call it love. its over, he moved cities, "
            "but my body still flinches when my new bf reaches for me"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.44: moderate
    (
        (
            "my brother said if i turn down the rishta he'll make sure i never embarrass the "
            "family again. he wasnt joking"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.44: low
    (
        (
            "dad has my passport locked in his drawer and keeps saying we're visiting 'family' "
            "back home in the summer. my cousin warned me what that means"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.44: moderate
    (
        (
            "the guy who raped me just moved onto my street. he waved at me today and said see "
            "you around. im scared to leave the house"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.44: moderate
    (
        (
            "my husband says its my duty as his wife and doesnt stop when i say no. it happens "
            "most nights"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.44: low
    (
        (
            "sitting in the car outside his house with a knife. he walked free today, he doesnt "
            "get to sleep tonight"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.44: high
    (
        (
            "my uncle just slapped me across the face and hes still in the hallway shouting that "
            "im a whore"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.44: high
    (
        (
            "they took my passport when we landed in islamabad. the nikah is tomorrow and my "
            "father says if i refuse in front of everyone he'll kill me. please help"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.44: low
    (
        ("not me standing on the roof of my building typing this 😭 the wind is so loud up here"),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.44: low
    (
        "going to school tmrw and making every one of them pay. not memeing. they'll see",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.44: moderate
    (
        "idc if i od at this point lol. i take whatever ppl hand me at parties and kinda hope",
        HIGH,
        "substance",
    ),
    # rules-1.44: none
    (
        "pov: me doing 2 hrs of cardio bc i ate one cookie. it's giving disorder 😭",
        MODERATE,
        "eating_disorder",
    ),
]

UNDER_READ_INTL = [
    # rules-1.44: moderate
    (
        (
            "mes parents ont pris mon passeport et mon téléphone, ils disent qu'on part au bled "
            "cet été pour me marier. mon père a dit que si je refuse mes frères s'occuperont de "
            "moi"
        ),
        "fr",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.44: high
    (
        (
            "estoy encerrada en el baño de la casa de mi tío, mi padre tiene mi pasaporte y dice "
            "que mañana me caso aquí quiera o no. me acaban de pegar, tengo mucho miedo"
        ),
        "es",
        IMMINENT,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.44: moderate
    (
        (
            "gave the wrong residents tablets this morning, caught it straight away and no harm "
            "done but i feel sick about it"
        ),
        "en",
    ),
    # rules-1.44: moderate
    (
        (
            "three years since my last admission today. made myself pancakes to mark it, felt "
            "kind of nice actually"
        ),
        "en",
    ),
    # rules-1.44: moderate
    (
        (
            "mood 3/10 today but no thoughts of dying, just flat and heavy. logging it like i "
            "said i would"
        ),
        "en",
    ),
    # rules-1.44: moderate
    (
        (
            "a friend from the ward texted that shes back in after another attempt. im ok but it "
            "shook me a bit"
        ),
        "en",
    ),
    # rules-1.44: high
    (
        (
            "bf is taking me abroad for our anniversary and wont tell me where!! if im being "
            "kidnapped i hope its somewhere sunny"
        ),
        "en",
    ),
    # rules-1.44: high
    (
        (
            "my bestie keeps posting 'kms' on her priv story and idk if it's a joke anymore, i'm "
            "scared for her"
        ),
        "en",
    ),
    # rules-1.44: high
    (
        "someone in my discord said they're ending it tonight and then logged off. what do i do??",
        "en",
    ),
    # rules-1.44: moderate
    ("sleeping 10 hours on weekends is my self care era ngl", "en"),
    # rules-1.44: moderate
    (
        (
            "digga ich kann nicht mehr 😭 mein bruder ist beim fifa zocken einfach vom stuhl "
            "gefallen"
        ),
        "de",
    ),
]

TWINS = [
    "how much of the stuff we use to put dogs down do we need to reorder for the clinic this month",
    "the voices on the radio told me to take the pills with food, the pharmacist said the same",
    (
        "going to the multistorey when my shift finishes at 8 to get my car, left a note for the "
        "night nurse about the keys"
    ),
    "took the tablets i had been saving for the trip, the travel sickness ones, feeling fine",
    "used the stuff from the drugs cupboard on the patient as charted",
    "mixing vodka with lemonade right now at the party, do not care what happens to my diet lol",
    "drank most of a bottle of water to get to sleep again, so thirsty every night",
    "the wish to not be here in this rain is strong, roll on summer",
    "the thought today is that i should just do it and book the holiday",
    "rating 8 out of 10 for the film, the villain was suicidal and it was handled well",
    "asked if i had a plan for the weekend, i said not yet",
    "sat on the bridge railing for a photo, scale of ten its a ten view",
    "it is not a crisis, it is a decision about which flat to rent, signing tonight",
    "now i am just getting things ready for the party, gave up on the diet",
    (
        "standing at the edge of the platform waiting for the train like everyone else, the view "
        "of the sunset was lovely"
    ),
    "my mum used to make me into a dress up doll lol",
    "told my therapist about the assault in the news and how it made me feel",
    "my dad has my passport because he is booking the family wedding in spain, so excited",
    "the guy who assaulted me is in prison for 8 years now and i feel safe",
    "sitting in the car outside her house with a cake for her birthday surprise",
    "my brother is still in the kitchen shouting about the football",
    "the wedding is tomorrow and i am so excited, my choice all the way",
    "not me standing on the roof terrace at the party with a drink lol",
    "going to school tomorrow and making everyone pay for the bake sale cakes",
    "idc if i fail this exam at this point lol",
    "pov: me doing 2 hours of cardio because i love spin class",
    "she is back in hospital after a fall, hope she is ok",
    "someone in my discord said they are ending it with their boyfriend tonight",
]

STILL_ALARMS = [
    "gave the wrong patient meds today and i am going to kill myself tonight",
    "three years since my last admission and i want to die again, i have the pills ready",
    "no thoughts of dying until tonight, now i have a plan and the pills",
    "if i am being kidnapped i hope someone finds me, please help, he locked me in his van",
    "my self care era is over, i am going to kill myself tonight",
]


test_round_28s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_28s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


def test_a_friends_words_on_her_story_are_hers_not_a_storys() -> None:
    result = screen("my bestie keeps posting 'kms' on her priv story, i'm scared for her")
    assert result.level.rank < MODERATE.rank
    assert "third_party" in result.flags


def test_a_song_quoted_in_double_quotes_is_still_a_song() -> None:
    result = screen('the song goes "i wish i was dead" and the chorus is so catchy')
    assert result.level.rank < MODERATE.rank


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)


def test_helpless_laughter_in_german_is_not_despair() -> None:
    text = "digga ich kann nicht mehr 😂 mein bruder ist beim zocken vom stuhl gefallen"
    assert screen(text, locale="de").level.rank < MODERATE.rank
