from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from rules.contrib.views import PermissionRequiredMixin

from immersion.seminars.models import Seminar


class OrganizerRequiredMixin(PermissionRequiredMixin):
    """Back-office pages: organizers and administrators only.

    The space is checked first, before any object of the URL is looked up: a role that can
    never open the back office gets the same 403 whatever the URL points at, and never a
    403 for an object that exists against a 404 for one that does not."""

    permission_required = "accounts.access_organizer_space"
    raise_exception = True

    def check_space(self) -> None:
        if not self.request.user.has_perm("accounts.access_organizer_space"):
            raise PermissionDenied

    def dispatch(self, request, *args, **kwargs):
        self.check_space()
        return super().dispatch(request, *args, **kwargs)


class SeminarMixin(OrganizerRequiredMixin):
    """Pages under /organisation/seminaires/<seminar_pk>/: the seminar must be the user's."""

    seminar_permission = "seminars.change_seminar"

    def has_permission(self) -> bool:
        """The space's permission, then the seminar itself (404 / 403) before any handler
        runs: no handler may answer (even "nothing changed") about a seminar that is not
        the user's."""
        if not super().has_permission():
            return False
        self.seminar  # noqa: B018 — raises Http404 or PermissionDenied
        return True

    @cached_property
    def seminar(self) -> Seminar:
        seminar = get_object_or_404(
            Seminar.objects.visible_to(self.request.user), pk=self.kwargs["seminar_pk"]
        )
        if not self.request.user.has_perm(self.seminar_permission, seminar):
            raise PermissionDenied
        return seminar

    def get_context_data(self, **kwargs):
        kwargs.setdefault("seminar", self.seminar)
        return super().get_context_data(**kwargs)


def add_validation_error(form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: on its field when the form has it."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            target = field if field in form.fields else None
            for error in errors:
                form.add_error(target, error)
    else:
        for message in exc.messages:
            form.add_error(None, message)
