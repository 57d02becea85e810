"""The "after" questionnaire: asked from the shared analysis on, paired with "before",
open to those who skipped "before", its free texts redacted and gathered for the board."""

import pytest
from django.core.exceptions import ValidationError

from immersion.engagement.models import Answer, Phase, Scale
from immersion.engagement.selectors import (
    after_free_texts,
    journey_steps,
    paired_answers,
    questionnaire_items,
)
from immersion.engagement.services import questionnaire_is_open, submit_questionnaire
from immersion.people.services import withdraw_participant
from immersion.seminars.services import mark_seminar_assigned, open_seminar, start_seminar
from tests.factories import ParticipantFactory, at_paris, frozen_clock, make_participant_account

pytestmark = pytest.mark.django_db

RAW = "Mme Josiane Kerbrat, au 06 12 34 56 78, attendait depuis trois heures."


@pytest.fixture
def participant(seminar):
    participant = ParticipantFactory(seminar=seminar)
    make_participant_account(participant)
    return participant


def values(participant, phase, value):
    return {
        i.code: value for i in questionnaire_items(phase, participant) if i.scale == Scale.LIKERT5
    }


def answer(participant, phase, value, **texts):
    return submit_questionnaire(
        actor=participant.user,
        participant=participant,
        phase=phase,
        values=values(participant, phase, value),
        texts=texts,
    )


def run(seminar, organizer):
    open_seminar(actor=organizer, seminar=seminar)
    mark_seminar_assigned(actor=organizer, seminar=seminar)
    start_seminar(actor=organizer, seminar=seminar)
    seminar.refresh_from_db()


def test_after_opens_on_the_day_of_the_shared_analysis_even_if_not_started(participant, organizer):
    seminar = participant.seminar
    open_seminar(actor=organizer, seminar=seminar)
    mark_seminar_assigned(actor=organizer, seminar=seminar)
    seminar.refresh_from_db()
    day_two = seminar.shared_analysis_date()
    assert day_two == seminar.date_of_day(2)
    with frozen_clock(at_paris(seminar.start_date, "16:00")):
        assert not questionnaire_is_open(participant, Phase.AFTER)
        with pytest.raises(ValidationError):
            answer(participant, Phase.AFTER, 3)
    with frozen_clock(at_paris(day_two, "16:00")):
        assert questionnaire_is_open(participant, Phase.AFTER)
        assert answer(participant, Phase.AFTER, 3).phase == Phase.AFTER


def test_after_stays_open_once_the_seminar_is_running_and_closed(participant, organizer):
    from immersion.seminars.services import close_seminar

    seminar = participant.seminar
    assert not questionnaire_is_open(participant, Phase.AFTER)  # draft
    run(seminar, organizer)
    assert questionnaire_is_open(participant, Phase.AFTER)
    close_seminar(actor=organizer, seminar=seminar)
    participant.seminar.refresh_from_db()
    assert questionnaire_is_open(participant, Phase.AFTER)


def test_after_pairs_every_likert_answer_with_before(participant, organizer):
    answer(participant, Phase.BEFORE, 4, **{"attentes.avant": "Voir l'accueil."})
    run(participant.seminar, organizer)
    answer(
        participant,
        Phase.AFTER,
        2,
        **{"apres.etonnement": "La file d'attente.", "apres.changement": "Les horaires."},
    )
    pairs = paired_answers(participant)
    assert len(pairs) == 33  # every Likert item, same code and version
    assert {(before.value, after.value) for _i, before, after in pairs} == {(4, 2)}
    assert all(before.item_id == after.item_id for _i, before, after in pairs)


def test_participant_without_before_answers_after(participant, organizer):
    run(participant.seminar, organizer)
    response = answer(participant, Phase.AFTER, 5, **{"apres.etonnement": "Le calme des agents."})
    assert response.answers.filter(item__scale=Scale.LIKERT5).count() == 33
    assert paired_answers(participant) == []
    assert after_free_texts(participant.seminar) == ["Le calme des agents."]


def test_after_free_texts_are_redacted_before_they_are_stored(participant, organizer):
    run(participant.seminar, organizer)
    answer(participant, Phase.AFTER, 3, **{"apres.etonnement": RAW, "apres.changement": ""})
    stored = Answer.objects.get(item__code="apres.etonnement").free_text
    assert "06 12 34 56 78" not in stored and "Kerbrat" not in stored
    assert "attendait depuis trois heures" in stored
    assert after_free_texts(participant.seminar) == [stored]


def test_after_free_texts_leave_out_before_blank_withdrawn_and_other_seminars(
    participant, organizer
):
    from tests.factories import SeminarFactory

    seminar = participant.seminar
    answer(participant, Phase.BEFORE, 3, **{"attentes.avant": "Une attente d'avant."})
    run(seminar, organizer)
    answer(
        participant,
        Phase.AFTER,
        3,
        **{"apres.etonnement": "Premier étonnement.", "apres.changement": "Premier changement."},
    )
    leaver = ParticipantFactory(seminar=seminar)
    answer(leaver, Phase.AFTER, 3, **{"apres.etonnement": "Parti ensuite."})
    withdraw_participant(actor=organizer, participant=leaver)
    other = ParticipantFactory(seminar=SeminarFactory(organizers=[organizer]))
    run(other.seminar, organizer)
    answer(other, Phase.AFTER, 3, **{"apres.etonnement": "Ailleurs."})
    assert after_free_texts(seminar) == ["Premier étonnement.", "Premier changement."]


def test_the_journey_ends_with_the_after_questionnaire(participant, organizer):
    step = journey_steps(participant)[-1]
    assert (step.key, step.available, step.done) == ("after_questionnaire", False, False)
    run(participant.seminar, organizer)
    answer(participant, Phase.AFTER, 3)
    step = journey_steps(participant)[-1]
    assert step.available and step.done
