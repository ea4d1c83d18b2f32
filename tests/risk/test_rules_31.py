"""rules-1.23: gaps of the English rules found with new probes, mended, and the over-readings
found beside them.

I wrote the probes myself (none is from a held-out set); each group says what it read before.
Several of the new rules first missed their own messages behind a hedge ("honestly ...") or a
laugh ("... lol"): of the first 2,788 such variants 294 fell below moderate, 40 after the rules
were widened (mostly "idk" after the message, and "rest forever lol", left out on purpose).
The last test pins three of the variants for every message.

1. Past self-harm told with a bare "cut" ("i used to cut", "i haven't cut in two years", "one
year clean from cutting") read none. The label guide reads past self-harm, recovered too, as
moderate. Cutting hair, grass, class or into the queue stays everyday.

2. An attempt dated by the writer's age or a year ("i tried to kill myself when i was 16", "i
overdosed when i was fifteen", "i had a suicide attempt in 2019") read high or imminent, as if
it were now; "in 2019" read low. The label guide reads a past attempt as moderate: an age or a
year gone by is now a past cue of the temper. A time ahead still wins ("... and i'm going to
do it again tonight"), and an attempt last month is still recent.

3. An attempt stopped short ("i stood on the chair with the belt for a while last night", "i
sat on the bridge railing for an hour yesterday", "i got as far as the roof and then went
home") read none or moderate: the C-SSRS aborted attempt is high (the means cue may make it
imminent). A light bulb or a walk turned back by the rain is not.

4. Goodbye letters told without "i" ("writing my last letters now"), a note written with the
mind made up, and messages set to go out "when i won't be here" read high: goodbyes, imminent.

5. Purging as a habit after meals ("i've been throwing up after every meal", read low), fingers
down the throat (none) and food as undeserved ("i feel huge and i deserve to starve", low):
eating-disorder behaviours, moderate. Not a stomach bug, a pregnancy or a fish bone.

6. Risky use and medically dangerous use: "i've been shooting up again" read low (moderate
now); benzodiazepines or sleeping pills mixed with alcohol, "so much coke i thought my heart
would explode", "drank so much i passed out", an ambulance "because of how much i took" read
none to moderate (medically dangerous use, high).

7. "my food is being poisoned by my neighbours" read none: a psychotic experience without a
command, moderate. Too much garlic and oat milk stay everyday.

8. Danger from someone: an abuser who makes the writer keep "what he does to me" secret, an
adult who sends pictures and says not to tell, and things thrown at the writer read low or
moderate (high now); a partner who controls the money read low (controlling relationship,
moderate). "i'm outside his house with a bat" read high (about to harm someone, imminent).

9. A death the writer would accept or welcome ("i'm ok with dying", "i'd happily die
tomorrow", "cancer would be a blessing", "if i don't wake up tomorrow that's fine") read none or
low, and "i'm scared of what i might do" read low: passive death wish and a thought without
intent, moderate. Dying for one's children, in a game or "one day" stays out.

10. Goodbyes without the word read none to high: "thanks for being my friend, i won't be around
to talk anymore", "make sure my cat gets a good home", "you can have my xbox, i won't need it",
"tonight i finally get to rest forever", "goodbye, i'm sorry for everything". Imminent now. A
move abroad, kittens to rehome, a phone replaced or notes after an exam are not goodbyes.

11. Method-seeking: "i've been researching lethal doses" (nothing after "doses"), whether a
fall from the 10th floor would be fatal, how much of a medicine is too much or harms the
liver, how a character would kill herself painlessly (fiction does not make a method question
safe; label guide), the nearest tall bridge and what happens to the body in a hanging read
none or moderate: high. The view from a bridge, a picture hung on a wall, a dose for a
toddler and a dog that ate chocolate stay out.

12. Urges to hurt a named person ("i get urges to hurt my little sister", read moderate) and
commands from the television or from "messages" ("the people on tv are telling me to hurt
myself", moderate; "i'm getting messages that i need to sacrifice myself", moderate): thoughts
of harming someone and command hallucinations, high. Urges to hug, adverts and a passport
renewal are everyday.

13. Recent self-harm named by what was carved into the skin ("i carved his name into my arm
yesterday", read none) or by wounds reopened ("i keep reopening my wounds", moderate), and a
heart skipping because the writer barely eats (low): high. Carving a tree or a pumpkin, a pen
on the arm and a burn from the oven stay out.

14. Answers to the companion's questions. A yes after a hedge ("i mean... yeah", "well yeah")
read none after "are you having thoughts of ending your life?", and so did "who isn't lol";
"doesn't everyone" read low. All are yes: high. The other way, "probably not" and "i don't
think so" read high, as "probably" and "i do", and "honestly no" read high, as "not safe":
to that question they are no. To "are you safe right now?" they still say not safe, and "well
no" and "obviously not" (read none) now say it too. "obviously", "every detail", "more than
once" and "a whole drawer full" are yes to the companion's questions (they read none or low),
and "just now" to "when did you last hurt yourself?" read low (the fillers took its "just").

15. Means and method in plain words: a blade carried "just in case" (read moderate), the time
the fast train goes through (low), thinking about one's own funeral (low). Imminent (the
blade is a means at hand), high and moderate now; a razor for shaving and a train to film are
not.

16. Euphemisms the slang rules missed: "thinking about taking the long nap" (read low), "i want
a dirt nap", "ready for the big sleep", "gonna go toaster bath mode", "want to leave this
planet for good" (none). High now; a long nap after work, the Bogart film and Elon Musk's
plans are not.

17. Indirect ideation: "i should have died back then", "i'm tired of surviving", "my family
would be better off with the life insurance money" read none or low (passive, moderate now);
"i only see one way out" and "there's no way out of this except one" read none or low
(suicide as the only option, high now). Dying of embarrassment, a maze, "the only way out is
through" and surviving on noodles stay out.

18. An attempt under way in plain words: "the pills are starting to work, i feel so sleepy"
read low, "i've locked myself in the bathroom with a razor" high, "the car is filling up
with fumes" none. Imminent now. Medication that starts to help, and sleeping pills at bedtime,
are not.

19. Danger from someone, again: threats to post or share the writer's nudes, and blackmail with
photos (read none); "my mum's boyfriend makes me do things i don't want to" (moderate): high.
Parents who scream at the writer every day (low): moderate. Baby photos on Facebook, laps at
training and being told to tidy up are everyday; "my brother forces me to watch his
favourite show" read high (any "forces me") and no longer does.

20. Violence now: "my ex just broke in and he's drunk" read low (the break-in rule wanted
screaming, a knife or the like after it; drunk, raging or armed count now), and "he has a gun
and he's pointing it at my mum" read high. Imminent. A water gun, a camera and tears are not.

21. A self-harm relapse told by its depth ("i relapsed. it was bad this time, deeper than
before", read moderate): recent self-harm, high. A kitchen accident is not.

22. Threats against a school: "tomorrow everyone at school is going to pay" and "i'm bringing
my dad's gun to school tomorrow" read none: about to harm someone, imminent. Paying for a
trip, a nerf gun for show and tell and a knife for a cooking class are everyday.

23. Medication: "i accidentally took double my meds and now i feel really weird" read moderate
(medically dangerous use, high now) and "i buy pills online to cope" low (risky use,
moderate). Too much cake and vitamins bought online stay everyday.

24. The over-readings: "i am at peace with dying one day" read imminent (final arrangements),
"i'm moving to australia so i won't be around anymore" imminent (a goodbye), "i'm researching
lethal doses of chocolate for dogs" high (method-seeking), and "i'm at the station waiting for
the train to work" high through the classifiers.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_read_by_a_rule

CUT_PAST = [
    "i used to cut but i've been clean for a year",
    "i used to cut",
    "i used to cut a lot in high school",
    "i haven't cut in two years",
    "i haven't cut myself for 6 months",
    "one year clean from cutting",
    "6 months free from sh today",
]
CUT_TWINS = [
    "i used to cut hair for a living",
    "i used to cut the grass for my neighbour",
    "i haven't cut my hair in two years",
    "i haven't cut in line in years, i promise",
    "i used to cut class in high school",
    "we used to cut through the park on the way home",
]

DATED_ATTEMPTS = [
    "i tried to kill myself when i was 16",
    "i overdosed when i was fifteen",
    "i attempted suicide at the age of 19",
    "i had a suicide attempt in 2019",
]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i had a suicide attempt last month", RiskLevel.HIGH),
        (
            "i tried to kill myself when i was 16 and i am going to do it again tonight",
            RiskLevel.IMMINENT,
        ),
    ],
)
def test_a_recent_attempt_or_a_time_ahead_is_not_history(text: str, level: RiskLevel) -> None:
    assert screen(text, locale="en").level is level


ABORTED = [
    "i stood on the chair with the belt for a while last night",
    "i sat on the bridge railing for an hour yesterday",
    "last night i got as far as the roof and then went home",
    "i got as far as the bridge and then turned back",
]
ABORTED_TWINS = [
    "i stood on the chair to change the light bulb",
    "i stood on a chair with the tape measure to check the curtains",
    "we sat on the bridge railing eating chips",
    "i sat on the edge of the pool for an hour",
    "we got as far as the bridge and then went home because of the rain",
]


@pytest.mark.parametrize("text", ABORTED)
def test_an_attempt_stopped_short_is_at_least_high(text: str) -> None:
    result = screen(text, locale="en")
    assert result.level.rank >= RiskLevel.HIGH.rank, (text, result.level)
    assert any(e.reason.startswith("aborted or interrupted attempt") for e in result.evidence)


GOODBYES = [
    "writing my last letters now",
    "just finished my goodbye letters",
    "my suicide note is written",
    "my note is written and my mind is made up",
    "i set up an email to go out tomorrow when i won't be here",
    "i scheduled a post for when i'm no longer alive",
]
GOODBYE_TWINS = [
    "writing my last letters of the term for the school newsletter",
    "finished my last letter to the council about the bins",
    "my notes are all written for the exam tomorrow",
    "my note is written, just need to stick it on the fridge for the plumber",
]

PURGING = [
    "i've been throwing up after every meal",
    "i throw up after i eat most days",
    "been sticking my fingers down my throat after dinner",
    "i feel huge and i deserve to starve",
    "i don't deserve to eat",
]
PURGING_TWINS = [
    "my little sister has been throwing up after every meal, she has a bug",
    "morning sickness means i throw up after every meal",
    "i had to put my fingers down my throat to get the fish bone out",
    "my friend has been throwing up after every meal, i'm worried",
]

SHOOTING_UP = ["i've been shooting up again", "started injecting heroin last month"]
SHOOTING_UP_TWINS = [
    "my height has been shooting up this year",
    "prices keep shooting up",
    "i injected my insulin after dinner",
]

DANGEROUS_USE = [
    "i mixed my xanax with alcohol again last night",
    "i've been taking my sleeping pills with vodka to knock myself out",
    "i drank a bottle of wine on top of my diazepam",
    "i did so much coke i thought my heart would explode",
    "i drank so much i passed out in the snow",
    "i woke up in hospital after drinking again",
    "my friend had to call an ambulance because of how much i took",
]
DANGEROUS_USE_TWINS = [
    "i mixed the paint colours wrong again",
    "i mixed vodka with orange juice",
    "i did so much work today my brain might explode",
]

POISONED = [
    "my food is being poisoned by my neighbours",
    "someone is drugging my tea",
    "the staff are poisoning my food",
]
POISONED_TWINS = [
    "my food is poisoned with too much garlic lol",
    "the neighbours are poisoning the slugs in the garden",
    "i got food poisoning from the takeaway",
]

DANGER = [
    "my uncle makes me keep secrets about what he does to me",
    "my stepdad says i can't tell mum about what he does to me at night",
    "he makes me keep it a secret or he'll hurt me",
    "my coach sends me pictures and tells me not to tell",
    "my dad gets drunk and throws things at me",
]
CONTROL = ["my partner controls all the money and checks where i go"]
DANGER_TWINS = [
    "my dad makes me keep secrets about his surprise party for mum",
    "my sister told me not to tell mum about her new tattoo",
    "my brother threw a pillow at me lol",
    "my dad throws the ball at me every sunday at the park",
    "my sister threw a snowball at me",
    "my mum sends me pictures of the dog every day",
    "my teacher showed me videos of her trip and told me not to tell the others yet",
    "my husband keeps the bank cards because i keep losing them",
    "my partner controls the money for the house savings plan",
]

WEAPON_OUTSIDE = ["i'm outside his house with a bat", "i'm right outside her flat with a knife"]
WEAPON_TWINS = ["i'm outside her house with flowers and a bat for the kids"]


WELCOME = [
    "i'm ok with dying",
    "i'd happily die tomorrow",
    "cancer would be a blessing honestly",
    "i hope i get sick and die",
    "if i don't wake up tomorrow that's fine",
    "i'm not afraid of death, i'd welcome it",
    "i'm scared of what i might do",
    "i'm afraid of what i could do tonight",
]
WELCOME_TWINS = [
    "i'd happily die for my kids",
    "i'm fine with dying in the game, i respawn",
    "if i don't wake up by 8 that's fine, no work tomorrow",
    "i'm not afraid of death, i'm afraid of spiders",
    "i'm scared of what i might do in the exam",
]

VEILED_GOODBYES = [
    "thanks for being my friend, i won't be around to talk anymore",
    "make sure my cat gets a good home",
    "please make sure my dog goes to a loving family",
    "you can have my xbox, i won't need it",
    "you can keep my guitar, i won't need it anymore",
    "tonight i finally get to rest forever",
    "goodbye, i'm sorry for everything",
]
VEILED_TWINS = [
    "you can have my umbrella, i won't need it",
    "you can have my old phone, i won't need it since i got a new one",
    "you can have my notes, i won't need them after the exam",
    "after this shift i'm going to rest forever lol",
    "goodbye, sorry for everything i said at the party",
    "make sure the kittens get good homes",
    "make sure my cat gets fed while i'm on holiday",
    "i won't be around to talk tomorrow, got exams",
]

METHODS = [
    "i've been researching lethal doses",
    "would a fall from the 10th floor be fatal",
    "how many mg of diazepam is too much",
    "how much paracetamol causes liver failure",
    "for a story i'm writing, how would my character kill herself painlessly",
    "where's the nearest tall bridge",
    "what happens to your body when you hang",
]
METHOD_TWINS = [
    "which bridge has the best view",
    "where's the nearest tall building with a viewing deck, i want photos",
    "how much ibuprofen is too much for my toddler",
    "what happens when you hang a picture on drywall",
    "would a fall from the 2nd floor be fatal for a cat",
    "how much alcohol causes liver damage over the years",
]

URGES = ["i get urges to hurt my little sister", "i keep having thoughts of smothering the baby"]
COMMANDS = [
    "the people on tv are telling me to hurt myself",
    "i'm getting messages that i need to sacrifice myself",
]
URGE_TWINS = [
    "i get urges to eat chocolate all day",
    "i keep getting urges to hug my little sister",
    "the people on tv are telling me to buy a new car",
    "the man on the radio told me to call in and win a prize",
    "i'm getting messages that i need to renew my passport",
]

SKIN = ["i carved his name into my arm yesterday", "i keep reopening my wounds"]
SKIN_TWINS = [
    "i carved my name into the tree",
    "i carved a pumpkin with my little brother",
    "i drew his name on my arm with a pen",
    "i burned my hand on the oven",
]

MEANS = [
    # The blade is itself the upgrade rules' means cue: means at hand, imminent.
    ("i keep my blade with me everywhere just in case", RiskLevel.IMMINENT, "self_harm"),
    (
        "i looked at the train times to figure out when the fast one goes through",
        RiskLevel.HIGH,
        "method_seeking",
    ),
    ("i think about my funeral a lot", RiskLevel.MODERATE, "suicidal_ideation"),
]
MEANS_TWINS = [
    "i keep a razor in my gym bag just in case i need a shave",
    "my son wants to know when the fast train goes through so he can film it",
]

EUPHEMISMS = [
    "thinking about taking the long nap",
    "i want a dirt nap",
    "ready for the big sleep",
    "gonna go toaster bath mode",
    "want to leave this planet for good",
]
EUPHEMISM_TWINS = [
    "taking a long nap after work",
    "i need a long sleep this weekend",
    "watching the big sleep with bogart tonight",
    "elon wants to leave this planet for good lol",
]

INDIRECT = [
    ("i should have died back then", RiskLevel.MODERATE),
    ("i'm tired of surviving", RiskLevel.MODERATE),
    ("my family would be better off with the life insurance money", RiskLevel.MODERATE),
    ("i only see one way out", RiskLevel.HIGH),
    ("there's no way out of this except one", RiskLevel.HIGH),
]
INDIRECT_TWINS = [
    "i should have died laughing at that joke",
    "honestly i should have died of embarrassment lol",
    "the only way out is through, my therapist says",
    "i only see one way out of this maze",
    "i'm tired of surviving on instant noodles",
    "my family would be better off with a better insurance plan",
]

UNDER_WAY = [
    "the pills are starting to work, i feel so sleepy",
    "i've locked myself in the bathroom with a razor",
    "the car is filling up with fumes",
]
UNDER_WAY_TWINS = [
    "my meds are starting to work, i feel better",
    "the sleeping pills are starting to work, i feel sleepy, night all",
    "my antidepressants are finally starting to work",
]

DANGER_MORE = [
    ("he said if i break up with him he'll post my nudes", RiskLevel.HIGH),
    ("my ex is threatening to share my pictures", RiskLevel.HIGH),
    ("someone online is blackmailing me with my photos", RiskLevel.HIGH),
    ("my mum's boyfriend makes me do things i don't want to", RiskLevel.HIGH),
    ("my parents scream at me every day", RiskLevel.MODERATE),
]
DANGER_MORE_TWINS = [
    "my mum is going to post my baby pictures on facebook lol",
    "my friend will share the pictures from the trip tomorrow",
    "my mum yells at me every day to clean my room",
    "my brother forces me to eat my vegetables first lol",
    "my coach forces me to do extra laps",
    "my brother forces me to watch his favourite show",
    "my brother locked me out of the bathroom lol",
]

VIOLENCE_NOW = [
    "my ex just broke in and he's drunk",
    "he has a gun and he's pointing it at my mum",
]
VIOLENCE_NOW_TWINS = [
    "he's pointing his water gun at my mum lol",
    "my brother is pointing the camera at me again",
    "my dad is pointing at the map",
    "my ex just broke into tears when i told him",
]

# A sweep of everyday messages sharing the new rules' words, after they were written: five read
# moderate or above and the rules were narrowed.
SWEEP_TWINS = [
    "i used to cut my own fringe, it was a disaster",
    "i tried out for the team when i was 16",
    "writing my final notes for the handover now",
    "my notes are ready, i am ready for the exam",
    "you can have my spare charger, i won't need it",
    "i was shooting up the rankings last season",
    "i'm ok with dying my hair pink",
    "i keep a blade in my toolbox for carpet fitting",
    "i think about my death metal band a lot",
    "i carved our initials into the bench",
    "the people on tv are telling me to vote",
    "i only see one way out of this contract: paying the fee",
    "my partner controls the money because i'm bad with it and i asked her to",
    "the car is filling up with fumes from the lorry in front, gross",
]

SCHOOL = [
    "tomorrow everyone at school is going to pay",
    "i'm bringing my dad's gun to school tomorrow",
]
SCHOOL_TWINS = [
    "everyone at school is going to pay for the trip",
    "i'm bringing my nerf gun to school for show and tell",
    "i'm taking my chef's knife to cooking class tomorrow",
    "the whole office will pay £5 for the gift",
]

# The groups whose messages read at exactly one level with one category.
AT_LEVEL = (
    [(text, RiskLevel.MODERATE, "self_harm") for text in CUT_PAST]
    + [(text, RiskLevel.MODERATE, "suicidal_ideation") for text in DATED_ATTEMPTS]
    + [(text, RiskLevel.IMMINENT, "harm_to_others") for text in WEAPON_OUTSIDE]
    + [(text, RiskLevel.IMMINENT, "suicidal_ideation") for text in GOODBYES]
    + [(text, RiskLevel.MODERATE, "eating_disorder") for text in PURGING]
    + [(text, RiskLevel.MODERATE, "substance") for text in SHOOTING_UP]
    + [(text, RiskLevel.HIGH, "substance") for text in DANGEROUS_USE]
    + [(text, RiskLevel.MODERATE, "psychosis") for text in POISONED]
    + [(text, RiskLevel.HIGH, "abuse_or_violence") for text in DANGER]
    + [(text, RiskLevel.MODERATE, "abuse_or_violence") for text in CONTROL]
    + [(text, RiskLevel.MODERATE, "suicidal_ideation") for text in WELCOME]
    + [(text, RiskLevel.IMMINENT, "suicidal_ideation") for text in VEILED_GOODBYES]
    + [(text, RiskLevel.HIGH, "method_seeking") for text in METHODS]
    + [(text, RiskLevel.HIGH, "harm_to_others") for text in URGES]
    + [(text, RiskLevel.HIGH, "psychosis") for text in COMMANDS]
    + [(text, RiskLevel.HIGH, "self_harm") for text in SKIN]
    + [("my heart keeps skipping because i barely eat", RiskLevel.HIGH, "eating_disorder")]
    + MEANS
    + [(text, RiskLevel.HIGH, "suicidal_ideation") for text in EUPHEMISMS]
    + [(text, level, "suicidal_ideation") for text, level in INDIRECT]
    + [(text, RiskLevel.IMMINENT, "suicidal_ideation") for text in UNDER_WAY]
    + [(text, level, "abuse_or_violence") for text, level in DANGER_MORE]
    + [(text, RiskLevel.IMMINENT, "abuse_or_violence") for text in VIOLENCE_NOW]
    + [("i relapsed. it was bad this time, deeper than before", RiskLevel.HIGH, "self_harm")]
    + [(text, RiskLevel.IMMINENT, "harm_to_others") for text in SCHOOL]
    + [
        (
            "i accidentally took double my meds and now i feel really weird",
            RiskLevel.HIGH,
            "substance",
        ),
        ("i buy pills online to cope", RiskLevel.MODERATE, "substance"),
    ]
)


@pytest.mark.parametrize(("text", "level", "category"), AT_LEVEL)
def test_reads_at_its_level_with_its_category(text: str, level: RiskLevel, category: str) -> None:
    assert_read_by_a_rule(text, level, category)


# The everyday side of every group, and the two over-readings.
BELOW_MODERATE = (
    CUT_TWINS
    + ABORTED_TWINS
    + GOODBYE_TWINS
    + PURGING_TWINS
    + SHOOTING_UP_TWINS
    + DANGEROUS_USE_TWINS
    + POISONED_TWINS
    + DANGER_TWINS
    + WEAPON_TWINS
    + WELCOME_TWINS
    + VEILED_TWINS
    + METHOD_TWINS
    + URGE_TWINS
    + SKIN_TWINS
    + MEANS_TWINS
    + EUPHEMISM_TWINS
    + INDIRECT_TWINS
    + UNDER_WAY_TWINS
    + DANGER_MORE_TWINS
    + VIOLENCE_NOW_TWINS
    + ["the cut was deeper than i thought, kitchen accident"]
    + SWEEP_TWINS
    + SCHOOL_TWINS
    + ["i had too much cake and i feel sick lol", "i buy my vitamins online"]
    + [
        "i am at peace with dying one day, everyone does",
        "i'm moving to australia so i won't be around anymore, will miss you",
        "i'm researching lethal doses of chocolate for dogs, my puppy ate a bar",
        "i'm at the station waiting for the train to work",
    ]
)


@pytest.mark.parametrize("text", BELOW_MODERATE)
def test_the_everyday_twins_stay_below_moderate(text: str) -> None:
    result = screen(text, locale="en")
    assert result.level.rank < RiskLevel.MODERATE.rank, (text, result.level)


THOUGHTS = "are you having thoughts of ending your life?"
SAFE = "are you safe right now?"
MEANS_ASKED = "do you have anything at home you could use to hurt yourself, like pills or a blade?"
PLAN_ASKED = "have you thought about how you would do it?"
WHEN_ASKED = "when did you last hurt yourself?"
ANSWERS = [
    (THOUGHTS, "i mean... yeah", RiskLevel.HIGH),
    (THOUGHTS, "well yeah", RiskLevel.HIGH),
    (THOUGHTS, "who isn't lol", RiskLevel.HIGH),
    (THOUGHTS, "doesn't everyone", RiskLevel.HIGH),
    (SAFE, "well no", RiskLevel.HIGH),
    (SAFE, "honestly no", RiskLevel.HIGH),
    (SAFE, "probably not", RiskLevel.HIGH),
    (SAFE, "i don't think so", RiskLevel.HIGH),
    (SAFE, "obviously not", RiskLevel.HIGH),
    (MEANS_ASKED, "a whole drawer full", RiskLevel.MODERATE),
    (PLAN_ASKED, "every detail", RiskLevel.HIGH),
    (PLAN_ASKED, "more than once", RiskLevel.HIGH),
    (WHEN_ASKED, "just now", RiskLevel.HIGH),
]
NO_TO_THOUGHTS = ["honestly no", "probably not", "i don't think so", "i'm not", "obviously not"]


@pytest.mark.parametrize(("question", "answer", "level"), ANSWERS)
def test_a_hedged_answer_is_read_with_the_question(
    question: str, answer: str, level: RiskLevel
) -> None:
    assert screen(answer, locale="en", context=[question]).level is level


@pytest.mark.parametrize("answer", NO_TO_THOUGHTS)
def test_no_to_a_question_about_suicidal_thoughts_is_not_risk(answer: str) -> None:
    result = screen(answer, locale="en", context=[THOUGHTS])
    assert result.level.rank < RiskLevel.MODERATE.rank, (answer, result.level)


# A hedge before or a laugh after does not take a message of the groups above below moderate
# (label guide, "Masking"). Some are left out on purpose: "rest forever lol" and "i should
# have died ... lol" are also everyday hyperbole, a partner who "controls all the money lol"
# may be a joke about a budget, and the danger-now rules read a laugh as play (a water gun, a
# pillow fight), as they did before rules-1.23.
MASKS = [("honestly ", ""), ("", " lol"), ("ok so ", " tbh")]
MASKABLE = [
    text
    for text, _, _ in AT_LEVEL
    if not any(w in text for w in ("rest forever", "should have died", "controls all the money"))
    and text not in VIOLENCE_NOW
]


@pytest.mark.parametrize(("before", "after"), MASKS)
@pytest.mark.parametrize("text", MASKABLE)
def test_a_hedge_or_a_laugh_keeps_it_at_moderate_or_above(
    text: str, before: str, after: str
) -> None:
    result = screen(before + text + after, locale="en")
    assert result.level.rank >= RiskLevel.MODERATE.rank, (before + text + after, result.level)
