"""Small builders for exact figures: a few situations, answers and exchanges, by the services."""

import datetime as dt
import uuid

from immersion.engagement.models import Phase, QuestionnaireItem
from immersion.engagement.services import submit_questionnaire
from immersion.observation import services
from immersion.seminars.models import Seminar, SeminarStatus
from tests.factories import ParticipantFactory


def situation(observer, *, reason=None, **kwargs):
    if reason is None:
        reason = {"caf": "rsa", "cpam": "carte_vitale", "ccas": "domiciliation"}.get(
            observer.site.kind, "autre"
        )
    return services.record_situation(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        observed_at=dt.time(9, 30),
        contact_reason=reason,
        check_window=False,
        **kwargs,
    )[0]


def astonishment(observer, text):
    return services.record_astonishment(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        text=text,
        check_window=False,
    )[0]


def exchange(observer, representativeness):
    return services.record_tutor_exchange(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        representativeness=representativeness,
        check_window=False,
    )[0]


def item(code):
    return QuestionnaireItem.objects.get(code=code, version=1)


def answer_both(seminar, pairs_by_code: dict[str, list[tuple]], *, extra_people: int = 0):
    """Participants answering before (seminar open) then after (running). ``pairs_by_code``:
    item code -> one (before, after) per participant; other Likert items "je ne sais pas"."""
    likert = list(QuestionnaireItem.objects.current().filter(scale="likert5", phase=""))
    people = max(len(v) for v in pairs_by_code.values()) + extra_people
    participants = [ParticipantFactory(seminar=seminar) for _ in range(people)]
    status = seminar.status
    for phase, side in ((Phase.BEFORE, 0), (Phase.AFTER, 1)):
        if phase == Phase.AFTER:
            Seminar.objects.filter(pk=seminar.pk).update(status=SeminarStatus.RUNNING)
        else:
            Seminar.objects.filter(pk=seminar.pk).update(status=SeminarStatus.OPEN)
        for n, participant in enumerate(participants):
            participant.refresh_from_db()
            values = {i.code: None for i in likert}
            for code, pairs in pairs_by_code.items():
                if n < len(pairs):
                    values[code] = pairs[n][side]
            submit_questionnaire(
                actor=None, participant=participant, phase=phase, values=values, texts={}
            )
    Seminar.objects.filter(pk=seminar.pk).update(status=status)
    return participants
