"""HTTP: server-rendered pages. The REST API is assembled from the domain routers in main.py."""
