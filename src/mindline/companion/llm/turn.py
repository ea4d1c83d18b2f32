"""One language-model reply: input rails, prompt, redaction, the call, output rails.

The engine calls this only for open conversation, and only after the risk screen has
ruled out high and imminent risk; the crisis path never reaches a model. Any failure
returns ``None`` text so the engine answers with the scripted companion instead.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from mindline.companion.enums import Mode, Topic
from mindline.companion.guardrails import DEFAULT_RAILS, Rail, RailContext, check_all, injection
from mindline.companion.llm import retrieve
from mindline.companion.llm.client import Backend, LLMError, LLMTimeout, Message
from mindline.companion.llm.prompts import Prompt, render
from mindline.companion.llm.redact import Redactor, restore_name
from mindline.companion.schemas import PatientProfile

log = logging.getLogger(__name__)
INPUT_RAILS: tuple[Rail, ...] = (injection.RAIL,)


@dataclass(frozen=True)
class Generated:
    """What the model path produced; ``text`` None means "answer with the script"."""

    text: str | None
    mode: Mode
    rails_fired: list[str] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    called: bool = False


@dataclass(frozen=True)
class LLMMode:
    """A configured backend and whether text must be redacted before it leaves."""

    backend: Backend
    redact: bool = True
    rails: Sequence[Rail] = DEFAULT_RAILS

    def check_input(self, text: str, ctx: RailContext) -> Generated | None:
        """The scripted refusal when the patient text carries injection markers, else None."""
        result = check_all(text, ctx, INPUT_RAILS)
        if not result.blocked:
            return None
        first = next(d for d in result.decisions if not d.allowed)
        return Generated(text=first.replacement, mode=Mode.SCRIPTED, rails_fired=result.fired)

    def generate(
        self,
        text: str,
        *,
        ctx: RailContext,
        profile: PatientProfile,
        last_reply: str = "",
        topics: Sequence[Topic] = (),
    ) -> Generated:
        """Call the model and run every output rail over its whole reply."""
        redactor = Redactor.for_person([profile.name, profile.full_name], [profile.email])
        messages = build_messages(
            text,
            care_team=ctx.care_team,
            last_reply=last_reply,
            topics=topics,
            redactor=redactor if self.redact else None,
        )
        try:
            completion = self.backend.complete(messages)
        except LLMTimeout as exc:
            log.warning("LLM timed out, scripted reply instead: %s", exc)
            return Generated(None, Mode.LLM_FALLBACK, incidents=["llm_timeout"], called=True)
        except LLMError as exc:
            log.warning("LLM failed, scripted reply instead: %s", exc)
            return Generated(None, Mode.LLM_FALLBACK, incidents=["llm_error"], called=True)
        except Exception as exc:  # a bug in a backend must not break the turn
            log.exception("LLM backend raised %s", type(exc).__name__)
            return Generated(None, Mode.LLM_FALLBACK, incidents=["llm_error"], called=True)
        reply = restore_name(completion.text, ctx.name)
        guarded = check_all(reply, ctx, self.rails)
        if guarded.blocked:
            first = next(d for d in guarded.decisions if not d.allowed)
            log.info("LLM reply blocked by %s", ",".join(guarded.fired))
            return Generated(
                text=first.replacement or None,
                mode=Mode.LLM,
                rails_fired=guarded.fired,
                incidents=guarded.errors,
                called=True,
            )
        return Generated(text=reply, mode=Mode.LLM, incidents=guarded.errors, called=True)


def build_messages(
    text: str,
    *,
    care_team: str,
    last_reply: str = "",
    topics: Sequence[Topic] = (),
    redactor: Redactor | None = None,
) -> list[Message]:
    """System prompt grounded in the content library, the last reply, the new message."""
    system = render(Prompt.SYSTEM, care_team=care_team, grounding=retrieve.grounding(text, topics))
    clean = redactor.redact if redactor else (lambda s: s)
    messages: list[Message] = [{"role": "system", "content": system}]
    if last_reply:
        messages.append({"role": "assistant", "content": clean(last_reply)})
    messages.append({"role": "user", "content": clean(text)})
    return messages
