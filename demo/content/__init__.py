"""Demo content of Si può fare as plain Python data: themes, practices, adoptions, news, pages."""

from demo.content.adoptions import ADOPTIONS
from demo.content.news import NEWS
from demo.content.pages import MENU, PAGES
from demo.content.practices import INDICATORS, OFFICES, PRACTICES
from demo.content.themes import THEMES

__all__ = ["ADOPTIONS", "INDICATORS", "MENU", "NEWS", "OFFICES", "PAGES", "PRACTICES", "THEMES"]
