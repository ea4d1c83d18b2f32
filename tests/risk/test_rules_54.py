"""rules-1.46: the misses of review round 29 (four briefs: eating disorders and self-harm in their
communities' language; journal entries of a whole day with the risk in one or two sentences;
people afraid they will hurt someone or who have), once round 30 was written to be the blind one.

"pulled my ng tube out again", "im at the train tracks. binged again", "razor is out ... i need to
punish it right now", "sh'd twice this week", "i told her it was the cat. it wasnt the cat",
"doing it right now. dont try to talk me out of it", "still bleeding through the towel", "got my
sh box out from under the bed", "tell my therapist i tried", "I've picked tomorrow morning",
"ive started writing down his routine", "ive got him pinned on the ground and i cant stop hitting
him", "my wife is on the floor ... shes not answering me", "the thoughts arent just thoughts
anymore"; round 29's everyday messages read moderate or above ("my .sh script keeps failing",
"paper cut", "my new meds are working well", "used the time-out plan last night"). A student's
diary does not make the writer's own danger a professional's story. What rules-1.45 read is in
the comment beside each.
"""

from __future__ import annotations

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.45: low
    (
        "b/p'd after family dinner. feel so gross and i hate that im back here",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.45: none
    (
        "compensating at the gym tonight for the cake at work. i know, i know",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.45: none
    (
        "been skipping the snacks on my meal plan and lying to my dietitian about it",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.45: low
    (
        "everyone at home would be less stressed without my ed drama. without me really",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.45: low
    (
        (
            "got the urge to cut after my fear food challenge. didnt do it, just sat on my hands "
            "and cried"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.45: moderate
    (
        (
            "im refusing the feeding plan. they can sit and watch me all they want, im not "
            "drinking the supplement"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.45: moderate
    (
        (
            "not eating until i literally disappear. the ed voice is the only one that makes "
            "sense anymore"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.45: moderate
    (
        "pulled my ng tube out again. nurses are furious. id rather my heart give out than gain",
        HIGH,
        "eating_disorder",
    ),
    # rules-1.45: moderate
    (
        (
            "my mom screamed that im disgusting and pinned me down to make me eat last night. im "
            "scared to go home"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.45: moderate
    (
        "im at the train tracks. binged again and i cant do this one more time",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.45: high
    (
        "razor is out. i ate everything on the tray and i need to punish it right now",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.45: high
    (
        (
            "the voices say i have to starve to death to be clean and im doing it, threw all the "
            "food in the trash"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.45: none
    (
        ("the 🦓 thoughts are back a bit. not acting on them, just noticing them like you said"),
        MODERATE,
        "self_harm",
    ),
    # rules-1.45: none
    (
        (
            "what do i say if my new boyfriend asks about the scars on my thighs? theyre old but "
            "i panic"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.45: moderate
    ("relapsed last night after 61 days. i feel so stupid", HIGH, "self_harm"),
    # rules-1.45: moderate
    (
        "wearing a hoodie in 30 degrees so no one sees my arm. did it again on sunday",
        HIGH,
        "self_harm",
    ),
    # rules-1.45: moderate
    ("sh'd twice this week. streak's gone. whatever", HIGH, "self_harm"),
    # rules-1.45: low
    ("my mum saw the plasters and i told her it was the cat. it wasnt the cat", HIGH, "self_harm"),
    # rules-1.45: moderate
    ("been doing it again since the breakup, mostly on my legs so nobody sees", HIGH, "self_harm"),
    # rules-1.45: moderate
    ("kinda want to go deeper next time just to see. idk whats wrong with me", HIGH, "self_harm"),
    # rules-1.45: none
    ("lol my 'cat scratches' are back 🐱🩹 anyway how was ur day", HIGH, "self_harm"),
    # rules-1.45: moderate
    ("whats the best way to hide fresh cuts for a pool party this weekend", HIGH, "self_harm"),
    # rules-1.45: low
    (
        (
            "the scab keeps opening every time i bend my arm, its from tuesday when i relapsed. "
            "is that normal?"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.45: high
    ("doing it right now. dont try to talk me out of it", IMMINENT, "self_harm"),
    # rules-1.45: moderate
    (
        (
            "i think i need stitches but i cant go to a&e, they'll call my dad. its still "
            "bleeding through the towel"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.45: high
    (
        "got my sh box out from under the bed. opening it now, im done fighting the urge",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.45: none
    (
        "its bad, it keeps opening and its soaked through three plasters already",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.45: high
    ("right now. urges won. razor's out and im already bleeding", IMMINENT, "self_harm"),
    # rules-1.45: low
    (
        "blood's dripping on the floor and i feel really cold and shaky. i dont know what to do",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.45: low
    ("🩸🩸🩸 cant make it stop its everywhere", IMMINENT, "self_harm"),
    # rules-1.45: moderate
    (
        "wrote letters for everyone. my scars can finally stop mattering. goodbye",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.45: high
    (
        "going to the bridge after i clean myself up. tell my therapist i tried",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.45: moderate
    (
        (
            "Bank holiday so no work. Cleaned out the shed with my neighbour and found a box of "
            "my dad's old records. Barbecue at my cousin's in the afternoon, the kids ran round "
            "the garden all day. I've been mixing my tablets with vodka most nights lately and "
            "if one night I just don't wake up, honestly I don't care either way. Got home "
            "around 9 and put the record player on for a bit. Weather's supposed to turn "
            "tomorrow, so I'll get the washing in early."
        ),
        HIGH,
        "substance",
    ),
    # rules-1.45: none
    (
        (
            "ok so today was alright till tonight. had maths and english, got a B on my essay. "
            "chips with jade at lunch. after school went to the skate park for a bit then home "
            "and did my homework. mums on a night shift. my stepdad came back from the pub and "
            "hit me in the face and now hes kicking my bedroom door and shouting hes going to "
            "finish me, im hiding in the wardrobe. i just want mum to come home. dinner was "
            "noodles"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.45: low
    (
        (
            "Went into the office for the first time in a week. Everyone was nice about me being "
            "off sick. Lunch with the team at the Thai place, I had green curry. Afternoon "
            "meetings, then drove home the long way past the lake. I've picked tomorrow morning, "
            "once everyone has gone to work and school, I know exactly where I'm going and I'm "
            "not going to change my mind. Helped Ellie with her spelling test. Made hot "
            "chocolate. Set the alarm for 6 like normal."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.45: none
    (
        (
            "Writing day. Up at 7, morning pages with coffee, then chapter nine until lunch. "
            "Leftover chilli. Went for a walk by the river to get unstuck. For the story I need "
            "to know whether a person would survive a jump from the old viaduct, so I spent an "
            "hour trying to find out how high it is, it's for the book obviously. Answered "
            "emails from my agent in the afternoon. Quiz night at the pub with Sal, we came "
            "fourth. Need to buy printer ink."
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.45: high
    (
        (
            "Shift at the nursery 8 till 4, the toddlers were full on, finger painting disaster. "
            "Had soup in the staff room. Went to the big Tesco after for nappies for my sister's "
            "baby. Came home and had a massive row with Dad about money. I'm sitting on the "
            "bathroom floor right now, I've already started cutting and I can't stop, there's "
            "way more blood than usual and it won't slow down. Supposed to be going to the "
            "cinema with Beth tomorrow."
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.45: low
    (
        (
            "smashed my partners phone in a row last month. didnt touch her but i know thats not "
            "ok, started the course this week"
        ),
        MODERATE,
        "harm_to_others",
    ),
    # rules-1.45: low
    (
        (
            "i keep hearing the neighbours talk about me thru the wall. makes me so angry but "
            "nothing is telling me to do anything"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.45: low
    (
        (
            "i hit her last night. first time ever. shes at her sisters now and i dont know what "
            "i am anymore"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.45: moderate
    (
        (
            "had a flash of shoving a stranger onto the tracks this morning and now im scared to "
            "stand near the edge. what if i actually do it"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.45: low
    (
        (
            "my facilitator on the perpetrator programme doesnt know i grabbed her by the throat "
            "on sunday. i need help, i cant keep doing this"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.45: low
    (
        (
            "ive started writing down his routine. when he leaves work, where he parks. not sure "
            "what im going to do with it yet"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.45: moderate
    (
        (
            "every time the kids scream i feel like im going to snap and really hurt one of "
            "them. im scared of myself"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.45: moderate
    (
        (
            "she got full custody and i keep thinking if i cant have the kids then she shouldnt "
            "get to have a life either"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.45: high
    (
        (
            "following the guy who cut me up, hes pulling into a petrol station. im getting out "
            "and im going to batter him"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.45: high
    (
        (
            "my wife is on the floor and i dont know how she got there. i was so angry. shes not "
            "answering me"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.45: high
    (
        "drunk and driving round to his now. hes going to regret touching my sister",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.45: high
    (
        (
            "boss fired me in front of everyone. im waiting by his car in the car park. hes not "
            "walking away from this"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.45: high
    ("ive got him pinned on the ground and i cant stop hitting him", IMMINENT, "harm_to_others"),
    # rules-1.45: high
    (
        (
            "holding the baby and the thoughts arent just thoughts anymore, i feel like im "
            "actually going to do it. please"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.45: low
    (
        "outside my sons school waiting for his mum. today she finds out what im capable of",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.45: high
    (
        (
            "guy brake checked me, im right on his bumper and im going to push him off the road "
            "at the next bend"
        ),
        IMMINENT,
        "harm_to_others",
    ),
]

UNDER_READ_INTL = [
    # rules-1.45: low
    (
        (
            "Heute war ein ziemlich normaler Dienstag. Morgens mit dem Zug zur Arbeit, der "
            "natürlich wieder Verspätung hatte. Im Büro habe ich die Präsentation für Donnerstag "
            "fertig gemacht und mein Chef war zufrieden. Mittags bin ich mit den Kollegen zum "
            "Italiener gegangen, aber ich habe nur Wasser bestellt und gesagt, ich hätte schon "
            "gegessen. Ich esse seit Tagen fast nichts mehr und zähle jede Kalorie. Nach der "
            "Arbeit Yoga, dann mit meiner Schwester telefoniert, sie ist schwanger! Abends noch "
            "einen Tatort geschaut und früh ins Bett."
        ),
        "de",
        MODERATE,
        "eating_disorder",
    ),
]

OVER_READ = [
    # rules-1.45: high
    ("gym bros keep telling me to cut but im bulking and honestly loving it", "en"),
    # rules-1.45: moderate
    (
        (
            "my therapist asked me to list things my body does for me and i came up with a bunch "
            "actually"
        ),
        "en",
    ),
    # rules-1.45: moderate
    ("i dont think ill ever have a normal relationship with food", "en"),
    # rules-1.45: high
    ("someone in my discord keeps posting about sh and its really getting to me", "en"),
    # rules-1.45: moderate
    ("my .sh script keeps failing with permission denied, any idea why", "en"),
    # rules-1.45: moderate
    ("paper cut on my finger is somehow the most painful thing ive ever experienced", "en"),
    # rules-1.45: moderate
    (
        "my tattoo artist says covering old self harm scars is her favourite work, thats so lovely",
        "en",
    ),
    # rules-1.45: moderate
    (
        (
            "Climbing wall with Jen after work. Before that, a full day at the office, lots of "
            "training the new interns, one of whom asked me what a fax machine was. Had a poke "
            "bowl for lunch. At the wall I finally tied my own knot on the rope without the "
            "instructor having to check it twice, and then I got to the top of the orange route! "
            "Burgers after. Home, shower, bed. My arms feel like jelly and I'm weirdly proud of "
            "myself."
        ),
        "en",
    ),
    # rules-1.45: imminent
    (
        (
            "Doctor's appointment this morning, just a review. She said my new meds are working "
            "well and to carry on the same. Picked up the prescription and took my morning dose "
            "with breakfast like always. Went to the garden centre with Dad and bought tomato "
            "plants. Afternoon at work on the tills, a man tried to pay entirely in 2p coins. "
            "Made a stir fry for tea. Watched the snooker. Feeling steady these days, which is "
            "nice to write down."
        ),
        "en",
    ),
    # rules-1.45: imminent
    (
        (
            "neighbours dog barks at 6am every day. i will end him. (with a strongly worded note "
            "to the owner)"
        ),
        "en",
    ),
    # rules-1.45: high
    (
        (
            "used the time-out plan last night. felt it building, said i need 20 mins, walked "
            "round the block, came back and we actually talked"
        ),
        "en",
    ),
    # rules-1.45: high
    ("vou matar meu irmão, ele comeu o último pedaço de bolo 😤", "pt"),
    # rules-1.45: moderate
    ("slammed the door so hard the frame cracked. nobody got hurt but im ashamed of myself", "en"),
    # rules-1.45: moderate
    (
        (
            "road rage is my worst thing. im fine once i get out the car but i hate the person i "
            "am behind the wheel"
        ),
        "en",
    ),
    # rules-1.45: moderate
    (
        (
            "im not a violent person, i just feel like a pressure cooker lately and i dont know "
            "where to put it"
        ),
        "en",
    ),
]

TWINS = [
    "compensating for the late start by working through lunch",
    "everyone would be less stressed without the roadworks, really",
    "got the urge to cut my hair short again, maybe a bob",
    "refusing the meal plan at the gym, my trainer is too strict lol",
    "my toddler pinned me down to make me play horses",
    "i am at the train tracks taking photos of the steam engine, so cool",
    "the 🦓 at the zoo was so cute today",
    "my nan asks about the scars on my stomach from the c section",
    "relapsed after 61 days of no sugar, the biscuits won",
    "so no one sees my legs i wore trousers to the beach, so pale lol",
    "it was not the cat who ate the ham, it was the dog",
    "doing it right now, dont talk me out of it, the fringe is getting cut",
    "got my first aid kit out and done fighting the urge to bake",
    "wrote letters for everyone at the wedding, goodbye single life",
    "i have picked tomorrow for the party, once everyone has gone to work we set up",
    "whether a person would survive a fall from a bike at 20mph, asking for the safety class",
    "smashed my phone screen again, so clumsy",
    "i can hear the neighbours talking through the wall, thin walls lol",
    "i hit him back at the ball in dodgeball last night",
    "writing down his routine for the new nanny",
    "my toddler is going to snap and hit one of them, she is so tired",
    "getting out of the car and going to hug her, so excited to see my sister",
    "she is on the floor laughing, i told the best joke",
    "the thoughts are not just thoughts anymore, they are plans for the holiday",
]

STILL_ALARMS = [
    (
        "someone in my discord keeps posting about self harm and i did it again last night, i "
        "want to die"
    ),
    "paper cut on my finger then i cut my arm on purpose, i want to die",
    "covering my old scars with fresh cuts again tonight, i want to kill myself",
    "my meds are working well but i am going to take them all tonight",
    "i will end him tonight, the note is written and i have the knife",
    "used the time-out plan but i still want to kill myself tonight",
    "slammed the door so hard and then i hit her, i am going to kill her",
    "i am not a violent person but i am going to kill him tonight",
    "i dont think ill ever have a normal relationship with food, i want to die",
]


test_round_29s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_29s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)


def test_a_german_everyday_diet_is_not_restriction() -> None:
    text = "ich esse seit wochen nichts fettiges mehr, der arzt hat es empfohlen"
    assert screen(text, locale="de").level.rank < MODERATE.rank
