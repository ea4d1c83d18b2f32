"""rules-1.9 (chat forms): French, Italian and German chat messages the screen missed or
under-read -- abbreviations (fr jveux/jsuis/chui/g/c, it nn/x/xke, de hab/heut/nen/ne/nich),
no accents and no apostrophes ("den finir"), umlauts typed as ae/oe/ue ("schlaegt",
"toedlich", "fuer"), bare threats from a partner, recent self-harm with a time, goodbyes
with "msg", timelines and means at hand, method questions in disguise, and a friend's crisis
(third_party). Every RISK and THIRD row failed on main before this change (checked with a
probe of 282 messages: 76 risk rows and 9 twins missed there); the twins share the words
and must stay below moderate (TWINS_NONE: exactly none). The phrasings are written for
these tests; no row of the data files or of the regression sets is copied, and no method
detail, dose or place appears."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen
from mindline.risk.screen import _pattern_pass

IMMINENT = RiskLevel.IMMINENT
HIGH = RiskLevel.HIGH
MODERATE = RiskLevel.MODERATE

SI = "suicidal_ideation"
SH = "self_harm"
METHOD = "method_seeking"
ABUSE = "abuse_or_violence"

RISK = [
    ("fr", "j'ai envie d'en finir", HIGH, SI),
    ("fr", "jai envie den finir", HIGH, SI),
    ("fr", "jsuis a deux doigts de me foutre en l'air", HIGH, SI),
    ("fr", "jme suis scarifie hier soir", HIGH, SH),
    ("fr", "jai recommence a me couper", HIGH, SH),
    ("fr", "g rechute je me suis coupee", HIGH, SH),
    ("fr", "je me suis brulee expres", HIGH, SH),
    ("fr", "jme suis encore coupee les bras", HIGH, SH),
    ("fr", "jme suis mutilee ce matin", HIGH, SH),
    ("fr", "question random: combien de cachets faut pour pas se reveiller", HIGH, METHOD),
    ("fr", "mon copain me menace", HIGH, ABUSE),
    ("fr", "mon mec me frappe", HIGH, ABUSE),
    ("fr", "mon pere me tape dessus tous les soirs", HIGH, ABUSE),
    ("fr", "ils seraient tous mieux sans moi tkt", MODERATE, SI),
    ("fr", "jsuis un poids pour tout le monde", MODERATE, SI),
    ("fr", "jvoudrais disparaitre pour de bon", MODERATE, SI),
    ("fr", "si je mourais demain personne le remarquerait", MODERATE, SI),
    ("fr", "a quoi ca sert que je sois encore la", MODERATE, SI),
    ("fr", "prenez soin de mon chat pour moi. merci pour tout", IMMINENT, SI),
    ("fr", "cest mon dernier msg", IMMINENT, SI),
    ("fr", "dites a ma mere que je l'aime. adieu", IMMINENT, SI),
    ("fr", "merci pour tout vraiment. adieu", IMMINENT, SI),
    ("fr", "adieu tout le monde je vous aime", IMMINENT, SI),
    ("fr", "jai les medocs devant moi", IMMINENT, SI),
    ("fr", "jai les medocs, ce soir c fini", IMMINENT, SI),
    ("fr", "quand tout le monde dormira je le ferai", IMMINENT, SI),
    ("fr", "jai tout prevu pour en finir samedi", IMMINENT, SI),
    ("fr", "c mon dernier message, pardon pour tout", IMMINENT, SI),
    ("fr", "ce soir je me tue", IMMINENT, SI),
    ("it", "basta mi ammazzo", HIGH, SI),
    ("it", "xke nn la faccio finita e basta", HIGH, SI),
    ("it", "nn voglio piu vivere", HIGH, SI),
    ("it", "mi sono bruciata apposta", HIGH, SH),
    ("it", "stanotte mi sono fatta del male", HIGH, SH),
    ("it", "mi sono tagliata stamattina", HIGH, SH),
    ("it", "ho rifatto autolesionismo ieri", HIGH, SH),
    ("it", "curiosita: quante pastiglie servono x nn svegliarsi piu", HIGH, METHOD),
    ("it", "ho paura di mio marito, mi mette le mani addosso", HIGH, ABUSE),
    ("it", "vorrei nn esistere", MODERATE, SI),
    ("it", "grazie di tutto e addio", IMMINENT, SI),
    ("it", "questo e il mio ultimo msg", IMMINENT, SI),
    ("it", "scusate x tutto. addio", IMMINENT, SI),
    ("it", "nn mi sentirete piu", IMMINENT, SI),
    ("it", "ho le pillole qui davanti", IMMINENT, SI),
    ("it", "stasera quando dormono tutti lo faccio", IMMINENT, SI),
    ("it", "sto x farla finita", IMMINENT, SI),
    ("de", "will einfach nur sterben", HIGH, SI),
    ("de", "hab kein bock mehr auf leben", HIGH, SI),
    ("de", "ich denk dran mich umzubringen", HIGH, SI),
    ("de", "ich will mich toeten", HIGH, SI),
    ("de", "hab heut wieder geritzt", HIGH, SH),
    ("de", "hab mich letzte nacht verletzt mit absicht", HIGH, SH),
    ("de", "frage fuer nen freund: wie viele tabletten sind toedlich", HIGH, METHOD),
    ("de", "nur so aus interesse, ab welcher hoehe ist man tot", HIGH, METHOD),
    ("de", "fuer ne geschichte: was ist der schnellste weg zu sterben", HIGH, METHOD),
    ("de", "mein freund schlaegt mich", HIGH, ABUSE),
    ("de", "ich hab angst vor ihm er schlaegt mich", HIGH, ABUSE),
    ("de", "wuensche mir ich waer tot", MODERATE, SI),
    ("de", "waer lieber tot", MODERATE, SI),
    ("de", "ich bin nur ne last fuer alle", MODERATE, SI),
    ("de", "wozu noch leben", MODERATE, SI),
    ("de", "keiner wuerde mich vermissen", MODERATE, SI),
    ("de", "alle waeren ohne mich gluecklicher", MODERATE, SI),
    ("de", "sagt meiner mama dass ich sie lieb hab. tschuess fuer immer", IMMINENT, SI),
    ("de", "kuemmert euch um meine katze wenn ich nicht mehr da bin", IMMINENT, SI),
    ("de", "ihr hoert nie wieder von mir", IMMINENT, SI),
    ("de", "sorry fuer alles. tschuess fuer immer", IMMINENT, SI),
    ("de", "heute nacht ist es soweit", IMMINENT, SI),
    ("de", "heut nacht mach ichs", IMMINENT, SI),
    ("de", "hab die tabletten hier liegen", IMMINENT, SI),
    ("de", "wenn alle schlafen mach ich schluss", IMMINENT, SI),
]

# Someone else's crisis: helper guidance (below moderate) with the third_party flag.
THIRD = [
    ("fr", "ma pote veut se suicider jsais pas quoi faire"),
    ("fr", "mon frere dit quil veut mourir"),
    ("fr", "ma soeur se scarifie"),
    ("fr", "ma meilleure amie parle de se tuer"),
    ("it", "mio fratello si taglia"),
]

# Everyday twins that share the words: exactly none.
TWINS_NONE = [
    ("fr", "je meurs de rire"),
    ("fr", "jpp mdr"),
    ("fr", "ce film ma tue"),
    ("fr", "jsuis mort de rire"),
    ("fr", "ptn jvais crever de chaud"),
    ("fr", "g envie den finir avec ce dossier"),
    ("fr", "jveux en finir avec cette serie ce soir"),
    ("fr", "ma mere va me tuer si je rentre tard"),
    ("fr", "mon boss me tue avec ses mails"),
    ("fr", "c mon dernier message dans le groupe avant les vacances"),
    ("fr", "prenez soin de vous ce weekend"),
    ("fr", "jai pris mes medocs ce matin"),
    ("fr", "ce soir je finis la saison"),
    ("fr", "adieu les vacances, retour au taf"),
    ("fr", "jme suis coupee en cuisinant"),
    ("fr", "je me suis coupe les cheveux hier"),
    ("fr", "je me suis brulee avec le four"),
    ("fr", "cette chaleur va me tuer"),
    ("fr", "jai tue le game hier soir"),
    ("fr", "mon copain me bat a fifa"),
    ("fr", "il me menace de spoiler la fin"),
    ("fr", "jsuis mort de fatigue"),
    ("fr", "je meurs de faim"),
    ("fr", "on se tue a la tache au boulot"),
    ("fr", "prends soin de mon chat pendant mes vacances stp"),
    ("fr", "jveux mourir de rire devant ce sketch"),
    ("fr", "ce prof va me tuer avec ses controles"),
    ("fr", "tkt jai les medocs pour mamie"),
    ("fr", "cest decide ce soir je fais des crepes"),
    ("fr", "g tellement ri jsuis morte"),
    ("fr", "ce jeu me tue mdr"),
    ("fr", "jai envie de crever de rire"),
    ("fr", "adieu les soldes"),
    ("fr", "jai tue mon telephone en le faisant tomber"),
    ("it", "mi ammazzo dalle risate"),
    ("it", "sto morendo di fame"),
    ("it", "muoio dal caldo"),
    ("it", "addio al nubilato sabato!!"),
    ("it", "ultimo msg prima di staccare, buonanotte"),
    ("it", "voglio farla finita con questa dieta"),
    ("it", "la faccio finita con sti esami e poi vacanza"),
    ("it", "mi sono tagliata i capelli"),
    ("it", "mi sono tagliata col coltello del pane"),
    ("it", "mio fratello mi picchia sempre a fifa"),
    ("it", "ho le pillole x la pressione"),
    ("it", "sparisco x una settimana, vado in montagna"),
    ("it", "grazie di tutto ragazzi, ci vediamo lunedi"),
    ("it", "sto morendo dal ridere"),
    ("it", "mi hai fatto morire"),
    ("it", "che noia, mi sparo una serie"),
    ("it", "ti ammazzo se mi spoileri"),
    ("it", "mia mamma mi ammazza se torno tardi"),
    ("it", "sono morta di sonno"),
    ("it", "il capo mi uccide con ste mail"),
    ("it", "ho deciso, domani mi taglio la frangia"),
    ("it", "addio estate"),
    ("it", "vi voglio bene ragazzi, buon viaggio"),
    ("it", "sto morendo dalle risate cmq"),
    ("it", "nn ne posso piu di sto caldo"),
    ("it", "sta canzone mi uccide ogni volta"),
    ("it", "ho ucciso il boss finale finalmente"),
    ("it", "mi sono bruciata con la piastra"),
    ("it", "muoio dalla voglia di vederti"),
    ("it", "oggi ho ammazzato la palestra"),
    ("it", "ho ucciso la pianta di nuovo"),
    ("it", "mi ammazzo di lavoro sta settimana"),
    ("de", "ich sterbe vor Hunger"),
    ("de", "das bringt mich um"),
    ("de", "die hitze bringt mich um"),
    ("de", "meine letzte nachricht im gruppenchat war ein meme"),
    ("de", "lach mich tot"),
    ("de", "ich hab mich beim kochen geschnitten"),
    ("de", "mama bringt mich um wenn ich zu spaet komme"),
    ("de", "hab die tabletten fuer oma geholt"),
    ("de", "heute nacht ist es soweit, das konzert!!"),
    ("de", "ich bring den muell runter"),
    ("de", "bin todmuede"),
    ("de", "danke fuer alles, bis morgen"),
    ("de", "er hat mich beim schach geschlagen"),
    ("de", "ich schneid mir die haare"),
    ("de", "mein chef bringt mich noch um mit den mails"),
    ("de", "das ist meine letzte nachricht heute, gute nacht"),
    ("de", "ich bin so tot nach dem training"),
    ("de", "schluss mit dem thema, wer kommt mit ins kino"),
    ("de", "ich mach schluss mit ihm"),
    ("de", "ich kill dich wenn du spoilerst"),
    ("de", "zum sterben langweilig hier"),
    ("de", "ich sterbe gleich vor lachen"),
    ("de", "kp, der film hat mich fertig gemacht"),
    ("de", "ich bring dich um wenn du das nochmal machst lol"),
    ("de", "ich will nich mehr zur schule"),
    ("de", "heut nacht mach ichs fertig, das referat"),
    ("de", "hab die tabletten vom arzt geholt"),
    ("de", "ich geh kaputt vor lachen"),
    ("de", "ne, hab kein bock mehr auf arbeit heute"),
    ("de", "die serie bringt mich noch um"),
    ("de", "mein handy ist tot"),
    ("de", "hab mich am papier geschnitten"),
]

# More twins (written after the rules, to test them): below moderate.
TWINS_BELOW = [
    ("de", "mein handy will einfach nur sterben"),
    ("de", "der akku will sterben"),
    ("de", "tschuess fuer immer, alter job!"),
    ("fr", "c mon dernier msg de la soiree"),
    ("fr", "jvoudrais disparaitre pour de bon de ce groupe whatsapp"),
    ("it", "nn mi vedrete piu in palestra"),
    ("fr", "adieu tout le monde, a lundi"),
    ("it", "ok mi uccido di studio"),
    ("fr", "jveux en finir avec ce mec"),
    ("fr", "ce soir je me tue a la salle"),
    ("fr", "je me suis coupee hier en faisant la cuisine"),
    ("fr", "mon copain me menace de partir si je fume"),
    ("fr", "il me frappe toujours au ping pong"),
    ("fr", "jsuis un poids pour mon equipe au foot"),
    ("fr", "c mon dernier msg avant de dormir"),
    ("fr", "adieu tout le monde, je pars en erasmus"),
    ("fr", "g tout prevu pour samedi"),
    ("fr", "jai pas envie den finir"),
    ("fr", "je veux pas me tuer tkt"),
    ("fr", "g envie den finir avec les partiels"),
    ("fr", "ma soeur se coupe les cheveux"),
    ("fr", "mon frere veut mourir de rire devant ce film"),
    ("fr", "jme suis brulee hier avec le fer a lisser"),
    ("fr", "je me suis coupee le doigt hier"),
    ("fr", "jai recommence a me couper les ongles"),
    ("fr", "elle me frappe par sa beaute"),
    ("fr", "ma mere me tape dessus quand je rentre tard mdr"),
    ("fr", "c mon dernier message de l'annee, bonne annee"),
    ("fr", "dis a ma mere que je l'aime bien sa tarte"),
    ("fr", "on veut en finir avec ce projet"),
    ("fr", "je vais en finir avec ce livre ce soir"),
    ("it", "sto x finire la serie"),
    ("it", "nn mi sentirete piu lamentare"),
    ("it", "grazie di tutto, addio al celibato domani"),
    ("it", "nn voglio morire"),
    ("it", "basta mi ammazzo di serie tv"),
    ("it", "mi sono bruciata stamattina con la moka"),
    ("it", "mia sorella si taglia i capelli da sola"),
    ("it", "sarebbe meglio se nn ci fossi venuto"),
    ("it", "questo e il mio ultimo msg nel gruppo"),
    ("it", "mi straccia sempre a scacchi"),
    ("de", "will nur sterben vor lachen"),
    ("de", "hab heut wieder die hecke geschnitten"),
    ("de", "er schlaegt mich immer beim schach"),
    ("de", "heute nacht ist es soweit, der film kommt raus"),
    ("de", "ich will nich sterben"),
    ("de", "hab kein bock mehr auf lernen"),
    ("de", "wozu noch lernen"),
    ("de", "bin ne last fuers team heute lol"),
    ("de", "keiner wuerde mich vermissen auf der party lol"),
    ("de", "ihr hoert nie wieder von mir wenn ihr so weiter macht"),
    ("de", "hab die tabletten hier, danke mama"),
    ("de", "heut abend mach ichs mir gemuetlich"),
    ("de", "wenn alle schlafen mach ich schluss mit dem zocken"),
    ("de", "meine letzte nachricht im chat war blöd"),
    ("de", "ich schneide mir die haare selbst"),
    ("de", "ich hab mich absichtlich verletzt gestellt beim fussball"),
]


@pytest.mark.parametrize(("locale", "text", "level", "category"), RISK)
def test_chat_form_is_read(locale: str, text: str, level: RiskLevel, category: str) -> None:
    result = screen(text, locale)
    assert result.level.rank >= level.rank, (text, result.level)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize(("locale", "text", "level", "category"), RISK)
def test_chat_form_is_a_pattern_hit(
    locale: str, text: str, level: RiskLevel, category: str
) -> None:
    # The rules themselves carry the level, not only the classifiers.
    assert _pattern_pass(text)[0].rank >= level.rank, text


@pytest.mark.parametrize(("locale", "text"), THIRD)
def test_someone_elses_crisis(locale: str, text: str) -> None:
    result = screen(text, locale)
    assert "third_party" in result.flags, (text, result.flags)
    assert result.level.rank < MODERATE.rank, (text, result.level)


@pytest.mark.parametrize(("locale", "text"), TWINS_NONE)
def test_twin_is_none(locale: str, text: str) -> None:
    result = screen(text, locale)
    assert result.level is RiskLevel.NONE, (text, result.level, result.categories)


@pytest.mark.parametrize(("locale", "text"), TWINS_BELOW)
def test_twin_stays_below_moderate(locale: str, text: str) -> None:
    result = screen(text, locale)
    assert result.level.rank < MODERATE.rank, (text, result.level, result.categories)
