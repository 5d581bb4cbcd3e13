"""AMP desktop: the programme catalogue and capacity planning for labour-market units."""

__version__ = "0.1.0"
APP_NAME = "AMP"
ORGANISATION = "AMP"
