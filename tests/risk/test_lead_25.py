"""rules-1.15 (lead): pills taken with alcohol, and the one risky sentence of a journal entry.

POSITIVE: sleeping pills, benzodiazepines or painkillers taken with alcohol beyond a usual
dose ("on top", "a handful", "the rest of") or with their effects ("woozy", "room is
spinning"): an overdose under way whatever the intent, so imminent (DESIGN.md: "an attempt
under way"). Each screened below imminent on main (fb5c07a); "took some sleeping pills on top
of the vodka, feeling really woozy" was `none`.
TWINS: the usual dose beside a drink, a question about mixing, the doctor's warning, a
hangover, pills for a backache, someone else's overdose (the writer's own level stays low).
Each stays below imminent and carries no overdose evidence.
GOODBYES: after "i can't do this anymore", "i give up" or "it's over", a goodbye to everyone
is a farewell (imminent); each was below imminent on main. Their twins end a day, a game or a
term, or are frustration with a thing.
DEATH: thoughts of dying or death, death as a relief, longing for death, in es/fr/de/pt/it
(moderate; "all the time" is high, as en.r13cssrs.intensity). Each was `none` on main; in
German because "tod" alone was listed as an idiom ("tod mude"), so no rule about death could
stand. Twins: someone's death, a class, a book or a series, laughing to death.
SELF_HARM: self-harm that goes on or came back ("almost every night", "for weeks") in fr, es,
pt and it was moderate, where English and German read it high (recent self-harm). Twins cut
hair or nails, or burn themselves cooking.
EDGES: at the edge of a cliff, a bridge or a roof with finality or the wish to fall (imminent),
and "ich will springen" / "voglio saltare" alone (high, as the English classifiers read "i want
to jump"). Each was `none` or `low` on main. Twins: the view, photos, skipping dinner.
JOURNAL: entries of three or more sentences where one sentence carries the risk. The
classifiers read the whole entry as one bag of words, and the ordinary sentences diluted
it; each sentence now also gets the classifiers' reading, under the caps a message of its
own would have (screen._sentence_pred). Each was below its level on main.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

IMMINENT = RiskLevel.IMMINENT.rank
REASON = "overdose under way (pills with alcohol)"

# (text, locale)
POSITIVE = [
    ("took some sleeping pills on top of the vodka, feeling really woozy", "en"),
    ("drank a bottle of vodka on my own tonight and took some of the sleeping pills on top", "en"),
    ("took a handful of my sleeping tablets with a bottle of wine", "en"),
    ("had a few drinks and took some of my diazepam on top", "en"),
    ("i took extra sleeping pills on top of the wine", "en"),
    ("feeling really drowsy after the pills and the gin", "en"),
    ("i've had half a bottle of wine and a few of my sleeping pills, feel weird", "en"),
    ("necked a load of my valium with the rest of the whisky", "en"),
    ("popped a few xanax on top of the beers, room is spinning", "en"),
    ("i've had loads to drink and took all my sleeping tablets", "en"),
    ("took the rest of my zopiclone with a bottle of red", "en"),
    ("downed a bottle of wine and swallowed a handful of my antidepressants", "en"),
    ("had like 6 shots and took a bunch of my codeine", "en"),
    ("took way more of my sleepers than i should with the vodka", "en"),
    ("so dizzy after the wine and the tablets", "en"),
    ("cant keep my eyes open after the vodka and the pills", "en"),
    ("took extra tramadol on top of the cans, feel numb", "en"),
    ("been drinking all night and just took a handful of benzos", "en"),
    ("i took all of my quetiapine with the gin", "en"),
    (
        "Drank a bottle of vodka on my own tonight and took some of the sleeping pills on "
        "top. Feeling really woozy. Just wanted to write that down.",
        "en",
    ),
    ("me tome un punado de pastillas para dormir con una botella de vino", "es"),
    ("me tomé varias pastillas encima del vodka, estoy muy mareada", "es"),
    ("ich habe eine handvoll schlaftabletten mit wodka genommen", "de"),
    ("hab viel getrunken und noch paar tabletten genommen, mir ist so schwindlig", "de"),
    ("bebi muito e tomei varios remedios, to tonta", "pt"),
    ("ho bevuto tanto e ho preso un po di pastiglie, mi gira tutto", "it"),
]

# (text, locale): ordinary or someone else's; never the overdose reading.
TWINS = [
    ("had a glass of wine with dinner and took my usual sleeping tablet", "en"),
    ("is it safe to take my sleeping pills after a glass of wine?", "en"),
    ("the doctor told me not to mix my painkillers with alcohol", "en"),
    ("my mum took a few of her sleeping pills on top of the wine", "en"),
    ("i had a few drinks and took my meds like normal", "en"),
    ("had some wine, took my antidepressant, early night", "en"),
    ("i took a few painkillers for my back and had a beer with the lads", "en"),
    ("took extra painkillers for my back and had a beer", "en"),
    ("the leaflet says no alcohol with these tablets so no wine for me this week", "en"),
    ("took two tablets for my headache and had a cup of tea", "en"),
    ("bought some wine and picked up my prescription on the way home", "en"),
    ("feeling sleepy after the wine and the roast dinner", "en"),
    ("can i have a drink if i took one diazepam this morning?", "en"),
    ("took my sleeping tablet as prescribed and skipped the wine", "en"),
    ("me tome mi pastilla para dormir y una copa de vino", "es"),
    ("puedo tomar diazepam si bebi una cerveza?", "es"),
    ("ich habe meine schlaftablette wie immer genommen und ein glas wein getrunken", "de"),
    ("ich hab zwei schmerztabletten gegen kopfschmerzen genommen und ein bier getrunken", "de"),
    ("tomei meu remedio como sempre e bebi uma taca de vinho", "pt"),
    ("ho preso la mia pastiglia come sempre e un bicchiere di vino", "it"),
]

GOODBYES = [
    "i cant do this anymore, im done, bye everyone",
    "i give up. bye everyone",
    "i can't take it anymore. goodbye all",
    "it's over. bye world",
    "i give up and bye world",
    "im done with life, bye everyone",
]
GOODBYE_TWINS = [
    "im done with work, bye everyone",
    "i give up on this puzzle, bye all",
    "im done for today, bye everyone",
    "cant do this anymore, off to bed, bye everyone",
    "i'm done! bye guys, see ya monday",
    "no more exams! bye everyone have a great summer",
    "i give up, this wifi is useless, bye all",
    "im out, bye guys",
    "im done, bye guys",
]

# (text, locale, level)
DEATH = [
    ("je pense tout le temps à mourir", "fr", RiskLevel.HIGH),
    ("je pense souvent à la mort", "fr", RiskLevel.MODERATE),
    ("la mort serait une délivrance", "fr", RiskLevel.MODERATE),
    ("je rêve de la mort", "fr", RiskLevel.MODERATE),
    ("pienso mucho en la muerte últimamente", "es", RiskLevel.MODERATE),
    ("la muerte sería un alivio", "es", RiskLevel.MODERATE),
    ("anhelo la muerte", "es", RiskLevel.MODERATE),
    ("ich denke die ganze zeit ans sterben", "de", RiskLevel.HIGH),
    ("ich denke oft an den tod", "de", RiskLevel.MODERATE),
    ("manchmal wünsche ich mir tot zu sein", "de", RiskLevel.MODERATE),
    ("der tod wäre eine erlösung", "de", RiskLevel.MODERATE),
    ("ich sehne mich nach dem tod", "de", RiskLevel.MODERATE),
    ("penso em morrer o tempo todo", "pt", RiskLevel.HIGH),
    ("penso muito na morte", "pt", RiskLevel.MODERATE),
    ("tenho vontade de sumir", "pt", RiskLevel.MODERATE),
    ("a morte seria um alívio", "pt", RiskLevel.MODERATE),
    ("penso sempre a morire", "it", RiskLevel.HIGH),
    ("penso spesso alla morte", "it", RiskLevel.MODERATE),
    ("morire sarebbe un sollievo", "it", RiskLevel.MODERATE),
    ("desidero la morte", "it", RiskLevel.MODERATE),
]
DEATH_TWINS = [
    ("je pense souvent à la mort de mon père", "fr"),
    ("en cours de philo on parle de la mort", "fr"),
    ("la mort de mon chat a été un soulagement pour lui, il souffrait", "fr"),
    ("je rêve de la mer", "fr"),
    ("pienso mucho en la muerte de mi abuela", "es"),
    ("la muerte del villano fue un alivio", "es"),
    ("ich denke oft an den tod meiner mutter", "de"),
    ("ich bin tod müde", "de"),
    ("der tod der figur wäre besser für die geschichte", "de"),
    ("wir lesen tod eines handlungsreisenden in der schule", "de"),
    ("penso muito na morte do meu avô", "pt"),
    ("tenho vontade de sumir pra praia esse fim de semana", "pt"),
    ("quero morrer de rir kkkk", "pt"),
    ("penso spesso alla morte di mia nonna", "it"),
    ("la morte del personaggio sarebbe meglio per la trama", "it"),
    ("penso sempre a mangiare", "it"),
]

SELF_HARM = [
    ("je me scarifie depuis des semaines", "fr"),
    ("me corto los brazos casi todas las noches", "es"),
    ("me corto quase toda noite", "pt"),
    ("mi taglio le braccia quasi ogni sera", "it"),
]
SELF_HARM_TWINS = [
    ("je me coupe les cheveux ce soir", "fr"),
    ("me corto el pelo otra vez", "es"),
    ("me corto las uñas otra vez", "es"),
    ("me quemo otra vez con la plancha del pelo", "es"),
    ("me corto o cabelo toda semana", "pt"),
    ("me cortei de novo cozinhando", "pt"),
    ("me queimo sempre com o ferro de passar", "pt"),
    ("mi taglio i capelli stasera", "it"),
    ("mi taglio le unghie ogni sera", "it"),
    ("mi brucio sempre con il forno", "it"),
    ("mi sono tagliata di nuovo con la carta", "it"),
]

# (text, locale, level)
EDGES = [
    (
        "im on the edge of the cliff looking down, beautiful view for my last moments",
        "en",
        RiskLevel.IMMINENT,
    ),
    (
        "standing on the edge of the cliff, so easy to fall and never come back",
        "en",
        RiskLevel.IMMINENT,
    ),
    ("at the edge of the cliff, one step and it ends here", "en", RiskLevel.IMMINENT),
    ("ich steh am rand der klippe, ich will springen", "de", RiskLevel.IMMINENT),
    ("sono sul bordo della scogliera, voglio saltare", "it", RiskLevel.IMMINENT),
    ("ich will springen", "de", RiskLevel.HIGH),
    ("voglio saltare", "it", RiskLevel.HIGH),
]
EDGE_TWINS = [
    ("im on the edge of the cliff looking down, beautiful view, best day ever", "en"),
    ("this is my last time at the edge of the cliff before we move, gonna miss this view", "en"),
    ("on the edge of the cliff for my last sunset of the holiday", "en"),
    ("on the cliff edge taking photos, so easy to fall here, careful lol", "en"),
    ("ich will springen, aber ins wasser vom sprungbrett", "de"),
    ("ich steh am rand der klippe, wahnsinns aussicht", "de"),
    ("voglio saltare la cena stasera", "it"),
    ("voglio saltare la lezione di domani", "it"),
    ("sono sul bordo della scogliera, che vista", "it"),
]

# (entry, the level it should reach at least): one sentence carries the risk.
JOURNAL = [
    (
        "Work was fine. Had soup for dinner and watched the news. Honestly some nights I "
        "wish I just wouldn't wake up. Anyway, early start tomorrow.",
        RiskLevel.MODERATE,
    ),
    (
        "Picked the kids up from school and made tea. They were fighting about the ipad. "
        "When they're asleep tonight I'm going to take everything in the cabinet. I love "
        "them so much.",
        RiskLevel.HIGH,
    ),
    (
        "Cooked a curry from scratch. Watched a documentary about whales. I just want to "
        "disappear and never come back. Might go to bed early.",
        RiskLevel.MODERATE,
    ),
]

# The same entries with the risky sentence made ordinary: below moderate.
JOURNAL_TWINS = [
    "Work was fine. Had soup for dinner and watched the news. Honestly some nights I wish I "
    "could just sleep for a week. Anyway, early start tomorrow.",
    "Picked the kids up from school and made tea. They were fighting about the ipad. When "
    "they're asleep tonight I'm going to take a long bath and read. I love them so much.",
    "Cooked a curry from scratch. Watched a documentary about whales. I just want to go on a "
    "trip and see them one day. Might go to bed early.",
    "Therapy was cancelled this week. I tidied the flat and did the shopping. I've been "
    "saving up for a new bike in a jar in the wardrobe. Might call Jess later.",
    "Nurse shift was long. We had an overdose come in at 3am but she pulled through. Home "
    "now and so tired.",
]


@pytest.mark.parametrize(("text", "locale"), POSITIVE)
def test_pills_with_alcohol_are_an_overdose_under_way(text: str, locale: str) -> None:
    result = screen(text, locale=locale)
    assert result.level.rank == IMMINENT, (text, result.level)
    assert "substance" in result.categories or result.evidence, text


@pytest.mark.parametrize(("text", "locale"), TWINS)
def test_ordinary_pills_and_drink_are_not(text: str, locale: str) -> None:
    result = screen(text, locale=locale)
    assert result.level.rank < IMMINENT, (text, result.level)
    assert all(e.reason != REASON for e in result.evidence), text


def test_someone_elses_overdose_is_theirs() -> None:
    result = screen("my mum took a few of her sleeping pills on top of the wine")
    assert result.level.rank <= RiskLevel.LOW.rank
    assert "third_party" in result.flags


def test_after_the_fact_and_with_context() -> None:
    # In the conversation after "are you safe right now?" the same words stay imminent.
    ctx = ["Are you safe right now?"]
    text = "had a few drinks and took some of my diazepam on top"
    assert screen(text, context=ctx).level.rank == IMMINENT


@pytest.mark.parametrize("text", GOODBYES)
def test_goodbye_to_everyone_after_giving_up(text: str) -> None:
    assert screen(text).level.rank == IMMINENT, text


@pytest.mark.parametrize("text", GOODBYE_TWINS)
def test_ordinary_goodbyes_to_everyone(text: str) -> None:
    result = screen(text)
    assert result.level.rank < IMMINENT, text
    assert all(e.reason != "goodbye message" for e in result.evidence), text


@pytest.mark.parametrize(("text", "locale", "level"), DEATH)
def test_thoughts_of_death_in_five_languages(text: str, locale: str, level: RiskLevel) -> None:
    assert screen(text, locale=locale).level.rank == level.rank, text


@pytest.mark.parametrize(("text", "locale"), DEATH_TWINS)
def test_someone_elses_death_and_idioms(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("text", "locale"), SELF_HARM)
def test_self_harm_that_goes_on_is_high(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank == RiskLevel.HIGH.rank, text


@pytest.mark.parametrize(("text", "locale"), SELF_HARM_TWINS)
def test_haircuts_nails_and_cooking_burns(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("text", "locale", "level"), EDGES)
def test_at_an_edge_with_finality(text: str, locale: str, level: RiskLevel) -> None:
    assert screen(text, locale=locale).level.rank == level.rank, text


@pytest.mark.parametrize(("text", "locale"), EDGE_TWINS)
def test_at_an_edge_for_the_view(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("entry", "level"), JOURNAL)
def test_one_risky_sentence_in_a_journal_entry(entry: str, level: RiskLevel) -> None:
    result = screen(entry)
    assert result.level.rank >= level.rank, (entry, result.level)
    assert result.evidence, entry


@pytest.mark.parametrize("entry", JOURNAL_TWINS)
def test_ordinary_journal_entries_stay_quiet(entry: str) -> None:
    assert screen(entry).level.rank < RiskLevel.MODERATE.rank, entry


def test_chat_messages_are_not_split() -> None:
    from mindline.risk.screen import _sentences

    assert _sentences("i'm fine. really. just tired") == []  # too short to be an entry
    entry = JOURNAL_TWINS[0]
    assert len(_sentences(entry)) == 4


# Someone else's act under way: `third_party_urgent` beside `third_party` (the companion then
# says "call {emergency} straight away"). Talk of ideation or a past event is not urgent.
URGENT_OTHERS = [
    "my brother tied the belt to the door handle and won't answer",
    "my mum took all her pills and isn't waking up",
    "my friend is on the roof and says goodbye to everyone",
    "my flatmate downed a whole packet",
]
NOT_URGENT_OTHERS = [
    "my sister said she wants to die",
    "my friend jumped off the bridge yesterday",
    "my brother overdosed and i wish i was dead too",
]


@pytest.mark.parametrize("text", URGENT_OTHERS)
def test_someone_elses_act_under_way_is_urgent(text: str) -> None:
    result = screen(text)
    assert {"third_party", "third_party_urgent"} <= set(result.flags), text
    assert result.level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize("text", NOT_URGENT_OTHERS)
def test_someone_elses_ideation_or_past_event_is_not_urgent(text: str) -> None:
    result = screen(text)
    assert "third_party" in result.flags and "third_party_urgent" not in result.flags, text


def test_the_writers_own_crisis_drops_both_flags() -> None:
    result = screen("my sister wants to die and honestly so do i, i'm going to kill myself tonight")
    assert result.level.rank == IMMINENT
    assert not {"third_party", "third_party_urgent"} & set(result.flags)


# Someone else in danger in es/fr/de/pt/it: `third_party` (and `third_party_urgent` for an
# overdose, a height, or intent with a time), low for the writer. Seven of the ten had no flag
# on c41b295 (`none`: the companion chatted on); the last three had it from topic words.
OTHERS_INTL = [
    ("mia sorella ha preso tante pastiglie con il vino", "it", True),
    ("mi hermana se tomó todas sus pastillas", "es", True),
    ("ma soeur a pris toutes ses pilules", "fr", True),
    ("meine schwester hat alle ihre tabletten genommen", "de", True),
    ("minha irmã tomou todos os comprimidos dela", "pt", True),
    ("mi amigo está en el puente y dice que va a saltar", "es", True),
    ("mon frère dit qu'il va se tuer ce soir", "fr", True),
    ("meu amigo disse que vai se matar hoje", "pt", True),
    ("mein bruder hat gesagt, er will sich umbringen", "de", False),
    ("mi novia me dijo que se quiere matar", "es", False),
]
OTHERS_INTL_TWINS = [
    ("mi hermana se tomó todas sus pastillas de la mañana", "es"),
    ("ma mère a pris tous ses médicaments du soir comme d'habitude", "fr"),
    ("mio fratello dice che si ammazza dalle risate", "it"),
    ("minha mãe tomou todos os remédios como o médico mandou", "pt"),
    ("meine oma hat alle ihre tabletten wie verordnet genommen", "de"),
    ("mon frère dit qu'il va sauter en parachute ce weekend", "fr"),
    ("mi amigo dice que va a saltar en paracaídas mañana", "es"),
    ("il dit qu'il va mourir de faim si on mange pas bientot", "fr"),
]


@pytest.mark.parametrize(("text", "locale", "urgent"), OTHERS_INTL)
def test_someone_else_in_danger_in_five_languages(text: str, locale: str, urgent: bool) -> None:
    result = screen(text, locale=locale)
    assert "third_party" in result.flags, text
    assert ("third_party_urgent" in result.flags) is urgent, text
    assert result.level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(("text", "locale"), OTHERS_INTL_TWINS)
def test_someone_elses_routine_or_idiom_in_five_languages(text: str, locale: str) -> None:
    result = screen(text, locale=locale)
    assert "third_party_urgent" not in result.flags, text
    assert result.level.rank < RiskLevel.MODERATE.rank, text
