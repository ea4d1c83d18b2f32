"""Seed the load-test database through the services (no HTTP sign-ups, no argon2).

Clinicians get API tokens; each patient gets one, a primary and a backup clinician,
companion and sharing consent, and the default questionnaire schedules (due now).
A copy route sends high and urgent alerts to the run's webhook receiver.
"""

from __future__ import annotations

import os
from typing import Any


def seed(env: dict[str, str], patients: int, clinicians: int, hook_url: str) -> dict[str, Any]:
    """Returns {"patients": [{patient_id, token}], "clinicians": [{user_id, token}]}."""
    os.environ.update(env)
    from mindline import crypto
    from mindline.accounts import service as accounts_service
    from mindline.accounts.enums import Role
    from mindline.alerts import routing
    from mindline.alerts.enums import Channel, RouteScope, Severity
    from mindline.care import service as care_service
    from mindline.care.enums import ConsentKind, TeamRole
    from mindline.config import Settings
    from mindline.db import migrate
    from mindline.db.session import dispose_engines, session_scope
    from mindline.monitoring import schedules

    settings = Settings(_env_file=None)
    crypto.install_keyring(crypto.keyring_from_settings(settings))
    migrate.upgrade(settings)
    out: dict[str, Any] = {"patients": [], "clinicians": []}
    with session_scope(settings) as session:
        routing.create_route(
            session,
            name="load-test receiver",
            scope=RouteScope.copy,
            channel=Channel.webhook,
            target=hook_url,
            severities=[Severity.high, Severity.urgent],
            secret=None,
        )
        staff = []
        for c in range(clinicians):
            user = accounts_service.create(
                session=session,
                email=f"clinician{c}@load.invalid",
                display_name=f"Clinician {c}",
                role=Role.clinician,
                password=None,
            )
            token, _ = accounts_service.create_api_token(session=session, user=user, name="load")
            staff.append(user.id)
            out["clinicians"].append({"user_id": user.id, "token": token})
        for p in range(patients):
            patient = care_service.create(
                session=session,
                email=f"patient{p}@load.invalid",
                display_name=f"Patient {p}",
                primary_clinician_id=staff[p % len(staff)],
            )
            if len(staff) > 1:
                care_service.set_team_member(
                    session=session,
                    patient=patient,
                    clinician_id=staff[(p + 1) % len(staff)],
                    team_role=TeamRole.backup,
                )
            for kind in (ConsentKind.companion, ConsentKind.share_with_care_team):
                care_service.record_consent(
                    session=session,
                    patient=patient,
                    kind=kind,
                    granted=True,
                    recorded_by_id=patient.user_id,
                )
            schedules.ensure_defaults(session=session, patient_id=patient.id)
            user = accounts_service.get(session=session, user_id=patient.user_id)
            assert user is not None
            token, _ = accounts_service.create_api_token(session=session, user=user, name="load")
            out["patients"].append({"patient_id": patient.id, "token": token})
    dispose_engines()
    return out
