"""ASGI entry point for uvicorn and gunicorn: settings from the environment."""

from mindline.config import get_settings
from mindline.main import create_app

app = create_app(get_settings())
