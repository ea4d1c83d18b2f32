"""rules-1.32: the misses of review round 15 (four briefs: understatement and deflection, chatty
and very short messages, teenagers' slang and algospeak, formal older writers), once round 16
was written to be the blind one.

A day settled on beside a rope, a blade out, a cricket bat on the back seat, voices obeyed, a
night out forgotten, pills taken with whisky, "cat scratches" (algospeak for cuts), a partner's
shove last month told by a GP, a roof and "is this high enough"; the same in French, German,
Portuguese and Italian; round 15's everyday messages read moderate or above (someone else's
"ctb", old tablets to dispose of, "bury me" after tripping). What rules-1.31 read is in the
comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import Flag, RiskLevel
from risk.rule_checks import assert_at_least, assert_read_by_a_rule

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.31: low
    (
        (
            "Since Margaret passed I keep thinking the family would get on perfectly well "
            "without me. Less fuss at Christmas, one fewer chair. Anyway, that's enough of "
            "that."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.31: low
    (
        (
            "As a GP I'd probably call this passive ideation if a patient said it: on the "
            "motorway I sometimes hope a lorry drifts into my lane and settles the matter. I "
            "have no intention of doing anything myself. Writing it down feels faintly "
            "ridiculous."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.31: high
    (
        (
            "The rope's in the garage and I've settled on Saturday, when the wife's at her "
            "sister's. Writing it down because I'm an engineer and I like things properly "
            "documented."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.31: high
    (
        (
            "Apologies for the late message. I've got a blade out on the bathroom counter and "
            "I'm going to cut, I can't settle until I do. Just writing to someone first, as "
            "one does."
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.31: low
    (
        (
            "As a teacher I really shouldn't say this, but there's a parent who's made this "
            "term a misery and I've started thinking in some detail about hurting him. I'm "
            "sure it'll pass."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.31: low
    (
        (
            "I'm calm, honestly. My brother-in-law's been at my sister again, so I'm driving "
            "to his now with the cricket bat on the back seat. He's had this coming for years."
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.31: low
    (
        (
            "My father was handy with his belt when we were lads. It was the way then, nobody "
            "thought twice. I only mention it because the counsellor seemed to think it was "
            "relevant."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.31: moderate
    (
        (
            "I'm a GP, I know the signs and I'd tell a patient to get out. But my partner "
            "checks my phone, controls the money, and last month he shoved me into the "
            "radiator. It's fine most days."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.31: low
    (
        (
            "I'm fine, but quick one: if someone took all of their blood pressure tablets at "
            "once, would it be quick or drawn out? Just wondering, no need to ring anyone."
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.31: none
    (
        (
            "I'm not one for drama, but for the last few weeks I've been hearing my late wife "
            "talking in the kitchen, full sentences, clear as day. Quite pleasant really. Is "
            "that usual?"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.31: moderate
    (
        (
            "Probably just stress. The voice has started telling me I ought to hurt myself to "
            "make amends. I haven't, I'm not daft, but it's more insistent than it used to be."
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.31: high
    (
        (
            "The voices have been very clear today that I'm to walk into the sea tonight, and "
            "I've come round to thinking they're right. I'm quite calm about it. Just letting "
            "someone know."
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.31: none
    (
        (
            "Had a bit of a night at the club do and can't recall getting home. Third time "
            "this month, as my wife points out with some regularity."
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.31: moderate
    (
        (
            "Honestly I don't much mind whether I wake up or not after a night on the bottle "
            "these days. I've started mixing it with the sleeping tablets as well. Not "
            "deliberate as such."
        ),
        HIGH,
        "substance",
    ),
    # rules-1.31: none
    (
        (
            "Probably nothing, but I've taken rather a lot of my sleeping tablets with a few "
            "whiskies and I'm starting to feel odd. Not entirely sure why I'm telling you."
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.31: low
    (
        (
            "Not a big deal, but I've been skipping lunch and dinner most days to get the "
            "weight down before the school reunion. Breakfast is a black coffee. Quite "
            "disciplined, really."
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.31: high
    ("she's asleep, ending my life now", IMMINENT, "suicidal_ideation"),
    # rules-1.31: none
    ("blade's out, cutting right now", IMMINENT, "self_harm"),
    # rules-1.31: high
    ("got the knife, going to stab him", IMMINENT, "harm_to_others"),
    # rules-1.31: low
    (
        (
            "Book club picked a thriller this month which is a nice change. My husband said if "
            "I ever leave he'll make sure I don't get far, and he says it so calmly. Also I "
            "need a good soup recipe, it's freezing."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.31: none
    ("husband breaking the door down, help", IMMINENT, "abuse_or_violence"),
    # rules-1.31: none
    ("on the roof. is this high enough", IMMINENT, "method_seeking"),
    # rules-1.31: high
    (
        (
            "Had a nice lunch with my sister, she's pregnant again! I'm by the train tracks "
            "now, how long until the late trains come through here? Mum wants us all over for "
            "Christmas."
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.31: low
    (
        (
            "Got the kids' school photos back, Ellie blinked in hers of course. The radio has "
            "been sending messages meant just for me again, mostly about colours. Making "
            "shepherd's pie tonight."
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.31: high
    ("voices want me to jump, doing it", IMMINENT, "psychosis"),
    # rules-1.31: moderate
    ("mixed vodka with all my pills", IMMINENT, "substance"),
    # rules-1.31: low
    (
        (
            "Beautiful frosty morning, the kids made a snow-person with a carrot nose. I "
            "fainted at work again yesterday because I've barely eaten in two weeks, and I "
            "still feel huge. Season finale is tonight!"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.31: high
    (
        (
            "which floor of the parking garage by school is high enough. going there after 6th "
            "period today"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.31: moderate
    (
        "did cat scratches again last night after the gc roasted me 💀 relapsed after 3 months",
        HIGH,
        "self_harm",
    ),
    # rules-1.31: moderate
    (
        "the voice in my headphones keeps telling me to hurt myself even when nothing is playing",
        HIGH,
        "psychosis",
    ),
    # rules-1.31: low
    (
        "i used to do cat scratches in middle school, 2 years clean now and proud of myself ngl",
        MODERATE,
        "self_harm",
    ),
]

UNDER_READ_INTL = [
    # rules-1.31: low
    (
        (
            "Je vous écris parce que, depuis quelques semaines, j'entends distinctement la "
            "voix de ma défunte mère qui commente ce que je fais dans la maison. Elle ne me "
            "dit rien de méchant, mais je suis certain que ce n'est pas un rêve. Je n'ose pas "
            "en parler à mon fils, de peur qu'il me croie sénile."
        ),
        "fr",
        MODERATE,
        "psychosis",
    ),
    # rules-1.31: none
    (
        (
            "Monsieur, pourriez-vous me dire, sans détour, quelle hauteur serait nécessaire "
            "pour qu'une chute soit à coup sûr fatale ? Je pose la question calmement, j'y "
            "réfléchis depuis que je suis à la retraite. Je préfère savoir les choses avant de "
            "prendre une décision."
        ),
        "fr",
        HIGH,
        "method_seeking",
    ),
    # rules-1.31: moderate
    (
        (
            "Je dois vous avouer qu'hier soir, après la dispute avec ma fille, je me suis "
            "entaillé l'avant-bras avec un couteau de cuisine. C'était la première fois depuis "
            "des années et j'ai eu du mal à arrêter le saignement. Ce soir, l'envie est encore "
            "très présente."
        ),
        "fr",
        HIGH,
        "self_harm",
    ),
    # rules-1.31: low
    (
        (
            "Ich muss Ihnen gestehen, dass ich seit dem Tod meiner Frau jeden Abend eine ganze "
            "Flasche Rotwein trinke, um einschlafen zu können. Gestern bin ich danach trotzdem "
            "noch mit dem Auto zur Tankstelle gefahren. Ich weiß, dass das nicht in Ordnung "
            "ist."
        ),
        "de",
        MODERATE,
        "substance",
    ),
    # rules-1.31: moderate
    (
        (
            "Ich esse seit Monaten nur noch eine Scheibe Knäckebrot am Tag und gehe trotzdem "
            "jeden Morgen zwei Stunden walken. Heute bin ich in der Kirche ohnmächtig "
            "geworden, und mein Herz rast seitdem immer wieder. Meinem Hausarzt habe ich davon "
            "nichts gesagt."
        ),
        "de",
        HIGH,
        "eating_disorder",
    ),
    # rules-1.31: moderate
    (
        (
            "Die Stimmen sagen mir seit heute Morgen ununterbrochen, dass ich die Wohnung "
            "anzünden muss, um die Wanzen der Nachbarn zu vernichten. Ich habe den "
            "Benzinkanister aus dem Keller schon in den Flur gestellt. Ich werde jetzt tun, "
            "was sie verlangen."
        ),
        "de",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.31: low
    (
        (
            "Tenho vergonha de contar, mas desde o casamento da minha filha vomito quase todas "
            "as noites depois do jantar. Começou porque não cabia no vestido da cerimônia e "
            "depois não consegui mais parar. Ninguém em casa desconfia de nada."
        ),
        "pt",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.31: low
    (
        (
            "Fui casada durante vinte anos com um homem que me humilhava e me proibia de "
            "trabalhar ou de ver as minhas amigas. Separei-me há cinco anos e hoje vivo em paz "
            "com os meus filhos. Mesmo assim, ainda me sobressalto quando ouço uma chave na "
            "porta."
        ),
        "pt",
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.31: high
    (
        (
            "Tomei há pouco todos os comprimidos para dormir que a médica me receitou, junto "
            "com quase uma garrafa de aguardente. Estou muito sonolento e com o coração "
            "acelerado. Não sei se ainda quero ajuda."
        ),
        "pt",
        IMMINENT,
        "substance",
    ),
    # rules-1.31: low
    (
        (
            "Dottoressa, Le scrivo una cosa che non ho mai raccontato nemmeno a mio marito. Da "
            "ragazza, per alcuni anni, mi graffiavo le gambe fino a sanguinare quando mi "
            "sentivo in colpa. Ho smesso da più di vent'anni, ma vedere mia figlia adolescente "
            "così triste mi ha riportato tutto alla mente."
        ),
        "it",
        MODERATE,
        "self_harm",
    ),
    # rules-1.31: low
    (
        (
            "Ieri sera, dopo l'ennesima telefonata con mio padre, mi sono bruciata il polso "
            "con il ferro da stiro. È la terza volta questa settimana e la voglia di farlo non "
            "passa. Vorrei smettere, ma non so come."
        ),
        "it",
        HIGH,
        "self_harm",
    ),
    # rules-1.31: low
    (
        (
            "Ho già preso le pastiglie di mia moglie, quasi tutta la confezione, e ora sono "
            "seduto in poltrona ad aspettare. Mi sento la testa pesante e non riesco più a "
            "tenere gli occhi aperti. Volevo solo salutarLa e ringraziarLa."
        ),
        "it",
        IMMINENT,
        "suicidal_ideation",
    ),
]

# Round 15's everyday messages read moderate or above by rules-1.31.
OVER_READ = [
    # rules-1.31: high
    (
        (
            "Mum's medicine cabinet is full of old tablets now we're clearing the house. "
            "What's the proper way to dispose of them? The chemist's opening hours remain a "
            "mystery to me."
        ),
        "en",
    ),
    # rules-1.31: high
    ("lmaooo the way i tripped up the stairs in front of my crush. bury me", "en"),
    # rules-1.31: imminent
    (
        "a girl in my discord server just said shes gonna ctb tonight and idk what to do pls help",
        "en",
    ),
    # rules-1.31: moderate
    (
        (
            "sometimes i feel like nobody would notice if i stopped talking in the gc. not in "
            "a dying way, just invisible"
        ),
        "en",
    ),
    # rules-1.31: high
    (
        (
            "Mia figlia mi ammazza se scopre che ho ricominciato a fumare, quindi La prego di "
            "non dirglielo! Scherzi a parte, vorrei un consiglio per smettere definitivamente. "
            "Il medico dice che i polmoni per ora stanno bene."
        ),
        "it",
    ),
]

# Everyday messages that share the new rules' words.
TWINS = [
    "The team will get on perfectly well without me while I'm on holiday in Crete.",
    (
        "My family would manage just fine without me for a weekend, so I'm off to the Lakes "
        "with the lads."
    ),
    "I sometimes hope the bus comes early so I'm not late for work.",
    "The rope's in the garage and I've settled on Saturday for the climbing trip with Dad.",
    "The blade's out on the counter, I'm going to cut the cake now everyone's here.",
    "Razor's out, going to cut my hair myself since the barber is shut.",
    "I've started thinking in some detail about killing him off in chapter nine of my novel.",
    "Driving to his now with the cricket bat, we've got nets at six.",
    "My dad was handy with his tools, he built our whole kitchen.",
    "My brother pushed me into the pool at the barbecue lol",
    (
        "What's the best way to take all of their tablets if they struggle to swallow? My dog "
        "hates pills."
    ),
    "I keep hearing my late wife's favourite song on the radio and it makes me smile.",
    "Had a few too many at the wedding but I remember getting home fine.",
    "Can't remember getting home from work, I was so tired I drove on autopilot.",
    "Honestly I don't much mind whether I wake up early or not on my day off.",
    "I've taken a lot of my holiday days this year, feeling odd being back at work.",
    "Skipping lunch today because of back to back meetings, will eat properly tonight.",
    "she's asleep, finally watching my film now",
    "got the knife, going to cut the roast now",
    "If I ever leave this job he'll make sure I get a good reference, my boss is lovely.",
    "The firemen were breaking the door down to get to the cat, all fine now.",
    "on the roof fixing the aerial. is this high enough for signal?",
    "I'm by the train tracks now, taking photos of the steam loco, when is the next train due?",
    "voices in the choir want me to sing the solo, doing it!",
    "Mixed vodka with cranberry for the party, all my friends loved it.",
    "Which floor of the car park is high enough for the view of the fireworks?",
    "My cat scratches the sofa every night and I've given up.",
    "My sister said she is going to kill me if I borrow her top again.",
    "what is the proper way to dispose of old paint tins?",
    "how do cat scratches heal so fast on my arm? my kitten got me",
    (
        "sometimes i feel like nobody would notice if i stopped posting in the group chat. not "
        "in a dark way, just quiet lately"
    ),
    "lol the way i dropped my tray in the canteen in front of everyone. bury me",
]

TWINS_INTL = [
    (
        (
            "Quelle hauteur minimale pour un garde-corps de balcon ? Une chute peut être "
            "mortelle dès trois mètres, je rénove la maison."
        ),
        "fr",
    ),
    ("Je me suis coupé le bras en bricolant hier soir, rien de grave, juste un pansement.", "fr"),
    (
        (
            "Wir haben gestern eine ganze Flasche Rotwein getrunken, um den Geburtstag meiner "
            "Frau zu feiern."
        ),
        "de",
    ),
    (
        (
            "Ich hatte Grippe, habe kaum gegessen und bin heute beim Arzt fast umgekippt. "
            "Jetzt geht es besser."
        ),
        "de",
    ),
    (
        "Estou grávida e vomito quase todas as noites depois do jantar, a médica diz que é normal.",
        "pt",
    ),
    ("O meu marido é um homem que me apoia em tudo, tenho muita sorte.", "pt"),
    ("Tomei todos os comprimidos do dia como a médica mandou e agora vou dormir.", "pt"),
    ("Mi sono bruciata il polso con il ferro da stiro, di nuovo! Sono proprio maldestra.", "it"),
    (
        (
            "Ho preso le pastiglie per la gola, quasi tutta la confezione in una settimana, e "
            "ora sto meglio."
        ),
        "it",
    ),
    ("Da bambina mi facevo male cadendo dalla bici, adesso guido la moto.", "it"),
    ("Mio marito mi ammazza se scopre che ho speso tutto quel budget per le scarpe!", "it"),
]

# Round 15's messages the classifiers read at their level and the rules did not: the rules read
# them too, so the level does not rest on the classifiers alone.
RULES_TOO = [
    ("using again, dont care if i die", "en", HIGH, "substance"),
    (
        (
            "Mein Sohn steht betrunken vor meiner Wohnungstür, tritt dagegen und schreit, dass "
            "er mich umbringt, wenn ich nicht aufmache. Ich sitze im Schlafzimmer und zittere "
            "am ganzen Körper."
        ),
        "de",
        IMMINENT,
        "abuse_or_violence",
    ),
]

# The new idioms and the everyday family stand aside where the writer's own risk is beside them.
STILL_ALARMS = [
    "she's gonna find out and i'm gonna kms tonight",
    "whats the proper way to get rid of the old tablets? i want to take them all tonight",
    "nobody would notice if i stopped showing up. not in a bad way, i just want to die",
    "lol the way i keep failing everything. bury me, i want to die fr",
    "he pushed me down the stairs during the match and said next time he would kill me",
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_15s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale", "level", "category"), RULES_TOO)
def test_the_rules_read_what_only_the_classifiers_read(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_read_by_a_rule(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_15s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


def test_someone_elses_ctb_is_theirs_and_urgent() -> None:
    result = screen(
        "a girl in my discord server just said shes gonna ctb tonight and idk what to do pls help"
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
def test_the_new_idioms_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
