"""Who reaches the notebook's pages, and the decorators every notebook POST view carries."""

from django.http import Http404
from django.shortcuts import render
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from immersion.observation.selectors import commitment_signed, placement_of_observer


def keeps_notes_out_of_error_reports(view_class):
    """Error reports (500 pages in DEBUG, e-mails to admins) show neither the POSTed fields
    nor the local variables of the view and of everything it calls (forms, services, the
    anonymiser): notes before redaction must never end up there."""
    view_class = method_decorator(sensitive_post_parameters(), name="dispatch")(view_class)
    return method_decorator(sensitive_variables(), name="dispatch")(view_class)


class ObserverPlacementMixin:
    """Pages of one immersion's notebook: only the participant placed there (others: 404),
    once the confidentiality commitment is signed."""

    @cached_property
    def placement(self):
        placement = placement_of_observer(self.request.user, self.kwargs["pk"])
        if placement is None:
            raise Http404
        return placement

    def dispatch(self, request, *args, **kwargs):
        if not commitment_signed(self.placement.participant):
            return commitment_required(request)
        return super().dispatch(request, *args, **kwargs)


def commitment_required(request):
    return render(request, "www/notebook/commitment_required.html", status=403)
