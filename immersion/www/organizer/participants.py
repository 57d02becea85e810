import base64

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import Context, engines
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from immersion.common.imports import ImportRejected
from immersion.common.tabular import CONTENT_TYPES, stream_csv, write_xlsx_file
from immersion.engagement import invitations
from immersion.logistics import followup
from immersion.notifications.models import EmailKind
from immersion.people import imports, services
from immersion.placements.services import propose_resolve_after_change
from immersion.www.mixins import SeminarMixin, add_validation_error
from immersion.www.organizer.batch_progress import BatchProgressView
from immersion.www.organizer.forms import ParticipantForm, ParticipantImportForm
from immersion.www.organizer.participant_filters import WITHDRAWN, participant_list


class ParticipantListView(SeminarMixin, TemplateView):
    """The participants as a long list: 50 a page, searched, filtered and sorted from the
    query string (www/lists.py); the selection can be reminded or exported as a whole."""

    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/participant_list.html"

    def get_context_data(self, **kwargs):
        listing = participant_list(self.request, self.seminar)
        participants = list(listing.page.object_list.prefetch_related("unavailable_half_days"))
        half_days = list(self.seminar.half_days)
        for p in participants:
            unavailable = {h.pk for h in p.unavailable_half_days.all()}
            p.available_labels = [h.half_day_label for h in half_days if h.pk not in unavailable]
        kwargs.update(
            list=listing,
            participants=participants,
            withdrawn_count=self.seminar.participants.exclude(withdrawn_at=None).count(),
            withdrawn_filter=WITHDRAWN,
        )
        return super().get_context_data(**kwargs)


class ParticipantFormMixin(SeminarMixin):
    template_name = "www/organizer/participant_form.html"
    form_class = ParticipantForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "seminar": self.seminar}

    def list_url(self):
        return reverse("organizer:participant_list", args=[self.seminar.pk])

    def form_valid(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if not k.startswith("pref_")}
        data["preferences"] = form.preferences()
        available = data.pop("available_half_days")
        try:
            self.save(data, available)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Participant enregistré."))
        return redirect(self.list_url())


class ParticipantCreateView(ParticipantFormMixin, FormView):
    def save(self, data, available):
        services.register_participant(
            actor=self.request.user, seminar=self.seminar, available_half_days=available, **data
        )


class ParticipantUpdateView(ParticipantFormMixin, FormView):
    def participant(self):
        return get_object_or_404(self.seminar.participants, pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.participant()}

    def get_context_data(self, **kwargs):
        kwargs["participant"] = self.participant()
        return super().get_context_data(**kwargs)

    def save(self, data, available):
        services.update_participant(
            actor=self.request.user,
            participant=self.participant(),
            available_half_days=available,
            **data,
        )


class ParticipantWithdrawView(SeminarMixin, TemplateView):
    template_name = "www/organizer/confirm_withdraw.html"

    def get_context_data(self, **kwargs):
        kwargs.update(
            participant=get_object_or_404(self.seminar.participants.active(), pk=self.kwargs["pk"]),
            cancel_url=reverse("organizer:participant_list", args=[self.seminar.pk]),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        participant = get_object_or_404(self.seminar.participants.active(), pk=self.kwargs["pk"])
        services.withdraw_participant(actor=request.user, participant=participant)
        messages.success(
            request, _("%(name)s est désisté(e) du séminaire.") % {"name": participant.full_name}
        )
        run = propose_resolve_after_change(
            actor=request.user,
            seminar=self.seminar,
            reason=_("Désistement de %(name)s") % {"name": participant.full_name},
        )
        if run is not None:
            messages.info(
                request,
                _(
                    "Un nouveau calcul a été lancé pour combler ce désistement en déplaçant le "
                    "moins de personnes possible : relisez-le puis publiez-le."
                ),
            )
            return redirect("organizer:assignment_run", self.seminar.pk, run.pk)
        return redirect("organizer:participant_list", self.seminar.pk)


class ParticipantReinstateView(SeminarMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        participant = get_object_or_404(
            self.seminar.participants.exclude(withdrawn_at=None), pk=self.kwargs["pk"]
        )
        services.reinstate_participant(actor=request.user, participant=participant)
        messages.success(
            request, _("%(name)s est de nouveau inscrit(e).") % {"name": participant.full_name}
        )
        return redirect("organizer:participant_list", self.seminar.pk)


class ParticipantImportView(SeminarMixin, FormView):
    template_name = "www/organizer/import.html"
    form_class = ParticipantImportForm

    def get_context_data(self, **kwargs):
        kwargs.update(
            title=_("Importer des participants"),
            columns=imports.COLUMNS,
            example_url=reverse("organizer:participant_export", args=[self.seminar.pk, "xlsx"]),
            template_url=reverse("organizer:participant_template", args=[self.seminar.pk]),
            cancel_url=reverse("organizer:participant_list", args=[self.seminar.pk]),
            half_day_codes=[h.half_day for h in self.seminar.half_days],
        )
        return super().get_context_data(**kwargs)

    def rejected(self, form, exc):
        already = any(e.column == imports.COL["email"].label for e in exc.errors) and (
            form.cleaned_data.get("mode") != ParticipantImportForm.UPDATE
        )
        return self.render_to_response(
            self.get_context_data(form=form, import_errors=exc.errors, offer_update=already)
        )

    def form_valid(self, form):
        uploaded = form.cleaned_data["file"]
        if form.cleaned_data["mode"] == ParticipantImportForm.UPDATE:
            return self.preview(form, uploaded)
        try:
            created = imports.import_participants(
                actor=self.request.user, seminar=self.seminar, uploaded=uploaded
            )
        except ImportRejected as exc:
            return self.rejected(form, exc)
        messages.success(self.request, _("%(n)d participant(s) importé(s).") % {"n": len(created)})
        return redirect("organizer:participant_list", self.seminar.pk)

    def preview(self, form, uploaded):
        uploaded.seek(0)
        content = uploaded.read()
        uploaded.seek(0)
        try:
            plan = imports.preview_update(seminar=self.seminar, uploaded=uploaded)
        except ImportRejected as exc:
            return self.rejected(form, exc)
        # The file waits in the session (the server side) until it is confirmed; the
        # confirmation checks it again and writes it whole or not at all.
        self.request.session[pending_update_key(self.seminar)] = {
            "name": uploaded.name,
            "content": base64.b64encode(content).decode("ascii"),
        }
        return render(
            self.request,
            "www/organizer/import_update_preview.html",
            {
                "seminar": self.seminar,
                "plan": plan,
                "confirm_url": reverse(
                    "organizer:participant_import_confirm", args=[self.seminar.pk]
                ),
                "cancel_url": reverse("organizer:participant_import", args=[self.seminar.pk]),
            },
        )


def pending_update_key(seminar) -> str:
    return f"participant_update_{seminar.pk}"


class ParticipantImportConfirmView(SeminarMixin, View):
    """Apply the update previewed from the file waiting in the session."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        pending = request.session.pop(pending_update_key(self.seminar), None)
        if pending is None:
            messages.error(
                request, _("Aucune mise à jour en attente : importez de nouveau le fichier.")
            )
            return redirect("organizer:participant_import", self.seminar.pk)
        uploaded = SimpleUploadedFile(pending["name"], base64.b64decode(pending["content"]))
        try:
            plan = imports.update_participants(
                actor=request.user, seminar=self.seminar, uploaded=uploaded
            )
        except ImportRejected as exc:
            view = ParticipantImportView(request=request, kwargs=self.kwargs)
            view.seminar = self.seminar
            return view.render_to_response(
                view.get_context_data(form=ParticipantImportForm(), import_errors=exc.errors)
            )
        messages.success(
            request,
            _("%(updated)d participant(s) mis à jour, %(created)d ajouté(s).")
            % {"updated": len(plan.updates), "created": len(plan.created)},
        )
        return redirect("organizer:participant_list", self.seminar.pk)


class ParticipantTemplateView(SeminarMixin, View):
    """The .xlsx import template, with this seminar's half-days in its drop-down lists."""

    seminar_permission = "seminars.view_seminar"

    def get(self, request, *args, **kwargs):
        response = HttpResponse(
            imports.template_xlsx(self.seminar), content_type=CONTENT_TYPES["xlsx"]
        )
        response["Content-Disposition"] = (
            f'attachment; filename="modele-participants-seminaire-{self.seminar.pk}.xlsx"'
        )
        return response


class ParticipantExportView(SeminarMixin, View):
    """Every participant, or the list's selection when the URL carries its filters; streamed
    (csv line by line, xlsx written in openpyxl's write-only mode to a temporary file)."""

    seminar_permission = "seminars.view_seminar"

    def get(self, request, *args, fmt, **kwargs):
        if fmt not in CONTENT_TYPES:
            raise Http404
        selection = participant_list(request, self.seminar).queryset if request.GET else None
        rows = imports.export_rows(self.seminar, selection)
        filename = f"participants-seminaire-{self.seminar.pk}.{fmt}"
        if fmt == "csv":
            response = StreamingHttpResponse(
                stream_csv(imports.EXPORT_HEADERS, rows), content_type=CONTENT_TYPES[fmt]
            )
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
        return FileResponse(
            write_xlsx_file(imports.EXPORT_HEADERS, rows, _("Participants")),
            as_attachment=True,
            filename=filename,
            content_type=CONTENT_TYPES[fmt],
        )


class ParticipantInviteView(SeminarMixin, View):
    """Send (or send again) the invitation e-mail with a sign-in link."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        participant = get_object_or_404(self.seminar.participants.active(), pk=self.kwargs["pk"])
        try:
            invitations.invite_participant(
                actor=request.user,
                participant=participant,
                base_url=request.build_absolute_uri("/"),
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _(
                    "Invitation à %(name)s mise en file d'attente : elle part dans quelques "
                    "instants."
                )
                % {"name": participant.full_name},
            )
        return redirect("organizer:participant_list", self.seminar.pk)


class ParticipantInviteAllView(SeminarMixin, TemplateView):
    """« Inviter tous »: a confirmation page (how many invitations, to whom), then the
    invitations are prepared in the background while a progress page follows them."""

    template_name = "www/organizer/invite_all_confirm.html"
    LISTED = 100

    def get_context_data(self, **kwargs):
        pending = list(invitations.participants_to_invite(self.seminar))
        kwargs.update(
            pending=pending[: self.LISTED],
            more=max(0, len(pending) - self.LISTED),
            count=len(pending),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        try:
            batch = invitations.start_invitation_batch(
                actor=request.user, seminar=self.seminar, base_url=request.build_absolute_uri("/")
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect("organizer:participant_list", self.seminar.pk)
        return redirect("organizer:participant_invite_batch", self.seminar.pk, batch.pk)


class InvitationBatchView(BatchProgressView):
    """The progress of « Inviter tous » or of a selection's invitations."""

    template_name = "www/organizer/invite_batch.html"
    kind = EmailKind.INVITATION
    status_url_name = "organizer:participant_invite_batch_status"


class ParticipantRemindSelectionView(SeminarMixin, TemplateView):
    """« Relancer les N personnes de cette sélection »: the list's selection (its query
    string) on a confirmation page — how many people, which e-mail —, then the reminders are
    prepared in the background while a progress page follows them."""

    template_name = "www/organizer/remind_selection_confirm.html"

    def get_context_data(self, **kwargs):
        listing = participant_list(self.request, self.seminar)
        kwargs.update(
            list=listing,
            count=followup.remindable(listing.queryset).count(),
            subject=render_email_subject(self.seminar),
            lifetime_days=followup.REMINDER_LINK_LIFETIME.days,
            back_url=selection_url(self.seminar, listing),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        listing = participant_list(request, self.seminar)
        try:
            batch = followup.start_reminder_batch(
                actor=request.user,
                seminar=self.seminar,
                participants=listing.queryset,
                base_url=request.build_absolute_uri("/"),
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect(selection_url(self.seminar, listing))
        return redirect("organizer:participant_remind_batch", self.seminar.pk, batch.pk)


def selection_url(seminar, listing) -> str:
    """The participant list showing this selection again (its first page)."""
    url = reverse("organizer:participant_list", args=[seminar.pk])
    return f"{url}?{listing.query_string}" if listing.query_string else url


def render_email_subject(seminar) -> str:
    """The reminder's subject as the participants will read it."""
    return render_subject(seminar, "emails/reminder_subject.txt")


def render_subject(seminar, template_name: str) -> str:
    """An e-mail's subject as the participants will read it (in the platform's language,
    like the e-mail itself)."""
    template = engines["django"].engine.get_template(template_name)
    with translation.override(settings.LANGUAGE_CODE):
        # Plain text, like the e-mail's subject: this page's template escapes it once.
        return " ".join(template.render(Context({"seminar": seminar}, autoescape=False)).split())


class ReminderBatchView(BatchProgressView):
    """The progress of a selection's reminders."""

    template_name = "www/organizer/remind_batch.html"
    kind = EmailKind.REMINDER
    status_url_name = "organizer:participant_remind_batch_status"
