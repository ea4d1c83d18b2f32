"""Privacy rights: a patient's data export, erasure, retention purges (docs/privacy.md)."""
