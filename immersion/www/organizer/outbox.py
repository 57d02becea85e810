"""The outbox of a seminar: e-mails held for review (convocations…) are read, then sent or
cancelled; sent and failed e-mails stay visible."""

import re

import django_filters
from django import forms
from django.contrib import messages
from django.db.models import Case, Count, IntegerField, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.generic import TemplateView, View

from immersion.common.forms import BaseForm
from immersion.notifications.attachments import UnknownAttachment, render_attachment
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from immersion.notifications.services import (
    CANCELLABLE,
    approve_emails,
    cancel_emails,
    resend_emails,
)
from immersion.www.lists import Column, ListPage
from immersion.www.mixins import SeminarMixin

STATUS_ORDER = [
    EmailStatus.DRAFT,
    EmailStatus.UNCERTAIN,
    EmailStatus.SCHEDULED,
    EmailStatus.FAILED,
    EmailStatus.QUEUED,
    EmailStatus.SENDING,
    EmailStatus.SENT,
    EmailStatus.CANCELLED,
]
STATUS_BADGES = {
    EmailStatus.DRAFT: "fr-badge--new",
    EmailStatus.QUEUED: "fr-badge--info",
    EmailStatus.SENDING: "fr-badge--info",
    EmailStatus.UNCERTAIN: "fr-badge--warning",
    EmailStatus.SCHEDULED: "fr-badge--purple-glycine",
    EmailStatus.SENT: "fr-badge--success",
    EmailStatus.FAILED: "fr-badge--error",
    EmailStatus.CANCELLED: "",
}
ATTACHMENT_LABELS = {
    "personal_programme_pdf": gettext_lazy("Programme (PDF)"),
    "personal_programme_ics": gettext_lazy("Agenda (.ics)"),
}

# The HTML of an e-mail is shown in a sandboxed frame, from this view only: no script, no
# request anywhere, inline styles and embedded images only.
EMAIL_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:"


def attachment_label(reference: dict) -> str:
    return str(ATTACHMENT_LABELS.get(reference.get("kind", ""), reference.get("kind", "")))


class OutboxMixin(SeminarMixin):
    def emails(self):
        return OutgoingEmail.objects.for_seminar(self.seminar)

    def outbox_url(self) -> str:
        return reverse("organizer:outbox", args=[self.seminar.pk])


QUEUED_MESSAGE = gettext_lazy(
    "%(n)d courriel(s) mis en file d'attente : ils partent dans quelques instants (statut "
    "« Envoyé » une fois partis)."
)
CONFIRM_LISTED = 100  # recipients named on the confirmation page; the rest are counted


class SelectionForm(BaseForm):
    emails = forms.ModelMultipleChoiceField(queryset=None, required=False)
    action = forms.ChoiceField(
        choices=[("send", "send"), ("send_all", "send_all"), ("cancel", "cancel")]
    )
    # Sending and cancelling cannot be undone: the first post shows a confirmation page
    # (how many e-mails, to whom); only the confirmed post acts.
    confirmed = forms.BooleanField(required=False)

    def __init__(self, *args, drafts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["emails"].queryset = drafts

    def clean(self):
        data = super().clean()
        if data.get("action") in ("send", "cancel") and not data.get("emails"):
            raise forms.ValidationError(_("Cochez au moins un courriel."))
        return data


class OutboxFilter(django_filters.FilterSet):
    """Status and kind, each choice with how many e-mails of the seminar it holds."""

    statut = django_filters.ChoiceFilter(
        field_name="status", label=gettext_lazy("Statut"), empty_label=gettext_lazy("Tous")
    )
    type = django_filters.ChoiceFilter(
        field_name="kind", label=gettext_lazy("Type"), empty_label=gettext_lazy("Tous les types")
    )

    def __init__(self, *args, status_counts, kind_counts, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["statut"].extra["choices"] = [
            (s.value, f"{s.label} ({status_counts.get(s.value, 0)})") for s in STATUS_ORDER
        ]
        # Every kind stays a valid choice (a shared URL), those with e-mails are offered first.
        self.filters["type"].extra["choices"] = sorted(
            ((k.value, f"{k.label} ({kind_counts.get(k.value, 0)})") for k in EmailKind),
            key=lambda choice: choice[0] not in kind_counts,
        )


OUTBOX_COLUMNS = [
    Column("statut", gettext_lazy("Statut"), ("rank", "-created_at", "-id")),
    Column("type", gettext_lazy("Type"), ("kind", "rank", "-created_at")),
    Column("destinataire", gettext_lazy("Destinataire"), ("to_name", "to_email")),
    Column("objet", gettext_lazy("Objet"), ("subject", "to_email")),
    Column("pieces", gettext_lazy("Pièces jointes")),
    Column("date", gettext_lazy("Date"), ("created_at",)),
]
OUTBOX_SEARCH = ("to_name", "to_email", "recipient__first_name", "recipient__last_name")


def outbox_list(request, emails, status_counts, kind_counts) -> ListPage:
    ranked = emails.select_related("recipient").annotate(
        rank=Case(
            *[When(status=s, then=Value(i)) for i, s in enumerate(STATUS_ORDER)],
            output_field=IntegerField(),
        )
    )
    return ListPage(
        request,
        ranked,
        columns=OUTBOX_COLUMNS,
        default_sort="statut",
        search_fields=OUTBOX_SEARCH,
        filterset_class=OutboxFilter,
        filterset_kwargs={"status_counts": status_counts, "kind_counts": kind_counts},
        search_placeholder=gettext_lazy("Nom ou e-mail du destinataire"),
        live=True,
    )


class OutboxView(OutboxMixin, TemplateView):
    """The seminar's e-mails, 50 a page: status, kind and recipient search in the URL
    (www/lists.py); the counts come from two grouped queries."""

    template_name = "www/organizer/outbox.html"

    def get_context_data(self, **kwargs):
        emails = self.emails()
        counts = dict(emails.values_list("status").annotate(n=Count("id")).order_by())
        kinds = dict(emails.values_list("kind").annotate(n=Count("id")).order_by())
        listing = outbox_list(self.request, emails, counts, kinds)
        rows = list(listing.page.object_list)
        for email in rows:
            email.badge = STATUS_BADGES.get(email.status, "")
            email.attachment_labels = [attachment_label(a) for a in email.attachments]
        kwargs.update(
            list=listing,
            emails=rows,
            draft_count=counts.get(EmailStatus.DRAFT, 0),
            total=sum(counts.values()),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        drafts = self.emails().drafts()
        form = SelectionForm(request.POST, drafts=drafts)
        if not form.is_valid():
            for error in form.non_field_errors():
                messages.error(request, error)
            if form.errors.get("emails"):
                messages.error(request, _("Ces courriels ne sont plus à relire : actualisez."))
            return redirect(self.outbox_url())
        action = form.cleaned_data["action"]
        selected = drafts.filter(pk__in=[e.pk for e in form.cleaned_data["emails"]])
        targets = drafts if action == "send_all" else selected
        if not form.cleaned_data["confirmed"]:
            return self.confirmation(action, targets)
        if action == "cancel":
            count = cancel_emails(actor=request.user, emails=targets)
            messages.success(
                request, _("%(n)d courriel(s) annulé(s) : ils ne partiront pas.") % {"n": count}
            )
        else:
            count = approve_emails(actor=request.user, emails=targets)
            messages.success(request, QUEUED_MESSAGE % {"n": count})
        return redirect(self.outbox_url())

    def confirmation(self, action, targets):
        """What the action will do, to how many e-mails and to whom, before it is done."""
        emails = list(targets.order_by("to_name", "to_email", "pk"))
        return render(
            self.request,
            "www/organizer/outbox_confirm.html",
            {
                "seminar": self.seminar,
                "action": action,
                "emails": emails,
                "listed": emails[:CONFIRM_LISTED],
                "more": max(0, len(emails) - CONFIRM_LISTED),
                "count": len(emails),
                "cancel_url": self.outbox_url(),
            },
        )


class EmailDetailView(OutboxMixin, TemplateView):
    template_name = "www/organizer/outbox_email.html"

    def get_context_data(self, **kwargs):
        email = get_object_or_404(self.emails().select_related("recipient"), pk=self.kwargs["pk"])
        kwargs.update(
            email=email,
            badge=STATUS_BADGES.get(email.status, ""),
            attachments=[(i, attachment_label(a)) for i, a in enumerate(email.attachments)],
        )
        return super().get_context_data(**kwargs)


PLACEHOLDER_HREF = re.compile(r'href="\[[^"\]]*\]"')


@method_decorator(xframe_options_sameorigin, name="dispatch")
class EmailHtmlView(OutboxMixin, View):
    """The e-mail's HTML alone, for the preview frame, under a restrictive policy."""

    def get(self, request, *args, **kwargs):
        email = get_object_or_404(self.emails(), pk=self.kwargs["pk"])
        # A secret's placeholder (« [lien de connexion personnel] ») stands where the link
        # will be: in the preview, the link points nowhere instead of to an invalid address.
        body = PLACEHOLDER_HREF.sub('href="#"', email.body_html)
        response = HttpResponse(body, content_type="text/html; charset=utf-8")
        response["Content-Security-Policy"] = EMAIL_CSP
        response["Referrer-Policy"] = "no-referrer"
        return response


class EmailAttachmentView(OutboxMixin, View):
    """An attachment generated now, as it would be at sending time, to check it."""

    def get(self, request, *args, **kwargs):
        email = get_object_or_404(self.emails(), pk=self.kwargs["pk"])
        index = self.kwargs["index"]
        if index >= len(email.attachments):
            raise Http404
        try:
            filename, content, mimetype = render_attachment(email.attachments[index])
        except UnknownAttachment:
            raise Http404 from None
        response = HttpResponse(content, content_type=mimetype)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response


class EmailActionView(OutboxMixin, View):
    """Send or cancel one draft from its preview; send again one « à vérifier »."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        get_object_or_404(self.emails(), pk=self.kwargs["pk"])  # this seminar's e-mail only
        emails = self.emails().drafts().filter(pk=self.kwargs["pk"])
        if self.kwargs["action"] == "annuler":
            # A dated send not yet due can be stopped too.
            emails = self.emails().filter(pk=self.kwargs["pk"], status__in=CANCELLABLE)
        if self.kwargs["action"] == "renvoyer":
            count = resend_emails(
                actor=request.user,
                emails=self.emails().filter(pk=self.kwargs["pk"], status=EmailStatus.UNCERTAIN),
            )
            if count:
                messages.success(request, QUEUED_MESSAGE % {"n": count})
            else:
                messages.error(request, _("Ce courriel n'est plus à vérifier."))
            return redirect(self.outbox_url())
        if self.kwargs["action"] == "envoyer":
            count = approve_emails(actor=request.user, emails=emails)
            message = _("Courriel mis en file d'attente : il part dans quelques instants.")
        elif self.kwargs["action"] == "annuler":
            count = cancel_emails(actor=request.user, emails=emails)
            message = _("Envoi du courriel annulé : il ne partira pas.")
        else:
            raise Http404
        if count:
            messages.success(request, message)
        else:
            messages.error(request, _("Ce courriel n'est plus à relire."))
        return redirect(self.outbox_url())
