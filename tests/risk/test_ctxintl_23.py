"""rules-1.13 (ctxintl): short replies after a risk conversation in es, fr, de, pt and it.

`screen(reply, locale=..., context=[the writer's risk message, the companion's question])`:
answers.after_risk now takes the locale from screen.py, reads that language's `ctx:` rules
(patterns.yaml, `rules-1.13 (ctxintl)` block in each language section) beside the English
ones, and reads the conversation with the language's words (answers_intl: an open check-in,
a question about how, how bad a wound is, a plan, the risk settled since, an everyday reason
for a roof or a bridge). The families follow the English ones (rules-1.11 (ctx), rules-1.13
(ctx2)-(ctx5)): a bare place ("en el puente"), a bare time ("tra un'ora più o meno"), what
was taken and when, a means or a note at hand, not safe, leaving for good or already done, a
goodbye or farewell, decided, the body and last words after an attempt, a method named after
"how would you do it?", a wound after self-harm.

Every positive below screened below its level through `screen()` on main before this change
(checked with a script: 203 of the 260 probe conversations were below, and 16 of 17
conversations with other question shapes). The twins are the
same replies after an ordinary chat in the same language (photos outdoors, painting the
kitchen, a headache, a surprise party, a failed driving test, moving city, a marathon, a
kitchen cut): they screen below moderate. Left out as twins because the reply's own words
already screen moderate or higher on main after an ordinary chat (no ctx rule involved):
es "me tomé la caja entera hace una hora"; es "no, no estoy a salvo"; es "no para de sangrar";
fr "j'ai avalé toute la boîte il y a une heure"; fr "non, je ne suis pas en sécurité"; fr
"demain je ne serai plus là"; fr "adieu tout le monde"; fr "dis à mes parents que je les aime";
fr "ça n'arrête pas de saigner"; de "ich habe die Tabletten hier"; de "ich habe den
Abschiedsbrief schon geschrieben"; de "morgen bin ich nicht mehr da"; de "lebt wohl"; de "es
hört nicht auf zu bluten"; pt "tomei a caixa inteira há uma hora"; pt "amanhã eu não vou estar
mais aqui"; pt "não para de sangrar"; it "ho preso tutta la scatola un'ora fa"; it "no, non sono
al sicuro"; it "domani non ci sarò più"; it "addio a tutti"; it "grazie per averci provato".
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

# (locale, context, reply, level)
POSITIVES: list[tuple[str, tuple[str, ...], str, str]] = [
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Dónde estás ahora mismo?"),
        "en el puente",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Dónde estás ahora mismo?"),
        "estoy en la azotea",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Dónde estás ahora mismo?"),
        "cerca del río ahora mismo",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Dónde estás ahora mismo?"),
        "en las vías del tren",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Dónde estás ahora mismo?"),
        "estoy en el tejado de mi edificio",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Dónde estás ahora mismo?"),
        "sentada en el borde del acantilado",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Cuándo piensas hacerlo?"),
        "en una hora más o menos",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Cuándo piensas hacerlo?"),
        "dentro de un rato",
        "imminent",
    ),
    (
        "es",
        (
            "Quiero morirme. Tengo las pastillas aquí y me las voy a tomar todas.",
            "¿Qué ha pasado? Cuéntame.",
        ),
        "me las tomé hace diez minutos",
        "imminent",
    ),
    (
        "es",
        ("Voy a tomarme todas las pastillas esta noche.", "¿Qué ha pasado? Cuéntame."),
        "ya me las tomé todas hace media hora",
        "imminent",
    ),
    (
        "es",
        ("Voy a tomarme todas las pastillas esta noche.", "¿Qué ha pasado? Cuéntame."),
        "ya me las he tomado",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "Cuéntame qué está pasando."),
        "tengo las pastillas aquí",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "Cuéntame qué está pasando."),
        "la nota está en mi escritorio",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "Cuéntame qué está pasando."),
        "ya he escrito la carta",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "Cuéntame qué está pasando."),
        "tengo el cuchillo en la mano",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "Cuéntame qué está pasando."),
        "ya lo tengo todo preparado",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Estás a salvo ahora mismo?"),
        "la verdad es que no",
        "high",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Estás a salvo ahora mismo?"),
        "creo que no",
        "high",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Qué quieres decir?"),
        "no voy a volver",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Qué quieres decir?"),
        "mañana ya no estaré aquí",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Qué quieres decir?"),
        "ya es demasiado tarde",
        "imminent",
    ),
    ("es", ("Esta noche voy a suicidarme.", "¿Qué quieres decir?"), "ya está hecho", "imminent"),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Qué quieres decir?"),
        "adiós",
        "imminent",
    ),
    ("es", ("Esta noche voy a suicidarme.", "¿Qué quieres decir?"), "adiós a todos", "imminent"),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Qué quieres decir?"),
        "diles a mis padres que los quiero",
        "imminent",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Qué quieres decir?"),
        "cuida de mi gato por favor",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Qué quieres decir?"),
        "ya lo he decidido",
        "high",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Qué quieres decir?"),
        "nadie puede detenerme",
        "high",
    ),
    (
        "es",
        ("Me he tomado todas las pastillas, lo siento.", "¿Sigues ahí? ¿Cómo te sientes?"),
        "tengo mucho sueño",
        "imminent",
    ),
    (
        "es",
        ("Ya lo estoy haciendo, voy a suicidarme ahora.", "¿Sigues ahí? ¿Cómo te sientes?"),
        "estoy muy mareado",
        "imminent",
    ),
    (
        "es",
        ("Me he tomado todas las pastillas, lo siento.", "¿Sigues ahí? ¿Cómo te sientes?"),
        "todo se está poniendo negro",
        "imminent",
    ),
    (
        "es",
        ("Ya lo estoy haciendo, voy a suicidarme ahora.", "¿Sigues ahí? ¿Cómo te sientes?"),
        "no puedo respirar",
        "imminent",
    ),
    (
        "es",
        ("Me he tomado todas las pastillas, lo siento.", "¿Sigues ahí? ¿Cómo te sientes?"),
        "ya nada importa",
        "imminent",
    ),
    (
        "es",
        ("Ya lo estoy haciendo, voy a suicidarme ahora.", "¿Sigues ahí? ¿Cómo te sientes?"),
        "gracias por intentarlo",
        "imminent",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Has pensado en cómo lo harías?"),
        "con pastillas",
        "high",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Has pensado en cómo lo harías?"),
        "tirándome de un puente",
        "high",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Has pensado en cómo lo harías?"),
        "con la pistola de mi padre",
        "high",
    ),
    (
        "es",
        ("Esta noche voy a suicidarme.", "¿Has pensado en cómo lo harías?"),
        "con una cuerda",
        "high",
    ),
    (
        "es",
        ("Ya no puedo más, quiero quitarme la vida.", "¿Has pensado en cómo lo harías?"),
        "pastillas probablemente",
        "high",
    ),
    (
        "es",
        ("Me he vuelto a cortar esta noche.", "¿Es grave? ¿Qué ha pasado?"),
        "es profundo",
        "imminent",
    ),
    (
        "es",
        ("Me he vuelto a cortar esta noche.", "¿Es grave? ¿Qué ha pasado?"),
        "creo que necesita puntos",
        "imminent",
    ),
    (
        "es",
        ("Me he vuelto a cortar esta noche.", "¿Es grave? ¿Qué ha pasado?"),
        "hay mucha sangre",
        "imminent",
    ),
    (
        "es",
        ("Me he vuelto a cortar esta noche.", "¿Es grave? ¿Qué ha pasado?"),
        "peor que la última vez",
        "high",
    ),
    (
        "es",
        ("Me he vuelto a cortar esta noche.", "¿Es grave? ¿Qué ha pasado?"),
        "con una cuchilla",
        "high",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Où es-tu en ce moment ?"),
        "sur le pont",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Où es-tu en ce moment ?"),
        "près de la rivière là maintenant",
        "imminent",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "Où es-tu en ce moment ?"),
        "sur les voies ferrées",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Où es-tu en ce moment ?"),
        "je suis sur le toit de mon immeuble",
        "imminent",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "Où es-tu en ce moment ?"),
        "au bord de la falaise",
        "imminent",
    ),
    (
        "fr",
        (
            "Je n'en peux plus, je veux mettre fin à mes jours.",
            "Quand est-ce que tu comptes le faire ?",
        ),
        "dans une heure à peu près",
        "imminent",
    ),
    (
        "fr",
        (
            "Je n'en peux plus, je veux mettre fin à mes jours.",
            "Quand est-ce que tu comptes le faire ?",
        ),
        "dans pas longtemps",
        "imminent",
    ),
    (
        "fr",
        ("Je vais prendre tous mes cachets ce soir.", "Qu'est-ce qui s'est passé ? Raconte-moi."),
        "je les ai pris il y a dix minutes",
        "imminent",
    ),
    (
        "fr",
        (
            "Je veux mourir, je vais avaler toutes les pilules.",
            "Qu'est-ce qui s'est passé ? Raconte-moi.",
        ),
        "j'ai tout pris il y a une demi-heure",
        "imminent",
    ),
    (
        "fr",
        (
            "Je veux mourir, je vais avaler toutes les pilules.",
            "Qu'est-ce qui s'est passé ? Raconte-moi.",
        ),
        "je les ai déjà pris",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Dis-moi ce qui se passe."),
        "j'ai les cachets ici",
        "imminent",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "Dis-moi ce qui se passe."),
        "la lettre est sur mon bureau",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Dis-moi ce qui se passe."),
        "j'ai déjà écrit la lettre",
        "imminent",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "Dis-moi ce qui se passe."),
        "j'ai le couteau dans la main",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Dis-moi ce qui se passe."),
        "tout est prêt",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Es-tu en sécurité en ce moment ?"),
        "je ne crois pas",
        "high",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Es-tu en sécurité en ce moment ?"),
        "je ne suis pas bien",
        "high",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Qu'est-ce que tu veux dire ?"),
        "je ne reviendrai pas",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Qu'est-ce que tu veux dire ?"),
        "c'est trop tard maintenant",
        "imminent",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "Qu'est-ce que tu veux dire ?"),
        "c'est fait",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Qu'est-ce que tu veux dire ?"),
        "adieu",
        "imminent",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "Qu'est-ce que tu veux dire ?"),
        "occupe-toi de mon chat s'il te plaît",
        "imminent",
    ),
    (
        "fr",
        ("Je n'en peux plus, je veux mettre fin à mes jours.", "Qu'est-ce que tu veux dire ?"),
        "j'ai pris ma décision",
        "high",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "Qu'est-ce que tu veux dire ?"),
        "personne ne peut m'arrêter",
        "high",
    ),
    (
        "fr",
        ("J'ai pris tous les cachets, je suis désolé.", "Tu es toujours là ? Comment tu te sens ?"),
        "j'ai tellement sommeil",
        "imminent",
    ),
    (
        "fr",
        (
            "Je suis en train de le faire, je vais me tuer maintenant.",
            "Tu es toujours là ? Comment tu te sens ?",
        ),
        "j'ai la tête qui tourne",
        "imminent",
    ),
    (
        "fr",
        ("J'ai pris tous les cachets, je suis désolé.", "Tu es toujours là ? Comment tu te sens ?"),
        "tout devient noir",
        "imminent",
    ),
    (
        "fr",
        (
            "Je suis en train de le faire, je vais me tuer maintenant.",
            "Tu es toujours là ? Comment tu te sens ?",
        ),
        "je n'arrive plus à respirer",
        "imminent",
    ),
    (
        "fr",
        ("J'ai pris tous les cachets, je suis désolé.", "Tu es toujours là ? Comment tu te sens ?"),
        "plus rien n'a d'importance",
        "imminent",
    ),
    (
        "fr",
        (
            "Je suis en train de le faire, je vais me tuer maintenant.",
            "Tu es toujours là ? Comment tu te sens ?",
        ),
        "merci d'avoir essayé",
        "imminent",
    ),
    (
        "fr",
        (
            "Je n'en peux plus, je veux mettre fin à mes jours.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "avec des cachets",
        "high",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "As-tu pensé à comment tu le ferais ?"),
        "en sautant d'un pont",
        "high",
    ),
    (
        "fr",
        (
            "Je n'en peux plus, je veux mettre fin à mes jours.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "avec le fusil de mon père",
        "high",
    ),
    (
        "fr",
        ("Ce soir je vais me suicider.", "As-tu pensé à comment tu le ferais ?"),
        "avec une corde",
        "high",
    ),
    (
        "fr",
        (
            "Je n'en peux plus, je veux mettre fin à mes jours.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "des médicaments sûrement",
        "high",
    ),
    (
        "fr",
        ("Je me suis encore scarifiée ce soir.", "C'est grave ? Qu'est-ce qui s'est passé ?"),
        "c'est profond",
        "imminent",
    ),
    (
        "fr",
        ("Je me suis encore scarifiée ce soir.", "C'est grave ? Qu'est-ce qui s'est passé ?"),
        "je crois qu'il faut des points de suture",
        "imminent",
    ),
    (
        "fr",
        ("Je me suis encore scarifiée ce soir.", "C'est grave ? Qu'est-ce qui s'est passé ?"),
        "il y a beaucoup de sang",
        "imminent",
    ),
    (
        "fr",
        ("Je me suis encore scarifiée ce soir.", "C'est grave ? Qu'est-ce qui s'est passé ?"),
        "pire que la dernière fois",
        "high",
    ),
    (
        "fr",
        ("Je me suis encore scarifiée ce soir.", "C'est grave ? Qu'est-ce qui s'est passé ?"),
        "avec une lame de rasoir",
        "high",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Wo bist du gerade?"),
        "auf der Brücke",
        "imminent",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Wo bist du gerade?"),
        "ich bin auf dem Dach",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Wo bist du gerade?"),
        "am Fluss, gerade jetzt",
        "imminent",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Wo bist du gerade?"),
        "auf den Gleisen",
        "imminent",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Wo bist du gerade?"),
        "an der Klippe",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Wann willst du es tun?"),
        "in einer Stunde oder so",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe Tabletten gesammelt und will sie alle nehmen, um zu sterben.",
            "Was ist passiert? Erzähl mir.",
        ),
        "hab sie vor zehn Minuten genommen",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe Tabletten gesammelt und will sie alle nehmen, um zu sterben.",
            "Was ist passiert? Erzähl mir.",
        ),
        "ich habe alle vor einer halben Stunde genommen",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe Tabletten gesammelt und will sie alle nehmen, um zu sterben.",
            "Was ist passiert? Erzähl mir.",
        ),
        "die ganze Packung vor einer Stunde",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe Tabletten gesammelt und will sie alle nehmen, um zu sterben.",
            "Was ist passiert? Erzähl mir.",
        ),
        "ich hab sie schon genommen",
        "imminent",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Erzähl mir, was gerade los ist."),
        "der Brief liegt auf meinem Schreibtisch",
        "imminent",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Erzähl mir, was gerade los ist."),
        "ich habe das Messer in der Hand",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Erzähl mir, was gerade los ist."),
        "alles ist vorbereitet",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Bist du gerade in Sicherheit?"),
        "ich glaube nicht",
        "high",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Bist du gerade in Sicherheit?"),
        "mir geht es nicht gut",
        "high",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Was meinst du damit?"),
        "ich komme nicht zurück",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Was meinst du damit?"),
        "es ist zu spät",
        "imminent",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Was meinst du damit?"),
        "es ist vorbei",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Was meinst du damit?"),
        "tschüss",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Was meinst du damit?"),
        "sag meinen Eltern, dass ich sie liebe",
        "imminent",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Was meinst du damit?"),
        "kümmer dich bitte um meine Katze",
        "imminent",
    ),
    (
        "de",
        ("Ich kann nicht mehr, ich will mir das Leben nehmen.", "Was meinst du damit?"),
        "ich habe mich entschieden",
        "high",
    ),
    (
        "de",
        ("Heute Nacht werde ich mich umbringen.", "Was meinst du damit?"),
        "niemand kann mich aufhalten",
        "high",
    ),
    (
        "de",
        (
            "Ich habe alle Tabletten genommen, es tut mir leid.",
            "Bist du noch da? Wie fühlst du dich?",
        ),
        "ich bin so müde",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe es getan, ich habe alle Tabletten geschluckt.",
            "Bist du noch da? Wie fühlst du dich?",
        ),
        "mir ist so schwindelig",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe alle Tabletten genommen, es tut mir leid.",
            "Bist du noch da? Wie fühlst du dich?",
        ),
        "alles wird schwarz",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe es getan, ich habe alle Tabletten geschluckt.",
            "Bist du noch da? Wie fühlst du dich?",
        ),
        "ich kann nicht atmen",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe alle Tabletten genommen, es tut mir leid.",
            "Bist du noch da? Wie fühlst du dich?",
        ),
        "nichts ist mehr wichtig",
        "imminent",
    ),
    (
        "de",
        (
            "Ich habe es getan, ich habe alle Tabletten geschluckt.",
            "Bist du noch da? Wie fühlst du dich?",
        ),
        "danke, dass du es versucht hast",
        "imminent",
    ),
    (
        "de",
        (
            "Ich kann nicht mehr, ich will mir das Leben nehmen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "mit Tabletten",
        "high",
    ),
    (
        "de",
        (
            "Heute Nacht werde ich mich umbringen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "von einer Brücke springen",
        "high",
    ),
    (
        "de",
        (
            "Ich kann nicht mehr, ich will mir das Leben nehmen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "mit der Waffe von meinem Vater",
        "high",
    ),
    (
        "de",
        (
            "Heute Nacht werde ich mich umbringen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "mit einem Seil",
        "high",
    ),
    (
        "de",
        (
            "Ich kann nicht mehr, ich will mir das Leben nehmen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "Tabletten wahrscheinlich",
        "high",
    ),
    (
        "de",
        ("Ich habe mich heute Abend wieder geritzt.", "Ist es schlimm? Was ist passiert?"),
        "es ist tief",
        "imminent",
    ),
    (
        "de",
        ("Ich habe mich heute Abend wieder geritzt.", "Ist es schlimm? Was ist passiert?"),
        "ich glaube, es muss genäht werden",
        "imminent",
    ),
    (
        "de",
        ("Ich habe mich heute Abend wieder geritzt.", "Ist es schlimm? Was ist passiert?"),
        "da ist so viel Blut",
        "imminent",
    ),
    (
        "de",
        ("Ich habe mich heute Abend wieder geritzt.", "Ist es schlimm? Was ist passiert?"),
        "schlimmer als letztes Mal",
        "high",
    ),
    (
        "de",
        ("Ich habe mich heute Abend wieder geritzt.", "Ist es schlimm? Was ist passiert?"),
        "mit einer Rasierklinge",
        "high",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Onde você está agora?"),
        "na ponte",
        "imminent",
    ),
    ("pt", ("Hoje à noite vou me matar.", "Onde você está agora?"), "estou no telhado", "imminent"),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Onde você está agora?"),
        "perto do rio agora mesmo",
        "imminent",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "Onde você está agora?"),
        "nos trilhos do trem",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Onde você está agora?"),
        "estou no terraço do meu prédio",
        "imminent",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "Onde você está agora?"),
        "na beira do penhasco",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Quando você pensa em fazer isso?"),
        "daqui a uma hora mais ou menos",
        "imminent",
    ),
    (
        "pt",
        ("Vou tomar todos os comprimidos hoje à noite.", "O que aconteceu? Me conta."),
        "tomei eles há dez minutos",
        "imminent",
    ),
    (
        "pt",
        ("Quero morrer, vou tomar todos os remédios.", "O que aconteceu? Me conta."),
        "já tomei todos há meia hora",
        "imminent",
    ),
    (
        "pt",
        ("Quero morrer, vou tomar todos os remédios.", "O que aconteceu? Me conta."),
        "já tomei",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Me conta o que está acontecendo."),
        "estou com os comprimidos aqui",
        "imminent",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "Me conta o que está acontecendo."),
        "o bilhete está na minha mesa",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Me conta o que está acontecendo."),
        "já escrevi a carta",
        "imminent",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "Me conta o que está acontecendo."),
        "estou com a faca na mão",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Me conta o que está acontecendo."),
        "já está tudo preparado",
        "imminent",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "Você está em segurança agora?"),
        "na verdade não",
        "high",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Você está em segurança agora?"),
        "acho que não",
        "high",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "O que você quer dizer?"),
        "não vou voltar",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "O que você quer dizer?"),
        "já é tarde demais",
        "imminent",
    ),
    ("pt", ("Hoje à noite vou me matar.", "O que você quer dizer?"), "já está feito", "imminent"),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "O que você quer dizer?"),
        "adeus",
        "imminent",
    ),
    ("pt", ("Hoje à noite vou me matar.", "O que você quer dizer?"), "adeus a todos", "imminent"),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "O que você quer dizer?"),
        "diz aos meus pais que eu os amo",
        "imminent",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "O que você quer dizer?"),
        "cuida do meu gato por favor",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "O que você quer dizer?"),
        "já decidi",
        "high",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "O que você quer dizer?"),
        "ninguém pode me impedir",
        "high",
    ),
    (
        "pt",
        (
            "Tomei todos os comprimidos, desculpa.",
            "Você ainda está aí? Como você está se sentindo?",
        ),
        "estou com muito sono",
        "imminent",
    ),
    (
        "pt",
        (
            "Já estou fazendo, vou me matar agora.",
            "Você ainda está aí? Como você está se sentindo?",
        ),
        "estou muito tonto",
        "imminent",
    ),
    (
        "pt",
        (
            "Tomei todos os comprimidos, desculpa.",
            "Você ainda está aí? Como você está se sentindo?",
        ),
        "está tudo ficando escuro",
        "imminent",
    ),
    (
        "pt",
        (
            "Já estou fazendo, vou me matar agora.",
            "Você ainda está aí? Como você está se sentindo?",
        ),
        "não consigo respirar",
        "imminent",
    ),
    (
        "pt",
        (
            "Tomei todos os comprimidos, desculpa.",
            "Você ainda está aí? Como você está se sentindo?",
        ),
        "nada mais importa",
        "imminent",
    ),
    (
        "pt",
        (
            "Já estou fazendo, vou me matar agora.",
            "Você ainda está aí? Como você está se sentindo?",
        ),
        "obrigado por tentar",
        "imminent",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Você já pensou em como faria isso?"),
        "com comprimidos",
        "high",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "Você já pensou em como faria isso?"),
        "pulando de uma ponte",
        "high",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Você já pensou em como faria isso?"),
        "com a arma do meu pai",
        "high",
    ),
    (
        "pt",
        ("Hoje à noite vou me matar.", "Você já pensou em como faria isso?"),
        "com uma corda",
        "high",
    ),
    (
        "pt",
        ("Não aguento mais, quero tirar a minha vida.", "Você já pensou em como faria isso?"),
        "remédios provavelmente",
        "high",
    ),
    ("pt", ("Me cortei de novo hoje à noite.", "É grave? O que aconteceu?"), "é fundo", "imminent"),
    (
        "pt",
        ("Me cortei de novo hoje à noite.", "É grave? O que aconteceu?"),
        "acho que precisa de pontos",
        "imminent",
    ),
    (
        "pt",
        ("Me cortei de novo hoje à noite.", "É grave? O que aconteceu?"),
        "tem muito sangue",
        "imminent",
    ),
    (
        "pt",
        ("Me cortei de novo hoje à noite.", "É grave? O que aconteceu?"),
        "pior que da última vez",
        "high",
    ),
    (
        "pt",
        ("Me cortei de novo hoje à noite.", "É grave? O que aconteceu?"),
        "com uma lâmina",
        "high",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Dove sei adesso?"),
        "sul ponte",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Dove sei adesso?"),
        "vicino al fiume adesso",
        "imminent",
    ),
    ("it", ("Stanotte mi ammazzo.", "Dove sei adesso?"), "sui binari del treno", "imminent"),
    ("it", ("Stanotte mi ammazzo.", "Dove sei adesso?"), "sul bordo della scogliera", "imminent"),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Quando pensi di farlo?"),
        "tra un'ora più o meno",
        "imminent",
    ),
    ("it", ("Stanotte mi ammazzo.", "Quando pensi di farlo?"), "quando dormono tutti", "imminent"),
    (
        "it",
        (
            "Ho messo da parte delle pillole e voglio prenderle tutte per morire.",
            "Cosa è successo? Raccontami.",
        ),
        "le ho prese dieci minuti fa",
        "imminent",
    ),
    (
        "it",
        (
            "Ho messo da parte delle pillole e voglio prenderle tutte per morire.",
            "Cosa è successo? Raccontami.",
        ),
        "le ho prese tutte mezz'ora fa",
        "imminent",
    ),
    (
        "it",
        (
            "Ho messo da parte delle pillole e voglio prenderle tutte per morire.",
            "Cosa è successo? Raccontami.",
        ),
        "le ho già prese",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Dimmi cosa sta succedendo."),
        "ho le pillole qui",
        "imminent",
    ),
    (
        "it",
        ("Stanotte mi ammazzo.", "Dimmi cosa sta succedendo."),
        "il biglietto è sulla mia scrivania",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Dimmi cosa sta succedendo."),
        "ho già scritto la lettera",
        "imminent",
    ),
    (
        "it",
        ("Stanotte mi ammazzo.", "Dimmi cosa sta succedendo."),
        "ho il coltello in mano",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Dimmi cosa sta succedendo."),
        "è tutto pronto",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Cosa intendi?"),
        "non tornerò",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Cosa intendi?"),
        "è troppo tardi ormai",
        "imminent",
    ),
    ("it", ("Stanotte mi ammazzo.", "Cosa intendi?"), "è fatta", "imminent"),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Cosa intendi?"),
        "addio",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Cosa intendi?"),
        "di' ai miei genitori che gli voglio bene",
        "imminent",
    ),
    (
        "it",
        ("Stanotte mi ammazzo.", "Cosa intendi?"),
        "prenditi cura del mio gatto per favore",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Cosa intendi?"),
        "ho deciso",
        "high",
    ),
    ("it", ("Stanotte mi ammazzo.", "Cosa intendi?"), "nessuno può fermarmi", "high"),
    (
        "it",
        ("Ho preso tutte le pillole, mi dispiace.", "Ci sei ancora? Come ti senti?"),
        "ho tanto sonno",
        "imminent",
    ),
    (
        "it",
        ("Ho preso tutte le pastiglie, è finita.", "Ci sei ancora? Come ti senti?"),
        "mi gira la testa",
        "imminent",
    ),
    (
        "it",
        ("Ho preso tutte le pillole, mi dispiace.", "Ci sei ancora? Come ti senti?"),
        "sta diventando tutto nero",
        "imminent",
    ),
    (
        "it",
        ("Ho preso tutte le pastiglie, è finita.", "Ci sei ancora? Come ti senti?"),
        "non riesco a respirare",
        "imminent",
    ),
    (
        "it",
        ("Ho preso tutte le pillole, mi dispiace.", "Ci sei ancora? Come ti senti?"),
        "niente ha più importanza",
        "imminent",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Hai pensato a come lo faresti?"),
        "con le pillole",
        "high",
    ),
    (
        "it",
        ("Stanotte mi ammazzo.", "Hai pensato a come lo faresti?"),
        "buttandomi da un ponte",
        "high",
    ),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Hai pensato a come lo faresti?"),
        "con la pistola di mio padre",
        "high",
    ),
    ("it", ("Stanotte mi ammazzo.", "Hai pensato a come lo faresti?"), "con una corda", "high"),
    (
        "it",
        ("Non ce la faccio più, voglio togliermi la vita.", "Hai pensato a come lo faresti?"),
        "farmaci probabilmente",
        "high",
    ),
    (
        "it",
        ("Mi sono tagliata di nuovo stasera.", "È grave? Cosa è successo?"),
        "è profondo",
        "imminent",
    ),
    (
        "it",
        ("Mi sono tagliata di nuovo stasera.", "È grave? Cosa è successo?"),
        "credo che servano i punti",
        "imminent",
    ),
    (
        "it",
        ("Mi sono tagliata di nuovo stasera.", "È grave? Cosa è successo?"),
        "non smette di sanguinare",
        "imminent",
    ),
    (
        "it",
        ("Mi sono tagliata di nuovo stasera.", "È grave? Cosa è successo?"),
        "c'è tanto sangue",
        "imminent",
    ),
    (
        "it",
        ("Mi sono tagliata di nuovo stasera.", "È grave? Cosa è successo?"),
        "peggio dell'ultima volta",
        "high",
    ),
    (
        "it",
        ("Mi sono tagliata di nuovo stasera.", "È grave? Cosa è successo?"),
        "con una lametta",
        "high",
    ),
    # Other question shapes: where, a plan, still there, are you safe, how are you now.
    (
        "es",
        ("Quiero matarme, no aguanto más.", "¿Dónde te encuentras?"),
        "en el puente ahora mismo",
        "imminent",
    ),
    ("es", ("Quiero matarme, no aguanto más.", "¿Sigues ahí?"), "sí, en la azotea", "imminent"),
    ("es", ("Quiero matarme, no aguanto más.", "¿Tienes un plan?"), "con pastillas", "high"),
    (
        "es",
        ("Quiero matarme, no aguanto más.", "Estoy aquí contigo. ¿Qué piensas hacer?"),
        "adiós a todos",
        "imminent",
    ),
    ("es", ("Me he cortado otra vez.", "¿Cómo estás ahora?"), "sangra mucho", "imminent"),
    ("fr", ("Je veux me tuer.", "Tu es où ?"), "sur le pont", "imminent"),
    ("fr", ("Je veux me tuer.", "Tu as un plan ?"), "avec des médicaments", "high"),
    ("fr", ("Je veux me tuer.", "Je suis là. Ça va ?"), "pas vraiment", "high"),
    ("de", ("Ich will mich umbringen.", "Wo bist du?"), "an den Gleisen", "imminent"),
    ("de", ("Ich will mich umbringen.", "Hast du einen Plan?"), "mit Tabletten", "high"),
    ("de", ("Ich will mich umbringen.", "Bist du in Sicherheit?"), "eher nicht", "high"),
    ("pt", ("Quero me matar.", "Cadê você?"), "na ponte", "imminent"),
    ("pt", ("Quero me matar.", "Você tem um plano?"), "com remédios", "high"),
    ("pt", ("Quero me matar.", "Onde você está?"), "tô na ponte agora", "imminent"),
    ("it", ("Voglio ammazzarmi.", "Dove ti trovi?"), "sul ponte", "imminent"),
    ("it", ("Voglio ammazzarmi.", "Hai un piano?"), "con le pillole", "high"),
]

# (locale, context, reply): an ordinary chat in the same language.
TWINS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "es",
        ("Hoy hace un día precioso, he salido a hacer fotos.", "¿Dónde estás ahora mismo?"),
        "en el puente",
    ),
    (
        "es",
        ("Hoy hace un día precioso, he salido a hacer fotos.", "¿Dónde estás ahora mismo?"),
        "estoy en la azotea",
    ),
    (
        "es",
        ("Hoy hace un día precioso, he salido a hacer fotos.", "¿Dónde estás ahora mismo?"),
        "cerca del río ahora mismo",
    ),
    (
        "es",
        ("Hoy hace un día precioso, he salido a hacer fotos.", "¿Dónde estás ahora mismo?"),
        "en las vías del tren",
    ),
    (
        "es",
        ("Hoy hace un día precioso, he salido a hacer fotos.", "¿Dónde estás ahora mismo?"),
        "estoy en el tejado de mi edificio",
    ),
    (
        "es",
        ("Hoy hace un día precioso, he salido a hacer fotos.", "¿Dónde estás ahora mismo?"),
        "sentada en el borde del acantilado",
    ),
    (
        "es",
        ("Tengo que pintar la cocina este mes.", "¿Cuándo piensas hacerlo?"),
        "en una hora más o menos",
    ),
    (
        "es",
        ("Tengo que pintar la cocina este mes.", "¿Cuándo piensas hacerlo?"),
        "cuando se duerman todos",
    ),
    ("es", ("Tengo que pintar la cocina este mes.", "¿Cuándo piensas hacerlo?"), "esta noche"),
    ("es", ("Tengo que pintar la cocina este mes.", "¿Cuándo piensas hacerlo?"), "a medianoche"),
    (
        "es",
        ("Tengo que pintar la cocina este mes.", "¿Cuándo piensas hacerlo?"),
        "dentro de un rato",
    ),
    (
        "es",
        ("Tenía un dolor de cabeza horrible.", "¿Qué ha pasado? Cuéntame."),
        "me las tomé hace diez minutos",
    ),
    (
        "es",
        ("Tenía un dolor de cabeza horrible.", "¿Qué ha pasado? Cuéntame."),
        "ya me las tomé todas hace media hora",
    ),
    (
        "es",
        ("Tenía un dolor de cabeza horrible.", "¿Qué ha pasado? Cuéntame."),
        "ya me las he tomado",
    ),
    (
        "es",
        ("Estoy preparando la fiesta de cumpleaños de mi hermana.", "Cuéntame qué está pasando."),
        "tengo las pastillas aquí",
    ),
    (
        "es",
        ("Estoy preparando la fiesta de cumpleaños de mi hermana.", "Cuéntame qué está pasando."),
        "la nota está en mi escritorio",
    ),
    (
        "es",
        ("Estoy preparando la fiesta de cumpleaños de mi hermana.", "Cuéntame qué está pasando."),
        "ya he escrito la carta",
    ),
    (
        "es",
        ("Estoy preparando la fiesta de cumpleaños de mi hermana.", "Cuéntame qué está pasando."),
        "tengo el cuchillo en la mano",
    ),
    (
        "es",
        ("Estoy preparando la fiesta de cumpleaños de mi hermana.", "Cuéntame qué está pasando."),
        "ya lo tengo todo preparado",
    ),
    (
        "es",
        ("He suspendido el examen de conducir.", "¿Cómo te sientes con eso?"),
        "la verdad es que no",
    ),
    ("es", ("He suspendido el examen de conducir.", "¿Cómo te sientes con eso?"), "no mucho"),
    ("es", ("He suspendido el examen de conducir.", "¿Cómo te sientes con eso?"), "no estoy bien"),
    ("es", ("He suspendido el examen de conducir.", "¿Cómo te sientes con eso?"), "creo que no"),
    ("es", ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"), "no voy a volver"),
    (
        "es",
        ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"),
        "mañana ya no estaré aquí",
    ),
    ("es", ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"), "ya es demasiado tarde"),
    ("es", ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"), "ya está hecho"),
    ("es", ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"), "adiós"),
    ("es", ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"), "adiós a todos"),
    (
        "es",
        ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"),
        "diles a mis padres que los quiero",
    ),
    (
        "es",
        ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"),
        "cuida de mi gato por favor",
    ),
    ("es", ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"), "ya lo he decidido"),
    ("es", ("Me mudo a otra ciudad por trabajo.", "¿Qué quieres decir?"), "nadie puede detenerme"),
    ("es", ("Ayer corrí mi primer maratón.", "¿Cómo te sientes?"), "tengo mucho sueño"),
    ("es", ("Ayer corrí mi primer maratón.", "¿Cómo te sientes?"), "estoy muy mareado"),
    ("es", ("Ayer corrí mi primer maratón.", "¿Cómo te sientes?"), "todo se está poniendo negro"),
    ("es", ("Ayer corrí mi primer maratón.", "¿Cómo te sientes?"), "no puedo respirar"),
    ("es", ("Ayer corrí mi primer maratón.", "¿Cómo te sientes?"), "ya nada importa"),
    ("es", ("Ayer corrí mi primer maratón.", "¿Cómo te sientes?"), "gracias por intentarlo"),
    (
        "es",
        ("Quiero sorprender a mi novia este fin de semana.", "¿Has pensado en cómo lo harías?"),
        "con pastillas",
    ),
    (
        "es",
        ("Quiero sorprender a mi novia este fin de semana.", "¿Has pensado en cómo lo harías?"),
        "tirándome de un puente",
    ),
    (
        "es",
        ("Quiero sorprender a mi novia este fin de semana.", "¿Has pensado en cómo lo harías?"),
        "con la pistola de mi padre",
    ),
    (
        "es",
        ("Quiero sorprender a mi novia este fin de semana.", "¿Has pensado en cómo lo harías?"),
        "con una cuerda",
    ),
    (
        "es",
        ("Quiero sorprender a mi novia este fin de semana.", "¿Has pensado en cómo lo harías?"),
        "pastillas probablemente",
    ),
    (
        "es",
        ("Me corté cocinando, se me resbaló el cuchillo.", "¿Es grave? ¿Qué ha pasado?"),
        "es profundo",
    ),
    (
        "es",
        ("Me corté cocinando, se me resbaló el cuchillo.", "¿Es grave? ¿Qué ha pasado?"),
        "creo que necesita puntos",
    ),
    (
        "es",
        ("Me corté cocinando, se me resbaló el cuchillo.", "¿Es grave? ¿Qué ha pasado?"),
        "hay mucha sangre",
    ),
    (
        "es",
        ("Me corté cocinando, se me resbaló el cuchillo.", "¿Es grave? ¿Qué ha pasado?"),
        "peor que la última vez",
    ),
    (
        "es",
        ("Me corté cocinando, se me resbaló el cuchillo.", "¿Es grave? ¿Qué ha pasado?"),
        "con una cuchilla",
    ),
    (
        "fr",
        ("Il fait super beau, je suis sorti prendre des photos.", "Où es-tu en ce moment ?"),
        "sur le pont",
    ),
    (
        "fr",
        ("Il fait super beau, je suis sorti prendre des photos.", "Où es-tu en ce moment ?"),
        "je suis sur le toit",
    ),
    (
        "fr",
        ("Il fait super beau, je suis sorti prendre des photos.", "Où es-tu en ce moment ?"),
        "près de la rivière là maintenant",
    ),
    (
        "fr",
        ("Il fait super beau, je suis sorti prendre des photos.", "Où es-tu en ce moment ?"),
        "sur les voies ferrées",
    ),
    (
        "fr",
        ("Il fait super beau, je suis sorti prendre des photos.", "Où es-tu en ce moment ?"),
        "je suis sur le toit de mon immeuble",
    ),
    (
        "fr",
        ("Il fait super beau, je suis sorti prendre des photos.", "Où es-tu en ce moment ?"),
        "au bord de la falaise",
    ),
    (
        "fr",
        ("Je dois repeindre la cuisine ce mois-ci.", "Quand est-ce que tu comptes le faire ?"),
        "dans une heure à peu près",
    ),
    (
        "fr",
        ("Je dois repeindre la cuisine ce mois-ci.", "Quand est-ce que tu comptes le faire ?"),
        "quand tout le monde dormira",
    ),
    (
        "fr",
        ("Je dois repeindre la cuisine ce mois-ci.", "Quand est-ce que tu comptes le faire ?"),
        "ce soir",
    ),
    (
        "fr",
        ("Je dois repeindre la cuisine ce mois-ci.", "Quand est-ce que tu comptes le faire ?"),
        "à minuit",
    ),
    (
        "fr",
        ("Je dois repeindre la cuisine ce mois-ci.", "Quand est-ce que tu comptes le faire ?"),
        "dans pas longtemps",
    ),
    (
        "fr",
        ("J'avais un mal de tête horrible.", "Qu'est-ce qui s'est passé ? Raconte-moi."),
        "je les ai pris il y a dix minutes",
    ),
    (
        "fr",
        ("J'avais un mal de tête horrible.", "Qu'est-ce qui s'est passé ? Raconte-moi."),
        "j'ai tout pris il y a une demi-heure",
    ),
    (
        "fr",
        ("J'avais un mal de tête horrible.", "Qu'est-ce qui s'est passé ? Raconte-moi."),
        "je les ai déjà pris",
    ),
    (
        "fr",
        ("Je prépare l'anniversaire surprise de ma sœur.", "Dis-moi ce qui se passe."),
        "j'ai les cachets ici",
    ),
    (
        "fr",
        ("Je prépare l'anniversaire surprise de ma sœur.", "Dis-moi ce qui se passe."),
        "la lettre est sur mon bureau",
    ),
    (
        "fr",
        ("Je prépare l'anniversaire surprise de ma sœur.", "Dis-moi ce qui se passe."),
        "j'ai déjà écrit la lettre",
    ),
    (
        "fr",
        ("Je prépare l'anniversaire surprise de ma sœur.", "Dis-moi ce qui se passe."),
        "j'ai le couteau dans la main",
    ),
    (
        "fr",
        ("Je prépare l'anniversaire surprise de ma sœur.", "Dis-moi ce qui se passe."),
        "tout est prêt",
    ),
    (
        "fr",
        ("J'ai raté mon permis de conduire.", "Comment tu te sens par rapport à ça ?"),
        "pas vraiment",
    ),
    (
        "fr",
        ("J'ai raté mon permis de conduire.", "Comment tu te sens par rapport à ça ?"),
        "je ne crois pas",
    ),
    (
        "fr",
        ("J'ai raté mon permis de conduire.", "Comment tu te sens par rapport à ça ?"),
        "non pas du tout",
    ),
    (
        "fr",
        ("J'ai raté mon permis de conduire.", "Comment tu te sens par rapport à ça ?"),
        "je ne suis pas bien",
    ),
    (
        "fr",
        ("Je déménage dans une autre ville pour le travail.", "Qu'est-ce que tu veux dire ?"),
        "je ne reviendrai pas",
    ),
    (
        "fr",
        ("Je déménage dans une autre ville pour le travail.", "Qu'est-ce que tu veux dire ?"),
        "c'est trop tard maintenant",
    ),
    (
        "fr",
        ("Je déménage dans une autre ville pour le travail.", "Qu'est-ce que tu veux dire ?"),
        "c'est fait",
    ),
    (
        "fr",
        ("Je déménage dans une autre ville pour le travail.", "Qu'est-ce que tu veux dire ?"),
        "adieu",
    ),
    (
        "fr",
        ("Je déménage dans une autre ville pour le travail.", "Qu'est-ce que tu veux dire ?"),
        "occupe-toi de mon chat s'il te plaît",
    ),
    (
        "fr",
        ("Je déménage dans une autre ville pour le travail.", "Qu'est-ce que tu veux dire ?"),
        "j'ai pris ma décision",
    ),
    (
        "fr",
        ("Je déménage dans une autre ville pour le travail.", "Qu'est-ce que tu veux dire ?"),
        "personne ne peut m'arrêter",
    ),
    (
        "fr",
        ("J'ai couru mon premier marathon hier.", "Comment tu te sens ?"),
        "j'ai tellement sommeil",
    ),
    (
        "fr",
        ("J'ai couru mon premier marathon hier.", "Comment tu te sens ?"),
        "j'ai la tête qui tourne",
    ),
    ("fr", ("J'ai couru mon premier marathon hier.", "Comment tu te sens ?"), "tout devient noir"),
    (
        "fr",
        ("J'ai couru mon premier marathon hier.", "Comment tu te sens ?"),
        "je n'arrive plus à respirer",
    ),
    (
        "fr",
        ("J'ai couru mon premier marathon hier.", "Comment tu te sens ?"),
        "plus rien n'a d'importance",
    ),
    (
        "fr",
        ("J'ai couru mon premier marathon hier.", "Comment tu te sens ?"),
        "merci d'avoir essayé",
    ),
    (
        "fr",
        (
            "Je veux faire une surprise à ma copine ce week-end.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "avec des cachets",
    ),
    (
        "fr",
        (
            "Je veux faire une surprise à ma copine ce week-end.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "en sautant d'un pont",
    ),
    (
        "fr",
        (
            "Je veux faire une surprise à ma copine ce week-end.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "avec le fusil de mon père",
    ),
    (
        "fr",
        (
            "Je veux faire une surprise à ma copine ce week-end.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "avec une corde",
    ),
    (
        "fr",
        (
            "Je veux faire une surprise à ma copine ce week-end.",
            "As-tu pensé à comment tu le ferais ?",
        ),
        "des médicaments sûrement",
    ),
    (
        "fr",
        (
            "Je me suis coupé en cuisinant, le couteau a glissé.",
            "C'est grave ? Qu'est-ce qui s'est passé ?",
        ),
        "c'est profond",
    ),
    (
        "fr",
        (
            "Je me suis coupé en cuisinant, le couteau a glissé.",
            "C'est grave ? Qu'est-ce qui s'est passé ?",
        ),
        "je crois qu'il faut des points de suture",
    ),
    (
        "fr",
        (
            "Je me suis coupé en cuisinant, le couteau a glissé.",
            "C'est grave ? Qu'est-ce qui s'est passé ?",
        ),
        "il y a beaucoup de sang",
    ),
    (
        "fr",
        (
            "Je me suis coupé en cuisinant, le couteau a glissé.",
            "C'est grave ? Qu'est-ce qui s'est passé ?",
        ),
        "pire que la dernière fois",
    ),
    (
        "fr",
        (
            "Je me suis coupé en cuisinant, le couteau a glissé.",
            "C'est grave ? Qu'est-ce qui s'est passé ?",
        ),
        "avec une lame de rasoir",
    ),
    (
        "de",
        ("Heute ist so schönes Wetter, ich mache Fotos.", "Wo bist du gerade?"),
        "auf der Brücke",
    ),
    (
        "de",
        ("Heute ist so schönes Wetter, ich mache Fotos.", "Wo bist du gerade?"),
        "ich bin auf dem Dach",
    ),
    (
        "de",
        ("Heute ist so schönes Wetter, ich mache Fotos.", "Wo bist du gerade?"),
        "am Fluss, gerade jetzt",
    ),
    (
        "de",
        ("Heute ist so schönes Wetter, ich mache Fotos.", "Wo bist du gerade?"),
        "auf den Gleisen",
    ),
    (
        "de",
        ("Heute ist so schönes Wetter, ich mache Fotos.", "Wo bist du gerade?"),
        "ich stehe auf dem Dach von meinem Haus",
    ),
    (
        "de",
        ("Heute ist so schönes Wetter, ich mache Fotos.", "Wo bist du gerade?"),
        "an der Klippe",
    ),
    (
        "de",
        ("Ich muss diesen Monat die Küche streichen.", "Wann willst du es tun?"),
        "in einer Stunde oder so",
    ),
    (
        "de",
        ("Ich muss diesen Monat die Küche streichen.", "Wann willst du es tun?"),
        "wenn alle schlafen",
    ),
    ("de", ("Ich muss diesen Monat die Küche streichen.", "Wann willst du es tun?"), "heute Nacht"),
    (
        "de",
        ("Ich muss diesen Monat die Küche streichen.", "Wann willst du es tun?"),
        "um Mitternacht",
    ),
    (
        "de",
        ("Ich muss diesen Monat die Küche streichen.", "Wann willst du es tun?"),
        "in ein paar Minuten",
    ),
    (
        "de",
        ("Ich hatte schlimme Kopfschmerzen.", "Was ist passiert? Erzähl mir."),
        "hab sie vor zehn Minuten genommen",
    ),
    (
        "de",
        ("Ich hatte schlimme Kopfschmerzen.", "Was ist passiert? Erzähl mir."),
        "ich habe alle vor einer halben Stunde genommen",
    ),
    (
        "de",
        ("Ich hatte schlimme Kopfschmerzen.", "Was ist passiert? Erzähl mir."),
        "die ganze Packung vor einer Stunde",
    ),
    (
        "de",
        ("Ich hatte schlimme Kopfschmerzen.", "Was ist passiert? Erzähl mir."),
        "ich hab sie schon genommen",
    ),
    (
        "de",
        (
            "Ich plane die Überraschungsparty für meine Schwester.",
            "Erzähl mir, was gerade los ist.",
        ),
        "der Brief liegt auf meinem Schreibtisch",
    ),
    (
        "de",
        (
            "Ich plane die Überraschungsparty für meine Schwester.",
            "Erzähl mir, was gerade los ist.",
        ),
        "ich habe das Messer in der Hand",
    ),
    (
        "de",
        (
            "Ich plane die Überraschungsparty für meine Schwester.",
            "Erzähl mir, was gerade los ist.",
        ),
        "alles ist vorbereitet",
    ),
    (
        "de",
        ("Ich bin durch die Führerscheinprüfung gefallen.", "Wie fühlst du dich damit?"),
        "nein, ich bin nicht sicher",
    ),
    (
        "de",
        ("Ich bin durch die Führerscheinprüfung gefallen.", "Wie fühlst du dich damit?"),
        "nicht wirklich",
    ),
    (
        "de",
        ("Ich bin durch die Führerscheinprüfung gefallen.", "Wie fühlst du dich damit?"),
        "ich glaube nicht",
    ),
    (
        "de",
        ("Ich bin durch die Führerscheinprüfung gefallen.", "Wie fühlst du dich damit?"),
        "nein, gar nicht",
    ),
    (
        "de",
        ("Ich bin durch die Führerscheinprüfung gefallen.", "Wie fühlst du dich damit?"),
        "mir geht es nicht gut",
    ),
    (
        "de",
        ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"),
        "ich komme nicht zurück",
    ),
    (
        "de",
        ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"),
        "es ist zu spät",
    ),
    (
        "de",
        ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"),
        "es ist vorbei",
    ),
    ("de", ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"), "tschüss"),
    (
        "de",
        ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"),
        "sag meinen Eltern, dass ich sie liebe",
    ),
    (
        "de",
        ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"),
        "kümmer dich bitte um meine Katze",
    ),
    (
        "de",
        ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"),
        "ich habe mich entschieden",
    ),
    (
        "de",
        ("Ich ziehe wegen der Arbeit in eine andere Stadt.", "Was meinst du damit?"),
        "niemand kann mich aufhalten",
    ),
    (
        "de",
        ("Ich bin gestern meinen ersten Marathon gelaufen.", "Wie fühlst du dich?"),
        "ich bin so müde",
    ),
    (
        "de",
        ("Ich bin gestern meinen ersten Marathon gelaufen.", "Wie fühlst du dich?"),
        "mir ist so schwindelig",
    ),
    (
        "de",
        ("Ich bin gestern meinen ersten Marathon gelaufen.", "Wie fühlst du dich?"),
        "alles wird schwarz",
    ),
    (
        "de",
        ("Ich bin gestern meinen ersten Marathon gelaufen.", "Wie fühlst du dich?"),
        "ich kann nicht atmen",
    ),
    (
        "de",
        ("Ich bin gestern meinen ersten Marathon gelaufen.", "Wie fühlst du dich?"),
        "nichts ist mehr wichtig",
    ),
    (
        "de",
        ("Ich bin gestern meinen ersten Marathon gelaufen.", "Wie fühlst du dich?"),
        "danke, dass du es versucht hast",
    ),
    (
        "de",
        (
            "Ich will meine Freundin am Wochenende überraschen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "mit Tabletten",
    ),
    (
        "de",
        (
            "Ich will meine Freundin am Wochenende überraschen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "von einer Brücke springen",
    ),
    (
        "de",
        (
            "Ich will meine Freundin am Wochenende überraschen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "mit der Waffe von meinem Vater",
    ),
    (
        "de",
        (
            "Ich will meine Freundin am Wochenende überraschen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "mit einem Seil",
    ),
    (
        "de",
        (
            "Ich will meine Freundin am Wochenende überraschen.",
            "Hast du darüber nachgedacht, wie du es tun würdest?",
        ),
        "Tabletten wahrscheinlich",
    ),
    (
        "de",
        (
            "Ich habe mich beim Kochen geschnitten, das Messer ist abgerutscht.",
            "Ist es schlimm? Was ist passiert?",
        ),
        "es ist tief",
    ),
    (
        "de",
        (
            "Ich habe mich beim Kochen geschnitten, das Messer ist abgerutscht.",
            "Ist es schlimm? Was ist passiert?",
        ),
        "ich glaube, es muss genäht werden",
    ),
    (
        "de",
        (
            "Ich habe mich beim Kochen geschnitten, das Messer ist abgerutscht.",
            "Ist es schlimm? Was ist passiert?",
        ),
        "da ist so viel Blut",
    ),
    (
        "de",
        (
            "Ich habe mich beim Kochen geschnitten, das Messer ist abgerutscht.",
            "Ist es schlimm? Was ist passiert?",
        ),
        "schlimmer als letztes Mal",
    ),
    (
        "de",
        (
            "Ich habe mich beim Kochen geschnitten, das Messer ist abgerutscht.",
            "Ist es schlimm? Was ist passiert?",
        ),
        "mit einer Rasierklinge",
    ),
    ("pt", ("Hoje está um dia lindo, saí para tirar fotos.", "Onde você está agora?"), "na ponte"),
    (
        "pt",
        ("Hoje está um dia lindo, saí para tirar fotos.", "Onde você está agora?"),
        "estou no telhado",
    ),
    (
        "pt",
        ("Hoje está um dia lindo, saí para tirar fotos.", "Onde você está agora?"),
        "perto do rio agora mesmo",
    ),
    (
        "pt",
        ("Hoje está um dia lindo, saí para tirar fotos.", "Onde você está agora?"),
        "nos trilhos do trem",
    ),
    (
        "pt",
        ("Hoje está um dia lindo, saí para tirar fotos.", "Onde você está agora?"),
        "estou no terraço do meu prédio",
    ),
    (
        "pt",
        ("Hoje está um dia lindo, saí para tirar fotos.", "Onde você está agora?"),
        "na beira do penhasco",
    ),
    (
        "pt",
        ("Preciso pintar a cozinha este mês.", "Quando você pensa em fazer isso?"),
        "daqui a uma hora mais ou menos",
    ),
    (
        "pt",
        ("Preciso pintar a cozinha este mês.", "Quando você pensa em fazer isso?"),
        "quando todos dormirem",
    ),
    (
        "pt",
        ("Preciso pintar a cozinha este mês.", "Quando você pensa em fazer isso?"),
        "hoje à noite",
    ),
    (
        "pt",
        ("Preciso pintar a cozinha este mês.", "Quando você pensa em fazer isso?"),
        "à meia-noite",
    ),
    (
        "pt",
        ("Preciso pintar a cozinha este mês.", "Quando você pensa em fazer isso?"),
        "daqui a pouco",
    ),
    (
        "pt",
        ("Eu estava com uma dor de cabeça horrível.", "O que aconteceu? Me conta."),
        "tomei eles há dez minutos",
    ),
    (
        "pt",
        ("Eu estava com uma dor de cabeça horrível.", "O que aconteceu? Me conta."),
        "já tomei todos há meia hora",
    ),
    ("pt", ("Eu estava com uma dor de cabeça horrível.", "O que aconteceu? Me conta."), "já tomei"),
    (
        "pt",
        ("Estou preparando a festa surpresa da minha irmã.", "Me conta o que está acontecendo."),
        "estou com os comprimidos aqui",
    ),
    (
        "pt",
        ("Estou preparando a festa surpresa da minha irmã.", "Me conta o que está acontecendo."),
        "o bilhete está na minha mesa",
    ),
    (
        "pt",
        ("Estou preparando a festa surpresa da minha irmã.", "Me conta o que está acontecendo."),
        "já escrevi a carta",
    ),
    (
        "pt",
        ("Estou preparando a festa surpresa da minha irmã.", "Me conta o que está acontecendo."),
        "estou com a faca na mão",
    ),
    (
        "pt",
        ("Estou preparando a festa surpresa da minha irmã.", "Me conta o que está acontecendo."),
        "já está tudo preparado",
    ),
    (
        "pt",
        ("Reprovei no exame de direção.", "Como você se sente com isso?"),
        "não, não estou em segurança",
    ),
    ("pt", ("Reprovei no exame de direção.", "Como você se sente com isso?"), "na verdade não"),
    ("pt", ("Reprovei no exame de direção.", "Como você se sente com isso?"), "acho que não"),
    ("pt", ("Reprovei no exame de direção.", "Como você se sente com isso?"), "não muito"),
    ("pt", ("Reprovei no exame de direção.", "Como você se sente com isso?"), "não estou bem"),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "não vou voltar",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "já é tarde demais",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "já está feito",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "adeus",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "adeus a todos",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "diz aos meus pais que eu os amo",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "cuida do meu gato por favor",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "já decidi",
    ),
    (
        "pt",
        ("Vou me mudar para outra cidade por causa do trabalho.", "O que você quer dizer?"),
        "ninguém pode me impedir",
    ),
    (
        "pt",
        ("Corri minha primeira maratona ontem.", "Como você está se sentindo?"),
        "estou com muito sono",
    ),
    (
        "pt",
        ("Corri minha primeira maratona ontem.", "Como você está se sentindo?"),
        "estou muito tonto",
    ),
    (
        "pt",
        ("Corri minha primeira maratona ontem.", "Como você está se sentindo?"),
        "está tudo ficando escuro",
    ),
    (
        "pt",
        ("Corri minha primeira maratona ontem.", "Como você está se sentindo?"),
        "não consigo respirar",
    ),
    (
        "pt",
        ("Corri minha primeira maratona ontem.", "Como você está se sentindo?"),
        "nada mais importa",
    ),
    (
        "pt",
        ("Corri minha primeira maratona ontem.", "Como você está se sentindo?"),
        "obrigado por tentar",
    ),
    (
        "pt",
        (
            "Quero fazer uma surpresa para a minha namorada no fim de semana.",
            "Você já pensou em como faria isso?",
        ),
        "com comprimidos",
    ),
    (
        "pt",
        (
            "Quero fazer uma surpresa para a minha namorada no fim de semana.",
            "Você já pensou em como faria isso?",
        ),
        "pulando de uma ponte",
    ),
    (
        "pt",
        (
            "Quero fazer uma surpresa para a minha namorada no fim de semana.",
            "Você já pensou em como faria isso?",
        ),
        "com a arma do meu pai",
    ),
    (
        "pt",
        (
            "Quero fazer uma surpresa para a minha namorada no fim de semana.",
            "Você já pensou em como faria isso?",
        ),
        "com uma corda",
    ),
    (
        "pt",
        (
            "Quero fazer uma surpresa para a minha namorada no fim de semana.",
            "Você já pensou em como faria isso?",
        ),
        "remédios provavelmente",
    ),
    ("pt", ("Me cortei cozinhando, a faca escorregou.", "É grave? O que aconteceu?"), "é fundo"),
    (
        "pt",
        ("Me cortei cozinhando, a faca escorregou.", "É grave? O que aconteceu?"),
        "acho que precisa de pontos",
    ),
    (
        "pt",
        ("Me cortei cozinhando, a faca escorregou.", "É grave? O que aconteceu?"),
        "tem muito sangue",
    ),
    (
        "pt",
        ("Me cortei cozinhando, a faca escorregou.", "É grave? O que aconteceu?"),
        "pior que da última vez",
    ),
    (
        "pt",
        ("Me cortei cozinhando, a faca escorregou.", "É grave? O que aconteceu?"),
        "com uma lâmina",
    ),
    (
        "it",
        ("Oggi è una giornata bellissima, sono uscito a fare foto.", "Dove sei adesso?"),
        "sul ponte",
    ),
    (
        "it",
        ("Oggi è una giornata bellissima, sono uscito a fare foto.", "Dove sei adesso?"),
        "sono sul tetto",
    ),
    (
        "it",
        ("Oggi è una giornata bellissima, sono uscito a fare foto.", "Dove sei adesso?"),
        "vicino al fiume adesso",
    ),
    (
        "it",
        ("Oggi è una giornata bellissima, sono uscito a fare foto.", "Dove sei adesso?"),
        "sui binari del treno",
    ),
    (
        "it",
        ("Oggi è una giornata bellissima, sono uscito a fare foto.", "Dove sei adesso?"),
        "sono sul tetto del mio palazzo",
    ),
    (
        "it",
        ("Oggi è una giornata bellissima, sono uscito a fare foto.", "Dove sei adesso?"),
        "sul bordo della scogliera",
    ),
    (
        "it",
        ("Devo ridipingere la cucina questo mese.", "Quando pensi di farlo?"),
        "tra un'ora più o meno",
    ),
    (
        "it",
        ("Devo ridipingere la cucina questo mese.", "Quando pensi di farlo?"),
        "quando dormono tutti",
    ),
    ("it", ("Devo ridipingere la cucina questo mese.", "Quando pensi di farlo?"), "stanotte"),
    ("it", ("Devo ridipingere la cucina questo mese.", "Quando pensi di farlo?"), "a mezzanotte"),
    ("it", ("Devo ridipingere la cucina questo mese.", "Quando pensi di farlo?"), "tra poco"),
    (
        "it",
        ("Avevo un mal di testa terribile.", "Cosa è successo? Raccontami."),
        "le ho prese dieci minuti fa",
    ),
    (
        "it",
        ("Avevo un mal di testa terribile.", "Cosa è successo? Raccontami."),
        "le ho prese tutte mezz'ora fa",
    ),
    ("it", ("Avevo un mal di testa terribile.", "Cosa è successo? Raccontami."), "le ho già prese"),
    (
        "it",
        ("Sto preparando la festa a sorpresa per mia sorella.", "Dimmi cosa sta succedendo."),
        "ho le pillole qui",
    ),
    (
        "it",
        ("Sto preparando la festa a sorpresa per mia sorella.", "Dimmi cosa sta succedendo."),
        "il biglietto è sulla mia scrivania",
    ),
    (
        "it",
        ("Sto preparando la festa a sorpresa per mia sorella.", "Dimmi cosa sta succedendo."),
        "ho già scritto la lettera",
    ),
    (
        "it",
        ("Sto preparando la festa a sorpresa per mia sorella.", "Dimmi cosa sta succedendo."),
        "ho il coltello in mano",
    ),
    (
        "it",
        ("Sto preparando la festa a sorpresa per mia sorella.", "Dimmi cosa sta succedendo."),
        "è tutto pronto",
    ),
    ("it", ("Sono stato bocciato all'esame della patente.", "Come ti senti?"), "non proprio"),
    ("it", ("Sono stato bocciato all'esame della patente.", "Come ti senti?"), "non credo"),
    ("it", ("Sono stato bocciato all'esame della patente.", "Come ti senti?"), "per niente"),
    ("it", ("Sono stato bocciato all'esame della patente.", "Come ti senti?"), "non sto bene"),
    ("it", ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"), "non tornerò"),
    (
        "it",
        ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"),
        "è troppo tardi ormai",
    ),
    ("it", ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"), "è fatta"),
    ("it", ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"), "addio"),
    (
        "it",
        ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"),
        "di' ai miei genitori che gli voglio bene",
    ),
    (
        "it",
        ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"),
        "prenditi cura del mio gatto per favore",
    ),
    ("it", ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"), "ho deciso"),
    (
        "it",
        ("Mi trasferisco in un'altra città per lavoro.", "Cosa intendi?"),
        "nessuno può fermarmi",
    ),
    ("it", ("Ieri ho corso la mia prima maratona.", "Come ti senti?"), "ho tanto sonno"),
    ("it", ("Ieri ho corso la mia prima maratona.", "Come ti senti?"), "mi gira la testa"),
    ("it", ("Ieri ho corso la mia prima maratona.", "Come ti senti?"), "sta diventando tutto nero"),
    ("it", ("Ieri ho corso la mia prima maratona.", "Come ti senti?"), "non riesco a respirare"),
    ("it", ("Ieri ho corso la mia prima maratona.", "Come ti senti?"), "niente ha più importanza"),
    (
        "it",
        (
            "Voglio fare una sorpresa alla mia ragazza nel weekend.",
            "Hai pensato a come lo faresti?",
        ),
        "con le pillole",
    ),
    (
        "it",
        (
            "Voglio fare una sorpresa alla mia ragazza nel weekend.",
            "Hai pensato a come lo faresti?",
        ),
        "buttandomi da un ponte",
    ),
    (
        "it",
        (
            "Voglio fare una sorpresa alla mia ragazza nel weekend.",
            "Hai pensato a come lo faresti?",
        ),
        "con la pistola di mio padre",
    ),
    (
        "it",
        (
            "Voglio fare una sorpresa alla mia ragazza nel weekend.",
            "Hai pensato a come lo faresti?",
        ),
        "con una corda",
    ),
    (
        "it",
        (
            "Voglio fare una sorpresa alla mia ragazza nel weekend.",
            "Hai pensato a come lo faresti?",
        ),
        "farmaci probabilmente",
    ),
    (
        "it",
        ("Mi sono tagliato cucinando, mi è scivolato il coltello.", "È grave? Cosa è successo?"),
        "è profondo",
    ),
    (
        "it",
        ("Mi sono tagliato cucinando, mi è scivolato il coltello.", "È grave? Cosa è successo?"),
        "credo che servano i punti",
    ),
    (
        "it",
        ("Mi sono tagliato cucinando, mi è scivolato il coltello.", "È grave? Cosa è successo?"),
        "non smette di sanguinare",
    ),
    (
        "it",
        ("Mi sono tagliato cucinando, mi è scivolato il coltello.", "È grave? Cosa è successo?"),
        "c'è tanto sangue",
    ),
    (
        "it",
        ("Mi sono tagliato cucinando, mi è scivolato il coltello.", "È grave? Cosa è successo?"),
        "peggio dell'ultima volta",
    ),
    (
        "it",
        ("Mi sono tagliato cucinando, mi è scivolato il coltello.", "È grave? Cosa è successo?"),
        "con una lametta",
    ),
    # The same question shapes after an ordinary chat.
    (
        "es",
        ("Estoy dando un paseo por el centro, hace un día precioso.", "¿Dónde te encuentras?"),
        "en el puente ahora mismo",
    ),
    ("es", ("Voy a la fiesta de Marta esta noche.", "¿Sigues ahí?"), "sí, en la azotea"),
    ("es", ("Me duele mucho la rodilla desde ayer.", "¿Tienes un plan?"), "con pastillas"),
    ("fr", ("Je promène le chien avant le dîner.", "Tu es où ?"), "sur le pont"),
    (
        "fr",
        ("Mon rhume ne passe pas depuis une semaine.", "Tu as un plan ?"),
        "avec des médicaments",
    ),
    ("de", ("Ich bin mit der Schulklasse auf Ausflug.", "Wo bist du?"), "an den Gleisen"),
    ("de", ("Ich bekomme eine Erkältung.", "Hast du einen Plan?"), "mit Tabletten"),
    ("pt", ("Tô indo te buscar de carro.", "Cadê você?"), "na ponte"),
    ("pt", ("Tô com uma gripe forte.", "Você tem um plano?"), "com remédios"),
    ("it", ("Sono in gita con la scuola.", "Dove ti trovi?"), "sul ponte"),
    ("it", ("Ho un gran mal di testa da stamattina.", "Hai un piano?"), "con le pillole"),
]


@pytest.mark.parametrize(("locale", "context", "reply", "level"), POSITIVES)
def test_reply_after_risk_carries_it(
    locale: str, context: tuple[str, ...], reply: str, level: str
) -> None:
    got = screen(reply, locale=locale, context=list(context)).level
    assert got.rank >= RiskLevel(level).rank, (locale, context, reply, got)


@pytest.mark.parametrize(("locale", "context", "reply"), TWINS)
def test_reply_after_ordinary_chat_stays_low(
    locale: str, context: tuple[str, ...], reply: str
) -> None:
    got = screen(reply, locale=locale, context=list(context)).level
    assert got.rank < RiskLevel.MODERATE.rank, (locale, context, reply, got)


def test_english_reading_unchanged_by_default() -> None:
    ctx = ["i want to end my life tonight", "where are you right now?"]
    assert screen("on the bridge", context=ctx).level is RiskLevel.IMMINENT
    assert screen("en el puente", locale="es", context=ctx).level is RiskLevel.IMMINENT
