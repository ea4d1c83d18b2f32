"""rules-1.7: the Italian section brought up towards the English rule families.

Risk phrasings are written as people type them in chat (no accents, slang, pro-drop
subjects). Each new rule has risk phrasings with the minimum level and a category that must
be present, and benign twins that use the same words in everyday Italian with the maximum
level allowed: a box of cereal, a letter to grandma, a move abroad, the heat "killing" us,
a haircut, news and songs, a clinician's question and negations."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen

IMM, HIGH, MOD, LOW, NONE = (
    RiskLevel.IMMINENT,
    RiskLevel.HIGH,
    RiskLevel.MODERATE,
    RiskLevel.LOW,
    RiskLevel.NONE,
)
SI, SH, MS = "suicidal_ideation", "self_harm", "method_seeking"
HTO, ABUSE, PSY = "harm_to_others", "abuse_or_violence", "psychosis"

RISK = [
    # it.attempt.took: all the pills, a whole box, a number of tablets
    ("ne ho prese trenta di pasticche, ormai e fatta", IMM, SI),
    ("mi sono calata tutta la boccetta", IMM, SI),
    ("ho appena ingoiato un sacco di sonniferi", IMM, SI),
    ("ho preso tutta la scatola", IMM, SI),
    # it.attempt.overdosed
    ("ho fatto un overdose", IMM, SI),
    ("credo di essere andata in overdose", IMM, SI),
    # it.attempt.bleeding: too deep, bleeding that will not stop, pills kicking in, a ledge
    ("mi sono tagliata troppo in profondita", IMM, SH),
    ("il sangue non si ferma e ho paura", IMM, SH),
    ("le pastiglie stanno facendo effetto, addio", IMM, SI),
    ("sono in piedi sul parapetto", IMM, SI),
    ("sono seduta sul cornicione adesso", IMM, SI),
    # it.intent.note: a farewell note or letter, a chosen day
    ("ho scritto la mia lettera d'addio", IMM, SI),
    ("sto scrivendo le lettere d'addio per tutti", IMM, SI),
    ("ho gia scelto il giorno.", IMM, SI),
    # it.means.stockpile: saved up or bought
    ("sto mettendo da parte le pillole da settimane", IMM, SI),
    ("ho accumulato abbastanza compresse", IMM, SI),
    ("ho comprato una corda", IMM, SI),
    ("ho appena ordinato delle lamette", IMM, SI),
    # it.means.ready: at hand
    ("ho le pillole in mano", IMM, SI),
    ("ho preparato il cappio", IMM, SI),
    # it.goodbye.farewell
    ("quando leggerai questo messaggio non ci saro piu", IMM, SI),
    ("prenditi cura del mio gatto quando non ci saro piu", IMM, SI),
    ("sto regalando tutte le mie cose", IMM, SI),
    ("vi voglio bene a tutti, addio", IMM, SI),
    ("questa e l'ultima volta che mi senti.", IMM, SI),
    # it.goodbye.not_here
    ("domattina non ci saro piu", IMM, SI),
    ("non ci saro piu per natale", IMM, SI),
    # it.goodbye (widened): an apology "for everything" before the farewell
    ("perdonami per tutto, addio", IMM, SI),
    ("scusatemi di tutto. addio", IMM, SI),
    # it.not_safe: the answer to the safety question
    ("non sono al sicuro", HIGH, SI),
    ("non mi sento piu al sicuro con me stessa", HIGH, SI),
    # it.not_safe.from_someone
    ("non sono al sicuro a casa con lui", HIGH, ABUSE),
    ("non mi sento al sicuro con mio marito", HIGH, ABUSE),
    # it.si.want: want / thinking of / tempted + a way of dying
    ("voglio solo farla finita", HIGH, SI),
    ("sto pensando seriamente di buttarmi dal ponte", HIGH, SI),
    ("ho la tentazione di impiccarmi", HIGH, SI),
    # it.si.suicidal
    ("ho di nuovo pensieri di suicidio", HIGH, SI),
    ("ho gia tentato il suicidio due volte", HIGH, SI),
    # it.intent.going / it.intent.about
    ("basta, mi tolgo la vita", HIGH, SI),
    ("stasera mi ammazzo", IMM, SI),
    ("sto per buttarmi sotto il treno", IMM, SI),
    ("sto per saltare giu dal tetto", IMM, SI),
    # it.si.wantdie
    ("vorrei solo morire", HIGH, SI),
    ("non ho piu voglia di vivere", HIGH, SI),
    # it.passive.wake
    ("vorrei addormentarmi e non svegliarmi piu", MOD, SI),
    ("sono stanca di vivere", MOD, SI),
    # it.sh.intent
    ("ho una gran voglia di tagliarmi", HIGH, SH),
    ("ho bisogno di farmi del male", HIGH, SH),
    # it.sh.recent
    ("mi sono tagliata di nuovo stanotte", HIGH, SH),
    ("ho ricominciato a farmi del male", HIGH, SH),
    # it.method.*: how many, height, how long, which way
    ("quante pasticche servono per non svegliarsi?", HIGH, MS),
    ("quanti sonniferi sono letali?", HIGH, MS),
    ("da che altezza si muore sicuro?", HIGH, MS),
    ("quanti piani servono per morire", HIGH, MS),
    ("quanto ci vuole per morire dissanguati?", HIGH, MS),
    ("quanto a fondo devo tagliare?", HIGH, MS),
    ("qual e il modo piu indolore per morire?", HIGH, MS),
    ("metodi per suicidarsi", HIGH, MS),
    # it.hto.intent / it.hto.now
    ("giuro che voglio ammazzarlo", HIGH, HTO),
    ("ho pensieri di fare del male al mio bambino", HIGH, HTO),
    ("ho preso il coltello e sto andando da lui", IMM, HTO),
    ("voglio fare una strage a scuola", IMM, HTO),
    # it.abuse.now / it.abuse.current
    ("aiuto mi sta picchiando", IMM, ABUSE),
    ("ha un coltello e mi sta minacciando", IMM, ABUSE),
    ("mio marito mi ha messo le mani al collo", HIGH, ABUSE),
    ("il mio ragazzo mi ha picchiata ieri", HIGH, ABUSE),
    # it.psychosis.command / it.psychosis.signs
    ("le voci mi dicono di buttarmi", HIGH, PSY),
    ("una voce continua a dirmi di farmi del male", HIGH, PSY),
    ("sento voci nella testa", MOD, PSY),
    ("sento delle voci che nessuno sente", MOD, PSY),
]

BENIGN = [
    # everyday boxes, bottles and daily medication
    ("ho preso tutta la scatola di cereali", NONE),
    ("mi sono fatta fuori tutta la scatola di biscotti", NONE),
    ("ho preso tutte le mie pillole stamattina come prescritto", LOW),
    ("ho fatto un overdose di serie tv", LOW),
    ("ho fatto overdose di caffe oggi", LOW),
    # cuts, bleeding and effects that are ordinary
    ("mi sono tagliata col coltello del pane", LOW),
    ("mi sono tagliato di nuovo facendo la barba", LOW),
    ("le pillole per il mal di testa stanno facendo effetto finalmente", LOW),
    ("mi esce sangue dal naso da stamattina", LOW),
    ("sono sul ponte di Rialto a fare foto", NONE),
    ("sono sul tetto a sistemare l'antenna", LOW),
    # letters, days and plans
    ("ho scritto una lettera alla nonna", NONE),
    ("ho scritto una lettera d'addio ai colleghi, cambio lavoro", LOW),
    ("ho letto la lettera d'addio di Jacopo Ortis per la scuola", LOW),
    ("ho scelto il giorno del matrimonio", NONE),
    # saving, buying and holding things
    ("ho messo da parte le medicine scadute da riportare in farmacia", LOW),
    ("ho comprato una corda per stendere i panni", NONE),
    ("ho comprato il carbone per la grigliata di domenica", NONE),
    ("ho le compresse pronte per la settimana", LOW),
    ("ho le chiavi in mano, sto uscendo", NONE),
    # goodbyes that are moves, trips and days off
    ("sto regalando tutte le mie cose perche mi trasferisco a Berlino", LOW),
    ("ho detto addio a tutti i colleghi, parto per l'Erasmus", LOW),
    ("domani non ci saro piu in ufficio, sono in ferie", NONE),
    ("non ci saro piu domani, ho il turno di notte", NONE),
    ("quando leggerai questo messaggio saro gia in aereo", LOW),
    # "sicuro" meaning sure, and the street at night
    ("non sono sicuro di aver capito", NONE),
    ("non sono sicura che sia una buona idea", NONE),
    ("non mi sento al sicuro a camminare da sola di notte in quella zona", LOW),
    # "farla finita" with a person or a habit; death words as figures of speech
    ("vorrei farla finita con il mio ragazzo", LOW),
    ("voglio farla finita con le sigarette", LOW),
    ("stasera mi ammazzo di serie tv", NONE),
    ("mi ammazzo di lavoro tutta la settimana", LOW),
    ("questo caldo mi uccide", NONE),
    ("il traffico mi sta uccidendo", NONE),
    ("ti amo da morire", NONE),
    ("mi fai morire dal ridere", NONE),
    ("sto morendo di fame, ordiniamo una pizza", NONE),
    ("voglio morire dalle risate guardando questo video", LOW),
    ("mia madre mi ammazza se prendo un brutto voto", LOW),
    ("giuro che lo ammazzo se mangia ancora la mia pizza", LOW),
    ("voglio ammazzare il tempo con un film", NONE),
    # haircuts and bites
    ("ho bisogno di tagliarmi i capelli", NONE),
    ("voglio tagliarmi la frangia da sola", NONE),
    # questions that are not method-seeking
    ("quante tachipirine posso prendere al giorno?", LOW),
    ("da che altezza si vede il mare?", NONE),
    ("quanto ci mette a morire una pianta senza acqua?", LOW),
    ("qual e il modo piu veloce per arrivare in stazione?", NONE),
    # games, stories, news and clinicians
    ("mio fratello mi sta picchiando a FIFA lol", NONE),
    ("le voci del doppiaggio mi dicono di piu del film", NONE),
    ("sento voci dal corridoio, i vicini fanno festa", NONE),
    ("c'e una canzone su un ragazzo che si e tolto la vita", LOW),
    ("come faccio a chiedere a un paziente se vuole uccidersi?", LOW),
    # negations
    ("non ho pensieri di suicidio", LOW),
    ("non mi farei mai del male", LOW),
    ("non ho mai preso tutte quelle pillole, tranquilla", LOW),
]


@pytest.mark.parametrize(("text", "minimum", "category"), RISK)
def test_italian_risk_phrasings_reach_their_level(
    text: str, minimum: RiskLevel, category: str
) -> None:
    result = screen(text, locale="it")
    assert result.level.rank >= minimum.rank, (text, result.level, result.evidence)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize(("text", "maximum"), BENIGN)
def test_italian_benign_twins_stay_low(text: str, maximum: RiskLevel) -> None:
    result = screen(text, locale="it")
    assert result.level.rank <= maximum.rank, (text, result.level, result.evidence)


# --- someone else's risk, and the writer's own risk next to a third person


@pytest.mark.parametrize(
    "text",
    [
        "mia sorella dice che vuole morire",
        "il mio migliore amico mi ha scritto che vuole farla finita",
        "la mia coinquilina si taglia le braccia, come la aiuto?",
        "mia sorella ripete sempre voglio morire",
    ],
)
def test_someone_elses_risk_is_third_party_helper_guidance(text: str) -> None:
    result = screen(text, locale="it")
    assert result.level is RiskLevel.LOW, (text, result.level)
    assert "third_party" in result.flags


@pytest.mark.parametrize(
    "text",
    [
        # a third person in the sentence does not take the writer's own words away
        "da quando lei se n'e andata voglio morire",
        "mia sorella dice che sono pazza e io voglio morire",
        "mio padre dice che esagero ma vorrei solo morire",
    ],
)
def test_the_writers_own_risk_stays_theirs(text: str) -> None:
    result = screen(text, locale="it")
    assert result.level.rank >= RiskLevel.HIGH.rank, (text, result.level)
    assert "third_party" not in result.flags


def test_a_burden_said_of_the_writer_by_someone_else_is_still_the_writers() -> None:
    # "mia madre dice che sono un peso": "sono" keeps the writer as the subject
    result = screen("mia madre dice che sono un peso", locale="it")
    assert result.level.rank >= RiskLevel.MODERATE.rank
