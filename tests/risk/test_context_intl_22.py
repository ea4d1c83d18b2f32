"""rules-1.12: short answers to screening questions in Spanish, French, German, Portuguese and
Italian, read with the question before them (answers.py with answers_intl.py).

Each positive screened below its level before this change (most screened none: the question
shapes, yes/no words, time answers and "already done" answers were English-only). The twins
ask the same shapes about everyday things, or answer a risk question with a plain "no" or a
settled "I'm safe". Questions and answers only: no method details, doses or places.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.answers import read_answer
from mindline.risk.types import RiskLevel

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT
MODERATE = RiskLevel.MODERATE.rank

ES_RISK = "ya no aguanto más, quiero morirme"
FR_RISK = "je n'en peux plus, je veux mourir"
DE_RISK = "ich kann nicht mehr, ich will sterben"
PT_RISK = "não aguento mais, quero morrer"
IT_RISK = "non ce la faccio più, voglio morire"

# (locale, conversation before the answer, answer, the level the answer means)
POSITIVES: list[tuple[str, list[str], str, RiskLevel]] = [
    # Spanish
    ("es", ["¿Estás a salvo ahora mismo?"], "no", HIGH),
    ("es", ["¿Estás a salvo esta noche?"], "no, la verdad que no", HIGH),
    ("es", ["¿Te sientes segura en casa?"], "no", HIGH),
    ("es", ["¿Estás a salvo?"], "ya me las tomé", IMMINENT),
    ("es", ["¿Estás en peligro ahora mismo?"], "sí", HIGH),
    ("es", [ES_RISK, "¿Cuándo piensas hacerlo?"], "esta noche", IMMINENT),
    ("es", [ES_RISK, "¿Cuándo lo vas a hacer?"], "el viernes", IMMINENT),
    ("es", [ES_RISK, "¿A qué hora?"], "a medianoche", IMMINENT),
    ("es", ["¿Tienes un plan para quitarte la vida?"], "sí, mañana por la noche", IMMINENT),
    ("es", [ES_RISK, "¿Has pensado en cómo hacerlo?"], "sí, esta noche", IMMINENT),
    ("es", [ES_RISK, "¿Has tomado algo?"], "sí, me las he tomado todas", IMMINENT),
    ("es", ["¿Has tomado algo?"], "ya me las tomé", IMMINENT),
    ("es", ["¿Te has hecho daño desde la última vez que hablamos?"], "sí", HIGH),
    ("es", ["¿Te has cortado esta semana?"], "sí", HIGH),
    ("es", ["¿Te hiciste daño ayer?"], "sí, un poco", HIGH),
    ("es", ["¿Has intentado suicidarte alguna vez?"], "sí", HIGH),
    ("es", ["¿Tienes ganas de hacerte daño ahora mismo?"], "sí", HIGH),
    # French
    ("fr", ["Est-ce que tu es en sécurité ce soir ?"], "non", HIGH),
    ("fr", ["Tu es en sécurité là ?"], "non, pas vraiment", HIGH),
    ("fr", ["Est-ce que tu te sens en sécurité ?"], "non", HIGH),
    ("fr", ["Es-tu en sécurité en ce moment ?"], "j'ai déjà tout pris", IMMINENT),
    ("fr", ["Es-tu en danger en ce moment ?"], "oui", HIGH),
    ("fr", [FR_RISK, "Tu as les médicaments chez toi ?"], "oui", IMMINENT),
    ("fr", [FR_RISK, "Quand est-ce que tu comptes le faire ?"], "ce soir", IMMINENT),
    ("fr", [FR_RISK, "Tu comptes le faire quand ?"], "demain", IMMINENT),
    ("fr", [FR_RISK, "À quelle heure ?"], "à minuit", IMMINENT),
    ("fr", ["Tu as un plan pour mettre fin à tes jours ?"], "oui, demain soir", IMMINENT),
    ("fr", [FR_RISK, "Tu as pensé à comment le faire ?"], "oui, samedi", IMMINENT),
    ("fr", [FR_RISK, "Tu as pris quelque chose ?"], "oui, j'ai tout avalé", IMMINENT),
    ("fr", ["Tu as les cachets avec toi ?"], "oui", IMMINENT),
    ("fr", ["Tu t'es fait du mal depuis notre dernière séance ?"], "oui", HIGH),
    ("fr", ["T'es-tu scarifiée cette semaine ?"], "oui", HIGH),
    ("fr", ["As-tu déjà essayé de te suicider ?"], "oui", HIGH),
    ("fr", ["As-tu envie de te faire du mal maintenant ?"], "oui", HIGH),
    ("fr", ["Tu penses à te suicider en ce moment ?"], "ouais", HIGH),
    # German
    ("de", ["Hast du daran gedacht, dich umzubringen?"], "ja", HIGH),
    ("de", ["Bist du heute Nacht in Sicherheit?"], "nein", HIGH),
    ("de", ["Bist du gerade in Sicherheit?"], "nein", HIGH),
    ("de", ["Fühlst du dich heute Nacht sicher?"], "nein, gar nicht", HIGH),
    ("de", ["Bist du in Sicherheit?"], "schon genommen", IMMINENT),
    ("de", ["Bist du in Gefahr?"], "ja", HIGH),
    ("de", [DE_RISK, "Wann willst du es tun?"], "heute Nacht", IMMINENT),
    ("de", [DE_RISK, "Wann?"], "am Samstag", IMMINENT),
    ("de", [DE_RISK, "Um wie viel Uhr?"], "um Mitternacht", IMMINENT),
    ("de", ["Hast du einen Plan, dir das Leben zu nehmen?"], "ja, am Wochenende", IMMINENT),
    (
        "de",
        [DE_RISK, "Hast du darüber nachgedacht, wie du es tun würdest?"],
        "ja, morgen",
        IMMINENT,
    ),
    ("de", ["Hast du die Tabletten bei dir?"], "ja", IMMINENT),
    ("de", ["Hast du etwas genommen?"], "hab sie alle genommen", IMMINENT),
    ("de", ["Hast du dich seit letzter Woche verletzt?"], "ja", HIGH),
    ("de", ["Hast du dich wieder geritzt?"], "ja", HIGH),
    ("de", ["Hast du schon mal versucht, dich umzubringen?"], "ja", HIGH),
    ("de", ["Denkst du gerade daran, dich zu verletzen?"], "ja", HIGH),
    # Portuguese
    ("pt", ["Você tem um plano para se matar?"], "sim, hoje à noite", IMMINENT),
    ("pt", ["Você tem um plano para se matar?"], "sim", HIGH),
    ("pt", ["Você tem pensado em se matar?"], "sim, às vezes", HIGH),
    ("pt", ["Você está em segurança agora?"], "não", HIGH),
    ("pt", ["Você se sente segura em casa?"], "não", HIGH),
    ("pt", ["Você está em perigo?"], "sim", HIGH),
    ("pt", ["Está em segurança?"], "já tomei", IMMINENT),
    ("pt", [PT_RISK, "Quando você pretende fazer isso?"], "amanhã", IMMINENT),
    ("pt", [PT_RISK, "Quando?"], "hoje à noite", IMMINENT),
    ("pt", [PT_RISK, "A que horas?"], "à meia-noite", IMMINENT),
    ("pt", [PT_RISK, "Você tomou alguma coisa?"], "já tomei todos", IMMINENT),
    ("pt", ["Você está com os comprimidos agora?"], "sim", IMMINENT),
    ("pt", ["Você se machucou desde a última consulta?"], "sim", HIGH),
    ("pt", ["Você se cortou essa semana?"], "sim", HIGH),
    ("pt", ["Você já tentou se matar?"], "sim", HIGH),
    ("pt", ["Você quer se machucar agora?"], "sim", HIGH),
    ("pt", [PT_RISK, "Você já pensou em como fazer isso?"], "sim, na sexta-feira", IMMINENT),
    # Italian
    ("it", ["Hai pensato a come toglierti la vita?"], "sì, stanotte", IMMINENT),
    ("it", ["Hai pensato di ucciderti?"], "sì", HIGH),
    ("it", ["Sei al sicuro adesso?"], "no", HIGH),
    ("it", ["Ti senti al sicuro stanotte?"], "no, per niente", HIGH),
    ("it", ["Sei al sicuro?"], "ho già preso tutto", IMMINENT),
    ("it", ["Sei in pericolo?"], "sì", HIGH),
    ("it", [IT_RISK, "Quando pensi di farlo?"], "domani", IMMINENT),
    ("it", [IT_RISK, "Quando?"], "stasera", IMMINENT),
    ("it", [IT_RISK, "Hai un piano?"], "sì, venerdì sera", IMMINENT),
    ("it", ["Hai un piano per toglierti la vita?"], "sì", HIGH),
    ("it", [IT_RISK, "Hai preso qualcosa?"], "le ho prese tutte", IMMINENT),
    ("it", ["Hai le pillole con te?"], "sì", IMMINENT),
    ("it", ["Ti sei fatta del male dall'ultima volta?"], "sì", HIGH),
    ("it", ["Ti sei tagliata di nuovo?"], "sì", HIGH),
    ("it", ["Hai mai tentato di toglierti la vita?"], "sì", HIGH),
    ("it", ["Hai voglia di farti del male adesso?"], "sì", HIGH),
]

# (locale, conversation before the answer, answer): everyday shapes, plain "no"s, settled "safe"s.
TWINS: list[tuple[str, list[str], str]] = [
    # Spanish
    ("es", ["¿Has comido hoy?"], "sí, ya"),
    ("es", ["¿Cuándo tomaste tu medicación por última vez?"], "esta mañana"),
    ("es", ["¿Has pensado en quitarte la vida?"], "no"),
    ("es", ["¿Has pensado en quitarte la vida?"], "no, nunca"),
    ("es", ["¿Estás a salvo ahora mismo?"], "sí, estoy a salvo"),
    ("es", ["¿Estás en peligro ahora mismo?"], "no"),
    ("es", ["¿Te tomaste tus pastillas esta mañana?"], "sí, ya me las tomé"),
    ("es", ["¿Te tomaste la medicación?"], "sí, con el desayuno como siempre"),
    ("es", ["¿Cuándo vas a ver a tu hermana?"], "el viernes"),
    ("es", ["¿Cuándo es la fiesta?"], "esta noche"),
    ("es", ["tengo que pintar la cocina", "¿Cuándo lo vas a hacer?"], "mañana"),
    ("es", ["¿Te has cortado el pelo?"], "sí"),
    ("es", ["¿Te has hecho daño en la rodilla?"], "sí"),
    ("es", ["¿Has hecho los deberes?"], "ya los hice"),
    ("es", ["¿Estás seguro?"], "no"),
    # French
    ("fr", ["Tu as mangé aujourd'hui ?"], "oui, déjà"),
    ("fr", ["Quand as-tu pris ton traitement pour la dernière fois ?"], "ce matin"),
    ("fr", ["Tu penses à te tuer ?"], "non"),
    ("fr", ["As-tu déjà essayé de te suicider ?"], "non, jamais"),
    ("fr", ["Es-tu en sécurité ?"], "oui, je suis en sécurité"),
    ("fr", ["Es-tu en danger ?"], "non"),
    ("fr", ["Tu as pris tes médicaments ce matin ?"], "oui, je les ai pris"),
    ("fr", ["Quand est-ce que tu vois ta sœur ?"], "samedi"),
    ("fr", ["Tu pars en vacances quand ?"], "demain"),
    ("fr", ["Tu t'es coupé les cheveux ?"], "oui"),
    ("fr", ["Tu t'es fait mal au dos ?"], "oui"),
    ("fr", ["Tu as fini tes devoirs ?"], "c'est fait"),
    (
        "fr",
        ["je dois repeindre la cuisine", "Quand est-ce que tu comptes le faire ?"],
        "ce week-end",
    ),
    ("fr", ["Tu es sûre ?"], "non"),
    ("fr", ["Tu veux en finir avec ce livre ce soir ?"], "oui"),
    # German
    ("de", ["Hast du heute schon gegessen?"], "ja, schon"),
    ("de", ["Wann hast du deine Tabletten zuletzt genommen?"], "heute Morgen"),
    ("de", ["Hast du daran gedacht, dich umzubringen?"], "nein"),
    ("de", ["Hast du dich seit letzter Woche verletzt?"], "nein, gar nicht"),
    ("de", ["Bist du in Sicherheit?"], "ja, ich bin in Sicherheit"),
    ("de", ["Bist du in Gefahr?"], "nein"),
    ("de", ["Hast du deine Tabletten heute Morgen genommen?"], "ja, schon genommen"),
    ("de", ["Wann triffst du deine Schwester?"], "am Samstag"),
    ("de", ["Wann fährst du in den Urlaub?"], "morgen"),
    ("de", ["Hast du dich in den Finger geschnitten?"], "ja"),
    ("de", ["Bist du dir sicher?"], "nein"),
    ("de", ["ich muss die Küche streichen", "Wann willst du es tun?"], "morgen"),
    ("de", ["Hast du die Hausaufgaben gemacht?"], "schon erledigt"),
    ("de", ["Hast du deine Medikamente genommen?"], "ja, wie immer zum Frühstück"),
    # Portuguese
    ("pt", ["Você já comeu hoje?"], "sim, já"),
    ("pt", ["Quando você tomou seu remédio pela última vez?"], "hoje de manhã"),
    ("pt", ["Você tem pensado em se matar?"], "não"),
    ("pt", ["Você já tentou se matar?"], "não, nunca"),
    ("pt", ["Você está em segurança?"], "sim, estou segura"),
    ("pt", ["Você está em perigo?"], "não"),
    ("pt", ["Você tomou seus remédios hoje?"], "sim, já tomei"),
    ("pt", ["Quando você vai visitar sua avó?"], "no sábado"),
    ("pt", ["Quando é a festa?"], "hoje à noite"),
    ("pt", ["Você se machucou no trabalho?"], "sim"),
    ("pt", ["Você tem um plano para o fim de semana?"], "sim"),
    ("pt", ["Você já fez a lição de casa?"], "já fiz"),
    ("pt", ["preciso pintar a cozinha", "Quando você vai fazer isso?"], "amanhã"),
    ("pt", ["Você tomou o remédio?"], "sim, no café da manhã como sempre"),
    # Italian
    ("it", ["Hai mangiato oggi?"], "sì, già"),
    ("it", ["Quando hai preso le tue medicine l'ultima volta?"], "stamattina"),
    ("it", ["Hai pensato di ucciderti?"], "no"),
    ("it", ["Hai mai tentato di toglierti la vita?"], "no, mai"),
    ("it", ["Sei al sicuro?"], "sì, sono al sicuro"),
    ("it", ["Sei in pericolo?"], "no"),
    ("it", ["Hai preso le tue pillole stamattina?"], "sì, le ho prese"),
    ("it", ["Quando vedi tua sorella?"], "sabato"),
    ("it", ["Quando parti per le vacanze?"], "domani"),
    ("it", ["Ti sei tagliata i capelli?"], "sì"),
    ("it", ["Ti sei fatto male al ginocchio?"], "sì"),
    ("it", ["Sei sicuro?"], "no"),
    ("it", ["Hai un piano per le vacanze?"], "sì"),
    ("it", ["Vuoi farla finita con questa storia?"], "sì"),
    ("it", ["devo ridipingere la cucina", "Quando pensi di farlo?"], "domani"),
    ("it", ["Hai preso la medicina?"], "sì, a colazione come sempre"),
]

# Hedged answers to risk questions: read on their own words, never capped at low.
HEDGED: list[tuple[str, str, str]] = [
    ("es", "¿Has pensado en quitarte la vida?", "no, pero a veces"),
    ("es", "¿Has pensado en quitarte la vida?", "no sé"),
    ("fr", "Tu penses à te suicider ?", "non, mais parfois"),
    ("fr", "Tu penses à te suicider ?", "je sais pas"),
    ("de", "Hast du daran gedacht, dich umzubringen?", "nein, aber manchmal"),
    ("de", "Hast du daran gedacht, dich umzubringen?", "weiß nicht"),
    ("pt", "Você tem pensado em se matar?", "não, mas às vezes"),
    ("pt", "Você tem pensado em se matar?", "não sei"),
    ("it", "Hai pensato di ucciderti?", "no, però a volte"),
    ("it", "Hai pensato di ucciderti?", "non lo so"),
]


@pytest.mark.parametrize(("locale", "context", "answer", "level"), POSITIVES)
def test_an_answer_carries_the_risk_of_its_question(
    locale: str, context: list[str], answer: str, level: RiskLevel
) -> None:
    result = screen(answer, locale=locale, context=context)
    assert result.level.rank >= level.rank, (answer, context, result.level)
    assert "context" in result.flags
    assert result.categories


@pytest.mark.parametrize(("locale", "context", "answer"), TWINS)
def test_everyday_answers_and_plain_nos_are_not_alarms(
    locale: str, context: list[str], answer: str
) -> None:
    result = screen(answer, locale=locale, context=context)
    assert result.level.rank < MODERATE, (answer, context, result.level)


@pytest.mark.parametrize(("locale", "question", "answer"), HEDGED)
def test_a_hedged_answer_is_not_capped(locale: str, question: str, answer: str) -> None:
    reading = read_answer(answer, [question], locale=locale)
    assert reading is None or reading[3] is None, (answer, reading)


@pytest.mark.parametrize(
    ("locale", "question", "answer"),
    [
        ("es", "¿Has pensado en quitarte la vida?", "no"),
        ("fr", "Tu penses à te suicider ?", "non"),
        ("de", "Hast du daran gedacht, dich umzubringen?", "nein"),
        ("pt", "Você tem pensado em se matar?", "não"),
        ("it", "Hai pensato di ucciderti?", "no"),
    ],
)
def test_a_plain_no_to_a_risk_question_is_capped_at_low(
    locale: str, question: str, answer: str
) -> None:
    reading = read_answer(answer, [question], locale=locale)
    assert reading is not None and reading[3] is RiskLevel.LOW, (answer, reading)


def test_english_reads_no_other_language_question_shapes() -> None:
    """Without a locale, or in English, the question shapes stay English (unchanged): "nein"
    to "are you safe?" in German is a crisis only when the locale says German."""
    question = ["Bist du gerade in Sicherheit?"]
    for locale in (None, "en"):
        reading = read_answer("nein", question, locale=locale)
        assert reading is None or reading[0] is None
    reading = read_answer("nein", question, locale="de-AT")
    assert reading is not None and reading[0] is HIGH


def test_every_local_word_list_names_a_shape() -> None:
    from dataclasses import fields

    from mindline.risk import answers, answers_intl

    names = {f.name for f in fields(answers._Shapes)} - {"local"}
    for words in answers_intl.WORDS.values():
        assert set(words) <= names
