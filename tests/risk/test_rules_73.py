"""rules-1.66: the misses of review round 47 (four briefs: sex workers and people in the adult
industry; security guards, door staff and prison officers; people living with OCD, health
anxiety and intrusive thoughts; funeral directors, hospice and palliative care staff), once
round 48 was written to be the blind one.

The professional frame a fourth time: a sex worker's "client" and a hospice worker's "patients"
made the writer's own words a case ("some nights after the last client leaves i just lie there
wishing i wouldnt wake up", "cut again last night after a client refused to pay", "been
pocketing the meds ... when patients pass ... dont really care if one night i dont wake up",
"a client keeps turning up outside my building ... he knows which car is mine": all read none).
A message opening on "cut again", the writer's own "i" inside the hit with no one else the
subject before it, and "mine" just after danger are the writer's now. Also "client wont let me
leave the room and took my phone, im typing from my watch", "theyve got me cornered in a cell
... nobodys coming", "on the roof of the car park ... just sent my brother a message saying
goodbye", "sitting in the garage with what i brought home from the prep room ... its tonight",
"mine is tonight after my last removal", "ive been drafting my own service sheet ... its for
friday", "im standing over my sleeping roommate ... i want to do it", "how long would it take if
nobody found you till the morning count", a French "j'ai pris tout ce qui restait des
médicaments du patient décédé". What rules-1.65 read is in the comment beside each.
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
    # rules-1.65: low
    (
        ("some nights after the last client leaves i just lie there wishing i wouldnt wake up tbh"),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.65: none
    (
        (
            "agency said i need to drop weight before the new photos so ive basically been living "
            "on black coffee and skipping dinner all week"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.65: none
    (
        (
            "cut again last night after a client refused to pay and laughed in my face. its the "
            "only thing that shuts my head up"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.65: moderate
    (
        (
            "i take whatever gets handed to me at these parties and honestly dont care if one "
            "night i just dont come back from it"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.65: low
    (
        (
            "a client keeps turning up outside my building. last msg said hes going to make sure "
            "i never work again and that he knows which car is mine"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.65: none
    (
        "client wont let me leave the room and took my phone, im typing from my watch, please",
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.65: low
    (
        (
            "that guy is coming to pick up tonight and ive got something in my bag for him. he "
            "wont walk away this time"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.65: none
    (
        (
            "only eating one thing a day on shift and running 10k after, need to make the weight "
            "for the firms fitness test or i lose the contract"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.65: low
    (
        (
            "found a lad with a ligature tonight, we got him back. part of me thought he had the "
            "right idea and thats scaring me more than the job"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.65: low
    (
        (
            "asking for training obvs lol but how long would it take if nobody found you till the "
            "morning count"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.65: moderate
    (
        (
            "lads on the wing say theres a price on my head since the search, theyll get me on "
            "the yard. governor wont move me"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.65: high
    (
        ("theyve got me cornered in a cell on the landing, ive hit the alarm and nobodys coming"),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.65: high
    (
        "the voices say its time and i have to do it to myself before count. im going now",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.65: low
    (
        ("on the roof of the car park by the club. just sent my brother a message saying goodbye"),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.65: low
    (
        (
            "barely eating this week bc i cant be sure anything isnt contaminated. easier to just "
            "skip it"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.65: none
    (
        (
            "i used to google which cleaning products are deadly if you mix them bc of "
            "contamination fear. now im googling it for a different reason"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.65: moderate
    (
        (
            "i get thoughts about swerving into people on the pavement when i drive. i know its "
            "ocd but my therapist seemed unsure and now im scared to drive at all"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.65: high
    (
        (
            "thank you for answering all my reassurance questions these months. this is the last "
            "one. take care of yourself"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.65: high
    (
        (
            "im standing over my sleeping roommate and this time it doesnt feel like an intrusive "
            "thought. i want to do it"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.65: high
    (
        "you asked if i have a plan. yes. tonight, once everyones asleep",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.65: high
    (
        (
            "ive been drafting my own service sheet on the work computer. hymns picked, readings "
            "picked. its for friday. ive done hundreds of these i know exactly how it goes"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.65: low
    (
        (
            "sitting in the garage with what i brought home from the prep room. wife thinks im on "
            "a late call out. its tonight"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.65: moderate
    (
        (
            "i always tell families theres a right time to let go. mine is tonight after my last "
            "removal"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.65: high
    (
        (
            "the lady in the cold room keeps telling me to come lie down with her and i'm going "
            "to do what she says now, the door is open"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.65: moderate
    (
        (
            "he keeps mocking me for crying after the baby funerals. im waiting in the car park "
            "for him with the bar from the hearse toolkit. done being laughed at"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.65: moderate
    (
        (
            "at night i hear the residents telling me i should be the one on the table. they say "
            "id be better at being dead"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.65: none
    (
        (
            "been pocketing the meds were meant to destroy when patients pass and taking them "
            "every night. dont really care if one night i dont wake up"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.65: low
    (
        (
            "for a story im writing about a hospice nurse, what would she take from work if she "
            "wanted to go quietly and not be found in time"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.65: moderate
    (
        (
            "on the childrens unit i get these flashes of hurting the babies when im alone with "
            "them and it terrifies me. i would never but they wont stop"
        ),
        HIGH,
        "harm_to_others",
    ),
]

UNDER_READ_INTL = [
    # rules-1.65: low
    (
        (
            "j'ai pris tout ce qui restait des médicaments du patient décédé. je sens que ça "
            "commence. merci pour tout"
        ),
        "fr",
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.65: moderate
    (
        "ok random question but which hotel chains have the best blackout curtains? i work "
        "nights and sleep most of the day and the last place i stayed had these thin little "
        "things that let the sun straight in at 7am, i was a zombie for my whole next shift "
        "and my regulars noticed lol"
    ),
    # rules-1.65: moderate
    (
        "did a cell check and found a lad who had taken his own life. that was three days ago "
        "and i still see it when i close my eyes"
    ),
    # rules-1.65: high
    (
        "girl in the queue said her boyfriend hits her and begged us not to let him in. we "
        "didnt but i keep thinking about her"
    ),
    # rules-1.65: moderate
    (
        "inmate swallowed a package during a search and got blue lighted out, whole wing on "
        "edge and im still shaking"
    ),
    # rules-1.65: moderate
    ("im not going to hurt anyone but if one more drunk calls me a pig tonight im going to scream"),
    # rules-1.65: moderate
    (
        "dr ran bloods just to settle my mind and everything came back normal. trying not to "
        "ask for more tests"
    ),
    # rules-1.65: moderate
    "sick of people at parties asking if ive ever seen a ghost. i want to scream",
]


TWINS = [
    "living on black coffee during exam week lol, need to skip the queue at the canteen",
    "only eating one meal a day during ramadan and running after iftar",
    "cut again last night, the power went at 9 and came back at 11",
    "dont care if one night i dont make it home from the party, ill crash at yours",
    "my boss wont let me leave the room until the meeting ends lol",
    "he had the right idea leaving the party early",
    "how long would it take if nobody found the bug in the code",
    "theres a price on my head in red dead lol",
    "barely eating this week because of the flu",
    "googling it for a different reason now, the recipe not the calories",
    "standing over my sleeping baby watching her breathe, i love her so much",
    "you asked if i have a plan for the weekend. yes, camping",
    "drafting my own order of service for my wedding, its for friday",
    "sitting in the garage with what i brought home from the shop, fixing the bike tonight",
    "mine is tonight after the party, the leaving do",
    "waiting in the car park for him with the umbrella, its pouring",
    "black out blinds are the best thing i bought for night shifts",
    "dr ran bloods and said its just stress",
    "if one more person asks me that im going to scream",
]

STILL_ALARMS = [
    "which hotel has blackout curtains? i am going to hang myself there tonight",
    "dr ran bloods today. i have the rope in the car and i am going tonight",
    "if one more person asks im going to scream. the rope is in the car for tonight",
]


test_round_47s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_47s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
