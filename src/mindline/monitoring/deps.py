"""Route guards specific to monitoring (the decisions live in mindline.authz)."""

from typing import Annotated

from fastapi import Depends

from mindline import authz
from mindline.care.deps import patient_guard
from mindline.care.models import Patient

PatientCareTeam = Annotated[
    Patient, Depends(patient_guard("measurement", authz.can_manage_measurement))
]
