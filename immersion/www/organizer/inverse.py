"""The organizer's overview of a seminar's reverse immersion: every offer, its applications
by status and the feedback given, with the totals."""

from django.views.generic import TemplateView

from immersion.inverse.models import ApplicationStatus
from immersion.inverse.selectors import seminar_overview
from immersion.www.mixins import SeminarMixin


class OverviewView(SeminarMixin, TemplateView):
    seminar_permission = "inverse.view_reverse_immersion"
    template_name = "www/organizer/reverse_immersion.html"

    def get_context_data(self, **kwargs):
        kwargs.update(overview=seminar_overview(self.seminar), ApplicationStatus=ApplicationStatus)
        return super().get_context_data(**kwargs)
