"""Full-text search of pages where each word typed may also be the start of a longer word.

Wagtail's database backend (SQLite FTS5, PostgreSQL full-text search) matches whole words, so
"compost" would miss "compostaggio". Its autocomplete treats only the last word as a prefix and
looks only at titles. This backend is the configured one with its query compiler changed: the
words of a plain search become one query per word, each of them a prefix, all required
(or any one of them, for a search whose operator is "or").
"""

from django.conf import settings
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText


def _each_word_a_prefix(compiler_class):
    class PrefixQueryCompiler(compiler_class):
        LAST_TERM_IS_PREFIX = True

        def __init__(self, queryset, query, *args, **kwargs):
            super().__init__(queryset, query, *args, **kwargs)
            if isinstance(self.query, PlainText):
                words = self.query.query_string.split()
                if len(words) > 1:
                    # One query per word: each word is then the last one, read as a prefix.
                    combine = And if self.query.operator == "and" else Or
                    self.query = combine([PlainText(word) for word in words])

    PrefixQueryCompiler.__name__ = f"Prefix{compiler_class.__name__}"
    return PrefixQueryCompiler


def prefix_backend():
    """Return the configured search backend, reading every word as a possible prefix."""
    backend = get_search_backend()
    backend_class = type(backend)
    params = {
        key: value
        for key, value in settings.WAGTAILSEARCH_BACKENDS["default"].items()
        if key != "BACKEND"
    }
    prefixed = type(
        f"Prefix{backend_class.__name__}",
        (backend_class,),
        {"query_compiler_class": _each_word_a_prefix(backend_class.query_compiler_class)},
    )
    return prefixed(params)


def prefix_search(queryset, query: str):
    """Return the search results of `query` in `queryset`, ranked, prefixes of words included."""
    return prefix_backend().search(query, queryset)
