"""The debrief board (sequence 4, "analyse partagée") and the experts' list of seminars.

Only the seminar's organizers, its experts and administrators see it (``analysis.view_debrief``);
anybody else gets a 404, whatever their role. The board is meant for a projector: large type,
a presentation mode (``?presentation=1``: no header or footer, larger type, hidden quotes
left out), and each panel refreshing itself every ``POLL_SECONDS`` through htmx.
"""

import segno
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from immersion.analysis import synthesis
from immersion.debrief import services
from immersion.debrief.models import QuoteGroup, SourceKind
from immersion.debrief.selectors import seminars_led_by
from immersion.debrief.sources import quote_exists
from immersion.seminars.models import Seminar
from immersion.www.debrief.forms import QuoteActionForm, QuoteGroupForm
from immersion.www.debrief.panels import PANELS, PANELS_BY_SLUG, Options

POLL_SECONDS = 15


class DebriefHomeView(TemplateView):
    """« Mes séminaires »: the seminars whose debrief the user leads."""

    template_name = "www/debrief/home.html"

    def get(self, request, *args, **kwargs):
        if not request.user.has_perm("analysis.access_debrief_space"):
            raise Http404
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs["seminars"] = seminars_led_by(self.request.user)
        return super().get_context_data(**kwargs)


class SeminarDebriefMixin:
    @cached_property
    def seminar(self) -> Seminar:
        seminar = Seminar.objects.filter(pk=self.kwargs["seminar_pk"]).first()
        if seminar is None or not self.request.user.has_perm("analysis.view_debrief", seminar):
            raise Http404
        return seminar

    @cached_property
    def presentation(self) -> bool:
        data = self.request.POST if self.request.method == "POST" else self.request.GET
        return data.get("presentation") == "1"

    @cached_property
    def options(self) -> Options:
        return Options(
            presentation=self.presentation,
            can_curate=self.request.user.has_perm("debrief.curate_quotes", self.seminar),
            detail=self.detail,
        )

    # The board shows each panel's summary; a panel's own page adds the detailed tables.
    detail = False

    def board_url(self) -> str:
        url = reverse("debrief:board", args=[self.seminar.pk])
        return url + "?presentation=1" if self.presentation else url

    def panel_context(self, panel, data) -> dict:
        params = {"presentation": "1"} if self.presentation else {}
        if self.detail:
            params["detail"] = "1"
        query = "?" + urlencode(params) if params else ""
        return {
            "panel": panel,
            "data": data,
            "fragment_url": reverse("debrief:panel", args=[self.seminar.pk, panel.slug]) + query,
            "page_url": reverse("debrief:panel", args=[self.seminar.pk, panel.slug]),
        }

    def common_context(self) -> dict:
        return {
            "seminar": self.seminar,
            "presentation": self.presentation,
            "can_curate": self.options.can_curate,
            # debrief.mark_quotes_publishable is the curation's rule (debrief/rules.py): the
            # buttons follow it without a query more; the POST checks the permission itself.
            "can_publish": self.options.can_curate,
            "detail": self.detail,
            "poll_seconds": POLL_SECONDS,
            "refreshed_at": timezone.localtime(),
            "board_url": self.board_url(),
        }


class BoardView(SeminarDebriefMixin, TemplateView):
    template_name = "www/debrief/board.html"

    def get_context_data(self, **kwargs):
        panels = []
        for panel in PANELS:
            data = panel.data(self.seminar, self.options)
            if data is not None:
                panels.append(self.panel_context(panel, data))
        kwargs.update(
            self.common_context(), panels=panels, **evaluation_qr(self.request, self.seminar)
        )
        return super().get_context_data(**kwargs)


def evaluation_qr(request, seminar) -> dict:
    """The QR code shown on the board: the participants' "à chaud" evaluation, opened on
    their phone in their own space (signing in first if needed)."""
    url = request.build_absolute_uri(reverse("participant:evaluation_entry", args=[seminar.pk]))
    svg = segno.make(url, error="m").svg_inline(
        scale=4, title=_("Code QR de l'évaluation à chaud"), svgclass="vmv-board__qr-code"
    )
    return {"evaluation_url": url, "evaluation_qr": mark_safe(svg)}  # noqa: S308 - segno's SVG


class PanelView(SeminarDebriefMixin, View):
    """One panel: its body for htmx (polling), or a page of its own with the detailed tables
    (the board's "Agrandir" link; it polls its body with ``detail=1``)."""

    @cached_property
    def detail(self) -> bool:
        return not self.request.htmx or self.request.GET.get("detail") == "1"

    def get(self, request, seminar_pk, slug):
        seminar = self.seminar  # 404 before anything else
        panel = PANELS_BY_SLUG.get(slug)
        data = panel.data(seminar, self.options) if panel else None
        if data is None:
            raise Http404
        return render_panel(request, self, panel, data)


class SynthesisView(SeminarDebriefMixin, View):
    """The seminar's synthesis, as a PDF or as a Word file the expert finishes."""

    FORMATS = {
        "pdf": (synthesis.render_synthesis_pdf, "application/pdf"),
        "docx": (
            synthesis.render_synthesis_docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    }

    def get(self, request, seminar_pk, extension):
        seminar = self.seminar  # 404 before anything else
        if extension not in self.FORMATS:
            raise Http404
        render, content_type = self.FORMATS[extension]
        response = HttpResponse(render(seminar), content_type=content_type)
        name = synthesis.filename(seminar, extension)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


def render_panel(request, view, panel, data):
    context = {**view.common_context(), **view.panel_context(panel, data)}
    if request.htmx:
        return render(request, "www/debrief/_panel_body.html", context)
    return render(request, "www/debrief/panel_page.html", context)


class CurationMixin(SeminarDebriefMixin):
    """POSTs of the wall of quotes: the board's leaders only; answers with the wall's body
    (htmx) or a redirect to the board."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("debrief.curate_quotes", self.seminar):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def done(self, message: str):
        if self.request.htmx:
            panel = PANELS_BY_SLUG["citations"]
            return render_panel(self.request, self, panel, panel.data(self.seminar, self.options))
        messages.success(self.request, message)
        return redirect(self.board_url() + "#panel-citations")

    def refused(self, message: str):
        """A refusal said in French, beside the wall: nothing changes."""
        if self.request.htmx:
            panel = PANELS_BY_SLUG["citations"]
            context = {
                **self.common_context(),
                **self.panel_context(panel, panel.data(self.seminar, self.options)),
                "curation_error": message,
            }
            return render(self.request, "www/debrief/_panel_body.html", context)
        messages.error(self.request, message)
        return redirect(self.board_url() + "#panel-citations")

    def failed(self):
        """Invalid input (a forged form): nothing changes, the wall is shown again."""
        if self.request.htmx:
            panel = PANELS_BY_SLUG["citations"]
            return render_panel(self.request, self, panel, panel.data(self.seminar, self.options))
        messages.error(self.request, _("Cette action n'a pas pu être faite."))
        return redirect(self.board_url() + "#panel-citations")


class QuoteActionView(CurationMixin, View):
    MESSAGES = {
        "pin": _("Citation épinglée."),
        "unpin": _("Citation désépinglée."),
        "hide": _("Citation masquée : elle n'est plus projetée."),
        "show": _("Citation réaffichée."),
        "group": _("Citation classée."),
        "publish": _("Citation publiable dans l'observatoire du programme."),
        "unpublish": _("Citation retirée de l'observatoire : elle n'est plus publiée."),
    }

    def post(self, request, seminar_pk, kind, source_id):
        if kind not in SourceKind.values or not quote_exists(self.seminar, kind, source_id):
            raise Http404  # a quote of this seminar only, checked before the form is read
        form = QuoteActionForm(request.POST, seminar=self.seminar)
        if not form.is_valid():
            return self.failed()
        action = form.cleaned_data["action"]
        target = {
            "actor": request.user,
            "seminar": self.seminar,
            "source_kind": kind,
            "source_id": source_id,
        }
        try:
            if action in ("pin", "unpin"):
                services.set_quote_pinned(**target, pinned=action == "pin")
            elif action in ("hide", "show"):
                services.set_quote_hidden(**target, hidden=action == "hide")
            elif action in ("publish", "unpublish"):
                if not request.user.has_perm("debrief.mark_quotes_publishable", self.seminar):
                    raise Http404
                try:
                    services.set_quote_publishable(**target, publishable=action == "publish")
                except ValidationError as error:  # a hidden quote is never publishable
                    return self.refused(" ".join([*error.messages, _("Réaffichez-la d'abord.")]))
            else:
                services.set_quote_group(**target, group=form.cleaned_data["group"])
        except ValidationError:
            raise Http404 from None
        return self.done(str(self.MESSAGES[action]))


class GroupCreateView(CurationMixin, View):
    def post(self, request, seminar_pk):
        form = QuoteGroupForm(request.POST)
        if not form.is_valid():
            return self.failed()
        services.create_quote_group(
            actor=request.user, seminar=self.seminar, title=form.cleaned_data["title"]
        )
        return self.done(_("Groupe créé."))


class GroupDeleteView(CurationMixin, View):
    def post(self, request, seminar_pk, pk):
        group = get_object_or_404(QuoteGroup, pk=pk, seminar=self.seminar)
        services.delete_quote_group(actor=request.user, group=group)
        return self.done(_("Groupe supprimé : ses citations restent sur le mur."))
