"""Output guardrails: small named rails with one interface, failing closed."""

from mindline.companion.guardrails.base import Rail, RailContext, RailDecision
from mindline.companion.guardrails.runner import DEFAULT_RAILS, Guarded, apply, check_all

__all__ = ["DEFAULT_RAILS", "Guarded", "Rail", "RailContext", "RailDecision", "apply", "check_all"]
