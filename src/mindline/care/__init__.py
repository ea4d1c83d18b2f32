"""Patients, care teams, invitations, consent and clinical notes."""
