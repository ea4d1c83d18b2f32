"""rules-1.10 (de-it-rules): German and Italian phrasings the pattern layer missed on main --
death wishes with chat fillers and the verb first ("will einfach nur noch sterben", "möchte ich
eigentlich nur noch sterben"), not wanting to live, leaving this world, thinking how to do it,
self-harm happening now, threats shouted at the door, command voices (with a knife in hand),
goodbyes (for good after a comma, a last message, it is not your fault, not coming back),
timelines ("sobald alle schlafen, mach ichs", "aspetto che dormano"), passive wishes,
method questions in chat spelling or disguised as a story, eating-disorder danger signs,
risky use and coercive control. Every RISK row failed on main before this change (its
pattern level was below the one asserted); the twins share the words and stay below
moderate. The phrasings are written for these tests (not copied from the seed files or the
regression sets) and carry no method detail, dose or place."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel
from mindline.risk.screen import _pattern_pass

IMMINENT = RiskLevel.IMMINENT
HIGH = RiskLevel.HIGH
MODERATE = RiskLevel.MODERATE

SI = "suicidal_ideation"
SH = "self_harm"
METHOD = "method_seeking"
ABUSE = "abuse_or_violence"
HTO = "harm_to_others"
PSY = "psychosis"
SUB = "substance"
ED = "eating_disorder"

RISK = [
    ("de", "ich will einfach nur noch sterben", HIGH, SI),
    ("de", "ich möchte einfach nicht mehr leben", HIGH, SI),
    ("de", "er steht vor der tür und schreit, dass er mich absticht", IMMINENT, ABUSE),
    ("it", "mi sto tagliando adesso", IMMINENT, SH),
    ("de", "ich will halt einfach nur noch sterben, sonst nichts", HIGH, SI),
    ("de", "ehrlich gesagt möchte ich eigentlich nur noch sterben", HIGH, SI),
    ("de", "ich mag echt nicht mehr leben", HIGH, SI),
    ("de", "ich will eigentlich nich mehr leben", HIGH, SI),
    ("de", "ich möchte endlich diese welt verlassen", HIGH, SI),
    ("de", "will einfach von dieser welt verschwinden", HIGH, SI),
    ("de", "ich überleg schon ernsthaft, wie ich es mache.", HIGH, SI),
    ("de", "bin dabei zu planen, wann ichs mach", HIGH, SI),
    ("de", "ich schneide mich gerade und es hört nicht auf", IMMINENT, SH),
    ("de", "ich bin grad dabei mich zu ritzen", IMMINENT, SH),
    (
        "de",
        "hab mit absicht so lange gegen die wand geboxt bis die knöchel aufgeplatzt sind",
        HIGH,
        SH,
    ),
    ("de", "vor drei jahren hab ich versucht mich umzubringen", MODERATE, SI),
    ("de", "letzte woche hab ich versucht, mich umzubringen", HIGH, SI),
    ("de", "ich mach jetzt schluss, ich ertrag das alles nicht mehr", HIGH, SI),
    ("de", "will mich einfach unaliven", HIGH, SI),
    ("de", "heute nacht isses soweit", IMMINENT, SI),
    ("de", "sobald alle schlafen, tu ichs", IMMINENT, SI),
    ("de", "nachdem meine mitbewohner weg sind, mach ich es", IMMINENT, SI),
    ("de", "das ist die letzte nachricht von mir. es tut mir leid", IMMINENT, SI),
    ("de", "sagt meinem papa, dass es nicht seine schuld ist", IMMINENT, SI),
    ("de", "ich sitz im auto am see und ich komme nicht mehr zurück", IMMINENT, SI),
    ("de", "die stimmen werden lauter und ich hab die klinge in der hand", IMMINENT, PSY),
    ("de", "eine stimme im kopf befiehlt, dass ich meine mutter bestrafen muss", HIGH, PSY),
    ("de", "er hämmert gegen die tür und brüllt, dass er mich umbringt", IMMINENT, ABUSE),
    ("de", "mein freund tritt gerade auf mich ein", IMMINENT, ABUSE),
    ("de", "sie schreibt mir, dass sie mich abstechen wird", HIGH, ABUSE),
    ("de", "ich würde meinem chef am liebsten richtig weh tun", HIGH, HTO),
    ("de", "ich will ihr so richtig was antun", HIGH, HTO),
    ("de", "ich hab gedanken, meinem kind etwas anzutun, und hab angst", HIGH, HTO),
    ("de", "ich bin echt nur noch eine belastung", MODERATE, SI),
    ("de", "mir ist egal ob ich lebe oder tot bin", MODERATE, SI),
    ("de", "ich seh einfach keinen sinn mehr in meinem leben", MODERATE, SI),
    ("de", "ich bin so satt vom leben", MODERATE, SI),
    ("de", "würde es überhaupt jemand merken, wenn ich tot wäre", MODERATE, SI),
    ("de", "wenn ich nicht mehr da wäre, hätten meine eltern es leichter", MODERATE, SI),
    ("de", "ich hab echt keine zukunft mehr", MODERATE, SI),
    ("de", "ich trink jeden abend bis zum filmriss, wenn ich nicht mehr aufwache, egal", HIGH, SUB),
    ("de", "ohne wodka schaff ich den tag nicht", MODERATE, SUB),
    ("de", "ich nehme viel mehr schlaftabletten als verschrieben", MODERATE, SUB),
    ("de", "bin zweimal umgekippt, aber ich esse trotzdem nichts", HIGH, ED),
    ("de", "meine nachbarn lesen meine gedanken", MODERATE, PSY),
    ("it", "mi sto bruciando in questo momento e non riesco a smettere", IMMINENT, SH),
    ("it", "mi sto tagliando di nuovo", HIGH, SH),
    ("it", "ho proprio bisogno di farmi male stanotte", HIGH, SH),
    ("it", "da adolescente mi facevo del male", MODERATE, SH),
    ("it", "sto pensando a come andarmene.", HIGH, SI),
    ("it", "vorrei solo lasciare questo mondo", HIGH, SI),
    ("it", "ho voglia di levarmi di mezzo per sempre", HIGH, SI),
    ("it", "e l'ultimo messaggio che mando, vi voglio bene", IMMINENT, SI),
    ("it", "dite a mio fratello che non e colpa sua", IMMINENT, SI),
    ("it", "sono al lago e non torno piu", IMMINENT, SI),
    ("it", "aspetto che vadano a letto tutti e poi lo faccio", IMMINENT, SI),
    ("it", "il mio ragazzo dice che se lo lascio mi ammazza", HIGH, ABUSE),
    ("it", "mio padre mi ha sbattuto contro la parete", HIGH, ABUSE),
    ("it", "ho pensieri di fare del male alla mia bimba", HIGH, HTO),
    ("it", "ho il coltello, stasera gliela faccio pagare", IMMINENT, HTO),
    ("it", "qual e il metodo meno doloroso per addormentarsi per sempre", HIGH, METHOD),
    ("it", "quante compresse ci vogliono x nn svegliarsi", HIGH, METHOD),
    ("it", "come potrei farla finita senza che nessuno se ne accorga", HIGH, METHOD),
    ("it", "sono svenuto ieri ma non mangio comunque", HIGH, ED),
    ("it", "mi ubriaco ogni sera, se non mi sveglio piu pazienza", HIGH, SUB),
    ("it", "mi sento proprio stanca di esistere", MODERATE, SI),
    ("it", "morire o vivere per me e lo stesso", MODERATE, SI),
    ("it", "i miei genitori starebbero piu sereni senza di me", MODERATE, SI),
    ("it", "ho ripreso a prendere lassativi", MODERATE, ED),
    ("it", "bevo tutte le sere per dimenticare", MODERATE, SUB),
    ("it", "il mio fidanzato pretende le password di tutto", MODERATE, ABUSE),
    ("it", "mi immagino di prendere a pugni il mio vicino", MODERATE, HTO),
    ("de", "ich will bloss noch sterben", HIGH, SI),
    ("de", "will ich echt nur noch sterben? ja", HIGH, SI),
    ("de", "ich möchte halt nich mehr leben", HIGH, SI),
    ("de", "ich würde gern diese welt verlassen", HIGH, SI),
    ("de", "ich ritze mich gerade, es blutet stark", IMMINENT, SH),
    ("de", "heut nacht is es so weit", IMMINENT, SI),
    ("de", "wenn die kinder schlafen, mach ich es", IMMINENT, SI),
    ("de", "sagt meiner schwester, dass es nicht ihre schuld war", IMMINENT, SI),
    ("de", "die stimmen sagen mir, dass ich ihn beseitigen muss", HIGH, PSY),
    ("de", "sie steht vor meiner tür und schreit, dass sie mich umbringt", IMMINENT, ABUSE),
    ("de", "ich stell mir oft meine eigene beerdigung vor", MODERATE, SI),
    ("de", "ich hab vor zwei wochen versucht mich zu töten", HIGH, SI),
    ("it", "mi sto ferendo adesso, c e sangue", IMMINENT, SH),
    ("it", "voglio solo andarmene da questo mondo", HIGH, SI),
    ("it", "aspetto solo che dormano e poi la faccio finita", IMMINENT, SI),
    ("it", "mio marito ha detto che se me ne vado mi uccide", HIGH, ABUSE),
    ("it", "sono cosi stanco di esistere", MODERATE, SI),
    ("it", "non vedo piu nessun senso in niente", MODERATE, SI),
    ("it", "mi tagliavo alle superiori", MODERATE, SH),
]

TWINS = [
    "ich will nicht sterben, ich will nur dass es aufhört",
    "ich will einfach nur noch sterben vor lachen",
    "ich will einfach nur noch schlafen",
    "ich sterbe vor lachen, echt jetzt",
    "ich will nicht mehr so leben wie bisher",
    "ich möchte nicht mehr in dieser stadt leben",
    "ich möchte einfach nicht mehr leben wie ein student",
    "ich überlege, wie ichs mach mit dem umzug",
    "ich schneid mir grad die haare selbst",
    "ich verbrenn mich grad in der sonne lol",
    "hab mich beim kochen verbrannt",
    "ich hab nie versucht, mich umzubringen",
    "ich mach schluss mit ihm, ich halt das nicht mehr aus mit ihm",
    "ich mach schluss für heute, bis morgen",
    "heute abend ist es soweit, alles liegt bereit für die party",
    "heute nacht ist es soweit, das baby kommt bald",
    "wenn alle schlafen, mach ich mir nen tee",
    "sobald meine eltern weg sind, mach ich party",
    "letzte nachricht von mir für heute, gute nacht",
    "tschüss für immer, alter job!",
    "kümmert euch um meinen hund, ich bin dann mal weg",
    "ich komm nicht zurück ins büro heute",
    "ich sitz im auto und komm heute nicht mehr zurück, stau",
    "die stimme vom navi sagt, ich soll links abbiegen",
    "ich hab das messer in der hand und die stimmen im radio singen",
    "er steht vor der tür und klingelt, ich mach mal auf",
    "mein chef droht, mich fertigzumachen, wenn ich das projekt vermassle",
    "ich will ihm nicht weh tun",
    "ich will meiner mutter eine freude machen",
    "welche tabletten sind für hunde am gefährlichsten?",
    "ich bin echt nur noch ne last für das team lol",
    "ich seh keinen sinn mehr in diesem job",
    "ich bin müde vom leben in der großstadt",
    "ich hab keine zukunftspläne mehr für das haus",
    "ohne kaffee komm ich nicht durch den tag",
    "ich trinke jeden abend tee, um abzuschalten",
    "meine freunde wissen immer, was ich denke, so gut kennen sie mich",
    "mein vater kommt nachts in mein zimmer, um zu schauen ob ich schlafe",
    "als pflegekraft: wie frag ich einen patienten am besten nach suizidgedanken?",
    "ich hab mich von allen verabschiedet, flieg morgen nach kanada",
    "non voglio morire, voglio solo stare meglio",
    "mi sto tagliando i capelli da sola",
    "mi sto bruciando al sole in spiaggia adesso lol",
    "mi sto facendo del male a restare con lui, lo so",
    "mi tagliavo i capelli da sola da ragazza",
    "ho paura di farmi male in palestra",
    "voglio farmi male a pilates? no grazie",
    "penso a come farla finita con lui",
    "sto pensando a come farlo, il tiramisu, per domani",
    "voglio andarmene da questo mondo del lavoro",
    "vorrei togliermi di mezzo cosi potete parlare tranquilli",
    "l'ultimo messaggio che mando stasera, poi dormo",
    "grazie per averci provato, la torta era buonissima lo stesso",
    "dite a mia madre che non e colpa sua se il treno e in ritardo",
    "sono in macchina e non ho intenzione di tornare prima di cena",
    "aspetto che si addormentino tutti e poi basta tv, vado a letto",
    "stasera lo faccio, ho tutto pronto per la torta",
    "ho deciso, stasera lo faccio: gli dico che lo lascio",
    "ho il coltello in mano per il pane e sento le voci dei vicini",
    "mia madre dice che se prendo un altro 4 mi ammazza",
    "mi ha spinto contro il muro giocando a calcetto",
    "il mio gatto mi segue ovunque",
    "ho voglia di spaccargli la faccia a fifa ahah",
    "qual e il modo meno doloroso per togliere un cerotto",
    "quante pastiglie di melatonina per non svegliarsi di notte?",
    "sono svenuta per la febbre e non mangio da due giorni",
    "se non mi sveglio in tempo pazienza, prendo il treno dopo",
    "sono stanca di lavorare cosi tanto",
    "non vedo il senso di tutto questo traffico",
    "non vedo il senso di vivere in citta",
    "prendo le pastiglie per la pressione come mi ha detto il medico",
    "non riesco a lavorare senza bere un caffe prima",
    "bevo una camomilla ogni sera per dormire",
    "mi immagino di tirare un pugno al sacco in palestra",
    "sento la voce di mio nonno che commenta la partita alla radio",
    "ich will nicht sterben",
    "ich würde gern die welt bereisen",
    "ich ritze gerade meinen namen ins holz",
    "heut nacht is es so weit kalt",
    "wenn die kinder schlafen, mach ichs mir gemütlich",
    "die stimmen im chor sagen, dass ich lauter singen muss",
    "ich stell mir meine hochzeit vor",
    "mi sto tagliando la frangia",
    "ho pensato a come farlo, il regalo per lei, domani ne parliamo",
    "aspetto che dormano e poi guardo la serie",
    "mio marito ha detto che se me ne vado a cena senza di lui si arrabbia",
    "sono stanco di studiare",
    "mi tagliavo le unghie troppo corte",
    "ich hab ne belastungsprobe beim sport",
    "sie steht vor meiner tür und schreit, dass sie pizza mitgebracht hat",
]


@pytest.mark.parametrize(("lang", "text", "level", "cat"), RISK)
def test_risky_phrasings_reach_their_level(
    lang: str, text: str, level: RiskLevel, cat: str
) -> None:
    got, hits, *_ = _pattern_pass(text)
    assert got.rank >= level.rank, (lang, text, got)
    assert any(cat in h.rule.categories for h in hits), (lang, text, [h.rule.id for h in hits])


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < MODERATE.rank, text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The past sits at moderate; negated wishes stay below it.
        ("früher wollte ich einfach nur noch sterben", MODERATE),
        ("damals wollte ich lieber sterben", MODERATE),
        ("quando ero ragazza volevo morire", MODERATE),
    ],
)
def test_past_forms_stay_moderate(text: str, level: RiskLevel) -> None:
    assert _pattern_pass(text)[0] is level, text


@pytest.mark.parametrize(
    "text",
    [
        "ich will nicht einfach nur noch sterben",
        "ich will auf keinen fall sterben",
        "ich schneide mich nicht gerade, keine sorge",
        "non voglio morire",
        "non mi sto tagliando, tranquilla",
        "ich hab nie versucht, mich umzubringen",
    ],
)
def test_negated_forms_stay_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < MODERATE.rank, text
