"""Form fields shared by several audiences' forms."""

import datetime as dt

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from immersion.territory.selectors import commune_label, get_commune, resolve_commune


class CommuneInput(forms.TextInput):
    """A text input with a datalist that htmx fills from ``/communes/suggestions/`` as the
    person types. Without JavaScript it is a plain text field, resolved by the server."""

    template_name = "www/widgets/commune_input.html"

    def format_value(self, value):
        # A stored code shows as « Rennes (35238) », the way the suggestions write it.
        if value and isinstance(value, str) and value.isalnum():
            commune = get_commune(value)
            if commune is not None:
                return commune_label(commune)
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        list_id = f"{widget_attrs.get('id') or name}-suggestions"
        widget_attrs.update(
            {
                "list": list_id,
                "autocomplete": "off",
                "data-hx-get": reverse("public:commune_suggestions"),
                "data-hx-trigger": "input changed delay:250ms",
                "data-hx-target": f"#{list_id}",
                "data-hx-swap": "innerHTML",
            }
        )
        context["widget"]["list_id"] = list_id
        return context


class CommuneField(forms.CharField):
    """A commune chosen by name (« Rennes »), name and code (« Rennes (35238) ») or INSEE code.

    Cleans to the INSEE code; a code outside the referential is kept (the service asks for
    its name), a 4-digit code is refused, never padded."""

    widget = CommuneInput

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 140)
        kwargs.setdefault(
            "help_text",
            _("Tapez le nom de la commune et choisissez-la, ou son code INSEE (par ex. 35238)."),
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        code, _commune = resolve_commune(value)
        return code


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        # A date field only holds an ISO date: typed text the form refused ("demain") is not
        # sent back into it (it would be invalid HTML and the browser would drop it anyway).
        formatted = super().format_value(value)
        if isinstance(formatted, str) and formatted:
            try:
                dt.date.fromisoformat(formatted)
            except ValueError:
                return None
        return formatted


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")
