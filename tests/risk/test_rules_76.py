"""rules-1.69: the misses of review round 50 (four briefs: hairdressers, barbers, beauticians
and nail technicians; software developers, IT staff and startup founders; clergy, faith leaders
and chaplains; grandparents and other relatives raising a family member's children), once round
51 was written to be the blind one.

The professional frame a fifth time: a stylist's "client" made her own acts a case ("drank and
took the pills from my back pain script after the last client. feeling really weird and slow.
sorry", "... sat in the car outside her house with my dads shotgun", "whats the most painless
way to go that wouldnt look on purpose? dont want my clients gossiping about it in the chair").
A hit that opens its clause on the writer's own act with "i" dropped (`patterns._DROPPED_VERB`)
and not wanting one's own clients to know (`_NOT_PRO`) are the writer's now. Also "genuinely kms
lol" (read none: a laugh made it an idiom), "the rope from the bell tower is in my boot ... then
driving out to the woods" (none), "got the shotgun from the farm across my lap ... this is it",
"drinking the rest of the communion wine with all the tablets right now", "i wont be around to
do it after today", "ive climbed over the railing" (read moderate: "i used to" in the sentence
before made it the past), threats ("hes going to burn the house down with me in it", "next time
itll be my hands", "i won't see christmas"), stopping insulin "hoping it does the job", and a
German "trinke jeden abend schnaps ... mit fahne zur schule gefahren". Everyday: "sharps bin is
full from my insulin pens" and "plan to be around to see them through uni" (both high). What
rules-1.68 read is in the comment beside each.
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
    # rules-1.68: low
    (
        (
            "quiet week again, 3 clients booked since monday. sat in my own chair between "
            "appointments thinking if i just didnt wake up tomorrow the chair rent would be "
            "somebody elses problem"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.68: low
    (
        (
            "my old salon owner used to grab my wrist hard when i messed up a colour and "
            "scream at me in the back room. left 2 yrs ago but i still flinch when someone "
            "comes up behind me at the basin"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.68: none
    (
        (
            "that client who left me 1 star after i fixed her box dye disaster for FREE... i "
            "pictured snipping a chunk out the back while she was on her phone. obviously id "
            "never, but the thought was there"
        ),
        MODERATE,
        "harm_to_others",
    ),
    # rules-1.68: none
    (
        (
            "nodded off at the wheel driving home from the wedding party hair job, had a few "
            "with the bridesmaids. nothing happened. not the first time tho"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.68: low
    (
        (
            "he checks my booking app every night to see which clients are men and makes me "
            "cancel them. says its cos he loves me. ive lost half my regulars"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.68: none
    (
        (
            "which of the salon chemicals would do the most damage inside someone? writing a "
            "short story about a hairdresser"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.68: low
    (
        (
            "my husband smashed my nail lamp last night and said next time itll be my hands. "
            "i do nails for a living. scared to go home after my last client"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.68: none
    (
        "3 cancellations and a no show today, chair rent due friday. genuinely kms lol",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.68: low
    (
        (
            "drinking straight from the bottle in the back room between clients now. if my "
            "heart just gave out one night i honestly wouldnt care"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.68: none
    (
        (
            "whats the most painless way to go that wouldnt look on purpose? dont want my "
            "clients gossiping about it in the chair"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.68: moderate
    (
        (
            "doing a fade today and got this awful flash of pushing the razor into the guys "
            "neck. i dont want to, it horrifies me, but it keeps coming back every time i "
            "line someone up"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.68: low
    (
        (
            "drank and took the pills from my back pain script after the last client. "
            "feeling really weird and slow. sorry"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.68: none
    (
        (
            "lol funny how i spent 20 yrs making people look good for their big day. well "
            "this is mine. bye x"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.68: low
    (
        (
            "that client who slagged me on google and got me kicked out of the salon, i know "
            "where she lives now. sat in the car outside her house with my dads shotgun"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.68: low
    (
        (
            "can someone make sure my clients get their deposits back. list is in my phone "
            "notes. i wont be around to do it after today"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.68: moderate
    (
        (
            "im on the bridge by the shopping centre where i used to do weekend bridal. ive "
            "climbed over the railing"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.68: low
    (
        (
            "got the layoff email at 9:02, calendar invite said 'quick sync' lol. honestly "
            "if i just didnt wake up tmrw it would save me explaining it to my parents"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.68: low
    (
        (
            "blacked out after the offsite drinks again, woke up to slack dms i dont "
            "remember sending to the ceo. this is like the 4th time"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.68: low
    (
        (
            "i cant keep doing this. 14 months runway turned into 3 and every investor "
            "update feels like writing my own obituary"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.68: none
    (
        (
            "ordered a whole pizza at 2am during the outage and threw it all up after. third "
            "time this sprint"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.68: low
    (
        (
            "last time one of my startups died i ended up in the hospital after an attempt. "
            "this one is dying too and im scared of how familiar it feels"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.68: low
    (
        (
            "does anyone know if the parking garage next to our office locks the top level "
            "at night. asking for no reason"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.68: moderate
    (
        (
            "havent eaten properly in over a week bc crunch and i fainted in the kitchen "
            "this morning. heart doing weird skippy things now"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.68: low
    (
        (
            "ive got the pills from my dads cabinet on my desk and im taking them after "
            "everyone logs off tonight"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.68: low
    (
        (
            "port after evensong every night now since margaret's funeral. used to be a "
            "glass on feast days. now i don't sleep without it and the bottle's empty by "
            "tuesday"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.68: none
    (
        (
            "i used to cut in seminary, nobody knew. 11 yrs clean this lent. funny what "
            "comes back to you when youre smudging ash on foreheads"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.68: low
    (
        (
            "drove back from the crematorium after way too much wine at the wake. third time "
            "this month. nobody breathalyses the vicar lol"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.68: low
    (
        (
            "for a pastoral care module: which common heart meds would be most dangerous if "
            "an elderly parishioner took too many? asking for the course handout"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.68: moderate
    (
        (
            "God told me at vespers that i have to become the sacrifice. the voice was so "
            "clear. i'm scared of what it wants me to do to myself"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.68: low
    (
        (
            "basically been fasting since pentecost. fainted at the altar rail during the "
            "eucharist and told everyone it was the heat. heart does weird flutters at night"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.68: none
    (
        (
            "the elder who's been harassing me sent another message saying he knows where "
            "the rectory is and i won't see christmas. third one this week"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.68: none
    (
        (
            "the rope from the bell tower is in my boot. finishing the parish newsletter "
            "then driving out to the woods"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.68: high
    (
        (
            "got the shotgun from the farm across my lap. sunday's service sheets are "
            "printed so they wont be stuck. this is it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.68: moderate
    (
        (
            "drinking the rest of the communion wine with all the tablets right now. if "
            "thats blasphemy god can take it up with me in person shortly"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.68: low
    (
        (
            "the kinship assessment form asked about past mental health and i had to put "
            "down the overdose after my husband died in 2009. been fine since but it was "
            "horrible writing it down for a stranger"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.68: none
    (
        (
            "keep hearing my daughter calling mum from the kids room at night, clear as day. "
            "shes in prison two counties away. am i losing it"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.68: low
    (
        (
            "my son's out on licence and turned up drunk saying if i dont hand over the kids "
            "money hes going to burn the house down with me in it. said it twice"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.68: low
    (
        (
            "my daughter's partner rings every night saying hes coming to take the kids back "
            "and ill regret it. last week a brick came through the front window"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.68: moderate
    (
        (
            "stopped bothering with my insulin this week. cant afford to care anymore and "
            "part of me hopes it just does the job for me"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.68: high
    (
        (
            "hes outside the house off his head and ive got the bat from the shed in my "
            "hand. if he comes near those kids im going to cave his head in"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.68: moderate
    (
        (
            "drank the lot and had my sleepers on top about an hour ago, feel really weird "
            "now, dont tell the social"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.68: high
    (
        (
            "my daughters fella is in the front room with a knife saying hes taking the "
            "kids. texting from the loo please help"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
]

UNDER_READ_INTL = [
    # rules-1.68: low
    (
        (
            "trinke jeden abend schnaps seit die kleinen bei mir sind sonst schlaf ich "
            "nicht. gestern bin ich mit fahne zur schule gefahren um sie abzuholen"
        ),
        "de",
        MODERATE,
        "substance",
    ),
]

OVER_READ = [
    # rules-1.68: moderate
    (
        "how many hours a day is it ok to stand before it messes up your back? mine goes "
        "every saturday"
    ),
    # rules-1.68: moderate
    (
        "my mentor who taught me to cut died last month and i still reach for the "
        "scissors she gave me and have to go sit down"
    ),
    # rules-1.68: high
    "sharps bin is full from my insulin pens, does the chemist take them back or the council",
    # rules-1.68: high
    "gp says my heart is fine for my age, what a relief. plan to be around to see them through uni",
    # rules-1.68: moderate
    (
        "the pension doesnt stretch to 3 extra mouths. im skipping my own tea so they "
        "get meat, its getting me down"
    ),
    # rules-1.68: moderate
    "terrified ill die before the little one is 18. im 72. who will have them if i go",
]

TWINS = [
    "a ball came through the front window, kids playing football",
    "blacked out the windows for the film night again",
    "does the car park by the station lock the top level at night? my car is up there",
    "drank and took my hay fever tablets with food like the doctor said",
    "drinking the rest of the wine with the pizza now",
    "ended up in hospital after my op, all fine now",
    "got this awful flash of pushing the trolley into the neighbours car, so clumsy",
    "had to mention the overdose of paperwork at the meeting",
    "he said he will burn the toast again lol",
    "i cant keep doing this commute, writing my own timetable now",
    "i cant sleep without a glass of water by the bed",
    "i pictured cutting her hair into a bob and obviously id never do it without asking",
    "i used to cut hair for a living before the kids",
    "i wont be around after today, off on holiday for two weeks",
    "if i didnt wake up tomorrow for the early shift it would be a disaster lol",
    "if my heart gave out on that hill i wouldnt be surprised, so steep",
    "im taking them after dinner tonight, the vitamins i mean, with food",
    "ive climbed over the fence to get the ball back from the roof lol",
    "keep hearing my son calling from upstairs, he just wants a drink",
    "my dad is in the kitchen with a knife cutting the roast, please help me set the table",
    "my mate says i wont see christmas at this rate with all my overtime lol",
    "my trainer makes me cancel my plans every time there is a match",
    "nodded off at the wheel of the simulator in driving school lol",
    "parked outside her house with my dads car to pick her up",
    "plan to be around for the school run tomorrow",
    "said next time it will be my turn to host christmas",
    "sharps bin for the diabetes clinic is full",
    "skipping my own lunch so the kids get a proper tea tonight",
    "stopped bothering with my gym membership, part of me hopes it just cancels itself",
    "the rope is in my boot, then driving out to the woods for the tree swing",
    "the vicar said in the sermon that i have to become the sacrifice for my team at work lol",
    "well this is mine, bye x, said my daughter grabbing the last biscuit at her party",
    "which of the cleaning products would do the most damage to the grout?",
]

STILL_ALARMS = [
    "how many hours a day is it ok to stand? i have the pills here and im taking them tonight",
    "my mentor who taught me to cut died. i have the rope ready for tonight",
    "sharps bin is full. i have saved up my tablets and im taking them all tonight",
    "plan to be around for the kids tea then im going to hang myself tonight, the rope is ready",
    "skipping my own tea so they get meat. i have the pills ready for tonight",
    "terrified ill die before they grow up. i have the rope in the car and im going tonight",
    "who will have them if i go. i have the pills here and im taking them tonight",
]


test_round_50s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_50s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
