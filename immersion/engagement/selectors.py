"""Reads of a participant's engagement, for their space and for the organizers' follow-up."""

from dataclasses import dataclass

from immersion.engagement.commitment import COMMITMENT_VERSION
from immersion.engagement.item_bank import AFTER_FREE_TEXT_CODES
from immersion.engagement.models import (
    Answer,
    Commitment,
    Phase,
    QuestionnaireItem,
    QuestionnaireResponse,
)
from immersion.placements.selectors import published_run


def current_commitment(participant) -> Commitment | None:
    return participant.commitments.filter(version=COMMITMENT_VERSION).first()


def has_signed_commitment(participant) -> bool:
    """The gate: nothing about the host sites is shown to a participant before this is true.

    A signature of an earlier version still counts (the participant agreed to the rules of
    the seminar they registered for); the home page asks them to read the new version.
    """
    if participant is None:
        return False
    return participant.commitments.exists()


def questionnaire_items(phase: str, participant=None):
    """The items of a questionnaire. "After" asks the very items (code and version) answered
    before, so that every pair of answers compares the same question."""
    if phase == Phase.AFTER and participant is not None:
        before = response_for(participant, Phase.BEFORE)
        if before is not None:
            answered = before.answers.values_list("item_id", flat=True)
            shared = QuestionnaireItem.objects.filter(pk__in=answered, phase="")
            own = QuestionnaireItem.objects.current().filter(phase=Phase.AFTER)
            return (shared | own).order_by("position", "code")
    return QuestionnaireItem.objects.current().for_phase(phase).order_by("position", "code")


def response_for(participant, phase: str) -> QuestionnaireResponse | None:
    return (
        QuestionnaireResponse.objects.filter(participant=participant, phase=phase)
        .prefetch_related("answers__item")
        .first()
    )


def paired_answers(participant) -> list[tuple[QuestionnaireItem, object, object]]:
    """(item, before answer, after answer) for every item answered in both questionnaires."""
    before = response_for(participant, Phase.BEFORE)
    after = response_for(participant, Phase.AFTER)
    if before is None or after is None:
        return []
    after_by_item = {a.item_id: a for a in after.answers.all()}
    return [
        (a.item, a, after_by_item[a.item_id])
        for a in sorted(before.answers.all(), key=lambda a: (a.item.position, a.item.code))
        if a.item_id in after_by_item
    ]


def after_free_texts(seminar) -> list[str]:
    """The answers to the "after" questionnaire's open questions (« Ce qui vous a le plus
    étonné », « Ce que vous changeriez en premier ») of the seminar's active participants,
    for the debrief's wall of quotes. Redacted before they were stored; blank ones left out;
    in the order they were sent, each participant's in the questionnaire's order."""
    return list(
        Answer.objects.filter(
            response__phase=Phase.AFTER,
            response__participant__seminar=seminar,
            response__participant__withdrawn_at__isnull=True,
            item__code__in=AFTER_FREE_TEXT_CODES,
        )
        .exclude(free_text="")
        .order_by("response__submitted_at", "response_id", "item__position")
        .values_list("free_text", flat=True)
    )


def after_questionnaire_is_open(participant) -> bool:
    """From the shared analysis on (sequence 4), and after the seminar; answering "before"
    is not required."""
    return participant.seminar.shared_analysis_has_begun()


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    done: bool
    available: bool


def journey_steps(participant) -> list[Step]:
    """What a participant has to do, in order: before the seminar, then at its end."""
    from django.utils.translation import gettext as _

    signed = has_signed_commitment(participant)
    published = published_run(participant.seminar) is not None
    return [
        Step(
            "profile",
            _("Compléter votre profil"),
            participant.profile_confirmed_at is not None,
            True,
        ),
        Step("commitment", _("Signer l'engagement de confidentialité"), signed, True),
        Step(
            "questionnaire",
            _("Répondre au questionnaire « avant »"),
            response_for(participant, Phase.BEFORE) is not None,
            True,
        ),
        Step(
            "programme",
            _("Consulter votre programme personnel"),
            signed and published and participant.programme_receipts.exists(),
            signed and published,
        ),
        Step(
            "after_questionnaire",
            _("Répondre au questionnaire « après »"),
            response_for(participant, Phase.AFTER) is not None,
            after_questionnaire_is_open(participant),
        ),
    ]
