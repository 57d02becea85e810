"""Access and erasure: everything the platform holds about one person, found by their e-mail
address — exported (JSON and a readable PDF) or erased, by a platform administrator.

``find_person`` gathers the rows; ``export_person`` turns them into plain data (secrets —
password hashes, link and code hashes, signature drawings — are named, never copied);
``erasure_consequences`` says in French what the erasure will do and what cannot be undone;
``erase_person`` does it in one transaction: the person's participations are made anonymous
(their notes, answers and evaluations stay, anonymous, for the seminars' figures) and
withdrawn from seminars not closed yet, their tutor records anonymised, their e-mails'
addresses and bodies removed, their accounts deleted (sign-in links go with them; audit
entries keep an empty author), and the assignment runs' messages lose their name. The audit
log records the erasure with counts only.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from dataclasses import dataclass, field

from django.contrib.admin.models import LogEntry
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from immersion.accounts.models import SignInLink, User
from immersion.attendance.models import AttendanceCode, Signature
from immersion.common.audit import log_action
from immersion.common.models import AuditEntry
from immersion.contributions.models import Contribution
from immersion.engagement.models import (
    Answer,
    Commitment,
    ProgrammeReceipt,
    QuestionnaireResponse,
)
from immersion.evaluations.models import (
    ActionCommitment,
    ColdEvaluation,
    FollowUpEmail,
    HostEvaluation,
    HotEvaluation,
)
from immersion.gdpr import anonymise
from immersion.inverse.models import ReverseApplication, ReverseOffer
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.observation.models import Astonishment, Situation, TutorExchange
from immersion.people.models import Participant
from immersion.placements.models import AssignmentRun, Placement
from immersion.seminars.models import Seminar, SeminarStatus
from immersion.sites.models import HostSite, Tutor

# Never copied into an export: hashes and secrets, and the signature's drawing (its
# presence is said instead).
SECRET_FIELDS = {
    "password",
    "token_hash",
    "code_hash",
    "salt",
    "link_hash",
    "secret",
    "secret_token",
    "image",
}


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


@dataclass
class Person:
    email: str
    users: list = field(default_factory=list)
    participants: list = field(default_factory=list)
    tutors: list = field(default_factory=list)
    applications: list = field(default_factory=list)
    emails: models.QuerySet | None = None

    @property
    def found(self) -> bool:
        return bool(
            self.users
            or self.participants
            or self.tutors
            or self.applications
            or (self.emails is not None and self.emails.exists())
        )

    @property
    def names(self) -> list[str]:
        """The person's names as rows hold them (for the export's title and the erasure)."""
        seen = []
        for row in [*self.users, *self.participants, *self.tutors]:
            name = f"{row.first_name} {row.last_name}".strip()
            if name and name not in seen:
                seen.append(name)
        for application in self.applications:
            if application.name and application.name not in seen:
                seen.append(application.name)
        return seen


def find_person(email: str) -> Person:
    email = normalise_email(email)
    person = Person(email=email)
    if not email or email.endswith("@" + anonymise.ANONYMOUS_DOMAIN):
        person.emails = OutgoingEmail.objects.none()
        return person
    person.users = list(User.objects.filter(email__iexact=email))
    by_user = Q(user__in=person.users)
    person.participants = list(
        Participant.objects.filter(Q(email__iexact=email) | by_user)
        .select_related("seminar")
        .order_by("pk")
    )
    person.tutors = list(
        Tutor.objects.filter(Q(email__iexact=email) | by_user).select_related("site")
    )
    person.applications = list(
        ReverseApplication.objects.filter(email__iexact=email).select_related("offer__seminar")
    )
    person.emails = OutgoingEmail.objects.filter(
        Q(to_email__iexact=email) | Q(recipient__in=person.users)
    ).order_by("pk")
    return person


# -- Export ---------------------------------------------------------------------------------


def _value(value):
    if isinstance(value, dt.datetime):
        return (
            timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
        )
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    return value


def row(obj, *, exclude=()) -> dict:
    """A model row as plain data: its concrete fields (a relation as its id), secrets named."""
    data = {}
    for f in obj._meta.concrete_fields:
        if f.name in exclude:
            continue
        if f.name in SECRET_FIELDS:
            if getattr(obj, f.attname):
                data[f.name] = "[non exporté]"
            continue
        data[f.name] = _value(getattr(obj, f.attname))
    return data


def _rows(queryset, **kwargs) -> list[dict]:
    return [row(obj, **kwargs) for obj in queryset]


def export_person(person: Person) -> dict:
    """Everything held about the person, section by section (plain data, JSON-ready)."""
    participants = person.participants
    placements = Placement.objects.filter(participant__in=participants).order_by("pk")
    return {
        "personne": {"email": person.email, "noms": person.names},
        "exporte_le": timezone.localtime().isoformat(),
        "comptes": [
            {
                **row(user, exclude=("groups", "user_permissions")),
                "seminaires_organises": list(
                    Seminar.objects.filter(organizers=user).values_list("pk", flat=True)
                ),
                "seminaires_animes": list(
                    Seminar.objects.filter(experts=user).values_list("pk", flat=True)
                ),
                "structures_coordonnees": list(
                    HostSite.objects.filter(coordinator=user).values_list("pk", flat=True)
                ),
                "liens_de_connexion": _rows(SignInLink.objects.filter(user=user)),
            }
            for user in person.users
        ],
        "participations": [
            {
                **row(p),
                "seminaire": p.seminar.title,
                "demi_journees_indisponibles": [h.half_day for h in p.unavailable_half_days.all()],
            }
            for p in participants
        ],
        "engagements_signes": _rows(Commitment.objects.filter(participant__in=participants)),
        "reponses_questionnaires": [
            {**row(r), "reponses": _rows(Answer.objects.filter(response=r).order_by("pk"))}
            for r in QuestionnaireResponse.objects.filter(participant__in=participants)
        ],
        "programmes_recus": _rows(ProgrammeReceipt.objects.filter(participant__in=participants)),
        "affectations": _rows(placements),
        "carnet_situations": _rows(Situation.objects.filter(placement__in=placements)),
        "carnet_etonnements": _rows(Astonishment.objects.filter(placement__in=placements)),
        "carnet_echanges_tuteur": _rows(TutorExchange.objects.filter(placement__in=placements)),
        "emargements": _rows(
            Signature.objects.filter(
                Q(participant__in=participants) | Q(signer__in=person.users)
            ).order_by("pk")
        ),
        "codes_emargement": _rows(AttendanceCode.objects.filter(participant__in=participants)),
        "contributions": _rows(Contribution.objects.filter(author__in=participants)),
        "evaluations_a_chaud": _rows(HotEvaluation.objects.filter(participant__in=participants)),
        "evaluations_a_froid": _rows(ColdEvaluation.objects.filter(participant__in=participants)),
        "evaluations_accueil": _rows(HostEvaluation.objects.filter(user__in=person.users)),
        "engagements_d_action": _rows(
            ActionCommitment.objects.filter(participant__in=participants)
        ),
        "immersion_inversee_offres": _rows(ReverseOffer.objects.filter(host__in=participants)),
        "immersion_inversee_candidatures": _rows(person.applications),
        "tuteur_ou_tutrice": _rows(person.tutors),
        "courriels": _rows(person.emails),
        "journal_d_audit": [
            {
                "date": _value(e.created_at),
                "action": e.action,
                "objet": e.object_type,
                "identifiant": e.object_id,
            }
            for e in AuditEntry.objects.filter(actor__in=person.users).order_by("pk")
        ],
    }


SECTION_LABELS = {
    "comptes": gettext_lazy("Comptes"),
    "participations": gettext_lazy("Participations aux séminaires"),
    "engagements_signes": gettext_lazy("Engagements signés"),
    "reponses_questionnaires": gettext_lazy("Réponses aux questionnaires"),
    "programmes_recus": gettext_lazy("Programmes consultés"),
    "affectations": gettext_lazy("Affectations"),
    "carnet_situations": gettext_lazy("Carnet : situations observées"),
    "carnet_etonnements": gettext_lazy("Carnet : étonnements"),
    "carnet_echanges_tuteur": gettext_lazy("Carnet : échanges avec le tuteur"),
    "emargements": gettext_lazy("Émargements"),
    "codes_emargement": gettext_lazy("Codes d'émargement"),
    "contributions": gettext_lazy("Contributions"),
    "evaluations_a_chaud": gettext_lazy("Évaluations à chaud"),
    "evaluations_a_froid": gettext_lazy("Évaluations à froid"),
    "evaluations_accueil": gettext_lazy("Évaluations de l'accueil"),
    "engagements_d_action": gettext_lazy("Engagements d'action"),
    "immersion_inversee_offres": gettext_lazy("Immersion inversée : offres"),
    "immersion_inversee_candidatures": gettext_lazy("Immersion inversée : candidatures"),
    "tuteur_ou_tutrice": gettext_lazy("Tuteur ou tutrice"),
    "courriels": gettext_lazy("Courriels"),
    "journal_d_audit": gettext_lazy("Actions enregistrées au journal d'audit"),
}


def _readable(value):
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return " ; ".join(", ".join(f"{k} : {_readable(x)}" for k, x in v.items()) for v in value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} : {_readable(x)}" for k, x in value.items())
    if isinstance(value, bool):
        return _("oui") if value else _("non")
    return value


def readable_sections(export: dict) -> list[tuple[str, list[dict]]]:
    """The export's non-empty sections with their French title, for the PDF (nested lists
    written out as text)."""
    return [
        (label, [{k: _readable(v) for k, v in item.items()} for item in export[key]])
        for key, label in SECTION_LABELS.items()
        if export.get(key)
    ]


# -- Erasure --------------------------------------------------------------------------------


def _seminars_not_closed(person: Person) -> list:
    return [
        p
        for p in person.participants
        if p.seminar.status != SeminarStatus.CLOSED and p.withdrawn_at is None
    ]


def erasure_consequences(person: Person) -> list[str]:
    """What the erasure will do, in French, before it is confirmed."""
    lines = []
    participants = person.participants
    if participants:
        lines.append(
            ngettext(
                "%(n)d inscription à un séminaire sera anonymisée (nom, contacts, organisme, "
                "commune, besoins et régime effacés).",
                "%(n)d inscriptions à des séminaires seront anonymisées (nom, contacts, "
                "organisme, commune, besoins et régime effacés).",
                len(participants),
            )
            % {"n": len(participants)}
        )
    open_ones = _seminars_not_closed(person)
    placed = Placement.objects.published().filter(participant__in=open_ones).count()
    for p in open_ones:
        lines.append(
            _(
                "Le séminaire « %(title)s » n'est pas clos : la personne en sera désistée "
                "et ses convocations à venir annulées."
            )
            % {"title": p.seminar.title}
        )
    if placed:
        lines.append(
            ngettext(
                "%(n)d affectation publiée dans un séminaire non clos libérera sa place : "
                "relancez le calcul d'affectation si nécessaire.",
                "%(n)d affectations publiées dans des séminaires non clos libéreront leur "
                "place : relancez le calcul d'affectation si nécessaire.",
                placed,
            )
            % {"n": placed}
        )
    signed = Signature.objects.filter(participant__in=participants).count()
    if signed:
        lines.append(
            ngettext(
                "%(n)d demi-journée émargée : les attestations de présence déjà délivrées "
                "restent valables, mais ne pourront plus être produites à son nom.",
                "%(n)d demi-journées émargées : les attestations de présence déjà délivrées "
                "restent valables, mais ne pourront plus être produites à son nom.",
                signed,
            )
            % {"n": signed}
        )
    placements = Placement.objects.filter(participant__in=participants)
    notes = (
        Situation.objects.filter(placement__in=placements).count()
        + Astonishment.objects.filter(placement__in=placements).count()
        + TutorExchange.objects.filter(placement__in=placements).count()
    )
    if notes:
        lines.append(
            ngettext(
                "%(n)d note du carnet d'observation est conservée, anonyme (elle a été "
                "rédigée sans donnée personnelle).",
                "%(n)d notes du carnet d'observation sont conservées, anonymes (elles ont "
                "été rédigées sans donnée personnelle).",
                notes,
            )
            % {"n": notes}
        )
    if person.users:
        organised = Seminar.objects.filter(organizers__in=person.users).distinct().count()
        host_evaluations = HostEvaluation.objects.filter(user__in=person.users).count()
        lines.append(
            ngettext(
                "%(n)d compte sera supprimé, avec ses liens de connexion ; ses actions "
                "restent au journal d'audit sans auteur.",
                "%(n)d comptes seront supprimés, avec leurs liens de connexion ; leurs "
                "actions restent au journal d'audit sans auteur.",
                len(person.users),
            )
            % {"n": len(person.users)}
        )
        if organised:
            lines.append(
                ngettext(
                    "La personne n'organisera plus %(n)d séminaire.",
                    "La personne n'organisera plus %(n)d séminaires.",
                    organised,
                )
                % {"n": organised}
            )
        if host_evaluations:
            lines.append(
                ngettext(
                    "%(n)d évaluation de l'accueil sera supprimée.",
                    "%(n)d évaluations de l'accueil seront supprimées.",
                    host_evaluations,
                )
                % {"n": host_evaluations}
            )
    if person.tutors:
        lines.append(
            ngettext(
                "%(n)d fiche de tuteur ou tutrice sera anonymisée ; les offres qui la citent "
                "restent, sans nom.",
                "%(n)d fiches de tuteur ou tutrice seront anonymisées ; les offres qui les "
                "citent restent, sans nom.",
                len(person.tutors),
            )
            % {"n": len(person.tutors)}
        )
    emails = person.emails.count() if person.emails is not None else 0
    if emails:
        lines.append(
            ngettext(
                "%(n)d courriel perdra son adresse, son objet et son contenu.",
                "%(n)d courriels perdront leur adresse, leur objet et leur contenu.",
                emails,
            )
            % {"n": emails}
        )
    if person.applications:
        lines.append(
            ngettext(
                "%(n)d candidature à une immersion inversée sera anonymisée.",
                "%(n)d candidatures à une immersion inversée seront anonymisées.",
                len(person.applications),
            )
            % {"n": len(person.applications)}
        )
    lines.append(_("L'effacement est définitif : exportez d'abord les données si besoin."))
    return lines


@transaction.atomic
def erase_person(*, actor, email: str) -> dict[str, int]:
    """Erase everything held about the person with this address; counts of what changed."""
    person = find_person(email)
    if not person.found:
        return {}
    participants = Participant.objects.filter(pk__in=[p.pk for p in person.participants])
    needles = [*person.names, person.email, *anonymise.participant_needles(participants)]
    now = timezone.now()
    counts = {
        "withdrawn": participants.filter(pk__in=[p.pk for p in _seminars_not_closed(person)])
        .filter(withdrawn_at=None)
        .update(withdrawn_at=now),
    }
    # Waiting e-mails to the person are cancelled, then every e-mail loses its contents.
    person.emails.filter(
        status__in=[EmailStatus.DRAFT, EmailStatus.SCHEDULED, EmailStatus.QUEUED]
    ).update(status=EmailStatus.CANCELLED)
    counts["runs"] = anonymise.scrub_runs(
        AssignmentRun.objects.filter(seminar__participants__in=participants).distinct(), needles
    )
    counts["participants"] = anonymise.anonymise_participants(participants)
    counts["signatures"] = anonymise.anonymise_signatures(
        Signature.objects.filter(Q(participant__in=participants) | Q(signer__in=person.users))
    )
    counts["attendance_codes"] = anonymise.delete_attendance_codes(
        AttendanceCode.objects.filter(participant__in=participants)
    )
    counts["emails"] = anonymise.anonymise_emails(person.emails)
    counts["tutors"] = anonymise.anonymise_tutors(
        Tutor.objects.filter(pk__in=[t.pk for t in person.tutors])
    )
    counts["applications"] = anonymise.anonymise_applications(
        ReverseApplication.objects.filter(pk__in=[a.pk for a in person.applications])
    )
    counts["site_contacts"] = HostSite.objects.filter(email__iexact=person.email).update(email="")
    FollowUpEmail.objects.filter(user__in=person.users).delete()
    counts["accounts"] = (
        User.objects.filter(pk__in=[u.pk for u in person.users])
        .delete()[1]
        .get(User._meta.label, 0)
    )
    # Django's admin history names the objects it changed.
    for needle in needles:
        if needle and len(needle) > 2:
            LogEntry.objects.filter(object_repr__icontains=needle).update(object_repr="[effacé]")
    log_action(actor, "person.erase", None, **counts)
    return counts


def render_person_pdf(export: dict) -> bytes:
    """The export as a readable, tagged PDF in French (documents.pdf)."""
    from immersion.documents.pdf import render_pdf

    return render_pdf(
        "documents/person_export.html",
        {"export": export, "sections": readable_sections(export)},
    )
