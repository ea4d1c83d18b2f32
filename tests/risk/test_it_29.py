"""rules-1.19 (it): the imminent families, method questions and plain statements in Italian
chat words.

A helper wrote 100 positives and 60 twins in Italian chat (dialect included: Roman, Sicilian,
Neapolitan, Venetian) from the label guide alone, ten families of ten and six. On rules-1.18 they
read 44/100 positives at level and 5/60 twins at moderate or above: a day decided ("ho deciso,
sara venerdi sera") 2/10, goodbyes ("per favore prenditi cura del mio gatto", "addio. siete stati
gentili con me") 3/10, means at hand or standing at the place ("ho preso il fucile da caccia di
mio padre, e in camera mia", "so sul cornicione") 4/10, method questions in disguise ("fa male
morire annegati?", "qual e il ponte piu alto qui in zona? non e per me") 3/10, and passive,
burden, self-harm, harm to others and danger told plainly 4-6/10 each. The rules `it.r19.*`
were written for the shape of those statements; five older rules that over-read a twin were
narrowed (it.passive and it.passive2: "vorrei sparire sotto il piumone"; it.sh and
it.wantdie.negatable: a cut peeling potatoes; it.r17hto.intent: "ammazzo mio fratello, si e
mangiato i miei yogurt"). After: 100/100 positives at level, 2/60 twins at moderate (both read
so by the classifiers, no rule), and no change on the es/fr/pt/de probe twins. These are the
numbers on the round the rules were written from; a blind round in new words is still to measure.

POSITIVES (it_29.tsv) are the round's positives that were below level and now read at level
through a new rule; TWINS are its everyday rows, on which no new rule may fire. The lists below
add the same shapes in other words and everyday sentences written against each new rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import patterns, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel
from probe_rows import probe_rows

ROWS = Path(__file__).with_name("it_29.tsv")
POSITIVES = [tuple(r) for r in probe_rows(ROWS, "positive")]
TWINS = [tuple(r) for r in probe_rows(ROWS, "twin")]


def _new_rules(text: str) -> list[str]:
    return [
        h.rule.id
        for h in patterns.find_hits(normalize(text, locale="it"))
        if h.rule.id.startswith("it.r19.") and h.about != "none"
    ]


@pytest.mark.parametrize(("locale", "level", "text"), POSITIVES)
def test_positive_reads_at_level_through_a_new_rule(locale: str, level: str, text: str) -> None:
    assert _new_rules(text), text
    assert screen(text, locale).level.rank >= RiskLevel(level).rank


@pytest.mark.parametrize(("locale", "level", "text"), TWINS)
def test_twin_reads_below_moderate_and_no_new_rule_fires(
    locale: str, level: str, text: str
) -> None:
    assert _new_rules(text) == []
    assert screen(text, locale).level.rank < RiskLevel.MODERATE.rank


# The same shapes in other words (written while the rules were written, not blind).
@pytest.mark.parametrize(
    ("level", "text"),
    [
        ("imminent", "ho deciso, sara sabato notte"),
        ("imminent", "ho deciso: domenica quando tutti dormono"),
        ("imminent", "giovedi sera prima che torni mia moglie. ho deciso"),
        ("imminent", "sabato la faccio finita, e tutto pronto"),
        (
            "imminent",
            "ho scritto le lettere per mia madre e mio fratello, le troveranno nel cassetto",
        ),
        ("imminent", "ho sistemato il testamento, poi basta"),
        ("imminent", "ancora due giorni e poi nessuno dovra piu preoccuparsi per me"),
        ("imminent", "prendetevi cura della mia gatta, vi prego"),
        ("imminent", "ho regalato tutte le mie cose, dove vado non mi servono"),
        ("imminent", "addio. vi ho voluto bene"),
        ("imminent", "vi voglio bene, perdonatemi"),
        ("imminent", "ho tutte le pastiglie sul comodino, mi manca solo il coraggio"),
        ("imminent", "i sonniferi sono qui, devo solo prenderli"),
        ("imminent", "ho preso la pistola di mio padre, ce l'ho in mano"),
        ("imminent", "sono sul parapetto del ponte"),
        ("imminent", "mi sono chiusa in bagno a chiave, ho tutto quello che mi serve"),
        ("high", "quanti sonniferi possono uccidere una persona?"),
        ("high", "dov'e il ponte piu alto qui vicino casa? chiedo per un amico"),
        ("high", "fa male morire impiccati?"),
        ("high", "come posso trovare una pistola senza licenza?"),
        ("high", "scrivo una storia, la ragazza vuole morire senza soffrire, cosa userebbe?"),
        ("moderate", "se morissi nessuno se ne accorgerebbe"),
        ("moderate", "sono solo un peso per tutti"),
        ("moderate", "starebbero tutti meglio se non ci fossi"),
        ("high", "ho sbattuto la testa contro il muro apposta"),
        ("high", "mi graffio a sangue quando sono sola"),
        ("imminent", "3 mesi pulita e stanotte mi sono tagliata"),
        ("high", "mi immagino di ammazzare il mio capo, ci penso di continuo"),
        ("imminent", "ho preso il coltello e lo aspetto sotto casa"),
        ("high", "mio marito ha ripreso a picchiarmi"),
        ("high", "mi ha scritto che viene ad ammazzarmi"),
        ("imminent", "e fuori dalla porta e ha un coltello"),
        ("moderate", "spero che il treno deragli stamattina"),
        ("moderate", "sarebbe meglio per tutti se sparissi"),
        ("moderate", "che senso ha restare al mondo"),
    ],
)
def test_same_shape_in_other_words(level: str, text: str) -> None:
    assert _new_rules(text), text
    assert screen(text, "it").level.rank >= RiskLevel(level).rank


# Everyday sentences with the new rules' words: a day decided for a dinner, letters to clients,
# a cat looked after for the weekend, pills after lunch, a ledge to fix an aerial, a child's
# dose, a game, a kitchen knife, and the same statements denied.
@pytest.mark.parametrize(
    "text",
    [
        "ho deciso, sabato vado al mare con gli amici",
        "ho deciso, sara venerdi sera la cena di classe",
        "ho deciso: domani quando torni ne parliamo",
        "domani mattina prima che arrivi la badante devo fare la spesa. e deciso",
        "domenica la faccio finita con questa dieta",
        "ho scritto le lettere per i miei nonni, gliele porto domenica",
        "ho scritto le lettere a tutti i clienti",
        "ho fatto testamento biologico, dopo basta con le carte",
        "ancora tre giorni e poi ferie finalmente",
        "ancora due settimane e poi non ci saro piu in questo ufficio",
        "prenditi cura del mio gatto mentre sono via",
        "potete pensare voi al mio cane sabato?",
        "pensate voi al mio cane, io arrivo tardi stasera",
        "ho regalato le mie cose vecchie al mercatino, tanto non mi servono piu",
        "addio! siete stati fantastici, ci vediamo al prossimo concerto",
        "addio. e stato un piacere lavorare con voi",
        "ok e la fine del turno, volevo solo salutarvi",
        "grazie, ci sei stata quando serviva. adesso vado a cena",
        "vi voglio bene, perdonatemi il ritardo",
        "le pastiglie sono sul tavolo, devo solo prenderle dopo cena",
        "ho le pastiglie della pressione, ce le ho davanti, le prendo dopo pranzo",
        "ho preso il fucile di mio padre per pulirlo, e in camera mia",
        "ho preso mezzo blister di moment per il mal di denti",
        "sono sul davanzale a pulire i vetri",
        "mi sono chiusa in camera a chiave, ho tutto quello che mi serve per studiare",
        "qual e il ponte piu alto d'italia? per curiosita",
        "fa male morire di vecchiaia?",
        "i sonniferi possono uccidere il gatto se li mangia?",
        "la tachipirina da quanto diventa pericolosa per un bambino di 15 kg?",
        "dove si compra una pistola ad acqua?",
        "nel mio racconto il protagonista muore senza soffrire, ti piace il finale?",
        "a quella velocita uno se ne accorge dell'autovelox?",
        "se mi investisse una macchina sarebbe un casino col lavoro",
        "che senso ha stare qua se lui non viene",
        "spero che l'aereo non cada ahah ho paura di volare",
        "sarebbe tutto piu semplice se non esistesse la burocrazia",
        "sono delusa di essermi svegliata tardi",
        "mi sento un peso per la squadra",
        "sono diventata un peso massimo ahah",
        "non ce la faccio piu ad andare avanti con questo progetto",
        "non ce la faccio piu a studiare, pausa",
        "ho sbattuto la testa contro il muro per sbaglio",
        "mi sono aperta il ginocchio cadendo",
        "mi graffio fino a sanguinare per l'eczema",
        "6 mesi pulita dal fumo e ieri ho ceduto a una sigaretta",
        "il medico ha visto le cicatrici sulle braccia dell'operazione",
        "voglio fargliela pagare a quel prof, so dove abita ahah",
        "lo picchio a fifa finche non smette di giocare",
        "ho preso il coltello e aspetto che rientri per tagliare la torta",
        "lo sto aspettando sotto casa, stasera lo massacro a calcetto",
        "mio fratello ha ricominciato a menarmi a fifa",
        "mia madre dice che viene a picchiarmi se non pulisco ahah",
        "sta sbattendo contro la porta il vento, mamma urla che mi ammazza se non chiudo",
        "il vicino e sotto casa, ha un coltello per tagliare la siepe",
        "mi sono tagliato cucinando, che male",
        "sto regalando le mie cose perche trasloco a berlino",
        "ho gia ingoiato meta blister di caramelle ahah",
        "ho scelto la data della laurea, dopo basta studiare",
        "non sono delusa di essermi svegliata, anzi",
        "non ho sbattuto la testa contro il muro finche non ho sanguinato, era solo un livido",
        "non ho preso il coltello, aspetto che rientri e ne parliamo",
        "mio padre non ha ricominciato a menarci, per fortuna",
        "non ho ingoiato mezzo blister, ne ho presa una",
        "non ho regalato le mie cose, tanto non mi servono piu? no",
        "mia sorella dice che e un peso per tutti",
        "il mio amico ha scritto le lettere per i suoi, sono nel cassetto",
    ],
)
def test_everyday_words_of_the_new_rules_stay_below_moderate(text: str) -> None:
    assert _new_rules(text) == []
    assert screen(text, "it").level.rank < RiskLevel.MODERATE.rank


# Older rules or the classifiers read these moderate or above, before the new rules and after;
# no new rule may.
@pytest.mark.parametrize(
    "text",
    [
        "ho dato via tutta la mia roba da sci, tanto non mi serve piu",
        "non mi graffio fino a sanguinare da mesi",
        "non penso di far male a nessuno, me lo immagino solo nei film",
        "non sono sul cornicione, tranquilla",
        "non sono un peso per nessuno, me lo dicono tutti",
        "penso di far male a mia madre quando le rispondo male",
        "perdonatemi, vi voglio bene ma stasera non vengo",
        "qual e il palazzo piu alto qui in zona? voglio fare foto",
        "sono sul cornicione a sistemare l'antenna",
    ],
)
def test_no_new_rule_fires_on_these(text: str) -> None:
    assert _new_rules(text) == []


# The narrowed older rules keep their own sense.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("vorrei sparire per sempre", "it.passive"),
        ("voglio sparire", "it.passive2"),
        ("mi sono tagliata di nuovo", "it.sh"),
        ("domani lo ammazzo", "it.r17hto.intent"),
        ("ammazzo il mio patrigno", "it.r17hto.intent"),
    ],
)
def test_narrowed_rule_still_reads_its_own_sense(text: str, rule: str) -> None:
    hits = patterns.find_hits(normalize(text, locale="it"))
    assert rule in [h.rule.id for h in hits if h.about != "none"]
