"""Follow-up of the participants before the seminar: who was invited, signed in, signed the
commitment, answered the questionnaire, has special needs; reminders and convocations."""

import django_filters
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from immersion.attendance.convocations import (
    convocation_drafts,
    convocation_status,
    queue_convocations,
)
from immersion.common.choices import Category
from immersion.logistics.followup import (
    CONDITIONS,
    Step,
    aggregate_counts,
    journeys_in_order,
    send_reminder,
    send_reminders,
    with_steps,
)
from immersion.notifications.models import EmailKind, EmailStatus
from immersion.placements.selectors import published_run
from immersion.www.lists import Column, ListPage
from immersion.www.mixins import SeminarMixin
from immersion.www.organizer.participant_filters import SEARCH_FIELDS
from immersion.www.organizer.training import ProviderRequiredMixin

FILTERS = {
    "non-invites": (gettext_lazy("Pas encore invités"), lambda j: not j.invited_at),
    "jamais-connectes": (gettext_lazy("Jamais connectés"), lambda j: not j.signed_in_at),
    "sans-engagement": (gettext_lazy("Engagement non signé"), lambda j: not j.commitment_at),
    "sans-questionnaire": (
        gettext_lazy("Questionnaire non rempli"),
        lambda j: not j.questionnaire_at,
    ),
    "besoins": (gettext_lazy("Besoins particuliers"), lambda j: j.has_needs),
    "a-relancer": (gettext_lazy("Relance possible maintenant"), lambda j: j.can_remind),
}

BULK_REMINDERS = [
    (Step.SIGN_IN, gettext_lazy("Relancer tous ceux qui ne se sont jamais connectés")),
    (Step.COMMITMENT, gettext_lazy("Relancer tous ceux qui n'ont pas signé l'engagement")),
    (Step.QUESTIONNAIRE, gettext_lazy("Relancer tous ceux qui n'ont pas répondu au questionnaire")),
]


def base_url(request) -> str:
    return request.build_absolute_uri("/")


class FollowUpFilter(django_filters.FilterSet):
    """The follow-up's filters, as conditions the database evaluates (``followup.CONDITIONS``)."""

    filtre = django_filters.ChoiceFilter(
        choices=[(key, label) for key, (label, _test) in FILTERS.items()],
        label=gettext_lazy("Étape"),
        method="by_step",
    )
    categorie = django_filters.ChoiceFilter(
        field_name="category",
        choices=Category.choices,
        label=gettext_lazy("Catégorie"),
        empty_label=gettext_lazy("Toutes"),
    )

    def by_step(self, queryset, name, value):
        return queryset.filter(CONDITIONS[value])


COLUMNS = [
    Column("nom", gettext_lazy("Participant"), ("last_name", "first_name")),
    Column("invitation", gettext_lazy("Invité"), ("invited_at", "last_name", "first_name")),
    Column("connexion", gettext_lazy("Connecté"), ("user__last_login", "last_name", "first_name")),
    Column(
        "engagement", gettext_lazy("Engagement"), ("commitment_signed", "last_name", "first_name")
    ),
    Column(
        "questionnaire",
        gettext_lazy("Questionnaire"),
        ("questionnaire_answered", "last_name", "first_name"),
    ),
    Column("besoins", gettext_lazy("Besoins")),
    Column("convocation", gettext_lazy("Convocation")),
    Column("relance", gettext_lazy("Relance")),
]


def followup_list(request, seminar) -> ListPage:
    return ListPage(
        request,
        with_steps(seminar.participants.active()).select_related("user"),
        columns=COLUMNS,
        default_sort="nom",
        search_fields=SEARCH_FIELDS,
        filterset_class=FollowUpFilter,
    )


class FollowUpView(SeminarMixin, TemplateView):
    """The journeys, 50 a page: filters, search and sort in the URL (www/lists.py); the
    figures come from one aggregate query and only the page's journeys are built."""

    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/followup.html"

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        listing = followup_list(self.request, seminar)
        rows = journeys_in_order(seminar, list(listing.page.object_list))
        convocations = convocation_status(seminar, [r.participant.pk for r in rows])
        for row in rows:
            row.convocation = convocations.get(row.participant.pk)
        current = self.request.GET.get("filtre", "")
        kwargs.update(
            list=listing,
            rows=rows,
            counts=aggregate_counts(seminar),
            filters=[(key, label) for key, (label, _test) in FILTERS.items()],
            current_filter=current if current in FILTERS else "",
            bulk_reminders=BULK_REMINDERS,
            published=published_run(seminar) is not None,
            convocation_drafts=convocation_drafts(seminar),
            can_change=self.request.user.has_perm("seminars.change_seminar", seminar),
            EmailStatus=EmailStatus,
        )
        return super().get_context_data(**kwargs)


class FollowUpActionMixin(SeminarMixin):
    http_method_names = ["post"]

    def back(self):
        url = reverse("organizer:followup", args=[self.seminar.pk])
        current = self.request.POST.get("filtre", "")
        return redirect(f"{url}?filtre={current}" if current in FILTERS else url)


class ReminderView(FollowUpActionMixin, View):
    def post(self, request, *args, **kwargs):
        participant = get_object_or_404(self.seminar.participants, pk=self.kwargs["pk"])
        try:
            send_reminder(actor=request.user, participant=participant, base_url=base_url(request))
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("Relance envoyée à %(name)s.") % {"name": participant.full_name},
            )
        return self.back()


class BulkReminderView(FollowUpActionMixin, View):
    def post(self, request, *args, **kwargs):
        step = request.POST.get("etape", "")
        if step not in Step.values:
            messages.error(request, _("Choisissez une étape à relancer."))
            return self.back()
        sent, skipped = send_reminders(
            actor=request.user, seminar=self.seminar, step=step, base_url=base_url(request)
        )
        if sent:
            messages.success(request, _("%(n)d relance(s) envoyée(s).") % {"n": sent})
        if skipped:
            messages.info(
                request,
                _("%(n)d personne(s) déjà relancée(s) il y a moins de 48 heures : pas de relance.")
                % {"n": skipped},
            )
        if not sent and not skipped:
            messages.info(request, _("Personne à relancer pour cette étape."))
        return self.back()


class ConvocationsView(FollowUpActionMixin, ProviderRequiredMixin, View):
    provider_document = gettext_lazy("les convocations")

    def post(self, request, *args, **kwargs):
        try:
            count = queue_convocations(
                actor=request.user, seminar=self.seminar, base_url=base_url(request)
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return self.back()
        if count:
            messages.success(
                request,
                _("%(n)d convocation(s) prête(s) : relisez-les puis envoyez-les.") % {"n": count},
            )
        else:
            messages.info(request, _("Toutes les convocations sont déjà préparées ou envoyées."))
        url = reverse("organizer:outbox", args=[self.seminar.pk])
        return redirect(f"{url}?statut={EmailStatus.DRAFT}&type={EmailKind.CONVOCATION}")
