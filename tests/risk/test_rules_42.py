"""rules-1.34: the misses of review round 17 (four briefs: neurodivergent and disabled writers in
their own styles, faith and family honour, bursts typed at a bad moment, teenagers in five
other languages), once round 18 was written to be the blind one.

"this is my last check-in x", a bridge railing typed with shaking hands, "have what i need next
to me", "boyfriend hitting me now" from a Deaf writer, a goodbye from the canal, Jamaican patois
("mi a go join her tonight"), "not climbing back over", laxatives and blood, lying about meals,
"if i do not wake up, fine"; the same in Spanish, German, Portuguese and Italian; round 17's
everyday messages read moderate or above ("going to end it-- the group chat i mean", a novel's
chapter on a bridge). What rules-1.33 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.33: low
    (
        (
            "thank u for the pacing tips over the months. they helped a bit. i'm tired in a way "
            "rest can't fix. this is my last check-in x"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: low
    (
        ("I have been making my self sick after tea most nigths. No one nows."),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.33: high
    (
        (
            "Im sittign on teh bridge railing rihgt now. I cant do tihs anymroe. Tell my dog Im "
            "sorry"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: moderate
    (
        (
            "taking the oxy with wine most nights now. if i don't wake up, fine. pain wins either "
            "way"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.33: none
    (
        (
            "Which trian line has the fewest staff at nite? Its for a story im writting where teh "
            "charactor jumps."
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.33: low
    (
        (
            "ok tangent but i've been doing the laxative thing again and there was blood this "
            "morning, which, whatever, also my basil plant died 🌿"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.33: high
    (
        (
            "cant do another year of this illness. bath running. have what i need next to me. not "
            "telling anyone but you"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: low
    (
        (
            "My father said that if I tell my therapist about the shed again he will break my "
            "fingers so I cannot type. He said it calmly. He does what he says."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.33: high
    (
        (
            "Boyfriend hitting me now. He break my phone, me use tablet. He at door kick kick. Me "
            "scared, cannot call 999 because deaf, please help"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.33: none
    (
        (
            "I do not want to kill myself. I would, however, not object if I did not wake up "
            "tomorrow. I am aware that these are different statements."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.33: none
    (
        (
            "Ba, if you ever read this, it's not your karma, it's mine. I'm at the canal now. Jai "
            "Shri Krishna 🙏"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: high
    (
        (
            "waheguru forgive me. already took all of biji's sleeping pills, im on the bathroom "
            "floor and everything is going slow"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: high
    (
        (
            "Granny nine night was last week. Mi buy di tablets today an mi a go join her tonight. "
            "Nuh tell nobody"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: high
    (
        (
            "my husband is screaming that i'm a disgrace before the whole kehilla and he just hit "
            "me again. he's standing in front of the door. the kids are upstairs"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.33: moderate
    (
        (
            "no heaven, no celestial kingdom, no nothing, which is honestly the appeal now. the "
            "pills are on my desk and i'm doing it when my roommate leaves at 9"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: moderate
    (
        (
            "everybody at church says God never gives us more than we can handle. well He did. im "
            "on the overpass on 40 and im not climbing back over"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: moderate
    (
        (
            "burned my arm with the iron last night so i'd feel something other than the hiya. "
            "Mama thinks it was an accident"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.33: none
    (
        ("di preacher seh suicide a sin but mi nuh care nuh more, mi waan dead fi real"),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.33: moderate
    (
        (
            "if I mix the drink with the pills and don't wake up, that's just my karma finishing "
            "early. did it again last night and honestly didn't care"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.33: low
    (
        (
            "I skip sehri and iftar and tell Ammu I ate at my friend's. it's been weeks now and I "
            "like how empty I feel"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.33: none
    (
        (
            "I hear Granny calling my name from the kitchen every night since the funeral, clear "
            "as day, and I see her sitting in her chair. Mummy says is duppy business"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.33: none
    (
        (
            "some days I want to sleep and be reborn somewhere quieter. not to hurt myself, just "
            "to stop for a while"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.33: low
    (
        (
            "Mummy's friends keep saying I've put on weight and no boy's family will want me. I've "
            "started throwing up after dinner."
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.33: moderate
    (
        ("drinking til i pass out most nights and honestly if i didnt wake up id be ok with that"),
        HIGH,
        "substance",
    ),
    # rules-1.33: low
    (
        ("everyone'd be better off w/o me tbh. anyway how do i reset my password"),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.33: low
    (
        (
            "took 2 extra of my anxiety pills today bc the first ones did nothing. hopefully thats "
            "fine??"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.33: none
    ("ran 12k after that pizza bc i HAD to burn it off. had to.", MODERATE, "eating_disorder"),
    # rules-1.33: low
    (
        (
            "At my age you start thinking it would be a mercy to go in my sleep. I'm not going to "
            "do anything daft, don't worry."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.33: none
    (
        (
            "llevo 3 días comiendo solo una manzana xq el viaje de egresados es en 2 semanas y no "
            "quiero salir gorda en las fotos 🙃"
        ),
        "es",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.33: low
    (
        (
            "alter ich schwör ich hör seit paar wochen leute meinen namen flüstern wenn keiner da "
            "ist. im bus, im bett, sogar in der mathe klausur. die sagen nix schlimmes, nur meinen "
            "namen. bin ich lost oder was"
        ),
        "de",
        MODERATE,
        "psychosis",
    ),
    # rules-1.33: none
    (
        (
            "bin heute in sport zweimal umgekippt weil ich seit freitag nix gegessen hab, aber 3 "
            "kilo müssen noch runter"
        ),
        "de",
        HIGH,
        "eating_disorder",
    ),
    # rules-1.33: none
    (
        ("steh grad an den gleisen hinter der schule. der nächste zug kommt in 10 min. hdl mama"),
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: none
    (
        ("tô tomando laxante escondido desde a semana passada pq a formatura tá chegando"),
        "pt",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.33: low
    (
        (
            "fico imaginando esfaquear o moleque que me zoa no grupo, de vdd, e não consigo tirar "
            "isso da cabeça"
        ),
        "pt",
        HIGH,
        "harm_to_others",
    ),
    # rules-1.33: high
    (
        (
            "já bebi meia garrafa de vodka e agora vou tomar os comprimidos da minha mãe, quero "
            "apagar de vez, a sério"
        ),
        "pt",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.33: none
    (
        ("sono pulita da 8 mesi, niente più tagli. oggi la psico mi ha fatto i complimenti 🥹"),
        "it",
        MODERATE,
        "self_harm",
    ),
    # rules-1.33: low
    (
        (
            "sto scrivendo una storia per il laboratorio di scrittura, il protagonista si butta. "
            "da che piano uno muore sicuro? deve essere realistico"
        ),
        "it",
        HIGH,
        "method_seeking",
    ),
    # rules-1.33: none
    (
        ("la voce dice che stanotte devo buttarmi dalla finestra e ho deciso di ascoltarla"),
        "it",
        IMMINENT,
        "psychosis",
    ),
]

# Round 17's everyday messages read moderate or above by rules-1.33.
OVER_READ = [
    # rules-1.33: high
    (
        (
            "can you remind me what the breathing one was called the box one I want to do it "
            "before my physio at to"
        ),
        "en",
    ),
    # rules-1.33: high
    (
        (
            "Reading a novel about a Hasidic girl running from her arranged match. The chapter "
            "where she stands on the bridge thinking about jumping was so intense."
        ),
        "en",
    ),
    # rules-1.33: high
    ("took my meds, all of them— the morning ones i mean. sorry that sounded dramatic lol", "en"),
    # rules-1.33: high
    ("gonna end it— the group chat i mean. everyone in it is so annoying", "en"),
]

# Everyday messages that share the new rules' words.
TWINS = [
    "made myself sick with worry about the exam results",
    "i am sitting on the bridge right now eating my lunch, the view is lovely",
    "which train line has the fewest delays in the morning?",
    "have what i need for the trip next to me, passport, tickets, snacks",
    "if i tell my mum i failed she will kill me lol",
    "the boxer is hitting me now in sparring, my coach says keep my guard up",
    "i would not mind if i did not wake up early tomorrow, it is my day off",
    "i am at the beach now, sorry for the late reply, the signal is bad",
    "already took all of my vitamins this morning",
    "i am doing it when my roommate leaves at 9, the big clean, pills of fluff everywhere",
    "not climbing back over the fence at the allotment, i will use the gate",
    "burned my arm on the oven so i could feel how hot it was, stupid of me",
    "i like how empty the house feels when everyone is out",
    "i hear the neighbours calling my name every night for the quiz team, clear as day",
    "want to sleep and be refreshed for the trip tomorrow",
    "took 2 extra of my vitamin tablets by accident, the doctor said it is fine",
    "ran 5k after that pizza because i wanted to enjoy the sunshine",
    "it would be a mercy to get some sleep tonight after the baby kept us up",
    "going to end it with the gym contract, too expensive",
    "reading a book about the war, the chapter where the soldiers cross the river was so tense",
    "i feel like i am going to end it— the group chat drama i mean, who is with me",
]

TWINS_INTL = [
    (
        ("de postre llevo una semana comiendo solo una manzana de postre, el médico dice que bien"),
        "es",
    ),
    ("Ich hör die Kinder meinen Namen rufen, wenn sie Hunger haben.", "de"),
    (
        (
            "bin heute beim Fußball umgekippt, weil ich nix gegessen hab, dumm von mir, jetzt "
            "gibt's Pizza"
        ),
        "de",
    ),
    ("stehe grad am Gleis 3 und warte auf die S-Bahn, hat Verspätung", "de"),
    ("to tomando laxante porque o médico receitou pra prisão de ventre", "pt"),
    ("niente più tagli di capelli fai da te, vado dal parrucchiere", "it"),
]

# The new idioms and families stand aside where the writer's own risk is beside them.
STILL_ALARMS = [
    "going to end it— the group chat i mean, and then i am going to end my life tonight",
    "reading a book where the girl stands on the bridge. that is me, i am on the bridge now",
    "took my meds, all of them— the morning ones i mean. no actually all of them, i want to die",
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_17s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_17s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "locale"), TWINS_INTL)
def test_the_twins_in_other_languages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_new_idioms_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
