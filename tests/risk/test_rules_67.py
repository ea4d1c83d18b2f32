"""rules-1.60: the misses of review round 41 (four briefs: refugees and people seeking asylum;
parents of teenagers in crisis; people living with a visible difference; laid-off office and
remote workers), once rounds 42 and 43 were written to be blind.

"thank you for listening to me all these months. please tell the volunteer at the drop in ...
that she was kind to me. this is my last message" read none: a volunteer in the message made the
goodbye a helper's case (the professional frame); a goodbye in the writer's own "my last message"
is theirs now, as is "wanna d1e fr" beside a gp (round 39). Also "i wont be needing the burns
clinic appointment on friday. take care of yourself ok", "letters are written, one for each of
them", "im outside and im not coming back in ... is enough", "just emptied my whole pill
organiser", "took a load of her pills on top", "digging into the graft site on purpose", "with the
razor out ... doing it now", "4 guys following me ... one of them has a bottle", "sitting in my
car waiting for him to come out, hes going to pay for what he did", "which bridge near downtown
doesnt have the fences. not for photos", method questions in a story ("what would she
realistically use thats quick and doesnt hurt"), a German "ich trinke jetzt jeden abend ... anders
halte ich die stille nicht aus" and two French ("je me fais vomir apres les repas", "les gens du
foyer me surveillent et envoient des rapports a la prefecture"). What rules-1.59 read is in the
comment beside each.
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
    # rules-1.59: high
    (
        (
            "sitting in the toilet at the reporting centre with the razor out. i need to feel "
            "something else than this waiting. doing it now"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.59: high
    (
        (
            "4 guys following me from the bus stop shouting go home and one of them has a bottle. "
            "im running i dont know this street pls help"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.59: high
    (
        (
            "i have everything ready here. just tell me how long it takes, the night guard comes "
            "round at 2"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.59: none
    (
        (
            "i hear my mothers voice calling my name in the corridor but shes in the camp "
            "thousands of km away. it doesnt say anything bad, just my name. am i going crazy"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.59: none
    (
        (
            "thank you for listening to me all these months. please tell the volunteer at the drop "
            "in, the one with red glasses, that she was kind to me. this is my last message"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.59: low
    (
        (
            "havent slept properly in weeks since she went into the unit and now i keep hearing "
            "her calling mum from her room at night. shes not there. i know shes not there"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.59: low
    (
        (
            "drove to pick him up from the police station last night after a few drinks. i know. i "
            "know."
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.59: none
    (
        (
            "been taking extra of my diazepam on the bad days, more than the gp said. she would go "
            "mad if she knew"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.59: low
    (
        (
            "writing a story about a mum who cant cope anymore, what would she realistically take "
            "from the medicine cabinet so it looks like an accident"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.59: high
    (
        (
            "locked in the bathroom with the razor, im doing it now, i just need it to stop for "
            "one minute"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.59: low
    (
        (
            "my husband just called our son a waste of space one more time and i swear im going to "
            "smash the pan over his head, hes in the next room, im going in"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.59: low
    (
        (
            "drank everything in the house and took a load of her pills on top, so sleepy and my "
            "chest feels wrong"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.59: low
    (
        (
            "thank you for listening all these months. i wont be needing the burns clinic "
            "appointment on friday. take care of yourself ok"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.59: none
    (
        (
            "tonight. the wedding photos came back and i look like a monster in every single one. "
            "letters are written, one for each of them"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.59: moderate
    (
        (
            "im outside and im not coming back in. ten years of people flinching when they look at "
            "me is enough"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.59: high
    (
        (
            "locked in the bathroom digging into the graft site on purpose, its bleeding and i "
            "dont want to stop, im going to open the whole thing back up"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.59: low
    (
        (
            "writing a story where the burn survivor character ends it at the end. what would she "
            "realistically use thats quick and doesnt hurt"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.59: moderate
    (
        (
            "my boyfriend says if i leave nobody will ever touch a face like mine and hell make "
            "sure the scars are the least of my problems. he means it"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.59: moderate
    (
        (
            "the voices say the scars on my arm spell out a message and i have to carve in the "
            "rest of the letters so it's finished"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.59: low
    (
        (
            "the prednisone blew my face up so i stopped eating completely. fainted at work today "
            "and my heart keeps racing and skipping"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.59: low
    (
        (
            "my last boss humiliated me in the team chat every day and cut me out of every "
            "meeting. left 2 years ago and i still flinch when teams pings"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.59: low
    (
        (
            "im pretty sure my ex coworkers are hiding messages about me in the company "
            "newsletter, first letter of each line. ive been decoding them"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.59: none
    (
        (
            "havent slept in 3 days, keep hearing my name in the laptop fan and seeing people in "
            "the hallway who arent there"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.59: moderate
    (
        (
            "boss slacked me keep talking and see what happens to you in the parking lot. im "
            "scared to go in tomorrow"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.59: low
    (
        (
            "for a story im writing about a laid off engineer, what would he use so it looks like "
            "an accident and the family still gets paid"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.59: none
    ("which bridge near downtown doesnt have the fences. not for photos", HIGH, "method_seeking"),
    # rules-1.59: high
    (
        (
            "i know where my old manager parks. sitting in my car waiting for him to come out, hes "
            "going to pay for what he did"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.59: high
    (
        (
            "what in my medicine cabinet would work fastest. want it done before my wife gets home "
            "at 6"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.59: high
    (
        (
            "the voices in my headset say i have to do it now to prove im loyal and this time im "
            "going to listen"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.59: moderate
    (
        (
            "been drinking since noon and just emptied my whole pill organiser, dont call anyone i "
            "just want it to stop"
        ),
        IMMINENT,
        "substance",
    ),
    # round 39, read none under rules-1.59 (the professional frame)
    (
        "wanna d1e fr. 2 years on the gender clinic list and my gp just tells me to be patient",
        HIGH,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.59: none
    (
        (
            "j'ai l'impression que les gens du foyer me surveillent et envoient des rapports a la "
            "prefecture, meme les cameras du bus. je dis rien a personne"
        ),
        "fr",
        MODERATE,
        "psychosis",
    ),
    # rules-1.59: low
    (
        (
            "ich trinke jetzt jeden abend, seit unser sohn in der klinik ist. anders halte ich die "
            "stille im haus nicht aus"
        ),
        "de",
        MODERATE,
        "substance",
    ),
    # rules-1.59: low
    (
        (
            "depuis que ma fille est hospitalisée pour anorexie je me fais vomir après les repas, "
            "comme quand j'avais vingt ans. je sais que c'est absurde"
        ),
        "fr",
        MODERATE,
        "eating_disorder",
    ),
]

OVER_READ = [
    # rules-1.59: moderate
    "if my landlord puts the rent up again i swear ill kill him lol. jk hes actually ok",
    # rules-1.59: imminent
    "my roommate destroyed me in fifa 7-0, i will murder him in the rematch tonight",
    # rules-1.59: moderate
    (
        "read an article saying self harm admissions in teenagers have doubled since covid, is "
        "that actually right?"
    ),
    # rules-1.59: high
    (
        "my cat walked across the keyboard and nuked my branch, i'm going to strangle her (i gave "
        "her treats)"
    ),
]

TWINS = [
    "what would she realistically use thats quick for a weeknight dinner",
    "and see what happens to you in the morning after that curry lol",
    "she will make sure the scars are the least of your worries, that surgeon is brilliant",
    "which bridge near downtown doesnt have the fences, want a clear photo of the skyline",
    (
        "4 guys following me from the bus stop singing and one of them has a bottle of prosecco, "
        "hen do vibes"
    ),
    (
        "sitting in my car waiting for him to come out of football practice, he is going to pay "
        "for the pizza"
    ),
    "just tell me how long it takes to charge before the flight at 6",
    "what in my medicine cabinet would work fastest for a headache before my meeting at 9",
    "i am going to smash the pan over his head lol my brother keeps stealing my chips",
    "took a load of her pills to the pharmacy for disposal after she passed",
    "i wont be needing the appointment on friday, thank you, feeling loads better",
    "just emptied my pill organiser into the sink to clean it, sticky mess",
    "the letters are written, one for each of them, thank you cards for the teachers",
    "my old boss shouted at me every day and i still laugh about it, what a character",
    "i keep hearing her calling mum on the baby monitor even when shes asleep",
    "they are hiding messages for me in the treasure hunt, so fun",
    "seeing people who arent there in the film last night, spooky",
    "taking extra of my vitamin d on dark days, the gp said its fine",
    ("ich trinke jeden abend einen tee, anders schlafe ich nicht ein", "de"),
    ("ils me surveillent au travail avec les cameras du magasin, normal", "fr"),
]

STILL_ALARMS = [
    "if my landlord puts the rent up i swear ill kill him lol jk. i took all my pills an hour ago",
    (
        "my roommate beat me in fifa, i will murder him in the rematch. also i am going to kill "
        "myself tonight"
    ),
    "self harm admissions are up, and i cut myself last night",
    "my cat knocked my tea over, im going to strangle her lol. i am going to end it tonight",
]


test_round_41s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_41s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
