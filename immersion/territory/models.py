from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.territory.referential import search_key


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
    # The name without accents, case, hyphens or apostrophes, for the search by name.
    search_name = models.CharField(_("nom normalisé"), max_length=120, blank=True, editable=False)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]
        indexes = [models.Index(fields=["search_name"], name="territory_commune_search")]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def save(self, *args, **kwargs):
        self.search_name = search_key(self.name)
        super().save(*args, **kwargs)


class Level(models.TextChoices):
    COMMUNE = "commune", _("commune")
    DEPARTEMENT = "departement", _("département")
    REGION = "region", _("région")
    FRANCE = "france", _("France")


class Area(models.Model):
    """A named territory of the context figures: a commune, a department (with its region),
    a region. France is not stored: its codes are ``FR`` (with the overseas departments)
    and ``FRM`` (mainland France)."""

    level = models.CharField(_("niveau"), max_length=12, choices=Level.choices)
    code = models.CharField(_("code"), max_length=5)
    name = models.CharField(_("nom"), max_length=120)
    parent_code = models.CharField(_("code du niveau supérieur"), max_length=5, blank=True)
    year = models.PositiveSmallIntegerField(_("année"))
    source = models.CharField(_("source"), max_length=300)
    licence = models.CharField(_("licence"), max_length=120)
    imported_at = models.DateTimeField(_("importé le"))

    class Meta:
        verbose_name = _("territoire")
        verbose_name_plural = _("territoires")
        ordering = ["level", "code"]
        constraints = [
            models.UniqueConstraint(fields=["level", "code"], name="territory_area_unique")
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"


class TerritoryFigure(models.Model):
    """One figure of one territory for one year (INSEE, DREES…), with its source and licence.

    ``computed`` marks the figures the platform computed itself (sums of communes, rates,
    weighted means) rather than read from the source; ``method`` says how.
    """

    indicator = models.CharField(_("indicateur"), max_length=40)
    level = models.CharField(_("niveau"), max_length=12, choices=Level.choices)
    code = models.CharField(_("code"), max_length=5)
    year = models.PositiveSmallIntegerField(_("année"))
    value = models.DecimalField(_("valeur"), max_digits=18, decimal_places=4)
    unit = models.CharField(_("unité"), max_length=20)
    source = models.CharField(_("source"), max_length=300)
    licence = models.CharField(_("licence"), max_length=120)
    computed = models.BooleanField(_("valeur calculée"), default=False)
    method = models.CharField(_("méthode de calcul"), max_length=300, blank=True)
    imported_at = models.DateTimeField(_("importé le"))

    class Meta:
        verbose_name = _("chiffre du territoire")
        verbose_name_plural = _("chiffres du territoire")
        ordering = ["indicator", "level", "code", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "level", "code", "year"], name="territory_figure_unique"
            )
        ]
        indexes = [models.Index(fields=["level", "code"], name="territory_figure_place")]

    def __str__(self):
        return f"{self.indicator} {self.level} {self.code} {self.year} = {self.value}"
