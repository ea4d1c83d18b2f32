"""rules-1.7: Spanish (`es:`) coverage brought towards the English rule families: attempts
under way, notes, means, goodbyes, "no estoy a salvo", active ideation, self-harm, method
questions, harm to others, abuse and danger, command voices, eating and substances.

Every positive is written as a person would type it on a phone (accents or none, slang);
every benign twin uses the same words in an everyday sense. Each is screened through
`screen()` with locale="es", since the whole engine must give the answer."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen
from mindline.risk.types import Flag

IMMINENT, HIGH, MODERATE, LOW = (
    RiskLevel.IMMINENT,
    RiskLevel.HIGH,
    RiskLevel.MODERATE,
    RiskLevel.LOW,
)

# (text, minimum level, a category that must be present)
RISK = [
    # es.attempt.took: the whole box, a large count, all of one's pills
    ("me tomé toda la caja de pastillas", IMMINENT, "suicidal_ideation"),
    ("acabo de tomarme 40 pastillas", IMMINENT, "suicidal_ideation"),
    ("ya me he tragado todos los somniferos que tenia", IMMINENT, "suicidal_ideation"),
    # es.attempt.bleeding: cut too deep, bleeding that will not stop, on the edge
    ("me corté demasiado hondo y no para de sangrar", IMMINENT, "self_harm"),
    ("no puedo parar la sangre, que hago", IMMINENT, "self_harm"),
    ("estoy de pie en la cornisa", IMMINENT, "suicidal_ideation"),
    # es.intent.note: a farewell note, or a plan to die
    ("ya he escrito mi carta de despedida", IMMINENT, "suicidal_ideation"),
    ("les dejé una nota de despedida a mis padres", IMMINENT, "suicidal_ideation"),
    ("tengo un plan para quitarme la vida", IMMINENT, "suicidal_ideation"),
    # es.means.stockpile: pills saved up, a rope bought
    ("llevo meses guardando pastillas", IMMINENT, "suicidal_ideation"),
    ("ya me compré una soga", IMMINENT, "suicidal_ideation"),
    ("tengo guardadas un montón de pastillas", IMMINENT, "suicidal_ideation"),
    # es.goodbye.wide: by the time you read this, not here tomorrow, pets, things given away
    ("para cuando leáis esta carta estaré muerta", IMMINENT, "suicidal_ideation"),
    ("mañana ya no estaré viva", IMMINENT, "suicidal_ideation"),
    ("cuida de mi gato cuando ya no esté", IMMINENT, "suicidal_ideation"),
    ("estoy regalando todas mis cosas, ya no las voy a necesitar", IMMINENT, "suicidal_ideation"),
    ("os quiero a todos. adiós", IMMINENT, "suicidal_ideation"),
    # es.not_safe: the answer to the safety question
    ("no estoy a salvo", HIGH, "suicidal_ideation"),
    ("no me siento a salvo conmigo misma", HIGH, "suicidal_ideation"),
    # es.not_safe.from_someone: not safe because of someone is abuse
    ("no me siento segura en casa con él", HIGH, "abuse_or_violence"),
    ("no estoy a salvo con mi marido", HIGH, "abuse_or_violence"),
    # es.si.wide: active ideation the older rules missed
    ("me quiero quitar la vida", HIGH, "suicidal_ideation"),
    ("soy suicida desde hace meses", HIGH, "suicidal_ideation"),
    ("pienso todo el rato en el suicidio", HIGH, "suicidal_ideation"),
    # es.sh.intent: self-harm with intent
    ("quiero cortarme otra vez", HIGH, "self_harm"),
    ("me voy a hacer daño, no aguanto más", HIGH, "self_harm"),
    # es.sh.urge: an urge that cannot be held back (its "no" is not a negation)
    ("no aguanto las ganas de cortarme", HIGH, "self_harm"),
    ("no puedo aguantar las ganas de hacerme daño", HIGH, "self_harm"),
    # es.sh.recent: relapse, a cut with a time or a body site
    ("he vuelto a cortarme", HIGH, "self_harm"),
    ("me corté en las piernas anoche", HIGH, "self_harm"),
    # es.method.height / howlong / lethal: method-seeking questions
    ("desde qué altura te mueres si saltas", HIGH, "method_seeking"),
    ("cuantos pisos hacen falta para no sobrevivir", HIGH, "method_seeking"),
    ("cuánto tiempo tarda alguien en desangrarse", HIGH, "method_seeking"),
    ("qué vena hay que cortar para morir", HIGH, "method_seeking"),
    ("qué pastillas son más letales", HIGH, "method_seeking"),
    ("cuantos paracetamoles hacen falta para morir", HIGH, "method_seeking"),
    ("formas de suicidarse sin dolor", HIGH, "method_seeking"),
    # es.hto.intent / es.hto.attack: harm to others
    ("quiero matarlo, lo odio", HIGH, "harm_to_others"),
    ("voy a hacerle daño a mi jefe", HIGH, "harm_to_others"),
    # es.hto.rumination: thoughts of harming someone that will not stop
    ("no paro de pensar en matarla", HIGH, "harm_to_others"),
    ("no dejo de pensar en hacerle daño a mi ex", HIGH, "harm_to_others"),
    ("voy a llevar una pistola a clase", IMMINENT, "harm_to_others"),
    ("voy a matarlos a todos mañana", IMMINENT, "harm_to_others"),
    # es.abuse.current / es.abuse.now: danger from someone
    ("mi novio me ha amenazado con matarme", HIGH, "abuse_or_violence"),
    ("tengo miedo de que mi padre me mate", HIGH, "abuse_or_violence"),
    ("me dijo que me mataría si lo dejo", HIGH, "abuse_or_violence"),
    ("mi padre me está pegando, ayuda", IMMINENT, "abuse_or_violence"),
    ("mi ex tiene un cuchillo y dice que me va a matar", IMMINENT, "abuse_or_violence"),
    # es.psychosis.command / es.psychosis.signs
    ("las voces me dicen que me mate", HIGH, "psychosis"),
    ("una voz me ordena que me corte", HIGH, "psychosis"),
    ("oigo voces que nadie más oye", MODERATE, "psychosis"),
    ("me han implantado un chip en la cabeza", MODERATE, "psychosis"),
    # es.eating / es.substance
    ("me obligo a vomitar después de comer", MODERATE, "eating_disorder"),
    ("tomo laxantes para no engordar", MODERATE, "eating_disorder"),
    ("bebo todas las noches para olvidar", MODERATE, "substance"),
    ("no puedo dejar de beber", MODERATE, "substance"),
]

# (text, maximum level allowed): the same words in an everyday sense
BENIGN = [
    # took: food, the day's dose, as prescribed
    ("me tomé toda la caja de cereales", LOW),
    ("ya me he tomado todas las pastillas del día", LOW),
    ("me tomé todas las pastillas como me dijo el médico", LOW),
    ("no me he tomado todas las pastillas, se me olvidó", LOW),
    # bleeding and edges: the kitchen, a nosebleed, a photo
    ("me corté el dedo cocinando y no para de sangrar", LOW),
    ("me sangra la nariz y no para de sangrar", LOW),
    ("estoy en el borde del acantilado haciendo fotos", LOW),
    # notes and letters: work farewells, a note on the fridge, grandma
    ("he escrito una carta de despedida para mis compañeros de trabajo", LOW),
    ("le dejé una nota a mi madre en la nevera", LOW),
    ("le escribí una carta a mi abuela", LOW),
    # means: savings, a washing line, a water pistol
    ("llevo meses guardando dinero para el viaje", LOW),
    ("me compré una cuerda para tender la ropa", LOW),
    ("me compré una pistola de agua para la fiesta", LOW),
    # goodbyes: travel, a move, a pet sitter, an ordinary sign-off
    ("cuando leas esto ya habré llegado a casa", LOW),
    ("mañana no estaré aquí, me voy de vacaciones", LOW),
    ("cuida de mi gato cuando esté de viaje", LOW),
    ("estoy regalando mis cosas porque me mudo", LOW),
    ("adiós a todos, nos vemos mañana", LOW),
    # "seguro" is also "sure"; "a salvo de" criticism; a burglary
    ("no estoy segura", LOW),
    ("no me siento segura de mi decisión", LOW),
    ("no estoy a salvo de las críticas", LOW),
    ("no me siento segura en casa desde que entraron a robar", LOW),
    ("no me siento segura con mi novio conduciendo", LOW),
    # ideation words in fiction, idioms, negations and a clinician's question
    ("en la serie el protagonista se quiere suicidar", LOW),
    ("jamás me quitaría la vida", LOW),
    ("el suicidio profesional de ese político", LOW),
    ("me quiero morir de la vergüenza jajaja", LOW),
    ("¿cómo puedo preguntar a mi paciente si tiene ideas suicidas?", LOW),
    # self-harm words: haircuts, kitchen and sports injuries
    ("quiero cortarme el pelo", LOW),
    ("me voy a cortar el flequillo", LOW),
    ("me he vuelto a cortar el pelo", LOW),
    ("me he cortado hoy cocinando", LOW),
    ("me quemé el brazo con el horno", LOW),
    ("me voy a hacer daño corriendo tanto", LOW),
    ("nunca me haría daño", LOW),
    ("no quiero volver a cortarme", LOW),
    ("no aguanto las ganas de comer chocolate", LOW),
    ("no aguanto las ganas de verte", LOW),
    ("me he quemado hoy en la playa", LOW),
    # method words: parachutes, plants, a dose question, rat poison
    ("¿desde qué altura se puede saltar en paracaídas?", LOW),
    ("¿cuántos pisos tiene ese edificio?", LOW),
    ("¿cuánto tarda en morir una planta sin agua?", LOW),
    ("¿cuánto se tarda en perder el conocimiento con la anestesia?", LOW),
    ("¿cuántas pastillas de paracetamol me puedo tomar al día?", LOW),
    ("¿qué medicamento es mejor para la alergia?", LOW),
    ("¿dónde puedo comprar veneno para ratas?", LOW),
    # harm-to-others words: the eaten chocolate, a strict mum, studying, a cookery class
    ("voy a matar a mi hermano, se ha comido mi chocolate", LOW),
    ("mi madre me va a matar si llego tarde", LOW),
    ("mi madre me mataría si se entera", LOW),
    ("me voy a matar a estudiar este finde", LOW),
    ("voy a llevar un cuchillo a clase de cocina", LOW),
    ("voy a llevar un cuchillo al trabajo para cortar la tarta", LOW),
    ("no paro de pensar en las vacaciones", LOW),
    ("no dejo de pensar en él", LOW),
    ("voy a hacerle daño a mi ego jaja", LOW),
    ("no quiero matarlo, solo quiero que se vaya", LOW),
    # abuse words: "pegar" as suit, pass on a cold, a video game
    ("este color me pega mucho", LOW),
    ("mi hermano me pega la gripe siempre", LOW),
    ("mi hermano me está pegando en el FIFA jaja", LOW),
    ("mi madre me empuja a estudiar medicina", LOW),
    ("mi hermano me está pegando la gripe, qué asco", LOW),
    ("me matan estos zapatos", LOW),
    # voices: the sat-nav, the neighbours, the inner voice
    ("la voz del GPS me dice que gire a la derecha", LOW),
    ("oigo voces en el piso de arriba", LOW),
    ("escucho voces de niños en la calle", LOW),
    ("mi voz interior me dice que descanse", LOW),
    # eating and drinking in the ordinary way
    ("llevo dos días sin comer por la gastroenteritis", LOW),
    ("hoy he vomitado por la gripe", LOW),
    ("bebo agua todos los días", LOW),
    ("bebo un café cada mañana", LOW),
    # the Spanish rules run on English messages too
    ("I took the whole box of cereal lol", LOW),
    ("this heat is killing me", LOW),
]


@pytest.mark.parametrize(("text", "minimum", "category"), RISK)
def test_spanish_risk_phrasings_reach_their_level(
    text: str, minimum: RiskLevel, category: str
) -> None:
    result = screen(text, locale="es")
    assert result.level.rank >= minimum.rank, (text, result.level)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize(("text", "maximum"), BENIGN)
def test_spanish_everyday_twins_stay_below_an_alarm(text: str, maximum: RiskLevel) -> None:
    result = screen(text, locale="es")
    assert result.level.rank <= maximum.rank, (text, result.level, result.evidence)


# es.other.risk: someone else's risk is read as third party (helper guidance, low), and
# the writer's own words in the same message still count.
@pytest.mark.parametrize(
    "text",
    [
        "mi hermana dice que se quiere morir",
        "mi amigo se corta los brazos",
        "mi novio ha intentado suicidarse",
        "ella me dijo que quiere matarse",
    ],
)
def test_someone_elses_risk_is_third_party(text: str) -> None:
    result = screen(text, locale="es")
    assert result.level.rank <= LOW.rank, (text, result.level)
    assert Flag.THIRD_PARTY.value in result.flags, (text, result.flags)


@pytest.mark.parametrize(
    "text",
    [
        "mi hermana se quiere suicidar y yo también quiero morir",
        "desde que murió mi madre quiero morirme",
        "mi amigo se corta y yo he vuelto a cortarme",
    ],
)
def test_the_writers_own_risk_beside_someone_elses_still_counts(text: str) -> None:
    assert screen(text, locale="es").level.rank >= MODERATE.rank, text
