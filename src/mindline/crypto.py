"""Field encryption: AES-256-GCM with a per-record nonce and the key id stored beside the data.

Stored form: ``enc1:<key_id>:<base64(nonce || ciphertext+tag)>``. The first configured key
encrypts; every configured key decrypts, so keys can be rotated without downtime.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text, TypeDecorator
from sqlalchemy.engine import Dialect

from mindline.config import Settings

PREFIX = "enc1"


class KeyError_(ValueError):
    """A key setting is malformed or a needed key is missing."""


@dataclass(frozen=True)
class Keyring:
    keys: dict[str, bytes]
    active_id: str

    @classmethod
    def parse(cls, spec: str) -> Keyring:
        """Parse ``id:base64,id:base64`` (or one per line); the first is active."""
        keys: dict[str, bytes] = {}
        order: list[str] = []
        for raw in spec.replace("\n", ",").split(","):
            item = raw.strip()
            if not item or item.startswith("#"):
                continue
            key_id, sep, b64 = item.partition(":")
            if not sep or not key_id.isalnum():
                raise KeyError_(f"encryption key {item[:8]}…: expected key_id:base64")
            try:
                key = base64.b64decode(b64, validate=True)
            except ValueError as exc:
                raise KeyError_(f"encryption key {key_id}: not valid base64") from exc
            if len(key) != 32:
                raise KeyError_(f"encryption key {key_id}: must be 32 bytes, got {len(key)}")
            keys[key_id] = key
            order.append(key_id)
        if not order:
            raise KeyError_("no encryption key configured")
        return cls(keys=keys, active_id=order[0])

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = AESGCM(self.keys[self.active_id]).encrypt(nonce, plaintext.encode(), None)
        return f"{PREFIX}:{self.active_id}:{base64.b64encode(nonce + sealed).decode()}"

    def decrypt(self, stored: str) -> str:
        _, key_id, b64 = key_id_of(stored)
        if key_id not in self.keys:
            raise KeyError_(f"data encrypted with key {key_id!r}, which is not configured")
        blob = base64.b64decode(b64)
        return AESGCM(self.keys[key_id]).decrypt(blob[:12], blob[12:], None).decode()


def key_id_of(stored: str) -> tuple[str, str, str]:
    parts = stored.split(":", 2)
    if len(parts) != 3 or parts[0] != PREFIX:
        raise KeyError_("value is not in the encrypted field format")
    return parts[0], parts[1], parts[2]


def generate_key(key_id: str | None = None) -> str:
    """A new key in the settings format."""
    key_id = key_id or "k" + secrets.token_hex(4)
    return f"{key_id}:{base64.b64encode(os.urandom(32)).decode()}"


def load_or_create_local_keys(data_dir: Path) -> str:
    """Local and test installs keep a generated key file in the data directory."""
    path = data_dir / "encryption.keys"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(generate_key("local1") + "\n")
    return path.read_text()


_keyring: Keyring | None = None


def install_keyring(keyring: Keyring | None) -> None:
    """Make a keyring the one encrypted columns use in this process."""
    global _keyring
    _keyring = keyring


def keyring() -> Keyring:
    if _keyring is None:
        raise KeyError_("encryption keys are not loaded; call mindline.crypto.install_keyring")
    return _keyring


class EncryptedText(TypeDecorator[str]):
    """A text column stored encrypted with the process keyring."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else keyring().encrypt(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else keyring().decrypt(value)


def keyring_from_settings(settings: Settings) -> Keyring:
    """The keyring named by the settings (a generated local key file when none is set)."""
    if settings.encryption_keys:
        return Keyring.parse(settings.encryption_keys)
    if settings.encryption_key_file:
        return Keyring.parse(settings.encryption_key_file.read_text())
    return Keyring.parse(load_or_create_local_keys(settings.data_dir))
