"""Imports every domain's models so metadata and migrations see all tables."""


def import_all() -> None:
    import mindline.accounts.models
    import mindline.alerts.models
    import mindline.audit.models
    import mindline.care.models
    import mindline.companion.crisis_overrides
    import mindline.companion.models
    import mindline.insights.models
    import mindline.monitoring.models
    import mindline.monitoring.preferences
    import mindline.ratelimit.models  # noqa: F401
