"""rules-1.7: German (de) rule families brought up towards the English ones.

Risk phrasings written as people type them in a chat (no umlauts, "hab", "grad", "nen") are
screened with locale="de" through the whole engine, with the least level they must reach and a
category that must be present. Benign twins use the same words in an everyday sense; they are
held to their most level in the pattern layer (`_pattern_pass`), where the rule is the point:
the classifiers alone over-read some everyday German ("ich bin mir nicht sicher") on the old
rules too, and that is not what these rules decide. Idioms must stand the whole screen down.
A last group checks that a third person as the subject is read as someone else's risk, and
that the writer's own statement after talk of someone else stays the writer's."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen
from mindline.risk.screen import _pattern_pass

IMMINENT, HIGH, MODERATE, LOW, NONE = (
    RiskLevel.IMMINENT,
    RiskLevel.HIGH,
    RiskLevel.MODERATE,
    RiskLevel.LOW,
    RiskLevel.NONE,
)

# (text, least level, a category that must be present or None)
RISK = [
    # de.attempt.took: the whole box, all the pills, a number of them
    ("ich hab grad alle meine tabletten genommen", IMMINENT, "suicidal_ideation"),
    ("hab eben die ganze packung ibuprofen geschluckt", IMMINENT, "suicidal_ideation"),
    ("ich habe 40 schlaftabletten genommen", IMMINENT, "suicidal_ideation"),
    ("hab schon viel zu viele tabletten eingeworfen", IMMINENT, "suicidal_ideation"),
    # de.attempt.bleeding: cut too deep, bleeding, on the bridge, pills kicking in
    ("ich hab mich zu tief geritzt", IMMINENT, "self_harm"),
    ("ich krieg die blutung nicht gestoppt", IMMINENT, "self_harm"),
    ("der schnitt hört einfach nicht auf zu bluten", IMMINENT, "self_harm"),
    ("ich stehe grad auf der brücke", IMMINENT, "suicidal_ideation"),
    ("ich sitz jetzt auf dem dach", IMMINENT, "suicidal_ideation"),
    ("die tabletten fangen an zu wirken, tut mir leid", IMMINENT, "suicidal_ideation"),
    # de.means.stockpile: saved up or bought
    ("ich hab seit wochen tabletten gesammelt", IMMINENT, "suicidal_ideation"),
    ("ich sammle heimlich meine schlaftabletten", IMMINENT, "suicidal_ideation"),
    ("hab mir heute nen strick gekauft", IMMINENT, "suicidal_ideation"),
    ("ich habe mir eine waffe besorgt", IMMINENT, "suicidal_ideation"),
    # de.goodbye.note: a farewell letter
    ("ich hab meinen abschiedsbrief geschrieben", IMMINENT, "suicidal_ideation"),
    ("der abschiedsbrief liegt auf dem tisch", IMMINENT, "suicidal_ideation"),
    ("ich schreib grad nen letzten brief an meine familie", IMMINENT, "suicidal_ideation"),
    # de.goodbye.not_here: will not be here tomorrow, by the time you read this
    ("ich bin morgen nicht mehr da", IMMINENT, "suicidal_ideation"),
    ("ich werde das wochenende nicht mehr erleben", IMMINENT, "suicidal_ideation"),
    ("wenn ihr das lest, bin ich schon tot", IMMINENT, "suicidal_ideation"),
    ("wenn du diese nachricht findest ist es zu spät", IMMINENT, "suicidal_ideation"),
    # de.goodbye.care: look after my cat when I'm gone; giving things away with finality
    ("kümmert euch um meine katze wenn ich nicht mehr da bin", IMMINENT, "suicidal_ideation"),
    ("bitte pass auf meinen hund auf wenn ich tot bin", IMMINENT, "suicidal_ideation"),
    ("ich hab meine sachen verschenkt, wo ich hingehe brauch ich nix", IMMINENT, None),
    ("ich verschenke meine gitarre, ich werde sie nicht mehr brauchen", IMMINENT, None),
    # de.not_safe
    ("ich bin grad nicht in sicherheit", HIGH, "suicidal_ideation"),
    ("ich bin nicht sicher vor mir selbst", HIGH, "suicidal_ideation"),
    ("ich kann meine sicherheit heute nacht nicht garantieren", HIGH, "suicidal_ideation"),
    ("ich weiss nicht ob ich mich heute nacht sicher halten kann", HIGH, "suicidal_ideation"),
    # de.not_safe.from_someone
    ("ich bin zu hause nicht mehr sicher", HIGH, "abuse_or_violence"),
    ("ich fühl mich nicht sicher bei ihm", HIGH, "abuse_or_violence"),
    ("ich bin nicht in sicherheit vor meinem ex", HIGH, "abuse_or_violence"),
    # de.si.more
    ("ich bin wieder so suizidal", HIGH, "suicidal_ideation"),
    ("ich bring mich um", HIGH, "suicidal_ideation"),
    ("ich will einfach schluss machen mit allem", HIGH, "suicidal_ideation"),
    ("ich will mich vor den zug werfen", HIGH, "suicidal_ideation"),
    ("ich hab angst dass ich mir was antue", HIGH, "suicidal_ideation"),
    ("ich will von der brücke springen", HIGH, "suicidal_ideation"),
    ("ich will einfach nur tot sein", HIGH, "suicidal_ideation"),
    # de.si.nolife
    ("ich hab echt keinen bock mehr zu leben", HIGH, "suicidal_ideation"),
    ("hab keine kraft mehr weiterzuleben", HIGH, "suicidal_ideation"),
    ("ich will nicht mehr weiterleben", HIGH, "suicidal_ideation"),
    # de.passive.more
    ("ich wär am liebsten tot", MODERATE, "suicidal_ideation"),
    ("warum lebe ich überhaupt noch", MODERATE, "suicidal_ideation"),
    ("mein leben hat keinen sinn mehr", MODERATE, "suicidal_ideation"),
    ("niemand würde mich vermissen", MODERATE, "suicidal_ideation"),
    ("ich bin so lebensmüde", MODERATE, "suicidal_ideation"),
    ("ich hoffe ich wache einfach nicht mehr auf", MODERATE, "suicidal_ideation"),
    # de.sh.recent and de.sh.past
    ("hab mich gestern abend wieder geritzt", HIGH, "self_harm"),
    ("ich hatte nen rückfall und hab mich geritzt", HIGH, "self_harm"),
    ("ich ritz mich jeden abend", HIGH, "self_harm"),
    ("ich hab mich früher geritzt", MODERATE, "self_harm"),
    ("ich vermisse das ritzen", MODERATE, "self_harm"),
    # de.sh.intent
    ("ich will mich so sehr ritzen", HIGH, "self_harm"),
    ("der drang mich zu ritzen ist riesig", HIGH, "self_harm"),
    ("ich muss mir irgendwie wehtun", HIGH, "self_harm"),
    # de.method.wide
    ("ab welcher höhe ist ein sturz tödlich", HIGH, "method_seeking"),
    ("wie lange dauert es bis man verblutet", HIGH, "method_seeking"),
    ("welche tabletten sind am tödlichsten", HIGH, "method_seeking"),
    ("wo krieg ich ne waffe her", HIGH, "method_seeking"),
    ("wie tief muss man sich ritzen", HIGH, "method_seeking"),
    # de.hto.intent and de.hto.attack
    ("ich will meinen stiefvater umbringen", HIGH, "harm_to_others"),
    ("ich hab den drang ihn abzustechen", HIGH, "harm_to_others"),
    ("ich werde sie alle abknallen", IMMINENT, "harm_to_others"),
    ("ich nehm morgen ne waffe mit in die schule", IMMINENT, "harm_to_others"),
    # de.abuse.now and de.abuse.current
    ("er schlägt mich gerade, bitte hilfe", IMMINENT, "abuse_or_violence"),
    ("mein freund würgt mich schon wieder ich hab angst", IMMINENT, "abuse_or_violence"),
    ("mein mann hat mich gestern geschlagen", HIGH, "abuse_or_violence"),
    ("ich hab solche angst dass er mich umbringt", HIGH, "abuse_or_violence"),
    ("er hat gedroht mich umzubringen", HIGH, "abuse_or_violence"),
    ("mein mann will mich umbringen", HIGH, "abuse_or_violence"),
    ("er droht mich abzustechen", HIGH, "abuse_or_violence"),
    # de.psychosis.command and de.psychosis.signs
    ("die stimmen sagen mir ich soll mich umbringen", HIGH, "psychosis"),
    ("eine stimme befiehlt mir, jemanden zu verletzen", HIGH, "psychosis"),
    ("ich höre ständig stimmen", MODERATE, "psychosis"),
    ("meine gedanken werden kontrolliert", MODERATE, "psychosis"),
    # de.substance.risky and de.eating.restrict
    ("ich sauf jeden abend bis zum filmriss", MODERATE, "substance"),
    ("ich trinke wodka um alles zu vergessen", MODERATE, "substance"),
    ("ich bring mich nach dem essen zum kotzen", MODERATE, "eating_disorder"),
    ("ich hungere mich runter", MODERATE, "eating_disorder"),
    # de.low.more
    ("ich bin total überfordert", LOW, None),
    ("ich heule nur noch", LOW, None),
    ("ich hatte wieder ne panikattacke", LOW, None),
    ("bin einfach total fertig", LOW, None),
    # upgrades: a plan or a time next to ideation
    ("ich will tot sein, ich hab mir alles genau überlegt", IMMINENT, "suicidal_ideation"),
    ("heute nacht bring ich mich um", IMMINENT, "suicidal_ideation"),
]

# (text, most level allowed): the same words in everyday use
BENIGN = [
    # de.attempt.took
    ("ich hab die ganze packung chips gegessen", NONE),
    ("hab die ganze flasche wein getrunken lol", LOW),
    ("ich hab heute morgen alle tabletten genommen wie verschrieben", LOW),
    ("ich hab alle meine tabletten genommen, zum frühstück wie immer", LOW),
    ("ich habe die ganze packung mitgenommen", NONE),
    ("ich hab alle tabletten genommen die der arzt verschrieben hat", LOW),
    # de.attempt.bleeding
    ("ich stehe auf der brücke und warte auf dich", NONE),
    ("ich steh auf dem dach und mach fotos vom feuerwerk", NONE),
    ("ich stehe auf der brücke in der altstadt, wo bist du", NONE),
    ("ich hab mich zu tief geschnitten beim gemüse schneiden", LOW),
    ("meine nase blutet und ich krieg die blutung nicht gestoppt", LOW),
    ("ich hab mich beim kochen zu tief geschnitten", LOW),
    ("die tabletten fangen an zu wirken, endlich keine kopfschmerzen", NONE),
    # de.means.stockpile
    ("ich sammle die alten tabletten und bring sie zur apotheke", NONE),
    ("ich hab mir ein seil zum klettern gekauft", NONE),
    ("ich hab rasierklingen für meinen rasierer bestellt", NONE),
    ("mein sohn hat sich ne wasserpistole gekauft", NONE),
    # de.goodbye.note
    ("ich schreibe einen brief an oma", NONE),
    ("ich schreib meinen abschiedsbrief an die kollegen, ich wechsle die firma", LOW),
    ("im film schreibt sie einen abschiedsbrief", LOW),
    # de.goodbye.not_here and de.imminent2
    ("ich bin morgen nicht mehr da, ich fahr in den urlaub", NONE),
    ("morgen bin ich nicht mehr hier, weil ich umziehe", NONE),
    ("ich bin ab morgen nicht da, dienstreise", NONE),
    ("wenn du das liest bin ich schon eingeschlafen", NONE),
    # de.goodbye.care
    ("kannst du auf meine katze aufpassen wenn ich im urlaub bin", NONE),
    ("pass bitte auf meinen hund auf wenn ich weg bin", NONE),
    ("ich verschenke meine alten klamotten, die passen nicht mehr", NONE),
    ("ich hab meine sachen verschenkt weil ich umziehe", NONE),
    # de.not_safe
    ("ich bin nicht sicher ob ich morgen komme", NONE),
    ("ich bin mir nicht sicher", NONE),
    ("ich fühle mich beim autofahren nicht sicher", LOW),
    ("jetzt bin ich in sicherheit, danke", NONE),
    # de.si.more
    ("ich könnte mich erschiessen, schlüssel vergessen", NONE),
    ("ich bin nicht suizidal, keine sorge", NONE),
    ("ich mach schluss mit meinem freund", LOW),
    ("wir wollen im sommer von der brücke ins wasser springen", NONE),
    ("ich sterbe vor scham", NONE),
    ("das wäre ja beruflicher selbstmord", NONE),
    ("die kleine bringt mich um den verstand", NONE),
    ("ich bring mich um den schlaf mit dem handy", NONE),
    # de.si.nolife
    ("ich hab keinen bock mehr auf schule", LOW),
    ("ich hab keine lust mehr zu lernen", LOW),
    # de.passive.more
    ("ich wäre lieber tot als mit dem zu arbeiten", LOW),
    ("bist du lebensmüde? fahr langsamer", LOW),
    ("das macht keinen sinn mehr, den zug haben wir verpasst", NONE),
    # de.sh.recent and de.sh.past
    ("ich hab mich beim kochen schon wieder geschnitten", LOW),
    ("ich hab mich seit einem jahr nicht mehr geritzt", LOW),
    ("ich hab mich heute gut geschlagen im test", NONE),
    # de.sh.intent
    ("ich muss mir die haare schneiden lassen", NONE),
    ("ich will mich beim training nicht verletzen", NONE),
    ("ich will mir nicht wehtun", LOW),
    # de.method.wide
    ("wie hoch ist die brücke", NONE),
    ("wie lange dauert es bis die tabletten wirken", LOW),
    ("welche pflanzen sind tödlich für katzen", NONE),
    ("welche tabletten sind tödlich für hunde", LOW),
    ("wie hoch ist das risiko an grippe zu sterben", LOW),
    # de.hto.intent and de.hto.attack
    ("ich könnte ihn umbringen, er hat mein essen gegessen", LOW),
    ("ich werde sie im spiel erschiessen lol", NONE),
    ("ich will meinem bruder nicht wehtun", LOW),
    ("ich bring dich um wenn du das nochmal machst haha", LOW),
    ("ich will ihn erwürgen, falls er schon wieder zu spät kommt", LOW),
    ("ich nehme ein messer mit in die schule für das obst", LOW),
    # de.abuse.now and de.abuse.current
    ("mein bruder hat mich beim schach geschlagen", NONE),
    ("das haut mich um, so gut", NONE),
    ("er hat mich gestern angerufen", NONE),
    ("sie hat mich gestern fertig gemacht, beim uno", NONE),
    ("ich hab angst, dass mein chef mich findet und anschreit", LOW),
    ("mama wird mich umbringen wenn sie meine noten sieht", NONE),
    ("papa bringt mich um, falls ich zu spät komme", NONE),
    # de.psychosis.command and de.psychosis.signs
    ("die stimme im navi sagt ich soll links abbiegen", NONE),
    ("ich höre stimmen im treppenhaus, die nachbarn feiern", NONE),
    ("die stimmen der kritiker sagen, der film ist gut", NONE),
    # de.substance.risky and de.eating.restrict
    ("ich trinke jeden tag kaffee", NONE),
    ("ich trinke tee um schlafen zu können", NONE),
    ("mir ist so schlecht, ich muss kotzen", LOW),
    # de.low.more
    ("ich bin am ende der straße", NONE),
    ("ich bin total fertig mit dem projekt", NONE),
    # idioms
    ("ich könnte für einen kaffee morden", NONE),
    ("diese hitze bringt mich noch um", NONE),
    ("ich lach mich tot", NONE),
    ("das ist zum sterben langweilig", NONE),
    # clinicians and other people's stories
    ("meine patientin hat suizidgedanken, wie spreche ich sie an?", LOW),
]


@pytest.mark.parametrize(("text", "least", "category"), RISK)
def test_german_risk_phrasings_reach_their_level(
    text: str, least: RiskLevel, category: str | None
) -> None:
    got = screen(text, locale="de")
    assert got.level.rank >= least.rank, (text, got.level, got.evidence)
    if category is not None:
        assert category in got.categories, (text, got.categories)


@pytest.mark.parametrize(("text", "most"), BENIGN)
def test_german_everyday_twins_stay_below_their_cap(text: str, most: RiskLevel) -> None:
    got = _pattern_pass(text)[0]
    assert got.rank <= most.rank, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "ich könnte für einen kaffee morden",
        "diese hitze bringt mich noch um",
        "ich könnte mich erschiessen, schlüssel vergessen",
        "ich sterbe vor scham",
        "das wäre ja beruflicher selbstmord",
        "ich lach mich tot",
    ],
)
def test_german_idioms_stand_the_whole_screen_down(text: str) -> None:
    # an idiom with no rule match also tells the classifiers to stand down
    assert screen(text, locale="de").level is NONE, text


# --- someone else's risk (de `others` key and de.other.risk) in both directions


@pytest.mark.parametrize(
    "text",
    [
        "meine schwester sagt sie will sich umbringen",
        "mein bester freund redet ständig davon sich das leben zu nehmen",
        "meine freundin ritzt sich, was soll ich tun",
        "mein bruder hat suizidgedanken",
        "meine tochter will sich ritzen",
    ],
)
def test_a_third_person_as_subject_is_someone_elses_risk(text: str) -> None:
    got = screen(text, locale="de")
    assert got.level is LOW, (text, got.level, got.evidence)
    assert "third_party" in got.flags, (text, got.flags)


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("mein freund hat schluss gemacht und ich will sterben", HIGH),
        ("mein freund hat schluss gemacht ich will sterben", HIGH),
        ("sie sagen ich bin nur eine last", MODERATE),
        ("meine mutter schreit nur noch, ich bring mich um", HIGH),
        ("meine schwester will sich umbringen und ich hab auch suizidgedanken", HIGH),
    ],
)
def test_the_writers_own_statement_next_to_someone_else_stays_the_writers(
    text: str, least: RiskLevel
) -> None:
    got = screen(text, locale="de")
    assert got.level.rank >= least.rank, (text, got.level, got.evidence)
