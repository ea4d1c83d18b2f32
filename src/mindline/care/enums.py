from enum import StrEnum


class TeamRole(StrEnum):
    primary = "primary"
    backup = "backup"


class ConsentKind(StrEnum):
    companion = "companion"
    share_with_care_team = "share_with_care_team"
    research = "research"
