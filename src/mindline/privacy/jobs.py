"""Worker step: the retention purge, once a day."""

from __future__ import annotations

import logging

from mindline.config import Settings
from mindline.db.session import session_scope
from mindline.privacy import retention
from mindline.worker import job

log = logging.getLogger(__name__)


@job("privacy.retention")
def retention_step(settings: Settings) -> bool:
    """Purge what is past its retention period if no purge ran in the last day."""
    with session_scope(settings) as session:
        if not retention.due(session):
            return False
        counts = retention.purge(session=session, settings=settings)
    log.info("retention purge: %s", ", ".join(f"{k}={v}" for k, v in counts.items()))
    return False
