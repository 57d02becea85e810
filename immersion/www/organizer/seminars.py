from collections import Counter, defaultdict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, ListView, TemplateView, View

from immersion.common.choices import Category, SiteKind
from immersion.seminars import services
from immersion.seminars.models import ItemKind, Seminar, SeminarStatus
from immersion.sites.models import Offer
from immersion.www.mixins import OrganizerRequiredMixin, SeminarMixin, add_validation_error
from immersion.www.organizer.forms import SeminarForm


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


TRANSITION_BUTTONS = {
    SeminarStatus.DRAFT: ("open", gettext_lazy("Ouvrir les inscriptions")),
    SeminarStatus.ASSIGNED: ("start", gettext_lazy("Démarrer le séminaire")),
    SeminarStatus.RUNNING: ("close", gettext_lazy("Clore le séminaire")),
}


class SeminarDetailView(SeminarMixin, TemplateView):
    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/seminar_detail.html"

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        offers = list(Offer.objects.for_seminar(seminar))
        half_days = list(seminar.half_days)
        participants = list(seminar.participants.active())
        categories = Counter(p.category for p in participants)
        seats = Counter()
        for o in offers:
            seats[o.half_day_id] += o.capacity
        kwargs.update(
            programme=programme_by_day(seminar),
            half_days=[(h, seats.get(h.pk, 0)) for h in half_days],
            offer_count=len(offers),
            site_count=len({o.site_id for o in offers}),
            kinds_offered=sorted({SiteKind(o.site.kind).label for o in offers}),
            participant_count=len(participants),
            categories=[(c.label, categories.get(c.value, 0)) for c in Category],
            transition=TRANSITION_BUTTONS.get(seminar.status),
            can_change=self.request.user.has_perm("seminars.change_seminar", seminar),
            can_debrief=self.request.user.has_perm("analysis.view_debrief", seminar),
            ItemKind=ItemKind,
        )
        return super().get_context_data(**kwargs)


TRANSITIONS = {
    "open": services.open_seminar,
    "start": services.start_seminar,
    "close": services.close_seminar,
}


class SeminarTransitionView(SeminarMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, transition, **kwargs):
        action = TRANSITIONS.get(transition)
        if action is None:
            raise Http404
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
