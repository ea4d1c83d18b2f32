"""Redaction before any call outside the network, and what counts as inside."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from tests.companion.conftest import FakeLLM, start_server

from mindline.companion import ConversationState, PatientProfile, fallback_screen, reply
from mindline.companion.llm import LLMConfig
from mindline.companion.llm.factory import mode_for
from mindline.companion.llm.network import inside_network, trusted_hosts
from mindline.companion.llm.redact import Redactor, restore_name

PERSONAL = (
    "I'm Alice Smith, write to alice.smith@example.org or alice@work.example, call me on "
    "07700 900123 or +44 20 7946 0958; I was born 14/03/1990 (or 3rd of March 1990), and I "
    "live at 12 Acacia Avenue, SW1A 1AA. My name is Jo Bloggs. NHS number 943 476 5919."
)


def test_the_redactor_removes_names_emails_phones_dates_and_addresses() -> None:
    redactor = Redactor.for_person(["Alice", "Alice Smith"], ["alice.smith@example.org"])
    out = redactor.redact(PERSONAL)
    for secret in (
        "Alice", "Smith", "alice.smith@example.org", "alice@work.example", "07700", "7946",
        "14/03/1990", "March 1990", "Acacia", "SW1A", "Jo Bloggs", "943 476",
    ):  # fmt: skip
        assert secret not in out, (secret, out)
    for tag in ("[NAME]", "[EMAIL]", "[PHONE]", "[DATE]", "[ADDRESS]", "[POSTCODE]", "[ID]"):
        assert tag in out, (tag, out)


def test_ordinary_text_is_left_alone() -> None:
    text = "I slept 5 hours and walked for 20 minutes; at 3pm I felt a bit better."
    assert Redactor.for_person(["Sam"], []).redact(text) == text


def test_the_name_tag_is_put_back_locally() -> None:
    assert restore_name("Thanks, [NAME]. How are you?", "Sam") == "Thanks, Sam. How are you?"
    assert restore_name("Thanks, [NAME]. How are you?", "") == "Thanks. How are you?"


@pytest.mark.parametrize(
    ("url", "inside"),
    [
        ("http://127.0.0.1:8080/v1", True),
        ("http://localhost:11434/v1", True),
        ("http://10.2.3.4/v1", True),
        ("http://192.168.1.20:8000/v1", True),
        ("http://[::1]:8000/v1", True),
        ("http://[fd00::5]/v1", True),
        ("https://api.openai.com/v1", False),
        ("https://8.8.8.8/v1", False),
        ("http://llm.internal/v1", False),
        ("not a url", False),
    ],
)
def test_inside_the_network_is_decided_by_the_host(url: str, inside: bool) -> None:
    assert inside_network(url) is inside


def test_listed_hosts_are_inside() -> None:
    assert inside_network("http://LLM.internal./v1", trusted_hosts("gpu-1, llm.internal"))


def test_a_server_outside_the_network_gets_redacted_text(tmp_path: Path) -> None:
    # The same fake server, reached by this machine's host name: a name that is not
    # listed as trusted counts as outside, so the patient's details must not reach it.
    host = socket.gethostname()
    try:
        socket.getaddrinfo(host, None)
    except OSError:
        pytest.skip(f"host name {host!r} does not resolve here")
    script = str(Path(__file__).with_name("fake_llm_server.py"))
    proc, url = start_server(
        [__import__("sys").executable, script, "--port", "0", "--host", "0.0.0.0"],
        lambda line: (
            f"http://{host}:{int(line.split()[1])}/v1" if line.startswith("PORT") else None
        ),
        20,
    )
    try:
        fake = FakeLLM(url)
        llm = mode_for(LLMConfig(base_url=url, first_token_timeout=2, retries=0))
        assert llm is not None and llm.redact is True
        profile = PatientProfile(name="Alice", full_name="Alice Smith", email="a.smith@example.org")
        text = "I'm so stressed, Alice Smith here, mail a.smith@example.org or 07700 900123"
        turn = reply(
            ConversationState(), text, profile=profile, screen=fallback_screen.screen, llm=llm
        )
        (call,) = fake.calls()
        sent = str(call["body"]["messages"])
        assert "Alice" not in sent and "Smith" not in sent and "07700" not in sent
        assert "a.smith@example.org" not in sent and "[NAME]" in sent
        assert turn.mode.value == "llm"
    finally:
        proc.terminate()
        proc.wait(10)
