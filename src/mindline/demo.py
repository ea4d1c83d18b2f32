"""A deterministic, synthetic demo clinic. Every name and address is invented."""

from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import func, select

from mindline.accounts import security
from mindline.accounts import service as accounts_service
from mindline.accounts.enums import Role
from mindline.accounts.models import User
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind, TeamRole
from mindline.config import Settings
from mindline.core import clock
from mindline.db.session import session_scope
from mindline.monitoring import demo_data

DEMO_DOMAIN = "demo.mindline.invalid"
DEMO_PASSWORD = "mindline-demo"
SEED = 20261125
FIRST = [
    "Alex",
    "Sam",
    "Jordan",
    "Robin",
    "Casey",
    "Morgan",
    "Jamie",
    "Taylor",
    "Riley",
    "Avery",
    "Quinn",
    "Rowan",
    "Sage",
    "Emery",
    "Harper",
    "Kai",
    "Noor",
    "Ines",
    "Mateo",
    "Lena",
]
LAST = [
    "Ashdown",
    "Brookfield",
    "Carrow",
    "Dunmore",
    "Ellery",
    "Fairholm",
    "Garside",
    "Halden",
    "Irvine",
    "Jessop",
    "Kettering",
    "Lowry",
    "Marston",
    "Norwood",
    "Oakes",
    "Penrose",
]
COUNTRIES = ["GB"] * 20 + ["IE"] * 6 + ["US"] * 8 + ["AU"] * 3 + ["CA"] * 3
CLINICIANS = [
    ("Dr Maya Okafor", "maya.okafor", True),
    ("Tom Reyes", "tom.reyes", False),
    ("Priya Nair", "priya.nair", False),
]


def _email(local: str) -> str:
    return f"{local}@{DEMO_DOMAIN}"


def is_seeded(settings: Settings) -> bool:
    with session_scope(settings) as session:
        count = session.scalar(select(func.count()).select_from(User)) or 0
    return count > 0


def _holds_demo(settings: Settings) -> bool:
    with session_scope(settings) as session:
        admin = session.scalar(select(User.id).where(User.email == _email("admin")))
    return admin is not None


def seed(settings: Settings) -> dict[str, str]:
    """Create the clinic; returns the demo logins (e-mail → role)."""
    rng = random.Random(SEED)
    logins: dict[str, str] = {}
    # One argon2 hash for every demo account (same password): 44 hashes took ~20 s.
    demo_hash = security.hash_password(DEMO_PASSWORD)
    with session_scope(settings) as session:
        admin = accounts_service.create(
            session=session,
            email=_email("admin"),
            display_name="Ada Admin",
            role=Role.admin,
        )
        admin.password_hash = demo_hash
        logins[admin.email] = "admin"
        clinicians = []
        for name, local, lead in CLINICIANS:
            user = accounts_service.create(
                session=session,
                email=_email(local),
                display_name=name,
                role=Role.clinician,
                is_lead=lead,
            )
            user.password_hash = demo_hash
            clinicians.append(user)
            logins[user.email] = "clinician (lead)" if lead else "clinician"
        names = rng.sample([(f, last) for f in FIRST for last in LAST], 40)
        patient_ids: list[int] = []
        for i, (first, last) in enumerate(names):
            country = COUNTRIES[i % len(COUNTRIES)]
            patient = care_service.create(
                session=session,
                email=_email(f"patient{i + 1:02d}"),
                display_name=f"{first} {last}",
                country=country,
                primary_clinician_id=clinicians[i % 3].id,
            )
            accounts_service.get_or_raise(
                session=session, user_id=patient.user_id
            ).password_hash = demo_hash
            care_service.set_team_member(
                session=session,
                patient=patient,
                clinician_id=clinicians[(i + 1) % 3].id,
                team_role=TeamRole.backup,
            )
            for kind in ConsentKind:
                care_service.record_consent(
                    session=session,
                    patient=patient,
                    kind=kind,
                    granted=kind is not ConsentKind.research or rng.random() < 0.5,
                    recorded_by_id=patient.user_id,
                )
            patient_ids.append(patient.id)
            if i < 2:
                logins[_email(f"patient{i + 1:02d}")] = "patient"
        # Six months of check-ins and questionnaires, one trajectory per patient.
        demo_data.seed_history(
            session=session, patient_ids=patient_ids, seed=SEED, today=clock.now().date()
        )
        # Suggestions for every trajectory, so clinicians have proposals to approve or decline.
        from mindline.insights import jobs as insights_jobs

        insights_jobs.generate_for(session=session, patient_ids=patient_ids)
        audit_service.record(
            session,
            action="demo_seeded",
            actor_role="cli",
            detail={"patients": 40, "clinicians": 3},
        )
    return logins


def print_logins(logins: dict[str, str], echo: Callable[[str], object]) -> None:
    echo(f"Demo clinic ready. Password for every demo account: {DEMO_PASSWORD}")
    for email, role in logins.items():
        echo(f"  {role:18} {email}")
    echo(f"  (patients patient01 … patient40 @{DEMO_DOMAIN})")


def demo_logins() -> dict[str, str]:
    logins = {_email("admin"): "admin"}
    for _name, local, lead in CLINICIANS:
        logins[_email(local)] = "clinician (lead)" if lead else "clinician"
    logins[_email("patient01")] = "patient"
    logins[_email("patient02")] = "patient"
    return logins


def seed_if_empty(
    settings: Settings, *, echo: Callable[[str], object], announce_existing: bool = False
) -> None:
    """Seed on an empty database; otherwise leave the data alone.

    With `announce_existing`, a database that already holds the demo clinic gets its logins
    printed again (`scripts/run` on a machine where it ran before); one holding other
    accounts is only named, since its logins are not ours to print."""
    if is_seeded(settings):
        if announce_existing and _holds_demo(settings):
            echo("The demo clinic is already here; `mindline demo --reseed` starts it over.")
            print_logins(demo_logins(), echo)
        elif announce_existing:
            echo("The database already has accounts: the demo clinic was not seeded.")
        return
    print_logins(seed(settings), echo)


def reseed(settings: Settings, *, echo: Callable[[str], object]) -> None:
    """Only for a demo database: refuses when non-demo accounts exist."""
    from mindline.db.base import Base
    from mindline.db.models import import_all

    import_all()
    with session_scope(settings) as session:
        others = session.scalar(
            select(func.count()).select_from(User).where(~User.email.endswith("@" + DEMO_DOMAIN))
        )
        if others:
            raise SystemExit("refusing to reseed: the database holds non-demo accounts")
        for table in reversed(Base.metadata.sorted_tables):
            if table.name.startswith("audit_") or table.name == "alembic_version":
                continue  # the audit chain is append-only, even for the demo
            session.execute(table.delete())
        audit_service.record(session, action="demo_reset", actor_role="cli")
    print_logins(seed(settings), echo)
