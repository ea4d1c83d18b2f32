"""Monitoring errors."""

from mindline.core.errors import Conflict


class IdempotencyConflict(Conflict):
    code = "idempotency_conflict"
