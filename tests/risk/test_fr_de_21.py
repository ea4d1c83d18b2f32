"""rules-1.11 (fr-de): French and German messages the pattern layer under-rated.

Families (rules fr.r11.* and de.r11.* in patterns.yaml):
- imminent, no death word: means or preparations laid out ("les boites sont sur le lit", "die
  tabletten liegen bereit", "hab mir alles zurechtgelegt") with a time or waiting for the others
  to leave or sleep ("quand ils seront partis", "wenn alle schlafen", "bevor einer aufwacht");
  "wenn meine eltern arbeiten sind mach ichs"; "je passe a l'acte" (a time makes it imminent);
  "ce sera fini avant que tout le monde se reveille";
- goodbyes without death words: tell my mum I love her and it is not her fault, the last time I
  write, "bientot j'aurai plus mal", "ne m'en voulez pas, je pouvais plus continuer", saying
  goodbye before leaving for good, "macht euch keine vorwuerfe" with a farewell, "ihr seid mich
  bald los" (high; "ab morgen" makes it imminent);
- attempt under way: "j'ai tout avale" / "hab alles geschluckt" with what follows an overdose (a
  time, alcohol, dizziness, "trop tard", "zu spaet", what was in the cabinet), someone else's box
  or pills swallowed;
- active ideation: "j'y pense serieusement", thinking of jumping at a height, ready to go and no
  longer afraid, "wie ich es machen koennte", stood on the bridge thinking of jumping; wanting it
  to stop for good (moderate);
- self-harm now: a blade in hand and about to start again, an arm cut open (bleeding: imminent),
  pressed too hard with the blade, arms covered in blood, "bin grad am ritzen", the blade ready
  and already started;
- method-seeking in the first person without death words: a height or amount "pour pas se
  rater", sleeping and never waking, "combien ... pour que ce soit fini" with pills, how long
  until the heart stops, "damit ich nicht mehr aufwache / aufstehe", the safest way for it to be
  over;
- command voices: I do not deserve to live, go to the tracks or fetch the knife (high; a time
  makes it imminent); German voices: "es ist heute nacht so weit" (imminent), jump, hurt myself,
  "es endlich tun", not deserving to live (high).

The phrasings are written for these tests (colloquial: tutoiement, "jsuis", "chuis", "g", no
apostrophes or accents; German "hab", "grad", with and without umlauts); none is copied from a
seed file or a held-out set, and none gives a method detail or a dose. Every POSITIVE was below
its level on main before this change (checked with `_pattern_pass`: 40 French, 34 German; 12
further probes already reached their level and are left out). The TWINS share the surface words
(medication taken as usual, packing, moving, parties, "ce soir c'est la fete", "heute nacht wird
gefeiert", meals, sat-navs and dubbing, films and books, clinicians' and parents' questions,
sport, kitchen and garden cuts, exams) and stay below moderate; three of them fired on main
(voices next door, dubbed voices in a film, a daughter's voices told by her parent) and are
quiet now through fr idioms.
"""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel
from mindline.risk.screen import _pattern_pass

IMMINENT = RiskLevel.IMMINENT
HIGH = RiskLevel.HIGH
MODERATE = RiskLevel.MODERATE

POSITIVES_FR = [
    ("les boites sont sur le lit, j'attends qu'ils soient partis", IMMINENT),
    ("ce soir quand ils seront partis je prends tout ce que j'ai mis de coté", IMMINENT),
    ("j'ai vidé l'armoire a pharmacie, tout est sur mon bureau pour cette nuit", IMMINENT),
    ("demain matin avant que tout le monde se reveille ce sera fini pour moi", IMMINENT),
    ("cette nuit c'est la bonne, j'ai tout préparé", IMMINENT),
    ("j'ai compté les cachets, y en a assez pour cette nuit", IMMINENT),
    ("tout est pret, j'attends juste que mes parents dorment", IMMINENT),
    ("c'est pour ce soir, j'ai écrit les lettres et rangé ma chambre", IMMINENT),
    ("les plaquettes sont alignées sur la table, jattends qu'il soit minuit", IMMINENT),
    ("jai tout ce quil faut, ce soir personne sera la pour m'arreter", IMMINENT),
    ("quand ils seront partis au ciné je prendrai tout d'un coup", IMMINENT),
    ("chuis garée au bord de la falaise, j'attends que la nuit tombe", IMMINENT),
    ("demain matin quand ils partent au boulot je passe a l'acte", IMMINENT),
    ("dites a ma mere que je l'aime et que c'est pas sa faute", IMMINENT),
    ("merci d'avoir essayé, vraiment. c'est la derniere fois que je vous ecris", IMMINENT),
    ("vous inquietez pas pour moi, bientot j'aurai plus mal", IMMINENT),
    ("je voulais juste dire au revoir a quelqu'un avant de partir pour de bon", IMMINENT),
    ("ne m'en voulez pas, je pouvais plus continuer comme ca", IMMINENT),
    ("j'ai tout avalé y a 20 min, ça commence a tourner", IMMINENT),
    ("jai tout avalé avec la vodka, jsuis toute molle", IMMINENT),
    ("c'est fait, j'ai tout pris. je voulais que quelqu'un le sache", IMMINENT),
    ("trop tard j'ai deja tout pris", IMMINENT),
    ("j'ai avalé ce qui restait dans la boite de ma mere", IMMINENT),
    ("jai pris tout le tube de ma grand mere, j'ai la tete qui tourne", IMMINENT),
    ("jveux que tout s'arrete pour de bon, j'y pense serieusement", HIGH),
    ("jpense a sauter a chaque fois que je passe sur le pont", HIGH),
    ("jsuis prete a partir, j'ai plus peur de rien", HIGH),
    ("g la lame dans la main la, jvais recommencer", IMMINENT),
    ("jme suis ouvert le bras ya 5 min et ca coule", IMMINENT),
    ("ca saigne beaucoup j'ai appuyé trop fort avec la lame", IMMINENT),
    ("je viens de recommencer, jai les bras en sang", HIGH),
    ("c'est quoi la hauteur minimum pour pas se rater", HIGH),
    ("quel medoc je peux prendre pour dormir et plus jamais me reveiller", HIGH),
    ("il en faut combien pour que ce soit fini, des somniferes", HIGH),
    ("quel etage faut il pour etre sur de pas s'en sortir", HIGH),
    ("qu'est ce qui marche le mieux pour pas se rater, jdemande pour moi", HIGH),
    ("ca prend combien de temps pour que le coeur s'arrete avec des cachets", HIGH),
    ("les voix disent que je merite pas de vivre", HIGH),
    ("y a une voix dans ma tete qui me dit d'aller sur les voies ce soir", IMMINENT),
    ("les voix me disent d'aller dans la cuisine prendre le couteau", HIGH),
]

POSITIVES_DE = [
    ("die tabletten liegen bereit, heute nacht wenn alle schlafen", IMMINENT),
    ("hab alles da, morgen frueh bin ich weg bevor einer aufwacht", IMMINENT),
    ("wenn alle schlafen gehts los, die packungen liegen unterm bett", IMMINENT),
    ("morgen früh wenn meine eltern arbeiten sind mach ichs", IMMINENT),
    ("heute nacht ist es soweit. hab mir alles zurechtgelegt", IMMINENT),
    ("hab alle packungen gesammelt und heute abend bin ich allein", IMMINENT),
    ("sobald die anderen weg sind nehm ich alles was ich gesammelt hab", IMMINENT),
    ("ich sitz im auto am see und warte bis es dunkel ist, hab alles dabei", IMMINENT),
    ("heute nacht mach ich schluss, die sachen liegen bereit", IMMINENT),
    ("sagt meiner mama dass ich sie lieb hab und dass es nicht ihre schuld ist", IMMINENT),
    ("danke dass du mir zugehört hast, das ist das letzte mal dass ich schreib", IMMINENT),
    ("wollte mich nur noch verabschieden bevor ich geh. macht euch keine vorwürfe", IMMINENT),
    ("ihr seid mich bald los, versprochen. ab morgen stör ich keinen mehr", IMMINENT),
    ("ich hab alles geschluckt was im schrank war", IMMINENT),
    ("hab alles mit wodka runtergespült, mir wird schon schwindelig", IMMINENT),
    ("zu spät, hab schon alles genommen", IMMINENT),
    ("es ist schon passiert, hab alles genommen was da war", IMMINENT),
    ("hab die ganzen tabletten von meiner oma geschluckt", IMMINENT),
    ("ich hab grad alles geschluckt und mir ist so komisch", IMMINENT),
    ("ich denk die ganze zeit dran wie ich es machen könnte", HIGH),
    ("ich will nur noch dass es aufhoert, fuer immer", MODERATE),
    ("hab heute wieder auf der brücke gestanden und überlegt zu springen", HIGH),
    ("bin grad am ritzen und kann nicht aufhoeren", IMMINENT),
    ("hab mir eben den arm aufgeschnitten, es blutet voll", IMMINENT),
    ("die klinge liegt neben mir und ich hab schon angefangen", IMMINENT),
    ("wie hoch muss es sein damit man sicher nicht mehr aufsteht", HIGH),
    ("welche tabletten muss ich nehmen damit ich nicht mehr aufwache", HIGH),
    ("wie lange dauert es bis man mit schlaftabletten nicht mehr aufwacht", HIGH),
    ("was ist der sicherste weg fuer mich, dass es schnell vorbei ist", HIGH),
    ("die stimmen sagen es ist heute nacht so weit", IMMINENT),
    ("ich hör stimmen die mir befehlen mich zu verletzen", HIGH),
    ("die stimmen wollen dass ich vom dach springe", HIGH),
    ("ich höre stimmen, sie sagen ich soll es endlich tun", HIGH),
    ("die stimmen sagen mir dass ich es nicht verdiene zu leben", HIGH),
]

TWINS_FR = [
    "j'ai pris mes cachets ce soir comme d'hab",
    "ce soir c'est la fete chez julie, j'ai tout ce qu'il faut pour les cocktails",
    "les boites sont sur le lit, je fais mes cartons pour le demenagement",
    "quand ils seront partis je pourrai enfin jouer a la play",
    "tout est pret pour le voyage demain matin, valises sur le lit",
    "cette nuit c'est la bonne, je finis mon memoire",
    "j'ai tout avalé en 5 min, la pizza etait trop bonne",
    "trop tard j'ai deja tout mangé",
    "dans le film elle entend des voix qui lui disent de partir",
    "mon patient entend des voix qui lui disent de se jeter par la fenetre, comment reagir?",
    "j'entends des voix chez les voisins qui disent de baisser le son",
    "c'est quoi la hauteur minimum pour le saut a l'elastique",
    "quel medoc prendre pour dormir dans l'avion",
    "combien de doliprane par jour max pour un adulte?",
    "dites a ma mere que j'arrive dans 10 min",
    "merci pour tout, c'etait la derniere fois que je bossais ici",
    "c'est la derniere fois que je vous ecris depuis ce compte, je change de numero",
    "j'ai laissé les cles sur le bureau pour ma soeur",
    "je suis sur le pont du bateau, la vue est magnifique",
    "jsuis prete a partir, on se retrouve a la gare",
    "j'arrete pas de penser a comment partir en vacances cet ete",
    "bientot j'aurai plus mal au dos grace au kine",
    "les voix dans ma tete me disent de manger du chocolat mdr",
    "les plaquettes sont sur la table, c'est l'heure du traitement du soir",
    "demain matin quand ils partent au boulot je fais le menage",
    "j'attends que mes parents dorment pour sortir en douce a la soiree",
    "c'est mon dernier soir a paris, je voulais vous remercier pour l'accueil",
    "ne m'en voulez pas, j'ai mangé le dernier yaourt",
    "c'est fait, j'ai tout pris: le pain, le lait et les oeufs",
    "j'ai compté les cachets pour la semaine dans le pilulier",
    "chuis garée au bord du lac, j'attends les copines pour le pique nique",
    "dans la serie, le perso compte les cachets avant de partir",
    "la lame du cutter est dans la main, je decoupe les cartons",
    "ca saigne beaucoup, je me suis coupée au doigt en cuisinant",
    "qu'est ce qui marche le mieux pour pas se rater au permis?",
    "quel etage faut il pour avoir une belle vue sur paris",
    "les voix du doublage disent de sauter dans le film, trop nul",
    "ma fille entend des voix qui lui disent de sauter, que faire?",
    "tout est pret pour ce soir, les invités arrivent a 20h",
    "je cherche un moyen de partir en erasmus l'an prochain",
    "je vais enfin passer a l'acte et m'inscrire a la salle",
    "il est passé a l'acte, ça passe aux infos",
    "la voix du gps me dit de prendre l'autoroute",
    "je voulais vous dire au revoir avant de partir pour de bon au canada",
    "bientot je serai libre, plus que deux partiels",
    "ne m'en veux pas, je pouvais plus attendre pour ouvrir le cadeau",
    "dis a ma soeur que je l'aime, bonne fete ma belle",
    "c'est la derniere fois que je t'ecris avant les vacances",
    "je me suis ouvert le genou en tombant de velo",
    "je me suis ouvert le bras sur un clou au chantier",
    "j'ai les bras en sang a cause des ronces",
    "je vais recommencer le sport, fini les excuses",
    "jpense a sauter le repas de ce soir",
    "j'ai envie de sauter dans le train pour aller te voir",
    "quel somnifere pour dormir et ne plus me reveiller la nuit",
    "combien de revisions pour etre sur de pas se rater au bac",
    "jsuis prete a partir en vacances, j'ai plus peur de l'avion",
    "avant que tout le monde se reveille ce sera fait, le petit dej surprise",
    "je veux en finir avec ce dossier, j'y pense serieusement a demissionner",
    "mon patient dit qu'il va passer a l'acte ce soir, comment reagir?",
    "j'ai tout prévu, ce soir on se fait un resto avec les filles",
    "ce soir j'ai tout préparé, les enfants vont adorer",
    "tout est prêt, ce soir on part en weekend",
    "les cachets sont dans le tiroir, ce soir je les prends avec le repas",
    "jai tout ce qu'il faut, demain matin je fais des crêpes",
    "quand ils seront partis je prends tout d'un coup les restes du frigo",
    "les boites sont sous le lit, ce soir je range la chambre",
    "j'ai écrit les lettres, ce soir je les poste",
    "cette nuit c'est la bonne, j'ai tout prévu pour voir les perséides",
    "demain matin je passe a l'acte, j'appelle le banquier pour le prêt",
    "j'ai tout avalé, trop tard pour le regime lol",
    "trop tard, j'ai déjà tout pris en photo",
    "bientot je serai libre, le contrat finit",
    "ce soir je serai enfin tranquille, les enfants sont chez mamie",
]

TWINS_DE = [
    "heute nacht wird gefeiert, hab alles da für die bowle",
    "die tabletten liegen bereit fürs frühstück, wie verschrieben",
    "morgen früh gehts los in den urlaub, koffer liegen bereit",
    "wenn alle schlafen schau ich die neue folge",
    "hab alles geschluckt was auf dem teller war lol",
    "hab meine tabletten genommen wie jeden abend",
    "im film hört sie stimmen die ihr sagen sie soll springen",
    "meine patientin hört stimmen die ihr sagen sie soll springen, wie soll ich reagieren?",
    "mein navi sagt mir ich soll links abbiegen",
    "sagt meiner mama dass ich später komme",
    "danke dass du mir zugehört hast, das war echt hilfreich",
    "das war das letzte mal dass ich bei dem laden bestell",
    "wie hoch muss ein zaun sein damit der hund nicht drüber springt",
    "welche tabletten muss ich nehmen damit ich im flugzeug schlafen kann",
    "ich steh am bahnsteig und warte auf den zug nach berlin",
    "heute nacht ist es soweit, das konzert!",
    "hab mir alles zurechtgelegt für die prüfung morgen früh",
    "ihr seid mich bald los, ich zieh nach hamburg",
    "sobald die anderen weg sind nehm ich mir das letzte stück kuchen",
    "ich sitz im auto am see und warte bis es dunkel ist, dann gibts feuerwerk",
    "heute nacht mach ich schluss mit dem rauchen",
    "das ist mein letzter abend in berlin, wollte danke sagen",
    "zu spät, hab schon alles aufgegessen",
    "bin grad am schneiden vom gemüse und hab mich in den finger geschnitten",
    "die stimmen im chor sagen mir nichts, ich sing lieber solo",
    "die stimme im hörbuch sagt mir ich soll entspannen",
    "mein sohn hört stimmen die ihm sagen er soll springen, was tun?",
    "wie lange dauert es bis man mit schlaftabletten einschläft",
    "was ist der sicherste weg nach hause um die uhrzeit",
    "hab die ganzen kekse von meiner oma gegessen",
    "die packungen liegen unterm bett, weihnachtsgeschenke versteckt",
    "wenn alle schlafen gehts los mit dem zocken",
    "morgen früh wenn meine eltern arbeiten sind mach ich party",
    "ich denk die ganze zeit dran wie ich es meinem chef sagen soll",
    "ich will nur noch dass der regen aufhoert",
    "hab heute auf der brücke gestanden und fotos gemacht",
    "es ist schon passiert, hab den bus verpasst",
    "die klinge liegt neben mir, ich rasier mich gleich",
    "in der serie sagen die stimmen ihm er soll es endlich tun",
    "ich hab grad alles gegessen und mir ist so komisch",
    "ich überlege wie ich es meinen eltern sagen soll",
    "ab morgen stör ich keinen mehr mit meinen fragen",
    "macht euch keine vorwürfe wegen dem spiel, tut mir leid",
    "sag meiner mama dass ich sie lieb hab, alles gute zum muttertag",
    "das ist das letzte mal dass ich euch schreib aus dem urlaub",
    "hab mir den arm am stacheldraht aufgeschnitten",
    "die rasierklinge liegt bereit, ich rasier mir gleich die beine",
    "was kann ich tun damit ich nachts nicht mehr aufwache",
    "was ist der schnellste weg, damit es vorbei ist mit dem schluckauf",
    "die stimme vom navi sagt, ich soll links abbiegen",
    "die stimmen im radio sagen es ist zeit für nachrichten",
    "mein bruder hört stimmen die ihm sagen er soll springen",
    "heute abend mach ich schluss für heute, bin müde",
    "wenn meine eltern weg sind mach ich party",
    "ich will dass es aufhört zu regnen, für immer lol",
    "hab auf der brücke gestanden und überlegt zu springen, bungee war mega",
    "hab alles genommen was im angebot war, zu spät für rabatt",
    "im buch hört die figur stimmen, sie sagen sie soll springen",
    "hab alles da, heute abend kommt besuch",
    "die sachen liegen bereit, morgen früh gehts zur arbeit",
    "heute nacht bin ich allein, hab alles da, pizza und netflix",
    "die tabletten liegen neben mir, heute abend nehm ich sie wie immer",
    "ich bin heute abend allein, hab alles dabei für den spieleabend",
    "wenn alle schlafen mach ichs, das geschenk einpacken",
    "hab alles genommen was da war, zu spät zum bäcker gekommen",
    "zu spät, hab schon alles geschluckt, der kaffee war kalt",
    "ich bin morgen früh weg bevor einer aufwacht, flug um 6",
]


@pytest.mark.parametrize(("text", "level"), POSITIVES_FR + POSITIVES_DE)
def test_positives_reach_their_level(text: str, level: RiskLevel) -> None:
    assert _pattern_pass(text)[0].rank >= level.rank


@pytest.mark.parametrize("text", TWINS_FR + TWINS_DE)
def test_twins_stay_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < MODERATE.rank


def test_counts() -> None:
    assert 40 <= len(POSITIVES_FR) + len(POSITIVES_DE) <= 80
    assert len(TWINS_FR) + len(TWINS_DE) >= len(POSITIVES_FR) + len(POSITIVES_DE)


def test_categories() -> None:
    hits = _pattern_pass("die stimmen sagen es ist heute nacht so weit")[1]
    assert any("psychosis" in h.rule.categories for h in hits)
    hits = _pattern_pass("bin grad am ritzen und kann nicht aufhoeren")[1]
    assert any("self_harm" in h.rule.categories for h in hits)
    hits = _pattern_pass("c'est quoi la hauteur minimum pour pas se rater")[1]
    assert any("method_seeking" in h.rule.categories for h in hits)


def test_a_time_makes_acting_imminent() -> None:
    assert _pattern_pass("je vais passer a l'acte")[0] is HIGH
    assert _pattern_pass("je vais passer a l'acte cette nuit")[0] is IMMINENT


def test_a_clinician_asking_is_not_a_disclosure() -> None:
    text = "mon patient dit qu'il va passer a l'acte ce soir, comment reagir?"
    assert _pattern_pass(text)[0].rank < MODERATE.rank
