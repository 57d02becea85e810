from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Sum
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, ListView, TemplateView

from immersion.attendance.checklist import StepState, seminar_checklist
from immersion.common.choices import Category, SiteKind
from immersion.seminars import services
from immersion.seminars.models import ItemKind, Seminar, SeminarStatus
from immersion.sites.models import Offer
from immersion.www.mixins import OrganizerRequiredMixin, SeminarMixin, add_validation_error
from immersion.www.organizer.forms import SeminarForm
from immersion.www.organizer.participant_filters import category_counts, seminar_counts


class SeminarListView(OrganizerRequiredMixin, ListView):
    template_name = "www/organizer/seminar_list.html"
    context_object_name = "seminars"

    def get_queryset(self):
        return Seminar.objects.visible_to(self.request.user).with_counts().order_by("-start_date")


class SeminarCreateView(OrganizerRequiredMixin, FormView):
    permission_required = "seminars.add_seminar"
    template_name = "www/organizer/seminar_form.html"
    form_class = SeminarForm

    def get_initial(self):
        return {"city_code": "35238"}

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            seminar = services.create_seminar(
                actor=self.request.user,
                title=data["title"],
                city_code=data["city_code"],
                city_name=data["city_name"],
                start_date=data["start_date"],
                venue=data["venue"],
                objectives=data["objectives"] or None,
                audience=data["audience"] or None,
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Séminaire créé avec le programme type du séminaire « Vivez ma vie d'usager »."),
        )
        return redirect(seminar)


class SeminarUpdateView(SeminarMixin, FormView):
    template_name = "www/organizer/seminar_form.html"
    form_class = SeminarForm

    def get_initial(self):
        s = self.seminar
        return {
            "title": s.title,
            "city_code": s.city_code,
            "city_name": s.city_name,
            "start_date": s.start_date,
            "venue": s.venue,
            "objectives": s.objectives,
            "audience": s.audience,
        }

    def form_valid(self, form):
        try:
            services.update_seminar(
                actor=self.request.user, seminar=self.seminar, **form.cleaned_data
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Séminaire enregistré."))
        return redirect(self.seminar)


def programme_by_day(seminar):
    """The programme as a list of (day number, date, items), for the timeline."""
    by_day = defaultdict(list)
    for item in seminar.programme_items.all():
        by_day[(timezone.localtime(item.starts_at).date() - seminar.start_date).days + 1].append(
            item
        )
    return [
        (day, seminar.date_of_day(day), by_day.get(day, []))
        for day in range(1, len(seminar.days) + 1)
    ]


# The seminar page's status buttons: (transition, label) by status; undo buttons are secondary.
TRANSITION_BUTTONS = {
    SeminarStatus.DRAFT: [("open", gettext_lazy("Ouvrir les inscriptions"))],
    SeminarStatus.ASSIGNED: [("start", gettext_lazy("Démarrer le séminaire"))],
    SeminarStatus.RUNNING: [
        ("close", gettext_lazy("Clore le séminaire")),
        ("unstart", gettext_lazy("Annuler le démarrage")),
    ],
    SeminarStatus.CLOSED: [("reopen", gettext_lazy("Rouvrir le séminaire"))],
}

# Where each step of the checklist is done: (URL name, label).
STEP_ACTIONS = {
    "invite": ("organizer:participant_list", gettext_lazy("Inviter les participants")),
    "commitments": ("organizer:followup", gettext_lazy("Suivre les engagements")),
    "assignment": ("organizer:assignment_home", gettext_lazy("Calculer une affectation")),
    "convocations": ("organizer:followup", gettext_lazy("Préparer les convocations")),
    "debrief": ("notebook:seminar", gettext_lazy("Carnets d'observation")),
}


def step_actions(seminar, checklist) -> dict[str, tuple[str, str]]:
    """The link of each step that is not done nor blocked (a blocked step offers nothing)."""
    actions = {
        key: (reverse(name, args=[seminar.pk]), label)
        for key, (name, label) in STEP_ACTIONS.items()
    }
    actions["open"] = (
        reverse("organizer:seminar_transition", args=[seminar.pk, "open"]),
        gettext_lazy("Ouvrir les inscriptions"),
    )
    if checklist.draft_run_id:
        actions["publish"] = (
            reverse("organizer:assignment_publish", args=[seminar.pk, checklist.draft_run_id]),
            gettext_lazy("Publier l'affectation"),
        )
    if seminar.status == SeminarStatus.ASSIGNED:
        actions["days"] = (
            reverse("organizer:seminar_transition", args=[seminar.pk, "start"]),
            gettext_lazy("Démarrer le séminaire"),
        )
    elif seminar.status == SeminarStatus.RUNNING:
        actions["debrief"] = (
            reverse("organizer:seminar_transition", args=[seminar.pk, "close"]),
            gettext_lazy("Clore le séminaire"),
        )
    return {
        step.key: actions[step.key]
        for step in checklist.steps
        if step.state == StepState.NEXT and step.key in actions
    }


class SeminarDetailView(SeminarMixin, TemplateView):
    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/seminar_detail.html"

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        # Offers counted by the database (seats per half-day, sites, kinds): a few grouped
        # rows whatever the seminar's size.
        offers = Offer.objects.filter(seminar=seminar).order_by()
        seats = dict(
            offers.values("half_day_id").annotate(n=Sum("capacity")).values_list("half_day_id", "n")
        )
        offer_figures = offers.aggregate(count=Count("pk"), sites=Count("site_id", distinct=True))
        kinds = set(offers.values_list("site__kind", flat=True).distinct())
        half_days = list(seminar.half_days)
        counts = seminar_counts(seminar)
        categories = category_counts(seminar)
        can_change = self.request.user.has_perm("seminars.change_seminar", seminar)
        checklist = seminar_checklist(seminar)
        actions = step_actions(seminar, checklist) if can_change else {}
        kwargs.update(
            programme=programme_by_day(seminar),
            half_days=[(h, seats.get(h.pk, 0)) for h in half_days],
            offer_count=offer_figures["count"],
            site_count=offer_figures["sites"],
            kinds_offered=sorted(str(SiteKind(k).label) for k in kinds),
            participant_count=counts["total"],
            participant_counts=counts,
            categories=[(c.label, categories.get(c.value, 0)) for c in Category],
            transitions=TRANSITION_BUTTONS.get(seminar.status, []),
            checklist=[(step, actions.get(step.key)) for step in checklist.steps],
            checklist_done=checklist.done_count,
            checklist_current=checklist.current,
            can_change=can_change,
            can_debrief=self.request.user.has_perm("analysis.view_debrief", seminar),
            ItemKind=ItemKind,
        )
        return super().get_context_data(**kwargs)


def _long(date) -> str:
    return date_format(date, "l j F Y")


def _delay(date, today) -> str:
    days = (date - today).days
    return ngettext("dans %(n)d jour", "dans %(n)d jours", days) % {"n": days}


def date_warning(seminar, transition: str, today=None) -> str:
    """A warning when "Démarrer" or "Clore" is pressed far from the seminar's dates."""
    today = today or timezone.localdate()
    if transition not in ("start", "close"):
        return ""
    if today < seminar.start_date:
        return _("Le séminaire commence le %(date)s : %(delay)s.") % {
            "date": _long(seminar.start_date),
            "delay": _delay(seminar.start_date, today),
        }
    if transition == "close" and today < seminar.end_date:
        return _("Le séminaire se termine le %(date)s : %(delay)s.") % {
            "date": _long(seminar.end_date),
            "delay": _delay(seminar.end_date, today),
        }
    return ""


def transition_consequences(seminar, transition: str) -> list[str]:
    """What the transition will do, and to whom (counts), for its confirmation page."""
    n = seminar.participants.active().count()
    people = ngettext("%(n)d participant", "%(n)d participants", n) % {"n": n}
    if transition == "open":
        return [
            _(
                "Les inscriptions s'ouvrent : vous pourrez inviter les participants (%(people)s) "
                "et calculer une affectation."
            )
            % {"people": people},
            _("Cette étape ne peut pas être annulée."),
        ]
    if transition == "start":
        return [
            _("Le séminaire passe « En cours »."),
            _(
                "Pour %(people)s : le questionnaire « avant » se ferme ; "
                "le questionnaire « après » et les contraintes, leviers et innovations s'ouvrent."
            )
            % {"people": people},
            _("Vous pourrez annuler le démarrage."),
        ]
    if transition == "close":
        return [
            _("Le séminaire est clos : %(people)s le voient terminé et le suivi commence.")
            % {"people": people},
            _("Vous pourrez rouvrir le séminaire."),
        ]
    if transition == "unstart":
        return [
            _(
                "Le séminaire revient au statut « Affectation publiée ». Pour %(people)s, le "
                "questionnaire « avant » se rouvre jusqu'au début du séminaire."
            )
            % {"people": people},
        ]
    return [
        _("Le séminaire redevient « En cours » : %(people)s le voient à nouveau en cours.")
        % {"people": people},
    ]


TRANSITIONS = {
    "open": (services.open_seminar, gettext_lazy("Ouvrir les inscriptions")),
    "start": (services.start_seminar, gettext_lazy("Démarrer le séminaire")),
    "close": (services.close_seminar, gettext_lazy("Clore le séminaire")),
    "unstart": (services.unstart_seminar, gettext_lazy("Annuler le démarrage")),
    "reopen": (services.reopen_seminar, gettext_lazy("Rouvrir le séminaire")),
}

NOT_CONFIRMED = gettext_lazy("Rien n'a changé : confirmez l'action sur sa page de confirmation.")


def is_confirmed(request) -> bool:
    return request.POST.get("confirme") == "oui"


class SeminarTransitionView(SeminarMixin, TemplateView):
    """GET: a confirmation page saying what will happen and to whom; POST with
    ``confirme=oui``: the transition. A POST without it changes nothing."""

    template_name = "www/organizer/confirm_action.html"

    def dispatch(self, request, *args, transition, **kwargs):
        if transition not in TRANSITIONS:
            raise Http404
        self.transition = transition
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        offered = [key for key, _label in TRANSITION_BUTTONS.get(self.seminar.status, [])]
        if self.transition not in offered:
            # Nothing to confirm: the service would refuse it (its message says why).
            messages.error(
                request,
                _("Cette action n'est pas possible au statut « %(status)s ».")
                % {"status": self.seminar.get_status_display()},
            )
            return redirect(self.seminar)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        _action, label = TRANSITIONS[self.transition]
        kwargs.update(
            title=label,
            consequences=transition_consequences(self.seminar, self.transition),
            warning=date_warning(self.seminar, self.transition),
            confirm_label=label,
            cancel_url=self.seminar.get_absolute_url(),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        if not is_confirmed(request):
            messages.error(request, NOT_CONFIRMED)
            return redirect(request.path)
        action, _label = TRANSITIONS[self.transition]
        try:
            seminar = action(actor=request.user, seminar=self.seminar)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("Statut du séminaire : %(status)s.") % {"status": seminar.get_status_display()},
            )
        return redirect(self.seminar)
