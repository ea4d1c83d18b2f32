from enum import StrEnum


class Role(StrEnum):
    patient = "patient"
    clinician = "clinician"
    admin = "admin"
