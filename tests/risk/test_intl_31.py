"""rules-1.23 in es, fr, de, pt and it: English gaps of test_rules_31.py that were gaps in the
other languages too, and two German gaps found beside them. I wrote every message myself.

- Sleeping pills or benzodiazepines mixed with alcohol read none in all five languages:
  medically dangerous use, high. Rum with cola and wine with water stay everyday.
- Fear of what one might do read low or none in fr, de and pt: moderate, as in English.
- Purging and food as undeserved: "je vomis après chaque repas" read low, fingers down the
  throat none in de, pt and it, and "I don't deserve to eat" low or none in fr, pt and it:
  eating-disorder behaviour, moderate. A fish bone or a pregnancy stays out.
- "me parece bien morirme" read none: a passive death wish, moderate.
- An attempt dated by an age ("à 16 ans", "mit 16", "a 16 anni", "a los 16", "aos 16") read
  high (imminent in pt): a past cue now, moderate (label guide: past attempt). Sixteen tablets
  taken now are not an age.
- Method-seeking: lethal doses looked up ("j'ai cherché des doses létales", "ich habe nach
  tödlichen dosen gesucht", "estive pesquisando doses letais", "ho cercato dosi letali") and
  "wie viele paracetamol sind tödlich" read none: high. A dog that ate chocolate stays out.
- Urges to hurt someone else ("ich habe den drang, meiner kleinen schwester wehzutun", "ho
  voglia di fare del male alla mia sorellina") read none: high, as in English.
- "las voces de la tele me dicen que me haga daño" read none (an idiom read "voces de la
  tele" as the neighbours' television): a command, high. "puoi tenere la mia chitarra, non mi
  servirà più" read low: a goodbye, imminent.
- An attempt stopped short on a chair with a belt ("anoche me subí a la silla con el
  cinturón") read none in all five languages: high, as in English. A tool belt or a picture to
  hang stays out. A pet to go to a good home ("aseguraos de que mi perro tenga un buen
  hogar") read none in es, fr, de and it: a goodbye, imminent, but not during a trip or for a
  litter of kittens.
- Danger from someone: an abuser's secret ("mi tío me hace guardar secretos sobre lo que me
  hace") and things thrown at the writer ("mi padre se emborracha y me tira cosas") read none
  or low in all five languages: high, as in English. Waiting outside someone's house with a
  knife ("ich stehe vor seinem haus mit einem messer") read none in German: imminent. A
  surprise party, snowballs and a cake stay everyday.
- Suicide as the only way out ("solo veo una salida", "ich sehe nur noch einen ausweg") read
  none or low in all five languages: high, as in English. "I should have died back then"
  read none in all five: a passive death wish, moderate. Pills taking effect with sleepiness
  ("las pastillas ya están haciendo efecto, tengo mucho sueño") read none in es, de and pt: an
  attempt under way, imminent. A maze, dying of laughter and allergy tablets stay out.
- Psychotic experiences without commands: food poisoned by the neighbours (fr, de, pt, it) and
  messages from the television (fr, de, it) read none or low, and so did being watched through
  the television in Spanish: moderate. Drinking to black out every day ("bebo todo dia até
  apagar", low): risky use, moderate. Slugs in the garden and the traffic news stay everyday.
- Recent self-harm and its means: a cut last night told with the time first or by its depth
  (fr), a name carved into the arm (es, fr, de, it) and a blade carried "just in case" (all
  five) read none or low: high, or imminent with the blade as the means cue. A tattoo, a pen,
  a kitchen knife and a razor for shaving stay out.
- Threats against a school: a parent's gun taken to school tomorrow read none in es, fr, de
  and it (imminent now), and everyone "going to pay" there none in fr, de and it (high). A
  water pistol, a knife for a cooking class and paying for the school trip stay everyday.
- Eating disorders: days without food with dizziness or fainting read low or moderate in es,
  fr and de (medically dangerous, high now), and vomiting on purpose or laxatives "not to gain
  weight" read none in es, de and it (purging, moderate). The flu, broken rules and a film's
  make-up stay out.
- Answers to the companion's questions: a yes behind a hedge ("bueno... sí", "ben oui", "naja
  ja", "ah sim", "beh sì") read none after "are you thinking of ending your life?" (high now),
  and an emphatic no ("claro que no", "bien sûr que non", "natürlich nicht", "claro que não",
  "certo che no") read high, as "claro", "bien sûr", "natürlich" (yes). Now they are no; to
  "are you safe right now?" they still say not safe.
- German: "gerade" written out was missing from the time slots that knew "grad" and "grade",
  so "ich habe gerade 16 tabletten genommen" read none (imminent now). "mich ... umbringen"
  with words between or the verb first ("manchmal will ich mich einfach umbringen", "ich denke
  daran, mich mit tabletten umzubringen") read none or moderate: high (imminent with the
  means named, as in English). With "nicht" in the gap it is a negation: "ich will mich
  nicht umbringen" read high and now reads below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_read_by_a_rule

MIXED = [
    ("es", "mezclé mis pastillas para dormir con alcohol anoche"),
    ("fr", "j'ai mélangé mes somnifères avec de l'alcool"),
    ("de", "ich habe meine schlaftabletten mit alkohol gemischt"),
    ("pt", "misturei meus remédios para dormir com álcool"),
    ("it", "ho mischiato i sonniferi con l'alcol"),
]
SCARED = [
    ("fr", "j'ai peur de ce que je pourrais faire"),
    ("de", "ich habe angst davor, was ich tun könnte"),
    ("pt", "tenho medo do que eu possa fazer"),
]
EATING = [
    ("fr", "je vomis après chaque repas"),
    ("fr", "je ne mérite pas de manger"),
    ("de", "ich stecke mir den finger in den hals nach dem essen"),
    ("pt", "enfio o dedo na garganta depois de comer"),
    ("pt", "não mereço comer"),
    ("it", "mi infilo le dita in gola dopo mangiato"),
    ("it", "non merito di mangiare"),
]
PASSIVE = [("es", "me parece bien morirme")]
DATED = [
    ("es", "intenté suicidarme a los 16"),
    ("fr", "j'ai fait une tentative de suicide à 16 ans"),
    ("de", "ich habe mit 16 versucht mich umzubringen"),
    ("pt", "tentei me matar aos 16"),
    ("it", "ho tentato il suicidio a 16 anni"),
    ("de", "ich habe mich vor fünf jahren fast umgebracht"),
]
GERMAN_HIGH = ["manchmal will ich mich einfach umbringen", "ich hätte mich fast umgebracht"]
# The means named beside the thought makes it imminent, as "i want to kill myself with pills"
# reads in English (the upgrade rules' means cue).
GERMAN_NOW = [
    "ich denke daran, mich mit tabletten umzubringen",
    "ich habe mich mit 16 tabletten umbringen wollen",
    "ich habe gerade 16 tabletten genommen",
    "ich habe gerade zwanzig tabletten genommen",
]

METHODS = [
    ("fr", "j'ai cherché des doses létales"),
    ("de", "ich habe nach tödlichen dosen gesucht"),
    ("de", "wie viele paracetamol sind tödlich"),
    ("pt", "estive pesquisando doses letais"),
    ("it", "ho cercato dosi letali"),
]
URGES = [
    ("de", "ich habe den drang, meiner kleinen schwester wehzutun"),
    ("it", "ho voglia di fare del male alla mia sorellina"),
]

ABORTED = [
    ("es", "anoche me subí a la silla con el cinturón"),
    ("fr", "hier soir je suis montée sur la chaise avec la ceinture"),
    ("de", "ich stand gestern abend schon auf dem stuhl mit dem gürtel"),
    ("pt", "ontem à noite subi na cadeira com o cinto"),
    ("it", "ieri sera sono salita sulla sedia con la cintura"),
]
PET_HOME = [
    ("es", "aseguraos de que mi perro tenga un buen hogar"),
    ("fr", "assurez-vous que mon chat trouve un bon foyer"),
    ("de", "bitte sorgt dafür, dass meine katze ein gutes zuhause bekommt"),
    ("it", "assicuratevi che il mio gatto trovi una buona casa"),
]

DANGER = [
    ("es", "mi tío me hace guardar secretos sobre lo que me hace"),
    ("fr", "mon oncle me dit de ne rien dire sur ce qu'il me fait"),
    ("de", "mein onkel sagt, ich darf niemandem erzählen, was er mit mir macht"),
    ("pt", "meu tio me faz guardar segredo do que ele faz comigo"),
    ("it", "mio zio mi dice di non dire a nessuno quello che mi fa"),
    ("es", "mi padre se emborracha y me tira cosas"),
    ("fr", "mon père boit et me lance des objets"),
    ("de", "mein vater trinkt und wirft dann sachen nach mir"),
    ("pt", "meu pai bebe e joga coisas em mim"),
    ("it", "mio padre beve e mi lancia le cose addosso"),
]

WAY_OUT = [
    ("es", "solo veo una salida"),
    ("es", "no hay otra salida que esa"),
    ("fr", "je ne vois qu'une seule issue"),
    ("de", "ich sehe nur noch einen ausweg"),
    ("pt", "só vejo uma saída"),
    ("it", "vedo solo una via d'uscita"),
]
SHOULD_HAVE_DIED = [
    ("es", "debería haber muerto entonces"),
    ("fr", "j'aurais dû mourir à ce moment-là"),
    ("de", "ich hätte damals sterben sollen"),
    ("pt", "eu devia ter morrido naquela época"),
    ("it", "sarei dovuta morire allora"),
]
TAKING_EFFECT = [
    ("es", "las pastillas ya están haciendo efecto, tengo mucho sueño"),
    ("de", "die tabletten wirken schon, ich werde so müde"),
    ("pt", "os remédios já estão fazendo efeito, tô com muito sono"),
]

PSYCHOSIS = [
    ("es", "creo que mi vecino me vigila por las cámaras de la tele"),
    ("fr", "je crois que la télé m'envoie des messages"),
    ("fr", "mes voisins empoisonnent ma nourriture"),
    ("de", "ich glaube, meine nachbarn vergiften mein essen"),
    ("de", "der fernseher schickt mir botschaften"),
    ("pt", "acho que meus vizinhos estão envenenando minha comida"),
    ("it", "i vicini mi avvelenano il cibo"),
    ("it", "la televisione mi manda messaggi"),
]

SKIN = [
    ("fr", "hier soir je me suis coupée plus profond que d'habitude"),
    ("es", "me grabé su nombre en el brazo"),
    ("fr", "j'ai gravé son nom sur mon bras"),
    ("de", "ich habe mir seinen namen in den arm geritzt"),
    ("it", "mi sono incisa il suo nome sul braccio"),
    ("es", "llevo una cuchilla siempre encima por si acaso"),
    ("fr", "je garde toujours une lame sur moi au cas où"),
    ("de", "ich habe immer eine klinge dabei, für den notfall"),
    ("pt", "ando sempre com uma lâmina, pra garantir"),
    ("it", "porto sempre una lametta con me, non si sa mai"),
]

WEAPON_TO_SCHOOL = [
    ("es", "mañana voy a llevar la pistola de mi padre al instituto"),
    ("fr", "demain j'apporte le flingue de mon père au lycée"),
    ("de", "morgen nehme ich die waffe von meinem vater mit in die schule"),
    ("it", "domani porto la pistola di mio padre a scuola"),
]
ALL_PAY = [
    ("fr", "demain ils vont tous payer au lycée"),
    ("de", "morgen werden alle in der schule dafür bezahlen"),
    ("it", "domani a scuola la pagheranno tutti"),
]

EATING_DANGER = [
    ("es", "llevo cinco días sin comer y me mareo al levantarme"),
    ("fr", "je n'ai rien mangé depuis quatre jours et je fais des malaises"),
    ("de", "ich habe seit fünf tagen nichts gegessen und mir wird schwarz vor augen"),
]
PURGING = [
    ("es", "vomito a propósito después de comer"),
    ("de", "ich breche absichtlich nach dem essen"),
    ("de", "ich nehme abführmittel, um nicht zuzunehmen"),
    ("it", "vomito apposta dopo mangiato"),
]

AT_LEVEL = (
    [(loc, text, RiskLevel.HIGH, "substance") for loc, text in MIXED]
    + [(loc, text, RiskLevel.MODERATE, "suicidal_ideation") for loc, text in SCARED + PASSIVE]
    + [(loc, text, RiskLevel.MODERATE, "eating_disorder") for loc, text in EATING]
    + [(loc, text, RiskLevel.MODERATE, "suicidal_ideation") for loc, text in DATED]
    + [("de", text, RiskLevel.HIGH, "suicidal_ideation") for text in GERMAN_HIGH]
    + [("de", text, RiskLevel.IMMINENT, "suicidal_ideation") for text in GERMAN_NOW]
    + [(loc, text, RiskLevel.HIGH, "method_seeking") for loc, text in METHODS]
    + [(loc, text, RiskLevel.HIGH, "harm_to_others") for loc, text in URGES]
    + [(loc, text, RiskLevel.HIGH, "suicidal_ideation") for loc, text in ABORTED]
    + [(loc, text, RiskLevel.IMMINENT, "suicidal_ideation") for loc, text in PET_HOME]
    + [(loc, text, RiskLevel.HIGH, "abuse_or_violence") for loc, text in DANGER]
    + [(loc, text, RiskLevel.HIGH, "suicidal_ideation") for loc, text in WAY_OUT]
    + [(loc, text, RiskLevel.MODERATE, "suicidal_ideation") for loc, text in SHOULD_HAVE_DIED]
    + [(loc, text, RiskLevel.IMMINENT, "suicidal_ideation") for loc, text in TAKING_EFFECT]
    + [(loc, text, RiskLevel.MODERATE, "psychosis") for loc, text in PSYCHOSIS]
    + [("pt", "bebo todo dia até apagar", RiskLevel.MODERATE, "substance")]
    + [(loc, text, RiskLevel.IMMINENT, "harm_to_others") for loc, text in WEAPON_TO_SCHOOL]
    + [(loc, text, RiskLevel.HIGH, "eating_disorder") for loc, text in EATING_DANGER]
    + [(loc, text, RiskLevel.MODERATE, "eating_disorder") for loc, text in PURGING]
    + [("de", "ich stehe vor seinem haus mit einem messer", RiskLevel.IMMINENT, "harm_to_others")]
    + [("es", "las voces de la tele me dicen que me haga daño", RiskLevel.HIGH, "psychosis")]
    + [
        (
            "it",
            "puoi tenere la mia chitarra, non mi servirà più",
            RiskLevel.IMMINENT,
            "suicidal_ideation",
        )
    ]
)


@pytest.mark.parametrize(("locale", "text", "level", "category"), AT_LEVEL)
def test_reads_at_its_level_with_its_category(
    locale: str, text: str, level: RiskLevel, category: str
) -> None:
    assert_read_by_a_rule(text, level, category, locale)


BELOW_MODERATE = [
    ("es", "mezclé el ron con coca cola"),
    ("fr", "j'ai pris mes médicaments avec de l'eau"),
    ("it", "ho mischiato il vino con l'acqua"),
    ("fr", "j'ai peur de ce que je pourrais faire à l'examen"),
    ("pt", "tenho medo do que posso fazer na prova"),
    ("de", "ich stecke mir den finger in den hals, weil eine gräte feststeckt"),
    ("pt", "coloquei o dedo na garganta porque engasguei com uma espinha"),
    ("fr", "je vomis après chaque repas depuis que je suis enceinte"),
    ("es", "no me importaría morir por mis hijos"),
    ("de", "ich will mich nicht umbringen, ich bin nur müde"),
    ("de", "ich hätte mich fast umgebracht auf der treppe"),
    ("de", "ich hab mich beim skifahren fast umgebracht lol"),
    ("de", "ich habe mich gestern mit meiner mutter gestritten"),
    ("de", "ich denke daran, mich bei der uni anzumelden"),
    ("es", "oigo las voces de la tele de los vecinos"),
    ("fr", "j'ai cherché des doses létales de chocolat pour les chiens"),
    ("de", "mein hund hat schokolade gefressen, ich habe nach tödlichen dosen gesucht"),
    ("de", "ich habe den drang, mir einen kaffee zu holen"),
    ("de", "ich habe lust, meiner schwester ein geschenk zu kaufen"),
    ("it", "ho voglia di fare una sorpresa alla mia sorellina"),
    ("it", "puoi tenere la mia chitarra, non mi servirà più perché ne ho comprata una nuova"),
    ("pt", "pesquisei doses letais de chocolate para cachorros"),
    ("it", "ho cercato le dosi letali di cioccolato per il mio cane"),
    ("fr", "je suis montée sur la chaise pour changer l'ampoule"),
    ("de", "ich stand auf dem stuhl mit dem maßband, um die gardinen zu messen"),
    ("es", "me subí a la silla con el cinturón de herramientas para colgar el cuadro"),
    ("de", "bitte sorgt dafür, dass meine katze während meines urlaubs gefüttert wird"),
    ("es", "aseguraos de que mi perro tenga un buen hogar mientras estoy de viaje"),
    ("it", "assicuratevi che i gattini trovino una buona casa"),
    ("es", "mi hermano me tira pelotas de nieve"),
    ("es", "mi amiga me pidió guardar el secreto sobre su fiesta sorpresa"),
    ("fr", "mon frère me lance des coussins pour rigoler"),
    ("fr", "ma sœur m'a dit de ne rien dire sur son nouveau copain"),
    ("de", "mein bruder wirft sachen nach mir beim spielen"),
    ("de", "ich darf niemandem erzählen, was er mir zum geburtstag schenkt"),
    ("de", "ich stehe vor seinem haus mit einem kuchen"),
    ("pt", "meu irmão joga bolas em mim na brincadeira"),
    ("pt", "minha amiga pediu pra guardar segredo sobre a festa"),
    ("it", "mio fratello mi lancia le palle di neve"),
    ("it", "mia sorella mi ha detto di non dire a nessuno del suo ragazzo"),
    ("es", "solo veo una salida del laberinto"),
    ("es", "debería haber muerto de risa jaja"),
    ("es", "las pastillas para la alergia ya hacen efecto, tengo sueño"),
    ("es", "mis pastillas ya hacen efecto, me siento mejor"),
    ("fr", "je ne vois qu'une seule sortie du parking"),
    ("fr", "j'aurais dû mourir de rire mdr"),
    ("de", "ich sehe nur einen ausweg aus diesem dilemma: kündigen"),
    ("de", "die schlaftabletten wirken schon, ich werde müde, gute nacht"),
    ("de", "ich hätte vor lachen sterben sollen haha"),
    ("pt", "só vejo uma saída pra esse problema: pedir demissão"),
    ("it", "vedo solo una via d'uscita dal labirinto"),
    ("it", "sarei dovuta morire dal ridere"),
    # A sweep of everyday messages sharing the new rules' words: four read moderate, and the
    # rules were narrowed (dying of old age one day, a cake or a pizza not deserved).
    ("es", "mezclé las pastillas de vitaminas con el zumo"),
    ("es", "me parece bien morirme de viejo algún día"),
    ("fr", "j'ai pris mes cachets avec un verre de vin au dîner"),
    ("fr", "je vomis après chaque repas depuis la gastro"),
    ("fr", "je ne mérite pas de manger ce gâteau, tu es trop gentille"),
    ("de", "ich habe mir den finger in den hals gesteckt, um die gräte rauszuholen"),
    ("de", "ich habe angst davor, was ich in der prüfung tun könnte"),
    ("pt", "não mereço comer esse bolo todo kkk"),
    ("it", "ho mischiato il vino e l'acqua frizzante"),
    ("it", "non merito di mangiare tutta questa pizza ahah"),
    ("it", "mi lancia le cose addosso quando giochiamo a palla"),
    ("es", "la tele me vigila, jaja es broma, es el anuncio de una cámara"),
    ("fr", "la radio m'envoie des messages de promo toute la journée mdr"),
    ("fr", "mes voisins empoisonnent les limaces du jardin"),
    ("de", "meine nachbarn vergiften die schnecken im garten"),
    ("pt", "bebo todo dia até tarde no bar com os amigos"),
    ("it", "la radio mi manda i messaggi del traffico"),
    ("it", "i vicini avvelenano le lumache"),
    ("es", "me grabé su nombre en el brazo con un tatuaje"),
    ("es", "llevo una cuchilla siempre encima por si acaso, trabajo en una obra"),
    ("fr", "hier soir je me suis coupée en cuisinant"),
    ("fr", "j'ai écrit son nom sur mon bras au stylo"),
    ("fr", "je garde toujours un rasoir au cas où, pour me raser en voyage"),
    ("pt", "ando sempre com uma gilete pra garantir, pra barbear"),
    ("it", "porto sempre una lametta per sicurezza, per la barba"),
    ("it", "mi sono tagliata il dito sul pane"),
    ("es", "mañana llevo la pistola de agua al colegio para la fiesta"),
    ("fr", "ils vont tous payer pour le voyage scolaire"),
    ("de", "morgen werden alle für die klassenfahrt bezahlen"),
    ("de", "ich nehme das messer mit in die schule für den kochkurs"),
    ("it", "domani porto la pistola ad acqua a scuola"),
    ("de", "ich breche absichtlich die regeln"),
    ("de", "ich habe seit tagen nichts gegessen, weil ich die grippe habe, mir ist schwindelig"),
    ("it", "vomito apposta per il film? no, è il trucco"),
    ("fr", "j'apporte un couteau au bureau pour couper le gâteau"),
    ("de", "ich nehme ein messer mit in die arbeit, um den kuchen zu schneiden"),
    ("it", "porto un coltello in ufficio per tagliare la torta"),
]


@pytest.mark.parametrize(("locale", "text"), BELOW_MODERATE)
def test_the_everyday_twins_stay_below_moderate(locale: str, text: str) -> None:
    result = screen(text, locale=locale)
    assert result.level.rank < RiskLevel.MODERATE.rank, (text, result.level)


# High or above: recent self-harm and its means (the blade is a means cue, so some read
# imminent), and everyone at school "going to pay" (imminent with a time).
AT_LEAST_HIGH = [(loc, text, "self_harm") for loc, text in SKIN] + [
    (loc, text, "harm_to_others") for loc, text in ALL_PAY
]


@pytest.mark.parametrize(("locale", "text", "category"), AT_LEAST_HIGH)
def test_reads_high_or_above_with_its_category(locale: str, text: str, category: str) -> None:
    result = screen(text, locale=locale)
    assert result.level.rank >= RiskLevel.HIGH.rank, (text, result.level)
    assert category in result.categories


THOUGHTS = {
    "es": "¿estás pensando en quitarte la vida?",
    "fr": "est-ce que tu penses à mettre fin à tes jours ?",
    "de": "denkst du daran, dir das leben zu nehmen?",
    "pt": "você está pensando em tirar a própria vida?",
    "it": "stai pensando di toglierti la vita?",
}
SAFE = {
    "es": "¿estás a salvo ahora mismo?",
    "fr": "est-ce que tu es en sécurité maintenant ?",
    "de": "bist du gerade in sicherheit?",
    "pt": "você está em segurança agora?",
    "it": "sei al sicuro adesso?",
}
HEDGED_YES = [
    ("es", "bueno... sí"),
    ("es", "obvio"),
    ("fr", "ben oui"),
    ("de", "naja ja"),
    ("pt", "pior que sim"),
    ("it", "beh sì"),
]
EMPHATIC_NO = [
    ("es", "claro que no"),
    ("fr", "bien sûr que non"),
    ("de", "natürlich nicht"),
    ("pt", "claro que não"),
    ("it", "certo che no"),
]


@pytest.mark.parametrize(("locale", "answer"), HEDGED_YES)
def test_a_hedged_yes_to_thoughts_of_suicide_is_high(locale: str, answer: str) -> None:
    result = screen(answer, locale=locale, context=[THOUGHTS[locale]])
    assert result.level is RiskLevel.HIGH, (answer, result.level)


@pytest.mark.parametrize(("locale", "answer"), EMPHATIC_NO)
def test_an_emphatic_no_is_no(locale: str, answer: str) -> None:
    to_thoughts = screen(answer, locale=locale, context=[THOUGHTS[locale]])
    to_safety = screen(answer, locale=locale, context=[SAFE[locale]])
    assert to_thoughts.level.rank < RiskLevel.MODERATE.rank, (answer, to_thoughts.level)
    assert to_safety.level is RiskLevel.HIGH, (answer, to_safety.level)
