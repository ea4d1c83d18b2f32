"""Base for request bodies: unknown fields are an error, strings are stripped."""

from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, Field, field_validator

# Row ids are PostgreSQL integers: a larger number names no row, and SQLite cannot even
# bind one past 2**63 (a crash instead of a clear answer). Ids start at 1.
MAX_ID = 2**31 - 1
RowId = Annotated[int, Field(ge=1, le=MAX_ID)]
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple | set):
        return any(_has_nul(v) for v in value)
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return False


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        # PostgreSQL text cannot hold NUL: refuse it here rather than fail at the database.
        if _has_nul(value):
            raise ValueError("must not contain the NUL character (\\u0000)")
        return value


class Output(BaseModel):
    model_config = ConfigDict(from_attributes=True)
