"""Every page router, in one place so the app and the authorization matrix test see them all."""

from __future__ import annotations

from fastapi import APIRouter

from mindline.web.pages import router as core_pages


def page_routers() -> tuple[APIRouter, ...]:
    """Page routers in the order they are mounted."""
    return (core_pages,)
