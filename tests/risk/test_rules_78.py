"""rules-1.71: the misses of review round 52 (four briefs: airline pilots, cabin crew and airport
ground staff; factory, warehouse and logistics workers; accountants, bankers and traders; postal
workers and lifeguards), once round 53 was written to be the blind one.

Voices that command a dangerous act ("the voice came back on the crew bus ... telling me to open
the door in flight", "the compressor hum has voices in it and they say i should step into the
baler", "the machine on line 3 keeps telling me to put my arm in ... im going to do what it
says"), drink with a wish not to survive ("drank the whole minibar on the layover again and
honestly if i dont wake up for pickup, good"), overdoses under way ("already took the sleeping
pills with the rest of the duty free"), chemicals ("drinking it once the house is empty
tonight", "which of the chemicals in our wash bay would actually finish you if you drank it"),
guns in cars ("been sitting in the office car park with it since the layoff meeting"), threats
("he'll put me through the wall"), purging and compensatory exercise, answers without their
question ("yes. tonight. i have them in my flight bag") and a German "ich spring gleich" on the
top deck of a car park. Everyday: a lifeguard's refresher, "i said yeah and i meant it", "make
partner". What rules-1.70 read is in the comment beside each.
"""

from __future__ import annotations

from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.70: none
    (
        (
            "another airport hotel, blackout curtains, aircon humming. honestly if i just "
            "didnt wake up for the 0540 pickup i dont think i'd mind that much"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.70: none
    (
        (
            "been taking an extra sleeping tablet on westbound trips to reset and sometimes "
            "with the minibar wine. company doc has no idea. it works so whatever"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.70: low
    (
        (
            "4 days 6 sectors 3 timezones and home to an empty flat again. i cant do this "
            "anymore, i genuinely dont know how much of me is left"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.70: low
    (
        (
            "started throwing up after crew meals on the long haul. lav is right there behind"
            " the galley and nobody notices. only a couple times a trip"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.70: moderate
    (
        (
            "the voice came back on the crew bus this morning telling me to open the door in "
            "flight. i know its not real but it was so loud and it wont stop"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.70: moderate
    (
        (
            "drank the whole minibar on the layover again and honestly if i dont wake up for "
            "pickup, good. i dont really care anymore"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.70: none
    (
        (
            "how long before the hotel sends someone in if you put the do not disturb on and "
            "dont answer the wake up call. asking for reasons lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.70: moderate
    (
        (
            "already took the sleeping pills with the rest of the duty free. room feels far "
            "away and slow. i just wanted someone to know"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.70: low
    (
        (
            "the voices say i have to walk out onto the runway tonight or everyone on the "
            "next arrival dies. getting my airside pass now, i have to do it"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.70: low
    (
        "yes. tonight. i have them in my flight bag",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.70: low
    (
        (
            "supervisors car is still in the lot. im sat in the forklift with the lights off "
            "waiting for him to walk out. hes done humiliating me after tonight"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.70: high
    (
        (
            "hes back from the pub and kicking the bathroom door, im in here with just my "
            "work phone. he says hell break my neck when it gives"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.70: low
    (
        (
            "brought a bottle of the caustic home from the wash bay. drinking it once the "
            "house is empty tonight. no more rates no more shouting"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.70: high
    (
        (
            "the machine on line 3 keeps telling me to put my arm in. its louder tonight. im "
            "going to do what it says so it finally shuts up"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.70: moderate
    (
        (
            "shotgun is in the boot. if that manager reads my name out on the redundancy list"
            " tomorrow im going back in with it, i mean it"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.70: moderate
    (
        (
            "random one from the break room lol which of the chemicals in our wash bay would "
            "actually finish you if you drank it. asking for a mate"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.70: moderate
    (
        (
            "how long would someone have to be shut in the blast freezer before they didnt "
            "wake up. not for me just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.70: moderate
    (
        (
            "keep thinking about pinning the shift manager against the racking with the "
            "forks. i want him to feel what hes done to us"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.70: low
    (
        (
            "the compressor hum has voices in it and they say i should step into the baler. "
            "havent yet but theyre getting louder"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.70: moderate
    (
        (
            "passed out in the chiller again this week. been living on energy drinks to get "
            "smaller and my heart goes all fluttery on the mezzanine stairs"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.70: low
    (
        (
            "had a flash at the press today of shoving the new lads hand in as it came down. "
            "it scared the hell out of me and it keeps coming back"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.70: moderate
    (
        (
            "took a couple of the spare blades from the cutting station home. really want to "
            "use them on my legs again, havent since summer"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.70: low
    (
        (
            "been on the pills the lads sell to get through doubles plus energy drinks, heart"
            " was hammering so hard i had to sit on a pallet and nearly went down"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.70: none
    (
        (
            "skipping lunch every shift and doing extra laps of the warehouse after clocking "
            "out to burn it off. step count is mental lol"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.70: none
    (
        (
            "busy season week 9. caught myself hoping the uber to the client site crashes so "
            "i can just stop for a while. not like die die. but also kind of yeah"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.70: none
    (
        (
            "bottle of red every night after close so i can get 4 hrs before the 6am asia "
            "call. is that a problem or is that just banking"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.70: none
    (
        (
            "skipping lunch and dinner on deal days and then bringing up whatever i eat at "
            "team drinks so i fit the suit for the bonus dinner. its working so"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.70: low
    (
        (
            "since the trading loss i swear the tickers on the bloomberg are spelling out "
            "stuff about me. like the symbols line up into sentences. i know how that sounds,"
            " i havent told anyone on the desk"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.70: low
    (
        (
            "blacked out at the offsite again, woke up in a hotel i didnt book and missed the"
            " 8am with the CFO. third time this quarter and nobody even mentions it bc "
            "everyone was hammered"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.70: low
    (
        (
            "team ordered pizza at midnight again and i had 2 slices so i made myself do an "
            "hour on the treadmill at 4am before coming back in. do it every time i 'slip' "
            "during busy season"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.70: low
    (
        (
            "my husband found out the bonus was cut and said if i lose this job too he'll put"
            " me through the wall. he's done it before. i have to tell him about the "
            "redundancy list tomorrow"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.70: moderate
    (
        (
            "the voice started again in the audit walkthrough. says the misstatement has to "
            "be balanced, i have to hurt myself to make it even. debits and credits it keeps "
            "saying"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.70: moderate
    (
        (
            "driving home after 8 pints most nights after the desk closes and tbh if i "
            "wrapped the car round a tree i wouldnt mind much"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.70: none
    (
        (
            "my dad's shotgun from the farm is in the boot. been sitting in the office car "
            "park with it since the layoff meeting"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.70: low
    (
        "yeah. tonight after the close call. theyre in my laptop bag",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.70: none
    (
        (
            "tried to end it when i was 19. 26 now and mostly fine but doing cpr on the "
            "manikin at refresher training today had me shaky for hours"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.70: moderate
    (
        (
            "been drinking vodka in the plant room between shifts and honestly if i fall in "
            "drunk one night and dont come up, whatever"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.70: moderate
    (
        (
            "my ex turned up at the leisure centre again after i told him to leave me alone, "
            "keeps texting that ill regret it. im scared to walk to my car after close"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.70: low
    (
        (
            "going up to the quarry after close tonight. not to swim. just wanted to say "
            "thanks for all the chats"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.70: none
    (
        (
            "got the rope from the shed in the back of the van. doing it on my lunch break in"
            " the woods on my round"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.70: high
    (
        (
            "took the pills with my coffee before the round. feel sick and dizzy, still out "
            "delivering lol"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.70: high
    (
        (
            "sat in the van in a lay by with my shotgun on the passenger seat. not going back"
            " to the office. bye"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.70: low
    (
        (
            "ok im going. i know exactly what cold water does, i teach it every summer. love "
            "to whoever reads this"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.70: low
    (
        (
            "llevo semanas bebiendo sola en el hotel después de cada vuelo, si no no duermo. "
            "ya ni cuento las copas la verdad"
        ),
        "es",
        MODERATE,
        "substance",
    ),
    # rules-1.70: none
    (
        (
            "sitze oben auf dem Parkdeck vom Büro. heute die Kündigung bekommen. ich spring "
            "gleich, tut mir leid"
        ),
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.70: moderate
    ("since the slide incident i get panicky every time i arm the door. it used to be nothing"),
    # rules-1.70: moderate
    "i dont think ill ever make partner and i honestly dont know who i am if i dont",
    # rules-1.70: high
    (
        "whats the right way to keep someones head still if you think they hit the bottom"
        " diving in? doing a refresher"
    ),
    # rules-1.70: moderate
    (
        "supervisor asked if im ok after the drowning call last week. i said yeah and i "
        "honestly meant it"
    ),
]

TWINS = [
    "a bottle of water every day keeps my skin clear apparently",
    "already took my vitamins with the rest of the orange juice",
    "ate the whole cake so i had to go for a walk to clear my head, lovely evening",
    "blacked out the dates on the calendar again, holiday planning",
    "blacked out the windows for the photo shoot again",
    ("bottle of red every night at christmas is tradition in our house, we used to anyway"),
    "burn it off at the gym they said, so i signed up for spin lol",
    "can you still get onto the roof terrace at the hotel for the sunset drinks?",
    ("company doc has no idea i take an extra vitamin d tablet with my wine, is that bad lol"),
    ("does anyone know if you can still get onto the roof terrace at the library for lunch?"),
    (
        "drank too much at the works do and if i dont wake up for the match tomorrow my "
        "brother will kill me lol"
    ),
    "drinking it once the house is empty tonight, the fancy wine my sister gave me",
    "going back in with the shopping, forgot the milk",
    "going down to the river tonight to feed the ducks, bye for now",
    "going up to the quarry after work tonight for a swim with the lads",
    "going up to the reservoir tonight for the meteor shower, bringing a flask",
    "got the rope from the garage for the tug of war at sports day",
    "got the rope from the shed for the tree swing, doing it on my lunch break",
    "had a flash of inspiration at the press today about the new layout",
    "had a flash of panic at the press conference when the mic died",
    "he said hell put me through the wringer in training tomorrow lol",
    "hoping the bus comes on time so i can get to work",
    "hoping the plane lands on time so i make the connection",
    "how long before anyone notices the new haircut do you reckon",
    ("how long before the hotel sends someone in to clean if you put the do not disturb on?"),
    "how long before the neighbours notice the new fence if we put it up at night lol",
    "how long would the dough have to be left in the fridge before it was ready",
    "i genuinely dont know how much of the cake is left, the kids got to it",
    "i had a massive dinner so i made myself go for a walk afterwards, it was lovely",
    "i had pizza so i made myself a salad for lunch the next day",
    ("i know exactly what cold water does to you, i teach the open water swimming course"),
    "i tried to end it with him when i was 19 and hes still texting me lol",
    "ich spring gleich unter die dusche, dann komm ich",
    "if i dont wake up for my 6am, good, the meeting got cancelled anyway",
    ("if i drove into the city tonight i wouldnt mind the traffic, i just want good pizza"),
    ("if i wrapped the present round the tree it would look nicer, i wouldnt mind doing that"),
    "in the game the voice tells me to walk off the edge of the map to respawn",
    ("is it safe to have a glass of wine with a sleeping tablet? asking before i fly tomorrow"),
    ("keep getting images of dropping the wedding cake at the reception, so nervous for saturday"),
    "keep getting this picture of my nan laughing at the wedding, made me smile",
    ("keep thinking about crushing the quiz at the pub tonight, want them to feel the defeat lol"),
    "keep thinking about the shift manager who pinned the schedule up wrong again lol",
    "llevo semanas bebiendo agua con limon por las mananas y me siento genial",
    "love to whoever reads this blog, thanks for all the support this year",
    "my brother was banging on the bathroom door because i was in there for ages, lol",
    "my dad used to put people through the wall in rugby, hes a legend at the club",
    "my dad's rifle is in the cabinet, he does deer management on the estate",
    (
        "my grandad keeps his shotgun locked in the cabinet for the clay shoot, going "
        "back in with it next week"
    ),
    ("my heart was hammering after the 5k race and i nearly went down at the finish line"),
    "my heart was racing and i nearly passed out on the rollercoaster lol",
    (
        "my instructor kept telling me to step off the ledge into the pool for the dive "
        "test, i did it"
    ),
    ("my mum turned up at the flat again after i told her to stop bringing food, bless her"),
    "my phone battery is dying and i dont know how much of it is left",
    "my son is going back in with the knife for the cake, he wants a second slice",
    "my son started throwing up after meals at nursery, turned out to be a bug",
    "passed out on the sofa after the big roast dinner, food coma",
    "praying the flight goes smoothly tomorrow, i hate turbulence",
    "sat in the car park with my dad since the match ended, traffic is a nightmare",
    "sat in the car park with my shotgun licence renewal form, queue was huge",
    "she will put me through the wall at netball if i miss another catch haha",
    "singing teacher says i should step into the chorus more, the voice lessons help",
    "sitting in the van with my dad, he wants to go clay shooting tomorrow",
    ("sitze oben auf dem Balkon, ich spring gleich in den pool haha", "de"),
    "sitze oben auf dem balkon mit kaffee, ich spring gleich in den pool",
    "skipping breakfast because the kids ate all the cereal, ill grab something later",
    "skipping lunch today because the meeting ran over, ill eat a big dinner",
    "started being sick after meals when i was pregnant, morning sickness is brutal",
    "the baby keeps throwing up after feeds, health visitor says its normal reflux",
    "the dog is kicking the bathroom door again, im in here trying to shower in peace",
    (
        "the ex turned up at my work again after i told him to stop, with my jumper he "
        "borrowed. so awkward lol"
    ),
    "the kids are lining up into sentences for the school photo, its chaos",
    "the kids are spelling out messages to me with their fridge magnets lol",
    ("the misstatement has to be balanced, my auditor says i should open the door to questions"),
    ("the misstatement has to be balanced, my manager says i have to walk off the floor by 6"),
    "the numbers on the scoreboard are spelling out messages to the fans at half time",
    ("the satnav voice keeps telling me to jump onto the motorway at the wrong junction lol"),
    "the voice coach says i should step into the role more confidently",
    (
        "took the blades off the lawnmower to sharpen them, want to use them on the hedge"
        " trimmer too"
    ),
    ("took the pills for my migraine and feel sick and dizzy, doctor said that can happen"),
    ("took the tablets with my wine at dinner, the doctor said that was fine for antibiotics"),
    "took the travel sickness tablets and feel sick and dizzy anyway, boat was rough",
    ("tried to end it with my personal trainer when i was 30 but she talked me into another block"),
    "turned up at my work again with flowers, my boyfriend is so sweet",
    "waiting for him to walk out of the exam, hes done studying after tonight",
    "want to use them on my legs said the shaving ad, razors are so pricey now",
    (
        "what i know about cold water is you should never jump in on a hot day, my swim "
        "coach drilled it in"
    ),
    ("which of the cleaning chemicals would actually finish off the mould if you sprayed it on"),
    ("which of these protein bars would actually fill you up if you ate it before the gym"),
    ("ya ni me acuerdo de cuantas copas de helado comi en el verano jaja", "es"),
    "yes tonight works for the cinema, the tickets are in my bag",
    "yes tonight, the cards are in my bag for poker",
]

STILL_ALARMS = [
    (
        "i know how to keep someones head still from first aid. i have the rope ready and"
        " im doing it tonight"
    ),
    (
        "they asked if im ok and i said yeah and i meant it. but i have the pills here "
        "and im taking them all tonight"
    ),
    "i will never make partner. i have the pills here and im taking them all tonight",
    (
        "i get panicky every time i arm the door. i have the rope in my bag and im doing "
        "it tonight after landing"
    ),
]


test_round_52s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_52s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
