"""Writes of the participant's engagement: the commitment and the questionnaires."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.common.audit import log_action
from immersion.engagement.commitment import COMMITMENT_VERSION, commitment_digest
from immersion.engagement.models import (
    Answer,
    Commitment,
    Phase,
    QuestionnaireResponse,
    Scale,
)
from immersion.engagement.selectors import current_commitment, questionnaire_items
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
    """ "Before" answers can be changed until the seminar starts."""
    if phase == Phase.BEFORE:
        return participant.seminar.status in (
            SeminarStatus.DRAFT,
            SeminarStatus.OPEN,
            SeminarStatus.ASSIGNED,
        )
    return participant.seminar.status in (SeminarStatus.RUNNING, SeminarStatus.CLOSED)


@transaction.atomic
def submit_questionnaire(
    *, actor, participant, phase: str, values: dict[str, int | None], texts: dict[str, str]
) -> QuestionnaireResponse:
    """Store a questionnaire's answers: ``values`` (Likert items, ``None`` = "je ne sais pas")
    and ``texts`` (open items), both keyed by item code. Every Likert item must be answered."""
    if phase not in Phase.values:
        raise ValueError(phase)
    if not questionnaire_is_open(participant, phase):
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
    response, created = QuestionnaireResponse.objects.update_or_create(
        participant=participant, phase=phase, defaults={"submitted_at": timezone.now()}
    )
    response.answers.all().delete()
    answers = [Answer(response=response, item=item, value=v, free_text=t) for item, v, t in rows]
    for answer in answers:
        answer.full_clean(exclude=["response"])
    Answer.objects.bulk_create(answers)
    log_action(
        actor,
        "questionnaire.submit" if created else "questionnaire.update",
        response,
        phase=phase,
        answers=len(answers),
    )
    return response
