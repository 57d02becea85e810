"""Organizer pages of the assignment: calculate, review by participant and by site, move and
pin by hand, re-calculate, publish."""

from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView, View

from immersion.attendance.convocations import held_convocations, queue_convocations
from immersion.attendance.selectors import TrainingProviderMissing
from immersion.placements import services
from immersion.placements.models import AssignmentRun, RunStatus, SolveState
from immersion.placements.selectors import moved_count, regions_progress, run_summary
from immersion.sites.models import Offer
from immersion.www.mixins import SeminarMixin
from immersion.www.organizer import run_review


def run_url(run: AssignmentRun) -> str:
    return reverse("organizer:assignment_run", args=[run.seminar_id, run.pk])


class RunMixin(SeminarMixin):
    def get_run(self) -> AssignmentRun:
        """The run, without its solver data: what needs them (a move's check, the
        publication) reads them again inside its transaction (placements.services)."""
        return get_object_or_404(
            AssignmentRun.objects.filter(seminar=self.seminar).without_solver_data(),
            pk=self.kwargs["run_pk"],
        )


class AssignmentHomeView(SeminarMixin, TemplateView):
    template_name = "www/organizer/assignment_home.html"

    def get_context_data(self, **kwargs):
        runs = list(
            AssignmentRun.objects.filter(seminar=self.seminar)
            .without_solver_data()
            .select_related("created_by")[:20]
        )
        kwargs.update(
            runs=runs,
            published=next((r for r in runs if r.status == RunStatus.PUBLISHED), None),
            participant_count=self.seminar.participants.active().count(),
            offer_count=self.seminar.offers.count(),
        )
        return super().get_context_data(**kwargs)


class StartRunView(SeminarMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        from_run = None
        if request.POST.get("from_run", "").isdigit():
            from_run = AssignmentRun.objects.filter(
                seminar=self.seminar, pk=request.POST["from_run"]
            ).first()
        try:
            run = services.start_run(
                actor=request.user,
                seminar=self.seminar,
                from_run=from_run,
                reason=_("Nouveau calcul à partir de la proposition n°%(n)d")
                % {"n": from_run.number}
                if from_run
                else "",
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect("organizer:assignment_home", self.seminar.pk)
        if run.state == SolveState.DONE:
            messages.success(request, _("Affectation calculée : relisez-la avant de la publier."))
        return redirect(run_url(run))


def _half_day_codes(seminar):
    return list(seminar.half_days)


class RunDetailView(RunMixin, TemplateView):
    """A run's review: its figures (aggregate queries), then by participant or by site as
    long lists (``run_review``: 50 a page, searched, filtered, sorted, in the URL)."""

    template_name = "www/organizer/assignment_run.html"

    def get_context_data(self, **kwargs):
        # The solver's input and the unplaced JSON stay in the database (the review reads
        # UnplacedHalfDay rows); the scores are read once for the page's rows (scores_of).
        run = get_object_or_404(
            AssignmentRun.objects.filter(seminar=self.seminar).without_solver_data(),
            pk=self.kwargs["run_pk"],
        )
        half_days = _half_day_codes(self.seminar)
        view = self.request.GET.get(run_review.VIEW_PARAM, run_review.BY_PARTICIPANT)
        if view not in (run_review.BY_PARTICIPANT, run_review.BY_SITE):
            view = run_review.BY_PARTICIPANT
        done = run.state == SolveState.DONE
        editable = run.status == RunStatus.DRAFT and done
        if view == run_review.BY_SITE:
            listing = run_review.site_review(self.request, run, half_days)
            rows = run_review.site_rows(run, list(listing.page.object_list))
        else:
            listing = run_review.participant_review(self.request, run, half_days)
            people = list(listing.page.object_list.prefetch_related("unavailable_half_days"))
            moved = run_review.moved_among(run, [p.pk for p in people])
            rows = run_review.participant_rows(run, people, half_days, moved=moved)
        kwargs.update(
            run=run,
            run_label=_("Proposition n°%(n)d") % {"n": run.number},
            list=listing,
            rows=rows,
            half_days=half_days,
            view=view,
            summary=run_summary(run) if done else None,
            moved_count=moved_count(run),
            editable=editable,
            problems=services.violations_of(run)
            if editable and services.rules_may_be_broken(run)
            else [],
            messages_fr=run.diagnosis.get("messages", []),
            dropped_pins=run.stats.get("dropped_pins", []),
            percent=progress_percent(run),
            regions=regions_progress(run) if run.state == SolveState.RUNNING else None,
            view_params=[(run_review.VIEW_PARAM, view)],
        )
        return super().get_context_data(**kwargs)


class RunStatusView(RunMixin, View):
    """The progress fragment, polled by htmx while a background calculation runs."""

    def get(self, request, *args, **kwargs):
        run = self.get_run()
        if run.state in (SolveState.DONE, SolveState.FAILED):
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        from django.template.loader import render_to_string

        return HttpResponse(
            render_to_string(
                "www/organizer/_assignment_progress.html",
                {
                    "run": run,
                    "percent": progress_percent(run),
                    "regions": regions_progress(run),
                },
                request=request,
            )
        )


def progress_percent(run: AssignmentRun) -> int:
    """Elapsed share of the time limit (the solver may finish earlier); for a run solved by
    regions, the share of its regions solved."""
    from django.utils import timezone

    if run.state == SolveState.DONE:
        return 100
    regions = regions_progress(run) if run.state == SolveState.RUNNING else None
    if regions:
        return max(1, min(95, int(100 * regions[0] / regions[1])))
    if run.started_at is None or not run.time_limit:
        return 0
    elapsed = (timezone.now() - run.started_at).total_seconds()
    return max(1, min(95, int(100 * elapsed / run.time_limit)))


class MoveView(RunMixin, TemplateView):
    template_name = "www/organizer/assignment_move.html"

    def dispatch(self, request, *args, **kwargs):
        self.check_space()  # before the lookups below (never a 403 for an id that exists)
        self.run = self.get_run()
        self.participant = get_object_or_404(
            self.seminar.participants.active(), pk=kwargs["participant_pk"]
        )
        self.half_day = get_object_or_404(self.seminar.half_days, pk=kwargs["half_day_pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        current = self.run.placements.filter(
            participant=self.participant, half_day=self.half_day
        ).first()
        offers = list(
            Offer.objects.for_seminar(self.seminar)
            .filter(half_day=self.half_day)
            .order_by("site__name")
        )
        taken = defaultdict(int)
        for offer_id in self.run.placements.filter(half_day=self.half_day).values_list(
            "offer_id", flat=True
        ):
            taken[offer_id] += 1
        problems = {o.pk: [] for o in offers}
        if self.run.status == RunStatus.DRAFT and self.run.state == SolveState.DONE:
            problems = services.move_check(
                run=self.run, participant=self.participant, half_day=self.half_day, offers=offers
            )
        kwargs.update(
            run=self.run,
            participant=self.participant,
            half_day=self.half_day,
            current=current,
            choices=[
                {"offer": o, "taken": taken[o.pk], "problems": problems[o.pk]} for o in offers
            ],
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        choice = request.POST.get("offer", "")
        offer = None
        if choice.isdigit():
            offer = get_object_or_404(Offer.objects.filter(seminar=self.seminar), pk=choice)
        elif choice != "none":
            messages.error(request, _("Choisissez une offre ou « laisser sans immersion »."))
            return redirect(request.path)
        try:
            services.move_participant(
                actor=request.user,
                run=self.run,
                participant=self.participant,
                half_day=self.half_day,
                offer=offer,
            )
        except ValidationError as exc:
            context = self.get_context_data(errors=exc.messages, selected=choice)
            return self.render_to_response(context, status=200)
        messages.success(
            request,
            _("%(name)s : placement enregistré et épinglé.") % {"name": self.participant.full_name}
            if offer
            else _("%(name)s est laissé(e) sans immersion sur cette demi-journée.")
            % {"name": self.participant.full_name},
        )
        return redirect(run_url(self.run))


class PinView(RunMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        run = self.get_run()
        placement = get_object_or_404(run.placements, pk=kwargs["placement_pk"])
        try:
            services.set_pinned(
                actor=request.user, placement=placement, pinned=not placement.pinned
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        # Back to the same page of the review (its filters and page number: a query string).
        back = request.POST.get("retour", "")
        return redirect(run_url(run) + (back if back.startswith("?") else ""))


class PublishView(RunMixin, TemplateView):
    """GET: what publishing will do and to whom; POST with ``confirme=oui``: publish."""

    template_name = "www/organizer/confirm_action.html"

    def get_context_data(self, **kwargs):
        run = self.get_run()
        rows = list(
            run.placements.filter(participant__withdrawn_at=None).values_list(
                "participant_id", "participant__invited_at"
            )
        )
        placed = {pk: invited_at for pk, invited_at in rows}
        held = sum(1 for invited_at in placed.values() if invited_at is None)
        consequences = [
            ngettext(
                "%(people)d participant reçoit ses immersions (%(n)d au total).",
                "%(people)d participants reçoivent leurs immersions (%(n)d au total).",
                len(placed),
            )
            % {"people": len(placed), "n": len(rows)},
            ngettext(
                "%(n)d convocation sera préparée dans la boîte d'envoi, à relire avant envoi.",
                "%(n)d convocations seront préparées dans la boîte d'envoi, à relire avant envoi.",
                len(placed) - held,
            )
            % {"n": len(placed) - held},
        ]
        if held:
            consequences.append(
                ngettext(
                    "%(n)d convocation est retenue jusqu'à l'invitation du participant.",
                    "%(n)d convocations sont retenues jusqu'à l'invitation des participants.",
                    held,
                )
                % {"n": held}
            )
        if AssignmentRun.objects.published().filter(seminar=self.seminar).exists():
            moved = len(services.moved_participants(run))
            consequences.append(
                ngettext(
                    "Elle remplace l'affectation publiée : %(n)d participant change d'immersion.",
                    "Elle remplace l'affectation publiée : %(n)d participants changent "
                    "d'immersion.",
                    moved,
                )
                % {"n": moved}
            )
        else:
            consequences.append(_("Le séminaire passe au statut « Affectation publiée »."))
        kwargs.update(
            title=_("Publier cette affectation"),
            consequences=consequences,
            warning="",
            confirm_label=_("Publier cette affectation"),
            cancel_url=run_url(run),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        run = self.get_run()
        if request.POST.get("confirme") != "oui":
            messages.error(
                request, _("Rien n'a changé : confirmez l'action sur sa page de confirmation.")
            )
            return redirect(request.path)
        try:
            services.publish_run(actor=request.user, run=run)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect(run_url(run))
        try:
            queued = _queue_convocations(request.user, self.seminar, request)
        except TrainingProviderMissing:
            messages.warning(
                request,
                _(
                    "Affectation publiée. Les convocations ne sont pas préparées : elles nomment "
                    "l'organisme de formation, qui n'est pas renseigné. Renseignez-le dans "
                    "« Documents de formation », puis préparez les convocations depuis le suivi."
                ),
            )
            return redirect(run_url(run))
        messages.success(
            request,
            _(
                "Affectation publiée. %(n)d convocation(s) préparée(s) dans la boîte d'envoi, "
                "à relire avant envoi."
            )
            % {"n": queued},
        )
        held = held_convocations(self.seminar)
        if held:
            messages.info(
                request,
                _(
                    "%(n)d convocation(s) retenue(s) : elles seront préparées une fois les "
                    "participants invités."
                )
                % {"n": held},
            )
        return redirect(run_url(run))


def _queue_convocations(actor, seminar, request) -> int:
    return queue_convocations(
        actor=actor, seminar=seminar, base_url=request.build_absolute_uri("/")
    )
