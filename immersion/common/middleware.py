from django.conf import settings
from django.utils import translation


class FrenchFirstLocaleMiddleware:
    """French unless the user chose another language (cookie), whatever the browser says.

    Django's LocaleMiddleware follows Accept-Language: an English browser would get French
    text with English dates. Our users are French public servants; English is opt-in.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.available:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response
