import pytest

from immersion.analysis.perception import perception_of, perception_summary
from immersion.analysis.stats import MIN_RESPONDENTS
from immersion.people.services import withdraw_participant
from tests.analysis.helpers import answer_both, item
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db

WAITING = "perception.caf.attente"
PHONE = "canal.accueil_telephonique"


def by_code(summary):
    return {i.code: i for i in summary.items}


def test_an_empty_seminar_has_no_items(seminar):
    summary = perception_summary(seminar)
    assert (summary.before, summary.after, summary.paired) == (0, 0, 0)
    assert summary.items == [] and summary.shown == [] and summary.hidden_count == 0


def test_paired_answers_give_the_shift_of_each_item(seminar):
    answer_both(seminar, {WAITING: [(2, 4), (3, 3), (4, 2), (1, 4)]})
    summary = perception_summary(seminar)
    assert (summary.before, summary.after, summary.paired) == (4, 4, 4)
    waiting = by_code(summary)[WAITING]
    assert waiting.text == item(WAITING).text
    assert waiting.topic == "Caf" and waiting.dimension_label == "Attente"
    shift = waiting.shift
    assert shift.shown and shift.pairs == 4
    assert (shift.up, shift.down, shift.unchanged) == (2, 1, 1)
    assert shift.mean_change == 0.75 and shift.median_change == 1.0
    assert shift.test is None  # 3 changes only


def test_an_item_answered_by_fewer_than_three_people_shows_nothing(seminar):
    # everybody answers PHONE; only two give a value (not "je ne sais pas") to WAITING
    answer_both(seminar, {WAITING: [(1, 5), (1, 5)], PHONE: [(2, 3), (2, 3), (2, 3)]})
    summary = perception_summary(seminar)
    items = by_code(summary)
    assert not items[WAITING].shift.shown
    assert items[WAITING].shift.up == 0 and items[WAITING].shift.mean_change is None
    assert items[PHONE].shift.shown
    assert [i.code for i in summary.shown] == [PHONE]
    assert summary.hidden_count == len(summary.items) - 1
    assert summary.min_respondents == MIN_RESPONDENTS


def test_the_test_runs_only_with_six_changes(seminar):
    five = [(2, 4)] * 5 + [(3, 3)] * 4
    six = [(2, 4)] * 6 + [(3, 3)] * 3
    answer_both(seminar, {WAITING: five, PHONE: six})
    items = by_code(perception_summary(seminar))
    assert items[WAITING].shift.shown and items[WAITING].shift.test is None
    assert items[PHONE].shift.test is not None
    assert items[PHONE].shift.test.p_value == pytest.approx(0.019656, abs=1e-6)


def test_withdrawn_participants_and_other_seminars_are_left_out(seminar):
    people = answer_both(seminar, {WAITING: [(1, 2), (1, 2), (1, 2), (1, 2)]})
    other = make_observer().seminar
    answer_both(other, {WAITING: [(5, 1)] * 3})
    withdraw_participant(actor=None, participant=people[0])
    summary = perception_summary(seminar)
    assert summary.paired == 3
    assert by_code(summary)[WAITING].shift.pairs == 3
    assert by_code(summary)[WAITING].shift.up == 3


def test_before_only_answers_count_as_respondents_but_make_no_pair(seminar):
    from immersion.engagement.models import Phase, QuestionnaireResponse

    answer_both(seminar, {WAITING: [(1, 2)] * 3})
    QuestionnaireResponse.objects.filter(phase=Phase.AFTER).first().delete()
    summary = perception_summary(seminar)
    assert (summary.before, summary.after, summary.paired) == (3, 2, 2)
    assert not by_code(summary)[WAITING].shift.shown


def test_the_database_counts_give_the_same_perception_as_the_answers_read_one_by_one():
    """The observatory counts the pairs in the database (perception_totals,
    perception_by_category); the board reads a seminar's answers: the same figures."""
    from immersion.analysis.perception import perception_by_category, perception_totals
    from tests.analysis.factories import make_debrief_seminar

    seminar = make_debrief_seminar(participants=14, situations_each=0, seed=11).seminar
    scope = {"response__participant__seminar": seminar}
    assert perception_totals(**scope) == perception_of(**scope)
    by_category = perception_by_category(**scope)
    assert by_category
    for category, summary in by_category.items():
        assert summary == perception_of(**scope, response__participant__category=category)
