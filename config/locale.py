"""Pick the interface language from the visitor's explicit choice only."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class SiteLocaleMiddleware:
    """Activate the language saved by the language switch, Italian otherwise.

    The site is Italian first: a browser asking for English gets Italian until the
    visitor chooses English, so that shared links and screenshots read the same for all.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, settings.LANGUAGE_CODE)
        if language not in self.supported:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Cookie",))
        translation.deactivate()
        return response
