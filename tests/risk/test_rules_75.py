"""rules-1.68: the misses of review round 49 (four briefs: police officers, PCSOs and emergency
call handlers; teachers, teaching assistants and school staff; people with a gambling problem
or in serious debt; seafarers, fishermen and offshore workers), once round 50 was written to be
the blind one.

Method questions in work's words ("of all the ones we attend, which ones actually suffer the
least? not for me lol", "if an AFO took one home for a night would anyone notice", "if someone
went over off the stern on a night watch would the mob alarm even pick it up?", "does the train
line by the retail park have fencing along it at night? asking for reasons lol"), plans in
place ("sat in the garage now, not coming out. night all x", "going to put it into the harbour
wall on the way home", "so the plan is finish marking ... then the pills ... tonight",
"yeah. shotgun's out of the cabinet", read none), threats and violence ("says he'll sort me out
for excluding his sister", "pinned me against the wall. he said next time will be worse", read
none; "going round my ex's new fellas house now, still got the pava on my belt"), compensatory
exercise, purging hidden on board, and a Portuguese knife at a cabin door. Everyday: "sarge said
if i lose another baton he will actually murder me lmao fair", "how to get blood out of a hi
vis", and a worker's replayed scene ("cant stop seeing the kid from saturdays rtc when i close
my eyes"), which names its distress (`screen._NAMED_DISTRESS`) and reads low. What rules-1.67
read is in the comment beside each.
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
    # rules-1.67: low
    (
        (
            "sudden death today, old fella just gone in his armchair with the telly on. "
            "drove back to the nick thinking he looked so peaceful and tbh i was a bit "
            "jealous. is that mad"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.67: low
    (
        (
            "skipping meals all week before the fitness test and then going running after "
            "nights to burn off anything i do eat. sarge says ive lost loads and its meant "
            "as a compliment"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.67: low
    (
        (
            "after this run of nights i swear i keep hearing the radio in my flat, my "
            "callsign being called, but my airwave's locked in my locker at work. happened 3 "
            "times now"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.67: low
    (
        (
            "lol not gonna do anything, got the kids, but on blue light runs part of me "
            "hopes something just t-bones us and thats it. finally a rest"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.67: moderate
    (
        (
            "random one but of all the ones we attend, which ones actually suffer the least? "
            "not for me lol just wondering"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.67: moderate
    (
        (
            "the voices on the airwave keep telling me to drive into the river on the way "
            "home. i know its not real but theyre getting louder every shift"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.67: low
    (
        (
            "armoury question, how thorough is the count at end of shift really. if an AFO "
            "took one home for a night would anyone notice. asking for reasons i dont want "
            "to say"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.67: high
    (
        (
            "at the bridge i closed off for the jumper last month. feels right it ends here. "
            "not calling it in"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.67: none
    (
        (
            "going round my ex's new fellas house now, still got the pava on my belt. hes "
            "going to learn"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.67: high
    (
        (
            "lol funny how calm you get once youve decided. sat in the garage now, not "
            "coming out. night all x"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.67: low
    (
        (
            "year 10 lad punched me in the face last march when i split up a fight. he's "
            "been moved on and im fine physically but i still flinch every time a door bangs"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.67: moderate
    (
        (
            "a dad from my form messaged me on facebook saying he knows where i live and "
            "i'll get whats coming. head just says log it. im scared to walk to my car"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.67: none
    (
        (
            "a student's older brother has been waiting outside the gates three days "
            "running, says he'll sort me out for excluding his sister. police say nothing "
            "they can do yet"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.67: high
    (
        (
            "standing on the bridge by the retail park watching the cars go under. i just "
            "want the noise in my head to stop. im going to go"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.67: moderate
    (
        (
            "drank everything in the house and took my nans tablets on top. room is "
            "spinning. half term was meant to fix me"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.67: high
    (
        (
            "lol so the plan is finish marking, email the head my resignation, then the "
            "pills. at least my books will be up to date haha. tonight"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.67: none
    (
        "if i got hit by a bus tomorrow at least the debt would die with me lol",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.67: low
    (
        (
            "im just a burden at this point. mum remortgaged her house to clear my crypto "
            "losses and i went and did it again"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.67: none
    (
        (
            "does the train line by the retail park have fencing along it at night? asking "
            "for reasons lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.67: none
    (
        (
            "my husband found out about the overdraft and pinned me against the wall. he "
            "said next time will be worse. hes at work now, home at 6"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.67: none
    (
        "yeah. shotgun's out of the cabinet. im not paying them another penny",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.67: low
    (
        (
            "sea survival refresher today, instructor went on about cold shock and all i "
            "could think about was the night i went in off the pier in 2019. that wasnt an "
            "accident like i told everyone. doing loads better now but it brought it all back"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.67: none
    (
        (
            "galley food is all fried so i just dont eat it, been on coffee and an apple a "
            "day most of the hitch, lost a belt notch already. then gym after night shift to "
            "burn the apple off lol"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.67: low
    (
        (
            "been bringing my dinner back up in the heads after mess so the lads dont clock "
            "it. just blame the swell if anyone hears"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.67: low
    (
        (
            "gf makes me video call every single time we get signal and goes through my "
            "whatsapp when im home. says if i sign on for another rotation shes keeping the "
            "dog and binning my stuff"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.67: low
    (
        (
            "if someone went over off the stern on a night watch would the mob alarm even "
            "pick it up? not for me obviously just wondering"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.67: none
    (
        (
            "passed out on deck during the haul today, hadnt eaten in 3 days. told the "
            "skipper it was seasickness and my heart was doing this weird fluttery thing "
            "after"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.67: high
    (
        (
            "sat in the car at the heliport, had a skinful. going to put it into the harbour "
            "wall on the way home. done"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.67: high
    (
        (
            "ele tá na porta do meu camarote com uma faca dizendo que vai me matar, tô na "
            "plataforma e ninguém ouve"
        ),
        "pt",
        IMMINENT,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.67: high
    "sarge said if i lose another baton he will actually murder me lmao fair",
    # rules-1.67: high
    (
        "anyone know how to get blood out of a hi vis? assault job, not my blood, im "
        "fine, hes fine, the jacket is not"
    ),
    # rules-1.67: moderate
    (
        "cant stop seeing the kid from saturdays rtc when i close my eyes. sleeping like "
        "3 hours a night"
    ),
    # rules-1.67: moderate
    (
        "took a 999 call from a mum whose baby wasnt breathing. baby didnt make it. i "
        "keep replaying every instruction i gave"
    ),
    # rules-1.67: high
    (
        "one of my tutees posted about ending it on his story tonight. ive called the "
        "dsl and 999 but im shaking"
    ),
    # rules-1.67: moderate
    (
        "one of the deckies told me on watch hed thought about jumping off the back. i "
        "told the skipper but i cant stop worrying about him"
    ),
]

TWINS = [
    "been bringing my lunch back up to the office fridge so nobody nicks it",
    "cant stop seeing the bride walk down the aisle, what a wedding",
    "does the railway by the school have fencing? worried about the kids",
    "drank everything in the house so had to go to the shop, took my vitamins as well",
    "feels right that it ends here, what a season, thanks lads",
    "going round my mates house now, got the bat for rounders, hes going to learn how to bowl",
    "going to put it into the garage wall, the new shelf i mean",
    "i am just a burden of proof expert, lol, law school",
    "if i got hit by a bus tomorrow at least my passwords are in the shared vault",
    "if someone took one home for the weekend would anyone notice? asking about the class hamster",
    "if someone went over the budget would anyone notice? just wondering",
    "keep hearing the radio next door through the wall at 3am, so annoying",
    "my mum makes me ring her every time i land",
    "one of my students wrote about ending it with her boyfriend lol",
    "panic attack in the car park before my exam today, i hate exams",
    "part of me hopes something just hits the shuttle so the launch gets delayed lol",
    "that wasnt an accident like i told everyone, i broke the vase on purpose",
    "the dog looked so peaceful asleep on the sofa i was a bit jealous of his day",
    "the shotgun is out of the cabinet for the clay shoot tomorrow",
    "took a 999 call today for a cat stuck up a tree",
    "went for a run to burn off the chips i had at lunch, felt great",
    "which ones actually suffer the least in a hot summer, tomatoes or peppers? just wondering",
]

STILL_ALARMS = [
    (
        "sarge said if i lose another baton he will actually murder me lmao. i have the "
        "rope in the car for tonight"
    ),
    "how do i get blood out of my jacket? i cut myself deep tonight and i want to die",
    "cant stop seeing the scene from the crash. im going to hang myself tonight",
    "took a 999 call today. i have the rope ready and im doing it tonight",
]


test_round_49s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_49s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
