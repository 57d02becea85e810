"""Bulk actions on the participant list's selection (its query string: filters, search):
invite, withdraw, print — besides remind and export (participants.py). Each shows a
confirmation page that says how many people and what will happen (which e-mail), then the
work is queued in the background with a progress page (EmailBatch, ``batch_progress``), all
or nothing; a second click follows the batch already on its way (printing starts a new
sheet each time: the selection or the half-day may differ)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from immersion.accounts.services import INVITATION_LIFETIME
from immersion.attendance import printing
from immersion.attendance.halfdays import training_half_days
from immersion.common.files import unexpired_files
from immersion.engagement import invitations, withdrawals
from immersion.notifications.models import EmailBatch, EmailKind
from immersion.placements.models import AssignmentRun, RunStatus
from immersion.www.mixins import SeminarMixin
from immersion.www.organizer.batch_progress import BatchProgressView
from immersion.www.organizer.participant_filters import describe_selection, participant_list
from immersion.www.organizer.participants import render_subject, selection_url
from immersion.www.organizer.training import ProviderRequiredMixin, pdf_response


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


class WithdrawalBatchView(BatchProgressView):
    """The progress of a selection's withdrawal, then the new proposal it led to."""

    template_name = "www/organizer/withdraw_batch.html"
    kind = EmailKind.WITHDRAWAL
    status_url_name = "organizer:participant_withdraw_batch_status"

    def get_context_data(self, **kwargs):
        kwargs = super().get_context_data(**kwargs)
        batch = kwargs["batch"]
        if batch.is_finished:
            kwargs["proposal"] = (
                AssignmentRun.objects.filter(
                    seminar=self.seminar, status=RunStatus.DRAFT, created_at__gte=batch.created_at
                )
                .only("pk", "number")
                .first()
            )
        return kwargs


class PrintSelectionView(ProviderRequiredMixin, SelectionMixin, TemplateView):
    """« Imprimer la sélection »: how many people, one button per half-day of the training
    (those unavailable on a half-day are not on its sheet); the sheet is rendered in the
    background (POST ``demi_journee``), then downloaded from its progress page."""

    template_name = "www/organizer/print_selection.html"
    seminar_permission = "seminars.view_seminar"
    provider_document = gettext_lazy("la feuille d'émargement")

    def get_context_data(self, **kwargs):
        listing = self.get_listing()
        count = listing.queryset.filter(withdrawn_at=None).count()
        kwargs.update(
            list=listing,
            count=count,
            too_many=count > printing.PRINT_LIMIT,
            limit=printing.PRINT_LIMIT,
            half_days=training_half_days(self.seminar),
            back_url=selection_url(self.seminar, listing),
            selection=describe_selection(listing),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        listing = self.get_listing()
        try:
            batch = printing.start_print_batch(
                actor=request.user,
                seminar=self.seminar,
                half_day_code=request.POST.get("demi_journee", ""),
                participants=listing.queryset,
                selection=describe_selection(listing, search_text=False),
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect(request.get_full_path())
        return redirect("organizer:participant_print_batch", self.seminar.pk, batch.pk)


class PrintBatchView(BatchProgressView):
    """The progress of a selection's sheet, then its download link (for a day)."""

    template_name = "www/organizer/print_batch.html"
    kind = EmailKind.PRINT
    status_url_name = "organizer:participant_print_batch_status"

    def get_context_data(self, **kwargs):
        kwargs = super().get_context_data(**kwargs)
        batch = kwargs["batch"]
        if batch.document_id:
            kwargs["document"] = unexpired_files().filter(pk=batch.document_id).first()
        return kwargs


class PrintDownloadView(SeminarMixin, View):
    """The sheet a print batch produced: for the seminar's organizers only, until it expires
    (404 afterwards, as for another seminar's batch)."""

    seminar_permission = "seminars.view_seminar"

    def get(self, request, *args, **kwargs):
        batch = get_object_or_404(
            EmailBatch.objects.filter(seminar=self.seminar, kind=EmailKind.PRINT),
            pk=kwargs["batch_pk"],
        )
        if batch.document_id is None:
            raise Http404
        stored = get_object_or_404(unexpired_files().defer(None), pk=batch.document_id)
        response = pdf_response(bytes(stored.content), stored.filename)
        response["Cache-Control"] = "private, no-store"
        return response
