"""One row per anonymised free text of a seminar, for the observatory's full-text search.

The rows are a derived copy, never edited by hand: ``search.indexing`` writes them from the
sources (every write of a source sends ``common.signals.texts_written``; a new published
assignment or a withdrawal re-indexes the seminar; ``manage.py rebuild_search_index`` writes
them all again). A source's deletion deletes its row (the foreign keys cascade).

The full-text part lives beside the table, created by migration 0002 for the database in use:
- PostgreSQL: a stored generated column ``document`` (``to_tsvector('fr_unaccent', text)``,
  the French configuration with ``unaccent``) under a GIN index;
- SQLite: an FTS5 table ``search_searchtext_fts`` (external content, tokenizer ``unicode61
  remove_diacritics 2``) that three triggers keep in step with this table. Django's SQLite
  schema editor rebuilds a table to alter it, which drops its triggers: a migration that alters
  this model must create them again (``migrations/0002_fulltext.SQLITE_TRIGGERS``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    # The first three are the wall's quote kinds (debrief.models.SourceKind): same codes.
    SITUATION = "situation", _("Note de situation observée")
    ASTONISHMENT = "astonishment", _("Étonnement")
    AFTER_TEXT = "after_text", _("Réponse libre du questionnaire « après »")
    TUTOR_EXCHANGE = "tutor_exchange", _("Échange avec le tuteur")
    CONTRIBUTION = "contribution", _("Levier, innovation ou contrainte")


def _source(model: str):
    return models.ForeignKey(
        model, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )


class SearchText(models.Model):
    kind = models.CharField(_("source"), max_length=20, choices=Kind.choices)
    source_id = models.PositiveBigIntegerField(_("identifiant de la source"))
    seminar = models.ForeignKey(
        "seminars.Seminar", on_delete=models.CASCADE, related_name="+", verbose_name=_("séminaire")
    )
    # The source itself (one of them is set): its deletion deletes the row.
    situation = _source("observation.Situation")
    astonishment = _source("observation.Astonishment")
    tutor_exchange = _source("observation.TutorExchange")
    contribution = _source("contributions.Contribution")
    answer = _source("engagement.Answer")
    site_kind = models.CharField(_("type de structure"), max_length=20, blank=True)
    channel = models.CharField(_("canal"), max_length=30, blank=True)
    department = models.CharField(_("département"), max_length=3, blank=True)
    detail = models.CharField(_("précision"), max_length=20, blank=True)  # a contribution's kind
    text = models.TextField(_("texte anonymisé"))
    # The seminar's expert marked it publishable (debrief.QuoteMark) and did not hide it: the
    # only texts the observatory shows (search.selectors).
    publishable = models.BooleanField(_("publiable"), default=False)
    written_at = models.DateTimeField(_("écrit le"), null=True, blank=True)

    class Meta:
        verbose_name = _("texte indexé")
        verbose_name_plural = _("textes indexés")
        constraints = [
            models.UniqueConstraint(fields=["kind", "source_id"], name="one_search_text_per_source")
        ]
        indexes = [
            models.Index(fields=["seminar", "publishable"], name="search_seminar_publishable"),
            # The results' order (newest first): walked until a page of a common word is full.
            models.Index(fields=["-written_at", "-id"], name="search_newest_first"),
        ]

    def __str__(self):
        return f"{self.kind} #{self.source_id}"
