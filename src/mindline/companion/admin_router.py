"""/api/v1/admin/llm: the administrator's test of the language-model backend."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from mindline.accounts.deps import AdminActor
from mindline.companion.llm.factory import check_connection
from mindline.db.deps import AppSettings

router = APIRouter(prefix="/admin/llm", tags=["admin"])


class ConnectionRead(BaseModel):
    """The result of one test call; never the API key, never patient data."""

    configured: bool
    ok: bool
    base_url: str = ""
    host: str = ""
    model: str = ""
    inside_network: bool = False
    latency_ms: float | None = None
    first_token_ms: float | None = None
    reply: str = ""
    error: str = ""


@router.post("/test", response_model=ConnectionRead)
def test_llm(actor: AdminActor, settings: AppSettings) -> ConnectionRead:
    """Send a tiny fixed prompt to the configured backend; report ok, latency or the error."""
    return ConnectionRead.model_validate(check_connection(settings), from_attributes=True)
