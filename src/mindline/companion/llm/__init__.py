"""The optional language-model mode: an OpenAI-compatible client, prompts, redaction, rails.

Nothing here is needed for the scripted companion; with no base URL configured the
companion never imports httpx or calls anything.
"""

from mindline.companion.llm.client import (
    Backend,
    ChatClient,
    Completion,
    LLMConfig,
    LLMError,
    LLMTimeout,
)

__all__ = ["Backend", "ChatClient", "Completion", "LLMConfig", "LLMError", "LLMTimeout"]
