import pytest

from immersion.analysis.observed import observed_summary
from immersion.observation import grid
from tests.analysis.helpers import astonishment, situation
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db


def test_an_empty_seminar_has_no_figures(seminar):
    summary = observed_summary(seminar)
    assert summary.empty
    assert summary.situations == 0 and summary.groups == [] and summary.frictions == []
    assert summary.waiting.count == 0 and summary.waiting.median is None


def test_situations_are_grouped_by_site_kind_and_channel_in_vocabulary_order():
    phone = make_observer(kind="cpam", channel="accueil_telephonique")
    desk = make_observer(seminar=phone.seminar, kind="caf", channel="accueil_physique")
    situation(phone, waiting_minutes=10)
    situation(desk, waiting_minutes=5)
    situation(desk, waiting_minutes=15)
    groups = observed_summary(desk.seminar).groups
    assert [(g.site_kind, g.channel, g.situations) for g in groups] == [
        ("caf", "accueil_physique", 2),
        ("cpam", "accueil_telephonique", 1),
    ]
    assert groups[0].label == "Caf — Accueil physique"
    assert groups[1].label == "Cpam — Accueil téléphonique"


def test_waiting_times_give_median_and_quartiles_without_the_unnoted_ones():
    observer = make_observer()
    for minutes in (0, 5, 10, 20, 40, None):
        situation(observer, waiting_minutes=minutes)
    summary = observed_summary(observer.seminar)
    (group,) = summary.groups
    assert group.situations == 6
    assert (group.waiting.count, group.waiting.q1, group.waiting.median, group.waiting.q3) == (
        5,
        5.0,
        10.0,
        20.0,
    )
    assert summary.waiting == group.waiting


def test_outcomes_are_counted_with_the_unrecorded_ones_last():
    observer = make_observer()
    for outcome in ("resolue", "resolue", "reorientee", ""):
        situation(observer, outcome=outcome)
    (group,) = observed_summary(observer.seminar).groups
    assert [(o.label, o.count, o.share) for o in group.outcomes] == [
        ("Résolue", 2, 50.0),
        ("Réorientée", 1, 25.0),
        ("À suivre", 0, 0.0),
        ("Non résolue", 0, 0.0),
        ("Non renseignée", 1, 25.0),
    ]


def test_most_frequent_frictions_first_as_a_share_of_the_situations():
    observer = make_observer()
    situation(observer, frictions=["attente", "langue"])
    situation(observer, frictions=["attente"])
    situation(observer, frictions=["dematerialisation", "attente"])
    situation(observer)
    summary = observed_summary(observer.seminar)
    assert [(f.code, f.count, f.share) for f in summary.frictions] == [
        ("attente", 3, 75.0),
        ("dematerialisation", 1, 25.0),
        ("langue", 1, 25.0),
    ]
    assert summary.frictions[0].label == "Attente"


def test_group_frictions_keep_the_five_most_frequent():
    observer = make_observer()
    codes = grid.codes(grid.FRICTIONS)
    for n, code in enumerate(codes[:7]):
        for _ in range(7 - n):
            situation(observer, frictions=[code])
    (group,) = observed_summary(observer.seminar).groups
    assert [f.code for f in group.frictions] == codes[:5]


def test_every_check_of_the_channel_counts_yes_no_and_not_observed():
    observer = make_observer(kind="caf", channel="accueil_telephonique")
    situation(observer, checks={"agent_courteous": "oui", "sent_to_website": "oui"})
    situation(observer, checks={"agent_courteous": "non", "answer_correct": "oui"})
    situation(observer, checks={"agent_courteous": "oui", "sent_to_website": "non"})
    (group,) = observed_summary(observer.seminar).groups
    checks = {c.code: c for c in group.checks}
    assert list(checks) == grid.codes(grid.checks_for("accueil_telephonique"))
    courteous = checks["agent_courteous"]
    assert (courteous.yes, courteous.no, courteous.not_observed) == (2, 1, 0)
    assert courteous.good_share == pytest.approx(66.7)
    answer = checks["answer_correct"]  # a check kept in channel_checks
    assert (answer.yes, answer.no, answer.not_observed) == (1, 0, 2)
    website = checks["sent_to_website"]  # the good answer is "non"
    assert (website.yes, website.no, website.good_count, website.good_share) == (1, 1, 1, 50.0)
    assert str(website.source) == "Plan téléphone 2023"
    assert checks["information_clear"].good_share is None  # never observed


def test_astonishments_are_counted_and_other_seminars_are_not():
    observer = make_observer()
    other = make_observer()
    astonishment(observer, "Le calme de la salle d'attente.")
    situation(other, waiting_minutes=3)
    summary = observed_summary(observer.seminar)
    assert summary.astonishments == 1
    assert summary.situations == 0
    assert not summary.empty


def test_a_groups_conformity_is_the_share_of_observed_checks_that_met_the_expectation():
    observer = make_observer(kind="caf", channel="accueil_telephonique")
    situation(observer, checks={"agent_courteous": "oui", "sent_to_website": "oui"})
    situation(observer, checks={"agent_courteous": "non", "answer_correct": "oui"})
    (group,) = observed_summary(observer.seminar).groups
    # good: courteous once, answer correct once; sent to the website is good when "non"
    assert group.conformity == 50.0
    empty = make_observer()
    situation(empty)
    assert observed_summary(empty.seminar).groups[0].conformity is None
