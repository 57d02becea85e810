"""The participant's engagement before the seminar: the confidentiality commitment and the
perception questionnaires.

Questionnaire items are versioned: an item's wording never changes under the same
(code, version). The "before" and "after" questionnaires ask the same items, so every
"after" answer pairs with the "before" answer to the same (code, version).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import Channel, SiteKind


class Commitment(models.Model):
    """A participant's signature of the confidentiality commitment, in one version of its text."""

    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="commitments",
    )
    version = models.CharField(_("version du texte"), max_length=20)
    text_digest = models.CharField(
        _("empreinte du texte"),
        max_length=64,
        help_text=_("SHA-256 du texte de référence (en français) signé dans cette version."),
    )
    signed_at = models.DateTimeField(_("signé le"))

    class Meta:
        verbose_name = _("engagement de confidentialité")
        verbose_name_plural = _("engagements de confidentialité")
        ordering = ["-signed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "version"], name="one_signature_per_commitment_version"
            )
        ]

    def __str__(self):
        return f"{self.participant} — v{self.version} ({self.signed_at:%Y-%m-%d})"


class Dimension(models.TextChoices):
    WAITING = "attente", _("Attente")
    CONTACT = "contact", _("Facilité de contact")
    INFORMATION = "information", _("Clarté de l'information")
    ONLINE = "en_ligne", _("Place des services en ligne")
    WORKING_CONDITIONS = "conditions_travail", _("Conditions de travail des agents")
    CHANNEL = "canal", _("Canal d'accueil")
    EXPECTATIONS = "attentes", _("Attentes du participant")
    LESSONS = "enseignements", _("Enseignements de l'immersion")


class Scale(models.TextChoices):
    LIKERT5 = "likert5", _("Accord, de 1 à 5")
    OPEN = "open", _("Réponse libre")


class Phase(models.TextChoices):
    BEFORE = "before", _("Avant le séminaire")
    AFTER = "after", _("Après le séminaire")


# The agreement scale (1-5). "Je ne sais pas" is stored as no value.
LIKERT_CHOICES = [
    (1, _("Pas du tout d'accord")),
    (2, _("Plutôt pas d'accord")),
    (3, _("Ni d'accord ni pas d'accord")),
    (4, _("Plutôt d'accord")),
    (5, _("Tout à fait d'accord")),
]


class QuestionnaireItemQuerySet(models.QuerySet):
    def current(self):
        return self.filter(retired=False)

    def for_phase(self, phase: str):
        return self.filter(models.Q(phase="") | models.Q(phase=phase))


class QuestionnaireItem(models.Model):
    code = models.CharField(_("code"), max_length=80)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    dimension = models.CharField(_("dimension"), max_length=30, choices=Dimension.choices)
    site_kind = models.CharField(
        _("type de structure"), max_length=20, choices=SiteKind.choices, blank=True
    )
    channel = models.CharField(_("canal"), max_length=30, choices=Channel.choices, blank=True)
    phase = models.CharField(
        _("questionnaire"),
        max_length=10,
        choices=Phase.choices,
        blank=True,
        help_text=_("Vide : posée avant et après le séminaire, pour comparer les réponses."),
    )
    text = models.CharField(_("énoncé"), max_length=300)
    scale = models.CharField(_("échelle"), max_length=10, choices=Scale.choices)
    position = models.PositiveSmallIntegerField(_("ordre"), default=0)
    retired = models.BooleanField(
        _("retirée"), default=False, help_text=_("Remplacée par une nouvelle version.")
    )

    objects = QuestionnaireItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["position", "code", "version"]
        constraints = [
            models.UniqueConstraint(fields=["code", "version"], name="unique_item_code_version")
        ]

    def __str__(self):
        return f"{self.code} v{self.version}"


class QuestionnaireResponse(models.Model):
    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="questionnaire_responses",
    )
    phase = models.CharField(_("questionnaire"), max_length=10, choices=Phase.choices)
    submitted_at = models.DateTimeField(_("envoyé le"))

    class Meta:
        verbose_name = _("réponse au questionnaire")
        verbose_name_plural = _("réponses aux questionnaires")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "phase"], name="one_response_per_participant_phase"
            )
        ]

    def __str__(self):
        return f"{self.participant} — {self.get_phase_display()}"


class Answer(models.Model):
    response = models.ForeignKey(
        QuestionnaireResponse,
        verbose_name=_("réponse"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    item = models.ForeignKey(
        QuestionnaireItem, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )
    value = models.PositiveSmallIntegerField(
        _("valeur"), null=True, blank=True, help_text=_("Vide : « je ne sais pas ».")
    )
    free_text = models.TextField(_("réponse libre"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("réponse à une question")
        verbose_name_plural = _("réponses aux questions")
        constraints = [
            models.UniqueConstraint(fields=["response", "item"], name="one_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True) | models.Q(value__gte=1, value__lte=5),
                name="answer_value_in_scale",
            ),
        ]

    def __str__(self):
        return f"{self.item} = {self.value if self.value is not None else self.free_text[:20]}"

    def clean(self):
        if self.item_id and self.item.scale == Scale.OPEN and self.value is not None:
            raise ValidationError({"value": _("Une question ouverte n'a pas de valeur.")})


class ReceiptChannel(models.TextChoices):
    PAGE = "page", _("page consultée")
    PDF = "pdf", _("PDF téléchargé")
    ICS = "ics", _("agenda téléchargé")


class ProgrammeReceipt(models.Model):
    """The participant viewed or downloaded their personal programme (first time, per way):
    the "programme" step of their journey is then done."""

    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="programme_receipts",
    )
    channel = models.CharField(_("moyen"), max_length=10, choices=ReceiptChannel.choices)
    received_at = models.DateTimeField(_("reçu le"))

    class Meta:
        verbose_name = _("réception du programme")
        verbose_name_plural = _("réceptions du programme")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "channel"], name="one_programme_receipt_per_channel"
            )
        ]

    def __str__(self):
        return f"{self.participant} — {self.get_channel_display()}"
