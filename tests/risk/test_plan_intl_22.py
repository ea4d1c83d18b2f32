"""rules-1.12 (fr-de, es-pt-it): plans with a means and a time, in French, German, Spanish,
Portuguese and Italian, said without suicide, kill or die.

Rules {code}.r12.plan.take_all and {code}.r12.plan.act_time in patterns.yaml (between the
fr-de markers in fr and de, the es-pt-it markers in es, pt and it). Each is a co-occurrence
rule built from per-language lists, within one message and no question:

- a time: tonight ("ce soir", Quebec "a soir", "heute nacht", Austrian "heut auf d nacht",
  Swiss "huet znacht", "esta noche", "hoy en la noche", "ahorita", "al rato", "hj a noite",
  "de madrugada", "stasera", "stanotte"), tomorrow, a weekday, in an hour, at midnight, after
  work, a shift or the funeral, when the others are asleep or the kids at school;
- take_all: a first-person taking or swallowing of all the pills, the whole box, strip or
  bottle, or the pills that were saved up ("que j'ai gardees", "die ich gesammelt hab", "q
  junte", "que fui guardando", "che ho messo da parte"), also in the German future ("heute
  nacht werde ich alle tabletten nehmen");
- act_time: a first-person act with a means (hanging oneself, jumping from a bridge, a roof
  or the nth floor, under a train, lying on the tracks, the veins or wrists, the car into a
  tree, into the water and not back, a rope ready); going to a bridge, viaduct or the tracks
  with an ending ("j'en finis", "adieu", "dann ist schluss", "das wars", "se acaba todo", "no
  vuelvo", "e acaba tudo", "la faccio finita", "e basta") or, in Portuguese, when everyone is
  asleep; a weapon, rope or the pills beside "j'en finis", "mach ein ende", "zieh es durch",
  "acabo con todo", "termino con todo", "acabo com tudo", "la faccio finita", "lo faccio".

Each list keeps out the everyday sense of its words: parties, trips, films, games, the usual
or prescribed pills and the pills for pain, sleep or blood pressure, cough syrup, a box of
chocolates or a pizza, bungee jumps, parachutes and diving boards, swimming and the sea,
sunsets, fireworks and photos, "me jogo no sofa", "mi butto nel lavoro", "je me noie dans les
revisions", "je me jette dans le premier train", a hypothetical, a patient or someone else.

The phrasings are the helper's own probe (informal, no accents or with them, chat spellings,
regional forms); none is copied from a data set. Every POSITIVE screened below high on main
before this change (`screen(text, locale)`: 193 none and 17 moderate; at the pattern layer 207
of 210 were none). Of the other probes, 41 already reached high or imminent on main and are
left out, and 4 stay below: "c'est decide" after going to the tracks, "c'est la fin" with pills
at hand, a rope fetched "et c'est termine" (words too common in everyday plans to carry a
rule), "todas" after a comma. The TWINS stay below moderate through `screen` and the pattern
layer; 15 further twins were left out because they already screened moderate or above on main
(the classifier on "esta noche me tomo las pastillas para dormir como siempre" and "hoje a
noite tomo meus remedios como sempre", the haircut rules, "j'en finis avec ce dossier", "la
faccio finita con questa storia").
"""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen
from mindline.risk.screen import _pattern_pass

POSITIVES_FR = [
    "ce soir je prends toutes les pilules que j'ai gardées",
    "ce soir j'avale toute la boite de somniferes et c'est fini",
    "cette nuit je vais au pont et j'en finis",
    "a soir je prends mon char pis je fonce dans un mur, j'en peux pu",
    "dimanche je vais a la falaise et je saute, j'ai pris ma décision",
    "ce soir quand les enfants dormiront je prends tous les cachets que j'ai mis de coté",
    "a minuit j'avale tous mes medocs d'un coup",
    "ce soir la corde est prete dans le grenier",
    "jvais prendre la voiture cette nuit et me jeter dans le ravin",
    "ce soir je vais me noyer dans la mer, personne le saura avant demain",
    "ce soir je saute du 8eme, c'est decidé",
    "ce soir je prend tt les cachets ke jai garder",
    (
        "vendredi soir je prends les medocs que j'ai stockés depuis des semaines, plus "
        "jamais de douleur"
    ),
    "dans 1h je vais sur le pont, adieu",
    "j'ai gardé toutes mes plaquettes de xanax, ce soir je les prends toutes",
    "cette nuit jvais sur la voie ferree et c'est fini pour moi",
    "demain soir je me pends dans le garage",
    "ce soir quand ma femme dormira je prends le flingue et j'en finis",
    "samedi je vais au viaduc et je saute",
    "ce soir c'est decidé, je prends toute la boite de doliprane",
    "demain je me jette sous le train de 7h",
    "ce soir je vais au bord de la riviere et je me laisse couler",
    "j'ai une corde et ce soir c'est la bonne, je ferai pas de retour en arriere",
    "a soir chu rendu au boutte, j'vais prendre toutes mes pilules",
    "apres le travail je prends la voiture et je fonce dans un arbre, c'est fini",
    "ce soir je mets fin a tout avec les medicaments que j'ai economisés",
    "cette nuit je vais faire le grand saut depuis le toit",
    "dimanche apres la messe je prends tous les cachets de ma mere",
    "jsuis a bout, ce soir j'avale toutes les gelules du tiroir",
    "apres-demain je vais au viaduc et je reviendrai pas",
    "tantot j'me pends dans le sous-sol",
    "ce soir une fois ma blonde couchee je saute du pont jacques-cartier",
    "demain matin je me jette sous le rer",
    "a 23h je prends tous les somniferes que j'ai stockes",
    "cette nuit je m'ouvre les veines dans la baignoire",
    "samedi soir je vais jusqu'au pont et adieu",
    "je vais prendre toutes mes pilules ce soir",
    "ce soir, je vais avaler tous les cachets qui restent dans l'armoire",
    "vendredi je me jette sous un train",
    "ce soir jvais sauter du balcon",
    "dans deux heures je me tire une balle",
    "demain matin je vais me noyer dans le lac",
]

POSITIVES_DE = [
    "heute Nacht fahre ich zur Brücke und dann ist Schluss",
    "heute abend nehm ich alle tabletten die ich gesammelt hab",
    "heute nacht nehm ich die ganze packung schlaftabletten, dann ist es vorbei",
    "nach der arbeit geh ich zu den gleisen und das wars dann",
    "morgen früh wenn die kinder in der schule sind häng ich mich auf",
    "heut auf d nacht nimm i alle tabletten, dann is ruah",
    "hüt znacht gang i uf d brugg und spring",
    "in einer stunde spring ich von der brücke",
    "um mitternacht schluck ich alle pillen auf einmal",
    "am sonntag fahr ich mit dem auto gegen einen baum, dann ist endlich ruhe",
    "heute nacht mach ich schluss mit allem, die tabletten liegen schon da",
    "ich hab die pistole von meinem vater, heute abend beende ich alles",
    "heute nacht geh ich ins wasser und komm nicht mehr zurück",
    "nach der beerdigung nehm ich alle tabletten von oma",
    "heute abend spring ich vom dach, ich hab mich entschieden",
    "heut nacht nehm ich alle tabl die ich gebunkert hab",
    "freitag abend schluck ich die ganzen medis die ich gespart hab, nie wieder schmerzen",
    "ich hab alle meine xanax aufgehoben, heute nehm ich sie alle",
    "heute nacht leg ich mich auf die gleise, dann ist alles vorbei",
    "morgen abend häng ich mich in der garage auf",
    "heute nacht wenn meine frau schläft nehm ich die waffe und mach ein ende",
    "samstag geh ich zur talbrücke und spring runter",
    "heute abend ist es entschieden, ich nehm die ganze packung",
    "morgen werf ich mich vor den zug um 7",
    "heute abend geh ich an den fluss und lass mich treiben bis es vorbei ist",
    "ich hab einen strick und heute nacht zieh ich es durch",
    "heute nach der schicht fahr ich mit dem auto gegen die wand, dann ist ruhe",
    "heute nacht setz ich allem ein ende mit den tabletten die ich gespart hab",
    "heute nacht geh ich vom hochhaus runter",
    "am sonntag nach der kirche nehm ich alle tabletten von mama",
    "wenn alle schlafen nehm ich die ganzen tabletten, dann hat das ein ende",
    "morgen früh wenn alle weg sind schluck ich die ganzen tabletten",
    "heut abend spring ich vom parkhaus, ich kann nicht mehr",
    "nach der schicht leg ich mich auf die schienen",
    "in zwei stunden fahr ich zur brücke und komm nicht mehr zurück",
    "heute nacht nehm ich alle medikamente von papa",
    "morgen abend erschieß ich mich mit dem gewehr vom opa",
    "sonntag nacht fahr ich mit dem auto gegen einen brückenpfeiler",
    "heute nacht werde ich alle tabletten nehmen",
    "ich werde heute abend alle meine tabletten schlucken",
    "morgen früh spring ich von der autobahnbrücke",
    "heute nacht, wenn alle schlafen, häng ich mich auf",
    "am freitag werf ich mich vor den zug",
    "gleich spring ich vom balkon",
    "in 2 stunden erschieß ich mich",
    "heute abend schluck ich alle meine schlaftabletten auf einmal",
]

POSITIVES_ES = [
    "esta noche me tomo todas las pastillas que guardé",
    "hoy en la noche me aviento del puente, ya no aguanto",
    "despues del trabajo me voy a las vias del tren y se acaba todo",
    "mañana cuando los niños esten en la escuela me cuelgo en el garage",
    "esta noche me tomo toda la caja de clonazepam y listo",
    "ahorita voy al puente y me tiro, ya decidi",
    "el domingo me tiro del acantilado, ya lo decidi",
    "en una hora me tiro a las vias",
    "a medianoche me trago todas las pastis de una",
    "esta noche agarro el auto y me estrello contra un arbol, se termino",
    "la cuerda ya esta lista en el garaje, esta noche",
    "esta noche me meto al mar y no vuelvo",
    "despues del funeral me tomo todas las pastillas de mi abuela",
    "hoy a la noche me tiro del balcon del piso 10, ya fue",
    "el viernes me tomo las pastillas que fui guardando, nunca mas dolor",
    "en 1 hora estoy en el puente, adios a todos",
    "esta noche me corto las venas con el cuchillo, es mi ultima noche",
    "guarde todas mis pastillas de rivotril, esta noche me las tomo todas",
    "esta noche me acuesto en las vias y se acabo",
    "mañana en la noche me ahorco en el garaje",
    "esta noche cuando mi esposa duerma agarro el arma y termino con todo",
    "el sabado voy al viaducto y salto",
    "ya decidi, esta noche me tomo la caja entera",
    "mañana me tiro al tren de las 7",
    "esta noche voy al rio y me dejo llevar hasta que se acabe",
    "re decidido, hoy a la noche me tomo todas las pastis, chau",
    "despues del laburo me tiro abajo del tren",
    "esta noche acabo con todo con las pastillas que ahorre",
    "esta noche me tiro de la azotea del edificio",
    "el domingo despues de misa me tomo todas las pastillas de mi mama",
    "cuando todos esten dormidos me tomo todo el frasco y se termina",
    "al rato me tomo todas las pastillas de mi mama",
    "esta noche cuando los ninos se duerman me ahorco",
    "manana temprano me tiro abajo del metro",
    "a las 3 me trago todo el blister y chau",
    "el sabado me tiro desde el piso 12",
    "despues del velorio me voy a las vias y no vuelvo",
    "esta noche me meto todas las pastis que vengo juntando",
    "esta noche cuando todos duerman me voy a colgar",
    "el viernes me tiro abajo de un tren",
    "hoy me tiro del balcon",
    "en dos horas me pego un tiro",
]

POSITIVES_PT = [
    "hoje vou pro viaduto depois que todos dormirem",
    "depois do trabalho vou pros trilhos do trem e acaba tudo",
    "amanha quando as crianças estiverem na escola eu me enforco na garagem",
    "essa noite eu tomo tudo que juntei e acabo com tudo",
    "esta noite atiro-me da ponte, ja decidi",
    "no domingo vou ao penhasco e pulo",
    "daqui a uma hora me jogo da ponte",
    "hoje a noite pego o carro e bato numa arvore, acabou",
    "a corda ja ta pronta na garagem, hoje a noite",
    "hoje a noite entro no mar e nao volto",
    "hj de madrugada pulo do predio, ja era",
    "hj a noite tomo tds os remedio q juntei",
    "sexta a noite tomo os comprimidos que fui guardando, nunca mais dor",
    "daqui 1 hora to na ponte, adeus a todos",
    "hoje a noite corto os pulsos com a faca, e minha ultima noite",
    "guardei todos os meus comprimidos de clonazepam, hoje tomo todos",
    "hoje a noite deito nos trilhos e acabou",
    "amanha a noite me enforco na garagem",
    "hoje quando minha esposa dormir pego a arma e acabo com tudo",
    "sabado vou pra ponte e pulo",
    "ja decidi, hoje a noite tomo a caixa inteira",
    "amanha me jogo na frente do trem das 7",
    "esta noite vou para o rio e deixo-me ir ate acabar",
    "hoje a noite vou a linha do comboio e acabo com isto",
    "depois do serviço me jogo na frente do onibus",
    "hoje de madrugada me jogo do terraço do prédio",
    "domingo depois da missa tomo todos os remedios da minha mae",
    "quando todo mundo dormir tomo o frasco inteiro e acaba",
    "hoje de noite engulo todos os comprimidos da minha mae",
    "amanha cedo me jogo na frente do metro",
    "quando meus pais dormirem eu me enforco no quarto",
    "hj a noite vou pra ponte e pulo",
    "daqui a duas horas tomo a caixa inteira de rivotril",
    "esta noite atiro-me para a linha do comboio",
    "no sabado a noite pulo do predio, ja era",
    "sexta me jogo na frente de um trem",
    "hoje eu pulo da janela",
    "daqui duas horas dou um tiro na cabeça",
]

POSITIVES_IT = [
    "stasera prendo tutte le gocce e la faccio finita",
    "stasera prendo tutte le pillole che ho messo da parte",
    "stanotte vado sul ponte e la faccio finita",
    "dopo il lavoro vado sui binari e basta",
    "stanotte mi prendo tutta la scatola di sonniferi e chiudo",
    "stasera mi butto dal ponte, ho deciso",
    "domenica vado alla scogliera e mi butto",
    "tra un ora mi butto sotto il treno",
    "a mezzanotte mi ingoio tutte le pastiglie in una volta",
    "stasera prendo la macchina e mi schianto contro un albero, e finita",
    "ho la pistola di mio padre, stasera chiudo con tutto",
    "stanotte entro in mare e non torno",
    "dopo il funerale prendo tutte le pillole della nonna",
    "stanotte mi butto dal decimo piano, basta",
    "stasera prendo tt le pillole ke ho conservato",
    "venerdi sera prendo le compresse che ho messo via, mai piu dolore",
    "stanotte mi taglio le vene col coltello, e la mia ultima notte",
    "ho conservato tutti gli xanax, stasera li prendo tutti",
    "stanotte mi stendo sui binari e finisce tutto",
    "stasera quando mia moglie dorme prendo la pistola e la faccio finita",
    "sabato vado al viadotto e salto",
    "domani mi butto sotto il treno delle 7",
    "stasera vado al fiume e mi lascio andare finche finisce",
    "stasera mi butto giu dal tetto e chiudo con tutto",
    "dopo il turno mi butto sotto un camion",
    "stanotte chiudo i conti con la vita con le pillole che ho risparmiato",
    "stanotte mi butto dal terrazzo del palazzo",
    "domenica dopo la messa prendo tutte le pillole di mia madre",
    "quando tutti dormono mi prendo tutto il flacone e finisce qui",
    "stanotte quando i miei dormono prendo tutte le pastiglie",
    "domani mattina mi lancio dal viadotto",
    "fra un paio d ore mi butto giu dal ponte",
    "dopo il funerale mi stendo sui binari",
    "stasera butto giu tutte le compresse che ho nascosto",
    "domenica sera vado sul ponte e addio",
    "oggi dopo il lavoro mi schianto con la macchina contro un albero",
    "stasera mi prendo tutte le pillole",
    "domani sera mi butto giu dal ponte",
    "venerdi mi butto sotto un treno",
    "oggi salto dalla finestra",
    "tra due ore mi sparo",
    "stasera mi ingoio tutto il flacone",
]

TWINS_FR = [
    "ce soir je prends le train pour Lyon",
    "ce soir je prends toutes mes pilules comme d'habitude",
    "demain je prends tous mes médicaments avec le petit dej comme prescrit",
    "cette nuit je vais au pont voir les feux d'artifice",
    "ce soir je passe sur le pont pour rentrer chez moi",
    "a soir je prends mon char pour aller au chalet",
    "dimanche je vais a la falaise pour faire de l'escalade",
    "demain je saute en parachute, trop hâte",
    "ce soir je prends toute la boite de chocolats devant netflix",
    "cette nuit je vais sur le toit regarder les etoiles",
    "dans une heure je prends le train, j'en peux plus d'attendre",
    "à minuit je prends le dernier metro",
    "demain apres le boulot je vais au bord de la riviere pecher",
    "ce soir la corde est prete pour l'escalade de demain",
    "samedi je vais au viaduc de millau prendre des photos",
    "ce soir je me jette sur mon lit et je dors",
    "demain j'en finis avec les partiels",
    "ce soir je fonce chez toi",
    "cette nuit je dors chez ma soeur",
    "apres l'enterrement on va tous manger chez ma tante",
    "ce week-end je vais a la mer, enfin des vacances",
    "demain matin je prends tous les cachets que le medecin m'a donnes",
    "ce soir je prends mon doliprane et au lit",
    "dans 1h je vais au lac me baigner avec les potes",
    "mon patient m'a dit: ce soir je prends toutes les pilules, comment réagir?",
    "ce soir je vais sur les quais avec les copines",
    "vendredi soir je prends le tgv pour Paris",
    "dimanche je saute du plongeoir de 10m, je stresse",
    "ce soir je fais le grand saut, je lui demande de m'epouser",
    "demain je mets fin a mon abonnement de salle",
    "ce soir c'est la fin de la saison, trop triste",
    "apres le travail je rentre en voiture, y a des bouchons",
    "demain je me jette dans le premier train pour Paris",
    "ce soir je me noie dans les revisions",
    "je me suis tiré une balle dans le pied ce soir avec cette réunion",
    "ce soir je saute du pont en saut a l'elastique, trop hate",
    "cette nuit je dors au chalet, on se voit demain",
    "ce soir je prends tous les medocs de la semaine pour remplir le pilulier",
    "demain je vais a la falaise d'etretat avec ma blonde",
    "a soir je prends le metro jusqu'au pont",
    "dimanche je prends toutes les photos du mariage",
    "ce soir je les prends tous en photo, les petits",
    "ce soir je vais prendre toutes mes affaires chez ma mere",
    "demain je vais me jeter a l'eau et lui dire",
]

TWINS_DE = [
    "heute Nacht fahre ich über die Brücke nach Hause",
    "heute abend nehm ich meine tabletten wie immer",
    "heute nacht nehm ich alle tabletten die der arzt verschrieben hat",
    "morgen früh geh ich zur brücke joggen",
    "nach der arbeit geh ich zu den gleisen, da ist der bahnhof",
    "heute abend spring ich vom 10 meter brett",
    "in einer stunde bin ich an der brücke, holst du mich ab?",
    "am sonntag fahr ich mit dem auto zu oma",
    "heute nacht mach ich schluss mit ihm, ich halt das nicht mehr aus",
    "heute abend mach ich schluss mit der arbeit und geh ins bett",
    "ich hab ein seil für die wäscheleine gekauft",
    "heute abend geh ich an den fluss grillen",
    "morgen fahr ich ans meer, endlich urlaub",
    "heut nacht geh ich aufs dach sterne schauen",
    "heute abend nehm ich die ganze packung chips mit zum film",
    "nach der schicht fahr ich nach hause und schlaf",
    "heute abend ess ich die ganze packung kekse",
    "um mitternacht spring ich in den pool",
    "wenn alle schlafen schleich ich mich in die küche",
    "heute nacht zieh ich es durch und lern bis morgen früh",
    "heute nach der arbeit ist endlich ruhe, dann ist schluss mit stress",
    "am samstag fahr ich zur talbrücke fotos machen",
    "heute abend hau ich mich aufs sofa",
    "gleich nehm ich eine tablette gegen die kopfschmerzen",
    "heute abend bin ich auf der brücke beim feuerwerk",
    "morgen werf ich mich in die arbeit",
    "heute abend nehm ich die s-bahn nach hause",
    "nach der beerdigung gehen wir alle essen",
    "heute nacht häng ich die wäsche auf",
    "hüt znacht gang i mit de kollege in usgang",
    "heut auf d nacht nimm i mei tablettn wie immer",
    "dieses wochenende geh ich schwimmen im fluss",
    "heute abend mach ich ein ende mit dem projekt",
    "mein patient sagt heute nacht spring ich von der brücke, wie reagiere ich?",
    "heute nachmittag geh ich ins wasser, es ist so heiss",
    "heute abend häng ich mich rein und lern",
    "morgen fahr ich gegen mittag zu dir",
    "heute abend nehm ich alle tabletten mit in den urlaub",
    "um 8 geh ich zur brücke, da treff ich die anderen",
    "heute nacht leg ich mich früh hin",
    "in einer stunde nehm ich den zug nach wien",
    "heute abend spring ich kurz zum supermarkt",
    "nach der arbeit fahr ich zur brucke und hol das paket ab",
    "heute nacht schluck ich meinen stolz runter und ruf sie an",
    "heute abend werde ich alle tabletten mitnehmen, die ich für den urlaub brauche",
    "ich werde morgen alle pillen nehmen, die der arzt verschrieben hat",
    "heute abend werd ich alle kekse essen",
]

TWINS_ES = [
    "hoy en la noche voy al puente a ver los fuegos artificiales",
    "despues del trabajo paso por las vias del tren para llegar a casa",
    "manana cuando los ninos esten en la escuela limpio el garage",
    "ahorita voy al puente a tomar fotos del atardecer",
    "el domingo voy al acantilado a pescar",
    "en una hora me tiro a la piscina",
    "esta noche me tiro en el sofa a ver pelis",
    "a medianoche me tomo un te y a dormir",
    "esta noche agarro el auto y me voy a la playa",
    "tengo una cuerda para tender la ropa",
    "esta noche me meto al mar a nadar con mis amigos",
    "despues del funeral nos juntamos todos en casa de mi tia",
    "hoy a la noche me tiro en la cama y no me levanto hasta el lunes",
    "el viernes me tomo las vacaciones por fin",
    "en 1 hora estoy en el puente, esperame ahi",
    "el sabado voy al viaducto en bici",
    "ya decidi, esta noche me como la caja entera de galletas",
    "manana me subo al tren de las 7",
    "esta noche voy al rio con los chicos",
    "tengo una soga para el columpio de los nenes",
    "hoy a la noche salgo con las pibas, chau",
    "despues del laburo me tomo una birra",
    "esta noche acabo con todo el trabajo pendiente",
    "el domingo despues de misa comemos en casa de mi mama",
    "cuando todos esten dormidos me como el pastel que sobro",
    "me cuelgo la mochila y me voy, esta noche llego",
    "mi paciente me dijo esta noche me tiro del puente, que hago",
    "esta noche me tiro al agua en la alberca",
    "manana me aviento a decirle que la quiero",
    "hoy en la noche voy a la azotea a ver las estrellas",
    "esta noche se acaba todo, ultimo capitulo de la serie",
    "esta noche me tiro en el sillon a ver el partido",
    "manana me subo al metro temprano",
    "hoy en la noche me pego un tiro si pierde el america jaja",
    "esta noche me tomo todas las cervezas del refri",
    "el sabado salto del avion en paracaidas, que nervios",
    "ahorita me voy al rio a lavar la ropa",
    "esta noche me echo en la cama temprano",
    "el domingo me tiro a la playa todo el dia",
    "despues del trabajo me voy al puente a correr",
    "esta noche me voy a colgar del telefono con mi novia",
    "el viernes me subo a un tren a madrid",
    "hoy me tiro a dormir temprano",
]

TWINS_PT = [
    "hoje à noite vou à ponte ver o pôr do sol",
    "depois do trabalho vou pros trilhos tirar fotos do trem",
    "amanha quando as crianças estiverem na escola eu limpo a garagem",
    "essa noite eu tomo tudo que sobrou do vinho kkk",
    "esta noite vou a ponte com a galera",
    "no domingo vou ao penhasco fazer rapel",
    "daqui a uma hora me jogo na cama",
    "a meia noite tomo um cha e durmo",
    "hoje a noite pego o carro e vou pra praia",
    "tenho uma corda pro varal",
    "hoje a noite entro no mar pra nadar",
    "depois do enterro vamos todos pra casa da minha tia",
    "hj de madrugada pulo da cama pra ver o jogo",
    "sexta a noite tomo umas com os amigos",
    "daqui 1 hora to na ponte, me espera la",
    "hoje a noite corto o cabelo sozinha",
    "sabado vou pra ponte pescar",
    "ja decidi, hoje a noite como a caixa inteira de bombom",
    "amanha pego o trem das 7",
    "hoje a noite vou a linha do comboio apanhar o comboio para lisboa",
    "depois do servico me jogo no sofa",
    "hoje de madrugada vou pro terraco ver a lua",
    "domingo depois da missa almoço na casa da minha mae",
    "quando todo mundo dormir eu como o resto do bolo",
    "hoje quando minha esposa dormir vejo o jogo",
    "hoje vou pro viaduto do cha, depois que todos dormirem volto pra casa",
    "meu paciente disse hoje a noite me jogo da ponte, o que faço",
    "hoje a noite me jogo na balada",
    "amanha me jogo de cabeça no projeto novo",
    "essa noite tomo o frasco inteiro de xarope pra tosse",
    "sábado vou pra ponte e pulo no rio com a galera",
    "amanha me jogo no mar logo cedo",
    "hoje a noite me jogo no trem pra ir pra casa",
    "hoje dou um tiro no alvo no clube de tiro",
    "essa noite tomo todas as cervejas da geladeira",
    "hoje a noite vou pra ponte correr com o grupo",
    "no sabado pulo de paraquedas, to nervosa",
    "hoje de madrugada vou pro aeroporto",
    "daqui a uma hora tomo meu remedio da pressao",
    "hj a noite me jogo na pista de danca",
    "amanha cedo pego o onibus das 6",
    "hoje vou tomar todas as providencias",
    "sexta pego um trem pra sao paulo",
]

TWINS_IT = [
    "stasera prendo le gocce per la pressione",
    "stasera prendo tutte le pillole come sempre",
    "domani mattina prendo tutte le compresse che mi ha dato il medico",
    "stanotte vado sul ponte a vedere i fuochi",
    "dopo il lavoro vado al binario 3 a prendere il treno",
    "domani quando i bambini sono a scuola pulisco il garage",
    "stasera mi butto sul divano e guardo un film",
    "domenica vado alla scogliera a fare il bagno",
    "tra un ora prendo il treno per milano",
    "a mezzanotte mi mangio tutta la scatola di biscotti",
    "stasera prendo la macchina e vado al mare",
    "ho una corda per stendere i panni",
    "stanotte entro in mare per un bagno di mezzanotte",
    "dopo il funerale andiamo tutti a casa della zia",
    "stasera mi butto nel lavoro e non penso a niente",
    "venerdi sera prendo le ferie finalmente",
    "tra 1 ora sono sul ponte, aspettami li",
    "stasera mi taglio i capelli da sola",
    "sabato vado al viadotto in bici",
    "domani prendo il treno delle 7",
    "stasera vado al fiume con gli amici",
    "dopo il turno mi butto a letto",
    "stanotte chiudo con tutto il lavoro arretrato",
    "stanotte vado sul tetto a vedere le stelle",
    "domenica dopo la messa pranzo da mia madre",
    "quando tutti dormono mi mangio il resto della torta",
    "stasera quando mia moglie dorme guardo la partita",
    "stasera mi butto, le chiedo di uscire",
    "il mio paziente dice stasera mi butto dal ponte, cosa faccio",
    "stasera prendo tutto il flacone di sciroppo per la tosse, sto malissimo",
    "domani mi butto nel progetto nuovo",
    "stasera prendo la corda per l'arrampicata di domani",
    "stanotte vado sui binari a fotografare il treno storico",
    "domani mi butto in mare appena arrivo",
    "stasera mi butto nel treno e torno a casa",
    "stasera mi sparo tutta la serie",
    "stasera le prendo tutte a calcetto",
    "sabato salto col paracadute, che ansia",
    "stasera prendo tutti i biglietti per il concerto",
    "stanotte vado al mare con gli amici",
    "domani dopo il lavoro vado al ponte a correre",
    "tra un ora mi butto sotto la doccia",
    "stasera mi lancio, le scrivo",
    "stasera mi prendo tutte le serie arretrate",
    "venerdi prendo un treno per roma",
]


POSITIVES = [
    (code, text)
    for code, texts in (
        ("fr", POSITIVES_FR),
        ("de", POSITIVES_DE),
        ("es", POSITIVES_ES),
        ("pt", POSITIVES_PT),
        ("it", POSITIVES_IT),
    )
    for text in texts
]
TWINS = [
    (code, text)
    for code, texts in (
        ("fr", TWINS_FR),
        ("de", TWINS_DE),
        ("es", TWINS_ES),
        ("pt", TWINS_PT),
        ("it", TWINS_IT),
    )
    for text in texts
]


def test_counts() -> None:
    assert len(POSITIVES) >= 100
    assert len(TWINS) >= 150
    assert len(set(POSITIVES)) == len(POSITIVES)
    assert len(set(TWINS)) == len(TWINS)


@pytest.mark.parametrize(("code", "text"), POSITIVES)
def test_plan_with_means_and_time_is_imminent(code: str, text: str) -> None:
    assert _pattern_pass(text)[0] is RiskLevel.IMMINENT
    assert screen(text, locale=code).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(("code", "text"), POSITIVES)
def test_an_r12_plan_rule_of_the_language_fires(code: str, text: str) -> None:
    hits = _pattern_pass(text)[1]
    assert any(
        h.rule.id.startswith(f"{code}.r12.plan.") and h.level is RiskLevel.IMMINENT for h in hits
    )


@pytest.mark.parametrize(("code", "text"), TWINS)
def test_twins_stay_below_moderate(code: str, text: str) -> None:
    assert _pattern_pass(text)[0].rank < RiskLevel.MODERATE.rank
    assert screen(text, locale=code).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    "text",
    [
        "mon patient m'a dit: ce soir je prends toutes les pilules, comment réagir?",
        "meu paciente disse hoje a noite me jogo da ponte, o que faço",
        "il mio paziente dice stasera mi butto dal ponte, cosa faccio",
    ],
)
def test_a_patient_quoted_is_not_the_writer(text: str) -> None:
    hits = _pattern_pass(text)[1]
    assert not any(".r12." in h.rule.id and h.about == "self" for h in hits)


def test_a_question_or_a_hypothetical_does_not_fire() -> None:
    for text in (
        "si je prends toutes les pilules ce soir, il se passe quoi?",
        "wenn ich heute nacht alle tabletten nehme, was passiert dann?",
        "y si esta noche me tomo todas las pastillas?",
    ):
        hits = _pattern_pass(text)[1]
        assert not any(".r12." in h.rule.id for h in hits), text
