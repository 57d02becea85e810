import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.prod")
application = get_wsgi_application()

# The anonymiser's model loads once per process, now, outside any request or transaction.
if os.environ.get("IMMERSION_WARM_UP", "1") == "1":
    from immersion.observation.redaction import warm_up

    warm_up()
