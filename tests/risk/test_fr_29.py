"""rules-1.19 (fr): plain statements of the imminent families, method questions and the rest, in
French chat words.

A helper wrote 101 positives and 60 twins in the ten families of the label guide, from the guide
alone (fr_29.tsv keeps them). On rules-1.18 they read 47/101 positives at level, and 9/60 twins
moderate or above. The imminent families read far below their level: a date set ("c'est decide,
ce sera vendredi soir", "la date est fixee", "encore 3 jours"), 1/10; the writer at a bridge, a
roof or a cliff edge, pills hoarded and in front of them, a gun in the room, 2/10; goodbyes that
hand over a pet ("prends soin de mon chat stp") or say "adieu." alone, 6/10; and method
questions however disguised ("c'est quoi le pont le plus haut du coin? pas pour moi lol", "a
partir de quel etage on est sur de pas survivre"), 1/10. The rules `fr.r19.*` read the shapes of
those statements and stay off their everyday twins (a wedding date, a resignation letter, a
weekend away, the bridge for the view, the roof for a barbecue, a nurse's training question,
mosquito bites, a game). After them the round reads 101/101 positives at level, and 6/60 twins
moderate or above: the classifiers read four of them, and the older `fr.hto.*` rules read "je
vais tuer mon frere il a encore mange mes yaourts". Three older rules were narrowed for the
others: "j'aimerais disparaitre sous ma couette" and "... de honte" (`fr.passive`,
`fr.passive2`), "ce soir je le fais: je lui dis ..." (`fr.imminent2`), and "c'est mon dernier
message avant les vacances" (`fr.intent`). No twin of the es, it, pt or de rounds is read by a
new rule.

Round 2. A second round, written blind in new wording (Quebec, Belgian and school chat, other
situations: 86 positives, 51 twins), read 39/86 positives at level on rules-1.18 and 43/86 after
the first rules: they matched round 1's wording, not the shapes. Per family after round 1: date
set 2/9, method questions 2/9, means at hand 3/9, goodbyes 3/8, harm to others 3/8, self-harm
4/8. The round-2 rules read each family by vocabulary, two or three word sets meeting in one
message (a day and the writer's own end; "my day" chosen; letters for the family in a drawer; a
dead one to join; a means, a lethality and an evasion such as "demande pas pourquoi" or "c pour
une copine"; a weapon at someone's door; marks under the sleeve after doing it again), with
everyday words kept out (a subscription, a day off, a party, a bungee jump, a hangover, a
football, Lego). After them round 2 reads 82/86 positives at level and 2/51 twins moderate or
above, neither through a fr.r19 rule (older rules read "j'aimerais m'endormir et pas me
reveiller avant midi dimanche lol" and "je vais tuer mon frere, il a fini les cereales");
round 1 stays at 101/101 and 6/60. Left below level: "je les ai ici" (no means named), a
guitar and a Switch given away "il en aura plus besoin que moi" (everyday in other words),
"depuis qu'elle est partie je pense a me tuer" (read high, then lowered as a third party's),
and "au lycee ... ramener un couteau demain" (read, then lowered: "au lycee" is a past cue).
No twin of any language's round 1 or 2 is read moderate or above by a fr.r19 rule.

The positives (fr_29.tsv) are the round's positives that read at level through a new rule;
the twins are its everyday rows that read below moderate, on which no new rule may fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import probe_row_tests, rules_reading

ROWS = Path(__file__).with_name("fr_29.tsv")


def _new_rules(locale: str, text: str) -> list[str]:
    return rules_reading(text, f"{locale}.r19.", locale)


test_positive_reads_at_level_through_a_new_rule, test_no_new_rule_fires_on_a_twin = probe_row_tests(
    ROWS, "r19"
)


# The everyday sense of the new rules' words, written beside them.
@pytest.mark.parametrize(
    "text",
    [
        "c'est decide, ce sera vendredi soir pour le resto avec les filles",
        "la date est fixee pour le pot de depart",
        "j'ai choisi la date de mon tatouage",
        "demain matin. j'ai pris ma decision, je demissionne",
        "dimanche c'est fini pour moi les soirees, j'ai tout prevu pour reviser",
        "j'ai ecrit les lettres pour mes grands parents, ils adorent recevoir du courrier",
        "encore 3 jours et apres les vacances!",
        "prends soin de mon chat pendant que je suis a l'hopital stp",
        "occupe toi de mon chien demain je bosse tard",
        "adieu la vie de celibataire",
        "j'ai laisse une lettre sur la table pour ma soeur, c'est son anniversaire",
        "je garde tous mes medicaments dans une boite a chaussures, c'est plus pratique",
        "les cachets sont sur la table, j'ai plus qu'a les prendre avec mon dejeuner",
        "j'ai pris la moitie de la boite de chocolats",
        "je suis sur le pont du bateau, ya personne",
        "c'est quoi le pont le plus haut de france? c'est pour un expose",
        "c'est quoi la facon la plus rapide de partir de la gare de lyon",
        "le doliprane a partir de combien c'est dangereux pour un adulte?",
        "a quoi ca sert d'etre la si personne ne m'ecoute",
        "si je partais en vacances personne le remarquerait",
        "je me suis gratte jusqu'au sang a cause de mon eczema",
        "3 mois clean et j'ai craque sur une clope",
        "je le plante dans le jardin, je rigole pas c'est un beau rosier",
        "je pense a frapper mon record ce soir",
        "je l'attends devant chez lui pour aller au cine",
        "j'ai pris le couteau et j'attends qu'il rentre pour couper le roti",
        "mon frere a recommence a me taper a fifa",
        "il a un couteau suisse et il m'a suivie jusqu'au camping",
        "le mieux c'est de me supprimer de ce groupe",
        # round 2
        "dimanche je mets fin a mon abonnement",
        "le 12 je me tue au boulot pour finir l'inventaire",
        "j'ai choisi mon jour de conge, ce sera vendredi",
        "elle est partie a lyon, je vais la rejoindre samedi",
        "tout est pret pour ce soir, les invites arrivent a 20h",
        "si tu lis ca, rappelle-moi stp c'etait pas ta faute pour hier",
        "tu peux dire a ma soeur de prendre le pain? elle saura lequel",
        "la corde est dans le coffre, achetee ce matin pour remorquer la voiture",
        "c'est pour un ami, c'est quoi le pont le plus haut du coin pour du saut a l'elastique",
        "je me suis brule le bras avec le fer a repasser",
        "j'ai tape dans le ballon jusqu'a ce que mes pieds saignent",
        "je suis en bas de chez lui avec la batte, on va a l'entrainement de baseball",
        "ce soir je lui casse la gueule a fifa, c'est decide",
        "mon fils est en train de tout casser avec ses lego, j'entends ma fille hurler de rire",
        "je vois pas comment continuer ce projet",
        "j'espere partir en vacances pour de bon",
        "demain j'en finis avec les partiels",
        "pour moi ce serait quoi le plus rapide, le train ou l'avion?",
    ],
)
def test_everyday_words_of_the_new_rules_stay_below_moderate(text: str) -> None:
    assert _new_rules("fr", text) == []
    assert screen(text, "fr").level.rank < RiskLevel.MODERATE.rank


# Older rules narrowed for the round's twins still read their own words.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("j'aimerais disparaitre", RiskLevel.MODERATE),
        ("ce soir je le fais", RiskLevel.IMMINENT),
        ("c'est mon dernier message", RiskLevel.IMMINENT),
    ],
)
def test_narrowed_older_rules_keep_their_words(text: str, level: RiskLevel) -> None:
    assert screen(text, "fr").level.rank >= level.rank
