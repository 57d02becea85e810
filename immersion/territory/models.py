from django.db import models
from django.utils.translation import gettext_lazy as _


class Commune(models.Model):
    """A commune of the official geographic code (COG), with its centre's coordinates.

    The platform ships a small referential (communes around Rennes and every department's
    chef-lieu); ``manage.py import_communes`` loads INSEE's full file of the same shape.
    """

    code = models.CharField(_("code INSEE"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=120)
    department = models.CharField(_("département"), max_length=3)
    postal_code = models.CharField(_("code postal"), max_length=5, blank=True)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.code})"
