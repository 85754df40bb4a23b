"""Blocks that other apps add to every practice page, without cms importing them.

In ``AppConfig.ready()`` an app calls ``register_practice_section(PracticeSection(...))``.
``get_context(practice)`` returns the context of the section's template, or None to stay
hidden on that practice; it runs a fixed number of queries and depends only on published
content, because each section is cached as a fragment of its own (cms.fragments).

``depends_on(practice)``, when given, returns the scopes of cms.fragments that the section
shows (for example ``["practice:12"]`` for what the practice's adoptions say): the section is
rendered again when one of them changes. Without it the section depends on any change of the
published content, which is always correct and costs a new render after every change.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PracticeSection:
    key: str
    template: str
    get_context: Callable[[object], dict | None]
    order: int = 100
    depends_on: Callable[[object], list[str]] | None = None


@dataclass(frozen=True)
class RenderedPracticeSection:
    key: str
    template: str
    context: dict


_SECTIONS: dict[str, PracticeSection] = {}


def register_practice_section(section: PracticeSection) -> PracticeSection:
    """Add a section to every practice page; registering the same key again replaces it."""
    _SECTIONS[section.key] = section
    return section


def unregister_practice_section(key: str) -> None:
    _SECTIONS.pop(key, None)


def registered_practice_sections() -> list[PracticeSection]:
    """Return the registered sections in their order."""
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))


def practice_sections_for(practice) -> list[RenderedPracticeSection]:
    """Return the registered sections that have something to show for this practice."""
    rendered = []
    for section in registered_practice_sections():
        context = section.get_context(practice)
        if context is not None:
            rendered.append(RenderedPracticeSection(section.key, section.template, context))
    return rendered
