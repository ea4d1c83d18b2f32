from mindline.cli import app

app()
