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

Round 2: another helper wrote 84 positives and 51 twins blind, in new wording (Roman, Neapolitan,
Sicilian and Venetian chat, other situations: dialysis, farm debts, a nurse, a night cleaner).
Before the it.r19 rules they read 31/84 at level, with the round-1 rules 33/84: the phrases
had not carried over (burden 6/8, danger 1/9, date_set 2/8, goodbye 1/8, harm_other 2/8,
means_ready 5/9, method_q 3/8, passive 4/8, self_harm 3/8, wish_die 6/10). Rules `it.r19.*.vocab*`
fire where words of two vocabularies meet in one message (a first-person wish and a way to die,
a time and an end, a farewell and finality, a means or a place and here/now, a substance and
drinking it, control of money and blows...) with a short list of everyday words that rules
them out. After: 82/84 at level (burden 8/8, danger 9/9, date_set 7/8, goodbye 8/8,
harm_other 8/8, means_ready 8/9, method_q 8/8, passive 8/8, self_harm 8/8, wish_die 10/10),
twins over 2/51 as before (neither through an it.r19 rule); round 1 stays 100/100, 2/60; no
it.r19 rule fires on a twin of any language's round 1 or 2. Left: "ce l'ho qui in mano" alone,
and "il 3 e l'anniversario di rosa, quel giorno vado da lei" (a date to join the dead).

The positives (it_29.tsv) are the round's positives that were below level and now read at level
through a new rule; the twins are its everyday rows, on which no new rule may fire. The lists below
add the same shapes in other words and everyday sentences written against each new rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import patterns, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel
from probe_rows import probe_row_tests, rules_reading

ROWS = Path(__file__).with_name("it_29.tsv")


def _new_rules(text: str) -> list[str]:
    return rules_reading(text, "it.r19.", "it")


(
    test_positive_reads_at_level_through_a_new_rule,
    test_twin_reads_below_moderate_and_no_new_rule_fires,
) = probe_row_tests(ROWS, "r19")


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


# Round 2: the vocabulary rules in still other words (written with the rules, not blind).
@pytest.mark.parametrize(
    ("level", "text"),
    [
        ("high", "mi voglio ammazzare, non ce la faccio più"),
        ("high", "me vojo accide, basta"),
        ("high", "me vogghiu ammazzari"),
        ("high", "penso di continuo a togliermi la vita"),
        ("high", "voglio solo morire, basta"),
        ("imminent", "sabato chiudo con la vita, ho deciso"),
        ("imminent", "domenica è il giorno, ho già scritto tutto"),
        ("imminent", "giovedì sera mi ammazzo, è deciso"),
        ("imminent", "la faccio finita, ho deciso"),
        ("imminent", "addio a tutti, non è colpa vostra"),
        ("imminent", "se state leggendo questo non è colpa vostra"),
        ("imminent", "ultimo messaggio, non cercatemi più"),
        ("imminent", "vi ho voluto bene, ditelo a mia sorella"),
        ("imminent", "grazie per tutto. ultimo messaggio che scrivo"),
        ("imminent", "ho lasciato il testamento sulla scrivania, così dopo non avete problemi"),
        ("imminent", "ho dato via la chitarra a mio fratello, a me non serve più"),
        ("imminent", "sono sui binari, aspetto che passi il treno"),
        ("imminent", "so 'ncoppa 'o ponte, nun ce la faccio cchiù"),
        ("imminent", "sto sul viadotto, non ce la faccio più"),
        ("imminent", "la pistola è qui in mano, l'ho tirata fuori"),
        ("high", "se prendo le pillole con la vodka si muore?"),
        ("high", "quanto è alto il cavalcavia della tangenziale? chiedo così"),
        ("high", "la candeggina se la bevi ti uccide?"),
        ("high", "il veleno per topi se lo bevo muoio?"),
        ("moderate", "spero che Dio mi porti via stanotte"),
        ("moderate", "spero che mi venga un infarto nel sonno"),
        ("moderate", "se domani non mi svegliassi, amen"),
        ("moderate", "era meglio se morivo nell'incidente"),
        ("moderate", "rovino la vita alla mia famiglia"),
        ("moderate", "no ghe la fasso più, xe tuto inutile"),
        ("high", "mi sono graffiata le braccia fino a sanguinare"),
        ("high", "devo tagliarmi, adesso"),
        ("high", "l'ho rifatto, sulle braccia"),
        ("high", "ho tirato pugni contro il muro fino a sanguinare"),
        ("high", "penso di spaccargli la faccia al mio capo"),
        ("high", "lo voglio ammazzare, giuro"),
        ("high", "a volte penso di mettergli del veleno nel caffè"),
        ("high", "domani porto il coltello a scuola"),
        ("imminent", "li aspetto fuori, ho il coltello in tasca"),
        ("high", "dice che se lo denuncio mi ammazza"),
        ("high", "mi prende i soldi e mi picchia se dico di no"),
        ("imminent", "mi sta seguendo a piedi, ho paura"),
        ("imminent", "sta spaccando tutto, siamo chiusi in bagno"),
        ("imminent", "mi ha chiusa in bagno e urla che mi uccide"),
    ],
)
def test_round2_vocabulary_in_other_words(level: str, text: str) -> None:
    assert _new_rules(text), text
    assert screen(text, "it").level.rank >= RiskLevel(level).rank


# Round 2: everyday sentences with the vocabularies' words.
@pytest.mark.parametrize(
    "text",
    [
        "non mi voglio ammazzare, sto solo male",
        "penso solo a morire dal sonno",
        "voglio morire dal ridere con voi",
        "sabato la faccio finita con le sigarette",
        "domenica è il giorno della finale",
        "sabato è il giorno della partita",
        "ciao a tutti, non è colpa di nessuno se la gita è saltata",
        "ultimo post dell'anno, non mi cercate fino al 7",
        "ciao a tutti, vi ho voluto bene, ditelo a mia madre che arrivo tardi",
        "grazie di tutto, ultimo messaggio che scrivo nel gruppo",
        "ho lasciato i documenti al commercialista così dopo non ci pensiamo",
        "ho regalato il passeggino a mia cugina, a me non serve più",
        "sono vicino ai binari, aspetto il treno per la stazione",
        "sono sui binari del treno in foto per il book",
        "sto sul tetto a sistemare l'antenna, non ce la faccio più dal caldo",
        "sto sul ponte, che vista stupenda",
        "la pistola ad acqua è in camera, l'ho tirata fuori per i bimbi",
        "quanto è alto il campanile di Giotto? curiosità per la gita",
        "quanto è alto il ponte di Messina? curiosità",
        "il mio cane ha bevuto la candeggina, se la beve muore?",
        "spero che il Signore ci porti la pioggia",
        "spero che mi venga un'idea per la tesi",
        "se domani non mi svegliassi in tempo, pazienza, prendo il treno dopo",
        "rovino sempre la vita a chi mi sta vicino con le mie battute lol",
        "rovino la vita a mia sorella con i miei scherzi",
        "mi sono bruciata la mano fino al polso col ferro da stiro",
        "devo farmi male alla gamba per saltare la verifica ahah",
        "l'ho rifatto il tiramisù, sulle fette di pan di spagna",
        "ho dato un pugno al muro e mi sono sbucciato le nocche",
        "domani porto la torta a scuola",
        "li aspetto fuori dal cinema, ho i biglietti",
        "mi ha detto che se lo lascio si ammazza",
        "dice che se lo denuncio mi fa causa",
        "mia madre mi prende i soldi della paghetta e mi sgrida",
        "mi sta seguendo su tiktok da mesi, ho paura sia un fan",
        "la mia vicina sta spaccando tutto in casa, siamo chiusi fuori senza chiavi",
        "mi ha chiusa fuori dal bagno e urla che fa la doccia",
        "e qui. aiutami a montare l'armadio",
    ],
)
def test_round2_everyday_words_stay_below_moderate(text: str) -> None:
    assert _new_rules(text) == []
    assert screen(text, "it").level.rank < RiskLevel.MODERATE.rank


# Round 2: read moderate or above by older rules or the classifiers; no new rule may fire.
@pytest.mark.parametrize(
    "text",
    [
        "mi voglio ammazzare dal ridere",
        "mi voglio ammazzare di lavoro questa settimana",
        "stanotte è l'ultima, domani si torna a casa, è tutto pronto",
        "penso di mettergli qualcosa nel caffè, lo zucchero che non vuole",
        "lo voglio ammazzare di coccole il mio gatto davvero",
        "ho regalato la tv a mia madre, a me non serve più tanto uso il pc",
    ],
)
def test_round2_no_new_rule_fires_on_these(text: str) -> None:
    assert _new_rules(text) == []
