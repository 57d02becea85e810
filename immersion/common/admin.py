"""Administration of the socle.

django-dsfr registers its site configuration in the admin, with an uploaded logo: the project
does not read it (``context_processors.SiteConfig`` is static) and an upload would be written
to an app server's disk, which production does not keep. It is removed from the admin.
"""

from django.contrib import admin
from dsfr.models import DsfrConfig, DsfrSocialMedia

for model in (DsfrConfig, DsfrSocialMedia):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
