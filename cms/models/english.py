"""An English title for the pages whose names the site's frame shows: menu, themes, sections.

Page content is written in Italian; the interface is also in English. The pages that name parts
of the site (the sections in the menu, the themes on cards and badges) carry an English title,
shown instead of the title when the visitor reads the site in English.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class EnglishTitle(models.Model):
    title_en = models.CharField(
        _("English title"),
        max_length=255,
        blank=True,
        help_text=_("Shown instead of the title when the site is read in English."),
    )

    class Meta:
        abstract = True

    @property
    def display_title(self) -> str:
        """Return the title in the visitor's language: English where one is given."""
        if self.title_en and (translation.get_language() or "").startswith("en"):
            return self.title_en
        return self.title
