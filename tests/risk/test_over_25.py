"""rules-1.15 (over): single everyday messages the screen over-read at moderate or above.

EVERYDAY: each screened moderate or above on main (fb5c07a) -- most at high or imminent --
and now stays below moderate: all the day's pills taken together as the doctor said, the
last message of the evening with thanks for something named or a plan for tomorrow, an
engine run in the garage to charge or warm it, a rope up in the loft for the boxes or ready
for the climbing wall, a blade in hand for the pumpkin, the week's pills in the organiser, a
bridge, a roof or the tracks for photos or a job, the view from a cliff edge or a bridge in
es/fr/de/pt/it chat (patterns.yaml `(?#over25)` idioms, rules-1.15 (over) blocks).
RISKY: the same words with intent, a farewell, a wish to die, "at once" with no instruction,
a timeline or feeling unwell after the dose keep the level they had on main.
CONTEXT: after the writer's talk of risk the everyday readings do not apply
(screen._over_not_ordinary): the level on main comes back.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

# (locale, text, level on main): each was moderate or above on main.
EVERYDAY = [
    ("en", "i took all my meds at once like the doctor told me", "imminent"),
    (
        "en",
        "the gp said take them together so i took all my pills at once with breakfast",
        "imminent",
    ),
    ("en", "took all 3 of my tablets together as prescribed", "high"),
    ("en", "nurse told me to take all my meds at once in the morning so thats what i did", "high"),
    ("en", "had all my pills in one go like my doctor told me to, way easier", "high"),
    (
        "en",
        "swallowed all my tablets at once like the consultant said and now im off to work",
        "imminent",
    ),
    ("en", "i took all my meds at once this morning like my psychiatrist recommended", "imminent"),
    ("en", "took all my pills at the same time like the doc said to, hope that's ok", "high"),
    ("en", "i take all my meds at once now like the doctor told me, less faff", "high"),
    ("en", "i took both my tablets at once like the gp said", "high"),
    ("en", "my last message tonight: thanks for the breathing tips", "imminent"),
    ("en", "last message from me tonight, thanks for listening, speak tomorrow", "imminent"),
    ("en", "this is my last text for today, thanks for the tips x", "imminent"),
    ("en", "my last message for tonight: gonna try the grounding thing tomorrow", "imminent"),
    (
        "en",
        "ok my last message of the night, thank you, ill try journaling tomorrow morning",
        "imminent",
    ),
    ("en", "my last message tonight: cheers for the advice about my boss", "imminent"),
    ("en", "my final message today: thank u for the reminder to drink water lol", "imminent"),
    (
        "en",
        "this is my last message tonight, thanks, i'll do the thought record tomorrow",
        "imminent",
    ),
    (
        "en",
        "my last message for the night: ty for the tips, trying the body scan before bed",
        "imminent",
    ),
    ("en", "left the car running in the garage charging the battery", "imminent"),
    ("en", "left the car running in the garage while i loaded the boot", "imminent"),
    ("en", "the engine is running in the garage, my dad is fixing the exhaust", "high"),
    ("en", "started the car in the garage with the door wide open to charge the battery", "high"),
    ("en", "the rope is up in the loft to haul the boxes down", "imminent"),
    ("en", "i have a blade in my hand, carving the pumpkin for halloween", "imminent"),
    ("en", "im on the edge of the cliff looking down at the sea, so beautiful", "imminent"),
    ("es", "estoy en el borde del acantilado mirando abajo, q pasada", "imminent"),
    ("fr", "j'ai pris tous mes medicaments en meme temps comme le medecin m'a dit", "imminent"),
    ("it", "ho preso tutte le pastiglie insieme come mi ha detto il medico", "moderate"),
    ("it", "il mio ultimo messaggio stasera: grazie per i consigli sul respiro", "imminent"),
    ("es", "estoy en el borde del acantilado mirando abajo, que pasada", "imminent"),
    ("es", "estoy al borde del acantilado mirando abajo, q vistas mas guapas", "imminent"),
    ("es", "estoy en el borde del precipicio mirando abajo, que guapo es esto", "imminent"),
    ("es", "estoy en el borde del acantilado mirando el mar, q maravilla", "imminent"),
    (
        "es",
        "estoy sentada en el borde del acantilado mirando abajo con mi novio, q romantico",
        "imminent",
    ),
    ("es", "estoy en el borde del acantilado mirando abajo, flipando con las olas", "imminent"),
    ("fr", "je suis sur le pont je regarde en bas, les bateaux passent, trop cool", "imminent"),
    ("fr", "je suis au bord du vide je regarde en bas, quelle vue de ouf", "imminent"),
    ("fr", "j'ai pris tous mes cachets d'un coup comme le medecin a dit", "imminent"),
    ("fr", "j'ai pris tous mes medocs en meme temps comme la pharmacienne m'a dit", "imminent"),
    ("fr", "mon dernier message ce soir, merci pour les conseils, je te dis demain", "moderate"),
    ("fr", "c'est mon dernier message de la soiree, merci pour l'aide", "imminent"),
    ("de", "stehe an der kante und schau runter, was für ein ausblick", "imminent"),
    ("de", "letzte nachricht heute abend, danke für die hilfe", "moderate"),
    ("pt", "estou na beira do penhasco olhando para baixo, que lindo", "imminent"),
    ("pt", "to em cima da ponte olhando pra baixo, o rio ta lindo", "imminent"),
    ("pt", "to na beira do precipicio olhando pra baixo, q massa", "imminent"),
    ("pt", "tô na beira do penhasco olhando pra baixo com meus amigos kkk", "imminent"),
    ("pt", "tomei todos os remedios juntos como o medico falou", "imminent"),
    ("it", "sono sul bordo del precipizio e guardo giù, che figata", "imminent"),
    ("it", "sono sul ponte e guardo giu, bellissimo", "imminent"),
    ("it", "ho preso tutte le pastiglie insieme come ha detto il dottore", "imminent"),
    ("it", "il mio ultimo messaggio di stasera, grazie per l'aiuto", "imminent"),
    ("en", "i swallowed all my pills in one go this morning as prescribed", "imminent"),
    ("en", "last message tonight, thanks for the revision tips, speak tomorrow", "high"),
    ("en", "the rope is tied over the branch for the kids swing", "imminent"),
    ("en", "i have a knife in my hand, chopping the onions for dinner", "high"),
    ("en", "the car is running in the garage, warming it up before the school run", "imminent"),
    ("en", "the car is running in the garage so the windscreen defrosts", "imminent"),
    ("en", "car running in the garage with the door up, warming the engine", "imminent"),
    ("en", "i'm in the garage with the car running, warming it up for work", "high"),
    ("en", "im on the bridge taking photos of the river", "high"),
    ("en", "i'm on the tracks with the maintenance crew tonight", "imminent"),
    ("en", "i'm on the ledge cleaning the windows, 6th floor job", "high"),
    ("en", "got the rope ready for the climbing wall tonight", "imminent"),
    ("en", "the rope is tied to the beam for the aerial silks class", "imminent"),
    ("en", "i have a razor blade in my hand, scraping the paint off the window", "imminent"),
    ("en", "i have the knife ready for cutting the cake tonight", "imminent"),
    ("en", "i've got my pills ready for the week in the organiser", "imminent"),
    ("en", "this is my last message for a while, going on holiday with no wifi", "imminent"),
    ("en", "final message of the night: thanks for helping me plan the birthday", "moderate"),
    ("fr", "dernier message ce soir, merci pour les conseils, a demain", "moderate"),
    ("de", "ich steh auf der brücke und schau runter, der fluss ist so schön", "imminent"),
    ("de", "letzte nachricht für heute, danke für die tipps", "high"),
    ("it", "sono sul ponte e guardo giu, il fiume e bellissimo", "imminent"),
    ("it", "sono sul tetto e guardo giu, la citta e stupenda", "imminent"),
    ("it", "ho la corda pronta per arrampicare domani", "imminent"),
    ("it", "ho preso tutte le pillole insieme come da prescrizione", "imminent"),
]


@pytest.mark.parametrize(("locale", "text", "on_main"), EVERYDAY)
def test_everyday_stays_below_moderate(locale: str, text: str, on_main: str) -> None:
    assert RiskLevel(on_main).rank >= RiskLevel.MODERATE.rank
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank


# The same shapes with risk: (locale, text, level on main, kept).
RISKY = [
    ("en", "i took all my meds at once", "imminent"),
    ("en", "i took all my meds at once, the doctor told me not to but i dont care anymore", "high"),
    ("en", "took all my pills at once like the doctor told me not to, i want to die", "imminent"),
    ("en", "i took all my tablets at once and said goodbye", "imminent"),
    ("en", "took all my meds at once so i wont wake up", "imminent"),
    ("en", "i took all my meds at once like the doctor told me. goodbye everyone", "imminent"),
    (
        "en",
        "took all my pills at once. the doctor told me one a day but i want it to stop",
        "imminent",
    ),
    (
        "en",
        "i took all my meds at once like the doctor told me and now i cant breathe properly",
        "imminent",
    ),
    ("en", "swallowed all my tablets at once an hour ago", "imminent"),
    ("en", "took all my pills at once like the doctor told me, im sorry mum", "high"),
    ("en", "my last message tonight: thanks for everything, goodbye", "imminent"),
    (
        "en",
        "this is my last message. thanks for trying to help. i won't be here tomorrow",
        "imminent",
    ),
    (
        "en",
        "my last message tonight: thanks for the breathing tips, they didnt help, im ending it",
        "imminent",
    ),
    ("en", "last message ever. thank you for the tips", "high"),
    ("en", "my final message: thank you for everything, tell my mum i love her", "imminent"),
    (
        "en",
        "my last message tonight: thanks for the breathing tips. nobody will miss me",
        "imminent",
    ),
    (
        "en",
        "last message tonight, thanks for the tips, i won't need them after tonight",
        "imminent",
    ),
    ("en", "my last message: thanks for the tips, i've made up my mind", "imminent"),
    ("en", "left the car running in the garage with the door shut, i'm sitting in it", "imminent"),
    ("en", "the car is running in the garage and i'm not getting out", "imminent"),
    ("en", "car running in the garage, hose on the exhaust, goodbye", "imminent"),
    ("en", "left the car running in the garage. i want to fall asleep in there", "imminent"),
    ("en", "the car is running in the garage, this is the end", "imminent"),
    (
        "en",
        "left the car running in the garage charging the battery. and me. nobody will "
        "find me till morning",
        "imminent",
    ),
    ("en", "tied a rope to the beam in the garage. tonight's the night", "imminent"),
    ("en", "the rope is tied to the beam, i want to hang myself", "imminent"),
    ("en", "got the rope over the branch, i'm ready to go", "imminent"),
    ("en", "got a new blade, gonna cut myself tonight", "imminent"),
    ("en", "changed the razor blade, going to use it on my wrists", "high"),
    ("en", "standing on the edge of the cliff looking down, i want to jump", "high"),
    ("en", "on the bridge. goodbye everyone", "imminent"),
    ("en", "at the edge of the roof, nobody will miss me", "moderate"),
    ("en", "standing at the cliff edge, i'm going to end it tonight", "imminent"),
    ("en", "standing on the tracks waiting for the train, i'm done", "high"),
    ("en", "walking to the tracks tonight, no one will miss me", "high"),
    ("en", "on top of the bridge, i want to die", "imminent"),
    ("es", "estoy en el borde del acantilado mirando abajo, quiero saltar", "imminent"),
    ("es", "estoy en el borde del acantilado, adios a todos", "imminent"),
    ("es", "estoy en el puente, adios a todos", "imminent"),
    ("es", "estoy en la azotea, esta noche me tiro", "imminent"),
    ("es", "estoy en el borde del acantilado mirando abajo, ya no quiero vivir", "imminent"),
    ("es", "me tome todas las pastillas juntas", "imminent"),
    ("es", "mi ultimo mensaje: gracias por todo, adios", "imminent"),
    ("fr", "je suis au bord de la falaise, je veux sauter", "imminent"),
    ("fr", "je suis sur le pont, adieu", "imminent"),
    ("fr", "je suis au bord de la falaise a regarder en bas, je veux mourir", "imminent"),
    ("fr", "j'ai pris tous mes medicaments en meme temps, je veux mourir", "imminent"),
    ("fr", "mon dernier message : merci pour tout, adieu", "imminent"),
    ("de", "bin auf der bruecke. lebt wohl", "imminent"),
    ("de", "ich steh am rand der klippe und schau runter, ich will nicht mehr leben", "high"),
    ("de", "hab alle tabletten auf einmal genommen, ich will sterben", "imminent"),
    ("de", "meine letzte nachricht: danke fuer alles, lebt wohl", "imminent"),
    ("pt", "to na beira do penhasco, quero pular", "imminent"),
    ("pt", "estou na ponte, adeus a todos", "imminent"),
    ("pt", "to na beira do penhasco olhando pra baixo, nao quero mais viver", "imminent"),
    ("pt", "tomei todos os meus remedios de uma vez, quero morrer", "imminent"),
    ("pt", "minha ultima mensagem: obrigada por tudo, adeus", "imminent"),
    ("it", "sono sul ponte, addio a tutti", "imminent"),
    ("it", "sono sul bordo della scogliera a guardare giu, non voglio piu vivere", "high"),
    ("it", "ho preso tutte le pastiglie insieme, voglio morire", "imminent"),
    ("it", "il mio ultimo messaggio: grazie di tutto, addio", "imminent"),
    ("en", "i took all my meds at once like the doctor told me so i can sleep forever", "imminent"),
    (
        "en",
        "the gp said take them together so i took all my pills at once, every single one "
        "in the box",
        "imminent",
    ),
    (
        "en",
        "took all my tablets together as prescribed, and then the rest of the packet",
        "imminent",
    ),
    ("en", "my last message tonight: thanks for the tips but i won't be needing them", "high"),
    ("en", "my last message tonight, thanks for the breathing tips. i'm sorry", "imminent"),
    ("en", "last message tonight. thanks for the advice, i love you all", "high"),
    (
        "en",
        "left the car running in the garage charging the battery and i'm sitting in it "
        "with the door shut",
        "imminent",
    ),
    (
        "en",
        "the rope is up in the loft to haul the boxes down, then i'll use it for me",
        "imminent",
    ),
    ("en", "i have a blade in my hand, carving my arm", "imminent"),
    ("en", "i have a knife in my hand and i want to hurt myself", "imminent"),
    (
        "en",
        "im on the edge of the cliff looking down at the sea, so beautiful, i want to jump",
        "imminent",
    ),
    ("es", "estoy en el borde del acantilado mirando abajo, q pasada, me voy a tirar", "imminent"),
    (
        "es",
        "estoy en el borde del acantilado mirando abajo, que vistas, es mi ultimo atardecer",
        "imminent",
    ),
    (
        "es",
        "estoy en el borde del acantilado mirando abajo, q pasada... nadie me echaria de menos",
        "imminent",
    ),
    ("fr", "je suis au bord du vide je regarde en bas, quelle vue, je vais sauter", "imminent"),
    (
        "fr",
        "j'ai pris tous mes cachets d'un coup comme le medecin a dit, et maintenant j'ai "
        "du mal a respirer",
        "imminent",
    ),
    ("fr", "c'est mon dernier message de la soiree, merci pour tout, adieu", "imminent"),
    ("fr", "j'ai pris tous mes cachets d'un coup, le medecin m'avait dit un par jour", "imminent"),
    (
        "de",
        "stehe an der kante und schau runter, was für ein ausblick, ich spring gleich",
        "imminent",
    ),
    ("de", "letzte nachricht heute abend, danke für alles, lebt wohl", "imminent"),
    ("pt", "estou na beira do penhasco olhando para baixo, que lindo, vou pular", "imminent"),
    ("pt", "tomei todos os remedios juntos como o medico falou nao, quero morrer", "imminent"),
    ("pt", "tomei todos os remedios de uma vez, quero dormir pra sempre", "imminent"),
    ("it", "sono sul ponte e guardo giu, bellissimo, adesso salto", "imminent"),
    (
        "it",
        "ho preso tutte le pastiglie insieme come ha detto il dottore, ora mi gira la testa",
        "imminent",
    ),
    ("it", "il mio ultimo messaggio di stasera, grazie di tutto, addio", "imminent"),
    ("it", "sono sul bordo del precipizio e guardo giù, non ce la faccio piu", "imminent"),
    ("en", "i took all my meds at once like the doctor told me. now i just wait", "imminent"),
    ("en", "i took all my meds at once like the doctor told me, all 30 of them", "imminent"),
    (
        "en",
        "took all my pills at once like the doctor told me, with half a bottle of vodka",
        "high",
    ),
    (
        "en",
        "i took all my meds at once like the doctor told me. see you on the other side",
        "imminent",
    ),
    ("en", "took all my tablets at once like the gp said, bye", "high"),
    ("en", "i took all my meds at once like the doctor told me and im so tired now", "imminent"),
    ("en", "my last message tonight, thanks for the tips. it's been nice knowing you", "imminent"),
    ("en", "my last message tonight: thanks for the breathing tips. this is it", "imminent"),
    ("en", "my last message tonight, thanks for the tips. remember me", "imminent"),
    ("en", "last message tonight: thanks for the advice. time to go", "high"),
    (
        "en",
        "my last message tonight, thanks for the tips, speak tomorrow if i'm still here",
        "imminent",
    ),
    (
        "en",
        "my last message tonight: thanks for the breathing tips. please look after my cat",
        "imminent",
    ),
    (
        "en",
        "left the car running in the garage charging the battery, gonna have a nap in "
        "the back seat",
        "imminent",
    ),
    (
        "en",
        "im on the edge of the cliff looking down at the sea, so beautiful, so peaceful",
        "imminent",
    ),
    (
        "en",
        "im on the edge of the cliff looking down at the sea, so beautiful, such a long way down",
        "imminent",
    ),
    (
        "en",
        "im on the edge of the cliff looking down at the sea, beautiful. the water is calling me",
        "imminent",
    ),
    (
        "es",
        "estoy en el borde del acantilado mirando abajo, q pasada, me despido de todos",
        "imminent",
    ),
    ("es", "estoy en el borde del acantilado mirando abajo, q vistas, hasta siempre", "imminent"),
    (
        "fr",
        "je suis au bord du vide je regarde en bas, quelle vue, c'est la derniere fois",
        "imminent",
    ),
    (
        "fr",
        "c'est mon dernier message de la soiree, merci pour l'aide, vous allez me manquer",
        "imminent",
    ),
    ("de", "stehe an der kante und schau runter, was fur ein ausblick, das letzte mal", "imminent"),
    ("de", "letzte nachricht heute abend, danke für die hilfe, tut mir leid", "high"),
    ("pt", "estou na beira do penhasco olhando para baixo, que lindo, vou embora", "imminent"),
    ("pt", "tomei todos os remedios juntos como o medico falou, agora to tonta", "imminent"),
    ("it", "sono sul ponte e guardo giu, bellissimo, un ultimo sguardo", "imminent"),
    ("it", "il mio ultimo messaggio di stasera, grazie per l'aiuto, mi mancherete", "imminent"),
    ("en", "my last message tonight: thanks for the breathing tips, i'll miss you", "imminent"),
    (
        "de",
        "letzte nachricht heute abend, danke für die hilfe, ich werde euch vermissen",
        "moderate",
    ),
    ("en", "im on the bridge taking photos of the river, the last photos i'll ever take", "high"),
    (
        "en",
        "i'm on the tracks with the maintenance crew but i'm going to wait for the next train",
        "imminent",
    ),
    ("en", "i'm on the ledge cleaning the windows, thinking about letting go", "high"),
    ("en", "i'm on the roof fixing the aerial, i could just step off", "moderate"),
    ("en", "i have a razor blade in my hand, scraping the paint off, then my arm", "imminent"),
    ("en", "i have the knife ready for cutting the cake tonight, and then myself", "imminent"),
    (
        "en",
        "i've got my pills ready for the week in the organiser, or i could take them all tonight",
        "imminent",
    ),
    ("en", "this is my last message for a while, going on holiday. forever", "imminent"),
    (
        "en",
        "got the rope ready for the climbing wall tonight, strong enough to hold my weight",
        "imminent",
    ),
    ("en", "the rope is tied to the beam in the garage, tonight's the night", "imminent"),
    (
        "en",
        "i'm in the garage with the car running, warming it up, and i'm staying in here",
        "high",
    ),
    ("en", "i'm in the garage with the car running", "imminent"),
    (
        "de",
        "ich steh auf der brücke und schau runter, der fluss ist so schön, ich spring gleich",
        "imminent",
    ),
    ("it", "sono sul tetto e guardo giu, la citta e stupenda, voglio saltare", "imminent"),
    ("it", "ho la corda pronta per arrampicare domani, anzi per impiccarmi stanotte", "imminent"),
    (
        "it",
        "ho preso tutte le pillole insieme come da prescrizione, e poi tutta la scatola",
        "imminent",
    ),
    ("fr", "dernier message ce soir, merci pour les conseils, adieu", "high"),
    (
        "en",
        "left the car running in the garage charging the battery, i'm staying in here with it",
        "imminent",
    ),
    ("en", "i'm in the garage with the car running, warming it up. waiting now", "high"),
    ("en", "im on the edge of the cliff looking down at the sea, so beautiful, kms", "imminent"),
    ("en", "my last message tonight: thanks for the breathing tips. ily all", "imminent"),
    (
        "en",
        "i took all my meds at once like the doctor told me, feeling really weird now",
        "imminent",
    ),
    (
        "en",
        "my last message tonight, thanks for the tips. i'm going to sleep and not wake up",
        "imminent",
    ),
    ("en", "the rope is up in the loft to haul the boxes down. tomorrow it's for me", "imminent"),
    ("en", "my last message tonight: thanks for the breathing tips, time to disappear", "imminent"),
    ("es", "estoy en el borde del acantilado mirando abajo, q pasada. adios", "imminent"),
    (
        "fr",
        "je suis au bord du vide je regarde en bas, quelle vue, j'ai envie de sauter",
        "imminent",
    ),
    (
        "de",
        "stehe an der kante und schau runter, was für ein ausblick. gleich bin ich weg",
        "imminent",
    ),
    ("pt", "tomei todos os remedios juntos como o medico falou, tchau pra sempre", "imminent"),
    ("it", "il mio ultimo messaggio di stasera, grazie per l'aiuto, vi voglio bene", "imminent"),
    ("it", "sono sul ponte e guardo giu, bellissimo, sto per buttarmi", "imminent"),
]


@pytest.mark.parametrize(("locale", "text", "on_main"), RISKY)
def test_the_same_shapes_with_risk_keep_their_level(locale: str, text: str, on_main: str) -> None:
    assert screen(text, locale=locale).level.rank >= RiskLevel(on_main).rank


RISK_BEFORE = {
    "en": ["i want to die, i can't do this anymore"],
    "es": ["quiero morir, ya no puedo mas"],
    "fr": ["je veux mourir, j'en peux plus"],
    "de": ["ich will sterben, ich kann nicht mehr"],
    "pt": ["quero morrer, nao aguento mais"],
    "it": ["voglio morire, non ce la faccio piu"],
}
QUIET_BEFORE = ["had a long day at work", "what are you up to tonight?"]

# (locale, text, level on main), each imminent on main by its attempt, goodbye or means rule.
AFTER_RISK = [
    ("en", "i took all my meds at once like the doctor told me", "imminent"),
    ("en", "my last message tonight: thanks for the breathing tips", "imminent"),
    ("en", "left the car running in the garage charging the battery", "imminent"),
    ("en", "the rope is up in the loft to haul the boxes down", "imminent"),
    ("en", "im on the edge of the cliff looking down at the sea, so beautiful", "imminent"),
    ("es", "estoy en el borde del acantilado mirando abajo, q pasada", "imminent"),
    ("fr", "j'ai pris tous mes cachets d'un coup comme le medecin a dit", "imminent"),
    ("de", "stehe an der kante und schau runter, was für ein ausblick", "imminent"),
    ("pt", "tomei todos os remedios juntos como o medico falou", "imminent"),
    ("it", "il mio ultimo messaggio di stasera, grazie per l'aiuto", "imminent"),
    ("en", "i have the knife ready for cutting the cake tonight", "imminent"),
    ("it", "sono sul tetto e guardo giu, la citta e stupenda", "imminent"),
]


@pytest.mark.parametrize(("locale", "text", "on_main"), AFTER_RISK)
def test_after_talk_of_risk_the_everyday_reading_does_not_hold(
    locale: str, text: str, on_main: str
) -> None:
    found = screen(text, locale=locale, context=RISK_BEFORE[locale])
    assert found.level.rank >= RiskLevel(on_main).rank
    assert "context" in found.flags


# Read high on main by the classifiers alone: after talk of risk they keep their say.
AFTER_RISK_CLASSIFIERS = [
    ("en", "im on the bridge taking photos of the river", "high"),
    ("en", "the engine is running in the garage, my dad is fixing the exhaust", "high"),
    ("en", "i took both my tablets at once like the gp said", "high"),
]


@pytest.mark.parametrize(("locale", "text", "on_main"), AFTER_RISK_CLASSIFIERS)
def test_after_talk_of_risk_the_classifiers_keep_their_say(
    locale: str, text: str, on_main: str
) -> None:
    found = screen(text, locale=locale, context=RISK_BEFORE[locale])
    assert found.level.rank >= RiskLevel(on_main).rank


@pytest.mark.parametrize(("locale", "text", "on_main"), AFTER_RISK + AFTER_RISK_CLASSIFIERS)
def test_after_a_quiet_chat_the_everyday_reading_holds(
    locale: str, text: str, on_main: str
) -> None:
    assert screen(text, locale=locale, context=QUIET_BEFORE).level.rank < RiskLevel.MODERATE.rank
