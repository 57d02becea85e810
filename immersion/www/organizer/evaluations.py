"""The follow-up's results for the seminar's organizers: response rates, distributions
(small-count rule), free texts, commitments; exports in xlsx and csv."""

from django.http import Http404, HttpResponse
from django.views.generic import TemplateView, View

from immersion.analysis.evaluations import EXPORT_HEADERS, evaluation_results, export_rows
from immersion.common.tabular import CONTENT_TYPES, write_table
from immersion.www.mixins import SeminarMixin


class EvaluationResultsView(SeminarMixin, TemplateView):
    seminar_permission = "evaluations.view_results"
    template_name = "www/organizer/evaluation_results.html"

    def get_context_data(self, **kwargs):
        kwargs["results"] = evaluation_results(self.seminar)
        return super().get_context_data(**kwargs)


class EvaluationExportView(SeminarMixin, View):
    seminar_permission = "evaluations.view_results"

    def get(self, request, *args, fmt, **kwargs):
        if fmt not in CONTENT_TYPES:
            raise Http404
        headers = [str(h) for h in EXPORT_HEADERS]
        content = write_table(fmt, headers, export_rows(self.seminar), "Evaluations")
        response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
        response["Content-Disposition"] = (
            f'attachment; filename="evaluations-seminaire-{self.seminar.pk}.{fmt}"'
        )
        return response
