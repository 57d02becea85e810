"""Bulk actions on the participant list's selection (its query string: filters, search):
invite, withdraw, print — besides remind and export (participants.py). Each shows a
confirmation page that says how many people and what will happen (which e-mail), then the
work is queued in the background with a progress page (EmailBatch), all or nothing; a
second click follows the batch already on its way."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from immersion.accounts.services import INVITATION_LIFETIME
from immersion.attendance import documents
from immersion.attendance.halfdays import get_half_day, training_half_days
from immersion.engagement import invitations, withdrawals
from immersion.notifications.models import EmailBatch, EmailKind
from immersion.placements.models import AssignmentRun, RunStatus
from immersion.www.mixins import SeminarMixin
from immersion.www.organizer.participant_filters import describe_selection, participant_list
from immersion.www.organizer.participants import render_subject, selection_url
from immersion.www.organizer.training import ProviderRequiredMixin, pdf_response

# A sheet of more people than this is split by the organizer (by category, half-day…):
# WeasyPrint renders about 15 rows a page, in the request.
PRINT_LIMIT = 600


class SelectionMixin(SeminarMixin):
    def get_listing(self):
        return participant_list(self.request, self.seminar)

    def refuse(self, exc, listing):
        for message in exc.messages:
            messages.error(self.request, message)
        return redirect(selection_url(self.seminar, listing))


class InviteSelectionView(SelectionMixin, TemplateView):
    """« Inviter les N personnes de cette sélection » (those not invited yet)."""

    template_name = "www/organizer/invite_selection_confirm.html"

    def get_context_data(self, **kwargs):
        listing = self.get_listing()
        pending = invitations.participants_to_invite(self.seminar).filter(
            pk__in=listing.queryset.values("pk")
        )
        kwargs.update(
            list=listing,
            count=pending.count(),
            subject=render_subject(self.seminar, "emails/invitation_participant_subject.txt"),
            lifetime_days=INVITATION_LIFETIME.days,
            back_url=selection_url(self.seminar, listing),
            selection=describe_selection(listing),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        listing = self.get_listing()
        try:
            batch = invitations.start_invitation_batch(
                actor=request.user,
                seminar=self.seminar,
                base_url=request.build_absolute_uri("/"),
                participants=listing.queryset,
            )
        except ValidationError as exc:
            return self.refuse(exc, listing)
        return redirect("organizer:participant_invite_batch", self.seminar.pk, batch.pk)


class WithdrawSelectionView(SelectionMixin, TemplateView):
    """« Désister les N personnes de cette sélection »: what happens to their immersions and
    their scheduled e-mails, then the withdrawal in the background (POST ``confirme=oui``)."""

    template_name = "www/organizer/withdraw_selection_confirm.html"

    def get_context_data(self, **kwargs):
        listing = self.get_listing()
        kwargs.update(
            list=listing,
            plan=withdrawals.withdrawal_plan(self.seminar, listing.queryset),
            published=AssignmentRun.objects.filter(
                seminar=self.seminar, status=RunStatus.PUBLISHED
            ).exists(),
            back_url=selection_url(self.seminar, listing),
            selection=describe_selection(listing),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        listing = self.get_listing()
        if request.POST.get("confirme") != "oui":
            messages.error(
                request, _("Rien n'a changé : confirmez l'action sur sa page de confirmation.")
            )
            return redirect(request.get_full_path())
        try:
            batch = withdrawals.start_withdrawal_batch(
                actor=request.user, seminar=self.seminar, participants=listing.queryset
            )
        except ValidationError as exc:
            return self.refuse(exc, listing)
        return redirect("organizer:participant_withdraw_batch", self.seminar.pk, batch.pk)


class WithdrawalBatchView(SeminarMixin, TemplateView):
    """The progress of a selection's withdrawal (polled by htmx; works without JavaScript)."""

    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/withdraw_batch.html"
    fragment = False

    def get_template_names(self):
        if self.fragment:
            return ["www/organizer/_withdraw_batch_progress.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        batch = get_object_or_404(
            EmailBatch.objects.filter(seminar=self.seminar, kind=EmailKind.WITHDRAWAL),
            pk=self.kwargs["batch_pk"],
        )
        proposal = None
        if batch.is_finished:
            proposal = (
                AssignmentRun.objects.filter(
                    seminar=self.seminar, status=RunStatus.DRAFT, created_at__gte=batch.created_at
                )
                .only("pk", "number")
                .first()
            )
        kwargs.update(batch=batch, proposal=proposal)
        return super().get_context_data(**kwargs)


class PrintSelectionView(SelectionMixin, TemplateView):
    """« Imprimer la sélection »: the blank attendance sheet of the selection, one link per
    half-day of the training (those unavailable on a half-day are not on its sheet)."""

    template_name = "www/organizer/print_selection.html"
    seminar_permission = "seminars.view_seminar"

    def get_context_data(self, **kwargs):
        listing = self.get_listing()
        count = listing.queryset.filter(withdrawn_at=None).count()
        kwargs.update(
            list=listing,
            count=count,
            too_many=count > PRINT_LIMIT,
            limit=PRINT_LIMIT,
            half_days=training_half_days(self.seminar),
            back_url=selection_url(self.seminar, listing),
            selection=describe_selection(listing),
        )
        return super().get_context_data(**kwargs)


class PrintSelectionSheetView(ProviderRequiredMixin, SelectionMixin, View):
    """The PDF (tagged, WeasyPrint) of the selection's blank attendance sheet for one
    half-day."""

    seminar_permission = "seminars.view_seminar"
    provider_document = gettext_lazy("la feuille d'émargement")

    def get(self, request, *args, **kwargs):
        half_day = get_half_day(self.seminar, kwargs["half_day"])
        if half_day is None:
            raise Http404
        listing = self.get_listing()
        if listing.queryset.filter(withdrawn_at=None).count() > PRINT_LIMIT:
            messages.error(
                request,
                _(
                    "La sélection compte plus de %(n)d personnes : affinez-la (catégorie, "
                    "disponibilité, recherche) pour l'imprimer en plusieurs fois."
                )
                % {"n": PRINT_LIMIT},
            )
            url = reverse("organizer:participant_print_selection", args=[self.seminar.pk])
            return redirect(f"{url}?{listing.query_string}")
        content = documents.render_attendance_sheet_pdf(
            self.seminar,
            half_day,
            blank=True,
            participants=listing.queryset,
            selection=describe_selection(listing),
        )
        filename = documents.attendance_sheet_filename(self.seminar, half_day, blank=True)
        return pdf_response(content, filename.replace(".pdf", "-selection.pdf"))
