"""rules-1.8: moderate families in es/fr/de/pt/it that probes showed missing (better off
dead, not waking, past self-harm, restriction and purging, hearing voices, drinking to feel
nothing), each with everyday twins. Every risky case screened none or low on rules-1.7."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.patterns import find_hits
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    ("locale", "text", "category"),
    [
        ("es", "creo que estaría mejor muerto", "suicidal_ideation"),
        ("es", "ojalá me durmiera y no despertara nunca", "suicidal_ideation"),
        ("es", "de adolescente me cortaba los brazos", "self_harm"),
        ("es", "casi no como para bajar de peso", "eating_disorder"),
        ("es", "me provoco el vómito después de cenar", "eating_disorder"),
        ("fr", "franchement je serais mieux mort", "suicidal_ideation"),
        ("fr", "je saute les repas pour maigrir", "eating_disorder"),
        ("fr", "j'entends des voix quand je suis seule", "psychosis"),
        ("fr", "je bois le soir pour ne plus rien ressentir", "substance"),
        ("de", "ich esse fast nichts, um dünn zu werden", "eating_disorder"),
        ("pt", "acho que eu estaria melhor morto", "suicidal_ideation"),
        ("pt", "na escola eu me cortava", "self_harm"),
        ("pt", "me faço vomitar depois de comer", "eating_disorder"),
        ("pt", "bebo até apagar no fim de semana", "substance"),
        ("it", "starei meglio morto, davvero", "suicidal_ideation"),
        ("it", "mi faccio vomitare dopo cena", "eating_disorder"),
        ("it", "sento voci che mi parlano", "psychosis"),
        ("it", "bevo fino a non sentire più niente", "substance"),
    ],
)
def test_moderate_families_in_five_languages(locale: str, text: str, category: str) -> None:
    result = screen(text, locale=locale)
    assert result.level.rank >= MODERATE, result
    assert category in result.categories


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "de pequeña me cortaba el pelo yo sola"),
        ("es", "estaría mejor con un café, la verdad"),
        ("es", "no como carne para cuidar el planeta"),
        ("fr", "j'entends des voix dans le couloir, les voisins rentrent"),
        ("fr", "je bois un thé pour me réchauffer"),
        ("pt", "eu me cortava o cabelo sozinha quando era criança"),
        ("pt", "bebo água até matar a sede"),
        ("it", "sento voci di bambini dal cortile"),
        ("it", "bevo un caffè dopo pranzo"),
        ("de", "ich esse nichts Süßes, um gesund zu bleiben"),
    ],
)
def test_their_everyday_twins_stay_below_moderate(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE, screen(text, locale=locale)


@pytest.mark.parametrize(
    ("locale", "text", "level"),
    [
        ("es", "ya he pensado en cómo lo haría", RiskLevel.HIGH),
        ("es", "me quiero tirar de un edificio", RiskLevel.HIGH),
        ("es", "esta es mi última noche, gracias por todo", RiskLevel.IMMINENT),
        ("es", "estoy al borde del acantilado ahora", RiskLevel.IMMINENT),
        ("fr", "j'ai déjà réfléchi à comment me tuer", RiskLevel.HIGH),
        ("fr", "j'ai envie de me jeter sous un train", RiskLevel.HIGH),
        ("fr", "je vais tabasser mon beau-père", RiskLevel.HIGH),
        ("fr", "c'est ma dernière nuit, je vous aime", RiskLevel.IMMINENT),
        ("fr", "combien de somnifères pour ne plus se réveiller", RiskLevel.HIGH),
        ("fr", "ce soir je ne serai plus là", RiskLevel.IMMINENT),
        ("de", "ich hab mir schon überlegt, wie ich es tun würde", RiskLevel.HIGH),
        ("de", "ich möchte meinem leben ein ende setzen", RiskLevel.HIGH),
        ("de", "ich denke ständig an suizid", RiskLevel.HIGH),
        ("de", "ich will mich heute einfach umbringen", RiskLevel.HIGH),
        ("de", "heute ist meine letzte nacht", RiskLevel.IMMINENT),
        ("de", "wie viele schlaftabletten sind tödlich", RiskLevel.HIGH),
        ("de", "ich stehe gerade auf dem dach", RiskLevel.IMMINENT),
        ("pt", "fiquei pensando em como me matar", RiskLevel.HIGH),
        ("pt", "eu só quero acabar com tudo", RiskLevel.HIGH),
        ("pt", "hoje é a minha última noite", RiskLevel.IMMINENT),
        ("pt", "estou em cima da ponte", RiskLevel.IMMINENT),
        ("it", "ho già pensato a come farlo", RiskLevel.HIGH),
        ("it", "stanotte è la mia ultima notte", RiskLevel.IMMINENT),
        ("it", "sono sul cornicione", RiskLevel.IMMINENT),
        ("it", "stasera non ci sarò più", RiskLevel.IMMINENT),
    ],
)
def test_indirect_high_and_imminent_forms_in_five_languages(
    locale: str, text: str, level: RiskLevel
) -> None:
    assert screen(text, locale=locale).level.rank >= level.rank, screen(text, locale=locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "esta es mi última noche en Madrid, mañana vuelvo"),
        ("es", "he pensado en cómo lo haría mejor en el trabajo"),
        ("es", "estoy en el borde de la piscina"),
        ("fr", "c'est ma dernière nuit à Paris"),
        ("fr", "demain je ne serai plus là, je pars en vacances"),
        ("fr", "j'ai pensé à comment je le ferais pour le gâteau"),
        ("de", "das ist meine letzte nacht in berlin"),
        ("de", "ich stehe gerade auf der brücke und mache fotos"),
        ("de", "ich habe überlegt, wie ich es machen würde, das regal aufzubauen"),
        ("pt", "essa é minha última noite em Lisboa"),
        ("pt", "estou na ponte, trânsito parado"),
        ("pt", "quero acabar com tudo isso hoje no trabalho"),
        ("it", "questa è la mia ultima notte a Roma"),
        ("it", "sono sul tetto a riparare l'antenna"),
        ("it", "domani non ci sarò più, parto per le ferie"),
    ],
)
def test_trips_chores_and_plans_stay_below_moderate(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE, screen(text, locale=locale)


@pytest.mark.parametrize(
    ("locale", "text", "rule"),
    [
        ("de", "lebt wohl, ich ziehe nach hamburg", "de.intent"),
        ("fr", "je veux en finir avec ce dossier", "fr.si"),
        ("es", "cuál es la forma más fácil de morir en el juego", "es.method"),
        ("de", "ich will nicht mehr arbeiten", "de.passive"),
    ],
)
def test_older_rules_no_longer_read_moves_files_games_or_work_as_risk(
    locale: str, text: str, rule: str
) -> None:
    # Flagged by the rules-1.7 helpers; the same words alone still match.
    hits = [h.rule.id for h in find_hits(normalize(text)) if h.about == "self"]
    assert rule not in hits
    bare = {
        "de.intent": "lebt wohl",
        "fr.si": "je veux en finir",
        "de.passive": "ich will nicht mehr",
    }
    if rule in bare:
        assert rule in [h.rule.id for h in find_hits(normalize(bare[rule])) if h.about == "self"]
