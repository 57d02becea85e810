"""The progress page of a bulk action done in the background (an ``EmailBatch``: invite,
remind, withdraw, print), and its fragment polled by htmx (``data-hx-*``; without
JavaScript, the page says to reload it). One fragment template for every kind:
``www/organizer/_batch_progress.html``."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView

from immersion.notifications.models import EmailBatch
from immersion.www.mixins import SeminarMixin

FRAGMENT_TEMPLATE = "www/organizer/_batch_progress.html"


class BatchProgressView(SeminarMixin, TemplateView):
    seminar_permission = "seminars.view_seminar"
    fragment = False
    kind: str = ""  # EmailKind
    status_url_name: str = ""  # the fragment's URL name (seminar_pk, batch_pk)

    def get_template_names(self):
        return [FRAGMENT_TEMPLATE] if self.fragment else [self.template_name]

    def get_batch(self) -> EmailBatch:
        return get_object_or_404(
            EmailBatch.objects.filter(seminar=self.seminar, kind=self.kind),
            pk=self.kwargs["batch_pk"],
        )

    def get_context_data(self, **kwargs):
        batch = self.get_batch()
        kwargs.update(
            batch=batch,
            status_url=reverse(self.status_url_name, args=[self.seminar.pk, batch.pk]),
        )
        return super().get_context_data(**kwargs)
