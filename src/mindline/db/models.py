"""Imports every domain's models so metadata and migrations see all tables."""


def import_all() -> None:
    import mindline.accounts.models  # noqa: F401
    import mindline.audit.models  # noqa: F401
    import mindline.care.models  # noqa: F401
