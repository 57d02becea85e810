"""The audit log's page: an organizer reads the entries of the seminars they organise, a
platform administrator every entry — 50 a page, filtered by author, action, object type,
seminar and period, all kept in the query string (www/lists.py)."""

import django_filters
from django.apps import apps
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from immersion.accounts.models import User
from immersion.accounts.rules import is_platform_admin
from immersion.gdpr.selectors import audit_entries_for, audit_seminars_for
from immersion.www.fields import DateInput
from immersion.www.lists import Column, ListPage
from immersion.www.mixins import OrganizerRequiredMixin


def object_type_label(label: str) -> str:
    if not label:
        return _("aucun")
    try:
        return str(apps.get_model(label)._meta.verbose_name).capitalize()
    except (LookupError, ValueError):
        return label


def details(data: dict) -> list[tuple[str, str]]:
    """The entry's details (identifiers, field names, counts) as « key : value » pairs."""
    pairs = []
    for key, value in sorted((data or {}).items()):
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        pairs.append((key, str(value)))
    return pairs


class AuditFilter(django_filters.FilterSet):
    auteur = django_filters.ModelChoiceFilter(
        field_name="actor",
        queryset=User.objects.none(),
        label=gettext_lazy("Auteur"),
        empty_label=gettext_lazy("Tous"),
    )
    action = django_filters.ChoiceFilter(
        label=gettext_lazy("Action"), empty_label=gettext_lazy("Toutes")
    )
    type = django_filters.ChoiceFilter(
        field_name="object_type",
        label=gettext_lazy("Type d'objet"),
        empty_label=gettext_lazy("Tous"),
    )
    seminaire = django_filters.ChoiceFilter(
        field_name="seminar_pk",
        label=gettext_lazy("Séminaire"),
        empty_label=gettext_lazy("Tous"),
    )
    du = django_filters.DateFilter(
        field_name="created_at__date",
        lookup_expr="gte",
        label=gettext_lazy("Du"),
        widget=DateInput(attrs={"class": "fr-input"}),
    )
    au = django_filters.DateFilter(
        field_name="created_at__date",
        lookup_expr="lte",
        label=gettext_lazy("Au"),
        widget=DateInput(attrs={"class": "fr-input"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        scoped = self.queryset
        actors = scoped.exclude(actor=None).values("actor").distinct()
        self.filters["auteur"].queryset = User.objects.filter(pk__in=actors).order_by(
            "last_name", "first_name", "pk"
        )
        self.filters["action"].extra["choices"] = [
            (a, a) for a in scoped.order_by("action").values_list("action", flat=True).distinct()
        ]
        types = scoped.order_by("object_type").values_list("object_type", flat=True).distinct()
        self.filters["type"].extra["choices"] = [(t, object_type_label(t)) for t in types if t]
        self.filters["seminaire"].extra["choices"] = [
            (str(s.pk), s.title) for s in audit_seminars_for(user)
        ]


COLUMNS = [
    Column("date", gettext_lazy("Date"), ("created_at",)),
    Column("auteur", gettext_lazy("Auteur"), ("actor__last_name", "actor__first_name")),
    Column("action", gettext_lazy("Action"), ("action",)),
    Column("objet", gettext_lazy("Objet")),
    Column("details", gettext_lazy("Détails")),
]


class AuditLogView(OrganizerRequiredMixin, TemplateView):
    permission_required = "gdpr.view_audit_log"
    template_name = "www/organizer/audit_log.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        listing = ListPage(
            self.request,
            audit_entries_for(user),
            columns=COLUMNS,
            default_sort="-date",
            filterset_class=AuditFilter,
            filterset_kwargs={"user": user},
        )
        seminars = dict(audit_seminars_for(user).values_list("pk", "title"))
        entries = list(listing.page.object_list)
        for entry in entries:
            entry.type_label = object_type_label(entry.object_type)
            entry.seminar_title = seminars.get(entry.seminar_pk, "")
            entry.details = details(entry.data)
        kwargs.update(
            list=listing, entries=entries, all_platform=is_platform_admin(user), nav_section="audit"
        )
        return super().get_context_data(**kwargs)
