"""Consulting requests: a comune asks the School for help adopting a practice, with a mentor."""
