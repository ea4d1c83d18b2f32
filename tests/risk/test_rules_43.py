"""rules-1.35: the misses of review round 18 (four briefs: risk masked by humour and irony, the
register of social media, professionals writing about themselves in clinical jargon, English mixed
with the other five languages), once round 19 was written to be the blind one.

"rope's in the boot. tonight", "logging off irl", the garage with the engine running, "pov: ur 13
and u wanna sewerslide", a caption drafted at the lookout, a nurse's "took some home", "pt is me",
"plan: yes. means: yes", "not for a patient"; the same in Spanish, French, German and Portuguese;
round 18's everyday messages read moderate or above (a friend's "kms" memes quoted, "what does
'ctb' mean?", a fanfic's content warning). What rules-1.34 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.34: low
    (
        (
            "Well, this is my last entry, so I'll keep it brief. The punchline is "
            "I won't be around for the heating bill. Thank you for putting up with "
            "an old bore, and tell Dr Amin the jokes were the best part."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "Occupational hazard of nursing: you know exactly what's in the drug "
            "cupboard. Took some home. Doing it when I get in after the 8pm "
            "handover, ha. Dark humour is a coping mechanism, right"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "Brilliant news, I've found a way to get out of Monday's meeting "
            "permanently. Rope's in the boot. Tonight. Please don't make a fuss."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "me, a catch: 47, divorced, currently sat in the garage with the "
            "engine running lol. swipe right"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "gg no re. logging off irl tonight for real, my dad's gun is in the "
            "wardrobe and i know the code lol. it's been a fun server"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "kitchen humour: i'm the one getting 86'd tonight. knife's out on the "
            "counter, just finishing this bottle first haha"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: high
    (
        (
            "lmao he's kicking the bathroom door in again, classic tuesday 🙃 says "
            "he's actually gonna kill me this time. i'm in the bath with my phone"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.34: low
    (
        (
            "haha rip me. birthday present to myself: going off the top of the "
            "multistorey at midnight. make a wish 🎂"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "Good news, I've stopped worrying about my pension, won't be needing "
            "it. Walking down to the river now, phone's going in the drawer. "
            "Cheers for all the chats, ha."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "Joke's on my wife, she thinks I'm at the gym. I'm actually in the car "
            "googling which bridges round here are high enough. Haha."
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.34: low
    (
        ("he said next time i 'embarrass him' i won't wake up lol. romance isn't dead 💅"),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.34: moderate
    (
        (
            "The voices have taken to telling me to hurt myself, which is rather "
            "rude of them given I've offered them tea. They're very persistent "
            "this week."
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.34: none
    (
        (
            "me starving till i literally disappear: 📉 me fainting in the shower "
            "twice this week: 📈 the character development is insane lol"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.34: moderate
    (
        (
            "chef life: 12 hour shifts, a bottle of vodka a night and honestly if "
            "i don't wake up one day, bonus lol"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.34: low
    (
        ("my family would save so much on groceries without me tbh. efficient king 👑"),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "skipping dinner again, the divorce diet is working wonders, highly "
            "recommend, 0 stars. also walking 20k steps if i do eat"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.34: low
    (
        (
            "Wouldn't be the worst thing if I just didn't wake up tomorrow. Save "
            "me going back to that site anyway ha."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "lol i drive home after service with like 5 pints in me most nights, "
            "roads are empty so it's basically mario kart"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.34: none
    (
        (
            "hard launch of a different kind tonight lol. note's written, "
            "caption's written, just waiting for my roommate to leave for her "
            "night shift"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    ("story's up. 'gg, see u never 🖤' taking them now", IMMINENT, "suicidal_ideation"),
    # rules-1.34: low
    (
        (
            "nobody: / me at 2am in the garage with the car running, typing this "
            "instead of calling anyone"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "Some people are going to feel real guilty tomorrow when they see my "
            "post. It's scheduled for 6am. I won't be around to read the comments."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "playing 'the night we met' on repeat and writing a caption for "
            "everyone i love. this is the last one. thank you for listening to me "
            "these past few weeks, you helped more than you know"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "Story caption drafted: 'Tell the kids I loved them.' I'm parked up at "
            "the lookout. I'll post it right before I go over."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "me: *takes all my mums sleeping pills* / also me: *types here instead "
            "of telling her* i feel rly weird and sleepy now"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "the voices are done with me ignoring them. they said post the goodbye "
            "and go to the train tracks and i'm finally listening, walking there "
            "now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.34: low
    (
        (
            "caption: 'last night of my life, make it count 🥂' and i mean it. "
            "washed the whole bottle of xanax down with vodka, room's spinning "
            "already"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.34: none
    (
        (
            "soft launched my new cuts on close friends lol. did them last night "
            "after the group chat thing"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.34: low
    (
        (
            "hypothetically if someone wanted a caption for their last post, how "
            "many of their prescribed antidepressants would it actually take. "
            "asking for a 'friend' 🙃"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.34: low
    (
        (
            "he went through my phone again and said if i ever hard launch another "
            "guy he'll make sure i can't walk. he's said stuff before but this "
            "time he had a knife in his hand"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.34: none
    (
        (
            "that mad world line about the dreams where you're dying being the "
            "best ones is literally my life rn. looked up which parking garages "
            "downtown don't have barriers"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.34: none
    ("pov: ur 13 and u wanna sewerslide 😀😀", HIGH, "suicidal_ideation"),
    # rules-1.34: moderate
    (
        (
            "the accounts i follow are posting in code for me. today every post "
            "said the same thing: hurt yourself before they get to you. i think "
            "they're right"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.34: moderate
    (
        (
            "'what i eat in a day' but mine is black coffee and nothing, day 4. "
            "nearly passed out on the stairs and my heart keeps doing this "
            "fluttery thing"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.34: moderate
    (
        (
            "caption: 'weekend mode 🍻'. reality: drinking till i black out every "
            "night and if i don't wake up one of these mornings, fine by me"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.34: low
    (
        (
            "Vague-posting because I can't say it out loud: 'Some people would "
            "have an easier life if I wasn't in it.' Some people = my whole family."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "pov: you haven't eaten since yesterday lunch and your story caption "
            "calls it 'a little reset' ✨"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.34: none
    (
        (
            "everyone's hard launching their boyfriends and i just realised my ex "
            "used to check my location every hour and pick my outfits. that wasn't "
            "love was it"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.34: none
    (
        (
            "gym pic caption: 'earned my dinner 💪' (made myself do 2 hours cause i "
            "ate a cookie at lunch)"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.34: none
    (
        (
            "'Wine o'clock 🍷' memes are funny until you realise you've needed one "
            "every afternoon since March just to get through bath time."
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.34: none
    (
        (
            "some people need to learn how to merge. pictured ramming the guy for "
            "a sec but obv i'd never actually do it"
        ),
        MODERATE,
        "harm_to_others",
    ),
    # rules-1.34: high
    (
        (
            "Handover: 34M, 3/52 hx of not coping, has pocketed morphine from the "
            "drug bag, plan is tonight after shift ends at 7. Pt is me. Sorry."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: high
    (
        (
            "Shotgun's out of the cabinet and loaded. They say 22 a day, guess I'm "
            "making it 23. Not asking for help, just didn't want to go without "
            "telling someone"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: high
    (
        (
            "done the risk assessment on myself. plan: yes. means: yes. timeline: "
            "tonight. protective factors: none left. if this was one of my "
            "families i'd be escalating it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: high
    (
        "Tonight. The insulin from the ward fridge is in my bag already.",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: high
    (
        (
            "already injected myself. the stuff we use works fast so i dont have "
            "long. sorry to whoever has to read this"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.34: none
    (
        (
            "Out of professional interest, how much midazolam would it take for an "
            "adult not to wake up? Not for a patient."
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.34: none
    (
        (
            "Scrubbed in with fresh cuts under my sleeves again. Did them in the "
            "staff loos on my break. I'd be filling in a datix if I saw it on a "
            "patient"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.34: low
    (
        (
            "My section commander's been beasting me for weeks and last night he "
            "told me if I put a complaint in I'd have an accident on the range. I "
            "believe him."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.34: moderate
    (
        (
            "Still hear the radio chatter from Helmand most nights. Lately it's "
            "one voice saying I should've died out there with the others and I "
            "need to finish the job"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.34: moderate
    (
        (
            "Bottle of red a night since the tower block fire, then whatever's "
            "left in the cupboard. If I just didn't wake up one morning that'd be "
            "fine by me tbh"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.34: moderate
    (
        (
            "I spend all day safeguarding other people's kids and I go home to a "
            "partner who had me by the throat on Sunday. He says next time he "
            "won't let go."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.34: low
    (
        (
            "The urge to cut has been really strong all week and I think I'm going "
            "to give in to it this weekend. Been holding off since October half "
            "term."
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.34: low
    (
        (
            "Fainted in theatre today. Reg thinks it was the heat. It's because "
            "I've had nothing but black coffee for four days and I still look huge "
            "in scrubs"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.34: low
    (
        (
            "Had a thought on a job today about putting a pillow over an elderly "
            "patient's face. Came out of nowhere and I can't shake it. I'd never, "
            "but I'm terrified of my own head right now."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.34: low
    (
        (
            "Taking a couple of zopiclone from the stash every night so I can "
            "sleep between nights and days. Not prescribed. Works though"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.34: low
    (
        (
            "Can't face court without a couple of vodkas in the robing room now. "
            "Every single day. Mints and a good suit hide a lot"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.34: low
    (
        (
            "We talk to owners about quality of life every day. Sometimes I think "
            "if I was a dog someone would've made the kind decision for me by now."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.34: high
    (
        (
            "just took like all of my sertraline and idk why I'm even typing this, "
            "me siento muy raro y todo da vueltas"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.34: high
    (
        (
            "already took the whole plaquette of my mom's sleeping pills like 20 "
            "mins ago, je me sens super lourde, idk if I should tell someone"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.34: moderate
    (
        (
            "been making myself throw up after every meal and today there was Blut "
            "in it. also my heart keeps doing this weird Herzrasen thing when I "
            "stand up"
        ),
        HIGH,
        "eating_disorder",
    ),
]

UNDER_READ_INTL = [
    # rules-1.34: none
    (
        (
            "llevo como tres días comiendo casi nada y luego voy al gym dos veces "
            "pa quemar lo poquito que como. my tía keeps saying I look great so I "
            "guess it's working??"
        ),
        "es",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.34: moderate
    (
        (
            "mon chum m'a poussée contre le mur hier soir pis il a dit que la "
            "prochaine fois ce serait pire. I'm scared to go home after my shift"
        ),
        "fr",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.34: none
    (
        (
            "Ich würde mich nie umbringen, aber manchmal wünsch ich mir echt, ich "
            "wäre einfach nicht mehr da. Sorry für den random deep talk"
        ),
        "de",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.34: low
    (
        (
            "tenho ouvido uma voz a chamar o meu nome quando estou sozinha em "
            "casa. não diz nada de mal mas is that normal?? estou a ficar assustada"
        ),
        "pt",
        MODERATE,
        "psychosis",
    ),
]

OVER_READ = [
    # rules-1.34: moderate
    (
        (
            "chef said he'd murder me if i burnt the risotto again. reader, i "
            "burnt it. still alive, still employed"
        ),
        "en",
    ),
    # rules-1.34: moderate
    (("this song is so dramatic, 'i'd rather die than be without you' ok babe calm down 😂"), "en"),
    # rules-1.34: high
    (
        (
            "haha my friend keeps posting 'kms' memes and last night she said she "
            "meant it. idk if i'm overreacting"
        ),
        "en",
    ),
    # rules-1.34: high
    (
        (
            "my best mate said 'gonna unalive myself' in the group chat and "
            "everyone sent skulls but he's been off for weeks and i'm kinda worried"
        ),
        "en",
    ),
    # rules-1.34: moderate
    (
        (
            "is 'tw self harm' the right tag for my fanfic? one of the characters "
            "cuts and i want to tag it properly"
        ),
        "en",
    ),
    # rules-1.34: moderate
    (
        (
            "my best friend posted 'i wanna disappear' on her private story and "
            "now she's not answering my texts. what do i do 😭"
        ),
        "en",
    ),
    # rules-1.34: high
    (
        (
            "What does 'ctb' mean? Saw it in the comments on my son's post and I "
            "want to know if I should be worried."
        ),
        "en",
    ),
    # rules-1.34: moderate
    (
        (
            "Lads keep asking why I've gone quiet since we got back. Dunno. "
            "Everything just feels flat and grey. Not in a bad place like that, "
            "just flat"
        ),
        "en",
    ),
    # rules-1.34: moderate
    (
        (
            "A young person I worked with for three years died this week. An "
            "accident, not anything else. I keep going over whether I could have "
            "done more"
        ),
        "en",
    ),
    # rules-1.34: moderate
    (
        (
            "If my consultant humiliates me on the ward round one more time I'm "
            "going to lose it. Not like that, I'll just walk out and never come "
            "back"
        ),
        "en",
    ),
    # rules-1.34: moderate
    (("mi prima me contó que a veces se corta y no sé qué hacer, I'm scared to tell my tía"), "es"),
    # rules-1.34: moderate
    (
        (
            "mon coloc a dit hier soir qu'il voulait plus vivre et depuis je dors "
            "pas. j'sais pas si je devrais appeler quelqu'un... help?"
        ),
        "fr",
    ),
    # rules-1.34: moderate
    (
        (
            "sou estudante de enfermagem, qual é a diferença entre automutilação e "
            "tentativa de suicídio? need it for my prova amanhã"
        ),
        "pt",
    ),
    # rules-1.34: high
    (
        (
            "il mio coinquilino beve tutte le sere fino a star male e ieri è "
            "svenuto in bagno, sono preoccupata. I don't know how to bring it up"
        ),
        "it",
    ),
]

TWINS = [
    (
        "this is my last entry in the food diary for this week, thank you for "
        "putting up with my questions about recipes"
    ),
    "rope's in the boot for the camping trip tonight, tent and pegs too",
    ("sat in the garage with the engine running to warm it up before work, freezing this morning"),
    "logging off for good from twitter tonight, it's a cesspit",
    "he is kicking the ball against the door again, driving me mad",
    ("going off the top of the diving board at the pool tomorrow, terrified lol"),
    ("walking down to the river now for the duck race, thanks for all the tips on the route"),
    ("which bridges round here are high enough for a double decker bus? planning the school trip"),
    ("she said if i forget her birthday again i won't wake up to breakfast in bed lol"),
    "the voices in my podcast keep telling me to buy more coffee",
    "i'm starving, i could eat a horse, nothing since breakfast",
    "my heart was racing after the spin class, such a good workout",
    ("if i don't wake up for my alarm tomorrow, fine, it's my day off anyway"),
    "walking 10k steps when i get home is my new year's resolution",
    "i drive home after service with my colleague, she doesn't drink",
    "the note's written for my son's teacher, he's off sick tomorrow",
    ("taking them now, the antibiotics the doctor gave me, thanks for the reminder"),
    ("i won't be around to read the comments tonight, i'm on a flight to lisbon"),
    "right before i go over the budget figures, can i ask a quick question",
    "took all my vitamins this morning like a good boy",
    ("washed the whole bottle of shampoo down the drain by accident, the cat knocked it over"),
    "got my new cuts of lamb from the butcher for sunday lunch",
    ("looked up which car parks downtown have barriers at the exit, need to know for the van"),
    ("the kids are posting in code for me again, some tiktok slang i don't get"),
    ("my ex used to check my homework before i handed it in, he was a maths teacher"),
    ("made myself do two hours of revision because i ate lunch early and had time"),
    ("i've needed a coffee every morning since march just to get through the school run"),
    "i pictured the guy's face when he opened the present, priceless",
    ("the patient is me, i'm role playing the client in our training session today"),
    "shotgun's out of the cabinet for cleaning before the pheasant season",
    ("done the risk assessment for the school trip. plan: yes. means: yes. budget: tight"),
    ("the insulin from the ward fridge is in my bag for the diabetic patient on the bus trip"),
    "already injected myself with my insulin, dinner in five",
    "how much of this paint would it take to cover the whole wall",
    ("the voice on the sat nav keeps saying i need to finish the job before i turn left"),
    ("my judo partner had me by the throat in training, blue belt grading next week"),
    ("had a thought about putting a pillow over my face to block out the light"),
    ("taking a couple of biscuits from the stash every night, don't tell my wife"),
    "can't face monday without a coffee",
]

TWINS_INTL = [
    ("voy al gym para quemar calorías antes de la boda, ¡qué ganas!", "es"),
    ("manchmal wünsch ich mir, ich wäre schon im Urlaub am Strand", "de"),
    ("ouvi uma voz a chamar o meu nome na rua, era a minha vizinha", "pt"),
    (("il m'a poussé pour rire et a dit que la prochaine fois ce sera son tour de gagner"), "fr"),
    ("la mia amica beve solo acqua frizzante, è fissata", "it"),
]

STILL_ALARMS = [
    ("my boss said he'd kill me if i was late again, and honestly i want to kill myself"),
    (
        "that line in the song 'i'd rather die than be without you' is "
        "literally me, i am going to kill myself tonight"
    ),
    ("tw self harm: i cut myself again last night and it won't stop bleeding"),
    "what does 'ctb' mean? asking because i want to kill myself tonight",
    "not in a bad place like that, i just want to die",
    "my friend said 'i want to die' and honestly i want to die too",
    (
        "i'm a nurse. how much insulin would it take for an adult not to wake "
        "up? not for a patient, for me"
    ),
    "pov: you wrote the note and you're going to do it tonight",
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_18s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_18s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "locale"), TWINS_INTL)
def test_the_twins_in_other_languages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_new_idioms_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
