"""The participant's space: their seminar(s), profile, commitment, questionnaire, programme.

Every page is scoped to the signed-in user's own participations: another participant's
page is a 404. Host sites appear only once the confidentiality commitment is signed.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from rules.contrib.views import PermissionRequiredMixin

from immersion.attendance.documents import (
    certificate_filename,
    own_certificate,
    render_certificate_pdf,
)
from immersion.contributions import services as contribution_services
from immersion.contributions.models import FIELD_OF_CATEGORY
from immersion.contributions.selectors import own_contributions
from immersion.documents.programme import (
    build_personal_programme,
    programme_filename,
    render_personal_programme_ics,
    render_personal_programme_pdf,
)
from immersion.engagement import services as engagement_services
from immersion.engagement.commitment import (
    COMMITMENT_INTRO,
    COMMITMENT_POINTS,
    COMMITMENT_TITLE,
    COMMITMENT_VERSION,
)
from immersion.engagement.models import Phase, ReceiptChannel
from immersion.engagement.selectors import (
    after_questionnaire_is_open,
    current_commitment,
    has_signed_commitment,
    journey_steps,
    questionnaire_items,
    response_for,
)
from immersion.evaluations.selectors import cold_evaluation_is_open, hot_evaluation_is_open
from immersion.observation.redaction import RedactionUnavailable, describe
from immersion.people import services as people_services
from immersion.people.models import Participant
from immersion.placements.selectors import published_run
from immersion.seminars.models import Phase as SeminarPhase
from immersion.www.mixins import add_validation_error
from immersion.www.participant.forms import (
    CommitmentForm,
    ContributionForm,
    ProfileForm,
    QuestionnaireForm,
)

UNAVAILABLE = gettext_lazy(
    "Le masquage automatique des données personnelles est momentanément indisponible : "
    "rien n'a été enregistré. Réessayez dans un instant."
)


def own_participations(user):
    return (
        Participant.objects.filter(user=user, withdrawn_at__isnull=True)
        .select_related("seminar")
        .order_by("seminar__start_date")
    )


class ParticipantSpaceMixin(PermissionRequiredMixin):
    permission_required = "accounts.access_participant_space"
    raise_exception = True

    @cached_property
    def participant(self) -> Participant:
        # Scoped by the signed-in user: someone else's participation is a 404.
        return get_object_or_404(own_participations(self.request.user), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        kwargs.setdefault("participant", self.participant)
        kwargs.setdefault("seminar", self.participant.seminar)
        return super().get_context_data(**kwargs)

    def dashboard_url(self):
        return reverse("participant:dashboard", args=[self.participant.pk])


class HomeView(PermissionRequiredMixin, TemplateView):
    permission_required = "accounts.access_participant_space"
    raise_exception = True
    template_name = "www/participant/home.html"

    def get(self, request, *args, **kwargs):
        participations = list(own_participations(request.user))
        if len(participations) == 1:
            return redirect("participant:dashboard", participations[0].pk)
        return self.render_to_response(self.get_context_data(participations=participations))


class DashboardView(ParticipantSpaceMixin, TemplateView):
    template_name = "www/participant/dashboard.html"

    def get_context_data(self, **kwargs):
        steps = journey_steps(self.participant)
        pending = [s for s in steps if not s.done and s.available]
        kwargs.update(
            steps=steps,
            current_step=pending[0] if pending else None,
            current_index=(steps.index(pending[0]) + 1) if pending else len(steps),
            signed=has_signed_commitment(self.participant),
            shared_analysis=after_questionnaire_is_open(self.participant),
            phase=self.participant.seminar.phase(),
            Phase=SeminarPhase,
            follow_up=hot_evaluation_is_open(self.participant),
            cold_evaluation=cold_evaluation_is_open(self.participant),
            certificate=own_certificate(self.participant),
        )
        return super().get_context_data(**kwargs)


class ProfileView(ParticipantSpaceMixin, FormView):
    template_name = "www/participant/profile.html"
    form_class = ProfileForm

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "participant": self.participant,
            "locked": people_services.profile_is_locked(self.participant),
        }

    def form_valid(self, form):
        try:
            people_services.complete_profile(
                actor=self.request.user, participant=self.participant, **form.service_data()
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Votre profil est enregistré."))
        return redirect(self.dashboard_url())


class CommitmentView(ParticipantSpaceMixin, FormView):
    template_name = "www/participant/commitment.html"
    form_class = CommitmentForm

    def get_context_data(self, **kwargs):
        kwargs.update(
            title=COMMITMENT_TITLE,
            intro=COMMITMENT_INTRO,
            points=COMMITMENT_POINTS,
            version=COMMITMENT_VERSION,
            signature=current_commitment(self.participant),
            earlier=has_signed_commitment(self.participant),
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            engagement_services.sign_commitment(
                actor=self.request.user,
                participant=self.participant,
                accepted=form.cleaned_data["accepted"],
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Merci : votre engagement de confidentialité est signé."))
        return redirect(self.dashboard_url())


class QuestionnaireView(ParticipantSpaceMixin, FormView):
    template_name = "www/participant/questionnaire.html"
    form_class = QuestionnaireForm
    phase = Phase.BEFORE

    @cached_property
    def response(self):
        return response_for(self.participant, self.phase)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "items": questionnaire_items(self.phase, self.participant),
            "response": self.response,
        }

    def get_context_data(self, **kwargs):
        kwargs.update(
            response=self.response,
            is_open=engagement_services.questionnaire_is_open(self.participant, self.phase),
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            engagement_services.submit_questionnaire(
                actor=self.request.user,
                participant=self.participant,
                phase=self.phase,
                **form.service_data(),
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
            return self.form_invalid(form)
        except RedactionUnavailable:
            form.add_error(None, UNAVAILABLE)
            response = self.form_invalid(form)
            response.status_code = 503
            return response
        messages.success(self.request, _("Merci : vos réponses sont enregistrées."))
        return redirect(self.dashboard_url())


class AfterQuestionnaireView(QuestionnaireView):
    """The same items as "before" (code and version), at the start of the shared analysis,
    plus two open questions; answering "before" is not required."""

    template_name = "www/participant/questionnaire_after.html"
    phase = Phase.AFTER

    def get_context_data(self, **kwargs):
        kwargs["answered_before"] = response_for(self.participant, Phase.BEFORE) is not None
        return super().get_context_data(**kwargs)


class ContributionsView(ParticipantSpaceMixin, FormView):
    """Constraints, levers and innovations, posted from the participant's phone during the
    shared analysis; the participant sees their own. Anyone else: 404."""

    template_name = "www/participant/contributions.html"
    form_class = ContributionForm
    permission_required = "contributions.post_contribution"

    def get_permission_object(self):
        return self.participant

    def handle_no_permission(self):
        raise Http404

    def get_initial(self):
        return {"field": FIELD_OF_CATEGORY.get(self.participant.category, "")}

    def get_context_data(self, **kwargs):
        kwargs.update(
            is_open=contribution_services.posting_is_open(self.participant),
            contributions=own_contributions(self.participant),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        if not contribution_services.posting_is_open(self.participant):
            messages.error(
                request,
                _("Les contributions s'ouvrent au moment de l'analyse partagée (séquence 4)."),
            )
            return redirect("participant:contributions", self.participant.pk)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            contribution = contribution_services.post_contribution(
                actor=self.request.user, participant=self.participant, **form.cleaned_data
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        except RedactionUnavailable:
            form.add_error(None, UNAVAILABLE)
            response = self.form_invalid(form)
            response.status_code = 503
            return response
        message = _("Merci : votre contribution est transmise à l'expert.")
        summary = contribution.redaction_summary
        if summary:
            message += " " + _("Masqué avant l'enregistrement : %(what)s.") % {
                "what": describe(summary)
            }
        messages.success(self.request, message)
        return redirect("participant:contributions", self.participant.pk)


class CommitmentRequiredMixin(ParticipantSpaceMixin):
    """Pages that show host sites: the commitment first."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and request.user.has_perm(
            "accounts.access_participant_space"
        ):
            if not request.user.has_perm("engagement.view_host_sites", self.participant):
                messages.info(
                    request,
                    _(
                        "Signez d'abord l'engagement de confidentialité : vos structures "
                        "d'immersion s'affichent ensuite."
                    ),
                )
                return redirect("participant:commitment", self.participant.pk)
        return super().dispatch(request, *args, **kwargs)


class ProgrammeView(CommitmentRequiredMixin, TemplateView):
    template_name = "www/participant/programme.html"

    def get_context_data(self, **kwargs):
        kwargs["programme"] = programme = build_personal_programme(self.participant)
        if programme.published:  # the personal programme, with its immersions: received
            note_receipt(self.request, self.participant, ReceiptChannel.PAGE)
        return super().get_context_data(**kwargs)


def note_receipt(request, participant, channel) -> None:
    if published_run(participant.seminar) is not None:
        engagement_services.record_programme_receipt(
            actor=request.user, participant=participant, channel=channel
        )


class ProgrammePdfView(CommitmentRequiredMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        note_receipt(request, self.participant, ReceiptChannel.PDF)
        response = HttpResponse(
            render_personal_programme_pdf(self.participant), content_type="application/pdf"
        )
        filename = programme_filename(self.participant, "pdf")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class CertificatePdfView(ParticipantSpaceMixin, TemplateView):
    """The participant's own certificate of completion, once the seminar is over and their
    attendance recorded; before that (or with no signed half-day) a 404."""

    def get(self, request, *args, **kwargs):
        if own_certificate(self.participant) is None:
            raise Http404(_("Aucun certificat de réalisation n'est disponible."))
        response = HttpResponse(
            render_certificate_pdf(self.participant), content_type="application/pdf"
        )
        filename = certificate_filename(self.participant)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class ProgrammeIcsView(CommitmentRequiredMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        note_receipt(request, self.participant, ReceiptChannel.ICS)
        response = HttpResponse(
            render_personal_programme_ics(self.participant),
            content_type="text/calendar; charset=utf-8",
        )
        filename = programme_filename(self.participant, "ics")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class SharedProgrammeView(ParticipantSpaceMixin, TemplateView):
    """The seminar's programme, the same for everyone (no host site in it)."""

    template_name = "www/participant/shared_programme.html"

    def get_context_data(self, **kwargs):
        seminar = self.participant.seminar
        items = list(seminar.programme_items.order_by("starts_at", "id"))
        days = {}
        for item in items:
            days.setdefault(item.day, []).append(item)
        kwargs["programme"] = [
            (day, seminar.date_of_day(day), entries) for day, entries in sorted(days.items())
        ]
        return super().get_context_data(**kwargs)
