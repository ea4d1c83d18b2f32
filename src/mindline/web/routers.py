"""Every page router, in one place so the app and the authorization matrix test see them all."""

from __future__ import annotations

from fastapi import APIRouter

from mindline.web.admin_pages import router as admin_pages
from mindline.web.clinician_pages import router as clinician_pages
from mindline.web.crisis_admin_pages import router as crisis_admin_pages
from mindline.web.insights_pages import router as insights_pages
from mindline.web.notification_pages import router as notification_pages
from mindline.web.pages import router as core_pages
from mindline.web.patient_pages import router as patient_pages
from mindline.web.privacy_pages import router as privacy_pages


def page_routers() -> tuple[APIRouter, ...]:
    """Page routers in the order they are mounted."""
    return (
        core_pages,
        admin_pages,
        crisis_admin_pages,
        patient_pages,
        notification_pages,
        privacy_pages,
        clinician_pages,
        insights_pages,
    )
