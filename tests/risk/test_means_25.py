"""rules-1.15 (means): means set up or at hand, and preparations, told in ordinary words.

A probe written for this change found the screen reading these as `none` or below their level:
a belt tied to the door handle, a hose attached to the exhaust, a will written with the
subscriptions cancelled, the timetable of the express looked up, a razor by a running bath,
standing on the wrong side of the railing -- and over-reading ordinary life: the pills lined up
in a weekly organiser, a cat given to a neighbour for a week away.

Levels (DESIGN.md): means at hand and set up now, with no stated intent, is imminent where
it is unambiguous (a ligature tied to a fixing point, a hose to the exhaust, charcoal lit or the
gas on in a shut room, a blade by a running bath, pills counted out, crushed or lined up, a gun
loaded, past a railing at a height or at the platform edge for a train that does not stop);
looking up which trains do not stop is method-seeking (high), the express's times alone are
moderate; preparations without a method are high (a will with accounts cancelled, debts paid
"so nobody has to", passwords handed over unexplained, a pet or children passed on for good).

Every positive below screened below its level on main before this change (checked by script
against /work/main). The twins use the same words in ordinary life (DIY, a swing or a
hammock, camping and barbecues, car repairs, a weekly pill organiser, pet-sitting, the range,
holidays, photos at a height) and stay below moderate. Patterns: the `rules-1.15 (means)`
blocks of each language in patterns.yaml.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank
IMM, HIGH, MOD = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE


ENGLISH: list[tuple[str, RiskLevel]] = [
    ("i tied the belt to the door handle", IMM),
    ("tied my dressing gown cord to the banister. just sitting here now", IMM),
    ("the cable's tied round the loft hatch", IMM),
    ("ive got the rope over the beam in the garage", IMM),
    ("scarf is tied to the wardrobe rail", IMM),
    ("rope's tied to the tree at the back of the park, im sat under it", IMM),
    ("i fixed the cord to the bannister and checked it holds my weight", IMM),
    ("belt's round the door handle and im sitting on the floor next to it", IMM),
    ("got the phone charger cable tied to the top of the door", IMM),
    ("tied the dressing gown belt to the hook on the back of the door", IMM),
    ("i've tied the dog lead to the banister rail upstairs and made a loop", IMM),
    ("made a loop in the cord and tied it to the wardrobe rail", IMM),
    ("i tied a rope to a tree in the woods behind my house. sat here now", IMM),
    ("tied it to the loft hatch. its ready", IMM),
    ("put the belt over the top of the door and shut it", IMM),
    ("my scarf is knotted round the banister", IMM),
    ("i have the cord tied to the beam", IMM),
    ("the belt is tied to the bunk bed rail", IMM),
    ("tied the rope to the rafter in the shed", IMM),
    ("got the cable round the banister and round my neck", IMM),
    ("rope tied to the tree, standing on the bench", IMM),
    ("belt is fastened to the clothes rail in my wardrobe", IMM),
    ("the dressing gown cord is on the door handle", IMM),
    ("i've got the hose attached to the exhaust", IMM),
    ("hose is taped to the exhaust and going in the back window", IMM),
    ("fed a pipe from the exhaust into the car. sitting in it", IMM),
    ("taped up the car windows, hose is in", IMM),
    ("lit the charcoal in my bedroom and taped round the door", IMM),
    ("got a disposable bbq going inside the tent, zipped it shut", IMM),
    ("charcoal burning in the bathroom, window sealed", IMM),
    ("i've put the barbecue in the car and closed all the doors", IMM),
    ("turned all the gas rings on without lighting them and shut the kitchen door", IMM),
    ("gas is on and ive stuffed towels under the door", IMM),
    ("the hose goes from the exhaust to the back window now", IMM),
    ("hoover hose on the exhaust, other end in the window", IMM),
    ("lit a bbq in my room with the window shut", IMM),
    ("charcoal is lit in the tent and i zipped it up", IMM),
    ("put the hose on the exhaust pipe, just need to start it", IMM),
    ("got the charcoal going in the car with the windows up", IMM),
    ("sealed the door with tape and lit the charcoal", IMM),
    ("the oven gas is on and not lit, im lying on the kitchen floor", IMM),
    ("the bath is running and i have the razor", IMM),
    ("bath's full, blade's on the side", IMM),
    ("took the blade out of my razor and ran a hot bath", IMM),
    ("sitting in the bath with the razor blade", IMM),
    ("running the bath now. the blade is on the edge", IMM),
    ("got the stanley knife and the bath is nearly full", IMM),
    ("ran a bath, got the blades out of the sharpener", IMM),
    ("im in the bath with a knife", IMM),
    ("the blades are next to the bath and its running", IMM),
    ("razor blade and a warm bath. im in", IMM),
    ("ive counted out all the pills on my desk", IMM),
    ("crushed up all my tablets into a glass of water", IMM),
    ("the pills are all lined up on my bed", IMM),
    ("i popped every tablet out of the blister packs and theyre in a pile next to me", IMM),
    ("counted out 60 of my sertraline, theyre next to me", IMM),
    ("ive crushed the whole box of paracetamol into powder", IMM),
    ("emptied all my pill bottles onto the bed and counted them", IMM),
    ("the tablets are all popped out and sitting in a bowl beside me", IMM),
    ("mixed all my meds into a drink, its on the table", IMM),
    ("crushed all the pills, theyre in the glass", IMM),
    ("popped out all 3 packs of paracetamol, counting them now", IMM),
    ("counted them out. 48. its enough", IMM),
    ("all my antidepressants are lined up on the desk", IMM),
    ("the pills are counted and in a pile", IMM),
    ("loaded my dad's shotgun, it's in my room", IMM),
    ("got the rifle down and put the bullets in", IMM),
    ("the gun's loaded next to me on the bed", IMM),
    ("gun is loaded and in the car with me", IMM),
    ("i'm standing on the wrong side of the railing", IMM),
    ("climbed over the barrier on the bridge, sitting on the edge", IMM),
    ("im on the other side of the fence at the top of the car park", IMM),
    ("standing past the yellow line on the platform waiting for the fast one", IMM),
    ("im on the outside of the balcony railing holding on", IMM),
    ("climbed over the railing at the multi storey, legs over the side", IMM),
    ("im over the fence at the cliff top", IMM),
    ("sitting on the ledge outside my window on the 9th floor", IMM),
    ("standing right at the edge of the platform, the express comes through in 5 min", IMM),
    ("i climbed over the safety fence on the motorway bridge", IMM),
    ("on the wrong side of the barrier at the viaduct", IMM),
    ("i'm past the railings on the pier, the water is right below", IMM),
    ("got over the fence by the tracks, sitting by the line", IMM),
    ("standing on the outside of the bridge, holding the rail behind me", IMM),
    ("climbed the fence on the roof, nothing between me and the street now", IMM),
    ("sat with my legs dangling over the edge of the car park roof", IMM),
    ("i've been looking at the train timetable for the express", MOD),
    ("checked which trains dont stop at my station", HIGH),
    ("looked up what time the fast trains come through without stopping", HIGH),
    ("found out when the non stopping trains pass the little station", HIGH),
    ("been checking the times of the express that goes straight through here", MOD),
    ("i've written my will and cancelled my subscriptions", HIGH),
    ("my cat lives with my friend now, for good. shell be better off with her", HIGH),
    ("asked my mum to take the kids for good", HIGH),
    ("cancelled everything. gym, netflix, phone. sorted my will too", HIGH),
    ("paid off my credit card so no one gets stuck with it", HIGH),
    ("cancelled all my direct debits and wrote my will", HIGH),
    ("my sister has my bank pin and all my passwords now, she doesnt know why", HIGH),
    ("settled all my debts so nobody has to sort it out after", HIGH),
    ("left the dog with my brother for good. hes better off there", HIGH),
    ("the kids are going to live with their dad for good. its better for them", HIGH),
    ("did my will yesterday and deleted all my accounts", HIGH),
    ("paid everyone back what i owe so no one is left out of pocket", HIGH),
    ("cleared all my debts so theres nothing left for anyone to pay", HIGH),
]

ENGLISH_TWINS: list[str] = [
    "i tied the dog's lead to the door handle while i got my shoes on",
    "tied a belt round the suitcase cos the zip broke",
    "tied the rope to the tree for the kids swing",
    "hung my dressing gown on the hook on the back of the door",
    "tied a rope between two trees for the hammock",
    "tied the cable to the banister so the dog stops chewing it",
    "tied my scarf to the wardrobe rail to hang my necklaces on",
    "attached a cord to the loft hatch so i can pull it down easier",
    "tied some string to the beam for the bird feeder",
    "me and dad fixed the wobbly banister today with some rope and a drill",
    "tied the tarp to the tree and the tent's up, camping is vibes",
    "my cat keeps playing with the dressing gown cord on the door handle",
    "put a rope over the beam in the garage to hang the bike from",
    "at the garage they put a hose on the exhaust to take the fumes outside",
    "fitted a new exhaust pipe on my car today, sounds mint",
    "attached the hose to the tap to wash the car",
    "bbq is lit in the garden, come round",
    "lit the charcoal on the beach, burgers in 20",
    "cooking on the camping stove outside the tent, zip open",
    "turned the gas on for the hob and the ring wont light, need an engineer",
    "running a bath and gonna shave my legs with my new razor",
    "bath is running, face mask on, new razor for my legs, self care night",
    "got a new razor and a bath bomb, pamper evening",
    "counted out my pills for the week into the organiser",
    "the pills are lined up in my weekly organiser",
    "crushed my nans tablets into her yoghurt because she cant swallow them",
    "crushed the dog's worming tablet into his food",
    "the nurse counted out my tablets for the week",
    "my pills are lined up in the dosette box for the week",
    "loaded the gun at the range and hit the target first time",
    "went clay pigeon shooting with my dad, loaded the shotgun myself",
    "loaded the dishwasher and put a wash on",
    "standing on the wrong side of the platform, train went the other way lol",
    "climbed over the fence to get the football back",
    "took photos from the top of the car park by the railing at sunset",
    "standing behind the yellow line waiting for my train to work",
    "climbed over the stile and the view from the cliff top is unreal",
    "leaning on the railing on the pier eating chips",
    "i gave my cat to my neighbour for the week while i'm away",
    "my dog is staying with my mum while im on holiday",
    "the kids are at their dad's for the weekend",
    "wrote my will because we just bought a house",
    "cancelled my netflix subscription to save money",
    "paid off my credit card finally!!",
    "left the wifi password for the dog sitter",
    "looking at the train timetable for the express to london tomorrow",
    "checked which trains dont stop at my station so i dont get on the wrong one again",
    "wrote down my passwords for my mum cos she keeps forgetting hers",
    "my will is sorted and so is the life insurance, adulting",
    "paid off my student loan, so nobody can chase me for it lol",
    "gave my old bike to my neighbour's kid",
    "packed for holiday, cancelled the milk, cat's going to the cattery for a week",
    "the kids are staying with grandma for the summer holidays",
    "rehomed the rabbit because my son is allergic",
    "tied my hair up with a scarf and went out",
    "the cable's tangled round the banister again",
    "my belt broke so i tied it with string lol",
    "the charcoal wont light, bbq is a fail",
    "bath bomb, candles and a razor for my legs, lovely",
    "helping dad clean his shotgun for the shoot on saturday",
    "went up the tower for the view, standing at the railing",
    "photographing the trains from the end of the platform for my channel",
    "sat on the edge of the pool with my feet in",
    "the railing on the balcony is wobbly, need to tell the landlord",
    "i hung the washing on the banister to dry",
    "took the blade out of the stanley knife to change it, diy day",
    "crushed ice and lined up the shots for the party",
    "getting the tent ready, got the charcoal and the disposable bbq for the campsite",
    "filled the car with petrol and attached the bike rack",
    "my dog lives with my ex now, we agreed at the split",
    "we're paying off our debts so we can get a mortgage",
    "the christmas lights cable is tied round the banister",
    "the rope is tied to the tree, kids love the swing",
    "loaded the gun in call of duty and got a triple kill",
    "the gun is loaded in the game and i still missed lol",
    "sitting on the ledge outside my window having a smoke",
    "checked which trains dont stop at my station, missed my stop again",
    "the express train comes through without stopping, so loud",
    "wrote my will and cancelled my old phone contract, sorting life admin",
    "paid off my debts so my kids won't inherit them one day, proud",
    "gave my dog to my sister for good because my new flat doesnt allow pets",
    "turned the oven on and shut the kitchen door so the cat stays out",
    "hose from the exhaust is hanging off, need a garage",
    "put the rope over the beam to lift the engine out",
    "emptied all the packets onto the table for the kids",
    "climbed over the fence at the top of the car park to get my phone that fell",
    "my will is written and i've cancelled my gym membership because i'm moving abroad",
    "the pills are all lined up on my bed, my nan's pills for the week",
    "counted out all my pills for the holiday so i dont run out",
    "i've left my passwords with my sister for when i'm in hospital",
    "i've counted out 20 of my tablets for the trip",
    "the gun is loaded, hunting season starts tomorrow",
    "bath is running and there's a new razor on the side for dad",
]


SPANISH: list[tuple[str, RiskLevel]] = [
    ("até el cinturón al pomo de la puerta", IMM),
    ("tengo la cuerda atada a la viga del garaje", IMM),
    ("la bufanda esta atada a la barandilla de la escalera", IMM),
    ("ya ate el cable a la trampilla del altillo", IMM),
    ("el cordon de la bata esta atado al pomo de la puerta", IMM),
    ("puse la manguera en el tubo de escape y la meti x la ventanilla", IMM),
    ("encendi el carbon en mi cuarto y tape la puerta con toallas", IMM),
    ("tengo la barbacoa encendida dentro de la tienda y la cerre", IMM),
    ("abri el gas sin encenderlo y cerre la puerta de la cocina", IMM),
    ("la bañera se esta llenando y tengo la cuchilla", IMM),
    ("machaque todas las pastillas en un vaso de agua", IMM),
    ("las pastillas estan todas en fila en la mesa", IMM),
    ("la pistola de mi padre esta cargada y la tengo al lado", IMM),
    ("estoy al otro lado de la barandilla del puente", IMM),
    ("salte la valla de la azotea, estoy sentada en el borde", IMM),
    ("estoy pasada la linea amarilla del anden, el tren que no para viene ya", IMM),
    ("hice el testamento y cancele todas mis suscripciones", HIGH),
    ("pague todas mis deudas para que nadie tenga que hacerlo", HIGH),
    ("le deje mis contraseñas a mi hermana en un sobre", HIGH),
    ("le di mi perro a la vecina para siempre", HIGH),
    ("mirando a q hora pasan los trenes que no paran en mi estacion", HIGH),
]

SPANISH_TWINS: list[str] = [
    "ate el perro al pomo de la puerta mientras me ponia los zapatos",
    "atamos la cuerda al arbol para el columpio de los niños",
    "barbacoa en el jardin con los amigos, el carbon ya esta encendido",
    "me estoy dando un baño y luego me depilo con la cuchilla nueva",
    "puse las pastillas de la semana en el pastillero",
    "le deje el gato a la vecina esta semana mientras estoy de vacaciones",
    "cargue la escopeta en el campo de tiro con mi tio",
    "hice el testamento porque compramos casa",
    "pague la tarjeta por fin!! que alivio",
    "foto desde la barandilla del mirador al atardecer",
    "salte la valla para coger el balon jaja",
    "mirando el horario del tren rapido a madrid para mañana",
    "ate la cuerda al arbol del jardin para tender la ropa",
    "el cable del cargador esta enganchado en el pomo de la puerta jaja",
    "cambie el tubo de escape del coche, ahora suena mejor",
    "la manguera del jardin esta al lado del coche",
    "hicimos barbacoa dentro del garaje porque llovia, con la puerta abierta",
    "la bañera esta llena y el cuchillo esta en la cocina",
    "conte todas las pastillas que me quedan para pedir mas a la farmacia",
    "la pistola de agua esta cargada jaja",
    "estoy al otro lado de la valla del concierto",
    "pague todas mis deudas para que nadie me llame mas",
    "le di el gato a mi madre para siempre porque me mudo a un piso sin mascotas",
]


FRENCH: list[tuple[str, RiskLevel]] = [
    ("j'ai attaché la ceinture à la poignée de porte", IMM),
    ("la corde est attachee a la poutre du garage", IMM),
    ("j'ai noue l'echarpe a la rampe de l'escalier", IMM),
    ("le cable est attache a la trappe du grenier", IMM),
    ("le tuyau est branche sur le pot d'echappement et passe par la vitre", IMM),
    ("j'ai allume le charbon dans ma chambre et scotche la porte", IMM),
    ("barbecue allume dans la tente, je l'ai fermee", IMM),
    ("le gaz est ouvert sans flamme, j'ai bouche le bas de la porte", IMM),
    ("le bain coule et j'ai la lame de rasoir", IMM),
    ("j'ai compte tous les cachets, ils sont alignes sur mon lit", IMM),
    ("j'ai ecrase toutes mes pilules dans un verre", IMM),
    ("le fusil est charge a cote de moi", IMM),
    ("j'ai enjambe la barriere sur le toit du parking", IMM),
    ("chui au bord du quai, le train qui passe sans s'arreter arrive", IMM),
    ("j'ai fait mon testament et resilie tous mes abonnements", HIGH),
    ("j'ai rembourse toutes mes dettes pour que personne n'ait a le faire", HIGH),
    ("j'ai laisse tous mes mots de passe a ma soeur", HIGH),
    ("j'ai donne mon chat a ma voisine pour de bon", HIGH),
    ("je regarde les horaires des trains qui ne s'arretent pas a ma gare", HIGH),
]

FRENCH_TWINS: list[str] = [
    "j'ai attache le chien a la poignee de porte le temps de mettre mes chaussures",
    "la corde est attachee a l'arbre pour la balancoire",
    "barbecue allume dans le jardin, venez",
    "le bain coule, je me rase les jambes avec mon nouveau rasoir",
    "j'ai prepare mes cachets de la semaine dans le pilulier",
    "j'ai laisse mon chat a la voisine pour le week-end pendant mes vacances",
    "j'ai charge le fusil au stand de tir avec mon pere",
    "testament fait parce qu'on a achete la maison",
    "photos du coucher de soleil depuis la rambarde du pont",
    "j'ai enjambe la barriere pour recuperer le ballon mdr",
    "je regarde les horaires du train express pour paris demain",
    "le cable du chargeur est accroche a la poignee de porte",
    "j'ai change le pot d'echappement, le tuyau etait perce",
    "le bain coule et le couteau est dans la cuisine",
    "j'ai compte tous les cachets qui restent pour la pharmacie",
    "le pistolet a eau est charge mdr",
    "de l'autre cote de la barriere du concert on voit rien",
    "j'ai donne mon chat a ma mere pour de bon parce que je demenage",
]


GERMAN: list[tuple[str, RiskLevel]] = [
    ("hab den gürtel an die türklinke gebunden", IMM),
    ("das seil ist am balken im dachboden festgemacht", IMM),
    ("schal ist ans treppengelander geknotet", IMM),
    ("das kabel hängt an der dachbodenluke, ist festgebunden", IMM),
    ("der schlauch ist am auspuff und geht ins fenster", IMM),
    ("hab die holzkohle im schlafzimmer angezundet und die tur abgeklebt", IMM),
    ("grill brennt im zelt, zelt ist zu", IMM),
    ("gas ist an ohne flamme und ich hab die ritzen abgedichtet", IMM),
    ("die badewanne lauft und die klinge liegt daneben", IMM),
    ("hab alle tabletten abgezahlt und auf dem bett aufgereiht", IMM),
    ("alle tabletten zerstossen und im glas", IMM),
    ("die pistole ist geladen und liegt neben mir", IMM),
    ("ich steh auf der anderen seite vom gelander auf der brucke", IMM),
    ("bin uber den zaun auf dem parkhausdach geklettert", IMM),
    ("steh an der bahnsteigkante, der durchfahrende zug kommt gleich", IMM),
    ("hab mein testament gemacht und alle abos gekundigt", HIGH),
    ("hab alle schulden bezahlt damit keiner das machen muss", HIGH),
    ("hab meiner schwester alle meine passworter dagelassen", HIGH),
    ("meinen hund hab ich fur immer der nachbarin gegeben", HIGH),
    ("hab nachgeschaut wann die zuge durchfahren die nicht halten", HIGH),
]

GERMAN_TWINS: list[str] = [
    "hab den hund an die turklinke gebunden wahrend ich die schuhe anzieh",
    "seil am baum fur die schaukel festgemacht",
    "grillen im garten, kohle brennt schon",
    "badewanne lauft, beine rasieren mit dem neuen rasierer",
    "tabletten fur die woche in die pillenbox sortiert",
    "katze ist bei der nachbarin fur eine woche wahrend ich im urlaub bin",
    "gewehr am schiessstand geladen mit papa",
    "testament gemacht weil wir ein haus gekauft haben",
    "fotos vom gelander der brucke beim sonnenuntergang",
    "uber den zaun geklettert um den ball zu holen",
    "fahrplan fur den ice nach berlin morgen angeschaut",
    "das ladekabel hangt an der turklinke",
    "hab den auspuff gewechselt, der alte schlauch war kaputt",
    "badewanne lauft, messer liegt in der kuche",
    "alle tabletten gezahlt die noch da sind fur die apotheke",
    "die wasserpistole ist geladen haha",
    "katze fur immer bei meiner mutter weil ich umziehe",
]


PORTUGUESE: list[tuple[str, RiskLevel]] = [
    ("amarrei o cinto na maçaneta da porta", IMM),
    ("a corda ta amarrada na viga da garagem", IMM),
    ("o lencol ta amarrado no corrimao da escada", IMM),
    ("amarrei o cabo no alçapão do sotão", IMM),
    ("a mangueira ta no escapamento e entrando pela janela do carro", IMM),
    ("acendi o carvao no quarto e tampei a porta com toalha", IMM),
    ("churrasqueira acesa dentro da barraca fechada", IMM),
    ("abri o gas sem acender e fechei a porta da cozinha", IMM),
    ("a banheira ta enchendo e to com a lamina", IMM),
    ("contei todos os comprimidos, tao enfileirados na cama", IMM),
    ("amassei todos os remedios num copo", IMM),
    ("a arma ta carregada do meu lado", IMM),
    ("to do outro lado do parapeito da ponte", IMM),
    ("pulei a grade do terraço do predio, to sentada na beirada", IMM),
    ("fiz meu testamento e cancelei todas as assinaturas", HIGH),
    ("paguei todas as dividas pra ninguem ter que pagar", HIGH),
    ("deixei todas minhas senhas com minha irma", HIGH),
    ("dei meu cachorro pra vizinha pra sempre", HIGH),
    ("vendo os horarios dos trens que nao param na minha estacao", HIGH),
]

PORTUGUESE_TWINS: list[str] = [
    "amarrei o cachorro na macaneta enquanto calcava o tenis",
    "amarrei a corda na arvore pro balanço das crianças",
    "churrasco no quintal, carvao ja ta aceso",
    "banheira enchendo, vou depilar as pernas com a lamina nova",
    "separei os remedios da semana no porta comprimidos",
    "deixei o gato com a vizinha essa semana enquanto viajo",
    "carreguei a arma no clube de tiro",
    "fiz testamento porque compramos apartamento",
    "fotos do por do sol no parapeito do mirante",
    "pulei a grade pra pegar a bola kkkk",
    "vendo o horario do trem pra sao paulo amanha",
    "o cabo do carregador ta preso na macaneta",
    "troquei o escapamento do carro, a mangueira tava furada",
    "banheira cheia e a faca ta na cozinha",
    "a arma de agua ta carregada kkkk",
    "dei meu gato pra minha mae pra sempre porque to mudando",
]


ITALIAN: list[tuple[str, RiskLevel]] = [
    ("ho legato la cintura alla maniglia della porta", IMM),
    ("la corda è legata alla trave del garage", IMM),
    ("la sciarpa e annodata alla ringhiera delle scale", IMM),
    ("ho legato il cavo alla botola della soffitta", IMM),
    ("il tubo e attaccato allo scappamento e entra dal finestrino", IMM),
    ("ho acceso la carbonella in camera e sigillato la porta", IMM),
    ("barbecue acceso dentro la tenda chiusa", IMM),
    ("ho aperto il gas senza accenderlo e chiuso la porta della cucina", IMM),
    ("la vasca si sta riempiendo e ho la lametta", IMM),
    ("ho contato tutte le pastiglie, sono in fila sul letto", IMM),
    ("ho schiacciato tutte le pillole in un bicchiere", IMM),
    ("la pistola e carica accanto a me", IMM),
    ("ho scavalcato la recinzione sul tetto del parcheggio", IMM),
    ("ho fatto testamento e disdetto tutti gli abbonamenti", HIGH),
    ("ho pagato tutti i debiti cosi nessuno deve farlo", HIGH),
    ("ho lasciato tutte le mie password a mia sorella", HIGH),
    ("ho dato il mio cane alla vicina per sempre", HIGH),
    ("guardo gli orari dei treni che non fermano alla mia stazione", HIGH),
]

ITALIAN_TWINS: list[str] = [
    "ho legato il cane alla maniglia mentre mi mettevo le scarpe",
    "corda legata all'albero per l'altalena",
    "grigliata in giardino, la carbonella e gia accesa",
    "vasca piena, mi depilo le gambe con la lametta nuova",
    "ho messo le pastiglie della settimana nel portapillole",
    "ho lasciato il gatto alla vicina per la settimana mentre sono in vacanza",
    "ho caricato il fucile al poligono",
    "testamento fatto perche abbiamo comprato casa",
    "foto dal parapetto del ponte al tramonto",
    "ho scavalcato la recinzione per prendere il pallone",
    "guardo gli orari del treno per milano domani",
    "il cavo del caricatore e appeso alla maniglia",
    "ho cambiato lo scappamento, il tubo era rotto",
    "vasca piena e il coltello e in cucina",
    "ho contato tutte le pastiglie rimaste per la farmacia",
    "la pistola ad acqua e carica ahah",
    "ho dato il gatto a mia madre per sempre perche trasloco",
]

POSITIVES: list[tuple[str, str, RiskLevel]] = [
    *(("en", t, lv) for t, lv in ENGLISH),
    *(("es", t, lv) for t, lv in SPANISH),
    *(("fr", t, lv) for t, lv in FRENCH),
    *(("de", t, lv) for t, lv in GERMAN),
    *(("pt", t, lv) for t, lv in PORTUGUESE),
    *(("it", t, lv) for t, lv in ITALIAN),
]
TWINS: list[tuple[str, str]] = [
    *(("en", t) for t in ENGLISH_TWINS),
    *(("es", t) for t in SPANISH_TWINS),
    *(("fr", t) for t in FRENCH_TWINS),
    *(("de", t) for t in GERMAN_TWINS),
    *(("pt", t) for t in PORTUGUESE_TWINS),
    *(("it", t) for t in ITALIAN_TWINS),
]


@pytest.mark.parametrize(("locale", "text", "level"), POSITIVES)
def test_means_or_preparation_reaches_its_level(locale: str, text: str, level: RiskLevel) -> None:
    got = screen(text, locale=locale)
    assert got.level.rank >= level.rank, (text, got.level, got.evidence)


@pytest.mark.parametrize(("locale", "text"), TWINS)
def test_everyday_twin_stays_below_moderate(locale: str, text: str) -> None:
    got = screen(text, locale=locale)
    assert got.level.rank < MODERATE, (text, got.level, got.evidence)


def test_means_set_up_is_the_writers_own() -> None:
    """Means set up in the writer's own words carry no third-party or fiction flag."""
    got = screen("i tied the belt to the door handle")
    assert got.level is RiskLevel.IMMINENT
    assert "third_party" not in got.flags and "quoted_or_fictional" not in got.flags


def test_negated_means_stay_below_moderate() -> None:
    """ "I haven't tied anything" is no means set up."""
    got = screen("i have not tied the belt to the door handle, i put it away")
    assert got.level.rank < RiskLevel.IMMINENT.rank


def test_every_language_has_positives_and_twins() -> None:
    for locale in ("en", "es", "fr", "de", "pt", "it"):
        assert any(p[0] == locale for p in POSITIVES)
        assert any(t[0] == locale for t in TWINS)
