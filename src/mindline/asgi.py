"""ASGI entry point for uvicorn and gunicorn: settings from the environment."""

from mindline.config import get_settings
from mindline.main import create_app
from mindline.risk import classifier, embedding, patterns

app = create_app(get_settings())
# Load the risk screen now, so the first message of a person in a bad night is not the one
# that waits for it: the patterns and the linear models before serving (under a second), the
# sentence encoder in the background (/readyz answers 503 until it is loaded).
patterns.lexicon()
for group in classifier.GROUPS:
    classifier.load_model(group)
embedding.warm_up_in_background()
