"""rules-1.19 (de): plain German, Austrian and Swiss statements in the imminent families and
method questions.

A helper wrote 231 probe messages in German chat (Austrian and Swiss forms among them) from the
label guide alone: 150 positives and 81 everyday twins in the ten families of the label guide.
On rules-1.18 they read 47/150 positives at level and 4/81 twins at moderate or above; the
imminent families read far below their level: a date set 1/15, goodbyes 2/15, means at hand
or the place reached 3/16, and method questions 2/15 ("ich hab das datum festgelegt", "das
wars dann. machts gut alle", "steh grad auf der brucke", "ab wann ist paracetamol eigentlich
todlich?"), and dialect forms read none ("i wu mi umbringen", "ich ha mich geschter wieder
gritzt"). The `de.r19.*` rules read the shape of those statements with their everyday senses
excluded (a wedding date, a holiday, a view from the bridge, a hunting rifle, a pet's dose).
After them: 134/150 positives at level (date set 12/15, goodbyes 15/15, means 13/16, method
questions 14/15), 2/81 twins at moderate (both by the classifiers, not by a rule). Two older
rules were narrowed: de.passive ("die hauptfigur nicht mehr aufwachen will") and de.passive2
("ich kann nicht mehr" with laughter or a full plate). The other languages' twins read as
before (es 8/60, fr 9/60, it 5/60, pt 8/60).

Round 2: a second round written blind by another helper in new wording (dialects, Berlin
chat, other situations; 85 positives, 51 twins) read 23/85 positives at level after the first
rules (burden 4/8, danger 0/9, date set 1/9, goodbyes 0/8, harm to others 0/8, means 1/9,
method questions 3/8, passive 4/8, self-harm 2/8, wish to die 8/10): they matched round 1's
wording. The `de.r19.*.more`, `de.r19.date_set.act_time`, `.day_ready` and `.join_dead` rules
read the families' general shapes (the act named beside a time, a day with the deed prepared,
thanks with "you need not look after me any more", things given away "brauch ich nicht mehr",
medicines taken "merkt eh keiner", a weapon brought home, where to buy a rope "ohne dass
jemand fragt", counterfactual deaths "dann war jetzt ruhe", hurting oneself on purpose,
"dem will ich weh tun", threats at the door, "ich denk nur noch ans umbringen"). After them:
85/85 round 2 positives at level (68 through a de.r19 rule), 1/51 twins at moderate+ ("ich
bring meinen bruder um, hat die letzte pizza gegessen", by de.r17hto.intent, left alone);
round 1 rose to 139/150 with its twins still 2/81, and the other languages' twins read as
before.

The positives (de_29.tsv) are the round's positives that read at level through a new rule; the twins
are its everyday rows, on which no new rule may fire and which read below moderate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from probe_rows import probe_row_tests, rules_reading

ROWS = Path(__file__).with_name("de_29.tsv")


def _new_rules(locale: str, text: str) -> list[str]:
    return rules_reading(text, "de.r19.", locale)


test_positive_reads_at_level_through_a_new_rule, test_no_new_rule_fires_on_a_twin = probe_row_tests(
    ROWS, "r19"
)


@pytest.mark.parametrize(
    "text",
    [
        "hab mich entschieden: morgen kündige ich",
        "freitag ist es soweit. dann ist schluss mit dem rauchen",
        "morgen ist mein letzter tag im büro, das steht fest",
        "ich hab den tag festgelegt für die party",
        "die briefe sind geschrieben, jetzt noch zur post",
        "hab alles geregelt, testament und konten, weil ich nächsten montag operiert werde",
        "kannst du auf meine katze aufpassen wenn ich weg bin? bin zwei wochen in spanien",
        "wenn ich mal nicht mehr da bin sollst du das haus haben",
        "hab meine ganzen sachen verschenkt, brauch sie eh nicht mehr, zieh nach australien",
        "verzeiht mir dass ich zu spät bin, hab euch lieb",
        "das wars dann für heute. machts gut",
        "ich wollt nur noch tschüss sagen, pass auf dich auf, bin dann weg bis montag",
        "steh grad auf der brücke und warte auf meinen freund",
        "bin aufm dach, is niemand da, super zum sonnen",
        "ich warte auf den zug der nicht hält, der ice fährt durch",
        "die pistole von meinem vater, hab den schlüssel genommen, gehen morgen zur jagd",
        "ab wann ist alkohol eigentlich tödlich für hunde?",
        "tut es weh wenn man vom pferd fällt?",
        "welche brücke ist hoch genug für bungee?",
        "kann man an einem wespenstich sterben?",
        "i wü nimma lebn in dera stadt",
        "ich mach schluss mit ihm, für immer",
        "die welt wär ärmer ohne dich",
        "das team wär ohne mich besser dran, sagt der trainer",
        "hab mich beim rasieren wieder geschnitten",
        "ich hab mich auf die zunge gebissen, so fest dass es blutet",
        "ich denk nicht dran ihn umzubringen, ich bin doch nicht verrückt",
        "ich stell mir vor wie ich den ball ins tor ramme",
        "bin auf dem weg zu ihr, hab was dabei, sie hat geburtstag",
        "ich wart vor seiner wohnung, er kriegt heute sein geschenk",
        "hilfe meine katze versucht die tür aufzubrechen lol",
        "am sonntag ist alles vorbereitet für die taufe",
        "heute nacht. alles ist vorbereitet für die überraschung",
        "der termin steht: freitag beim zahnarzt",
        "freitag frei, das ist der tag!",
        "montag mach ich's, hab alles geregelt mit dem vermieter",
        "der hund ist bei meiner mama, samstag ist es soweit, wir heiraten",
        "morgen früh bring ich mich um den schlaf, flug um 6",
        "danke fürs babysitten, ab jetzt musst du nicht mehr auf mich aufpassen, bin 18",
        "hab meine winterjacke meiner schwester gegeben, ich brauch die nicht mehr",
        "hab meine gitarre verschenkt, ich brauch die nicht mehr, spiel eh nur klavier",
        "du bist nicht schuld an der verspätung, machs gut",
        "servus alle, schaut nach meiner mama während ich auf kur bin",
        "sitz im auto im wald, hab alles dabei fürs picknick",
        "hab omas medikamente eingesteckt, bring sie ihr ins heim",
        "steh am gleis, der nächste kommt in 6 minuten, bin um 8 da",
        "die tabletten sind bereit, das wasser auch, für die nacht",
        "ibuprofen und alkohol, ist das gefährlich?",
        "was tut am wenigsten weh beim tätowieren",
        "wo kann man ein seil kaufen für die schaukel",
        "i mog nimma. i konn nimma essen",
        "ohne mich wärs ruhiger in der wg, bin ja laut",
        "hab mich beim bügeln verbrannt",
        "hau mir selber ins gesicht, wie dumm war das",
        "gestern wieder am oberschenkel gezerrt beim laufen",
        "dem will ich nicht weh tun",
        "den gedanken, ihn umzubringen, hatte der täter schon lange, sagt der richter",
        "auf dem weg zu ihm, der wird heut seine rechnung bezahlen",
        "hat mir eine geknallt beim boxen, hab angst vorm nächsten kampf",
        "jetzt bin ich dran, die warten schon am tisch",
        "grad haut er wieder zu, der boxer im fernsehen",
        "er kommt. endlich",
        "ich denk nur noch ans wochenende",
        "samstag hab ich frei, das ist der tag für den garten",
    ],
)
def test_everyday_words_of_the_new_rules(text: str) -> None:
    assert _new_rules("de", text) == []
