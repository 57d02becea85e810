"""Writes of the participant's engagement: the commitment and the questionnaires.

Questionnaires' free texts are redacted (``observation.redaction``, the notebook's adapter to
the anonymiser) before anything is stored, and before the write transaction opens: on SQLite
a write transaction holds the database's lock, and redacting can take seconds.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from immersion.common.audit import log_action
from immersion.common.signals import texts_written
from immersion.engagement.commitment import COMMITMENT_VERSION, commitment_digest
from immersion.engagement.models import (
    Answer,
    Commitment,
    Phase,
    ProgrammeReceipt,
    QuestionnaireResponse,
    ReceiptChannel,
    Scale,
)
from immersion.engagement.selectors import (
    after_questionnaire_is_open,
    current_commitment,
    questionnaire_items,
)
from immersion.observation.redaction import redact_texts
from immersion.seminars.models import Phase as SeminarPhase
from immersion.seminars.models import SeminarStatus

MAX_FREE_TEXT = 2000


@transaction.atomic
def sign_commitment(*, actor, participant, accepted: bool) -> Commitment:
    """Record the signature of the current version of the commitment (once per version)."""
    if not accepted:
        raise ValidationError(
            {"accepted": _("Cochez la case pour confirmer que vous prenez cet engagement.")}
        )
    existing = current_commitment(participant)
    if existing is not None:
        return existing
    commitment = Commitment(
        participant=participant,
        version=COMMITMENT_VERSION,
        text_digest=commitment_digest(),
        signed_at=timezone.now(),
    )
    commitment.full_clean()
    commitment.save()
    log_action(actor, "commitment.sign", commitment, participant=participant.pk)
    return commitment


def questionnaire_is_open(participant, phase: str) -> bool:
    """ "Before" answers can be changed until the seminar starts; "after" answers from the
    shared analysis on (sequence 4, or the seminar running), and after the seminar."""
    if phase == Phase.BEFORE:
        seminar = participant.seminar
        return seminar.phase() == SeminarPhase.BEFORE and seminar.status in (
            SeminarStatus.DRAFT,
            SeminarStatus.OPEN,
            SeminarStatus.ASSIGNED,
        )
    return after_questionnaire_is_open(participant)


@sensitive_variables()
def submit_questionnaire(
    *,
    actor,
    participant,
    phase: str,
    values: dict[str, int | None],
    texts: dict[str, str],
    check_open: bool = True,
) -> QuestionnaireResponse:
    """Store a questionnaire's answers: ``values`` (Likert items, ``None`` = "je ne sais pas")
    and ``texts`` (open items, redacted here), both keyed by item code. Every Likert item must
    be answered. ``check_open=False`` is for the demo only, which shows a finished seminar's
    answers on an upcoming one. Raises ``RedactionUnavailable`` (nothing stored) if the
    anonymiser cannot run."""
    if phase not in Phase.values:
        raise ValueError(phase)
    if check_open and not questionnaire_is_open(participant, phase):
        raise ValidationError(_("Ce questionnaire n'est plus ouvert."))
    items = list(questionnaire_items(phase, participant))
    errors = {}
    rows = []
    for item in items:
        if item.scale == Scale.LIKERT5:
            if item.code not in values:
                errors[item.code] = _("Choisissez une réponse (ou « je ne sais pas »).")
                continue
            value = values[item.code]
            if value is not None and not 1 <= value <= 5:
                errors[item.code] = _("Réponse hors de l'échelle.")
                continue
            rows.append((item, value, ""))
        else:
            text = (texts.get(item.code) or "").strip()
            if len(text) > MAX_FREE_TEXT:
                errors[item.code] = _("%(n)d caractères au plus.") % {"n": MAX_FREE_TEXT}
                continue
            rows.append((item, None, text))
    if errors:
        raise ValidationError(errors)
    redacted = iter(redact_texts([text for _item, _value, text in rows if text]))
    rows = [(item, value, next(redacted).text if text else "") for item, value, text in rows]
    return _store_answers(actor=actor, participant=participant, phase=phase, rows=rows)


@transaction.atomic
def _store_answers(*, actor, participant, phase: str, rows: list) -> QuestionnaireResponse:
    response, created = QuestionnaireResponse.objects.update_or_create(
        participant=participant, phase=phase, defaults={"submitted_at": timezone.now()}
    )
    response.answers.all().delete()
    answers = [Answer(response=response, item=item, value=v, free_text=t) for item, v, t in rows]
    for answer in answers:
        answer.full_clean(exclude=["response"])
    Answer.objects.bulk_create(answers)
    texts_written.send(
        sender=Answer, source_kind="after_text", ids=[a.pk for a in answers if a.free_text]
    )
    log_action(
        actor,
        "questionnaire.submit" if created else "questionnaire.update",
        response,
        phase=phase,
        answers=len(answers),
    )
    return response


@transaction.atomic
def record_programme_receipt(*, actor, participant, channel: str) -> bool:
    """Note that the participant viewed (or downloaded) their personal programme; the first
    time per way only. Returns whether it was new."""
    if channel not in ReceiptChannel.values:
        raise ValidationError(_("Moyen de consultation inconnu."))
    _receipt, created = ProgrammeReceipt.objects.get_or_create(
        participant=participant, channel=channel, defaults={"received_at": timezone.now()}
    )
    if created:
        log_action(actor, "programme.receipt", participant, channel=channel)
    return created
