"""ASGI entry point for uvicorn and gunicorn: settings from the environment."""

from mindline.config import get_settings
from mindline.main import create_app
from mindline.risk import embedding

app = create_app(get_settings())
# Load the risk encoder now, in the background, so the first unsure message of a person in
# a bad night is not the one that waits for it.
embedding.warm_up_in_background()
