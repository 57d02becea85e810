"""Signing attendance sheets (/emargement/): on the participant's own phone, or on the
organizer's tablet in kiosk mode (a list of names for the half-day: tap a name, sign)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from rules.contrib.views import PermissionRequiredMixin

from immersion.attendance import services
from immersion.attendance.halfdays import get_half_day, training_half_days
from immersion.attendance.models import AttendanceCode, Signature, SignaturePlace
from immersion.attendance.selectors import SheetRow, attendance_sheet, signatures_of
from immersion.people.models import Participant
from immersion.seminars.models import Seminar
from immersion.www.attendance.forms import CodeForm, DrawnSignatureForm
from immersion.www.mixins import add_validation_error
from immersion.www.organizer.attendance_lists import COLUMNS, attendance_list, sheet_participants


def mask_email(email: str) -> str:
    """c•••@example.fr: enough for the person to recognise, not for a bystander to read."""
    local, _sep, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}" if domain else "•••"


def with_programme(participants):
    """The participant with their seminar and its programme read once: the page and the
    signing service both find the half-day in it (``seminar.programme_items.all()``)."""
    return participants.select_related("seminar").prefetch_related("seminar__programme_items")


class SignPageMixin:
    """The signing page of one participant for one half-day: draw, or receive and type a code."""

    template_name = "www/attendance/sign.html"
    place = SignaturePlace.OWN_DEVICE

    def get_participant(self) -> Participant:
        raise NotImplementedError

    def success_url(self) -> str:
        raise NotImplementedError

    def back_url(self) -> str:
        return self.success_url()

    def override(self) -> bool:
        return False

    @cached_property
    def participant(self) -> Participant:
        return self.get_participant()

    @cached_property
    def half_day(self):
        half_day = get_half_day(self.participant.seminar, self.kwargs["half_day"])
        if half_day is None:
            raise Http404
        return half_day

    def active_code(self):
        return (
            AttendanceCode.objects.filter(
                participant=self.participant,
                half_day=self.half_day.code,
                used_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .order_by("-created_at")
            .first()
        )

    def get_context_data(self, **kwargs):
        participant, half_day = self.participant, self.half_day
        kwargs.setdefault("draw_form", DrawnSignatureForm())
        kwargs.setdefault("code_form", CodeForm())
        kwargs.setdefault("base_template", "base.html")
        kwargs.update(
            participant=participant,
            seminar=participant.seminar,
            half_day=half_day,
            signature=Signature.objects.filter(
                participant=participant, half_day=half_day.code
            ).first(),
            may_sign=half_day.is_today() or self.override(),
            code_sent=self.active_code() is not None,
            masked_email=mask_email(participant.email),
            back_url=self.back_url(),
            place=self.place,
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        participant, code = self.participant, self.half_day.code
        common = {
            "actor": request.user,
            "participant": participant,
            "half_day": code,
            "place": self.place,
        }
        if action == "draw":
            form = DrawnSignatureForm(request.POST)
            if form.is_valid():
                try:
                    services.sign_attendance(
                        **common, image=form.cleaned_data["image"], override=self.override()
                    )
                except ValidationError as exc:
                    add_validation_error(form, exc)
                else:
                    return self.signed()
            return self.render_to_response(self.get_context_data(draw_form=form))
        if action == "send_code":
            try:
                services.request_attendance_code(**common, override=self.override())
            except ValidationError as exc:
                for message in exc.messages:
                    messages.error(request, message)
            else:
                messages.success(
                    request,
                    _("Un code à 6 chiffres vient d'être envoyé à %(email)s.")
                    % {"email": mask_email(participant.email)},
                )
            return redirect(request.path + "#code")
        if action == "code":
            form = CodeForm(request.POST)
            if form.is_valid():
                try:
                    services.sign_attendance_with_code(
                        **common, code=form.cleaned_data["code"], override=self.override()
                    )
                except ValidationError as exc:
                    add_validation_error(form, exc)
                else:
                    return self.signed()
            return self.render_to_response(self.get_context_data(code_form=form))
        raise Http404

    def signed(self):
        messages.success(
            self.request,
            _("Merci, %(name)s : votre présence est enregistrée (%(half_day)s).")
            % {"name": self.participant.full_name, "half_day": self.half_day.label},
        )
        return redirect(self.success_url())


# --- The participant, on their own phone -----------------------------------------------------


class MySheetsView(TemplateView):
    template_name = "www/attendance/mine.html"

    def get_context_data(self, **kwargs):
        participations = []
        for participant in (
            Participant.objects.filter(user=self.request.user, withdrawn_at__isnull=True)
            .select_related("seminar")
            .order_by("seminar__start_date")
        ):
            signed = signatures_of(participant)
            participations.append(
                (
                    participant,
                    [(h, signed.get(h.code)) for h in training_half_days(participant.seminar)],
                )
            )
        kwargs["participations"] = participations
        return super().get_context_data(**kwargs)


class OwnSignView(SignPageMixin, TemplateView):
    place = SignaturePlace.OWN_DEVICE

    def get_participant(self):
        # Only one's own registration: anyone else's is a 404.
        return get_object_or_404(
            with_programme(
                Participant.objects.filter(user=self.request.user, withdrawn_at__isnull=True)
            ),
            pk=self.kwargs["participant_pk"],
        )

    def success_url(self):
        return reverse("attendance:mine")


# --- Kiosk mode: the organizer's tablet ------------------------------------------------------


class KioskMixin(PermissionRequiredMixin):
    permission_required = "attendance.run_kiosk"
    raise_exception = True

    @cached_property
    def seminar(self) -> Seminar:
        return get_object_or_404(
            Seminar.objects.visible_to(self.request.user), pk=self.kwargs["seminar_pk"]
        )

    def get_permission_object(self):
        return self.seminar

    def override_key(self, code: str) -> str:
        return f"attendance-override-{self.seminar.pk}-{code}"

    def override(self) -> bool:
        return bool(self.request.session.get(self.override_key(self.kwargs["half_day"])))

    def get_context_data(self, **kwargs):
        kwargs.setdefault("seminar", self.seminar)
        kwargs["base_template"] = "www/attendance/kiosk_base.html"
        return super().get_context_data(**kwargs)


class KioskHomeView(KioskMixin, TemplateView):
    template_name = "www/attendance/kiosk_home.html"

    def get_context_data(self, **kwargs):
        half_days = training_half_days(self.seminar)
        kwargs.update(half_days=half_days, today=next((h for h in half_days if h.is_today()), None))
        return super().get_context_data(**kwargs)


class KioskSheetView(KioskMixin, TemplateView):
    template_name = "www/attendance/kiosk_sheet.html"

    @cached_property
    def half_day(self):
        half_day = get_half_day(self.seminar, self.kwargs["half_day"])
        if half_day is None:
            raise Http404
        return half_day

    def get_context_data(self, **kwargs):
        """The names 50 a page with a search box (www/lists.py): at 2,000 participants a
        person types the start of their name rather than scrolls."""
        user, code = self.request.user, self.half_day.code
        listing = attendance_list(
            self.request,
            self.seminar,
            [self.half_day],
            columns=COLUMNS[:1],
            half_day=code,
            # What the tablet shows of each person, not their whole registration.
            fields=("seminar_id", "first_name", "last_name", "organisation"),
        )
        participants = list(listing.page.object_list)
        # The screen says who signed and when: the drawn signatures stay in the database.
        # The page's participants' signatures and the persons in charge's, in one query.
        signatures = Signature.objects.for_sheet(self.seminar, code).defer("image")
        on_page = list(
            signatures.filter(Q(participant__in=participants) | Q(participant__isnull=True))
        )
        signed = {s.participant_id: s for s in on_page if s.participant_id is not None}
        persons_in_charge = [s for s in on_page if s.participant_id is None]
        kwargs.update(
            half_day=self.half_day,
            list=listing,
            rows=[SheetRow(p, signed.get(p.pk)) for p in participants],
            signed_count=signatures.of_participants().count(),
            # Without a search or a filter, the list counted the whole sheet already.
            expected_count=listing.count
            if not listing.is_filtered
            else sheet_participants(self.seminar, code).count(),
            persons_in_charge=persons_in_charge,
            may_sign=self.half_day.is_today() or self.override(),
            override=self.override(),
            may_override=user.has_perm("attendance.override_day", self.seminar),
            i_certified=any(s.signer_id == user.pk for s in persons_in_charge),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        """Turn the organizer's override on or off for this half-day (logged when used)."""
        if not request.user.has_perm("attendance.override_day", self.seminar):
            raise Http404
        key = self.override_key(self.half_day.code)
        if request.POST.get("override") == "on":
            request.session[key] = True
            messages.warning(
                request,
                _("Dérogation active : cette feuille peut être signée hors de sa date."),
            )
        else:
            request.session.pop(key, None)
        return redirect(request.path)


class KioskSignView(KioskMixin, SignPageMixin, TemplateView):
    place = SignaturePlace.KIOSK

    def get_participant(self):
        return get_object_or_404(
            with_programme(self.seminar.participants.active()),
            pk=self.kwargs["participant_pk"],
        )

    def success_url(self):
        return reverse("attendance:kiosk", args=[self.seminar.pk, self.half_day.code])


class KioskCertifyView(KioskMixin, TemplateView):
    """The person in charge signs the half-day's sheet, at the end of it."""

    template_name = "www/attendance/certify.html"

    @cached_property
    def half_day(self):
        half_day = get_half_day(self.seminar, self.kwargs["half_day"])
        if half_day is None:
            raise Http404
        return half_day

    def sheet_url(self):
        return reverse("attendance:kiosk", args=[self.seminar.pk, self.half_day.code])

    def get_context_data(self, **kwargs):
        kwargs.setdefault("draw_form", DrawnSignatureForm())
        sheet = attendance_sheet(self.seminar, self.half_day, images=False)
        kwargs.update(
            half_day=self.half_day,
            sheet=sheet,
            signature=next(
                (s for s in sheet.persons_in_charge if s.signer_id == self.request.user.pk), None
            ),
            may_sign=self.half_day.is_today() or self.override(),
            back_url=self.sheet_url(),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        form = DrawnSignatureForm(request.POST)
        if form.is_valid():
            try:
                services.certify_attendance_sheet(
                    actor=request.user,
                    seminar=self.seminar,
                    half_day=self.half_day.code,
                    image=form.cleaned_data["image"],
                    override=self.override(),
                )
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                messages.success(request, _("Feuille d'émargement signée par le responsable."))
                return redirect(self.sheet_url())
        return self.render_to_response(self.get_context_data(draw_form=form))
