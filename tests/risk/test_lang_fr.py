"""rules-1.7: French (fr) coverage brought towards the English rule families.

Each new fr rule has risk phrasings typed the way people write in a chat at night (no
accents, "jai", "j'serai", slang) with the least level the screen must give and a category
that must be there, and benign twins that reuse the same words in everyday life (a box of
cereal, a haircut, a trip, a letter to grandma, "cette canicule va me tuer") with the most
level allowed. All phrasings are the project's own; locale is "fr" throughout."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen
from mindline.risk.normalize import normalize
from mindline.risk.patterns import find_hits

IMMINENT = RiskLevel.IMMINENT
HIGH = RiskLevel.HIGH
MODERATE = RiskLevel.MODERATE
LOW = RiskLevel.LOW
NONE = RiskLevel.NONE

SI = "suicidal_ideation"
SH = "self_harm"
METHOD = "method_seeking"
HTO = "harm_to_others"
ABUSE = "abuse_or_violence"
PSY = "psychosis"


RISK = [
    # fr.attempt.took: the whole box or every pill, just taken
    ("jai pris toute la boite de doliprane", IMMINENT, SI),
    ("j'ai avalé toute la plaquette, c'est trop tard", IMMINENT, SI),
    ("je viens d'avaler tous mes somnifères", IMMINENT, SI),
    ("j'ai gobé une trentaine de cachets", IMMINENT, SI),
    # fr.attempt.under_way: pills taking effect, a cut too deep, an edge
    ("les cachets commencent à faire effet, pardon", IMMINENT, SI),
    ("je me suis coupée trop profond, j'arrive pas à arrêter le sang", IMMINENT, SH),
    ("ça arrête pas de saigner et j'ai peur", IMMINENT, SI),
    ("je suis au bord du toit", IMMINENT, SI),
    ("je suis de l'autre côté de la rambarde", IMMINENT, SI),
    # fr.means.stockpile: pills saved up, means bought
    ("j'ai stocké des cachets depuis des semaines", IMMINENT, SI),
    ("j'ai mis de côté tous mes somnifères", IMMINENT, SI),
    ("j'ai acheté une corde ce matin", IMMINENT, SI),
    ("je viens d'acheter des lames de rasoir", IMMINENT, SI),
    # fr.goodbye.note: a farewell letter, or letters left for the family
    ("j'ai écrit ma lettre d'adieu", IMMINENT, SI),
    ("j'ai laissé des lettres pour ma famille sur la table", IMMINENT, SI),
    # fr.goodbye.not_here: will not be here, with no day off or trip named
    ("je serai plus de ce monde ce soir", IMMINENT, SI),
    ("j'serai plus là demain, prenez soin de vous", IMMINENT, SI),
    ("je ne serai plus là d'ici lundi", IMMINENT, SI),
    # fr.goodbye.farewell: by the time you read this, the cat, giving things away
    ("quand tu liras ce message ce sera fini", IMMINENT, SI),
    ("occupe toi de mon chat quand je serai plus là", IMMINENT, SI),
    ("j'ai donné toutes mes affaires, je n'en aurai plus besoin", IMMINENT, SI),
    ("je suis désolée pour tout, ne m'en voulez pas", IMMINENT, SI),
    # fr.not_safe: the answer to the safety question
    ("je suis pas en sécurité", HIGH, SI),
    ("je ne me sens pas en sécurité avec moi-même", HIGH, SI),
    ("je peux pas garantir ma sécurité ce soir", HIGH, SI),
    # fr.not_safe.from_someone: not safe at home or with a partner is danger, not ideation
    ("je ne suis pas en sécurité chez moi", HIGH, ABUSE),
    ("je ne me sens pas en securite avec mon mari", HIGH, ABUSE),
    # fr.si.wide: active ideation in everyday words
    ("j'ai envie de me foutre en l'air", HIGH, SI),
    ("je pense à me pendre", HIGH, SI),
    ("jai trop envie de me flinguer", HIGH, SI),
    ("je pense à me pendre ce soir", IMMINENT, SI),  # a time cue makes it imminent
    # fr.wantdie.slang
    ("j'ai envie de crever", HIGH, SI),
    ("je veux juste crever", HIGH, SI),
    # fr.sh.intent: self-harm urge with intent
    ("j'ai envie de me scarifier", HIGH, SH),
    ("je vais me couper ce soir", HIGH, SH),
    ("j'ai besoin de me faire du mal", HIGH, SH),
    # fr.sh.recent: with a time or "encore"
    ("je me suis scarifiée hier soir", HIGH, SH),
    ("je me suis encore coupée les bras cette nuit", HIGH, SH),
    ("j'ai rechuté, je me suis coupée", HIGH, SH),
    # fr.sh.past: disclosed without a time
    ("je me scarifiais au lycée", MODERATE, SH),
    ("je me suis déjà scarifiée", MODERATE, SH),
    # fr.method.wide: height, how long, where, fastest, most lethal
    ("de quelle hauteur faut-il sauter pour mourir", HIGH, METHOD),
    ("combien de temps ça prend pour se vider de son sang", HIGH, METHOD),
    ("quelle veine couper", HIGH, METHOD),
    ("quelle est la façon la plus rapide de se suicider", HIGH, METHOD),
    ("quel médicament est le plus mortel", HIGH, METHOD),
    # fr.hto.intent / fr.hto.now: harm to others
    ("j'ai envie de le tuer", HIGH, HTO),
    ("je vais tuer mon patron", HIGH, HTO),
    ("je pense sans arrêt à étrangler mon voisin", HIGH, HTO),
    ("j'ai pris un couteau et je vais chez lui", IMMINENT, HTO),
    ("j'ai mon flingue, je pars le voir", IMMINENT, HTO),
    # fr.abuse.now / fr.abuse.current
    ("il est en train de défoncer la porte, j'ai peur", IMMINENT, ABUSE),
    ("il a un couteau et il me menace", IMMINENT, ABUSE),
    ("mon copain m'a giflée hier", HIGH, ABUSE),
    ("elle me menace de mort", HIGH, ABUSE),
    ("il a juré qu'il allait me tuer", HIGH, ABUSE),
    ("j'ai peur de mon copain", HIGH, ABUSE),
    # fr.psychosis.command
    ("les voix me disent de me tuer", HIGH, PSY),
    ("une voix me dit de sauter", HIGH, PSY),
    ("j'entends une voix qui me répète de me faire du mal", HIGH, PSY),
    # fr.passive.wide
    ("j'aimerais m'endormir pour toujours", MODERATE, SI),
    ("je n'ai plus envie de vivre", MODERATE, SI),
    ("personne ne remarquerait si je disparaissais", MODERATE, SI),
    ("je suis fatiguée de vivre", MODERATE, SI),
    # self: an impersonal "il" or a person named earlier is not the subject of the wish
    ("il y a des jours où j'ai envie de mourir", MODERATE, SI),
    ("elle m'a quittée et j'ai envie de mourir", MODERATE, SI),
    ("tu sais, j'ai envie de mourir", MODERATE, SI),
]


BENIGN = [
    # fr.attempt.took
    ("j'ai pris toute la boîte de céréales ce matin", LOW),
    ("j'ai pris toute la boite pour la soirée", LOW),
    ("j'ai pris tous mes médicaments ce matin comme d'hab", LOW),
    # fr.attempt.under_way
    ("les médocs commencent à faire effet, j'ai moins mal à la tête", LOW),
    ("je me suis coupé trop profond en cuisinant, j'ai mis un pansement", LOW),
    ("ça arrête pas de saigner depuis que je suis tombée de vélo", LOW),
    ("je suis sur le pont du bateau avec les potes", LOW),
    ("je suis sur le toit pour réparer l'antenne", LOW),
    ("le projet est sur les rails", LOW),
    # fr.means.stockpile
    ("je stocke mes médicaments dans l'armoire de la salle de bain", LOW),
    ("j'ai acheté une corde pour étendre le linge", LOW),
    ("j'ai acheté du charbon pour le barbecue", LOW),
    # fr.goodbye.note
    ("j'ai écrit une lettre à ma grand-mère", LOW),
    ("j'ai écrit une lettre d'adieu à mes collègues pour mon pot de départ", LOW),
    ("j'ai écrit ma dernière lettre de motivation", LOW),
    # fr.goodbye.not_here
    ("je serai pas là demain, j'ai rdv chez le dentiste", LOW),
    ("je ne serai pas là ce soir, je dors chez ma mère", LOW),
    # fr.goodbye.farewell
    ("quand tu liras ce message je serai dans l'avion", LOW),
    ("occupe toi de mon chat quand je serai partie en vacances", LOW),
    ("je donne toutes mes affaires de bébé à une association", LOW),
    # fr.not_safe and fr.not_safe.from_someone
    ("je ne me sens pas en sécurité dans ce quartier la nuit", LOW),
    ("je ne me sens pas en sécurité en voiture quand il pleut", LOW),
    ("je me sens en sécurité ici", LOW),
    ("je me sens enfin en sécurité chez moi", LOW),
    ("est-ce que tu te sens en sécurité ?", LOW),
    # fr.si.wide
    ("je vais me noyer dans le travail", LOW),
    ("je vais me flinguer les genoux à courir", LOW),
    ("je me tue à te le dire", LOW),
    ("tu as déjà pensé à en finir ?", LOW),
    # fr.wantdie.slang
    ("je crève de faim", LOW),
    ("je crève d'envie de voir ce film", LOW),
    ("je suis crevée après le boulot", LOW),
    # fr.sh.intent: a haircut, nails; a resisted urge stays moderate
    ("je vais me couper les cheveux", LOW),
    ("j'ai besoin de me couper les ongles", LOW),
    ("j'ai envie de me faire du mal mais je ne le ferai pas", MODERATE),
    # fr.sh.recent and fr.sh.past
    ("je me suis coupée en cuisinant ce matin", LOW),
    ("je me suis brûlée avec le four hier soir", LOW),
    ("je me coupais les cheveux moi-même", LOW),
    ("j'ai lu un article sur la scarification", LOW),
    # fr.method.wide
    ("à quelle hauteur faut-il accrocher le tableau", LOW),
    ("à partir de quelle hauteur une chute est mortelle pour un chat ?", LOW),
    ("combien de temps faut-il pour cuire un oeuf", LOW),
    ("quel médicament est le plus efficace contre la migraine", LOW),
    ("la façon la plus rapide de cuire des pâtes", LOW),
    # fr.hto.intent and fr.hto.now: jokes about the yoghurt, a cake, a shelf
    ("je vais le tuer s'il mange encore mon yaourt", LOW),
    ("je vais la tuer mdr elle a spoilé la série", LOW),
    ("j'ai tué le temps en lisant", LOW),
    ("j'ai pris un couteau et je vais chez elle pour couper le gâteau", LOW),
    ("j'ai pris le marteau et je vais chez lui pour réparer l'étagère", LOW),
    # fr.abuse.now and fr.abuse.current: games, nerves, a mum's figure of speech
    ("il a un couteau et il coupe le pain", LOW),
    ("mon mari essaie d'entrer dans la maison, il a oublié ses clés", LOW),
    ("il me bat toujours aux échecs", LOW),
    ("il me tape sur les nerfs", LOW),
    ("ma mère a dit qu'elle allait me tuer si je rentrais tard", LOW),
    # fr.psychosis.command
    ("une petite voix me dit de manger du chocolat", LOW),
    ("la voix du GPS me dit de tourner à gauche", LOW),
    # fr.passive.wide
    ("la vie ne vaut pas la peine sans chocolat", LOW),
    ("je suis fatiguée de travailler", LOW),
    # idioms
    ("cette canicule va me tuer", LOW),
    ("ces partiels vont me tuer", LOW),
    ("je suis morte de rire", LOW),
    # negations (fr.wantdie.negatable keeps the words as a signal, not a risk)
    ("je ne veux pas mourir", LOW),
    ("j'ai pas envie de mourir, j'ai juste besoin de parler", LOW),
    ("je ne me ferais jamais de mal", LOW),
    # a clinician's question is not a disclosure
    ("avez-vous des idées suicidaires ?", LOW),
    ("tu as envie de mourir ?", LOW),
]


@pytest.mark.parametrize(("text", "least", "category"), RISK)
def test_fr_risk_phrasings_reach_their_level(text: str, least: RiskLevel, category: str) -> None:
    result = screen(text, locale="fr")
    assert result.level.rank >= least.rank, (text, result.level)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize(("text", "most"), BENIGN)
def test_fr_benign_twins_stay_low(text: str, most: RiskLevel) -> None:
    result = screen(text, locale="fr")
    assert result.level.rank <= most.rank, (text, result.level, result.evidence)


# `others`: a third person as the subject is someone else's risk (helper guidance, low),
# and the writer's own wish next to a third person stays the writer's.
@pytest.mark.parametrize(
    "text",
    [
        "ma soeur dit qu'elle a envie de mourir",
        "mon meilleur ami a envie de mourir, comment l'aider ?",
    ],
)
def test_fr_someone_elses_wish_is_third_party(text: str) -> None:
    result = screen(text, locale="fr")
    assert result.level.rank <= LOW.rank, (text, result.level)
    assert "third_party" in result.flags, (text, result.flags)


def test_fr_rules_stay_quiet_on_english() -> None:
    # fr rules run on every message: their words must not fire on English ones.
    for text in (
        "I took the whole box of cereal to the party",
        "the voice on the radio told me to turn left",
        "my sister is on the bridge team at school",
        "I am not safe driving in the snow",
    ):
        fr_hits = [h.rule.id for h in find_hits(normalize(text)) if h.rule.id.startswith("fr.")]
        assert not fr_hits, (text, fr_hits)
