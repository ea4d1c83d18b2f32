"""Insights: clinician-approved next steps, service outcomes, what helps whom, model oversight."""
