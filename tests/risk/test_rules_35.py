"""rules-1.27: what two review rounds found rules-1.26 missing or over-reading.

Medication gathered said without "i", intent held back only by fear, means bought so that
nobody asks, extra pills taken to test them, self-injury as a relapse or a relief, means at
hand with the fear gone, every appointment after the next refused, a near attempt at a
height; and everyday goodbyes (a last day at work, a platform left), "my last message got
deleted", the ways to die in a game, and collecting a prescription, which read as alarms.
What rules-1.26 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # Medication gathered (moderate, none).
    ("started collecting my meds instead of taking them", IMMINENT, "suicidal_ideation"),
    ("been hoarding my sleeping pills for weeks", IMMINENT, "suicidal_ideation"),
    (
        "stopped taking my tablets in march. kept every single one in a jar",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "havent touched my antidepressants in a month, keeping them all in a box for when im ready",
        IMMINENT,
        "suicidal_ideation",
    ),
    # Only fear in the way (moderate).
    ("if i wasnt so scared id have done it already", HIGH, "suicidal_ideation"),
    ("id have ended it by now if i wasnt such a scaredy cat", HIGH, "suicidal_ideation"),
    ("only reason im still here is im too much of a coward", HIGH, "suicidal_ideation"),
    ("fear is the only thing keeping me alive rn", HIGH, "suicidal_ideation"),
    # Means bought so that nobody asks (none).
    (
        "can you buy rope at the hardware store without them asking questions",
        HIGH,
        "method_seeking",
    ),
    ("ordered the rope online so no one would ask me why", HIGH, "method_seeking"),
    ("bought paracetamol from 3 diff shops so nobody would get suspicious", HIGH, "method_seeking"),
    # Extra pills to test them (none, moderate).
    ("i took a few extra tablets to see how it would feel", HIGH, "self_harm"),
    (
        "swallowed a couple extra of my sleeping pills to see how far i could push it",
        HIGH,
        "self_harm",
    ),
    # Self-injury as a relapse or a relief (none, low, moderate).
    ("been cutting again", HIGH, "self_harm"),
    ("cutting again and tbh i love the sting", HIGH, "self_harm"),
    ("i like the pain when i cut", HIGH, "self_harm"),
    ("been punching walls till my knuckles split, i kind of like the pain", HIGH, "self_harm"),
    ("hurting myself is the best part of my day, the pain is a relief", HIGH, "self_harm"),
    ("scratching till i bleed is the only thing that feels nice anymore", HIGH, "self_harm"),
    # Means with their purpose left unsaid (none, moderate).
    ("bought two boxes of painkillers and i know what theyre for", HIGH, "suicidal_ideation"),
    ("got the pills. theyre not for headaches", HIGH, "suicidal_ideation"),
    # Means at hand and the fear gone (high).
    (
        "the bottle is right here next to me and im not scared anymore",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "its all set up in the garage. i thought id be terrified but im not",
        IMMINENT,
        "suicidal_ideation",
    ),
    # Bleeding that will not stop after a cut deeper than meant (high).
    ("i cut way deeper than i meant to and it wont stop", IMMINENT, "self_harm"),
    # Every appointment after the next refused (low).
    ("i wont make my thursday appt, or any after that", IMMINENT, "suicidal_ideation"),
    (
        "tell dr k i wont be at my appointment next week. or ever again",
        IMMINENT,
        "suicidal_ideation",
    ),
    # A near attempt at a height (low).
    ("stood on the bridge for an hour tonight. nearly went over", HIGH, "suicidal_ideation"),
    # Passive wishes (low, none).
    (
        "i keep thinking my family would cry for a week and then be relieved",
        MODERATE,
        "suicidal_ideation",
    ),
    ("lowkey wouldnt mind not waking up", MODERATE, "suicidal_ideation"),
    ("if the bus crashed on the way home i really wouldnt be upset", MODERATE, "suicidal_ideation"),
    (
        "goodbye twitter was easy. goodbye to everything would be easier",
        MODERATE,
        "suicidal_ideation",
    ),
    # A cue of risk before an errand the fa14 idiom reads as ordinary (none).
    ("nobody will care. doing it tonight, painting my room", IMMINENT, "suicidal_ideation"),
    # A third round, written blind to the rules above.
    # Final arrangements listed as errands (low, none): arrangements.find.
    (
        "note is in my coat pocket, dog goes to dan, funeral songs are saved in my notes app",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "ok meds are all out on the desk, letters printed, door locked. 1am feels right",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "Mum if you read this on my phone later the PIN is 1984 and I love you so much",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "moved all my savings to my sister and emailed my boss my resignation effective forever"
        " lol. tonight",
        IMMINENT,
        "suicidal_ideation",
    ),
    # The classifiers' suicidal high beside an act at hand (high): upgrades.now17.
    (
        "standing on the bridge rn. its quieter up here than i thought it would be",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "just swallowed a handful. not calling anyone so dont bother asking me to",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "weirdly calm now that ive decided. 3am when the house is dead quiet",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "its already tied up. just sitting here deciding whether to say anything to anyone first",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "can u tell my therapist i appreciated her. i wont be making thursdays session. or any",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "stood at the edge of the platform this morning for ages. almost stepped. idk why i didnt",
        HIGH,
        "suicidal_ideation",
    ),
    (
        "relapsed. 8 months clean from cutting and i just did it again in the work toilets",
        HIGH,
        "self_harm",
    ),
    ("i have a plan i just dont have a date yet", HIGH, "suicidal_ideation"),  # none
    (
        "is paracetamol damage reversible? asking cos i might take a lot of it",
        HIGH,
        "method_seeking",
    ),
    (
        "thinking about driving into the barrier on the motorway. would look like an accident so"
        " mum gets the insurance",
        HIGH,
        "suicidal_ideation",
    ),
    (
        "i keep telling myself ill do it once my exams are over so nobody blames the school",
        HIGH,
        "suicidal_ideation",
    ),
    # A fourth round, on plans told as logistics, danger from someone and harm to others.
    (
        "after my shift im driving up to the quarry. wont be needing the car after that",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "bought a one way train ticket to the coast for tomorrow. not planning on needing a return",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "cleaned my room, returned the library books. itll be tidy for whoever finds me tomorrow",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "no more pretending. the trains at 6:40 and ill be on the tracks not the platform",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "im on the train tracks behind my house, i can hear one coming",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "i keep looking at the clock. 11:30 is when, just a couple more hours of this",
        IMMINENT,
        "suicidal_ideation",
    ),
    ("theres so much blood on my arm and its not slowing down", IMMINENT, "self_harm"),
    (
        "cut too far this time, the towels are soaked through and i feel faint",
        IMMINENT,
        "self_harm",
    ),
    ("carved his name into my leg last night with a compass", HIGH, "self_harm"),
    (
        "every night i lie awake planning how id do it. havent picked when",
        HIGH,
        "suicidal_ideation",
    ),
    (
        "my stepdad is going to hurt me when he gets back from the pub, he said so",
        IMMINENT,
        "abuse_or_violence",
    ),
    ("my dad said if i tell anyone hell kill me and mum. he means it", HIGH, "abuse_or_violence"),
    (
        "my dads home soon and he said hes going to break my neck. im 14",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "my husbands just rung, hes been drinking and says hes coming home to finish me",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "my boyfriends pacing with a hammer and hes not letting me out of the flat",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "hes outside the window right now. the restraining order didnt stop him",
        IMMINENT,
        "abuse_or_violence",
    ),
    ("im going to beat lee to death when he gets off his bus at 6", IMMINENT, "harm_to_others"),
    (
        "hes going to pay tonight. ive got the bat in my car and i know what time he finishes work",
        IMMINENT,
        "harm_to_others",
    ),
    ("got the petrol. their house goes up at 3am", IMMINENT, "harm_to_others"),
    (
        "going round to my landlords at 7 and hes not walking away from it this time",
        IMMINENT,
        "harm_to_others",
    ),
    # A fifth round, read blind first (33 of 100 risky messages below level under rules-1.26,
    # 29 under the rules above), then written from.
    (
        "finally picked the day. friday after work, the car park by the reservoir",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "cancelled therapy next week cos i wont need it. made my mind up about tonight",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "left my keys and an envelope with the concierge. heading up to the roof in a bit",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "can u feed mittens tomorrow? and the day after. and after that tbh",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "gonna drive out to the cliffs after my shift, tank is full. not planning on driving back",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "funeral money is in the biscuit tin, spare key under the mat for whoever comes round",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "gave my guitar to my cousin. told him i wont be needing them after this weekend",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "rehomed the fish, emptied the fridge, set up an email to send itself at 6am. thats"
        " everything done",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "did something stupid with my meds earlier, cant keep my eyes open and ive been sick twice",
        IMMINENT,
        "suicidal_ideation",
    ),
    ("bath waters going red and im getting really cold now", IMMINENT, "self_harm"),
    (
        "husbands drunk again and has the knife out, kids are in their room, i dont know what"
        " to do",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "he had his hands round my neck earlier and says itll be worse when hes back from the pub",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "my stepdads banging on my door screaming, he broke the lock last time. cant get out",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "my ex has been parked outside my flat for an hour. said if he sees me with anyone im dead",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "partner said next time i answer back ill end up in a&e. hes calm now but its coming",
        HIGH,
        "abuse_or_violence",
    ),
    (
        "tomorrow at lunch in the canteen everyone who laughed at me pays",
        IMMINENT,
        "harm_to_others",
    ),
    (
        "shes home at 6. when she walks in im hurting her bad, mind is made up",
        IMMINENT,
        "harm_to_others",
    ),
    (
        "filled a can of petrol, going round his place at 2am while they sleep",
        IMMINENT,
        "harm_to_others",
    ),
    (
        "hit my head on the wall till i saw stars, only thing that made the noise in my head stop",
        HIGH,
        "self_harm",
    ),
    ("started writing letters to people. not sending them yet", HIGH, "suicidal_ideation"),
    (
        "can you get strong sleeping pills online without a prescription? just wondering",
        HIGH,
        "method_seeking",
    ),
    (
        "such a burden on my parents, theyd have more money and less stress if i wasnt around",
        MODERATE,
        "suicidal_ideation",
    ),
    (
        "kinda hoping i just dont wake up from the anaesthetic next week tbh",
        MODERATE,
        "suicidal_ideation",
    ),
    ("hands itching to go at my arms again, 3 months clean and its hard", MODERATE, "self_harm"),
    # A sixth round, kept blind, showed one class worth mending at once: a homework frame
    # around the writer's own body or pills (none).
    (
        "for a chem assignment how many paracetamol would actually be fatal for someone my weight",
        HIGH,
        "method_seeking",
    ),
    (
        "quick q for my pharmacology homework, whats roughly the lethal dose of my antidepressants",
        HIGH,
        "method_seeking",
    ),
    # Round 6, after it was measured blind (26 -> 20 of 100 below level), written from.
    (
        "he took my car keys and locked the front door, says im not leaving alive this time",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "set an alarm for 4am so i can get it done while everyones asleep",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "stepdad is drunk and says hes coming up to my room when mum leaves for nights",
        IMMINENT,
        "abuse_or_violence",
    ),
    (
        "standing on the top floor of the car park. not scared anymore",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "pls feed my cat, spare keys under the mat. im not coming back from the woods",
        IMMINENT,
        "suicidal_ideation",
    ),
    ("chose the date. my birthday on friday, feels fitting somehow", IMMINENT, "suicidal_ideation"),
    (
        "opened my arm up like 10 mins ago and im really faint, theres loads of blood on the floor",
        IMMINENT,
        "self_harm",
    ),
    (
        "my boyfriend said if i ever leave hell find me and make sure no one else gets me either",
        HIGH,
        "abuse_or_violence",
    ),
    (
        "punched the mirror on purpose and picked the glass out with tweezers. felt deserved",
        HIGH,
        "self_harm",
    ),
    (
        "starved and cut this week, both arms now, had to wear a hoodie at work in july",
        HIGH,
        "self_harm",
    ),
    (
        "keep googling tall buildings in the city with open roofs. idk why i do it",
        HIGH,
        "method_seeking",
    ),
    ("relapsed with the blade last night after 8 months clean", HIGH, "self_harm"),
    ("bit my arm so hard theres teeth marks and a bruise, did it twice today", HIGH, "self_harm"),
    (
        "everyone has to carry me and im tired of being the weight they drag around",
        MODERATE,
        "suicidal_ideation",
    ),
    ("been drinking vodka alone on my lunch break at work, nobodys noticed", MODERATE, "substance"),
    (
        "took way too much at the festival and blacked out, going again next week",
        MODERATE,
        "substance",
    ),
    ("no food for 4 days now, running on energy drinks and spite", MODERATE, "eating_disorder"),
    # Round 7, kept blind (29 -> 23 of 100 below level), then three of its misses mended.
    (
        "gonna shoot up my old school on monday, got my brothers rifle, theyll all see",
        IMMINENT,
        "harm_to_others",
    ),
    (
        "just finished a bottle of vodka and my entire prescription, room is spinning lol",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "ive scheduled an email to go out to my family at 9am tomorrow explaining why",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "my boyfriend keeps saying hell kill me if i talk to my ex, hes got a proper temper",
        HIGH,
        "abuse_or_violence",
    ),
    # A goodbye at work with finality: the work idiom stands aside (none).
    (
        "last day at work, goodbye everyone. i wont be needing anything ever again",
        IMMINENT,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    (
        "ich habe die tabletten schon genommen. es tut mir leid",
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),  # high
    ("si no tuviera tanto miedo ya lo habría hecho", "es", HIGH, "suicidal_ideation"),  # none
    ("compré pastillas y sé perfectamente para qué son", "es", HIGH, "suicidal_ideation"),  # none
    (
        "je ne serai pas à mon rendez-vous de jeudi, ni à aucun autre. adieu",
        "fr",
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "ma famille pleurerait une semaine et puis elle serait soulagée",
        "fr",
        MODERATE,
        "suicidal_ideation",
    ),  # none
    ("ninguém vai se importar. vai ser hoje à noite", "pt", IMMINENT, "suicidal_ideation"),  # none
    (
        "quase me matei ontem, só parei porque minha irmã ligou",
        "pt",
        HIGH,
        "suicidal_ideation",
    ),  # none
    (
        "il a dit que ce soir il me tue si je pars. il est dans le salon",
        "fr",
        IMMINENT,
        "abuse_or_violence",
    ),  # none
    (
        "j'ai l'impression d'être un poids pour tout le monde",
        "fr",
        MODERATE,
        "suicidal_ideation",
    ),  # low
    (
        "mi sento solo un peso per la mia famiglia, gli rovino la vita",
        "it",
        MODERATE,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    ("i am collecting my prescription from the pharmacy later", "en"),  # imminent
    ("im collecting my meds from the chemist after work", "en"),  # imminent
    ("last day at the office today! goodbye everyone, its been a great five years", "en"),
    ("i dont want to wake up tomorrow, first day back at school after summer lol", "en"),
    ("goodbye forever twitter, im moving to bluesky", "en"),  # imminent
    ("my last message got deleted, can you resend the address?", "en"),  # imminent
    ("that horror game has so many ways to die, its brutal", "en"),  # high
    ("ich habe meine tabletten genommen, tut mir leid dass ich so spät antworte", "de"),
    ("no me importaría no despertarme temprano mañana, es festivo", "es"),  # moderate
    ("moving to leeds next week so this is goodbye to my local coffee shop, gonna miss it", "en"),
    (
        "getting my affairs in order before surgery, doc says its routine but i like being"
        " organised",
        "en",
    ),
    # Threats said in jest, and plans with a time that a trip or an operation explains.
    ("my mum said shell kill me if i miss grandads 90th on sunday", "en"),
    ("he said hed kill me if i told anyone about the surprise party lol", "en"),
    ("my sister said shell murder me if i spoil the bake off final", "en"),
    ("my brother says hes going to beat lee at fifa tonight", "en"),
    ("my last shift before the holiday is tonight, cant wait", "en"),
    ("on the tracks for a photoshoot, the line has been closed for years", "en"),
    ("finally picked the date for the wedding, so happy", "en"),
    ("bath water going pink from my hair dye lol", "en"),
    ("my flatmate banging on my door screaming that the pizza is here lol", "en"),
    ("can u feed mittens tomorrow? im back on sunday", "en"),
    ("hit my head on the cupboard door getting the pans out, ouch", "en"),
    ("tonights the night, asking her to marry me at the restaurant at 8", "en"),  # imminent
    ("the dog bit my arm so hard theres teeth marks", "en"),
    ("no food for 3 days on the camping trip lol", "en"),
    ("googling tall buildings with roof access for drone shots", "en"),
    ("im not coming back from the lake till sunday, camping with the scouts", "en"),
    ("gave blood today, felt faint after, they took so much blood", "en"),
    ("took my whole prescription to the pharmacy for a review", "en"),
    ("scheduled an email to go out to the team at 9am explaining the new rota", "en"),
    # Twins of the new rules a review wrote to trip them, and of the arrangements list.
    ("the note is on the fridge, the dog goes to the vet at 3pm", "en"),
    ("wifi password is on the fridge, the cat goes to sarah on friday", "en"),
    ("my sister left a note for mum, her cat goes to dan", "en"),
    ("stood on the platform and nearly stepped on a pigeon", "en"),
    (
        "bought paracetamol for the office first aid kit and the cashier didnt ask anything",
        "en",
    ),
    ("got a new rope for climbing and yes i know what its for, bouldering gym on saturday", "en"),
    ("nobody cares about my art lol. doing it tonight, painting my room", "en"),
    ("been cutting again the fabric for the quilt, so many squares", "en"),
    ("scratching my eczema till it bleeds is the only thing that feels nice, so itchy", "en"),
    ("stood on the cliff edge for photos and nearly went over lol, the wind", "en"),
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_the_reviews_risky_messages_reach_their_level(
    text: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_everyday_goodbyes_errands_and_twins_are_not_alarms(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank


# A clock time beside the classifiers' suicidal "high" is imminent (upgrades.now17); a time
# an operation explains is not (the classifiers' own high stays).
NOT_IMMINENT = [
    "surgery at 7:30 tomorrow, nil by mouth from midnight. bit scared tbh",
]


@pytest.mark.parametrize("text", NOT_IMMINENT)
def test_a_time_an_operation_explains_is_not_a_plan(text: str) -> None:
    assert screen(text).level is not RiskLevel.IMMINENT
