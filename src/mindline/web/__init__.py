"""HTTP: the REST API (assembled from domain routers) and server-rendered pages."""
