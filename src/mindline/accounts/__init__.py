"""Users, roles, passwords, sessions, API tokens and multi-factor authentication."""
