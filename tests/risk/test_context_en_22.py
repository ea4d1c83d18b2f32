"""rules-1.12 (ctx): short English messages that carry the conversation's risk.

After the writer's talk of suicide or self-harm, or a safety or risk question, a short message
with no risk words of its own is read with what came before (patterns.yaml `ctx:` rules, read
by answers.after_risk): "it's too late now", "i already did", "i can feel it working" (an
attempt under way), "ok. goodbye", "i love you all", "you tried your best" (a goodbye),
"i'm here now" after talk of a place, "the bottle's empty" after talk of pills, "by midnight",
"i've made up my mind", "don't bother calling anyone". After an ordinary chat the same words
are ordinary: the classifiers may say at most low, and a roof or a bridge the chat explains
("fixing the gutter" -- "i'm on the roof") stays low. Alone they keep their own words' level.

A clinician's check-in that names earlier risk and ends "how are you doing today?" asks how
they are, not yes or no: "i'm at work" to it screened imminent on main.

Every positive below screened below high on main (ffaf355); the twins stay below moderate.
The phrasings are the helper's own.
"""

from __future__ import annotations

import pytest

from mindline.risk import patterns, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT
MODERATE = RiskLevel.MODERATE.rank

# Conversations before the message: the writer's risk, a companion's or clinician's question.
WANT_DIE = ["i can't do this anymore. i want to die"]
PILLS = ["i've been saving up my pills for weeks"]
TONIGHT = ["i'm going to kill myself tonight"]
ENDING = ["i keep thinking about ending my life"]
SAFE_Q = [
    "i don't want to be alive anymore",
    "I'm really worried about you. Are you safe right now?",
]
WHERE_Q = ["i'm thinking about jumping off the bridge", "Where are you right now?"]
CHECKIN = [
    "Hi, it's Dr Patel checking in after what you told me yesterday about wanting to end your "
    "life. How are you doing today?"
]
CUT = ["i want to cut myself so badly tonight", "are you ok?"]
WHATS_ON = ["i feel like ending it all", "What's going on? Talk to me."]
JUST_SAFE_Q = ["Are you safe right now?"]
BRIDGE = ["i'm walking to the bridge. i want to die"]
PILLS_OUT = [
    "i have all my pills out on the table. i want to die",
    "Please tell me more about what's happening.",
]
SUICIDAL = ["i've been really suicidal today", "i don't see the point anymore"]
RISK_Q = ["Are you having thoughts of killing yourself?"]
CAR = ["i've got the hosepipe for the car. i'm going to end it"]
HOMEWORK = ["ugh i've been stuck on this maths homework all evening"]
ESSAY = ["just adding the last references to my essay"]
GUTTER = ["the gutter's blocked again so i got the ladder out to fix it"]
WINE = ["we got through so much wine at the party last night lol"]
TRAIN = ["running late for work, my train's delayed again"]
GARAGE = ["going to fix my bike, need to find the tools"]
BATH = ["long day at work, running a bubble bath"]
WALK = ["meeting my friend at the bridge for a walk with the dog"]
JOB = ["i had two job offers and couldn't choose between them"]
HAIR = ["i'm going to dye my hair bright blue this weekend"]
EXAM = ["my chemistry exam was this morning"]
TICKETS = ["i was trying to get tickets for the concert"]
COLD = ["i took some cold and flu tablets for my blocked nose"]
TRIP = ["heading off to my cousin's for the weekend"]
INTERVIEW = ["my job interview starts in five minutes"]
MOVE = ["finished packing the last boxes for the move tomorrow"]
GAMING = ["stayed up way too late gaming again"]
GYM = ["just did leg day at the gym"]
RIDE = ["we went on the big rollercoaster three times"]
FIREWORKS = ["we went up to watch the fireworks from the rooftop bar"]
CINEMA = ["the film is about to start at the cinema"]
CAKE = ["i baked a cake for my sister's birthday"]
HOMEWORK_Q = [
    "i wanted to kill myself last year but i'm doing much better now",
    "did you finish your homework?",
]
SETTLED = ["i wanted to die last night", "but i talked to my sister and i feel better now"]
DINNER_Q = [
    "i've been feeling suicidal this week",
    "Let's try something grounding. Did you eat dinner yet?",
]
TIRED = ["work has been so busy this week"]
BOSS = ["my boss wants the report by friday"]
PARTY = ["planning a surprise party for my mum"]
DIY = ["painting the spare room this weekend"]
PHONE = ["my phone keeps buzzing with work emails"]
PICNIC = ["we're having a picnic down by the river"]
COOK = ["i'm making lasagne for the first time"]
DOG = ["taking the dog out for a run"]

POSITIVES: list[tuple[list[str], str, RiskLevel]] = [
    (WANT_DIE, "it's too late now", IMMINENT),
    (PILLS, "it's too late now", IMMINENT),
    (SAFE_Q, "it's too late", IMMINENT),
    (CHECKIN, "honestly it's too late for that", IMMINENT),
    (JUST_SAFE_Q, "too late", IMMINENT),
    (WANT_DIE, "i already did", IMMINENT),
    (WHATS_ON, "i already did it", IMMINENT),
    (SUICIDAL, "i did it", IMMINENT),
    (TONIGHT, "it's done", IMMINENT),
    (ENDING, "it's done now", IMMINENT),
    (CUT, "it's done", IMMINENT),
    (PILLS, "i can feel it working", IMMINENT),
    (PILLS, "i can feel them kicking in", IMMINENT),
    (PILLS, "the bottle's empty", IMMINENT),
    (PILLS_OUT, "the packet's empty now", IMMINENT),
    (PILLS, "all of them", IMMINENT),
    (PILLS_OUT, "the whole box", IMMINENT),
    (PILLS, "i feel really sleepy now", IMMINENT),
    (PILLS_OUT, "i'm getting dizzy", IMMINENT),
    (PILLS, "my vision is going blurry", IMMINENT),
    (PILLS, "i can't keep my eyes open", IMMINENT),
    (PILLS_OUT, "everything is going dark", IMMINENT),
    (PILLS, "the room is spinning", IMMINENT),
    (WANT_DIE, "don't bother calling anyone", HIGH),
    (TONIGHT, "don't call anyone", HIGH),
    (SAFE_Q, "please don't send anyone", HIGH),
    (TONIGHT, "don't try to find me", HIGH),
    (ENDING, "you can't help me now", HIGH),
    (SUICIDAL, "there's nothing you can do", HIGH),
    (WANT_DIE, "i've made up my mind", HIGH),
    (ENDING, "my mind's made up", HIGH),
    (TONIGHT, "nothing you say will change my mind", HIGH),
    (SUICIDAL, "i made my choice", HIGH),
    (WANT_DIE, "i'm at peace with it", HIGH),
    (ENDING, "i'm not scared anymore", HIGH),
    (WANT_DIE, "i'm ready", HIGH),
    (SUICIDAL, "i'm done", HIGH),
    (WANT_DIE, "i'm finished", HIGH),
    (PILLS, "everything is set", IMMINENT),
    (PILLS_OUT, "they're in my hand", IMMINENT),
    (TONIGHT, "i've written the notes", IMMINENT),
    (TONIGHT, "the letters are on the table", IMMINENT),
    (CAR, "the car is running", IMMINENT),
    (WHERE_Q, "i can hear the train", IMMINENT),
    (WANT_DIE, "ok. goodbye", IMMINENT),
    (TONIGHT, "bye", IMMINENT),
    (SAFE_Q, "goodbye", IMMINENT),
    (CHECKIN, "bye", IMMINENT),
    (CUT, "sorry. bye", IMMINENT),
    (WANT_DIE, "i love you all", IMMINENT),
    (TONIGHT, "tell everyone i love them", IMMINENT),
    (SUICIDAL, "thank you for trying", IMMINENT),
    (WANT_DIE, "you tried your best", IMMINENT),
    (TONIGHT, "take care of yourself", IMMINENT),
    (TONIGHT, "i'm switching my phone off now", IMMINENT),
    (WANT_DIE, "i'm leaving now", IMMINENT),
    (ENDING, "this is it", IMMINENT),
    (TONIGHT, "it's time", IMMINENT),
    (TONIGHT, "here goes", IMMINENT),
    (WANT_DIE, "wish me luck", IMMINENT),
    (SUICIDAL, "i won't be coming back", IMMINENT),
    (TONIGHT, "not long now", IMMINENT),
    (PILLS, "one more hour", IMMINENT),
    (TONIGHT, "by midnight", IMMINENT),
    (ENDING, "in an hour it'll all be over", IMMINENT),
    (TONIGHT, "any minute now", IMMINENT),
    (TONIGHT, "it's already happening", IMMINENT),
    (WANT_DIE, "it's happening", IMMINENT),
    (ENDING, "there's no going back now", IMMINENT),
    (WANT_DIE, "no one will find me in time", IMMINENT),
    (CUT, "i locked myself in", IMMINENT),
    (WHERE_Q, "i'm here now", IMMINENT),
    (BRIDGE, "i'm here", IMMINENT),
    (BRIDGE, "i made it", IMMINENT),
    (WHERE_Q, "i'm at the station", IMMINENT),
    (WHERE_Q, "i'm on the platform", IMMINENT),
    (WHERE_Q, "i'm at the river", IMMINENT),
    (JUST_SAFE_Q, "i've made up my mind", HIGH),
    (RISK_Q, "it's too late now", IMMINENT),
]

# The same short messages after an ordinary chat, or after risk that was settled or
# followed by an everyday question the message answers.
TWINS: list[tuple[list[str], str]] = [
    (HOMEWORK, "it's done"),
    (ESSAY, "it's done"),
    (EXAM, "it's done"),
    (EXAM, "it's over"),
    (ESSAY, "finally did it"),
    (HOMEWORK, "i already did"),
    (ESSAY, "i did it"),
    (HOMEWORK, "it's done now"),
    (EXAM, "i'm finished"),
    (GUTTER, "i'm on the roof"),
    (GUTTER, "i'm on the roof now"),
    (FIREWORKS, "i'm on the roof"),
    (FIREWORKS, "i'm here now"),
    (WINE, "the bottle's empty"),
    (WINE, "the whole bottle"),
    (WINE, "all of them"),
    (WINE, "they're all gone"),
    (TRAIN, "i'm on the platform"),
    (TRAIN, "i'm at the station"),
    (TRAIN, "the train's coming"),
    (TRAIN, "i can hear the train"),
    (GARAGE, "i'm in the garage"),
    (GARAGE, "i'm in the garage now"),
    (BATH, "i'm in the bath"),
    (WALK, "i'm at the bridge"),
    (WALK, "i'm here now"),
    (WALK, "i'm here"),
    (WALK, "i made it"),
    (WALK, "i'm on the bridge"),
    (PICNIC, "i'm at the river"),
    (JOB, "i've made up my mind"),
    (JOB, "my mind's made up"),
    (JOB, "i've decided"),
    (JOB, "i made my choice"),
    (HAIR, "no one can stop me"),
    (HAIR, "nobody can stop me now"),
    (HAIR, "don't try to stop me"),
    (HAIR, "nothing you say will change my mind"),
    (HAIR, "i've made up my mind"),
    (HAIR, "i'm ready"),
    (TICKETS, "it's too late now"),
    (TICKETS, "too late"),
    (TICKETS, "they're all gone"),
    (TICKETS, "there's nothing you can do"),
    (COLD, "i can feel it working"),
    (COLD, "i feel really sleepy now"),
    (COLD, "i feel a bit dizzy"),
    (TRIP, "ok. goodbye"),
    (TRIP, "bye"),
    (TRIP, "i'm leaving now"),
    (TRIP, "i'm switching my phone off now"),
    (INTERVIEW, "wish me luck"),
    (INTERVIEW, "here goes"),
    (INTERVIEW, "this is it"),
    (INTERVIEW, "it's time"),
    (INTERVIEW, "i'm ready"),
    (INTERVIEW, "not long now"),
    (INTERVIEW, "any minute now"),
    (MOVE, "i got everything ready"),
    (MOVE, "everything is set"),
    (MOVE, "it's all ready"),
    (MOVE, "i'm all set"),
    (MOVE, "i won't be coming back"),
    (GAMING, "i can't keep my eyes open"),
    (GAMING, "i'm so tired"),
    (GAMING, "i feel really sleepy now"),
    (GYM, "i can't feel my legs"),
    (RIDE, "i'm getting dizzy"),
    (RIDE, "the room is spinning"),
    (CINEMA, "i'm switching my phone off now"),
    (CINEMA, "it's starting"),
    (CINEMA, "here goes"),
    (CAKE, "it's done"),
    (CAKE, "it's in the oven, not long now"),
    (CAKE, "in an hour it'll be done"),
    (HOMEWORK_Q, "it's done"),
    (HOMEWORK_Q, "i already did"),
    (DINNER_Q, "already did"),
    (DINNER_Q, "i did"),
    (SETTLED, "ok bye"),
    (SETTLED, "goodbye"),
    (SETTLED, "i've made up my mind"),
    (TIRED, "i'm done"),
    (TIRED, "i'm finished"),
    (TIRED, "i give up"),
    (BOSS, "it's too late now"),
    (BOSS, "by midnight"),
    (PARTY, "don't tell anyone"),
    (PARTY, "don't call anyone"),
    (PARTY, "everything is set"),
    (PARTY, "i love you all"),
    (DIY, "it's done"),
    (DIY, "i'm finished"),
    (DIY, "the tin's empty"),
    (PHONE, "i've turned my phone off"),
    (PHONE, "i'm switching my phone off now"),
    (COOK, "it's in the oven, one more hour"),
    (COOK, "it's done"),
    (DOG, "i'm at the park"),
    (DOG, "i'm at the river"),
    (DOG, "bye"),
    (HOMEWORK, "thank you for trying"),
    (HOMEWORK, "you tried your best"),
    (TICKETS, "thanks for trying"),
    (TRIP, "take care of yourself"),
    (TRIP, "please look after my cat"),
    (TRIP, "look after my dog"),
    (CHECKIN, "i'm doing a bit better today"),
    (CHECKIN, "i'm at work"),
    (CHECKIN, "i am ok"),
    (CHECKIN, "i'm fine thanks"),
    (CHECKIN, "i am feeling calmer"),
    (WHERE_Q, "i'm at home with my mum"),
    (WHERE_Q, "i'm at my sister's"),
    (SAFE_Q, "i'm safe, my flatmate is here"),
]

# Alone, with nothing to read them by: their own words, below moderate.
ALONE: list[str] = [
    "it's done",
    "too late",
    "it's too late now",
    "i'm here now",
    "i'm here",
    "this is it",
    "here goes",
    "it's time",
    "i've decided",
    "i'm ready",
    "bye",
    "ok bye",
    "goodbye",
    "i love you all",
    "the bottle's empty",
    "not long now",
    "by midnight",
    "one more hour",
    "it's happening",
    "wish me luck",
    "i'm at the station",
    "thank you for trying",
    "you tried your best",
    "it's already happening",
    "i'm finished",
    "my mind's made up",
    "i made my choice",
    "the packet's empty",
    "all of them",
    "i'm leaving now",
    "i already did",
    "i can feel it working",
    "i'm getting dizzy",
    "i feel really sleepy now",
    "i made it",
    "any minute now",
    "there's nothing you can do",
    "you can't help me now",
    "don't try to find me",
    "i've written the notes",
    "the letters are on the table",
    "they're in my hand",
    "the whole box",
    "i've made up my mind",
    "the room is spinning",
    "my vision is going blurry",
    "the car is running",
    "i can hear the train",
    "ok. goodbye",
]


def test_counts() -> None:
    assert len(POSITIVES) >= 70
    assert len(TWINS) + len(ALONE) >= 150


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_short_message_after_risk_carries_it(
    context: list[str], text: str, level: RiskLevel
) -> None:
    result = screen(text, context=context)
    assert result.level.rank >= level.rank, (text, context[-1], result.level)
    assert "context" in result.flags


@pytest.mark.parametrize(("context", "text"), TWINS)
def test_same_words_after_an_ordinary_chat_stay_below_moderate(
    context: list[str], text: str
) -> None:
    result = screen(text, context=context)
    assert result.level.rank < MODERATE, (text, context[-1], result.level)


@pytest.mark.parametrize("text", ALONE)
def test_same_words_alone_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE, text


def test_ctx_rules_never_match_on_their_own_words() -> None:
    """find_hits (every message, with or without context) does not run the `ctx:` rules."""
    for text in ("it's too late now", "i'm here now", "ok. goodbye", "the bottle's empty"):
        norm = normalize(text)
        assert not any(h.rule.id.startswith("en.ctx.") for h in patterns.find_hits(norm))
        assert patterns.context_hits(norm.text, ("en",))


def test_a_roof_the_chat_does_not_explain_keeps_its_level() -> None:
    """The ceiling needs an ordinary reason in the chat; "how was your day?" is none."""
    result = screen("i'm on the roof", context=["how was your day?"])
    assert result.level.rank >= HIGH.rank
