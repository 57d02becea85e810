"""Training documents of a seminar (what a training organisation shows for Qualiopi): the
programme, the attendance sheets per half-day, the certificates of completion."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from immersion.attendance import documents, services
from immersion.attendance.halfdays import format_duration, get_half_day, training_half_days
from immersion.attendance.models import Signature, TrainingProvider
from immersion.attendance.selectors import (
    SheetRow,
    TrainingProviderMissing,
    attendance_overview,
    expected_participants,
    training_provider,
)
from immersion.common.forms import BaseForm, BaseModelForm
from immersion.www.lists import Column
from immersion.www.mixins import SeminarMixin, add_validation_error
from immersion.www.organizer.attendance_lists import COLUMNS, attendance_list, sheet_participants


def pdf_response(content: bytes, filename: str, *, inline: bool = True) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def provider_missing_response(request, seminar, document: str) -> HttpResponse:
    """409: a Qualiopi document names the training provider, which is not filled in yet.
    The page says what to fill in and links to the form."""
    return render(
        request,
        "www/organizer/training_provider_missing.html",
        {"seminar": seminar, "document": document},
        status=409,
    )


class ProviderRequiredMixin:
    """Refuse a Qualiopi document (attendance sheet, certificate, convocation) while the
    seminar's training provider is not filled in, rather than print the platform's name: the
    document's renderer raises ``TrainingProviderMissing`` (after the 404s of a wrong
    half-day or participant), answered here with a 409 page."""

    provider_document = gettext_lazy("ce document")

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except TrainingProviderMissing:
            return provider_missing_response(request, self.seminar, self.provider_document)


def signatures_by_participant(seminar, participants, half_day=None) -> dict[int, dict]:
    """{participant: {half-day code: signature}} for these participants only (one query)."""
    signatures = Signature.objects.filter(seminar=seminar, participant__in=participants)
    if half_day:
        signatures = signatures.filter(half_day=half_day)
    signed: dict[int, dict] = {}
    for s in signatures:
        signed.setdefault(s.participant_id, {})[s.half_day] = s
    return signed


TRAINING_COLUMNS = [
    *COLUMNS,
    Column("heures", gettext_lazy("Heures réalisées")),
    Column("certificat", gettext_lazy("Certificat")),
]


class TrainingView(SeminarMixin, TemplateView):
    """The training documents; the participants' attendance 50 a page (www/lists.py), their
    certificates computed for that page only."""

    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/training.html"

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        half_days = training_half_days(seminar)
        listing = attendance_list(self.request, seminar, half_days, columns=TRAINING_COLUMNS)
        participants = list(listing.page.object_list)
        signed = signatures_by_participant(seminar, participants)
        provider = training_provider(seminar)
        kwargs.update(
            provider=provider,
            provider_saved=provider.pk is not None,
            duration=format_duration(sum(h.minutes for h in half_days)),
            overview=attendance_overview(seminar, half_days),
            list=listing,
            certificates=[
                (p, documents.certificate_for(p, half_days, signed.get(p.pk, {})))
                for p in participants
            ],
            certificate_count=Signature.objects.filter(seminar=seminar, participant__isnull=False)
            .values("participant")
            .distinct()
            .count(),
            can_change=self.request.user.has_perm("seminars.change_seminar", seminar),
        )
        return super().get_context_data(**kwargs)


class TrainingProgrammePdfView(SeminarMixin, View):
    seminar_permission = "seminars.view_seminar"

    def get(self, request, *args, **kwargs):
        return pdf_response(
            documents.render_training_programme_pdf(self.seminar),
            documents.training_programme_filename(self.seminar),
        )


class ProviderForm(BaseModelForm):
    class Meta:
        model = TrainingProvider
        fields = [
            "name",
            "declaration_number",
            "representative_name",
            "representative_title",
            "prerequisites",
            "contact",
        ]
        widgets = {"prerequisites": forms.Textarea(attrs={"rows": 2})}


class ProviderView(SeminarMixin, FormView):
    template_name = "www/organizer/training_provider.html"
    form_class = ProviderForm

    def get_form_kwargs(self):
        provider = training_provider(self.seminar)
        if provider.pk is None:
            # The unsaved default names the platform: the organizer types the real provider's
            # name (Qualiopi documents wait for it), the rest is only a suggestion.
            provider.name = ""
        return {**super().get_form_kwargs(), "instance": provider}

    def form_valid(self, form):
        try:
            services.save_training_provider(
                actor=self.request.user, seminar=self.seminar, **form.cleaned_data
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Organisme de formation enregistré."))
        return redirect("organizer:training", self.seminar.pk)


class HalfDayMixin(SeminarMixin):
    @cached_property
    def half_day(self):
        half_day = get_half_day(self.seminar, self.kwargs["half_day"])
        if half_day is None:
            raise Http404
        return half_day


class PaperSheetForm(BaseForm):
    participants = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Présents d'après la feuille papier signée"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Cochez au moins un participant.")},
    )

    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["participants"]
        field.queryset = participants
        field.label_from_instance = lambda p: f"{p.last_name.upper()} {p.first_name}"


SHEET_COLUMNS = [
    COLUMNS[0],
    Column("signature", gettext_lazy("Signature")),
    Column("mode", gettext_lazy("Mode")),
    Column("horodatage", gettext_lazy("Horodatage"), ("signed_at", "last_name", "first_name")),
]


class AttendanceSheetView(HalfDayMixin, FormView):
    """One half-day's sheet for the organizer, 50 a page (www/lists.py): who signed, how,
    when; report a paper sheet for the unsigned people of the page."""

    template_name = "www/organizer/training_sheet.html"
    form_class = PaperSheetForm

    def unsigned(self):
        # Participants' signatures only: NOT IN with the person in charge's NULL matches nothing.
        signed = (
            Signature.objects.for_sheet(self.seminar, self.half_day.code)
            .of_participants()
            .values("participant_id")
        )
        return expected_participants(self.seminar).exclude(pk__in=signed)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "participants": self.unsigned()}

    @cached_property
    def listing(self):
        return attendance_list(
            self.request,
            self.seminar,
            [self.half_day],
            columns=SHEET_COLUMNS,
            half_day=self.half_day.code,
        )

    def get_context_data(self, **kwargs):
        code = self.half_day.code
        listing = self.listing
        participants = list(listing.page.object_list)
        signed = signatures_by_participant(self.seminar, participants, code)
        rows = [SheetRow(p, signed.get(p.pk, {}).get(code)) for p in participants]
        form = kwargs.get("form") or self.get_form()
        # The paper sheet's boxes: the unsigned people of this page (the field accepts any
        # unsigned participant of the sheet, so a filtered page works too).
        form.fields["participants"].widget.choices = [
            (r.participant.pk, f"{r.participant.last_name.upper()} {r.participant.first_name}")
            for r in rows
            if r.signature is None
        ]
        sheet_signatures = Signature.objects.for_sheet(self.seminar, code)
        kwargs.update(
            form=form,
            half_day=self.half_day,
            list=listing,
            rows=rows,
            signed_count=sheet_signatures.of_participants().count(),
            expected_count=sheet_participants(self.seminar, code).count(),
            persons_in_charge=list(sheet_signatures.of_persons_in_charge()),
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            count = services.record_paper_attendance(
                actor=self.request.user,
                seminar=self.seminar,
                half_day=self.half_day.code,
                participants=form.cleaned_data["participants"],
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(n)d présence(s) reportée(s) depuis la feuille papier.") % {"n": count},
        )
        return redirect(self.request.get_full_path())


class AttendanceSheetPdfView(HalfDayMixin, ProviderRequiredMixin, View):
    seminar_permission = "seminars.view_seminar"
    provider_document = gettext_lazy("la feuille d'émargement")
    blank = False

    def get(self, request, *args, **kwargs):
        return pdf_response(
            documents.render_attendance_sheet_pdf(self.seminar, self.half_day, blank=self.blank),
            documents.attendance_sheet_filename(self.seminar, self.half_day, blank=self.blank),
        )


class SignatureCancelView(HalfDayMixin, TemplateView):
    """Remove a signature recorded by mistake, after confirmation (logged)."""

    template_name = "www/organizer/confirm_delete.html"

    def signature(self):
        return get_object_or_404(
            Signature.objects.for_sheet(self.seminar, self.half_day.code), pk=self.kwargs["pk"]
        )

    def sheet_url(self):
        return reverse("organizer:training_sheet", args=[self.seminar.pk, self.half_day.code])

    def get_context_data(self, **kwargs):
        signature = self.signature()
        kwargs.update(
            object=_("la signature de %(name)s (%(half_day)s)")
            % {"name": signature.signer_name, "half_day": self.half_day.label},
            cancel_url=self.sheet_url(),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        signature = self.signature()
        services.cancel_signature(actor=request.user, signature=signature)
        messages.success(
            request, _("Signature de %(name)s retirée.") % {"name": signature.signer_name}
        )
        return redirect(self.sheet_url())


class CertificatePdfView(SeminarMixin, ProviderRequiredMixin, View):
    seminar_permission = "seminars.view_seminar"
    provider_document = gettext_lazy("le certificat de réalisation")

    def get(self, request, *args, **kwargs):
        participant = get_object_or_404(self.seminar.participants, pk=self.kwargs["participant_pk"])
        try:
            content = documents.render_certificate_pdf(participant)
        except documents.NoAttendance:
            messages.error(
                request,
                _("%(name)s n'a émargé aucune demi-journée : pas de certificat de réalisation.")
                % {"name": participant.full_name},
            )
            return redirect(reverse("organizer:training", args=[self.seminar.pk]) + "#certificats")
        return pdf_response(content, documents.certificate_filename(participant))


class CertificatesZipView(SeminarMixin, ProviderRequiredMixin, View):
    seminar_permission = "seminars.view_seminar"
    provider_document = gettext_lazy("les certificats de réalisation")

    def get(self, request, *args, **kwargs):
        response = HttpResponse(
            documents.render_certificates_zip(self.seminar), content_type="application/zip"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{documents.certificates_zip_filename(self.seminar)}"'
        )
        return response
