"""rules-1.11 (es-pt-it): Spanish, Portuguese and Italian messages the engine under-rated.

Families (patterns.yaml, the es, pt and it `rules-1.11 (es-pt-it)` blocks):

- passive and indirect wishes without death words: "seria mejor no estar", "le pido a dios
  no despertar", "harta de vivir", "dejar de existir"; "seria melhor nao existir", "ninguem
  ia sentir minha falta se eu sumisse", "nao vejo mais saida", "queria que tudo acabasse";
  "non ha senso andare avanti", "vorrei solo che finisse tutto", "non vedo piu un motivo per
  vivere", "nessuno se ne accorgerebbe se sparissi" (es.r11.passive.wish, pt.r11.passive,
  it.r11.passive);
- plans with a day, means at hand or put aside, goodbyes that hand over the family, an
  attempt told by its effects, throwing oneself under a vehicle (es.r11.plan.decided,
  es.r11.goodbye, es.r11.attempt.all, pt.r11.plan, pt.r11.means, pt.r11.goodbye,
  pt.r11.si.jump, it.r11.means, it.r11.goodbye);
- self-harm at high: fresh marks, "me he hecho dano otra vez", cutting "to feel something",
  an urge that wins, the blade in hand again (es.r11.sh.now, it.r11.sh);
- abuse at home: "nos pega", "mi mena", "ci picchia", "mi prende a cinghiate", being touched
  when alone, afraid to go home (es.r11.abuse, pt.r11.abuse.home, it.r11.abuse,
  it.r11.abuse.control);
- eating-disorder restriction and purging at moderate (es.r11.eating, pt.r11.eating,
  it.r11.eating);
- drinking and using to get through nights or work at moderate (es.r11.substance,
  pt.r11.substance.work, it.r11.substance).

The phrasings are the helper's own probe; every positive below was below its level at the
pattern layer on main before this change (checked with `_pattern_pass`). The twins share the
surface words (a WhatsApp group, a nap, a party, an exam, the cat, brambles, a vaccine, FIFA,
boxing, a pregnancy, a stomach bug, coffee, water, coca-cola, a derby, traffic, a game) and
stay below moderate at the pattern layer.
"""

from __future__ import annotations

import pytest

from mindline.risk.screen import _pattern_pass
from mindline.risk.types import RiskLevel

SPANISH: list[tuple[str, RiskLevel]] = [
    ("a veces pienso q seria mejor no estar", RiskLevel.MODERATE),
    ("todos estarian mejor si yo no existiera", RiskLevel.MODERATE),
    ("cada noche le pido a dios no despertar", RiskLevel.MODERATE),
    ("estoy harta de vivir asi", RiskLevel.MODERATE),
    ("solo quiero q todo se acabe ya, para siempre", RiskLevel.MODERATE),
    ("lo unico q quiero es dejar de existir", RiskLevel.MODERATE),
    ("ya lo tengo decidido, el viernes lo hago", RiskLevel.IMMINENT),
    ("ya decidi q esta noche me voy para siempre", RiskLevel.IMMINENT),
    ("gracias por todo de verdad, cuidad de mi madre", RiskLevel.IMMINENT),
    ("no me busqueis, es mejor asi", RiskLevel.IMMINENT),
    ("ya me tome todo lo q tenia, me estoy durmiendo", RiskLevel.IMMINENT),
    ("tengo los brazos llenos de cortes otra vez", RiskLevel.HIGH),
    ("me he hecho daño otra vez, no se parar", RiskLevel.HIGH),
    ("mi padre llega borracho y nos pega a mi y a mi madre", RiskLevel.HIGH),
    ("mi padrastro me toca por las noches y no se a quien decirselo", RiskLevel.HIGH),
    ("me tiro del pelo y me empujo contra la pared", RiskLevel.HIGH),
    ("no como desde hace dias y me siento bien asi", RiskLevel.MODERATE),
    ("llevo 3 dias casi sin comer y aun me veo gorda", RiskLevel.MODERATE),
    ("me siento tan gorda q no pienso comer nada hoy", RiskLevel.MODERATE),
    ("si como algo me lo tengo q sacar", RiskLevel.MODERATE),
    ("necesito beber cada noche para poder dormir", RiskLevel.MODERATE),
    ("sin la coca no aguanto el curro", RiskLevel.MODERATE),
    ("me emborracho sola casi todos los dias", RiskLevel.MODERATE),
    ("me salto las comidas para no engordar", RiskLevel.MODERATE),
    ("me meto los dedos despues de comer", RiskLevel.MODERATE),
    ("me tomé todo lo que tenía y todo me da vueltas", RiskLevel.IMMINENT),
]


PORTUGUESE: list[tuple[str, RiskLevel]] = [
    ("as vezes penso q seria melhor nao existir", RiskLevel.MODERATE),
    ("ninguem ia sentir minha falta se eu sumisse", RiskLevel.MODERATE),
    ("nao vejo mais saida pra nada", RiskLevel.MODERATE),
    ("queria que tudo acabasse de vez", RiskLevel.MODERATE),
    ("penso em me jogar na frente de um carro", RiskLevel.HIGH),
    ("ja sei como e quando vou fazer", RiskLevel.IMMINENT),
    ("tenho os remedios aqui do lado, vou tomar tudo", RiskLevel.IMMINENT),
    ("juntei um monte de remedio escondido", RiskLevel.IMMINENT),
    ("obrigada por tudo, cuida da minha mae pra mim", RiskLevel.IMMINENT),
    ("tenho medo de voltar pra casa", RiskLevel.HIGH),
    ("vomito tudo o que como", RiskLevel.MODERATE),
    ("to sem comer faz 3 dias", RiskLevel.MODERATE),
    ("nao como nada faz dias e ninguem percebe", RiskLevel.MODERATE),
    ("tomo laxante todo dia pra emagrecer", RiskLevel.MODERATE),
    ("bebo pra aguentar o trabalho", RiskLevel.MODERATE),
    ("so consigo trabalhar se beber antes", RiskLevel.MODERATE),
    ("cheiro pra aguentar o plantao", RiskLevel.MODERATE),
    ("tomo rivotril todo dia pra conseguir ir trabalhar", RiskLevel.MODERATE),
    ("to bebendo todo dia depois do trampo pra esquecer", RiskLevel.MODERATE),
    ("nao tenho mais forca pra continuar", RiskLevel.MODERATE),
    ("cansei de tudo, queria so sumir do mapa", RiskLevel.MODERATE),
    ("minha familia ia ficar melhor sem mim", RiskLevel.MODERATE),
    ("ja tenho tudo pronto pra hoje a noite", RiskLevel.IMMINENT),
    ("amanha nao vou mais estar aqui", RiskLevel.IMMINENT),
    ("so aguento o trampo chapado", RiskLevel.MODERATE),
    ("apetece-me desaparecer para sempre", RiskLevel.MODERATE),
    ("ninguém ia dar pela minha falta se eu desaparecesse", RiskLevel.MODERATE),
]


ITALIAN: list[tuple[str, RiskLevel]] = [
    ("non ha senso andare avanti", RiskLevel.MODERATE),
    ("vorrei solo che finisse tutto", RiskLevel.MODERATE),
    ("ho messo da parte un sacco di pillole", RiskLevel.IMMINENT),
    ("dite a mia mamma che le voglio bene", RiskLevel.IMMINENT),
    ("mi taglio xke e l unico modo per sentire qualcosa", RiskLevel.HIGH),
    ("ho paura di tornare a casa", RiskLevel.HIGH),
    ("mio padre quando beve mi mena", RiskLevel.HIGH),
    ("non mangio da giorni", RiskLevel.MODERATE),
    ("vomito tutto quello che mangio", RiskLevel.MODERATE),
    ("bevo per dimenticare", RiskLevel.MODERATE),
    ("senza la coca non reggo il lavoro", RiskLevel.MODERATE),
    ("non vedo piu un motivo per vivere", RiskLevel.MODERATE),
    ("vorrei chiudere gli occhi e non riaprirli piu", RiskLevel.MODERATE),
    ("nessuno se ne accorgerebbe se sparissi", RiskLevel.MODERATE),
    ("non ne posso piu di vivere", RiskLevel.MODERATE),
    ("cmq nn ce la faccio piu, vorrei solo sparire", RiskLevel.MODERATE),
    ("mi sono fatta male di nuovo, ho le braccia piene di tagli", RiskLevel.HIGH),
    ("mi sono graffiata fino a sanguinare", RiskLevel.HIGH),
    ("ho di nuovo la lametta in mano", RiskLevel.HIGH),
    ("non resisto alla voglia di farmi del male", RiskLevel.HIGH),
    ("mi brucio con l accendino", RiskLevel.HIGH),
    ("mia madre mi prende a cinghiate", RiskLevel.HIGH),
    ("quando torna ubriaco ci picchia tutti", RiskLevel.HIGH),
    ("mio zio mi tocca quando siamo soli", RiskLevel.HIGH),
    ("mi ha spinta giu dalle scale", RiskLevel.HIGH),
    ("mio fratello mi riempie di botte", RiskLevel.HIGH),
    ("mi chiude in casa e non mi fa uscire", RiskLevel.MODERATE),
]

POSITIVES = SPANISH + PORTUGUESE + ITALIAN

TWINS = [
    "pienso q seria mejor no estar en ese grupo de whatsapp",
    "seria mejor no estar presente en la reunion de mañana",
    "todos estarian mejor si yo no estuviera en la cocina molestando jaja",
    "cada noche le pido a dios q me toque la loteria",
    "le pido a dios q me lleve de vacaciones a cancun",
    "estoy harta de vivir con mis suegros",
    "estoy harta de vivir en este piso tan pequeño",
    "quiero q todo se acabe ya para irme de vacaciones",
    "quiero q todo termine bien en la boda",
    "solo quiero dejar de existir un rato en el sofa jaja",
    "me gustaria irme a dormir y no despertarme hasta el lunes",
    "ya lo tengo decidido, el viernes lo hago. le pido matrimonio",
    "ya decidi, mañana me voy para siempre a australia",
    "ya lo tengo decidido: el viernes lo hago, me apunto al gym",
    "gracias por todo, cuida de mi madre mientras estoy de viaje",
    "gracias por todo hoy, cuidad de mi madre",
    "no me busqueis, estoy en la terraza del bar",
    "no me busques mas, ya te dije q no",
    "ya me tome todo lo q tenia en el plato y me estoy durmiendo",
    "me tome todo lo q quedaba de cafe y aun me duermo",
    "tengo los brazos llenos de arañazos del gato",
    "tengo las piernas llenas de cortes de las zarzas del jardin",
    "me he hecho daño otra vez en la rodilla jugando al padel",
    "me hice daño otra vez con la puerta del coche",
    "mi padre llega del curro y nos pega unos gritos q flipas",
    "mi hermano cuando juega al fifa me pega unas palizas jaja",
    "mi novio me pega la gripe cada invierno",
    "me tiro de los pelos con este examen",
    "mi tio me toca la guitarra por las noches, q bonito",
    "mi padre me toca los fines de semana desde el divorcio",
    "mi hermano me toca las narices todo el dia",
    "no como carne desde hace dias, me he hecho vegetariana",
    "no como desde hace dos dias por la gastroenteritis",
    "llevo 3 dias casi sin comer por el virus, q asco",
    "hoy no he comido nada xq tenia reuniones todo el dia",
    "me siento tan gorda despues de navidad jaja, toca gym",
    "me da asco comer higado",
    "solo como una manzana al dia de postre",
    "necesito beber agua cada noche para poder dormir",
    "sin la coca cola no aguanto el curro",
    "sin cafe no aguanto el curro",
    "sin beber no aguanto este calor",
    "me muero de risa con este video",
    "en la peli el prota ya lo tiene decidido, el viernes lo hace",
    "seria melhor nao estar aqui nesse transito",
    "ninguem ia sentir minha falta na festa se eu sumisse mais cedo",
    "nao vejo mais saida pra esse engarrafamento",
    "nao vejo saida no mapa do jogo",
    "queria que tudo acabasse logo nessa reforma",
    "queria q tudo acabasse bem",
    "nao tenho mais forca pra continuar treinando hoje",
    "queria sumir do mapa esse fim de semana, so praia",
    "queria dormir pra sempre nesse domingo kkk",
    "vontade de me jogar na cama e nao sair mais",
    "quero me jogar na piscina com esse calor",
    "ja sei como e quando vou fazer a festa surpresa",
    "ja tenho tudo pronto pra hoje a noite, a festa vai ser otima",
    "amanha nao vou estar aqui, vou viajar",
    "amanha nao vou mais estar aqui no escritorio, mudei de setor",
    "tenho os remedios aqui do lado, vou tomar o da pressao",
    "juntei um monte de remedio vencido pra levar na farmacia",
    "obrigada por tudo, cuida da minha mae pra mim enquanto eu viajo",
    "tenho medo de voltar pra casa sozinha de noite",
    "tenho medo de voltar pra casa e levar bronca pela nota",
    "vomito tudo o que como desde que engravidei",
    "to sem comer faz 2 dias por causa da virose",
    "nao como carne faz dias",
    "to morrendo de fome, nao como nada faz horas",
    "tomo cafe pra aguentar o trabalho",
    "tomo cha pra aguentar o plantao",
    "bebo agua pra aguentar o calor do trampo",
    "so consigo trabalhar se tomar um cafe antes",
    "sem beber agua nao aguento o trampo nesse calor",
    "to bebendo agua todo dia pra emagrecer",
    "morrendo de rir com esse meme",
    "o filme e sobre um cara que nao ve saida",
    "non ha senso andare avanti con questo progetto",
    "non ha senso continuare la riunione senza il capo",
    "vorrei solo che finisse tutto questo caldo",
    "vorrei che finisse la settimana",
    "spero di non svegliarmi la mattina con il mal di testa",
    "non vedo un motivo per andare alla festa",
    "nessuno se ne accorgerebbe se sparissi dalla festa",
    "vorrei solo sparire sotto le coperte oggi",
    "mi taglio i capelli da sola xke e l unico modo per risparmiare",
    "ho le braccia piene di graffi del gatto",
    "ho di nuovo la lametta in mano per depilarmi",
    "mi brucio con l accendino ogni volta che accendo il fornello",
    "mi faccio male in palestra apposta? no, e solo fatica",
    "mio fratello mi picchia sempre a fifa",
    "il sole ci picchia forte in spiaggia",
    "il mio istruttore di boxe mi prende a pugni in allenamento",
    "mi ha spinto giu dalle scale il cane, sto bene ahah",
    "mi tocca lavorare anche sabato",
    "mio padre mi tocca sempre pagare la cena",
    "mi chiudo in camera a studiare per ore",
    "ho messo da parte un sacco di soldi",
    "ho messo da parte un sacco di pillole per il viaggio",
    "dite a mia mamma che le voglio bene e che arrivo domani",
    "non mangio carne da giorni",
    "non mangio da giorni per l influenza",
    "vomito tutto quello che mangio da quando sono incinta",
    "stasera bevo per dimenticare la sconfitta dell inter",
    "senza la coca cola non reggo il lavoro",
    "muoio dal ridere",
    "ho paura di tornare a casa da sola di notte",
    "ho paura di tornare a casa con questa pagella",
    "seria mejor no estar tan pendiente del movil",
    "creo q seria mejor no seguir con el proyecto, la verdad",
    "seria mejor desaparecer de la fiesta antes de q llegue mi ex",
    "mi familia estaria mejor si yo no estuviera siempre de mal humor",
    "quiero que todo se acabe ya. el curso digo",
    "lo unico q quiero es dejar de existir en el grupo del curro",
    "ya esta decidido, el sabado lo hago. voy a pedirle salir",
    "gracias por todo, cuida a mi hermano en el cole mañana",
    "no me busquen, estoy en la fila del super",
    "tengo el brazo lleno de marcas de la vacuna",
    "tengo las piernas llenas de heridas del rugby",
    "mi madre cuando se enfada nos pega la bronca",
    "mi novio si pierde al padel me pega un mordisco jaja",
    "me salto las comidas cuando tengo mucho curro",
    "solo como una manzana al dia de merienda",
    "si como algo de picante me tengo q tomar un omeprazol",
    "me peso 2 veces al dia para el control del medico",
    "necesito tomarme algo cada noche para poder dormir, una tila",
    "sin el alcohol no aguanto la fiesta, mejor me voy",
    "fumo porros? no, nunca",
    "seria mais facil se eu nao acordasse tao cedo",
    "seria melhor eu nao estar aqui hoje, ta chovendo",
    "nao vejo saida pra esse labirinto",
    "nao tenho mais vontade de continuar nesse emprego",
    "nao sei mais pq to viva ate agora nesse jogo kkk",
    "minha familia ia ficar melhor sem mim no natal, so reclamo",
    "ja sei como e quando vou fazer o pedido de casamento",
    "amanha de manha nao vou estar aqui, tenho consulta",
    "tenho as pilulas na minha frente, vou tomar a de hoje",
    "guardei varios comprimidos de vitamina pra viagem",
    "obrigado por tudo, cuida do meu cachorro ate sabado",
    "me da medo de voltar pra casa de uber",
    "to sem comer faz 2 dias, jejum pro exame",
    "tomo laxante todo dia? nao, so quando preciso",
    "bebo pra comemorar o trabalho novo",
    "cheiro cafe pra aguentar o plantao",
    "so consigo trabalhar se tomar uma agua gelada",
    "enchi a cara no aniversario do trabalho",
    "non ha senso vivere senza pizza ahah",
    "non ha senso andare avanti cosi con questo fornitore",
    "vorrei che tutto finisse presto, questo trasloco",
    "spero di non svegliarmi mai piu cosi stanca",
    "non vedo un motivo per vivere a milano",
    "vorrei scomparire per sempre da instagram",
    "vorrei solo sparire per un weekend",
    "non resisto alla voglia di mangiare la nutella",
    "ho le gambe piene di punture di zanzara",
    "ho tagli freschi sulle mani, lavoro in cucina",
    "mi sono graffiata con i rovi fino a sanguinare",
    "mi faccio male da sola in palestra",
    "ci mena il can per l aia",
    "mi prende a calci a calcetto ogni giovedi",
    "mi riempie di baci",
    "mi ha spinto a terra giocando a rugby",
    "mio zio mi tocca sempre la spalla quando saluta",
    "mi chiude in camera il gatto quando esco",
    "ho nascosto un sacco di caramelle",
    "di a mia mamma che le voglio bene e che la chiamo dopo",
    "non mangio da giorni fuori, solo cucina di casa",
    "bevo per dimenticare il lunedi ahah",
    "senza bere acqua non reggo questo caldo",
]


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_positives_reach_their_level(text: str, level: RiskLevel) -> None:
    assert _pattern_pass(text)[0].rank >= level.rank


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < RiskLevel.MODERATE.rank


def test_sizes() -> None:
    assert 40 <= len(POSITIVES) <= 80
    assert len(TWINS) >= len(POSITIVES)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("mio padre quando beve mi mena", "abuse_or_violence"),
        ("tenho medo de voltar pra casa", "abuse_or_violence"),
        ("bebo pra aguentar o trabalho", "substance"),
        ("non mangio da giorni", "eating_disorder"),
        ("me he hecho daño otra vez, no se parar", "self_harm"),
        ("ninguem ia sentir minha falta se eu sumisse", "suicidal_ideation"),
    ],
)
def test_categories(text: str, category: str) -> None:
    hits = _pattern_pass(text)[1]
    assert any(category in h.rule.categories for h in hits if h.level.rank >= 2)


@pytest.mark.parametrize(
    "text",
    [
        "no me he hecho daño otra vez, estoy mejor",
        "nao tenho medo de voltar pra casa, ta tudo bem agora",
        "non mi sono graffiata fino a sanguinare, era il gatto",
    ],
)
def test_negated_forms_stay_below_high(text: str) -> None:
    assert _pattern_pass(text)[0].rank < RiskLevel.HIGH.rank
