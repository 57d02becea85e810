from django import forms
from dsfr.forms import DsfrBaseForm


class _NoWarningContext:
    """django-dsfr warns on every render until a transitional setting goes; we opt in here."""

    def get_context(self):
        context = forms.BaseForm.get_context(self)
        context["DSFR_MARK_OPTIONAL_FIELDS"] = False
        return context


class BaseForm(_NoWarningContext, DsfrBaseForm):
    pass


class BaseModelForm(_NoWarningContext, DsfrBaseForm, forms.ModelForm):
    pass
