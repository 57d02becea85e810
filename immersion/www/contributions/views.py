"""Moderation of the constraints, levers and innovations posted during the shared analysis:
the seminar's experts and organizers hide or show them, merge duplicates, gather them into
groups and order the groups. Every action is a plain form (works without JavaScript: the page
comes back with a message); with htmx the moderation area is replaced in place.

A seminar that is not the user's — and any page for host sites, tutors and participants — is
a 404.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View
from rules.contrib.views import PermissionRequiredMixin

from immersion.contributions import services
from immersion.contributions.selectors import contribution_counts, moderation_sections
from immersion.seminars.models import Seminar
from immersion.www.contributions.forms import GroupChoiceForm, GroupTitleForm, MergeForm

PARTIAL = "www/contributions/_moderation.html"


class ModerationMixin(PermissionRequiredMixin):
    permission_required = "contributions.moderate_contributions"

    @cached_property
    def seminar(self) -> Seminar:
        return get_object_or_404(
            Seminar.objects.visible_to(self.request.user), pk=self.kwargs["seminar_pk"]
        )

    def get_permission_object(self):
        return self.seminar

    def handle_no_permission(self):
        raise Http404

    def moderation_context(self, **kwargs) -> dict:
        sections = moderation_sections(self.seminar)
        kwargs.setdefault("notice", None)
        kwargs.setdefault("notice_failed", False)
        kwargs.update(
            seminar=self.seminar,
            sections=sections,
            counts=contribution_counts(self.seminar),
            group_form=kwargs.get("group_form") or GroupTitleForm(auto_id="nouveau-groupe-%s"),
            total=sum(len(s.contributions) for s in sections),
        )
        return kwargs


class ModerationView(ModerationMixin, TemplateView):
    template_name = "www/contributions/moderation.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**self.moderation_context(**kwargs))


class ModerationActionView(ModerationMixin, View):
    """A POST that changes something, then the moderation area (htmx) or a redirect."""

    http_method_names = ["post"]

    def act(self) -> str:
        """Do it; return the confirmation message. Raise ValidationError to refuse."""
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        try:
            notice, failed = self.act(), False
        except ValidationError as exc:
            notice, failed = " ".join(exc.messages), True
        if request.headers.get("HX-Request"):
            context = self.moderation_context(notice=notice, notice_failed=failed)
            return render(request, PARTIAL, context)
        (messages.error if failed else messages.success)(request, notice)
        return redirect(reverse("contributions:moderate", args=[self.seminar.pk]) + "#moderation")


class ContributionActionView(ModerationActionView):
    @cached_property
    def contribution(self):
        return get_object_or_404(self.seminar.contributions, pk=self.kwargs["pk"])

    def act(self) -> str:
        actor, contribution = self.request.user, self.contribution
        action = self.kwargs["action"]
        if action == "masquer":
            services.hide_contribution(actor=actor, contribution=contribution)
            return _("Contribution masquée : elle n'apparaît plus au tableau.")
        if action == "afficher":
            services.show_contribution(actor=actor, contribution=contribution)
            return _("Contribution de nouveau visible.")
        if action == "separer":
            services.unmerge_contribution(actor=actor, contribution=contribution)
            return _("Contribution séparée : elle revient seule au tableau.")
        if action == "fusionner":
            form = MergeForm(self.request.POST, contribution=contribution)
            if not form.is_valid():
                raise ValidationError([e for errors in form.errors.values() for e in errors])
            services.merge_contribution(
                actor=actor, duplicate=contribution, into=form.cleaned_data["into"]
            )
            return _("Contribution fusionnée.")
        if action == "classer":
            form = GroupChoiceForm(self.request.POST, seminar=self.seminar)
            if not form.is_valid():
                raise ValidationError([e for errors in form.errors.values() for e in errors])
            group = form.cleaned_data["group"]
            services.put_in_group(actor=actor, contribution=contribution, group=group)
            if group is None:
                return _("Contribution retirée de son groupe.")
            return _("Contribution classée dans « %(title)s ».") % {"title": group.title}
        raise Http404


class GroupCreateView(ModerationActionView):
    def act(self) -> str:
        form = GroupTitleForm(self.request.POST)
        if not form.is_valid():
            raise ValidationError([e for errors in form.errors.values() for e in errors])
        group = services.create_group(
            actor=self.request.user, seminar=self.seminar, title=form.cleaned_data["title"]
        )
        return _("Groupe « %(title)s » créé.") % {"title": group.title}


class GroupActionView(ModerationActionView):
    @cached_property
    def group(self):
        return get_object_or_404(self.seminar.contribution_groups, pk=self.kwargs["pk"])

    def act(self) -> str:
        self.group  # noqa: B018 — the seminar's group, or a 404, before the form is read
        action = self.kwargs["action"]
        if action == "renommer":
            form = GroupTitleForm(self.request.POST)
            if not form.is_valid():
                raise ValidationError([e for errors in form.errors.values() for e in errors])
            group = services.rename_group(
                actor=self.request.user, group=self.group, title=form.cleaned_data["title"]
            )
            return _("Groupe renommé « %(title)s ».") % {"title": group.title}
        if action in ("monter", "descendre"):
            services.move_group(
                actor=self.request.user, group=self.group, offset=-1 if action == "monter" else 1
            )
            return _("Ordre des groupes enregistré.")
        raise Http404
