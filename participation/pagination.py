"""Pages of long listings whose total is counted once a minute, not on every request."""

import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property

COUNT_SECONDS = 60


def count_key(listing: str, filters) -> str:
    """Return the cache key of a listing's total under these filters (any repr-able value)."""
    digest = hashlib.sha256(repr(filters).encode()).hexdigest()
    return f"count:{listing}:{digest}"


class CachedCountPaginator(Paginator):
    """A paginator that remembers a listing's total for a minute, under the key it is given.

    Counting every public proposal reads the whole table, which costs more than the page; the
    page itself is always current, only "count" may lag by up to COUNT_SECONDS.
    """

    def __init__(self, object_list, per_page, *, count_key: str):
        super().__init__(object_list, per_page)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        return cache.get_or_set(self.count_key, self.object_list.count, COUNT_SECONDS)

    def page(self, number):
        """Return the page, cut by the page size alone: a total a minute old cuts nothing."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)
