"""What observers write during an immersion: situations, astonishments, the tutor exchange.

Free text is stored **redacted only** (immersion.privacy, through observation.redaction): the
services redact every free-text field before anything is saved, whatever the client sent. The
``redaction_summary`` columns count what was masked per label, never the values.

Every entry carries a client-generated ``client_id`` (UUID): the offline notebook queues
entries on the device and may send one twice; the client id makes every write idempotent.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from immersion.common.models import TimeStampedModel
from immersion.observation import grid

MAX_NOTE_LENGTH = 4000
MAX_MINUTES = 24 * 60
MAX_RINGS = 99


def tri_state_field(verbose_name):
    return models.CharField(
        verbose_name,
        max_length=12,
        choices=grid.as_choices(grid.TRI_STATE),
        default=grid.NOT_OBSERVED,
    )


def validate_redaction_summary(value) -> None:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and v >= 0 for k, v in value.items()
    ):
        raise ValidationError(_("Le résumé d'anonymisation compte des étiquettes."))


class Situation(TimeStampedModel):
    """One situation observed during an immersion (one person served, one call, one visit)."""

    placement = models.ForeignKey(
        "placements.Placement",
        verbose_name=_("immersion"),
        on_delete=models.CASCADE,
        related_name="situations",
    )
    client_id = models.UUIDField(
        _("identifiant client"),
        unique=True,
        help_text=_("Créé par l'appareil de l'observateur : un envoi répété n'ajoute rien."),
    )
    observed_at = models.TimeField(_("heure"))
    contact_reason = models.CharField(_("motif du contact"), max_length=40)
    waiting_minutes = models.PositiveSmallIntegerField(
        _("attente (minutes)"), null=True, blank=True, validators=[MaxValueValidator(MAX_MINUTES)]
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("durée (minutes)"), null=True, blank=True, validators=[MaxValueValidator(MAX_MINUTES)]
    )
    outcome = models.CharField(
        _("issue"), max_length=20, choices=grid.as_choices(grid.OUTCOMES), blank=True
    )
    oriented_to_right_person = tri_state_field(_("orienté vers la bonne personne"))
    agent_courteous = tri_state_field(_("agent courtois"))
    agent_gave_name = tri_state_field(_("l'agent se présente"))
    confidentiality_respected = tri_state_field(_("confidentialité préservée"))
    accessibility_ok = tri_state_field(_("accueil accessible"))
    non_digital_alternative_offered = tri_state_field(_("solution sans internet proposée"))
    rings_before_pickup = models.PositiveSmallIntegerField(
        _("sonneries avant le décroché"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_RINGS)],
    )
    sent_to_website = tri_state_field(_("renvoyé vers le site internet"))
    channel_checks = models.JSONField(
        _("autres critères"),
        default=dict,
        blank=True,
        help_text=_("Critères propres au canal : code → oui, non ou non observé."),
    )
    user_state = models.CharField(
        _("état apparent de l'usager"),
        max_length=20,
        choices=grid.as_choices(grid.USER_STATES),
        blank=True,
    )
    frictions = models.JSONField(_("irritants"), default=list, blank=True)
    note = models.TextField(_("note (anonymisée)"), blank=True)
    redaction_summary = models.JSONField(
        _("données masquées"), default=dict, blank=True, validators=[validate_redaction_summary]
    )

    class Meta:
        verbose_name = _("situation observée")
        verbose_name_plural = _("situations observées")
        ordering = ["placement", "observed_at", "created_at", "id"]

    def __str__(self):
        return f"{self.placement_id} — {self.observed_at:%H:%M}"

    @property
    def site_kind(self) -> str:
        return self.placement.offer.site.kind

    @property
    def channel(self) -> str:
        return self.placement.offer.channel

    def clean(self):
        errors = {}
        if self.placement_id:
            kind, channel = self.site_kind, self.channel
            if self.contact_reason not in grid.codes(grid.contact_reasons(kind, channel)):
                errors["contact_reason"] = _("Choisissez un motif de la liste.")
            if self.rings_before_pickup is not None and not grid.counts_rings(channel):
                errors["rings_before_pickup"] = _("Les sonneries ne se comptent qu'au téléphone.")
            if self.sent_to_website != grid.NOT_OBSERVED and not grid.counts_rings(channel):
                errors["sent_to_website"] = _("Ce critère ne concerne que le téléphone.")
            allowed = {c.code for c in grid.json_checks_for(channel)}
            answers = set(grid.codes(grid.TRI_STATE))
            checks = self.channel_checks if isinstance(self.channel_checks, dict) else None
            if checks is None or any(
                k not in allowed or v not in answers for k, v in checks.items()
            ):
                errors["channel_checks"] = _("Critère inconnu pour ce canal.")
        frictions = self.frictions if isinstance(self.frictions, list) else None
        if frictions is None or any(f not in grid.codes(grid.FRICTIONS) for f in frictions):
            errors["frictions"] = _("Irritant inconnu.")
        elif len(set(frictions)) != len(frictions):
            errors["frictions"] = _("Chaque irritant ne se coche qu'une fois.")
        if len(self.note or "") > MAX_NOTE_LENGTH:
            errors["note"] = _("La note dépasse %(n)d caractères.") % {"n": MAX_NOTE_LENGTH}
        if errors:
            raise ValidationError(errors)

    @property
    def contact_reason_label(self) -> str:
        return grid.label_of(
            grid.contact_reasons(self.site_kind, self.channel), self.contact_reason
        )

    @property
    def outcome_label(self) -> str:
        return grid.label_of(grid.OUTCOMES, self.outcome) if self.outcome else ""

    @property
    def user_state_label(self) -> str:
        return grid.label_of(grid.USER_STATES, self.user_state) if self.user_state else ""

    @property
    def friction_labels(self) -> list[str]:
        return [grid.label_of(grid.FRICTIONS, f) for f in self.frictions]

    @property
    def facts(self) -> list[str]:
        """Waiting, duration, rings and the user's state, in French, for the list of entries."""
        facts = []
        if self.waiting_minutes is not None:
            facts.append(_("attente %(n)d min") % {"n": self.waiting_minutes})
        if self.duration_minutes is not None:
            facts.append(_("durée %(n)d min") % {"n": self.duration_minutes})
        if self.rings_before_pickup is not None:
            facts.append(
                ngettext("%(n)d sonnerie", "%(n)d sonneries", self.rings_before_pickup)
                % {"n": self.rings_before_pickup}
            )
        if self.user_state:
            facts.append(_("usager %(state)s") % {"state": self.user_state_label.lower()})
        return facts

    def answered_checks(self) -> list[dict]:
        """The checks answered yes or no (not "not observed"), for display."""
        return [
            {
                "label": check.label,
                "answer": grid.label_of(grid.TRI_STATE, value),
                "good": value == check.good,
            }
            for check, value in self.check_answers()
            if value != grid.NOT_OBSERVED
        ]

    def check_answers(self) -> list[tuple[grid.Check, str]]:
        """(check, answer) for every check of the channel, in grid order."""
        answers = []
        for check in grid.checks_for(self.channel):
            if check.field:
                value = getattr(self, check.field)
            else:
                value = self.channel_checks.get(check.code, grid.NOT_OBSERVED)
            answers.append((check, value))
        return answers


class Astonishment(TimeStampedModel):
    """An "étonnement": what astonished the observer, written at any time of the immersion."""

    placement = models.ForeignKey(
        "placements.Placement",
        verbose_name=_("immersion"),
        on_delete=models.CASCADE,
        related_name="astonishments",
    )
    client_id = models.UUIDField(_("identifiant client"), unique=True)
    text = models.TextField(_("étonnement (anonymisé)"))
    written_at = models.DateTimeField(
        _("écrit le"),
        null=True,
        blank=True,
        help_text=_("Quand l'observateur l'a écrit (sur son téléphone, parfois hors réseau)."),
    )
    redaction_summary = models.JSONField(
        _("données masquées"), default=dict, blank=True, validators=[validate_redaction_summary]
    )

    class Meta:
        verbose_name = _("étonnement")
        verbose_name_plural = _("étonnements")
        ordering = ["placement", "created_at", "id"]

    def __str__(self):
        return f"{self.placement_id} — {self.when:%H:%M}"

    @property
    def when(self):
        """When it was written: on the device, or on arrival for an entry sent at once."""
        return self.written_at or self.created_at

    def clean(self):
        if len(self.text or "") > MAX_NOTE_LENGTH:
            raise ValidationError(
                {"text": _("Le texte dépasse %(n)d caractères.") % {"n": MAX_NOTE_LENGTH}}
            )


REPRESENTATIVENESS = (
    (1, _("Pas du tout représentatives")),
    (2, _("Peu représentatives")),
    (3, _("Moyennement représentatives")),
    (4, _("Plutôt représentatives")),
    (5, _("Tout à fait représentatives")),
)


class TutorExchange(TimeStampedModel):
    """Sequence 3: the 30-minute exchange with the tutor, written by the participant with them."""

    placement = models.OneToOneField(
        "placements.Placement",
        verbose_name=_("immersion"),
        on_delete=models.CASCADE,
        related_name="tutor_exchange",
    )
    client_id = models.UUIDField(_("identifiant client du dernier envoi"), unique=True)
    representativeness = models.PositiveSmallIntegerField(
        _("représentativité des situations observées"),
        null=True,
        blank=True,
        choices=REPRESENTATIVENESS,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    unusual_situations = models.TextField(_("situations inhabituelles (anonymisé)"), blank=True)
    constraints = models.TextField(_("contraintes du métier (anonymisé)"), blank=True)
    interests = models.TextField(_("intérêts du métier (anonymisé)"), blank=True)
    filled_with_tutor = models.BooleanField(_("rempli avec le tuteur"), default=False)
    redaction_summary = models.JSONField(
        _("données masquées"), default=dict, blank=True, validators=[validate_redaction_summary]
    )

    class Meta:
        verbose_name = _("échange avec le tuteur")
        verbose_name_plural = _("échanges avec les tuteurs")

    def __str__(self):
        return f"{self.placement_id}"

    def clean(self):
        errors = {}
        for name in ("unusual_situations", "constraints", "interests"):
            if len(getattr(self, name) or "") > MAX_NOTE_LENGTH:
                errors[name] = _("Le texte dépasse %(n)d caractères.") % {"n": MAX_NOTE_LENGTH}
        if errors:
            raise ValidationError(errors)


class SiteContactMix(TimeStampedModel):
    """What a host site declares as its usual mix of contact reasons (share of contacts, %)."""

    site = models.ForeignKey(
        "host_sites.HostSite",
        verbose_name=_("structure"),
        on_delete=models.CASCADE,
        related_name="contact_mix",
    )
    reason = models.CharField(_("motif"), max_length=40)
    share = models.PositiveSmallIntegerField(
        _("part des contacts (%)"), validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    class Meta:
        verbose_name = _("motif habituel de contact")
        verbose_name_plural = _("motifs habituels de contact")
        ordering = ["site", "-share", "reason"]
        constraints = [
            models.UniqueConstraint(fields=["site", "reason"], name="one_share_per_site_reason"),
            models.CheckConstraint(
                condition=models.Q(share__gte=1, share__lte=100), name="contact_share_percent"
            ),
        ]

    def __str__(self):
        return f"{self.site_id} {self.reason} {self.share} %"

    def clean(self):
        if self.site_id and self.reason not in grid.codes(
            grid.site_contact_reasons(self.site.kind)
        ):
            raise ValidationError({"reason": _("Motif inconnu pour ce type de structure.")})

    @property
    def reason_label(self) -> str:
        return grid.reason_label(self.site.kind, self.reason)
