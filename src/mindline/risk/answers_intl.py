"""Question shapes and answer words for reading short answers in es, fr, de, pt and it.

answers.py reads "yes", "tonight" or "already took them" with the question before it; its
English patterns are joined with the entries here for the message's locale (a missing entry
adds nothing). Patterns run on normalised text: lower case, accents stripped ("mañana" ->
"manana", "già" -> "gia", "weiß" -> "weiss"), apostrophes kept.

The keys are the fields of answers._Shapes; each says what it reads.
"""

from __future__ import annotations

_ES_DAY = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_FR_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DE_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_PT_DAY = r"(?:segunda|terca|quarta|quinta|sexta)(?:-feira| feira)?|sabado|domingo"
_IT_DAY = r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
# rules-1.23: the hedges a yes or a no may follow ("bueno... sí", "franchement non").
_ES_HEDGE = (
    r"(?:bueno|pues|la verdad|la verdad es que|sinceramente|honestamente|mira|eh|em|ay|jaja\w*|"
    r"vale)"
)
_FR_HEDGE = r"(?:ben|bah|bon|euh|franchement|honnetement|bref|ecoute|mdr|lol)"
_DE_HEDGE = r"(?:naja|na|also|ehrlich gesagt|ehrlich|tja|hm+|ach|puh|lol|haha)"
_PT_HEDGE = r"(?:ah|ai|olha|bom|bem|sinceramente|na verdade|tipo|kkk\w*|haha\w*)"
_IT_HEDGE = (
    r"(?:beh|mah|boh|allora|ecco|a dire il vero|sinceramente|onestamente|insomma|eh|ahah\w*)"
)

ES: dict[str, str] = {
    # "¿Estás a salvo?" -- not "¿estás seguro?", which is also "are you sure?".
    "safety": r"\b(?:estas|esta usted|te sientes|se siente|vas a estar)(?: (?:ahora|ahora mismo|"
    r"en este momento|esta noche|en casa))? (?:a salvo|en peligro)\b|\bte sientes segur[oa]\b|"
    r"\bhay alguien contigo\b",
    "danger_now": r"\b(?:estas|esta usted)(?: \w+)? en peligro\b",
    "safe_answer": r"\b(?:estoy|me siento|voy a estar)(?: (?:totalmente|completamente|bastante|"
    r"de verdad))? (?:a salvo|segur[oa]|bien|tranquil[oa])\b",
    "hedged_safe": r"\b(?:pero|no|creo|supongo|quizas?|tal vez|por ahora|de momento|hasta)\b",
    # rules-1.23: a yes or a no behind a hedge ("bueno... sí", "sinceramente no"), and "claro
    # que no", which read as "claro" (yes, high).
    "yes": rf"^\W*(?:(?:{_ES_HEDGE}|buf|uf)\W+)*(?:si|sip|claro|pues si|creo que si|"
    r"por supuesto|a veces|un poco|bastante|cierto|asi es|eso creo|tengo uno|todos los dias|"
    r"muchas veces|a menudo|"
    r"casi siempre|obvio|obviamente|desde luego|evidentemente)\b(?!\W*(?:que )?no\b)[^?]{0,40}$",
    "no": rf"^\W*(?:{_ES_HEDGE}\W+)*(?:no|nunca|jamas|para nada|que va|en absoluto|nada|(?:claro|"
    r"por supuesto|obvio|desde luego) que no)\b",
    # "no, pero a veces", "no sé": not a settled no.
    "hedged": r"\b(?:pero|aunque|a veces|no se|no lo se|no estoy segur[oa]|quizas?|tal vez|un "
    r"poco|todavia|aun|ultimamente|a menudo|otra vez|de nuevo|ya no|quiero|pienso|morir|"
    r"muert[oa]|matarme|hacerme dano|pastillas)\b",
    "done": r"^\W*(?:(?:si|bueno|lo siento|perdon)\W+)*(?:ya (?:me )?(?:l[oa]s )?(?:he )?"
    r"(?:tome|tomado|trague|tragado|hice|hecho)|(?:me )?(?:l[oa]s )?(?:he )?(?:tome|tomado|trague|"
    r"tragado) tod[oa]s|ya esta hecho|ya es tarde|(?:es )?demasiado tarde|lo hice ya)\b"
    r"(?: (?:tod[oa]s?|ya|hace un rato|hace una hora|antes))*\W*$",
    "bare_yes": r"si|vale|bueno|lo siento|perdon|pues",
    "when_question": r"\b(?:cuando|a que hora|que dia|para cuando|en cuanto tiempo)\b",
    "when_last": r"\b(?:ultima vez|hace cuanto|cuantas veces|con que frecuencia|cada cuanto|"
    r"desde (?:la ultima|que hablamos|nuestra ultima))\b",
    "time_answer": r"^\W*(?:(?:si|creo que|quizas?|tal vez|probablemente|seguramente)\W+)*"
    r"(?:esta noche|hoy(?: mismo| por la noche)?|manana(?: por la (?:noche|manana|tarde))?|pasado "
    r"manana|esta (?:tarde|semana|manana)|este fin de semana|el fin de semana|luego|mas tarde|"
    rf"pronto|muy pronto|ahora|ahora mismo|(?:el )?{_ES_DAY}(?: por la (?:noche|manana|tarde))?|"
    r"(?:el dia de )?mi cumpleanos|en (?:unas|un par de|una|dos|pocas) (?:horas?|minutos|dias)|"
    r"a (?:medianoche|las \d+)|la semana que viene|la proxima semana|cuando (?:todos|se "
    r"vayan|se duerman|mis? \w+)\b[^?]{0,30})(?:\W+(?:creo|supongo|quizas?|probablemente))?\W*$",
    "act": r"\b(?:hacerlo|lo vas a hacer|lo harias|llevarlo a cabo|intentarlo de nuevo|"
    r"volver a intentarlo|actuar (?:sobre|segun) (?:esos|estos|tus) (?:pensamientos|impulsos))\b",
    "means": r"\b(?:pastillas|medicamentos|medicinas|cuerda|arma|pistola|cuchillo|navaja|"
    r"cuchilla|metodo|(?:tomado|tomaste|tragado|tragaste) (?:algo|alguna|algunas))\b|\bcomo\b"
    r"[^?]{0,20}\b(?:hacerlo|quitarte|matarte|suicidarte)",
    "taking": r"\b(?:tomad[oa]s?|tomaste|tragad[oa]s?|tragaste|sobredosis)\b",
    "taken_them": r"\bl[oa]s (?:has )?(?:tomado|tomaste|tragado|tragaste)\b",
    "now_question": r"\b(?:ahora|ahora mismo|contigo|cerca de ti|esta noche|hoy|en casa|a mano)\b",
    "routine_meds": r"\b(?:tus?|sus?) (?:medicacion|medicamentos?|medicinas?|pastillas|"
    r"antidepresivos|dosis|tratamiento)\b",
    "risky_amount": r"\b(?:tod[oa]s|de mas|demasiad[oa]s|cuant[oa]s|algun[oa]s?|de golpe|de una "
    r"vez|sobredosis|guardad[oa]s|mas de)\b",
    "routine_answer": r"\b(?:con (?:el|la) (?:desayuno|almuerzo|comida|cena)|como (?:siempre|de "
    r"costumbre|cada dia|me dijo el medico)|(?:mi|la) dosis (?:normal|habitual|de siempre)|a su "
    r"hora|cada (?:manana|noche|dia))\b",
    # "¿Te has hecho daño desde la última vez?" -- not "¿te has cortado el pelo?".
    "act_done": r"\b(?:te has|te hiciste|has vuelto a) (?:\w+ )?(?:hecho dano|hacerte dano|"
    r"lastimado|cortado|quemado|herido|autolesionado)(?! (?:el|la|los|las|al|un|una|en|con)\b)|"
    r"\bte (?:hiciste dano|lastimaste|cortaste|quemaste|autolesionaste)(?! (?:el|la|los|las|al|"
    r"un|una|en|con)\b)|\b(?:has intentado|intentaste|trataste de) (?:suicidarte|quitarte la "
    r"vida|matarte|hacerte dano)\b",
    "life": r"\b(?:suicidarte|matarte|quitarte la vida)\b",
    "risk_question": r"\b(?:suicid\w*|matarte|morir|muert[oa]|quitarte la vida|hacerte dano|"
    r"lastimarte|cortarte|autolesi\w*|no despertar)\b",
    "now": r"\b(?:ahora|ahora mismo|en este momento|esta noche|hoy)\b",
    "harm": r"\b(?:dano|lastim|matar|morir|suicid|cort|quitarte)",
    # rules-1.13 (ctxintl): what answers.after_risk reads in the conversation before a short
    # reply: an open check-in, a question about how or with what, how bad a wound is, a plan,
    # the risk settled since, and an everyday reason for being on a roof or a bridge.
    "open_question": r"\b(?:donde (?:estas|te encuentras)|que (?:piensas|vas a) hacer|"
    r"que (?:te )?(?:ha |esta )?pas(?:a|ado|ando)|que quieres "
    r"decir|que has hecho|cuentame|como estas|como te (?:sientes|encuentras)|estas bien|sigues "
    r"(?:ahi|conmigo)|hablame)\b",
    "means_or_how": r"\b(?:como lo harias|como lo (?:vas a|piensas) hacer|(?:has )?pensado (?:en )?"
    r"como|que usarias|con que lo harias|tienes (?:algo|acceso a))\b",
    "how_bad": r"\b(?:es grave|es profundo|cuanto sangra|sigue sangrando|estas herid[oa]|"
    r"necesitas (?:puntos|un medico|una ambulancia)|que ha pasado|que paso)\b",
    "plan_word": r"\bplan(?:es|eado)?\b",
    "settled": r"\b(?:(?:ya )?(?:estoy|me siento) (?:a salvo|mejor|mas tranquil[oa])(?: ahora)?|"
    r"(?:se me ha pasado|ya paso) (?:el impulso|la crisis)|(?:he llamado|voy a llamar) a (?:mi|"
    r"alguien|la linea|emergencias|urgencias))\b",
    "everyday_reason": r"\b(?:fotos?|paseo|pasear|caminar|correr|trabajo|arreglar|reparar|"
    r"tejas|antena|goteras?|fiesta|vistas|atardecer|amanecer|pescar|barco|perro|excursion|"
    r"viaje|vacaciones|concierto|bicicleta|bici|tren|autobus)\b",
}

FR: dict[str, str] = {
    "safety": r"\b(?:es-tu|tu es|etes-vous|vous etes|te sens-tu|tu te sens|vous sentez-vous|"
    r"vous vous sentez|seras-tu|tu seras)(?: \w+)? en (?:securite|danger)\b|\b(?:y a-t-il|il y a|"
    r"est-ce qu'il y a) quelqu'un (?:avec toi|avec vous|pres de toi)\b",
    "danger_now": r"\b(?:es-tu|tu es|etes-vous|vous etes)(?: \w+)? en danger\b",
    "safe_answer": r"\b(?:je suis|je me sens|je serai|je reste)(?: (?:vraiment|completement|"
    r"tout a fait|bien))? (?:en securite|a l'abri|bien|ok)\b|^\W*(?:oui\W+)?ca va\W*$",
    "hedged_safe": r"\b(?:mais|pas|crois|pense|peut-etre|pour l'instant|pour le moment|"
    r"jusqu'a|sauf)\b",
    # rules-1.23: a yes or a no behind a hedge ("ben oui", "franchement non"), and "bien sûr que
    # non", which read as "bien sûr" (yes, high).
    "yes": rf"^\W*(?:{_FR_HEDGE}\W+)*(?:oui|"
    r"ouais|ouai|ouep|si|bien sur|evidemment|exactement|c'est ca|c'est vrai|parfois|souvent|"
    r"un peu|beaucoup|tout le temps|tous les jours|je crois|je pense que oui|peut-etre|"
    r"j'en ai un|j'y pense|ca m'arrive|carrement|clairement|forcement)\b"
    r"(?!\W*(?:que )?(?:non|pas)\b)[^?]{0,40}$",
    "no": rf"^\W*(?:{_FR_HEDGE}\W+)*(?:non|"
    r"nan|jamais|pas du tout|pas vraiment|absolument pas|(?:bien sur|evidemment) que non|"
    r"evidemment pas|carrement pas|surement pas)\b",
    "hedged": r"\b(?:mais|parfois|peut-etre|je sais pas|je ne sais pas|sais pas|pas sure?|un peu|"
    r"encore|souvent|plus maintenant|ces temps-ci|dernierement|envie|mourir|mort|tuer|mal|"
    r"cachets|medicaments)\b",
    "done": r"^\W*(?:(?:oui|ouais|bon|desole|pardon)\W+)*(?:(?:j'ai|je les ai|je l'ai) (?:deja )?"
    r"(?:tout )?(?:pris|prises|avale|avalees?|avales|fait)|deja (?:fait|pris|tout pris|avale)|"
    r"c'est (?:deja )?fait|(?:c'est )?trop tard)\b(?: (?:deja|tout|toutes|tous|tout a l'heure|"
    r"avant|il y a une heure))*\W*$",
    "bare_yes": r"oui|ouais|bon|ben|desole|pardon|d'accord",
    "when_question": r"\b(?:quand|a quelle heure|quel jour|dans combien de temps|pour quand)\b",
    "when_last": r"\b(?:la derniere fois|derniere fois|depuis combien de temps|il y a combien de "
    r"temps|combien de fois|a quelle frequence|depuis (?:la derniere|notre derniere))\b",
    "time_answer": r"^\W*(?:(?:oui|peut-etre|je pense|je crois|probablement|surement)\W+)*(?:ce "
    r"soir|cette nuit|aujourd'hui|demain(?: soir| matin)?|apres-demain|ce week-end|ce weekend|"
    r"cette semaine|ce matin|cet apres-midi|plus tard|bientot|tres bientot|maintenant|tout de "
    rf"suite|{_FR_DAY}(?: soir| matin| prochain)?|(?:le jour de )?mon anniversaire|dans (?:une|un|"
    r"quelques|deux) (?:heures?|minutes|jours?)|a minuit|a \d+ ?h(?:\d+)?|la semaine prochaine|"
    r"le week-end prochain|quand (?:tout le monde|ils|elles|mes \w+|ma \w+|mon \w+)\b[^?]{0,30})"
    r"(?:\W+(?:je pense|je crois|peut-etre|probablement))?\W*$",
    "act": r"\b(?:le faire|passer a l'acte|passer a l'action|aller jusqu'au bout|recommencer|"
    r"le refaire|faire une tentative)\b",
    "means": r"\b(?:cachets|comprimes|pilules|medicaments|medocs|corde|arme|fusil|pistolet|"
    r"couteau|lame|rasoir|methode|(?:pris|avale) quelque chose)\b|\bcomment\b[^?]{0,20}\b(?:le "
    r"faire|te tuer|te suicider|en finir|mettre fin)",
    "taking": r"\b(?:pris|prises|prendre|avale\w*|surdose)\b",
    "taken_them": r"\b(?:les as-tu|tu les as|les avez-vous|vous les avez) (?:deja )?(?:pris|"
    r"prises|avale\w*)\b",
    "now_question": r"\b(?:maintenant|en ce moment|sur toi|avec toi|pres de toi|sur vous|avec "
    r"vous|ce soir|aujourd'hui|a la maison|chez toi|chez vous)\b",
    "routine_meds": r"\b(?:tes|ton|ta|vos|votre) (?:traitement|medicaments?|medocs|cachets|"
    r"comprimes|pilules|antidepresseurs|dose)\b",
    "risky_amount": r"\b(?:tous|toutes|trop|combien|plus que|d'un coup|en une fois|stock\w*|de "
    r"cote|surdose)\b",
    "routine_answer": r"\b(?:avec (?:le|mon) (?:petit-dejeuner|petit dejeuner|dejeuner|diner|"
    r"repas)|comme (?:d'habitude|toujours|prevu|prescrit|tous les jours)|ma dose (?:habituelle|"
    r"normale)|tous les (?:matins|soirs|jours))\b",
    # "Tu t'es fait du mal depuis ... ?" -- not "tu t'es coupé les cheveux ?".
    "act_done": r"\b(?:t'es-tu|tu t'es|vous etes-vous|vous vous etes) (?:\w+ )?(?:fait du mal|"
    r"fait mal|blesse\w*|coupe\w*|brule\w*|scarifie\w*|mutile\w*)(?! (?:les?|la|l'|au|aux|a|un|"
    r"une|des|en|avec)\b)|\b(?:as-tu|tu as|avez-vous|vous avez) (?:deja )?(?:essaye|tente) de "
    r"(?:te|vous) (?:suicider|tuer|faire du mal|donner la mort)\b",
    # "En finir avec ce livre" is done with a book.
    "life": r"\b(?:te suicider|vous suicider|te tuer|vous tuer|en finir(?! avec))\b",
    "risk_question": r"\b(?:suicid\w*|te tuer|vous tuer|mourir|mettre fin a (?:tes|vos) jours|"
    r"te faire du mal|vous faire du mal|te blesser|te scarifier|en finir(?! avec))\b",
    "now": r"\b(?:maintenant|en ce moment|ce soir|aujourd'hui|tout de suite)\b",
    "harm": r"\b(?:mal\b|bless|tuer|mourir|suicid|en finir|scarif)",
    # rules-1.13 (ctxintl): what answers.after_risk reads (see ES).
    "open_question": r"\b(?:ou es-tu|ou tu es|tu es ou|t'es ou|ou etes-vous|"
    r"qu'est-ce qui (?:se passe|s'est passe|ne va "
    r"pas)|que se passe-t-il|qu'est-ce que tu veux dire|tu veux dire quoi|qu'as-tu fait|"
    r"qu'est-ce que tu as fait|raconte(?:-moi)?|dis-moi|comment (?:tu te sens|vas-tu|ca va|te "
    r"sens-tu)|tu es (?:toujours )?la|es-tu (?:toujours )?la|ca va)\b",
    "means_or_how": r"\b(?:comment tu le ferais|comment (?:tu (?:vas|comptes)|vas-tu) le faire|"
    r"pense a comment|(?:as-tu|tu as) pense a comment|qu'est-ce que tu utiliserais|avec quoi|"
    r"(?:as-tu|tu as) acces a)\b",
    "how_bad": r"\b(?:c'est grave|c'est profond|ca saigne|saignes-tu|tu saignes|es-tu blesse\w*|"
    r"tu es blesse\w*|besoin de points|qu'est-ce qui s'est passe|que s'est-il passe)\b",
    "plan_word": r"\bplan\b",
    "settled": r"\b(?:je suis (?:en securite|mieux|plus calme) maintenant|(?:l'envie|la crise) "
    r"(?:est passee|s'est calmee)|j'ai appele (?:ma|mon|quelqu'un|le \d+|les urgences)|je vais "
    r"appeler (?:ma|mon|quelqu'un|le \d+|les urgences))\b",
    "everyday_reason": r"\b(?:photos?|balade|promenade|marche|courir|travail|reparer|tuiles|"
    r"antenne|fuite|fete|vue|coucher de soleil|lever de soleil|peche|bateau|chien|randonnee|"
    r"voyage|vacances|concert|velo|train|bus)\b",
}

DE: dict[str, str] = {
    # "Bist du in Sicherheit?" -- not "bist du dir sicher?" ("are you sure?").
    "safety": r"\b(?:bist du|sind sie|fuhlst du dich|fuhlen sie sich)(?: (?:gerade|jetzt|im "
    r"moment|heute nacht|heute|zu hause|da))* (?:sicher|in sicherheit|in gefahr)\b|\bist "
    r"(?:jemand|wer) bei (?:dir|ihnen)\b",
    "danger_now": r"\b(?:bist du|sind sie)(?: (?:gerade|jetzt|im moment|heute nacht|heute))* "
    r"in gefahr\b",
    "safe_answer": r"\b(?:ich bin|ich fuhle mich|ich bleibe|mir geht(?:'s| es))(?: (?:wirklich|"
    r"ganz|total|echt|gerade|jetzt))? (?:sicher|in sicherheit|gut|ok|okay)\b|\balles (?:gut|ok|"
    r"okay)\b",
    "hedged_safe": r"\b(?:aber|nicht|glaube|denke|vielleicht|wahrscheinlich|im moment|noch|bis|"
    r"ausser)\b",
    # rules-1.23: a yes or a no behind a hedge ("naja ja", "ehrlich gesagt nein"), and
    # "natürlich nicht", which read as "natürlich" (yes, high).
    "yes": rf"^\W*(?:{_DE_HEDGE}\W+)*(?:ja|"
    r"jep|jap|jo|genau|klar|naturlich|stimmt|doch|schon|manchmal|oft|ein bisschen|ziemlich "
    r"oft|jeden tag|die ganze zeit|ich glaube schon|eher ja|leider ja|vielleicht|logisch)\b"
    r"(?!\W*(?:nicht|nein)\b)[^?]{0,40}$",
    "no": rf"^\W*(?:{_DE_HEDGE}\W+)*(?:nein|"
    r"nee|ne|nicht wirklich|gar nicht|nie|niemals|auf keinen fall|(?:naturlich|klar|sicher|"
    r"bestimmt) nicht)\b",
    "hedged": r"\b(?:aber|manchmal|vielleicht|weiss nicht|weiss ich nicht|keine ahnung|nicht "
    r"sicher|ein bisschen|noch|oft|wieder|nicht mehr|in letzter zeit|zurzeit|sterben|tot|"
    r"umbringen|verletzen|tabletten)\b",
    "done": r"^\W*(?:(?:ja|also|sorry|naja)\W+)*(?:(?:ich )?(?:hab|habe|hab's)(?: (?:sie|es|"
    r"schon|bereits|alle|alles|gerade|eben))* (?:genommen|geschluckt|getan|gemacht)|(?:schon|"
    r"bereits) (?:alle |alles )?(?:genommen|geschluckt|passiert|getan)|(?:alle|alles) (?:schon )?"
    r"(?:genommen|geschluckt)|es ist (?:schon )?(?:passiert|zu spat)|zu spat)\b(?: (?:schon|"
    r"alle|alles|vorhin|gerade|eben|vor einer stunde))*\W*$",
    "bare_yes": r"ja|jo|also|naja|sorry|tut mir leid",
    "when_question": r"\b(?:wann|um wie ?viel uhr|an welchem tag|wie bald)\b",
    "when_last": r"\b(?:zuletzt|das letzte mal|letztes mal|wie lange ist (?:es|das) her|wie oft|"
    r"wie haufig|seit (?:unserem letzten|wir (?:zuletzt )?(?:gesprochen|geredet)))\b",
    "time_answer": r"^\W*(?:(?:ja|vielleicht|wahrscheinlich|ich denke|ich glaube)\W+)*(?:heute"
    r"(?: nacht| abend| noch| nachmittag)?|morgen(?: fruh| abend| nacht)?|ubermorgen|diese "
    r"nacht|dieses wochenende|am wochenende|diese woche|spater|bald|gleich|sofort|jetzt|"
    rf"(?:am )?{_DE_DAY}(?: ?abend| ?nacht| ?morgen)?|an meinem geburtstag|in (?:ein paar|einer|"
    r"zwei|wenigen) (?:stunden?|minuten|tagen?)|um mitternacht|um \d+(?: uhr)?|nachste woche|"
    r"nachstes wochenende|wenn (?:alle|sie|meine \w+|mein \w+)\b[^?]{0,30})(?:\W+(?:glaube ich|"
    r"denke ich|vielleicht|wahrscheinlich))?\W*$",
    "act": r"\b(?:es (?:zu )?tun|es machen|es durchziehen|es durchzuziehen|es wieder (?:zu )?"
    r"versuchen|danach (?:zu )?handeln|diese gedanken umzusetzen)\b",
    "means": r"\b(?:tabletten|pillen|medikamente|seil|strick|waffe|pistole|messer|klinge|"
    r"rasierklinge|methode|abschiedsbrief|(?:etwas|was) (?:genommen|geschluckt))\b|\bwie\b"
    r"[^?]{0,25}\b(?:es tun|es machen|umbringen|umzubringen|das leben (?:zu )?nehmen)",
    "taking": r"\b(?:genommen|nehmen|geschluckt|schlucken|uberdosis)\b",
    "taken_them": r"\b(?:hast du|haben sie) (?:sie|die|alle) (?:schon |bereits )?(?:genommen|"
    r"geschluckt)\b",
    "now_question": r"\b(?:jetzt|gerade|bei dir|bei ihnen|heute nacht|heute|zu hause|zuhause|in "
    r"der nahe)\b",
    "routine_meds": r"\b(?:deine|ihre|dein|ihr) (?:medikamente|medikament|tabletten|pillen|"
    r"antidepressiva|dosis|medizin)\b",
    "risky_amount": r"\b(?:alle|zu viele|zu viel|wie viele|wie viel|mehr als|auf einmal|einige|"
    r"gesammelt|gehortet|uberdosis)\b",
    "routine_answer": r"\b(?:zum (?:fruhstuck|mittagessen|abendessen|essen)|wie (?:immer|"
    r"gewohnt|verschrieben|jeden tag|ublich)|meine (?:ubliche|normale) dosis|jeden (?:morgen|"
    r"abend|tag))\b",
    # "Hast du dich seit letzter Woche verletzt?" -- not "in den Finger geschnitten".
    "act_done": r"\b(?:hast du|haben sie) (?:dich|sich) (?:(?:wieder|selbst|heute|gestern|"
    r"seitdem|schon|mal|absichtlich|in letzter zeit|diese woche|seit(?: \w+){1,3}) )*(?:verletzt|"
    r"geritzt|geschnitten|verbrannt)\b|\b(?:hast du|haben sie) (?:schon (?:mal|einmal) )?"
    r"versucht,? (?:dich|sich|dir|ihnen) (?:umzubringen|das leben zu nehmen|zu toten|zu verletzen)",
    "life": r"\b(?:umzubringen|dir das leben (?:zu )?nehmen)\b",
    # Instead of the English words, not with them: "die" is the German article.
    "risk_question": r"\b(?:suizid\w*|selbstmord\w*|umzubringen|umbringen|sterben|tot sein|das "
    r"leben (?:zu )?nehmen|(?:dich|sich) (?:selbst )?(?:zu )?verletzen|selbstverletz\w*|ritzen)\b",
    "now": r"\b(?:jetzt|gerade|im moment|heute nacht|heute)\b",
    "harm": r"\b(?:verletz|ritz|umbring|umzubring|sterb|suizid|selbstmord|toten)",
    # rules-1.13 (ctxintl): what answers.after_risk reads (see ES).
    "open_question": r"\b(?:wo bist du|wo sind sie|was ist (?:los|passiert)|was meinst du|was "
    r"hast du (?:gemacht|getan)|erzahl(?: mir)?|wie (?:fuhlst du dich|geht es dir|gehts dir)|"
    r"bist du (?:noch )?da|bist du ok|alles ok)\b",
    "means_or_how": r"\b(?:wie (?:wurdest du|willst du|du) es (?:tun|machen)|wie du es tun "
    r"wurdest|nachgedacht,? wie|was wurdest du (?:benutzen|nehmen)|womit|zugang zu)\b",
    "how_bad": r"\b(?:ist es schlimm|wie schlimm|wie tief|blutet es|bist du verletzt|musst du "
    r"genaht werden|was ist passiert)\b",
    "plan_word": r"\bplan(?:e|t|st)?\b",
    "settled": r"\b(?:ich bin (?:jetzt )?(?:in sicherheit|ruhiger)|mir geht es (?:jetzt )?besser|"
    r"der drang ist (?:weg|vorbei)|ich habe (?:meine \w+|meinen \w+|jemanden|die \w+) angerufen|"
    r"ich rufe (?:meine \w+|meinen \w+|jemanden|die \w+) an)\b",
    "everyday_reason": r"\b(?:fotos?|spaziergang|spazieren|wandern|joggen|arbeit|reparier\w*|"
    r"ziegel|antenne|dachrinne|party|aussicht|sonnenuntergang|sonnenaufgang|angeln|boot|hund|"
    r"ausflug|urlaub|reise|konzert|fahrrad|zug|bus)\b",
}

PT: dict[str, str] = {
    # "Está em segurança?" only opening the question: "o carro está seguro?" is not asked of you.
    "safety": r"(?:\bvoce (?:esta|se sente)|\btu (?:estas|te sentes)|\bestas|\bsentes-te|^\W*"
    r"(?:esta|se sente))(?: (?:agora|neste momento|hoje|em casa))? (?:em seguranca|segur[oa]|a "
    r"salvo|em perigo)\b|\b(?:tem|ha) alguem (?:com "
    r"voce|contigo)\b",
    "danger_now": r"(?:\bvoce esta|\btu estas|\bestas|^\W*esta)(?: \w+)? em perigo\b",
    "safe_answer": r"\b(?:estou|me sinto|sinto-me|vou ficar)(?: (?:totalmente|completamente|"
    r"realmente))? (?:em seguranca|segur[oa]|a salvo|bem|tranquil[oa])\b",
    "hedged_safe": r"\b(?:mas|nao|acho|talvez|por enquanto|por agora|ate)\b",
    # rules-1.23: a yes or a no behind a hedge ("ah sim", "pior que sim", "sinceramente não"),
    # and "claro que não", which read as "claro" (yes, high).
    "yes": rf"^\W*(?:(?:{_PT_HEDGE}|pior que)\W+)*(?:sim|claro|com certeza|e sim|acho que sim|"
    r"tenho|tenho sim|as vezes|um pouco|"
    r"bastante|sempre|todo dia|todos os dias|o tempo todo|talvez|uhum|aham|obvio|obviamente)\b"
    r"(?!\W*(?:que )?nao\b)[^?]{0,40}$",
    "no": rf"^\W*(?:{_PT_HEDGE}\W+)*(?:nao|"
    r"nunca|jamais|de jeito nenhum|nem pensar|nada|negativo|(?:claro|obvio|com certeza) que "
    r"nao|com certeza nao)\b",
    "hedged": r"\b(?:mas|porem|as vezes|nao sei|talvez|um pouco|ainda|de novo|outra vez|"
    r"ultimamente|nao mais|quero|penso|morrer|mort[oa]|me matar|me machucar|remedios|"
    r"comprimidos)\b",
    "done": r"^\W*(?:(?:sim|bom|desculpa)\W+)*(?:(?:eu )?(?:ja )?(?:tomei|engoli) (?:tudo|"
    r"todos|todas|eles|elas)|(?:eu )?ja (?:tomei|engoli|fiz)|(?:ja )?esta feito|(?:e )?tarde "
    r"demais|ja e tarde)\b(?: (?:tudo|todos|todas|ja|agora ha pouco|antes|ha uma hora))*\W*$",
    "bare_yes": r"sim|bom|desculpa|pois|olha",
    "when_question": r"\b(?:quando|a que horas|que horas|que dia|em quanto tempo|para quando)\b",
    "when_last": r"\b(?:ultima vez|ha quanto tempo|faz quanto tempo|quantas vezes|com que "
    r"frequencia|desde (?:a (?:nossa )?ultima|que (?:conversamos|falamos)))\b",
    "time_answer": r"^\W*(?:(?:sim|talvez|acho que|provavelmente)\W+)*(?:hoje(?: a noite| mesmo|"
    r" de noite| a tarde)?|esta noite|essa noite|amanha(?: a noite| de manha| cedo)?|depois de "
    r"amanha|este fim de semana|esse fim de semana|no fim de semana|esta semana|hoje de manha|"
    rf"esta manha|mais tarde|logo|em breve|ja ja|agora|agora mesmo|(?:na |no )?(?:{_PT_DAY})"
    r"(?: a noite| de noite)?|no meu aniversario|daqui a (?:pouco|umas? (?:horas?|minutos|"
    r"dias)|(?:duas|tres|algumas) (?:horas|dias))|a meia[- ]noite|as \d+(?: ?h)?|semana que "
    r"vem|na proxima semana|quando (?:todos|todo mundo|eles|elas|meus? \w+|minhas? \w+)\b"
    r"[^?]{0,30})(?:\W+(?:acho|talvez|provavelmente))?\W*$",
    "act": r"\b(?:fazer isso|faze-lo|vai fazer\W*$|levar isso adiante|ir ate o fim|tentar de "
    r"novo|tentar novamente|agir (?:sobre|com) (?:esses|estes|os) (?:pensamentos|impulsos))",
    # "plano" only on its own or for ending one's life: not "um plano para o fim de semana".
    "means": r"\b(?:comprimidos|remedios|pilulas|medicamentos|corda|arma|revolver|faca|lamina|"
    r"gilete|metodo|plano (?:para|de) (?:se matar|te matar|tirar|acabar|morrer|suicid\w*|fazer "
    r"isso)|(?:tomou|engoliu) (?:algo|alguma coisa))\b|\bplano\W*$|\bcomo\b[^?]{0,20}\b"
    r"(?:fazer isso|faze-lo|se matar|te matar|tirar a)",
    "taking": r"\b(?:tomou|tomado|tomaste|engoliu|engolido|overdose)\b",
    "taken_them": r"\b(?:os|as) (?:tomou|engoliu|tomaste)\b|\b(?:tomou|engoliu|tomaste) (?:eles|"
    r"elas|todos|todas)\b",
    "now_question": r"\b(?:agora|neste momento|com voce|contigo|perto de voce|esta noite|hoje|"
    r"em casa)\b",
    "routine_meds": r"\b(?:seus?|suas?|teus?|tuas?) (?:remedios?|medicamentos?|medicacao|"
    r"comprimidos|pilulas|antidepressivos?|dose)\b",
    "risky_amount": r"\b(?:todos|todas|demais|quant[oa]s|mais do que|de uma vez|overdose|"
    r"guardad[oa]s|juntad[oa]s)\b",
    "routine_answer": r"\b(?:no cafe da manha|com o cafe|no almoco|no jantar|com (?:a )?comida|"
    r"como (?:sempre|de costume|receitado|prescrito|todo dia|o medico (?:falou|disse))|(?:a|"
    r"minha) dose (?:normal|de sempre)|na hora certa|todas as (?:manhas|noites)|todo dia)\b",
    # "Você se machucou desde a última consulta?" -- not "se machucou no trabalho?".
    "act_done": r"\b(?:se|te) (?:machucou|machucaste|feriu|cortou|cortaste|queimou|"
    r"autolesionou|magoou)(?! (?:o|a|os|as|no|na|nos|nas|com|num|numa)\b)|\b(?:ja )?(?:tentou|"
    r"tentaste) (?:se matar|te matar|tirar a (?:propria|sua) vida|se suicidar|se machucar)\b",
    "life": r"\b(?:se matar|te matar|se suicidar|tirar a (?:sua |tua |propria )?vida|acabar com "
    r"a (?:sua |tua |propria )?vida)\b",
    "risk_question": r"\b(?:suicid\w*|se matar|te matar|morrer|mort[oa]|tirar a (?:sua |tua |"
    r"propria )?vida|acabar com a (?:sua |tua |propria )?vida|se machucar|te machucar|se ferir|"
    r"se cortar|autolesao|automutil\w*)\b",
    "now": r"\b(?:agora|neste momento|esta noite|hoje)\b",
    "harm": r"\b(?:machuc|feri|matar|morr|suicid|cort|tirar a)",
    # rules-1.13 (ctxintl): what answers.after_risk reads (see ES).
    "open_question": r"\b(?:onde (?:voce|tu) (?:esta|estas)|cade (?:voce|vc|tu)|onde esta|"
    r"o que (?:aconteceu|esta "
    r"acontecendo|se passa|houve|voce quer dizer|queres dizer|voce fez)|me conta|conta-me|como "
    r"(?:voce )?(?:esta|estas)|como (?:voce )?(?:se sente|esta se sentindo|te sentes)|(?:voce )?"
    r"(?:ainda )?(?:esta|estas) ai|esta bem)\b",
    "means_or_how": r"\b(?:como (?:voce )?faria|como (?:vai|pensa em) fazer|pensou (?:em )?como|"
    r"o que usaria|com o que|tem acesso a)\b",
    "how_bad": r"\b(?:e grave|e fundo|esta sangrando|ainda sangra|esta ferid[oa]|precisa de "
    r"pontos|o que aconteceu)\b",
    "plan_word": r"\bplano\b",
    "settled": r"\b(?:(?:ja )?(?:estou|me sinto) (?:em seguranca|melhor|mais calm[oa])(?: agora)?|"
    r"a vontade passou|(?:liguei|vou ligar) (?:para|pra) (?:minha|meu|alguem|o cvv|o \d+))\b",
    "everyday_reason": r"\b(?:fotos?|passeio|passear|caminhar|correr|trabalho|consertar|"
    r"telhas|antena|goteira|festa|vista|por do sol|nascer do sol|pescar|barco|cachorro|"
    r"viagem|ferias|show|bicicleta|trem|onibus)\b",
}

IT: dict[str, str] = {
    # "Sei al sicuro?" -- not "sei sicuro?" ("are you sure?").
    "safety": r"\b(?:sei|ti senti|vi sentite|si sente|stai)(?: (?:adesso|ora|in questo "
    r"momento|stasera|stanotte|a casa))? (?:al sicuro|in pericolo|in salvo)\b|\bti senti "
    r"sicur[oa]\b|\bc'e qualcuno con te\b",
    "danger_now": r"\b(?:sei|ti trovi|si trova)(?: \w+)? in pericolo\b",
    "safe_answer": r"\b(?:sono|mi sento|saro|resto|sto)(?: (?:davvero|completamente|proprio|"
    r"abbastanza))? (?:al sicuro|in salvo|sicur[oa]|bene|tranquill[oa])\b|\btutto (?:bene|ok|a "
    r"posto)\b",
    "hedged_safe": r"\b(?:ma|pero|non|credo|penso|forse|per ora|per adesso|finche)\b",
    # rules-1.23: a yes or a no behind a hedge ("beh sì", "sinceramente no"), and "certo che
    # no", which read as "certo" (yes, high).
    "yes": rf"^\W*(?:{_IT_HEDGE}\W+)*(?:si|gia|certo|certamente|esatto|purtroppo si|credo di si|"
    r"penso di si|"
    r"a volte|ogni tanto|spesso|un po|parecchio|sempre|tutti i giorni|ogni giorno|di "
    r"continuo|forse|ce l'ho|eh si|ovvio|ovviamente|eccome)\b(?!\W*(?:che )?no\b|\W*non\b)"
    r"[^?]{0,40}$",
    "no": rf"^\W*(?:{_IT_HEDGE}\W+)*(?:no|mai|per niente|affatto|macche|per nulla|non proprio|"
    r"non direi|"
    r"(?:certo|ovvio) che no|assolutamente no|figurati)\b",
    "hedged": r"\b(?:ma|pero|tuttavia|a volte|ogni tanto|non lo so|non so|forse|un po|ancora|di "
    r"nuovo|ultimamente|spesso|non piu|voglio|vorrei|penso|morire|mort[oa]|uccidermi|farmi del "
    r"male|pillole)\b",
    "done": r"^\W*(?:(?:si|beh|scusa|mi dispiace)\W+)*(?:(?:ho|l'ho|le ho|li ho) (?:gia )?"
    r"(?:pres[oaie]|ingoiat[oaie]|fatto)(?: (?:tutt[oaie]|gia))*|gia (?:pres[oaie]|fatto|"
    r"ingoiat[oaie])|(?:e )?(?:gia )?fatta|(?:e )?troppo tardi)\b(?: (?:tutto|tutte|tutti|gia|"
    r"prima|poco fa|un'ora fa))*\W*$",
    "bare_yes": r"si|beh|scusa|mi dispiace|va bene|allora",
    "when_question": r"\b(?:quando|a che ora|che giorno|tra quanto|per quando)\b",
    "when_last": r"\b(?:ultima volta|quanto tempo fa|da quanto tempo|quante volte|quanto spesso|"
    r"ogni quanto|dall'ultima|da quando ci siamo (?:sentiti|visti|parlati))\b",
    "time_answer": r"^\W*(?:(?:si|forse|penso|credo|probabilmente)\W+)*(?:stanotte|stasera|"
    r"questa notte|questa sera|oggi|oggi pomeriggio|stamattina|questa mattina|domani(?: sera| "
    r"notte| mattina)?|dopodomani|questo (?:fine settimana|weekend)|nel (?:fine settimana|"
    rf"weekend)|questa settimana|piu tardi|presto|tra poco|fra poco|adesso|ora|subito|{_IT_DAY}"
    r"(?: sera| notte| mattina| prossim[oa])?|(?:il giorno del |al )mio compleanno|(?:tra|fra) "
    r"(?:qualche|poche|un paio di|due|un'|una|un) ?(?:ore|ora|minuti|giorni|giorno)|a "
    r"mezzanotte|alle \d+|la settimana prossima|quando (?:tutti|se ne vanno|i miei|mia \w+|mio "
    r"\w+)\b[^?]{0,30})(?:\W+(?:penso|credo|forse|probabilmente))?\W*$",
    "act": r"\b(?:farlo|lo farai|lo faresti|metterlo in atto|passare all'atto|andare fino in "
    r"fondo|riprovarci|tentare di nuovo|agire su (?:questi|quei|tuoi) (?:pensieri|impulsi))\b",
    # "piano" only on its own or for ending one's life: not "un piano per le vacanze".
    "means": r"\b(?:pillole|pastiglie|compresse|farmaci|medicine|corda|arma|pistola|coltello|"
    r"lametta|rasoio|metodo|piano per (?:toglierti|ucciderti|farla finita|farlo|morire|"
    r"suicid\w*)|(?:preso|ingerito) qualcosa)\b|\bpiano\W*$|\bcome\b[^?]{0,20}\b(?:farlo|"
    r"toglierti|ucciderti|farla finita|suicid)",
    "taking": r"\b(?:pres[oaie]|prendere|ingerit\w*|ingoiat\w*|overdose)\b",
    "taken_them": r"\b(?:le|li) hai (?:gia )?(?:pres[eoai]|ingoiat[eoai])\b",
    "now_question": r"\b(?:adesso|ora|in questo momento|con te|vicino a te|stanotte|stasera|"
    r"oggi|a casa)\b",
    "routine_meds": r"\b(?:i tuoi|le tue|il tuo|la tua) (?:farmaci|farmaco|medicine|medicina|"
    r"pillole|pastiglie|compresse|antidepressivi|dose|terapia)\b",
    "risky_amount": r"\b(?:tutte|tutti|troppe|troppi|quante|quanti|in una volta|overdose|"
    r"messe da parte)\b",
    "routine_answer": r"\b(?:a colazione|a pranzo|a cena|col cibo|come (?:sempre|al solito|"
    r"prescritto|ogni giorno|ha detto il medico)|la (?:solita|mia) dose|ogni (?:mattina|sera|"
    r"giorno))\b",
    # "Ti sei fatto del male di nuovo?" -- not "ti sei fatto male al ginocchio?".
    "act_done": r"\b(?:ti sei|vi siete|si e) (?:\w+ )?(?:fatt[oa] del male|fatt[oa] male|"
    r"ferit[oa]|tagliat[oa]|bruciat[oa]|autolesionat[oa])(?! (?:a|al|alla|allo|ai|i|il|la|le|lo|"
    r"un|una|con|in|col|nel|nella)\b)|\b(?:hai|ha) (?:mai )?(?:tentato|provato) (?:a|di) "
    r"(?:ucciderti|toglierti la vita|suicidarti|farti del male|farla finita)\b",
    "life": r"\b(?:ucciderti|suicidarti|farla finita(?! con))\b",
    "risk_question": r"\b(?:suicid\w*|ucciderti|toglierti la vita|morire|mort[oa]|farla "
    r"finita(?! con)|farti del male|ferirti|tagliarti|autolesion\w*)\b",
    "now": r"\b(?:adesso|ora|in questo momento|stanotte|stasera|oggi)\b",
    "harm": r"\b(?:male|ferir|uccid|morir|suicid|tagli|toglierti|farla finita)",
    # rules-1.13 (ctxintl): what answers.after_risk reads (see ES).
    "open_question": r"\b(?:dove (?:sei|ti trovi)|cosa (?:e )?(?:successo|succede|"
    r"sta succedendo)|che succede|"
    r"cosa intendi|che vuoi dire|cosa hai fatto|raccontami|dimmi|come (?:stai|ti senti)|ci sei "
    r"(?:ancora)?|sei (?:ancora )?li|stai bene)\b",
    "means_or_how": r"\b(?:come lo faresti|come (?:pensi di|vuoi) farlo|pensato a come|cosa "
    r"useresti|con cosa|hai accesso a)\b",
    "how_bad": r"\b(?:e grave|e profond[oa]|quanto sanguina|sanguina ancora|sei ferit[oa]|"
    r"servono (?:i )?punti|cosa e successo)\b",
    "plan_word": r"\bpiano\b",
    "settled": r"\b(?:(?:ora )?(?:sono|mi sento) (?:al sicuro|meglio|piu calm[oa])"
    r"(?: ora| adesso)?|"
    r"l'impulso e passato|(?:ho chiamato|chiamo) (?:mia|mio|qualcuno|il \d+|il telefono amico))\b",
    "everyday_reason": r"\b(?:foto|passeggiata|passeggiare|camminare|correre|lavoro|riparare|"
    r"tegole|antenna|grondaia|festa|vista|tramonto|alba|pescare|barca|cane|gita|viaggio|"
    r"vacanza|concerto|bici|treno|autobus)\b",
}

WORDS: dict[str, dict[str, str]] = {"es": ES, "fr": FR, "de": DE, "pt": PT, "it": IT}
# Shapes whose local words stand instead of the English ones, where an English word is an
# everyday word of the language ("die", the German article, is no risk question).
REPLACES: dict[str, frozenset[str]] = {"de": frozenset({"risk_question", "harm"})}
