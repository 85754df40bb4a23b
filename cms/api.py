"""REST endpoints of practices and adoptions, registered on the project router."""


def register(router) -> None:
    """Register this app's viewsets on the project's router."""
