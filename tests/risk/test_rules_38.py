"""rules-1.30: the misses of review round 13, once round 14 was written to be the blind one.

Eating-disorder behaviours said plainly (purging again, laxatives bought, exercise to undo food),
risky drinking and more medication than prescribed, use with a hope not to wake, a firearm taken
somewhere alone, goodbyes with a time ("by the time she reads it"), keys and a note left, a nurse's
means brought home, self-harm about to happen or bleeding more than usual, psychotic experiences
and voices obeyed, a weapon ready and the person located, threats, stalking, coercive control;
five other languages; and round 13's everyday messages the classifiers read high or imminent
(a game won, a delivery at the door, locked out, a wedding ahead). What rules-1.29 read is in
the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.29: none
    (
        (
            "tried to od at 19. 8 years on and doing well but the anniversary's this week and "
            "its weird"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.29: none
    (
        "skipped breakfast and lunch, had a black coffee and called it a win. dinner is the enemy",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.29: none
    (
        (
            "ran an extra hour tonight because of the cake at janet's leaving do. can't let "
            "it stay in me"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.29: none
    ("bought more laxatives today. the cashier gave me a look", MODERATE, "eating_disorder"),
    # rules-1.29: none
    (
        "threw up after tea again, third time this week. mum thinks its a bug going round",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.29: low
    ("wine every night since the divorce, can't sleep without it now", MODERATE, "substance"),
    # rules-1.29: low
    (
        "woke up in my car outside the pub with no idea how i got there. again.",
        MODERATE,
        "substance",
    ),
    # rules-1.29: low
    ("been taking extra of my anxiety meds before shifts. doc doesnt know", MODERATE, "substance"),
    # rules-1.29: moderate
    (
        (
            "12 years a nurse. i know exactly what's in the drug cupboard and lately every "
            "shift i think about using it on myself"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.29: low
    (
        (
            "prices down again, another letter from the bank. more than once this week i've "
            "thought about just not coming back from the top field"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.29: low
    (
        (
            "is it true with the pills you just fall asleep and don't feel anything? not for "
            "me, just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.29: low
    (
        (
            "does the gun shop in town make you wait before you can take one home? don't want "
            "to wait, been waiting long enough"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.29: none
    (
        "my legs are a mess from what i did at the weekend, hiding it from my support worker",
        HIGH,
        "self_harm",
    ),
    # rules-1.29: moderate
    ("relapsed sunday and again tuesday. sleeves are back on", HIGH, "self_harm"),
    # rules-1.29: moderate
    (
        "there's blood now sometimes when i throw up after meals. probably fine",
        HIGH,
        "eating_disorder",
    ),
    # rules-1.29: moderate
    ("i just want to keep shrinking until there's nothing left of me", HIGH, "eating_disorder"),
    # rules-1.29: moderate
    (
        "mixing whatever i can get every weekend now. if i dont wake up one sunday, oh well",
        HIGH,
        "substance",
    ),
    # rules-1.29: moderate
    (
        "drink till i pass out every night, half hoping one night i just don't come round",
        HIGH,
        "substance",
    ),
    # rules-1.29: none
    (
        (
            "drove out to the back paddock with the shotgun. sitting in the ute. dunno why im "
            "typing this"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: none
    (
        (
            "scheduled an email to my therapist for 9am tomorrow. by the time she reads it "
            "it'll be done"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: high
    (
        "mum if you find this im sorry. its not your fault. i just couldnt stay",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: low
    (
        (
            "Forty years since I left the army. Cleaned the old service pistol, wore my "
            "medals to the pub one last time, shook everyone's hand. I'm ready now."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: low
    (
        (
            "i've brought stuff home from the ward. handed over all my patients properly. "
            "friday after my last shift, that's it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: low
    (
        (
            "Put the house keys and a note for my son on the kitchen table. Fed the birds one "
            "more time. Goodnight all."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: high
    (
        (
            "results come out thursday. if theyre bad thats it, already decided, i've got "
            "everything i need here"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: low
    ("no point replying, i'll be gone before u see this 🖤", IMMINENT, "suicidal_ideation"),
    # rules-1.29: high
    (
        "doing it right now and its bleeding more than it usually does, cant make it stop",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.29: high
    (
        "locked in the bathroom at my placement about to hurt myself. nobody knows im in here",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.29: high
    (
        (
            "been up all night with dad. the minute he's asleep i'm going to hurt myself like "
            "i used to, it's the only thing that takes the edge off"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.29: high
    (
        (
            "took some of my mums sleeping tablets to knock me out and now i cant stay awake "
            "and im scared"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.29: low
    (
        (
            "voices were back at the bus stop this morning. just chatter mostly, slagging off "
            "my coat. nothing telling me to do stuff"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.29: low
    (
        (
            "My late husband has been sitting in his armchair in the evenings again. He "
            "doesn't speak, he just watches the news with me. My daughter said I should tell "
            "you about it."
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.29: low
    (
        "done talking. bat's by the door and i know which pub he's in tonight",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.29: none
    (
        (
            "if jake says 1 more thing abt my sister in the gc im making sure he cant talk "
            "for a while. deadass"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.29: low
    (
        (
            "mums bf is smashing stuff downstairs screaming my name. im under my bed with my "
            "little brother idk what to do"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.29: none
    (
        (
            "he doesn't hit me or anything. he just keeps the only car key and checks the "
            "mileage when i get back from the shops"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.29: low
    (
        (
            "jakes walking home the canal way today and me n my cousin will be there. he wont "
            "be running his mouth after"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.29: none
    (
        (
            "my bf makes me share location 24/7 and gets rlly weird if it drops for like 5 "
            "mins. thats normal right??"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.29: low
    (
        (
            "someone keeps leaving notes on my windscreen at work. today's says 'nice dress "
            "yesterday'. i didnt wear it to work"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.29: none
    (
        "left him 3 yrs ago. new city, new number. still sit facing the door in every cafe",
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.29: moderate
    (
        (
            "they keep telling me i dont deserve to be here and i should fix that myself. "
            "really loud today"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.29: none
    (
        (
            "the weather presenter winked when she said 'you' again. third night running. i'm "
            "keeping a log now"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.29: low
    (
        (
            "my housemate's boyfriend cornered me in the kitchen again and said i'd better "
            "keep my door unlocked. sleeping at the library tonight"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.29: low
    ("wouldnt mind if the plane just didnt land tbh", MODERATE, "suicidal_ideation"),
    # rules-1.29: high
    (
        (
            "just found out what the coach did to my son. i'm driving to his house now and "
            "he's going to pay"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.29: low
    (
        (
            "the kids would honestly do better with their dad full time. i just make "
            "everything heavier for everyone"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.29: low
    (
        (
            "they said tonight's the night i have to do it. im going to listen this time. "
            "it'll be quiet after"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.29: moderate
    (
        (
            "neighbours are pumping gas through the vents again. next time i see the old man "
            "on the stairs im not asking nicely"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.29: high
    (
        (
            "thank you for being kind to me these months. please dont worry about thursday's "
            "appointment"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: moderate
    (
        (
            "my daughter's teacher humiliated her in front of the whole class and i have been "
            "lying awake picturing what i'd do to that woman in the car park. i'm a grown "
            "man, i coach the under 9s, and i cant stop seeing it and part of me doesn't want "
            "to stop"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.29: moderate
    (
        (
            "cant go back in that house and cant leave the kids in it either. sitting on the "
            "bridge and it feels like the only door left. not after advice, just wanted "
            "someone to know"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.29: low
    (
        (
            "hace dos años q no me hago nada en los brazos y hoy me vino todo de golpe al ver "
            "las marcas en el espejo. estoy bien eh, solo queria contarlo"
        ),
        "es",
        MODERATE,
        "self_harm",
    ),
    # rules-1.29: low
    (
        (
            "depuis quelques jours j'ai l'impression que les voisins entendent mes pensées a "
            "travers le mur, c'est chelou non ?"
        ),
        "fr",
        MODERATE,
        "psychosis",
    ),
    # rules-1.29: low
    (
        "sauf seit mittag allein und ehrlich, ob ich morgen aufwach ist mir grad scheißegal",
        "de",
        HIGH,
        "substance",
    ),
    # rules-1.29: none
    (
        (
            "hab meinem kleinen bruder heute die playstation geschenkt und mit allen nochmal "
            "telefoniert. heute nacht ist schluss, hab alles hier"
        ),
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.29: none
    (
        (
            "hab auf der party viel zu viel von dem zeug genommen, mein herz rast wie "
            "verrückt und ich krieg kaum luft"
        ),
        "de",
        IMMINENT,
        "substance",
    ),
    # rules-1.29: moderate
    (
        (
            "desmaiei no treino de novo, faz dias que so tomo agua e cafe. e mesmo assim me "
            "acho enorme"
        ),
        "pt",
        HIGH,
        "eating_disorder",
    ),
    # rules-1.29: high
    (
        "to me machucando agora e nao consigo parar, ta saindo muito sangue, fala comigo pfv",
        "pt",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.29: low
    (
        (
            "sono sicuro che il tg di stasera parlava di me, sono giorni che mi mandano "
            "messaggi in codice"
        ),
        "it",
        MODERATE,
        "psychosis",
    ),
    # rules-1.29: none
    (
        (
            "sto prendendo piu ansiolitici di quelli che mi ha dato la dottoressa, se no al "
            "lavoro non ci arrivo"
        ),
        "it",
        MODERATE,
        "substance",
    ),
    # rules-1.29: high
    (
        "le voci dicono che devo punirmi adesso e ci sto andando, non riesco a dirgli di no",
        "it",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.29: high
    (
        "l'ho rifatto poco fa dopo un anno pulita e stavolta non smette di sanguinare, ho paura",
        "it",
        IMMINENT,
        "self_harm",
    ),
]

OVER_READ = [
    # rules-1.29: imminent
    ("this is my last message from the old flat, movers come tomorrow. new chapter 🏡", "en"),
    # rules-1.29: moderate
    ("read an article about the rise in teen self harm and social media, really interesting", "en"),
    # rules-1.29: high
    ("lonely tonight. everyone's got plans except me", "en"),
    # rules-1.29: high
    (
        (
            "theres someone at the door and i'm in the shower, hopefully its the dpd guy with "
            "my trainers"
        ),
        "en",
    ),
    # rules-1.29: moderate
    (
        (
            "locked myself out AGAIN. sat on the step with a coffee waiting for the locksmith "
            "like a loser"
        ),
        "en",
    ),
    # rules-1.29: high
    (
        (
            "bad day. train cancelled, coffee on the laptop, boss snapped at me in front of "
            "everyone. just want my bed"
        ),
        "en",
    ),
    # rules-1.29: imminent
    ("sister's coming over tonight and i'm going to obliterate her at monopoly. no mercy", "en"),
    # rules-1.29: high
    (
        (
            "three weeks till someone is waiting for me at the end of the aisle 💍 still can't "
            "believe it"
        ),
        "en",
    ),
    # rules-1.29: high
    ("husband is up the ladder fixing the gutter and i'm holding it and praying lol", "en"),
    # rules-1.29: moderate
    (
        (
            "heard footsteps behind me all the way up the lane, it was my neighbour with her "
            "shopping. we walked the rest together"
        ),
        "en",
    ),
    # rules-1.29: imminent
    (
        (
            "bon ben c'est mon dernier jour au taf, merci a tous pour ces six ans, je vous "
            "oublierai pas !"
        ),
        "fr",
    ),
    # rules-1.29: imminent
    ("sono morto per l'ennesima volta contro quel boss, stasera lo faccio fuori io giuro", "it"),
]

# Everyday twins of the new rules.
TWINS = [
    ("my nan tried to overdo it at the gym at 70", "en"),
    ("threw up after tea again, think ive got the bug going round, mum has it too", "en"),
    ("threw up after dinner again, pregnancy is brutal", "en"),
    ("my nan takes laxatives, the doctor prescribed them for constipation", "en"),
    ("bought more laxatives for my mum, she gets blocked up on her new meds", "en"),
    ("ran an extra hour today, marathon training plan says so", "en"),
    ("ran an extra 5k to work off the christmas pudding lol", "en"),
    ("skipped breakfast and lunch, back to back meetings, starving now", "en"),
    ("cant sleep without my fan on", "en"),
    ("woke up in my car after a nap in the car park with no idea what time it was", "en"),
    ("been taking extra vitamin d this winter, doc suggested it", "en"),
    ("if i dont wake up for my alarm tomorrow, oh well, its a day off", "en"),
    ("i know exactly whats in the drug cupboard, i'm the nurse in charge of the audit", "en"),
    ("thought about just not coming back from holiday lol, spain was amazing", "en"),
    ("wouldnt mind if the plane just landed early for once", "en"),
    ("is it true with sleeping pills you just fall asleep fast? asking for my jet lag", "en"),
    ("does the gun shop in town make you wait? going clay shooting with my dad", "en"),
    ("my legs are a mess from the hike at the weekend, so many midge bites", "en"),
    ("relapsed and had a cigarette after 3 months, sleeves are back on because its freezing", "en"),
    ("drove out to the back paddock with the shotgun, foxes got two lambs last night", "en"),
    ("sitting in the ute with the rifle waiting for the roos to come in to the crop", "en"),
    ("by the time you read this ill be on the plane lol", "en"),
    ("by the time she reads it the kitchen will be done, surprise renovation", "en"),
    ("ill be gone before you see this, off to work early, leftovers in the fridge", "en"),
    ("put the house keys and a note for the cat sitter on the table, back sunday", "en"),
    ("brought some cake home from the ward, the patients baked for us", "en"),
    ("results come out thursday, ive got everything i need here for the celebration", "en"),
    (
        (
            "thanks so much, dont worry about thursdays appointment, i'll rebook when im back "
            "from holiday"
        ),
        "en",
    ),
    ("sitting on the bridge watching the boats, lovely evening", "en"),
    ("the presenter winked at the camera again lol so cheesy", "en"),
    ("my late husband was sitting in this chair in the photo from our wedding", "en"),
    ("cricket bat is by the door for training tomorrow, i know which nets theyre in", "en"),
    ("im making sure he cant talk for a while, booked him in for the dentist lol", "en"),
    (
        (
            "were waiting for him after school and he wont be running his mouth after, we "
            "beat them 6 nil"
        ),
        "en",
    ),
    ("she said id better keep my door unlocked for the plumber tomorrow", "en"),
    ("someone keeps leaving flyers on my windscreen at work, so annoying", "en"),
    ("my dad checks the mileage when i borrow his car lol", "en"),
    ("left him 3 years ago best decision ever, new city, new job", "en"),
    ("the kids would honestly do better with their dad at maths homework", "en"),
    ("keep shrinking my jumpers in the wash until theres nothing left of them lol", "en"),
    (
        (
            "my cousin found blood when she threw up with the flu, doctor says its normal "
            "with that cough"
        ),
        "en",
    ),
    ("hace dos años que no me corto el pelo, parezco un hippie", "es"),
    ("les voisins entendent ma musique a travers le mur, oups", "fr"),
    ("heute nacht ist schluss mit dem rauchen, hab alles weggeworfen", "de"),
    ("hab auf der party zu viel kuchen gegessen, mein bauch platzt gleich", "de"),
    ("ob ich morgen rechtzeitig aufwach ist mir egal, hab frei", "de"),
    ("to me cortando agora com a faca da cozinha, cortei cebola e sangrou muito", "pt"),
    ("quase desmaiei de calor no treino, so tomo agua gelada agora", "pt"),
    ("mi sono tagliata cucinando e non smette di sanguinare, cerotto?", "it"),
    ("il tg di stasera parlava di me? no, del mio paese, che emozione", "it"),
    ("sto prendendo piu vitamine di quelle che prendevo, consiglio del medico", "it"),
]

# Round 13's everyday families with risk beside them.
STILL_ALARMS = [
    "someone is banging on the door, i thought it was the takeaway but its my ex and hes screaming",
    "heard the door go, it was my dad, hes coming upstairs and hes furious",
    "lonely tonight. everyone's got plans except me and i just want to die",
    "locked myself out again and honestly i want to end it all, waiting for the locksmith",
    "bad day. boss screamed at me. just want my bed and to never wake up",
    "read an article about teen self harm and now i want to cut myself again",
    "this is my last message from the old flat. goodbye everyone, i won't be needing the new one",
    "by the time you read this i'll be at the bridge and it will be over",
    "someone is at the door, the delivery guy, and i've taken all my pills",
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_13s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_13s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_everyday_families_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= MODERATE.rank
