"""The notebook's JSON endpoints: the redacted preview and the offline queue's sync.

Both answer JSON, also when the session has expired (401 rather than a redirect to the sign-in
page, which a script cannot follow). Neither logs anything; the preview stores nothing.

Sync protocol (POST /carnet/sync/, JSON, CSRF token in the X-CSRFToken header)::

    {"owner": "<user id the entries were written under>",
     "entries": [{"client_id": "<uuid>", "kind": "situation" | "astonishment" | "tutor_exchange",
                  "placement": <id>, "fields": {<the form's fields>},
                  "written_at": <ms since the epoch, when it was written on the device>}, ...]}

answers 200 with one result per entry, in order::

    {"results": [{"client_id": "<uuid>", "status": "created" | "exists" | "invalid" |
                  "forbidden" | "retry", "errors": {...}, "html": "<the stored entry>"}]}

"created" and "exists" mean the server holds the entry (the device deletes its copy); "exists"
answers a repeated send of the same client id, which never stores a second copy. "invalid" and
"forbidden" will not succeed if sent again as is; "retry" (the anonymiser was unavailable) will.
An "owner" that is not the signed-in user gets 409 and nothing is read: the entries stay on the
device for their author (someone else signed in on a shared phone).
"""

import datetime as dt
import json
import uuid

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import View

from immersion.common.signals import texts_written_together
from immersion.observation import services
from immersion.observation.redaction import (
    RedactionUnavailable,
    describe,
    redact_text,
    redacted_together,
)
from immersion.observation.selectors import commitment_signed, placement_of_observer
from immersion.www.notebook.access import keeps_notes_out_of_error_reports
from immersion.www.notebook.forms import (
    AstonishmentForm,
    PreviewForm,
    SituationForm,
    TutorExchangeForm,
)

MAX_ENTRIES = 50


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _signed_out() -> JsonResponse:
    return _error(_("Votre session a expiré : reconnectez-vous pour synchroniser."), 401)


@method_decorator(login_not_required, name="dispatch")
@keeps_notes_out_of_error_reports
class PreviewView(View):
    """The text as it would be stored: redacted, with the masked pieces marked."""

    http_method_names = ["post"]

    def post(self, request):
        if not request.user.is_authenticated:
            return _signed_out()
        form = PreviewForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        try:
            redacted = redact_text(form.cleaned_data["text"])
        except RedactionUnavailable:
            return _error(_("L'anonymisation est indisponible : réessayez dans un instant."), 503)
        return JsonResponse(
            {
                "text": redacted.text,
                "segments": redacted.segments,
                "spans": redacted.spans,
                "summary": redacted.summary,
                "description": describe(redacted.summary),
            }
        )


def _situation(request, placement, fields, client_id, written_at):
    form = SituationForm({**fields, "client_id": client_id}, placement=placement)
    if not form.is_valid():
        return None, form
    situation, created = services.record_situation(
        actor=request.user, placement=placement, **form.service_kwargs()
    )
    html = render_to_string("www/notebook/_situation.html", {"situation": situation}, request)
    return (situation, created, html), form


def _astonishment(request, placement, fields, client_id, written_at):
    form = AstonishmentForm({**fields, "client_id": client_id})
    if not form.is_valid():
        return None, form
    astonishment, created = services.record_astonishment(
        actor=request.user,
        placement=placement,
        client_id=form.cleaned_data["client_id"],
        text=form.cleaned_data["text"],
        written_at=written_at,
    )
    html = render_to_string(
        "www/notebook/_astonishment.html", {"astonishment": astonishment}, request
    )
    return (astonishment, created, html), form


def _tutor_exchange(request, placement, fields, client_id, written_at):
    form = TutorExchangeForm({**fields, "client_id": client_id})
    if not form.is_valid():
        return None, form
    exchange, created = services.record_tutor_exchange(
        actor=request.user, placement=placement, **form.service_kwargs()
    )
    html = render_to_string("www/notebook/_tutor_exchange.html", {"exchange": exchange}, request)
    return (exchange, created, html), form


def _form_value(value):
    """A JSON value as a form field receives it (text), or ``None`` if it cannot be one."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return None


# The only fields that take several values (checkbox lists); every other takes one.
MULTI_VALUED = {
    name
    for form in (SituationForm, AstonishmentForm, TutorExchangeForm)
    for name, field in form.base_fields.items()
    if isinstance(field, forms.MultipleChoiceField)
}


def form_values(fields: dict) -> tuple[dict, dict]:
    """The entry's fields as text for its form, and an error for each field whose JSON type
    no form field takes (an object, a list where one value is expected, nested lists)."""
    values, errors = {}, {}
    for name, value in fields.items():
        if isinstance(value, list) and name in MULTI_VALUED:
            items = [_form_value(v) for v in value]
            if all(isinstance(item, str) for item in items):
                values[name] = items
                continue
        elif not isinstance(value, list):
            item = _form_value(value)
            if item is not None or value is None:
                values[name] = item
                continue
        errors[str(name)[:50]] = [_("Valeur illisible pour ce champ (texte ou nombre attendu).")]
    return values, errors


def _written_at(value) -> dt.datetime | None:
    """The device's time of writing: milliseconds since the epoch (JavaScript's Date.now())."""
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    try:
        return dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


KINDS = {
    "situation": _situation,
    "astonishment": _astonishment,
    "tutor_exchange": _tutor_exchange,
}
# The free-text fields of each kind, redacted together for a whole batch.
TEXT_FIELDS = {
    "situation": ("note",),
    "astonishment": ("text",),
    "tutor_exchange": services.TUTOR_TEXT_FIELDS,
}


def _batch_texts(entries) -> list[str]:
    texts = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("fields"), dict):
            continue
        for name in TEXT_FIELDS.get(entry.get("kind"), ()):
            value = entry["fields"].get(name)
            if isinstance(value, str):
                texts.append(value)
    return texts


def _batch_client_ids(entries) -> dict[str, list]:
    """The client ids sent, by kind of entry (services.stored_together looks them up)."""
    ids: dict[str, list] = {}
    for entry in entries:
        if isinstance(entry, dict) and isinstance(entry.get("kind"), str):
            ids.setdefault(entry["kind"], []).append(entry.get("client_id"))
    return ids


@method_decorator(login_not_required, name="dispatch")
@keeps_notes_out_of_error_reports
class SyncView(View):
    """Receives the entries queued on the observer's device (see the module's docstring)."""

    http_method_names = ["post"]

    def post(self, request):
        if not request.user.is_authenticated:
            return _signed_out()
        try:
            payload = json.loads(request.body)
        except RequestDataTooBig:
            return _error(
                _(
                    "Envoi trop volumineux (plus de %(mb)d Mo) : synchronisez moins de notes "
                    "à la fois."
                )
                % {"mb": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)},
                413,
            )
        except (ValueError, UnicodeDecodeError):
            return _error(_("Requête illisible (JSON attendu)."), 400)
        entries = payload.get("entries") if isinstance(payload, dict) else None
        owner = payload.get("owner") if isinstance(payload, dict) else None
        if owner is not None and str(owner) != str(request.user.pk):
            # Entries written under another account on this device: leave them there.
            return _error(
                _(
                    "Un autre compte est connecté sur cet appareil : ces notes attendent "
                    "la prochaine connexion de leur auteur."
                ),
                409,
            )
        if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
            return _error(
                _("Envoyez une liste « entries » de %(n)d entrées au plus.") % {"n": MAX_ENTRIES},
                400,
            )
        results = []
        unavailable = False
        # The search index and the observatory hear of the batch's notes once, at its end;
        # the batch's texts go through the anonymiser in one pass; its client ids are looked
        # up in one query and its notes written in one transaction (services.stored_together).
        with (
            texts_written_together(),
            redacted_together(_batch_texts(entries)),
            services.stored_together(_batch_client_ids(entries)),
        ):
            for entry in entries:
                if unavailable:
                    results.append(self.result(entry, "retry"))
                    continue
                result = self.apply(request, entry)
                unavailable = result["status"] == "retry"
                results.append(result)
        return JsonResponse({"results": results})

    def open_placement(self, user, pk: int):
        """The user's immersion ``pk`` if its notebook is open to them (commitment signed),
        else None; read once per request, however many entries of the batch name it."""
        cache = self.__dict__.setdefault("_placements", {})
        if pk not in cache:
            placement = placement_of_observer(user, pk)
            if placement is not None and not commitment_signed(placement.participant):
                placement = None
            cache[pk] = placement
        return cache[pk]

    @staticmethod
    def result(entry, status, **extra):
        client_id = entry.get("client_id") if isinstance(entry, dict) else None
        return {
            "client_id": client_id if isinstance(client_id, str) else None,
            "status": status,
            **extra,
        }

    def apply(self, request, entry) -> dict:
        if not isinstance(entry, dict):
            return self.result(entry, "invalid", errors={"__all__": [_("Entrée illisible.")]})
        try:
            client_id = str(uuid.UUID(str(entry.get("client_id"))))
        except ValueError:
            return self.result(entry, "invalid", errors={"client_id": [_("Identifiant invalide.")]})
        handler = KINDS.get(entry.get("kind"))
        fields = entry.get("fields")
        if handler is None or not isinstance(fields, dict):
            return self.result(entry, "invalid", errors={"__all__": [_("Entrée illisible.")]})
        fields, errors = form_values(fields)
        if errors:
            return self.result(entry, "invalid", errors=errors)
        placement_id = entry.get("placement")
        placement = (
            self.open_placement(request.user, placement_id)
            if isinstance(placement_id, int) and not isinstance(placement_id, bool)
            else None
        )
        if placement is None:
            return self.result(
                entry,
                "forbidden",
                errors={"__all__": [_("Cette immersion n'est pas dans votre programme.")]},
            )
        try:
            done, form = handler(
                request, placement, fields, client_id, _written_at(entry.get("written_at"))
            )
        except ValidationError as exc:
            errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
            return self.result(entry, "invalid", errors=errors)
        except RedactionUnavailable:
            return self.result(entry, "retry")
        if done is None:
            errors = {k: [e["message"] for e in v] for k, v in form.errors.get_json_data().items()}
            return self.result(entry, "invalid", errors=errors)
        obj, created, html = done
        return self.result(entry, "created" if created else "exists", id=obj.pk, html=html)
