"""rules-1.7: Portuguese (Brazilian and European) coverage of the English rule families.

The pt section had intent, ideation, a goodbye or two and a thin method rule. These tests
pin the families added in rules-1.7 (attempt under way, means, notes, goodbyes, "not safe",
wider ideation, self-harm, method-seeking, harm to others, abuse, command voices, passive
wishes, everyday distress), written as people type on a phone: no accents, "to"/"ta" for
"estou"/"esta", "vc", "n", European clitics ("matar-me", "vou-me matar"). Each risk
phrasing has benign twins that share its words: a box of juice, a farewell card for a
colleague, a nosebleed, "esse calor ta me matando", a sister's crisis told by the writer.
"""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen

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

# (text, minimum level, a category that must be present)
RISK = [
    # pt.attempt.took: a whole pack or dozens of pills, just taken
    ("ja tomei a cartela inteira, agora nao tem volta", IMMINENT, SI),
    ("engoli uns 40 comprimidos faz meia hora", IMMINENT, SI),
    ("Tomei todos os meus remédios de uma vez", IMMINENT, SI),
    ("acabei de tomar um monte de calmantes", IMMINENT, SI),
    # pt.attempt.bleeding: cut too deep, bleeding will not stop, on the edge
    ("me cortei fundo demais e nao para de sangrar", IMMINENT, SH),
    ("n consigo estancar o sangue, ta tudo vermelho", IMMINENT, SI),
    ("tô na beira da ponte agora", IMMINENT, SI),
    ("estou sentada no parapeito do predio", IMMINENT, SI),
    # pt.means.stockpile: collected or bought the means
    ("to juntando remedio faz meses pra quando chegar a hora", IMMINENT, SI),
    ("juntei comprimidos suficientes e escondi no armario", IMMINENT, SI),
    ("comprei uma corda hoje de tarde", IMMINENT, SI),
    # pt.intent.note: a note with a farewell word
    ("escrevi minha carta de despedida", IMMINENT, SI),
    ("deixei cartas pra minha familia, me perdoem", IMMINENT, SI),
    ("estou a escrever as minhas cartas de adeus", IMMINENT, SI),
    # pt.goodbye.wide: by the time you read this, look after my cat, giving things away
    ("quando vc ler isso eu ja vou ter partido", IMMINENT, SI),
    ("quando voces lerem esta mensagem ja nao estarei ca", IMMINENT, SI),
    ("cuida bem do meu gato quando eu me for", IMMINENT, SI),
    ("to doando minhas coisas, nao vou mais precisar delas", IMMINENT, SI),
    ("vcs nao vao mais precisar se preocupar comigo", IMMINENT, SI),
    # pt.goodbye.not_here: will not be here tomorrow
    ("amanhã não vou estar mais aqui", IMMINENT, SI),
    ("eu n vou estar aqui amanha", IMMINENT, SI),
    ("amanha ja nao estou ca", IMMINENT, SI),
    # pt.not_safe: the answer to the safety question
    ("não tô segura comigo mesma hoje", HIGH, SI),
    ("nao me sinto seguro", HIGH, SI),
    ("não consigo me manter segura", HIGH, SI),
    # pt.not_safe.from_someone: danger from someone (abuse)
    ("não me sinto segura em casa", HIGH, ABUSE),
    ("nao to seguro com meu padrasto", HIGH, ABUSE),
    # pt.si.wide: active ideation the older rules missed
    ("tô pensando em suicídio de novo", HIGH, SI),
    ("ando meio suicida esses dias", HIGH, SI),
    ("to com muita vontade de morrer", HIGH, SI),
    ("estou a pensar em matar-me", HIGH, SI),
    ("vou-me matar", HIGH, SI),
    ("n quero mais viver", HIGH, SI),
    ("queria dar um fim na minha vida", HIGH, SI),
    # pt.si.attempt_past: a past attempt
    ("ja tentei me matar duas vezes", HIGH, SI),
    ("essa foi minha segunda tentativa de suicidio", HIGH, SI),
    # pt.sh.intent: self-harm urge with intent
    ("quero me cortar de novo", HIGH, SH),
    ("tô com vontade de me cortar", HIGH, SH),
    ("vou me cortar", HIGH, SH),
    # pt.sh.recent: recent self-harm
    ("me cortei de novo ontem a noite", HIGH, SH),
    ("tive uma recaida e me cortei", HIGH, SH),
    ("voltei a me cortar", HIGH, SH),
    # pt.method.wide: method-seeking questions
    ("quantos comprimidos precisa pra nao acordar mais?", HIGH, METHOD),
    ("qual o jeito mais facil de morrer", HIGH, METHOD),
    ("de que altura precisa cair pra morrer", HIGH, METHOD),
    ("quanto tempo leva pra morrer sangrando", HIGH, METHOD),
    ("qual remedio e o mais letal", HIGH, METHOD),
    ("qual veia cortar", HIGH, METHOD),
    # pt.hto.intent: thoughts of harming someone, the writer the actor
    ("tenho vontade de matar meu padrasto", HIGH, HTO),
    ("fico pensando em machucar meu bebê", HIGH, HTO),
    ("juro que vou esfaquear esse cara", HIGH, HTO),
    # pt.hto.now: armed and on the way
    ("peguei a faca e tô indo atrás dele", IMMINENT, HTO),
    ("to com a arma e to indo atras dela", IMMINENT, HTO),
    # pt.abuse.now: violence happening now
    ("ele tá me batendo, socorro", IMMINENT, ABUSE),
    ("meu marido ta com uma faca e disse que vai me matar", IMMINENT, ABUSE),
    ("ele esta tentando arrombar a porta, to com medo", IMMINENT, ABUSE),
    # pt.abuse.wide: current abuse, threats
    ("meu marido me bateu ontem de novo", HIGH, ABUSE),
    ("ela disse que vai me matar", HIGH, ABUSE),
    ("tenho muito medo do meu pai, ele fica violento quando bebe", HIGH, ABUSE),
    # pt.psychosis.command: command voices
    ("as vozes tão mandando eu me matar", HIGH, PSY),
    ("a voz fica dizendo pra eu me cortar", HIGH, PSY),
    ("o diabo quer que eu morra", HIGH, PSY),
    # pt.psychosis.signs: hearing voices, thoughts read
    ("to ouvindo vozes de novo", MODERATE, PSY),
    ("o governo esta lendo meus pensamentos", MODERATE, PSY),
    # pt.passive.wide: passive death wish
    ("queria dormir e nunca mais acordar", MODERATE, SI),
    ("tô cansada de viver", MODERATE, SI),
    ("não vejo mais sentido em viver", MODERATE, SI),
    ("se eu morresse ninguem ia sentir falta", MODERATE, SI),
]

# (text, maximum level allowed): everyday uses of the same words
BENIGN = [
    # pt.attempt.took twins: juice, the pill pack taken right, meds as prescribed
    ("tomei a caixa toda de suco de uva", LOW),
    ("tomei a cartela toda do anticoncepcional, sem esquecer nenhum dia", LOW),
    ("tomei todos os remédios certinho hoje", LOW),
    ("nunca tomei todos os comprimidos de uma vez, fica tranquila", LOW),
    # pt.attempt.bleeding twins: nosebleed, kitchen cut, roof repair
    ("meu nariz não para de sangrar desde cedo", LOW),
    ("me cortei fundo cortando cebola, que raiva", LOW),
    ("tô em cima do telhado consertando a calha", LOW),
    ("estou na beira da piscina tomando sol", LOW),
    # pt.means.stockpile twins: donations, a washing line, a guitar string, rats
    ("to juntando remedio pra doar no posto", LOW),
    ("comprei uma corda pro varal", LOW),
    ("comprei a corda nova do violão", LOW),
    ("comprei chumbinho pros ratos do quintal", LOW),
    # pt.intent.note twins: a farewell card at work, a letter to grandma
    ("escrevi uma carta de despedida pro meu colega que vai se aposentar", LOW),
    ("escrevi uma carta pra minha avó", LOW),
    ("deixei um bilhete pra minha mae avisando que fui ao mercado", LOW),
    # pt.goodbye.wide twins: call me, a trip, clothes to charity
    ("quando vc ler isso me liga", LOW),
    ("cuida do meu gato quando eu for viajar", LOW),
    ("to doando minhas roupas pra caridade", LOW),
    ("voce nao vai mais precisar se preocupar comigo, arrumei emprego", LOW),
    # pt.goodbye.not_here twins: trips, appointments, shifts
    ("amanhã não vou estar aqui, vou viajar pra praia", LOW),
    ("não vou estar aqui amanhã porque tenho consulta", LOW),
    ("nao vou estar aqui semana que vem, ferias finalmente", LOW),
    # pt.not_safe twins: "seguro" is also "sure"
    ("não estou seguro se vou conseguir ir amanhã", LOW),
    ("não tô seguro disso", LOW),
    ("nao me sinto seguro pra apresentar o trabalho", LOW),
    # pt.si.wide twins: negations, bridge jumping for fun, news
    ("eu nunca pensaria em me matar", LOW),
    ("pulamos da ponte no rio, foi demais", LOW),
    ("não tô pensando em suicídio, só tô cansada", LOW),
    # pt.si.attempt_past twins: other attempts
    ("minha primeira tentativa de fazer pão deu errado", LOW),
    ("essa foi minha ultima tentativa de passar na prova", LOW),
    # pt.sh.intent twins: getting hurt, haircuts, fear of a knife
    ("vou me machucar se continuar correndo assim", LOW),
    ("quero cortar o cabelo amanhã", LOW),
    ("tenho medo de me machucar na academia", LOW),
    ("não quero me cortar mais, to feliz com isso", LOW),
    # pt.sh.recent twins: shaving, the oven, football
    ("me cortei de novo fazendo a barba", LOW),
    ("me queimei hoje no forno", LOW),
    ("me machuquei hoje jogando bola", LOW),
    # pt.method.wide twins: plants, rides, blood tests, games
    ("quanto tempo a planta leva pra morrer sem água?", LOW),
    ("qual a altura minima pra andar na montanha russa?", LOW),
    ("qual veia usam pra tirar sangue?", LOW),
    ("qual o jeito mais facil de morrer no minecraft kkk", LOW),
    # pt.hto.intent twins: jokes, longing, skipping class
    ("vou matar ele se comer meu chocolate de novo", LOW),
    ("vou matar a saudade da minha vó", LOW),
    ("quero matar ele kkkk", LOW),
    ("hoje vou matar aula", LOW),
    # pt.hto.now twins: cooking with a knife
    ("peguei a faca e to indo pra cozinha fazer o almoço", LOW),
    ("to com a faca na mao cortando legumes", LOW),
    # pt.abuse.now twins: knocking, games
    ("ele ta batendo na porta, deve ser o entregador", LOW),
    ("ele ta me batendo no xadrez de novo kkk", LOW),
    # pt.abuse.wide twins: longing "hit me", a pat on the back, a curfew joke
    ("me bateu uma saudade da minha mãe", LOW),
    ("meu irmão me deu um tapa nas costas", LOW),
    ("minha mãe disse que vai me matar se eu chegar tarde", LOW),
    # pt.psychosis twins: GPS, neighbours, song
    ("a voz do gps mandou eu virar a direita", LOW),
    ("to ouvindo vozes da vizinha brigando", LOW),
    ("a voz da minha mae dizendo pra eu me cuidar", LOW),
    # pt.passive.wide twins: sleep in, a rule that makes no sense
    ("não vejo sentido nessa regra", LOW),
    ("queria dormir até tarde amanhã", LOW),
    ("to cansada de esperar o onibus", LOW),
    # idioms: death words used harmlessly
    ("esse calor tá me matando", NONE),
    ("morri de rir com esse vídeo", NONE),
    ("quase morri de vergonha na reunião", NONE),
    ("quero morrer de vergonha", LOW),
    ("isso foi suicídio profissional", NONE),
    ("vou me matar de estudar pra essa prova", LOW),
    ("to morrendo de saudade de vc", NONE),
    ("essa dieta vai me matando aos poucos kkk", LOW),
    # news, film, clinicians
    ("vi no jornal que um cantor tentou se matar", LOW),
    ("como pergunto a um paciente se ele pensa em suicidio?", LOW),
]


@pytest.mark.parametrize(("text", "minimum", "category"), RISK)
def test_pt_risk_phrasings_reach_their_level(text: str, minimum: RiskLevel, category: str) -> None:
    result = screen(text, locale="pt")
    assert result.level.rank >= minimum.rank, (text, result.level, result.evidence)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize(("text", "maximum"), BENIGN)
def test_pt_benign_twins_stay_low(text: str, maximum: RiskLevel) -> None:
    result = screen(text, locale="pt")
    assert result.level.rank <= maximum.rank, (text, result.level, result.evidence)


# Someone else's crisis (pt `others`, `topic`, `third_subject`): the writer needs helper
# guidance (low, flagged third_party), not a crisis reply; the writer's own words still count.
@pytest.mark.parametrize(
    "text",
    [
        "minha irmã disse que quer morrer",
        "minha irma quer se matar",
        "meu amigo fica dizendo que vai se matar",
        "ela tentou se matar semana passada",
    ],
)
def test_pt_someone_elses_crisis_is_third_party(text: str) -> None:
    result = screen(text, locale="pt")
    assert result.level is LOW, (text, result.level)
    assert "third_party" in result.flags


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        # the writer's own ideation next to someone else: grief, a break-up
        ("meu pai morreu e quero morrer", HIGH),
        ("minha namorada terminou comigo e eu quero me matar", HIGH),
        ("minha irma nao sabe mas eu to pensando em suicidio", HIGH),
    ],
)
def test_pt_writer_stays_the_subject_next_to_others(text: str, minimum: RiskLevel) -> None:
    result = screen(text, locale="pt")
    assert result.level.rank >= minimum.rank, (text, result.level)
    assert "third_party" not in result.flags


def test_pt_rules_do_not_fire_on_english_everyday_text() -> None:
    # Every language's rules run on every message: pt words must anchor pt rules.
    for text in (
        "I took the whole box of cereal to work",
        "I wrote a farewell card for my colleague",
        "my nose won't stop bleeding",
    ):
        assert screen(text).level.rank <= LOW.rank, text
