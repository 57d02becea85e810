"""After the seminar: the participants' evaluations ("à chaud" at the end of the last day,
"à froid" two months later), the hosts' evaluation, the commitments reviewed at three
months, and the follow-up e-mails already queued (so that each goes once).

Free texts are redacted (the notebook's anonymiser) before they are stored.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.models import TimeStampedModel

SCORE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]
MAX_TEXT = 2000

# The seminar's four objectives (the founding text), in this order.
OBJECTIVES = [
    ("users", _("Mieux connaître le quotidien des usagers")),
    ("knowledge", _("Acquérir des connaissances concrètes pour décider")),
    ("practice", _("Confronter la pratique à la théorie")),
    ("astonished", _("Avoir appris et avoir été étonné")),
]
# The organisation, rated 1-5.
ORGANISATION = [
    ("sites", _("Les structures d'accueil")),
    ("tutors", _("Les tuteurs")),
    ("programme", _("Le programme")),
    ("logistics", _("La logistique")),
]
SCORE_CHOICES = [
    (1, _("1 — pas du tout")),
    (2, "2"),
    (3, "3"),
    (4, "4"),
    (5, _("5 — tout à fait")),
]


class Recommend(models.TextChoices):
    YES = "oui", _("Oui")
    MAYBE = "peut_etre", _("Peut-être")
    NO = "non", _("Non")


def score_field(label):
    return models.PositiveSmallIntegerField(
        label, null=True, blank=True, choices=SCORE_CHOICES, validators=SCORE_VALIDATORS
    )


def comment_field(label=None):
    return models.TextField(label or _("commentaire"), blank=True, max_length=MAX_TEXT)


class HotEvaluation(TimeStampedModel):
    """ "À chaud": filled on the phone at the end of the last day."""

    participant = models.OneToOneField(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="hot_evaluation",
    )
    users = score_field(_("mieux connaître le quotidien des usagers"))
    users_comment = comment_field()
    knowledge = score_field(_("connaissances concrètes pour décider"))
    knowledge_comment = comment_field()
    practice = score_field(_("confronter la pratique à la théorie"))
    practice_comment = comment_field()
    astonished = score_field(_("avoir appris et avoir été étonné"))
    astonished_comment = comment_field()
    sites = score_field(_("structures d'accueil"))
    tutors = score_field(_("tuteurs"))
    programme = score_field(_("programme"))
    logistics = score_field(_("logistique"))
    recommend = models.CharField(
        _("recommanderiez-vous le séminaire ?"),
        max_length=10,
        choices=Recommend.choices,
        blank=True,
    )
    free_text = comment_field(_("expression libre"))

    class Meta:
        verbose_name = _("évaluation à chaud")
        verbose_name_plural = _("évaluations à chaud")

    def __str__(self):
        return f"{self.participant} — {self._meta.verbose_name}"


class ColdEvaluation(TimeStampedModel):
    """ "À froid": two months after the seminar."""

    participant = models.OneToOneField(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="cold_evaluation",
    )
    used_since = comment_field(_("ce que vous avez utilisé depuis"))
    changed_decision = models.BooleanField(
        _("l'immersion a changé une décision ou une pratique"), null=True, blank=True
    )
    examples = comment_field(_("exemples"))

    class Meta:
        verbose_name = _("évaluation à froid")
        verbose_name_plural = _("évaluations à froid")

    def __str__(self):
        return f"{self.participant} — {self._meta.verbose_name}"


class HostRole(models.TextChoices):
    TUTOR = "tuteur", _("Tuteur")
    COORDINATOR = "referent", _("Référent de structure")


class HostEvaluation(TimeStampedModel):
    """Tutors and site coordinators, at the end of the seminar."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="host_evaluations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="host_evaluations",
    )
    role = models.CharField(_("rôle"), max_length=10, choices=HostRole.choices)
    hosting_useful = score_field(_("l'accueil a été utile"))
    observer_prepared = score_field(_("l'observateur était bien préparé"))
    host_again = models.CharField(
        _("accueilleriez-vous de nouveau ?"), max_length=10, choices=Recommend.choices, blank=True
    )
    comment = comment_field()

    class Meta:
        verbose_name = _("évaluation d'une structure d'accueil")
        verbose_name_plural = _("évaluations des structures d'accueil")
        constraints = [
            models.UniqueConstraint(fields=["seminar", "user"], name="one_host_evaluation")
        ]

    def __str__(self):
        return f"{self.seminar} — {self.get_role_display()}"


class CommitmentStatus(models.TextChoices):
    PENDING = "", _("Pas encore fait le point")
    DONE = "fait", _("Fait")
    IN_PROGRESS = "en_cours", _("En cours")
    DROPPED = "abandonne", _("Abandonné")


MAX_COMMITMENTS = 3


class ActionCommitment(TimeStampedModel):
    """What a participant commits to do, recorded at the debrief (1 to 3)."""

    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="action_commitments",
    )
    position = models.PositiveSmallIntegerField(_("rang"), validators=[MinValueValidator(1)])
    what = models.CharField(_("ce que je m'engage à faire"), max_length=300)
    due_by = models.DateField(_("pour quand"), null=True, blank=True)
    organisation = models.CharField(_("dans quelle organisation"), max_length=200, blank=True)
    status = models.CharField(
        _("où en est-il ?"),
        max_length=10,
        choices=CommitmentStatus.choices,
        blank=True,
        default=CommitmentStatus.PENDING,
    )
    review_comment = comment_field()
    reviewed_at = models.DateTimeField(_("point fait le"), null=True, blank=True)

    class Meta:
        verbose_name = _("engagement d'action")
        verbose_name_plural = _("engagements d'action")
        ordering = ["participant", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "position"], name="one_commitment_per_position"
            ),
            models.CheckConstraint(
                condition=models.Q(position__gte=1, position__lte=MAX_COMMITMENTS),
                name="at_most_three_commitments",
            ),
        ]

    def __str__(self):
        return f"{self.participant} — {self.position}"


class FollowUpKind(models.TextChoices):
    COLD = "a_froid", _("Évaluation à froid")
    COLD_REMINDER = "a_froid_relance", _("Relance de l'évaluation à froid")
    HOST = "accueil", _("Évaluation des structures d'accueil")
    COMMITMENTS = "engagements", _("Bilan des engagements")
    COMMITMENTS_REMINDER = "engagements_relance", _("Relance du bilan des engagements")


class FollowUpEmail(models.Model):
    """A follow-up e-mail queued for one person of one seminar: one per kind, ever."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="follow_up_emails",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("destinataire"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follow_up_emails",
    )
    kind = models.CharField(_("envoi"), max_length=30, choices=FollowUpKind.choices)
    email = models.ForeignKey(
        "notifications.OutgoingEmail",
        verbose_name=_("courriel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    queued_at = models.DateTimeField(_("mis en file le"))

    class Meta:
        verbose_name = _("courriel de suivi")
        verbose_name_plural = _("courriels de suivi")
        ordering = ["-queued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["seminar", "user", "kind"], name="one_follow_up_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.user_id}"
