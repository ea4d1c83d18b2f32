"""Alerts: lifecycle, transactional outbox, delivery channels and escalation."""
