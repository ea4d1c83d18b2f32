"""The risk screen reads the conversation, not only the companion's last reply.

Before this, the engine gave the screen `[last_reply]` alone, so a short reply whose risk
lies in the patient's own earlier words ("nothing for 4 days" after "i've been restricting
again") screened `none` and got the scripted companion. The service now passes the last
messages of both roles (`service.recent_texts`), and the engine hands them to the screen.
"""

from __future__ import annotations

from typing import Any

from builders import Personas
from companion.conftest import Chat, alerts_for
from mindline.companion import engine
from mindline.companion.schemas import ConversationState, PatientProfile

PROFILE = PatientProfile(name="Sam", country="GB")


def _talk(messages: list[str], keep_earlier: bool = True) -> list[Any]:
    state, earlier, turns = ConversationState(), [], []
    for text in messages:
        turn = engine.reply(state, text, profile=PROFILE, earlier=earlier if keep_earlier else ())
        turns.append(turn)
        earlier += [text, turn.reply]
        state = turn.state
    return turns


def test_a_short_reply_is_read_with_the_patients_own_earlier_words() -> None:
    restricting = ["i've been restricting again", "nothing for 4 days"]
    first, second = _talk(restricting)
    assert first.risk_level.value == "moderate"
    assert second.risk_level.value == "high" and second.crisis
    # With the companion's reply alone, as before, the same reply was not risk at all.
    assert _talk(restricting, keep_earlier=False)[1].risk_level.value == "none"


def test_a_wound_after_self_harm_tonight_stays_imminent() -> None:
    _, wound = _talk(["i cut myself again tonight", "it's really deep"])
    assert wound.risk_level.value == "imminent"


def test_the_same_short_replies_after_everyday_talk_are_not_risk() -> None:
    for messages in (
        ["i've been so busy with the move", "nothing for 4 days"],
        ["i cut my finger chopping onions", "it's really deep"],
    ):
        assert _talk(messages)[-1].risk_level.value == "none", messages


def test_the_screen_gets_the_last_messages_ending_with_the_companions_reply() -> None:
    seen: list[Any] = []

    def screen(text: str, locale: str = "en", context: Any = None) -> Any:
        from mindline.risk import screen as real

        seen.append(context)
        return real(text, locale=locale, context=context)

    state = ConversationState(last_reply="How are you feeling today?")
    earlier = [f"message {i}" for i in range(9)] + ["How are you feeling today?"]
    engine.reply(state, "fine", profile=PROFILE, screen=screen, earlier=earlier)
    assert seen[0] == earlier[-engine.CONTEXT_MESSAGES :]
    # A caller without the history still gives the question that was asked.
    seen.clear()
    engine.reply(state, "fine", profile=PROFILE, screen=screen)
    assert seen[0] == ["How are you feeling today?"]


def test_through_the_api_the_second_message_raises_the_alert(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    assert chat.send("i've been restricting again")["risk_level"] == "moderate"
    turn = chat.send("nothing for 4 days")
    assert turn["risk_level"] == "high" and turn["crisis"] is True
    # The routine alert of the first message is raised to high by the second.
    assert [a.severity for a in alerts_for(session, personas.alice.id)] == ["high"]


def test_the_writers_own_crisis_beside_someone_elses_gets_the_crisis_path() -> None:
    (turn,) = _talk(
        ["my sister wants to die and honestly so do i, i'm going to kill myself tonight"]
    )
    assert turn.crisis and turn.mode.value == "crisis"
    (other,) = _talk(["my sister said she wants to die"])
    assert not other.crisis and other.mode.value != "crisis"


def test_someone_elses_act_under_way_gets_the_urgent_guidance() -> None:
    from mindline.companion.phrases import Say, say

    urgent = say(Say.THIRD_PARTY_URGENT, name="Sam", emergency="999", crisis_lines="")
    first_words = urgent.split(",")[0]
    (turn,) = _talk(["my brother tied the belt to the door handle and won't answer"])
    assert first_words in turn.reply
    (calm,) = _talk(["my sister said she wants to die"])
    assert first_words not in calm.reply


def test_too_late_after_the_urgent_guidance_stays_urgent() -> None:
    from mindline.companion.phrases import Say, say

    urgent = say(Say.THIRD_PARTY_URGENT, name="Sam", emergency="999", crisis_lines="")
    first_words = urgent.split(",")[0]
    first, second = _talk(["my mum took all her pills and isn't waking up", "it's too late"])
    assert first_words in first.reply and first_words in second.reply
    assert not second.crisis  # the mum's danger, not the writer's
