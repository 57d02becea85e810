import pytest

from immersion.analysis.representativeness import site_mixes, tutor_representativeness
from immersion.observation.services import declare_contact_mix
from tests.analysis.helpers import exchange, situation
from tests.observation.factories import add_observer, make_observer

pytestmark = pytest.mark.django_db


def test_an_empty_seminar_has_no_answers_and_no_sites(seminar):
    distribution = tutor_representativeness(seminar)
    assert distribution.answers == 0 and not distribution.shown
    assert site_mixes(seminar) == []


def test_two_tutors_answers_are_not_shown():
    first = make_observer()
    exchange(first, 5)
    exchange(add_observer(first), 2)
    distribution = tutor_representativeness(first.seminar)
    assert distribution.answers == 2
    assert not distribution.shown and distribution.values == [] and distribution.mean is None


def test_the_distribution_of_the_tutors_answers_from_three():
    first = make_observer()
    exchange(first, 4)
    exchange(add_observer(first), 4)
    exchange(add_observer(first), 2)
    exchange(add_observer(first), None)  # not answered: not counted
    distribution = tutor_representativeness(first.seminar)
    assert distribution.shown and distribution.answers == 3
    assert [(v.code, v.count) for v in distribution.values] == [
        ("1", 0),
        ("2", 1),
        ("3", 0),
        ("4", 2),
        ("5", 0),
    ]
    assert distribution.values[3].label == "Plutôt représentatives"
    assert distribution.mean == pytest.approx(3.33) and distribution.median == 4.0


def test_each_site_compares_observed_reasons_with_its_declared_mix():
    caf = make_observer(kind="caf")
    ccas = make_observer(seminar=caf.seminar, kind="ccas")
    declare_contact_mix(actor=None, site=caf.site, shares={"rsa": 60, "aah": 20})
    situation(caf, reason="rsa")
    situation(caf, reason="rsa")
    situation(caf, reason="aides_logement")
    situation(ccas, reason="domiciliation")
    other_seminar = make_observer(site=caf.site)  # another seminar at the same site
    situation(other_seminar, reason="aah")
    mixes = {m.site_id: m for m in site_mixes(caf.seminar)}
    assert set(mixes) == {caf.site.pk, ccas.site.pk}
    comparison = mixes[caf.site.pk].comparison
    assert comparison.observed_total == 3 and comparison.declared_total == 80
    rows = {r.code: r for r in comparison.rows}
    assert (rows["rsa"].declared, rows["rsa"].observed, rows["rsa"].gap) == (60, 2, 6.7)
    assert (rows["aah"].declared, rows["aah"].observed) == (20, 0)
    assert (rows["aides_logement"].declared, rows["aides_logement"].observed) == (None, 1)
    assert mixes[ccas.site.pk].site_kind_label == "CCAS"
    assert mixes[ccas.site.pk].comparison.observed_total == 1


def test_site_mixes_agree_with_the_notebook_comparison_of_one_site():
    from immersion.observation.selectors import contact_mix_comparison

    caf = make_observer(kind="caf")
    declare_contact_mix(actor=None, site=caf.site, shares={"rsa": 50})
    situation(caf, reason="rsa")
    situation(caf, reason="paje")
    (mix,) = site_mixes(caf.seminar)
    assert mix.comparison == contact_mix_comparison(caf.site, caf.seminar)


def test_the_largest_gap_is_the_reason_farthest_from_the_declared_share():
    caf = make_observer(kind="caf")
    declare_contact_mix(actor=None, site=caf.site, shares={"rsa": 20, "aah": 50})
    for reason in ("rsa", "rsa", "rsa", "aah"):
        situation(caf, reason=reason)
    (mix,) = site_mixes(caf.seminar)
    assert mix.largest_gap.code == "rsa" and mix.largest_gap.gap == 55.0
    undeclared = make_observer(kind="ccas")
    situation(undeclared, reason="domiciliation")
    assert site_mixes(undeclared.seminar)[0].largest_gap is None
