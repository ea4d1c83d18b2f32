"""Engine contracts: every message screened, state is plain JSON, failures fail safe."""

from __future__ import annotations

import json
from typing import Any

from mindline.companion import (
    ConversationState,
    PatientProfile,
    clear_crisis,
    fallback_screen,
    reply,
)
from mindline.companion.enums import Mode, RiskLevel

PROFILE = PatientProfile(name="Sam", country="GB")


class RecordingScreen:
    """A fake screen that returns a fixed level and records what it saw."""

    def __init__(self, level: str = "none", flags: tuple[str, ...] = ()) -> None:
        self.level = level
        self.flags = flags
        self.seen: list[str] = []

    def __call__(self, text: str, locale: str = "en", context: Any = None) -> dict[str, Any]:
        self.seen.append(text)
        return {"level": self.level, "categories": [], "flags": list(self.flags)}


def test_every_patient_message_is_screened() -> None:
    screen = RecordingScreen()
    state = ConversationState()
    for text in ["hi", "grounding", "a cup", "stop", "bye"]:
        state = reply(state, text, profile=PROFILE, screen=screen).state
    # The rails also screen each reply, so patient texts are a subset of what was seen.
    assert {"hi", "grounding", "a cup", "stop", "bye"} <= set(screen.seen)


def test_a_high_screen_result_opens_crisis_mode_without_keywords() -> None:
    turn = reply(ConversationState(), "hmm", profile=PROFILE, screen=RecordingScreen("high"))
    assert turn.crisis and turn.mode == Mode.CRISIS
    assert turn.raise_alert is not None and turn.raise_alert.level == RiskLevel.HIGH


def test_a_failing_screen_falls_back_and_reports_it() -> None:
    def broken(text: str, locale: str = "en", context: Any = None) -> Any:
        raise RuntimeError("model missing")

    turn = reply(ConversationState(), "I want to kill myself", profile=PROFILE, screen=broken)
    assert turn.crisis
    assert "risk_screen_degraded" in turn.incidents


def test_a_garbage_screen_result_also_falls_back() -> None:
    def garbage(text: str, locale: str = "en", context: Any = None) -> Any:
        return {"level": "purple"}

    turn = reply(ConversationState(), "hello", profile=PROFILE, screen=garbage)
    assert "risk_screen_degraded" in turn.incidents


def test_state_round_trips_through_json() -> None:
    state = ConversationState()
    for text in ["I feel anxious", "yes", "ready"]:
        state = reply(state, text, profile=PROFILE, screen=fallback_screen.screen).state
    restored = ConversationState.model_validate(json.loads(state.model_dump_json()))
    assert restored == state
    assert restored.exercise is not None and restored.exercise.id == "paced_breathing"


def test_reply_does_not_mutate_the_state_it_was_given() -> None:
    state = ConversationState()
    reply(state, "grounding", profile=PROFILE, screen=fallback_screen.screen)
    assert state == ConversationState()


def test_a_clinician_can_close_crisis_mode() -> None:
    turn = reply(
        ConversationState(), "I want to die", profile=PROFILE, screen=fallback_screen.screen
    )
    closed = clear_crisis(turn.state, closed_by="clinician-7")
    assert closed.crisis is None and closed.crisis_closed_by == "clinician-7"
    assert turn.state.crisis is not None


def test_unsupported_language_gets_resources_in_english() -> None:
    screen = RecordingScreen("low", flags=("language_unsupported",))
    profile = PatientProfile(country="FR", locale="fr")
    turn = reply(ConversationState(), "je suis triste", profile=profile, screen=screen)
    assert "only reply in English" in turn.reply and "3114" in turn.reply


def test_a_very_long_message_is_truncated_before_screening() -> None:
    screen = RecordingScreen()
    reply(ConversationState(), "a" * 10_000, profile=PROFILE, screen=screen)
    assert len(screen.seen[0]) == 4000


def test_a_goodbye_at_the_end_of_a_message_gets_a_goodbye() -> None:
    state = reply(ConversationState(), "hi", profile=PROFILE, screen=RecordingScreen()).state
    turn = reply(
        state, "thanks, that helps a bit. bye for now", profile=PROFILE, screen=RecordingScreen()
    )
    assert "Take care, Sam" in turn.reply
    # A goodbye inside a longer last sentence is not a closing: the person is still talking.
    turn = reply(
        state, "ok. my friend said bye to me and left", profile=PROFILE, screen=RecordingScreen()
    )
    assert "Take care" not in turn.reply


def test_asking_to_vent_gets_an_invitation_not_an_echo_of_the_request() -> None:
    state = reply(ConversationState(), "hi", profile=PROFILE, screen=RecordingScreen()).state
    for text in ["I think I just need to vent", "can I just rant for a sec"]:
        turn = reply(state, text, profile=PROFILE, screen=RecordingScreen())
        assert "listening" in turn.reply and "Sam" in turn.reply, turn.reply
        assert "vent" not in turn.reply and "rant" not in turn.reply, turn.reply
