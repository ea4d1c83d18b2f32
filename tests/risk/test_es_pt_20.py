"""rules-1.10 (es-pt-rules): Spanish and Portuguese pattern rules from the 1.10 seed files.

The positives are fresh phrasings (not the seed rows) of the families the seeds showed
missing; every one of them was below its level at the pattern layer on main before this
change. The twins share their surface words (jobs, games, parties, doctors' orders, idioms)
and must stay below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk.screen import _pattern_pass
from mindline.risk.types import RiskLevel

POSITIVES: list[tuple[str, RiskLevel]] = [
    ("la verdad llevo semanas pensando muy en serio en quitarme de en medio", RiskLevel.HIGH),
    ("he decidido ponerle punto final a mi vida", RiskLevel.HIGH),
    ("cada dia pienso mas en dejar de vivir", RiskLevel.HIGH),
    ("ya ni me da miedo la idea de morirme", RiskLevel.HIGH),
    ("quiero desaparecer, y no es broma, lo digo en serio", RiskLevel.HIGH),
    ("kiero dormirme para siempre, no estoy exagerando", RiskLevel.HIGH),
    ("mi pareja me grito q si lo denuncio me mata", RiskLevel.HIGH),
    ("mi ex sabe donde trabajo y dice q me va a buscar", RiskLevel.HIGH),
    ("tengo pensamientos horribles de hacerle dano a mi bebe", RiskLevel.HIGH),
    (
        "que medicamentos son peligrosos si te tomas demasiados? pregunto por curiosidad",
        RiskLevel.HIGH,
    ),
    ("cual es la manera mas suave de dormirse para siempre?", RiskLevel.HIGH),
    ("las voces me dicen q tengo q castigarme", RiskLevel.HIGH),
    ("me mandan q me corte, no paran", RiskLevel.HIGH),
    ("casi me desmayo en el trabajo de no comer y me gusto", RiskLevel.HIGH),
    ("esta noche cuando todos se duerman lo hago", RiskLevel.IMMINENT),
    ("lo voy a hacer cuando se duerman mis padres", RiskLevel.IMMINENT),
    ("tengo las pastillas aqui delante y esta vez si", RiskLevel.IMMINENT),
    ("cuiden a mis perros, ya no voy a estar", RiskLevel.IMMINENT),
    ("despues de hoy ya no van a saber nada mas de mi", RiskLevel.IMMINENT),
    ("este es el ultimo mensaje que os escribo, perdon por todo", RiskLevel.IMMINENT),
    ("lo siento mama, ya no aguantaba mas", RiskLevel.IMMINENT),
    ("me tome todo lo que habia en el botiquin", RiskLevel.IMMINENT),
    ("ya escogi la fecha", RiskLevel.IMMINENT),
    ("adios a todos, no me busquen", RiskLevel.IMMINENT),
    ("estoy sobre el puente y no voy a bajar", RiskLevel.IMMINENT),
    ("estan golpeando la puerta y dice que me va a matar, ayuda", RiskLevel.IMMINENT),
    ("tengo la navaja y los voy a esperar a la salida", RiskLevel.IMMINENT),
    ("me da lo mismo si no despierto manana", RiskLevel.MODERATE),
    ("ojala me arrollara un tren y ya", RiskLevel.MODERATE),
    ("siento que estoy de mas en este mundo", RiskLevel.MODERATE),
    ("si me muriera nadie se daria cuenta", RiskLevel.MODERATE),
    ("me doy atracones y luego me castigo sin comer dos dias", RiskLevel.MODERATE),
    ("conduje borracho otra vez", RiskLevel.MODERATE),
    ("mi novia me revisa el celular y no me deja ver a mis amigos", RiskLevel.MODERATE),
    ("ando pensando muito seriamente em por fim a minha vida", RiskLevel.HIGH),
    ("decidi dar cabo da minha vida", RiskLevel.HIGH),
    ("tô considerando mesmo parar de viver", RiskLevel.HIGH),
    ("queria sumir pra sempre e não é drama", RiskLevel.HIGH),
    ("ele ameaçou que se eu contar pra alguém me mata", RiskLevel.HIGH),
    ("meu ex sabe onde eu moro e disse que vai me achar", RiskLevel.HIGH),
    ("quais comprimidos são perigosos se tomar muitos de uma vez?", RiskLevel.HIGH),
    ("qual o jeito menos doloroso de partir?", RiskLevel.HIGH),
    ("quase desmaiei na academia, não como há três dias", RiskLevel.HIGH),
    ("tive uma recaída e voltei a me machucar", RiskLevel.HIGH),
    ("meu padrasto vem pro meu quarto de noite e eu tenho muito medo", RiskLevel.HIGH),
    ("hoje quando todos dormirem eu vou fazer isso", RiskLevel.IMMINENT),
    ("tomei tudo o que tinha na gaveta de remédios", RiskLevel.IMMINENT),
    ("cuidem bem dos meus gatos, não volto mais", RiskLevel.IMMINENT),
    ("desculpa mãe, eu não aguentava mais", RiskLevel.IMMINENT),
    ("a minha mulher está a bater-me agora, socorro", RiskLevel.IMMINENT),
    ("já tô com a faca, vou atrás dele pra acabar com ele", RiskLevel.IMMINENT),
    ("tanto faz se eu acordar ou não", RiskLevel.MODERATE),
    ("se um caminhão me atropelasse seria um alívio", RiskLevel.MODERATE),
    ("só atrapalho a vida de todos", RiskLevel.MODERATE),
    ("tomo laxantes sempre que como demais", RiskLevel.MODERATE),
    ("dirigi chapado ontem", RiskLevel.MODERATE),
    ("meu marido controla meu dinheiro e não deixa eu trabalhar", RiskLevel.MODERATE),
]

TWINS: list[str] = [
    "estoy pensando en serio en acabar con todo el papeleo antes del viernes",
    "voy a dejar de vivir con mis padres en septiembre",
    "quiero quitarme del medio de esa discusion, no es mi problema",
    "quiero desaparecer de las redes un mes, lo digo en serio",
    "quiero dormir para siempre este finde jaja",
    "mi madre dijo que si llego tarde otra vez me mata jaja",
    "la voy a matar si se come mi tarta otra vez jaja",
    "le quiero hacer dano a su ego en el debate",
    "que medicamentos son peligrosos si te tomas muchos al dia para el dolor de muela?",
    "cual es la forma menos dolorosa de irse de casa de tus padres?",
    "la forma mas rapida de irse a dormir temprano es dejar el movil",
    "la voz del gps me dice que gire a la derecha",
    "mi jefe me manda que le haga la presentacion para manana",
    "me desmaye en el analisis de sangre por ir sin comer",
    "esta noche cuando se duerman todos lo hago, el pastel sorpresa de mama",
    "tengo la cuchilla aqui al lado para afeitarme",
    "cuiden a mi gato porfa, ya no voy a estar el finde",
    "ya no van a saber de mi hasta el lunes, me voy de retiro",
    "este es el ultimo audio que te mando hoy, me quedo sin datos",
    "perdon mama, ya no podia mas del cansancio y me dormi",
    "me tome lo del botiquin para la gripe como dijo el medico",
    "ya elegi el dia de la boda, va a ser en mayo",
    "no me busquen hasta el lunes, estoy sin cobertura",
    "estoy en la azotea tomando el sol y no pienso bajar hasta las 8",
    "estan golpeando la puerta de al lado, que ruido",
    "tengo el cuchillo en la mano y lo espero a que hierva el agua",
    "no me da igual si manana llueve, tengo boda",
    "ojala me lleve el tren a la playa",
    "estoy de mas en esta reunion, nadie me pregunta nada",
    "si me voy de la fiesta temprano nadie se entera",
    "despues de cenar fui al bano a vomitar, me sento fatal el marisco",
    "mi amigo manejo borracho y lo multaron",
    "mi novio me controla la dieta porque es nutricionista jaja",
    "no creo que llegue a los 30 grados manana",
    "me imagino empujando a mi jefe en el juego de la oficina jaja",
    "tô pensando seriamente em acabar com tudo o que ficou pendente no trabalho",
    "vou deixar de viver de aluguel ano que vem",
    "quero sumir de vez dessa empresa, tô falando sério",
    "minha mãe disse que se eu comer o bolo ela me mata kkk",
    "qual remédio é perigoso se tomar muito por dia pra dor de cabeça?",
    "a forma mais rápida de uma planta morrer é esquecer de regar",
    "as vozes do coral dizem que eu canto bem",
    "desmaiei no exame de sangue porque fui sem comer",
    "hoje quando todo mundo dormir eu vou assistir o jogo",
    "tá tudo pronto pra festa surpresa, só tô esperando ficar sozinha em casa pra embrulhar",
    "tomei tudo o que o médico passou certinho",
    "cuida do meu cachorro por mim? não vou voltar antes de domingo",
    "essa é minha última mensagem de hoje, tô sem bateria",
    "foi bom conhecer vocês no curso. fiquem bem",
    "estou no telhado consertando a antena e não vou descer até terminar",
    "vou acabar com ele no xadrez, já tô com a faca e o queijo na mão",
    "ele tá batendo na porta porque esqueceu a chave",
    "o massagista apertou-me o pescoço e aliviou a tensão",
    "bati a cabeça na porta do armário sem querer",
    "tô pesquisando jeitos de acabar com isso, as baratas da cozinha",
    "tanto faz se eu viajar ou ficar",
    "se o ônibus atrasar eu nem ligo",
    "só atrapalho a vida de todo mundo com minhas piadas kkk",
    "não duro muito na academia, canso rápido",
    "tomo laxante quando o médico manda antes do exame",
    "bebo todos os dias dois litros de água pra dormir melhor",
    "apaguei as fotos da festa, não lembro a senha",
    "meu namorado olha meu celular pra ver os memes kkk",
    "já tentei uma vez fazer pão, faz uns anos",
    "deixei uma carta pra minha mãe no correio dizendo que passei",
    "pensei em me jogar na piscina da ponte do parque aquático",
    "quero dormir para siempre el domingo jaja",
    "ja nem compro revista, pra que, ta tudo online",
    "fiquei pensando em acabar com isso na plataforma, a briga com meu chefe",
    "não vou mais voltar naquele restaurante, cuida do meu cachorro por mim amanhã",
]


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_es_pt_positive_reaches_its_level(text: str, level: RiskLevel) -> None:
    assert _pattern_pass(text)[0].rank >= level.rank


@pytest.mark.parametrize("text", TWINS)
def test_es_pt_twin_stays_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("estan golpeando la puerta y dice que me va a matar, ayuda", "abuse_or_violence"),
        ("a minha mulher está a bater-me agora, socorro", "abuse_or_violence"),
        ("tengo pensamientos horribles de hacerle dano a mi bebe", "harm_to_others"),
        ("quais comprimidos são perigosos se tomar muitos de uma vez?", "method_seeking"),
        ("las voces me dicen q tengo q castigarme", "psychosis"),
        ("quase desmaiei na academia, não como há três dias", "eating_disorder"),
        ("conduje borracho otra vez", "substance"),
    ],
)
def test_es_pt_category(text: str, category: str) -> None:
    hits = _pattern_pass(text)[1]
    assert any(category in h.rule.categories for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "no estoy pensando en acabar con todo",
        "nao to pensando em acabar com tudo",
        "no quiero morir",
        "nunca he pensado en quitarme del medio",
    ],
)
def test_es_pt_negated_stays_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    "text",
    [
        "hace anos pensaba en dejar de vivir, ahora estoy mejor",
        "ha muitos anos eu pensava em por fim a minha vida",
    ],
)
def test_es_pt_past_is_at_most_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank <= RiskLevel.MODERATE.rank
