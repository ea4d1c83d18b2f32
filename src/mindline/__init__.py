"""Mindline: self-hosted, AI-assisted mental health support with clinicians in the loop."""

__version__ = "0.1.0"
