"""rules-1.10 (fr-rules): French phrasings the pattern layer missed, found in the fr rows of the
new seed files (authored_fr_it_de_10.txt, authored_es_fr.txt) and generalised into families --
"j'ai envie de mourir" and franglais "me kill", death as the only way out, past attempts ("une
TS", the pluperfect), not waking up, indifference to dying, no point, being forgotten, tired of
being here, wanting it all to stop, being a burden, no future, hoping for an accident, relating
to a character; an overdose just taken, means at hand, goodbyes (sorry for everything, "c'est la
fin pour moi", rehoming a pet, goodbye letters); self-harm urges and self-harm right now; harm to
others (with a time or an address, intrusive thoughts about a child, fantasies); strangling,
blows, threats about photos and children, a door being broken, a weapon on the way, coercive
control; method questions in disguise ("partir sans souffrir", the most dangerous pills "si on
en prend trop", a character who must not wake up, a height "on s'en sort pas"); command voices,
a delusion that someone must be stopped, TV messages, bugs in the walls, a voice when alone;
purging, laxatives, compensating, fainting and still not eating; drinking to feel nothing,
driving drunk, above the prescription, "sinon je tiens pas".

The phrasings are written for these tests (two probes, the second written after the rules and
measured before any fix); no row of the seed files or of the regression sets is copied, and no
method detail, dose or place appears. Every RISK row failed on main before this change (its
pattern level was below the one asserted here); the TWINS share the surface words (idioms,
games, haircuts, the gastro, prescribed doses, a choir, holidays, negations) and stay below
moderate."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel
from mindline.risk.screen import _pattern_pass

IMMINENT = RiskLevel.IMMINENT
HIGH = RiskLevel.HIGH
MODERATE = RiskLevel.MODERATE

SI = "suicidal_ideation"
SH = "self_harm"
HTO = "harm_to_others"
ABUSE = "abuse_or_violence"
METHOD = "method_seeking"
PSY = "psychosis"
ED = "eating_disorder"
SUB = "substance"

RISK = [
    ("j'aimerais bien pas me réveiller demain matin, franchement", MODERATE, SI),
    ("ça me serait bien égal de crever demain", MODERATE, SI),
    ("si une voiture me fauchait en traversant, je crois que je serais soulagée", MODERATE, SI),
    ("je vois plus aucun sens à ma vie", MODERATE, SI),
    ("je vois pas l'intérêt de continuer à vivre comme ça", MODERATE, SI),
    ("mes proches m'oublieraient vite si je disparaissais", MODERATE, SI),
    ("je suis lasse d'être en vie", MODERATE, SI),
    ("je voudrais m'évaporer et que plus personne se souvienne de moi", MODERATE, SI),
    ("je coûte trop cher à ma famille, je sers à rien sauf à peser sur eux", MODERATE, SI),
    ("j'en peux plus de vivre comme ça", MODERATE, SI),
    ("je me vois pas vieillir, franchement", MODERATE, SI),
    ("cette série avec le perso qui veut disparaître, c'est tellement moi", MODERATE, SI),
    ("des fois j'espère qu'un camion me percute sur la route du boulot", MODERATE, SI),
    ("j'aimerais que tout s'arrête pour de vrai", MODERATE, SI),
    ("jpp d'exister", MODERATE, SI),
    ("j'ai trop envie de mourir en ce moment", HIGH, SI),
    ("jvais me kill jte jure", HIGH, SI),
    ("je veux me unalive", HIGH, SI),
    ("je commence à écrire des lettres d'au revoir pour mes proches", HIGH, SI),
    ("j'ai fait deux TS quand j'étais au collège", MODERATE, SI),
    ("voilà c'est fait, j'ai avalé mes somnifères, je sens que je pars", IMMINENT, SI),
    ("j'ai gobé les cachets il y a dix minutes, je me sens partir", IMMINENT, SI),
    ("ce soir c'est la dernière. j'ai tout ce qu'il me faut sous le lit", IMMINENT, SI),
    ("j'ai tout ce qu'il faut pour en finir, à portée de main", IMMINENT, SI),
    ("prends soin de toi, je t'aimais vraiment. c'est la fin pour moi", IMMINENT, SI),
    ("gardez mon chien, j'en ai plus pour très longtemps", IMMINENT, SI),
    ("pardon pour tout, m'en veux pas stp. bisous", IMMINENT, SI),
    ("j'ai déjà la lame dans la main et j'attends que tout le monde dorme", IMMINENT, SI),
    ("j'ai la corde dans les mains, c'est ce soir", IMMINENT, SI),
    ("j'ai grave besoin de me faire mal là", HIGH, SH),
    ("envie de me faire mal jusqu'à saigner", HIGH, SH),
    ("je suis en train de me scarifier, ça s'arrête pas", IMMINENT, SH),
    ("là je suis en train de me faire du mal", IMMINENT, SH),
    ("j'ai envie de leur faire du mal à tous", HIGH, HTO),
    ("je vais lui faire la peau à ce connard", HIGH, HTO),
    ("j'ai des images intrusives où je fais du mal à ma fille, j'ai honte", HIGH, HTO),
    ("je veux le cogner jusqu'à ce qu'il bouge plus", HIGH, HTO),
    ("je vais la tuer ce soir, je sais où elle habite", IMMINENT, HTO),
    ("je vais les buter demain au boulot", IMMINENT, HTO),
    ("je m'imagine souvent l'étrangler, ça me fait peur", HIGH, HTO),
    ("il m'a pris à la gorge hier soir", HIGH, ABUSE),
    ("mon mari m'a serré la gorge pendant qu'on se disputait", HIGH, ABUSE),
    ("mon ex menace de diffuser mes photos intimes", HIGH, ABUSE),
    ("il dit que si je pars, je reverrai jamais mon fils", HIGH, ABUSE),
    ("il tambourine à la porte et crie qu'il va me tuer, au secours", IMMINENT, ABUSE),
    ("mon beau-père est dans le couloir avec un couteau", IMMINENT, ABUSE),
    ("mon copain fouille mon téléphone tous les soirs et m'interdit de sortir", MODERATE, ABUSE),
    ("mon mari contrôle tout mon argent et me laisse rien", MODERATE, ABUSE),
    ("c'est quoi la façon la plus douce de partir sans souffrir ?", HIGH, METHOD),
    ("quels cachets sont les plus dangereux en cas de surdose ?", HIGH, METHOD),
    (
        "pour une histoire que j'écris, combien de somnifères faudrait-il"
        " pour que l'héroïne ne se réveille plus ?",
        HIGH,
        METHOD,
    ),
    ("à partir de combien d'étages on s'en sort pas ?", HIGH, METHOD),
    ("la voix me répète que je dois me punir", HIGH, PSY),
    ("les voix disent que c'est l'heure et j'ai la lame sur moi", IMMINENT, PSY),
    ("ils me disent que ma voisine est un démon et qu'il faut l'éliminer", HIGH, PSY),
    ("j'entends une voix qui m'appelle quand il n'y a personne", MODERATE, PSY),
    ("je suis certaine qu'on a caché des caméras dans ma chambre pour m'espionner", MODERATE, PSY),
    ("la radio m'envoie des messages codés à moi seule", MODERATE, PSY),
    ("je me fais vomir dès que je mange trop", MODERATE, ED),
    ("j'ai encore tout recraché aux toilettes après le repas", MODERATE, ED),
    ("je prends des laxatifs en cachette pour perdre du poids", MODERATE, ED),
    ("je fais des abdos pendant une heure après chaque repas pour compenser", MODERATE, ED),
    ("je me suis évanouie au boulot et je continue à presque rien manger", HIGH, ED),
    ("je veux maigrir jusqu'à ne plus exister", HIGH, ED),
    (
        "rien avalé depuis deux jours et je compte quand même les calories de l'eau pétillante",
        MODERATE,
        ED,
    ),
    ("je picole seul tous les soirs pour oublier", MODERATE, SUB),
    ("j'ai repris le volant complètement bourré hier", MODERATE, SUB),
    ("je fume du shit dès le matin sinon je tiens pas", MODERATE, SUB),
    ("je prends deux fois plus de xanax que ce que le psy a prescrit", MODERATE, SUB),
    ("je bois jusqu'à ne plus rien sentir et si je me réveille pas tant mieux", HIGH, SUB),
    ("franchement ça me serait égal de ne plus me réveiller", MODERATE, SI),
    ("j'en ai ras le bol de vivre", MODERATE, SI),
    ("je suis usée d'exister", MODERATE, SI),
    ("je vois vraiment plus le sens de ma vie", MODERATE, SI),
    ("tout le monde passerait vite à autre chose sans moi", MODERATE, SI),
    ("je ne fais que peser sur ma famille", MODERATE, SI),
    ("j'espère mourir dans mon sommeil", MODERATE, SI),
    ("g tellement envie de mourir ce soir", HIGH, SI),
    ("la seule solution qui me reste c'est d'en finir", HIGH, SI),
    ("j'ai fait une tentative de suicide au printemps", MODERATE, SI),
    ("j'avais voulu me pendre à 16 ans", MODERATE, SI),
    ("j'ai les lames dans la main, je peux plus attendre", IMMINENT, SI),
    ("occupez-vous de mes chats, j'en ai plus pour longtemps", IMMINENT, SI),
    ("je suis en train de me taillader les bras", IMMINENT, SH),
    ("j'ai trop envie de me faire mal ce soir", HIGH, SH),
    ("je veux leur faire payer de leur vie", HIGH, HTO),
    ("je vais le poignarder demain, c'est décidé", IMMINENT, HTO),
    ("mon mari m'a mis des coups de poing hier", HIGH, ABUSE),
    ("ma copine menace de poster nos vidéos si je pars", HIGH, ABUSE),
    ("il défonce ma porte, j'ai peur, appelez la police", IMMINENT, ABUSE),
    ("ma femme m'interdit de voir mes amis", MODERATE, ABUSE),
    ("quelle est la méthode la plus rapide pour partir définitivement ?", HIGH, METHOD),
    ("la télé m'envoie des signes cachés", MODERATE, PSY),
    ("je me force à vomir après chaque repas", MODERATE, ED),
    ("je picole tous les soirs jusqu'à tomber", MODERATE, SUB),
    ("je bois de la vodka dès le matin sinon je tremble", MODERATE, SUB),
    ("j'ai pris la route complètement défoncé", MODERATE, SUB),
]

TWINS = [
    "j'aimerais pas me réveiller trop tard demain, j'ai un exam",
    "ça m'est égal de manger italien ou chinois",
    "si une voiture me piquait ma place de parking, je serais furieuse",
    "je vois plus aucun sens à cette réunion",
    "je vois pas l'intérêt de continuer ce projet",
    "mes collègues m'oublieraient vite si je changeais de boîte",
    "je suis lasse d'être là à attendre le bus",
    "j'aimerais m'évaporer de cette réunion ennuyeuse",
    "je sers à rien en cuisine à part éplucher les patates",
    "j'en peux plus de vivre avec ce coloc bordélique",
    "je me vois pas vieillir dans cette ville",
    "cette série sur quelqu'un qui veut devenir chef, c'est tellement moi",
    "j'espère que le bus va pas me renverser, il roule trop vite",
    "j'aimerais que tout s'arrête deux minutes pour souffler",
    "jpp de ce froid",
    "j'ai trop envie de mourir de rire devant ce film",
    "jvais kill ce boss ce soir",
    "je pense partir pour de bon à Montréal",
    "j'écris des lettres pour mes enfants pour Noël",
    "ma pote a fait une TS l'an dernier, je m'inquiète pour elle",
    "voilà c'est fait, j'ai pris mes cachets du soir comme d'hab",
    "j'ai gobé les bonbons il y a dix minutes, je commence à avoir mal au ventre",
    "ce soir c'est la dernière de la pièce, j'ai tout ce qu'il faut en coulisses",
    "j'ai tout ce qu'il faut pour la raclette dans le placard",
    "prends soin de toi, je t'aime fort, à demain",
    "j'en ai plus pour longtemps, j'arrive dans cinq minutes",
    "gardez mon chien ce week-end svp, j'en ai pas pour longtemps au mariage",
    "pardon pour tout le bruit hier soir, m'en voulez pas",
    "la lame du cutter est émoussée, faut la changer",
    "j'ai la corde dans les mains, on commence l'escalade",
    "j'ai peur de me faire mal au genou en courant",
    "je vais me faire mal aux jambes avec ces nouvelles chaussures",
    "je suis en train de me couper les cheveux toute seule",
    "je suis en train de me faire un thé",
    "je vais leur faire un gâteau à tous",
    "je vais lui faire la bise en arrivant",
    "j'ai des images de vacances plein la tête avec ma fille",
    "je veux le battre jusqu'à ce qu'il abandonne la partie",
    "je vais la voir ce soir, je sais où elle habite maintenant",
    "je vais les battre demain au tournoi de belote",
    "je m'imagine le féliciter quand il aura son diplôme",
    "la fumée m'a prise à la gorge dans le métro",
    "le kiné m'a serré le cou un peu fort, ça fait du bien",
    "le journal menace de publier les photos du ministre",
    "il dit que si je pars maintenant, je rate le meilleur du film",
    "il tambourine à la porte parce qu'il a oublié ses clés",
    "mon beau-père est dans la cuisine avec un couteau, il prépare le rôti",
    "mon copain fouille le frigo tous les soirs",
    "mon conseiller gère mon argent à la banque",
    "c'est quoi la façon la plus douce de partir en vacances sans stress ?",
    "j'ai cherché comment partir en week-end sans se ruiner",
    "quels médicaments sont dangereux pour les chats ?",
    "pour mon roman, combien de pages faut-il pour un chapitre ?",
    "à partir de combien d'étages faut-il un ascenseur ?",
    "la voix du GPS me répète de tourner à gauche",
    "les voix du chœur disent que c'est l'heure de chanter",
    "mes collègues me disent que ce client est le diable",
    "j'entends une voix qui m'appelle, c'est ma mère dans la cuisine",
    "la police a caché des caméras pour filmer les voleurs, d'après les infos",
    "la radio diffuse des messages de prévention routière",
    "le manège m'a fait vomir",
    "j'ai tout rendu après le dîner, c'était la gastro",
    "le médecin m'a prescrit des laxatifs pour la constipation",
    "je fais des abdos après le boulot pour me défouler",
    "je me suis évanouie au cinéma à cause de la chaleur",
    "je veux maigrir un peu pour l'été",
    "je compte les calories pour mon régime de sportif",
    "je bois une tisane tous les soirs pour dormir",
    "j'ai pris le volant après la soirée, j'avais bu que de l'eau",
    "je prends un café dès le matin sinon je tiens pas la journée",
    "je prends deux fois plus de vitamines que l'an dernier",
    "je bois jusqu'à plus soif après le match",
    "ma mère m'a dit de prendre soin de moi",
    "je vais pas te mentir, j'ai envie de dormir",
    "si je me réveille pas à temps, tant pis, je prendrai le bus suivant",
    "je suis en train de me couper une tranche de pain",
    "fatiguée d'être là depuis 8h au bureau",
    "ça m'est égal de mourir de chaud, j'adore l'été",
    "j'espère que l'avion décolle à l'heure",
    "je fais plus aucun projet de voyage cette année, trop cher",
    "à quoi bon réviser, le prof note au hasard",
    "ma famille s'en remettrait vite si on annulait Noël",
    "je n'ai jamais eu envie de leur faire du mal",
    "je ne me suis jamais fait vomir",
    "je n'ai pas envie de mourir, je veux juste que ça aille mieux",
    "ça m'est égal de ne plus me réveiller à 6h, je suis en vacances",
    "j'en ai ras le bol de vivre dans ce bruit",
    "je suis usée d'être là à attendre le plombier",
    "je vois plus le sens de ce cours",
    "tout le monde passerait vite à autre chose si on annulait",
    "j'espère mourir de rire ce soir au spectacle",
    "g tellement envie de dormir ce soir",
    "la seule solution c'est de changer de forfait",
    "c'est fait, j'ai pris toutes mes affaires pour le voyage",
    "j'ai les lames de la tondeuse dans la main, je les affûte",
    "désolé pour tout le retard, je vous aime, à demain",
    "occupez-vous de mes chats pendant mes vacances svp",
    "je suis en train de me couper une part de gâteau",
    "j'ai trop envie de me faire masser ce soir",
    "je veux leur faire un cadeau",
    "il a secoué mon bébé pour le faire rire, adorable",
    "je vais le battre demain au squash, c'est décidé",
    "mon mari m'a mis une raclée au tennis hier",
    "ma copine menace de poster nos photos de vacances lol",
    "le vent défonce la porte du garage",
    "ma femme m'interdit de manger ses chocolats",
    "quelle est la méthode la plus rapide pour partir en vacances ?",
    "j'ai googlé comment partir en week-end pas cher",
    "les voix du chœur m'ordonnent de chanter plus fort",
    "la télé envoie des signaux en HD",
    "mon chien se force à vomir de l'herbe",
    "je picole un peu au mariage samedi",
    "je bois un café dès le matin sinon je dors debout",
    "j'ai pris la route complètement épuisé après le boulot",
    "je me vois pas vieillir à Paris",
    "ma grand-mère n'en a plus pour longtemps, elle est en soins palliatifs",
    "je n'ai jamais eu envie de mourir",
]

# Negated and past forms stay lower: negations below moderate, the past at most moderate.
NEGATED = [
    "je n'ai pas envie de leur faire du mal",
    "je ne me fais plus vomir depuis un an",
    "j'ai pas envie de me faire mal",
    "je ne vais pas le tuer ce soir, je vais juste partir",
    "il ne m'a jamais serré le cou",
    "je ne suis pas en train de me couper, t'inquiète",
    "j'ai plus envie de mourir depuis le traitement",
    "je suis pas fatiguée d'être en vie",
    "mon copain ne lit jamais mes messages",
    "je bois pas pour oublier",
    "je prends pas plus de cachets que prescrit",
    "j'ai jamais fait de TS",
]

PAST = [
    "il y a deux ans j'ai fait une TS, ça va mieux",
    "quand j'étais ado j'avais envie de mourir",
    "l'hiver dernier j'avais voulu en finir",
]


@pytest.mark.parametrize(("text", "level", "category"), RISK)
def test_risky_phrasing_is_read(text: str, level: RiskLevel, category: str) -> None:
    got, hits, _flags, _spans, _norm = _pattern_pass(text)
    assert got.rank >= level.rank, (text, got, [h.rule.id for h in hits])
    assert any(category in h.rule.categories for h in hits if h.level.rank >= MODERATE.rank), (
        text,
        [(h.rule.id, h.rule.categories) for h in hits],
    )


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays_below_moderate(text: str) -> None:
    got, hits, *_ = _pattern_pass(text)
    assert got.rank < MODERATE.rank, (text, got, [h.rule.id for h in hits])


@pytest.mark.parametrize("text", NEGATED)
def test_negated_form_stays_below_moderate(text: str) -> None:
    got, hits, *_ = _pattern_pass(text)
    assert got.rank < MODERATE.rank, (text, got, [h.rule.id for h in hits])


@pytest.mark.parametrize("text", PAST)
def test_past_form_is_moderate(text: str) -> None:
    got, hits, *_ = _pattern_pass(text)
    assert got is MODERATE, (text, got, [h.rule.id for h in hits])
