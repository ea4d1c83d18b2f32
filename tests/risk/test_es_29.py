"""rules-1.19 (es): plain Spanish statements of the imminent families, method questions and the
rest, read at their level.

A helper wrote 162 probe messages in Spanish chat words from the label guide alone (102
positives, 60 everyday twins) in the ten families of the German round (test_de_28.py). On
rules-1.18 they read 57/102 positives at level and 8/60 twins at moderate or above; the
imminent families read far below theirs: a date set 2/10 ("ya tengo la fecha. el viernes",
"ya escribi las cartas para mi familia"), goodbyes 1/10 ("por favor cuida de mi gato cuando yo
no este", "dile a mi hermana que no fue su culpa"), means at hand or standing at the place 4/10
("estoy en el puente ahora mismo", "ya tengo el cuchillo aqui al lado, solo me falta valor"),
and method questions 5/10 ("q puente de la ciudad es el mas alto? pregunto por una amiga
jaja"). The `es.r19.*` rules, written for the shape of each statement with the everyday sense
kept out (trips, moves, weddings, views, washing lines, kitchen knives, hunting, games, a
clinician's or a student's question, a parent's punishment), read 102/102 positives at level
and 6/60 twins at moderate or above (the two that went were `es.passive2` and
`es.abuse.current`, narrowed: "soy una carga ... esta semana porque estoy malo", "me pega cada
susto"; the six left are read by the classifiers or by older rules). No `es.r19` rule fires on
the other languages' probe rows, on the everyday English posts, or above the gold level of an
authored, dev or held-out row.

A second round, written blind in new wording (dialects, other situations, second and third
ways of saying things: r2_only_es), read 52/102 positives at level on rules-1.18 and 55/102
with the first-round rules (per family: burden 7/10, danger 4/10, date_set 4/10, goodbye 6/10,
harm_other 2/10, means_ready 4/10, method_q 3/11, passive 7/10, self_harm 7/10, wish_die 11/11),
4/60 twins at moderate or above (none through an `es.r19` rule): the rules had learnt round
1's phrases. The round-2 rules are vocabulary sets that must meet in one message (a time and an
end word or a decision; a farewell word and love, thanks or forgiveness; a means, "at hand" and
a third word; a disguise and a lethality word), each with a short list of everyday words kept
out. Round 2 now reads 102/102 positives at level and 4/60 twins at moderate or above (the same
four, read by older rules and the classifiers); round 1 stays at 102/102 and 6/60. The rows of
round 2 added below are its positives that read at level through an `es.r19` rule (53; the
rest already read at level through older rules) and its 56 twins that read below moderate.

The positives (es_29.tsv) are the probe's positives that read at level through a new rule; the twins
are its everyday rows on which no new rule fires and that read below moderate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import patterns, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel
from probe_rows import probe_row_tests, rules_reading

ROWS = Path(__file__).with_name("es_29.tsv")


def _new_rules(locale: str, text: str) -> list[str]:
    return rules_reading(text, "es.r19.", locale)


(
    test_positive_reads_at_level_through_a_new_rule,
    test_twin_stays_below_moderate_and_no_new_rule_fires,
) = probe_row_tests(ROWS, "r19")


# The everyday sense of the new rules' words, written while the rules were (not probe rows).
@pytest.mark.parametrize(
    "text",
    [
        "el viernes ya no voy a estar en la oficina, me cogí vacaciones",
        "mañana acabo con todo el temario por fin",
        "este finde termino con esto de la mudanza",
        "ya tengo la fecha del examen",
        "hoy es el día, por fin me dan las notas",
        "ya escribí las cartas para los reyes magos con mis hijos",
        "adiós, cuidad a mi perro mientras estoy en la playa",
        "le di mis libros de la uni a mi prima, ya no los necesito porque acabé la carrera",
        "solo quería despedirme antes de las vacaciones, os quiero",
        "dile a mi madre que no fue su culpa lo del jarrón",
        "he dejado las llaves y los papeles a la vecina para cuando me vaya de viaje",
        "estoy en el puente ahora mismo, hay un atasco tremendo",
        "estoy en la azotea ahora mismo con mis primos",
        "estoy en el tejado ahora arreglando la antena",
        "tengo la cuerda, solo me falta el valor para hacer puenting",
        "mi padre tiene una escopeta para cazar, la tengo aquí para limpiarla",
        "qué cantidad de ibuprofeno es mortal para un perro",
        "cuánto tarda en hacer efecto el ibuprofeno",
        "qué edificio es el más alto de madrid? por curiosidad",
        "un sitio donde no te encuentre nadie para desconectar, alguna idea?",
        "tampoco quiero vivir en madrid",
        "nunca desearía estar muerto",
        "tengo ganas de cortarme el pelo ahora mismo",
        "me di un golpe contra la pared sin querer",
        "voy a hacerle algo rico de cena el lunes a mi novia",
        "voy para allá con el bate que hay partido de béisbol",
        "mi madre me quita el móvil y no me deja salir porque suspendí",
        "alguien me está siguiendo en insta",
        "qué ganas de morirme de la vergüenza, en serio",
        # round 2
        "el sábado me mato a estudiar para el examen",
        "el lunes me mato en el gym",
        "chao, los amo, nos vemos mañana",
        "adiós 2023, gracias por todo, te quiero 2024",
        "tengo la cuchilla en la mano para afeitarme",
        "estoy en el borde del puente haciendo fotos",
        "estoy en la terraza con las piernas colgando tomando el sol",
        "el puente es suficientemente alto para que pase el camión?",
        "me imagino matando zombis en el juego nuevo",
        "dile a mi madre que no fue su culpa que se rompiera el jarrón",
        "le meto un tiro al pato en la feria",
        "le meto un tiro a puerta y golazo",
        "ayer me pegó otra vez el sol y tengo la cara roja",
        "el sábado me voy del todo de casa de mis padres, por fin independiente",
        "me voy del todo de instagram, ya sé cómo borrar la cuenta",
        "el 20 dejo de fumar, ya lo decidí",
        "hoy es el día! no me intentes convencer de que no me compre el vestido",
        "mañana a las 7 antes de que se despierte nadie salgo a correr",
        "me arañé sin querer con el gato hasta sangrar",
        "me golpeo la cabeza con el mueble de la cocina cada vez, ya van tres",
        "dejé la clave del wifi en la nevera para la canguro. adiós!",
        "regalé mis juegos de la play a mi primo, ya no los voy a necesitar porque me compré "
        "la nueva",
        "mis padres estarían más tranquilos si yo no saliera de fiesta",
        "no puedo más con todo lo que tengo que estudiar",
    ],
)
def test_everyday_words_of_the_new_rules_stay_below_moderate(text: str) -> None:
    assert _new_rules("es", text) == []
    assert screen(text, "es").level.rank < RiskLevel.MODERATE.rank


# Two older rules narrowed in rules-1.19 (es): a burden while off sick for a week, a fright.
@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (
            "es.passive2",
            "siento que soy una carga para mis compañeros esta semana porque estoy malo, "
            "pero el lunes vuelvo",
        ),
        ("es.abuse.current", "mi novio me pega cada susto cuando llega a casa sin avisar"),
    ],
)
def test_narrowed_rule_stands_down(rule: str, text: str) -> None:
    hits = patterns.find_hits(normalize(text, locale="es"))
    assert [h for h in hits if h.rule.id == rule and h.about != "none"] == []
    assert screen(text, "es").level.rank < RiskLevel.MODERATE.rank


# The narrowed rules still read what they were for.
@pytest.mark.parametrize(
    "text",
    [
        "soy una carga para mi familia, no hago mas que dar problemas",
        "mi novio me pega cuando bebe",
    ],
)
def test_narrowed_rule_still_reads_its_statement(text: str) -> None:
    assert screen(text, "es").level.rank >= RiskLevel.MODERATE.rank
