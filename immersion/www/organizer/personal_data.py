"""Access and erasure of one person's data (platform administrators only).

Every step is a POST: the address searched for never appears in a URL (nor in the server's
access logs). The search shows what is held; the exports download it (JSON, PDF); « Effacer »
shows the consequences first, and only a POST with ``confirme=oui`` erases.
"""

import json

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from immersion.common.forms import BaseForm
from immersion.gdpr.person import (
    SECTION_LABELS,
    erase_person,
    erasure_consequences,
    export_person,
    find_person,
    render_person_pdf,
)
from immersion.www.mixins import OrganizerRequiredMixin


class PersonForm(BaseForm):
    email = forms.EmailField(
        label=gettext_lazy("Adresse e-mail de la personne"),
        help_text=gettext_lazy(
            "Comptes, inscriptions, fiches de tuteur, candidatures et courriels à cette adresse."
        ),
    )


class PersonalDataMixin(OrganizerRequiredMixin):
    permission_required = "gdpr.manage_personal_data"

    def form(self):
        return PersonForm(self.request.POST or None)


class PersonalDataView(PersonalDataMixin, View):
    template_name = "www/organizer/personal_data.html"

    def get(self, request):
        return render(
            request, self.template_name, {"form": PersonForm(), "nav_section": "personal_data"}
        )

    def post(self, request):
        form = self.form()
        context = {"form": form, "nav_section": "personal_data"}
        if form.is_valid():
            person = find_person(form.cleaned_data["email"])
            export = export_person(person) if person.found else {}
            context.update(
                person=person,
                summary=[
                    (label, len(export[key]))
                    for key, label in SECTION_LABELS.items()
                    if export.get(key)
                ],
            )
        return render(request, self.template_name, context)


def _filename(extension: str) -> str:
    return f"donnees-personnelles-{timezone.localdate():%Y-%m-%d}.{extension}"


class PersonalDataExportView(PersonalDataMixin, View):
    http_method_names = ["post"]

    def post(self, request, fmt):
        if fmt not in ("json", "pdf"):
            raise Http404
        form = self.form()
        if not form.is_valid():
            messages.error(request, _("Indiquez une adresse e-mail valide."))
            return redirect("organizer:personal_data")
        export = export_person(find_person(form.cleaned_data["email"]))
        if fmt == "pdf":
            response = HttpResponse(render_person_pdf(export), content_type="application/pdf")
        else:
            body = json.dumps(export, ensure_ascii=False, indent=2)
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{_filename(fmt)}"'
        return response


class PersonalDataEraseView(PersonalDataMixin, View):
    """POST without ``confirme``: the consequences; POST with ``confirme=oui``: the erasure."""

    http_method_names = ["post"]
    template_name = "www/organizer/personal_data_erase.html"

    def post(self, request):
        form = self.form()
        if not form.is_valid():
            messages.error(request, _("Indiquez une adresse e-mail valide."))
            return redirect("organizer:personal_data")
        person = find_person(form.cleaned_data["email"])
        if not person.found:
            messages.info(request, _("Aucune donnée n'est conservée à cette adresse."))
            return redirect("organizer:personal_data")
        if request.POST.get("confirme") != "oui":
            return render(
                request,
                self.template_name,
                {"form": form, "person": person, "consequences": erasure_consequences(person)},
            )
        counts = erase_person(actor=request.user, email=person.email)
        messages.success(
            request,
            _(
                "Les données de cette personne ont été effacées : %(participants)d inscription(s) "
                "anonymisée(s), %(accounts)d compte(s) supprimé(s), %(emails)d courriel(s) vidé(s)."
            )
            % {
                "participants": counts.get("participants", 0),
                "accounts": counts.get("accounts", 0),
                "emails": counts.get("emails", 0),
            },
        )
        return redirect("organizer:personal_data")
