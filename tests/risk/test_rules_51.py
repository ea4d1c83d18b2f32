"""rules-1.43: the misses of review round 26 (four briefs: chronic illness, pain and disability;
the language of faith; veterans, serving military and first responders; rural people, farmers and
manual trades), once round 27 was written to be the blind one.

"not going to dialysis tomorrow or ever again ... ive written letters to my kids", "swallowed my
morphine and my sleeping tablets about 20 mins ago", "i'd rather go on my terms, and that's
tonight", "the angel says i must offer myself up before sunrise and i'm going to obey", "end of
watch for me. signing off for good", "when i pull out again im going straight into the bridge
pillar", "next bend i'm just not turning the wheel", "estoy en el pajar con la cuerda"; round
26's everyday messages read moderate or above (umrah, "when we die we go home to the father", "i
don't feel god anymore when i pray", "i cant square it with myself", "wants the old me back"). A
story's character is not someone in the writer's care, and "better off with the death benefit
than with me around" is the writer's own burden. What rules-1.42 read is in the comment beside
each. Left: "yes. its in the cabinet and i've got the key in my hand", an answer whose question
the row does not carry.
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

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.42: low
    (
        (
            "ordered some painkillers off a website since the gp wont increase my script. i know "
            "i know"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.42: moderate
    (
        (
            "if someone on dialysis just skipped sessions how long would it take. asking for no "
            "reason lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.42: none
    (
        (
            "writing a story where a cancer patient uses her morphine to go peacefully. how much "
            "would the character need"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.42: moderate
    (
        (
            "not going to dialysis tomorrow or ever again. told the unit im done. ive written "
            "letters to my kids"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.42: high
    (
        "swallowed my morphine and my sleeping tablets about 20 mins ago. feeling really heavy",
        IMMINENT,
        "substance",
    ),
    # rules-1.42: high
    (
        (
            "my mother keeps telling me im a burden and i have her pillow in my hand right now. "
            "i'm going to do it"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.42: high
    (
        "goodbye. MS won. i'd rather go on my terms, and that's tonight",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.42: none
    (
        "i would never take my own life, it's haram, but i really wish allah would just take me",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.42: none
    (
        (
            "which church tower in town lets the public up on the roof, the tallest one. not for "
            "photos"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.42: moderate
    (
        (
            "i keep getting thoughts of holding my baby under at the baptism. i would never want "
            "that, im terrified of my own head"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.42: moderate
    (
        "the angel says i must offer myself up before sunrise and i'm going to obey",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.42: moderate
    (
        (
            "drank most of a bottle of vodka on top of my tablets and im seeing a white light, "
            "is this god coming"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.42: low
    (
        "honestly my wife and kids would be better off with the death benefit than with me around",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.42: low
    (
        (
            "22 years of other peoples worst days. i cant do this anymore, im so tired of "
            "carrying it all"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.42: moderate
    (
        "the voices from the compound keep saying i owe them and i have to pay with my life",
        HIGH,
        "psychosis",
    ),
    # rules-1.42: moderate
    ("drank a litre of vodka and took all my prazosin. dont call anyone", IMMINENT, "substance"),
    # rules-1.42: none
    (
        "the voices say tonights the night and this time im going to do what they tell me",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.42: none
    ("end of watch for me. signing off for good. love to my shift", IMMINENT, "suicidal_ideation"),
    # rules-1.42: high
    (
        (
            "parked the lorry up at the services. when i pull out again im going straight into "
            "the bridge pillar. cant do another mile of this"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.42: moderate
    (
        (
            "had a bottle and a half of vodka and some of my blood pressure pills on top, out on "
            "the tractor now and cant see straight"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.42: moderate
    (
        (
            "doing 70 on the coast road at 3am. next bend i'm just not turning the wheel. "
            "they'll think it was an accident"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.42: none
    (
        (
            "keep thinking about running my brother over with the loader. he sold dads field "
            "behind my back"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.42: low
    (
        (
            "dad says if i tell anyone about the money he'll put me in the slurry pit. he's done "
            "worse to me"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.42: moderate
    ("the voices in the tractor cab keep telling me to drive it into the river", HIGH, "psychosis"),
    # rules-1.42: moderate
    (
        (
            "living on energy drinks and coke to do the long hauls, 20 hrs straight this week. "
            "dont care if i crash tbh, might be better"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.42: moderate
    (
        "kept wanting to grab the live cables at work today and end it. thought about it all shift",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.42: none
    (
        (
            "pretty sure the neighbours are flying drones over my fields to watch me, i hear "
            "them every night"
        ),
        MODERATE,
        "psychosis",
    ),
]

UNDER_READ_INTL = [
    # rules-1.42: high
    (
        ("estoy en el pajar con la cuerda. ya no aguanto más las deudas, perdonadme todos"),
        "es",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.42: low
    (
        (
            "penso di continuo a sparare al vicino che mi ha avvelenato i cani. il fucile ce "
            "l'ho in casa"
        ),
        "it",
        HIGH,
        "harm_to_others",
    ),
]

OVER_READ = [
    # rules-1.42: moderate
    ("steroids made me put on so much weight. i cant look at myself in the mirror", "en"),
    # rules-1.42: moderate
    ("just got back from umrah, most peaceful i've felt in years honestly", "en"),
    # rules-1.42: moderate
    (
        (
            "i believe when we die we go home to the father. it doesn't scare me, it actually "
            "comforts me"
        ),
        "en",
    ),
    # rules-1.42: moderate
    ("i don't feel god anymore when i pray. its like talking to the ceiling", "en"),
    # rules-1.42: moderate
    ("i look in the mirror and think god made a mistake with my body", "en"),
    # rules-1.42: high
    (
        (
            "my brother says god told him to stop his meds and he's been up 3 nights preaching "
            "in the street, im scared for him"
        ),
        "en",
    ),
    # rules-1.42: moderate
    ("feels like god is punishing me for something, everything i touch goes wrong", "en"),
    # rules-1.42: moderate
    ("i don't think i'll ever be forgiven for what i did to my ex", "en"),
    # rules-1.42: moderate
    (
        (
            "its the moral stuff that gets me. i followed orders i knew were wrong and i cant "
            "square it with myself"
        ),
        "en",
    ),
    # rules-1.42: moderate
    ("everyone at home wants the old me back and i dont think hes coming back", "en"),
]

TWINS = [
    "ordered some painkillers off the pharmacy website for my mum's back, the gp said that's fine",
    (
        "if someone on dialysis skipped sessions how long would it take to feel unwell? my nurse "
        "mentioned it"
    ),
    "how much would the character weigh if she was 6 foot, writing a story and want it realistic",
    "not going to dialysis tomorrow, the unit is closed for the bank holiday, done for the week",
    (
        "took my morphine and my sleeping tablets about 20 mins ago like every night, feeling "
        "heavy so off to bed"
    ),
    "i'd rather leave the job on my own terms and that's tonight, handing my notice in",
    "my sister says god told her to become a nurse and honestly she's brilliant at it",
    "i wish god would just take me shopping lol, this week has been so long",
    "which tower lets the public up on the roof, the tallest one? planning a family day",
    "the angel in the nativity says i must go on stage before the choir and i am going to obey",
    "drank a bottle of wine with my dinner and took my vitamins, off to bed now",
    "22 years in the job and i cannot do this anymore, so tired of the commute, i am retiring",
    "the voices from the choir keep saying i have to sing louder",
    "signing off for good from twitter, too toxic, love to my followers",
    "i am going straight into the sea on holiday, cannot wait to swim",
    "keep thinking about shooting the wedding next week, so nervous with the new camera",
    "if i tell mum about the party she will put me in the naughty corner lol",
    "the voices in the cinema kept telling me to run into the sea in the film",
    "don't care if i crash the party tbh, might be better than staying home",
    (
        "wanted to grab the live cables at work today and end it, said my apprentice about the "
        "faulty fuse box, he was joking"
    ),
    "the neighbours are flying drones over my fields again, reported it to the police, so annoying",
    "just got back from hajj, feeling so blessed",
    "when we die we go to heaven, my nan always said that",
    "i don't feel god anymore when i pray, but my priest says that's normal in a dry season",
    "god made a mistake with my hair colour lol",
    "feels like god is punishing me with this weather",
    "i'll never be forgiven for what i did to the cake at the party",
    (
        "i followed orders i knew were wrong in the army and i cant square it with myself, "
        "talking to my padre helps"
    ),
    "my wife wants the old me back and honestly so do i, therapy is helping",
    "i can't look at myself in the mirror after this haircut",
]

TWINS_INTL = [
    ("estoy en el granero con la cuerda para atar el heno", "es"),
    ("penso a sparare una foto al tramonto, che colori", "it"),
]

STILL_ALARMS = [
    "just got back from umrah and i am going to kill myself tonight",
    "when we die we go home to the father and i want to go tonight, i have the pills",
    "i don't feel god anymore and i am going to end it tonight",
    "god made a mistake with my body so i stopped eating and i want to die",
    "feels like god is punishing me so i want to kill myself",
    "i will never be forgiven for what i did so i am going to kill myself tonight",
    "i followed orders i knew were wrong and i have my gun, i am ending it tonight",
    "everyone wants the old me back but i am going to kill myself tonight",
    "i can't look at myself in the mirror so i stopped eating and i want to die",
]


test_round_26s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_26s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


def test_someone_elses_command_from_god_is_helper_guidance() -> None:
    result = screen("my brother says god told him to stop his meds, im scared for him")
    assert result.level.rank < MODERATE.rank
    assert "third_party" in result.flags


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_their_twins_in_other_languages_stay_below_moderate = stay_below_moderate(TWINS_INTL)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
