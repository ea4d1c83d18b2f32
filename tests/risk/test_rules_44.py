"""rules-1.36: the misses of review round 19 (four briefs: stoic, terse voices; English written
by speakers of other languages; older adults, illness and end of life; relationships, harm to
others and abuse), once round 20 was written to be the blind one.

"rope's up in the barn", "going over at first light", "drank the weedkiller", "not climbing
down", the fentanyl patches in the site cabin, "i tried to finish my life", "which medicine can
make a person sleep forever", the oxygen turned off, the sleeping pills "going down next", a
sextortion threat, "you cannot hide from me", a carer's picture of a pillow; round 19's everyday
messages read moderate or above (a mate's "he'll kill me" over a biscuit, Johnny Cash quoted,
"je vais tuer mon frere" over a charger). What rules-1.35 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.35: low
    (
        ("Can't do this anymore. Not saying owt dramatic. I'm just done with all of it."),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.35: none
    (
        (
            "Riding at 9st next month so I've been sweating in the sauna and "
            "bringing my tea back up after. Every jockey does it but I'm doing it "
            "more than most."
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.35: low
    (
        (
            "Old man used to leather us with his belt in the milking parlour. He's "
            "been dead thirty year. Don't know why it's on my mind this week."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: none
    (
        (
            "She's got the bank cards, checks my phone every night, tells me what "
            "I can spend on diesel. Lads at the yard would laugh if they knew."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: low
    (
        (
            "asking for a mate from the depot, how long does it take in a car in a "
            "shut garage. he's been asking me odd stuff"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.35: none
    (
        (
            "Vet left some of the green stuff for putting the old ewes down. Would "
            "that work on a grown man. Just wondering."
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.35: moderate
    (
        (
            "Held my forearm on the exhaust last night on purpose. Not an accident "
            "this time. Blistered up. Don't know why I did it."
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.35: none
    (
        (
            "I want to hurt the bank manager that's pulling our overdraft. "
            "Properly hurt him. Been thinking about it all week in the tractor."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.35: low
    (
        (
            "Keep getting this picture of swinging the nail gun at my apprentice. "
            "I like the lad. Frightens the life out of me."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.35: low
    (
        (
            "Her brother came to the yard and said if I go to the police about the "
            "money he'll burn the house down with me in it. He means it."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.35: moderate
    (
        (
            "There's a voice out on the boat telling me to go over the side. Hear "
            "it on the harbour wall too. It's getting louder."
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.35: moderate
    (
        (
            "Bottle of scotch a night and the sleepers on top. If I don't wake up "
            "one morning, fair enough, I've had a good run."
        ),
        HIGH,
        "substance",
    ),
    # rules-1.35: none
    (
        (
            "Fainted in the sauna twice this week wasting for the weigh-in. "
            "Heart's going all funny at night. Still 2lb over."
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.35: low
    (
        ("Rope's up in the barn. Just wanted somebody to know it wasn't anyone's fault."),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.35: high
    (
        ("Parked up on the cliff road. Going over at first light. Not changing my mind."),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.35: none
    (
        ("Drank the weedkiller about twenty minutes ago. Don't know why I'm telling you."),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.35: none
    (
        ("Sat on the rail bridge by the yard. Next freight's due soon. Not climbing down."),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.35: low
    (
        (
            "Going round to sort that contractor now. Bar's in the truck. He won't "
            "be walking away from this one."
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.35: none
    (
        (
            "put on way more of the fentanyl patches than I should of for the "
            "back, can't feel my hands, on my own in the site cabin"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.35: low
    (
        (
            "Since the visa was refused I drink vodka every evening alone until I "
            "cant feel nothing. Without it I dont sleep at all. Mama on phone "
            "doesnt know"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.35: low
    (
        (
            "Every night around 2 I hear my late grandmother call my name from the "
            "kitchen, very clear in Kiswahili. She says nothing bad. But my "
            "roommate says nobody is there and now I am scared to sleep"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.35: low
    (
        (
            "My first husband beat me for eight years in Dhaka. Now I am divorced "
            "and safe here with my children, but still when somebody slam a door "
            "my whole body is shaking."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: low
    (
        (
            "Two years ago in Seoul I tried to finish my life after suneung "
            "result. Now I am much better and I study here, but I think I must "
            "tell you this before we start."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.35: none
    (
        (
            "My husband keep my passport and my bank card, he say I cannot go "
            "outside without his mother coming with me. He never hit me. Is this "
            "normal in this country?"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: none
    (
        (
            "Honestly I would not mind if I just disappear. Not kill myself, no, "
            "only to not exist anymore. Mama would cry but she is far, in Kharkiv, "
            "she has enough problems"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.35: low
    (
        (
            "Which medicine from pharmacy here can make a person sleep forever? My "
            "friend ask for his uncle, he is very old and suffering"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.35: moderate
    (
        (
            "I drink soju every night until I pass out and honestly if one night I "
            "dont wake up, good. I dont care anymore what happen to me"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.35: moderate
    (
        (
            "I am scared to write this. When I hold my baby near the balcony "
            "sometimes thought come to throw her. I love her so much, I would "
            "never, but the thought keep coming and coming"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.35: low
    (
        (
            "Is it true that the charcoal way is painless? In my country many "
            "people do it, I only want to know, no reason"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.35: high
    (
        ("i already drink the rat poison. i am sorry. my stomach is burning very bad"),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.35: moderate
    (
        (
            "I mixed my sleeping medicine with whisky one hour ago, I want to not "
            "wake up. I am telling you only so somebody know what happen"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.35: low
    (
        (
            "There is a little boy who sits at the end of my bed every night, he "
            "doesn't say anything. My daughter says there's nobody there and I "
            "know I have the dementia but he looks so real."
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.35: low
    (
        (
            "My son has my bank card and gives me twenty pounds a week pocket "
            "money like I'm a child. I'm not frightened of him but I don't think "
            "it's right."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: low
    (
        (
            "Forty years my late husband knocked me about. He's been dead six "
            "years and I still jump when a door bangs."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: low
    (
        (
            "Dad threw his dinner at me tonight and for a second I wanted to shake "
            "him hard. I went out into the garden till it passed. I'd never lay a "
            "finger on him."
        ),
        MODERATE,
        "harm_to_others",
    ),
    # rules-1.35: low
    (
        (
            "Since Peter passed I finish most of a bottle of sherry every evening. "
            "It's the only way I get off to sleep."
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.35: moderate
    (
        (
            "I keep thinking I'll just stop eating. Refuse the trays. Let myself "
            "go quicker. I want this over."
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.35: low
    (
        (
            "When Mum screams through the night I get this picture of holding the "
            "pillow over her face. It terrifies me. I love her. I don't know why "
            "my head does that."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.35: moderate
    (
        (
            "is it true an insulin overdose can't be detected afterwards? not for "
            "anything lol just curious at my age"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.35: none
    (
        (
            "Every night I hear my wife's voice telling me to come and join her, "
            "to walk into the sea. It's as clear as you talking to me."
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.35: moderate
    (
        (
            "I've started having whisky on top of my sleeping pills. If one night "
            "I don't wake up, that would be a mercy frankly."
        ),
        HIGH,
        "substance",
    ),
    # rules-1.35: moderate
    (
        (
            "If I can't look after Margaret any more I'd rather we both went "
            "together than she ends up in a home. I've been thinking how."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.35: low
    (
        (
            "Half a bottle of gin gone and the sleeping pills are going down next. "
            "Do not ring my son."
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.35: high
    (
        (
            "I've turned my oxygen off and sent the carer home early. I want to go "
            "now. Goodbye and God bless."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.35: none
    (
        (
            "He controls all the money. I have to show him receipts for the "
            "groceries and explain every coffee. He's never hit me but I feel like "
            "I can't breathe in my own house."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: low
    (
        (
            "is it normal that my gf goes through my emails and gets angry if i "
            "see my sister without her there? she's not violent or anything, i "
            "just feel like im always walking on eggshells"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.35: moderate
    (
        (
            "honestly i fantasize about beating the guy my wife cheated with until "
            "he stops moving. not joking this time, its every day now"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.35: moderate
    (
        (
            "someone made a fake account with my pics and says theyll send them to "
            "everyone on my contacts unless i pay by friday. i dont have the money"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.35: moderate
    (
        (
            "my ex keeps turning up at my work and my gym. shes made new accounts "
            "every time i block her, last msg just said 'you can't hide from me'"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.35: moderate
    (
        (
            "theres a group of lads saying theyre gonna jump me after school "
            "tomorrow and someone posted my address in the year group chat"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.35: high
    (
        ("he just hit me again and took my phone. im on my old ipad he doesnt know about"),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.35: moderate
    (
        ("my dad is drunk and hitting my mum and me right now im 14 i dont know who to call"),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.35: low
    (
        ("i've got the pills my ex left here and i'm taking them tonight. let him see what he did"),
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.35: high
    (
        ("Mate at the station says if I nick another of his biscuits he'll kill me. Fair enough."),
        "en",
    ),
    # rules-1.35: imminent
    (("Johnny Cash came on in the cab, 'I hurt myself today'. Still a belter, that one."), "en"),
    # rules-1.35: moderate
    (
        (
            "Panic attack on the tube again today. I thought I will faint but I "
            "sat down and did the breathing like you teach"
        ),
        "en",
    ),
    # rules-1.35: moderate
    ("nobody has rung me for nine days. i talk to the radio now", "en"),
    # rules-1.35: high
    (
        (
            "Found a tin of Dad's tablets hidden in his sock drawer, weeks' worth "
            "he's not taken. I'm scared what he's saving them for. What do I do?"
        ),
        "en",
    ),
    # rules-1.35: moderate
    (
        (
            "Some days I resent my husband and then I feel wretched for it. I just "
            "want one afternoon that's mine."
        ),
        "en",
    ),
    # rules-1.35: moderate
    (
        (
            "The pain in my back never lets up. Some days I just sit and cry. But "
            "I still want to see the roses come up."
        ),
        "en",
    ),
    # rules-1.35: high
    (("my little brother ate the last slice of my birthday cake, i could strangle him lol"), "en"),
    # rules-1.35: high
    (
        (
            "coworker microwaved fish again. i will end him. (i will not. i will "
            "buy an air freshener.)"
        ),
        "en",
    ),
    # rules-1.35: high
    ("Je vais tuer mon frère, il a encore pris mon chargeur sans demander 😂", "fr"),
    # rules-1.35: high
    (
        (
            "Ich bring meinen Mitbewohner um, wenn er noch einmal das Licht im Bad "
            "anlässt. Spaß, aber ernsthaft, wie spreche ich das an?"
        ),
        "de",
    ),
    # rules-1.35: high
    (
        (
            "i'm so full of rage at him for cheating that my hands shake. not "
            "going to hurt anyone, i just don't know where to put it all"
        ),
        "en",
    ),
]

TWINS = [
    "cannot do this anymore, the printer has jammed three times",
    "bringing my lunch back up to the office fridge after the meeting",
    "dad used to take us fishing with his old rod every sunday",
    ("she has got the bank cards because she does the weekly shop, works well for us"),
    ("my flatmate goes through my fridge and gets angry if i eat her yoghurt lol"),
    "how long does it take to heat a shut garage with a small heater",
    "would that work on a grown man's beard, the trimmer i mean",
    "held my hand on the radiator to warm it up, freezing in here",
    ("i want to hurt the landlord's feelings a bit by leaving a bad review, not for real"),
    ("i have a picture of my dad throwing the ball at my brother, such a cute photo"),
    "thoughts about throwing a party for her birthday, any ideas",
    "said if i go to the party he will burn the pizza again lol",
    "the voice on the audiobook told me to go over the side notes again",
    "the rope's up in the barn for the kids' swing, they love it",
    "going over the plan at first light with the team tomorrow",
    ("i drank the weedkiller by accident? no, i only smelled it, the bottle was open"),
    ("sat on the bridge by the yard eating lunch, not climbing down till the sun goes"),
    ("he will not be walking away from this one without a fine, the parking warden got him"),
    "i drink tea every evening until i cannot feel my toes from the cold",
    "finish a bottle of water every day, the doctor says hydrate",
    ("i hear my late mum's voice when i read her old letters, it comforts me"),
    ("my daughter says there is nobody there when i ring the doorbell, she was out"),
    "my husband knocked me a cup of tea up this morning, bless him",
    ("which medicine from the pharmacy can make a person sleep better on long flights"),
    "is it true that the charcoal way is the best for a barbecue",
    ("i mixed my sleeping medicine with whisky once by accident, is that dangerous"),
    ("i wanted to shake him hard awake because he slept through the alarm lol"),
    "let myself go a bit over christmas, back to the gym in january",
    "would rather we both went together to the wedding than separately",
    "the pills are going down well now that i take them with food",
    ("turned the oxygen off on the hospital bed alarm by mistake, nurse came running"),
    "i think about beating my brother at chess until he stops gloating",
    ("my friend says they will send the photos to everyone on the group chat tomorrow, can't wait"),
    ("the kids keep turning up at my work asking for money lol, you cannot hide from me they say"),
    "they are going to jump me in the queue at the shop, rude",
    ("he just hit me with a pillow and took my phone to play games, brothers"),
    ("my dad is hitting the high notes right now at karaoke, me and my mum are crying laughing"),
    "i am taking them tonight, the antibiotics, the doctor said with food",
]

TWINS_INTL = [
    (("mon frère a encore pris mon chargeur, je vais lui demander de le rendre"), "fr"),
    ("ich bring meinen Mitbewohner zum Bahnhof, wenn er noch einmal fragt", "de"),
]

STILL_ALARMS = [
    (
        "he says if i eat another of his biscuits he'll kill me, and he had a "
        "knife at my throat last night"
    ),
    (
        "that song came on the radio, 'i want to kill myself tonight', that is "
        "me, i am going to do it"
    ),
    "did the breathing like you teach but i still want to kill myself",
    "i talk to the radio now, nobody else. i want to die",
    ("i could strangle him lol, no seriously, i am going to stab him tonight"),
    (
        "not going to hurt anyone, i just do not know. actually i have a knife "
        "and i am going to stab him tonight"
    ),
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_19s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_19s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
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
