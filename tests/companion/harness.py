"""Runs scripted dialogues against the engine and checks every reply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from mindline.companion import ConversationState, PatientProfile, Turn, clear_crisis, reply
from mindline.companion.crisis_lines import for_country
from mindline.companion.enums import Mode, RiskLevel
from mindline.companion.guardrails import RailContext, check_all
from mindline.companion.screening import Screener

HERE = Path(__file__).parent


def load(name: str) -> list[dict[str, Any]]:
    """Read a YAML list of cases from this folder."""
    data = yaml.safe_load((HERE / name).read_text("utf-8"))
    assert isinstance(data, list)
    return data


def profile_for(case: dict[str, Any]) -> PatientProfile:
    """The default test persona, with the case's overrides."""
    return PatientProfile.model_validate(
        {"name": "Sam", "country": "GB", **case.get("profile", {})}
    )


def rails_clean(turn: Turn, profile: PatientProfile, screen: Screener) -> list[str]:
    """Run every output rail over a reply; return the names of rails that object."""
    lines = for_country(profile.country).as_text()
    ctx = RailContext(
        mode=turn.mode,
        safety_context=turn.mode in (Mode.CRISIS, Mode.CHECK_IN, Mode.THIRD_PARTY),
        screen=screen,
        locale=profile.locale,
        crisis_lines=lines,
        masked=(lines,),
    )
    return check_all(turn.reply, ctx).fired


def run(case: dict[str, Any], screen: Screener) -> list[str]:
    """Play a dialogue; return a list of failures (empty when it behaves)."""
    profile = profile_for(case)
    state = ConversationState()
    failures: list[str] = []
    earlier: list[str] = []  # what the service keeps: both roles, oldest first
    for index, step in enumerate(case["turns"]):
        text = said(step["say"])
        turn = reply(state, text, profile=profile, screen=screen, earlier=earlier)
        earlier += [text, turn.reply]
        state = turn.state
        if case.get("clear_after") == index + 1:
            state = clear_crisis(state, closed_by="clinician-1")
        where = f"turn {index + 1} ({said(step['say'])!r})"
        failures += [f"{where}: {f}" for f in check(turn, step.get("expect", {}))]
        if turn.rails_fired:
            failures.append(f"{where}: rails fired {turn.rails_fired}")
        if dirty := rails_clean(turn, profile, screen):
            failures.append(f"{where}: reply fails rails {dirty}")
    return failures


def said(value: Any) -> str:
    """YAML reads a bare yes/no as a boolean; the patient typed text."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def check(turn: Turn, expect: dict[str, Any]) -> list[str]:
    """Compare one turn with its expectations."""
    out: list[str] = []
    text = turn.reply.lower()
    if "mode" in expect and turn.mode != expect["mode"]:
        out.append(f"mode {turn.mode} != {expect['mode']}")
    if "crisis" in expect and turn.crisis != expect["crisis"]:
        out.append(f"crisis {turn.crisis} != {expect['crisis']}")
    if "exercise" in expect:
        got = turn.exercise.id if turn.exercise else None
        if got != expect["exercise"]:
            out.append(f"exercise {got} != {expect['exercise']}")
    for needle in _as_list(expect.get("contains")):
        if needle.lower() not in text:
            out.append(f"missing {needle!r} in {turn.reply!r}")
    for needle in _as_list(expect.get("absent")):
        if needle.lower() in text:
            out.append(f"unexpected {needle!r} in {turn.reply!r}")
    if "alert" in expect:
        got = turn.raise_alert.urgency.value if turn.raise_alert else "none"
        if got != expect["alert"]:
            out.append(f"alert {got} != {expect['alert']}")
    if "risk" in expect and not turn.risk_level.at_least(RiskLevel(expect["risk"])):
        out.append(f"risk {turn.risk_level} below {expect['risk']}")
    if "feedback" in expect and list(turn.exercise_feedback or []) != expect["feedback"]:
        out.append(f"feedback {turn.exercise_feedback} != {expect['feedback']}")
    if "plan_section" in expect and expect["plan_section"] not in (turn.safety_plan_update or {}):
        out.append(f"plan update {turn.safety_plan_update} lacks {expect['plan_section']}")
    if "offer" in expect and turn.state.pending_offer != expect["offer"]:
        out.append(f"offer {turn.state.pending_offer} != {expect['offer']}")
    return out


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
