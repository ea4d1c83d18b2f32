"""Field encryption round trip and resumable key rotation."""

from __future__ import annotations

import pytest
from sqlalchemy import Text, select, type_coerce

from builders import Personas
from mindline import crypto, rotation
from mindline.care import service as care_service
from mindline.care.models import ClinicalNote
from mindline.crypto import KeyError_, Keyring


def _raw_bodies(session) -> list[str]:
    return list(session.scalars(select(type_coerce(ClinicalNote.body, Text))).all())


def test_notes_are_stored_encrypted_and_read_back_in_clear(session, personas: Personas) -> None:
    care_service.add_note(
        session=session,
        patient=personas.alice,
        author_id=personas.bob.id,
        body="Talked about sleep; agreed a wind-down routine.",
    )
    session.commit()
    (raw,) = _raw_bodies(session)
    assert raw.startswith("enc1:test1:")
    assert "sleep" not in raw
    session.expire_all()
    (note,) = care_service.notes(session=session, patient_id=personas.alice.id)
    assert note.body == "Talked about sleep; agreed a wind-down routine."


def test_two_encryptions_of_the_same_text_differ() -> None:
    ring = Keyring.parse(crypto.generate_key("a"))
    assert ring.encrypt("same") != ring.encrypt("same")
    assert ring.decrypt(ring.encrypt("same")) == "same"


def test_a_tampered_ciphertext_is_rejected() -> None:
    from cryptography.exceptions import InvalidTag

    ring = Keyring.parse(crypto.generate_key("a"))
    stored = ring.encrypt("hello")
    prefix, key_id, b64 = stored.split(":")
    flipped = b64[:-4] + ("AAAA" if b64[-4:] != "AAAA" else "BBBB")
    with pytest.raises((InvalidTag, ValueError)):
        ring.decrypt(f"{prefix}:{key_id}:{flipped}")


@pytest.mark.parametrize(
    "spec, message",
    [
        ("", "no encryption key"),
        ("k1", "key_id:base64"),
        ("k1:%%%", "base64"),
        ("k1:" + "QUJD", "32 bytes"),
    ],
)
def test_malformed_key_settings_say_what_is_wrong(spec: str, message: str) -> None:
    with pytest.raises(KeyError_, match=message):
        Keyring.parse(spec)


def test_rotation_can_be_interrupted_and_resumed_without_loss(
    session, settings, personas: Personas
) -> None:
    old = Keyring.parse(settings.encryption_keys)
    texts = [f"note number {i}" for i in range(25)]
    for text in texts:
        care_service.add_note(
            session=session, patient=personas.alice, author_id=personas.bob.id, body=text
        )
    session.commit()

    new_key = crypto.generate_key("k2")
    both = Keyring.parse(new_key + "," + settings.encryption_keys)
    crypto.install_keyring(both)
    assert rotation.count_pending(settings, both) == 25

    # "Interrupted" after two batches of ten.
    done = rotation.rotate(settings, both, batch_size=10, max_batches=2)
    assert done == 20
    assert rotation.count_pending(settings, both) == 5
    raw = _raw_bodies(session)
    assert sum(r.startswith("enc1:k2:") for r in raw) == 20
    assert sum(r.startswith(f"enc1:{old.active_id}:") for r in raw) == 5

    assert rotation.rotate(settings, both, batch_size=10) == 5
    assert rotation.count_pending(settings, both) == 0

    # The old key can now be dropped: everything reads with the new key alone.
    crypto.install_keyring(Keyring.parse(new_key))
    session.expire_all()
    bodies = sorted(
        n.body for n in care_service.notes(session=session, patient_id=personas.alice.id)
    )
    assert bodies == sorted(texts)


def test_reading_data_under_a_missing_key_names_the_key(session, personas: Personas) -> None:
    care_service.add_note(
        session=session, patient=personas.alice, author_id=personas.bob.id, body="x"
    )
    session.commit()
    crypto.install_keyring(Keyring.parse(crypto.generate_key("other")))
    session.expire_all()
    with pytest.raises(KeyError_, match="'test1'"):
        care_service.notes(session=session, patient_id=personas.alice.id)
