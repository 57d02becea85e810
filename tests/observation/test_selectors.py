import datetime as dt
import uuid

import pytest

from immersion.observation import services
from immersion.observation.selectors import (
    commitment_signed,
    contact_mix_comparison,
    observer_placements,
    placement_of_observer,
)
from tests.observation.factories import add_observer, make_observer

pytestmark = pytest.mark.django_db


def note(observer, reason, n=1):
    for _ in range(n):
        services.record_situation(
            actor=None,
            placement=observer.placement,
            client_id=uuid.uuid4(),
            observed_at=dt.time(10, 0),
            contact_reason=reason,
        )


def test_contact_mix_compares_declared_shares_with_observed_ones():
    observer = make_observer(kind="caf")
    colleague = add_observer(observer)
    services.declare_contact_mix(
        actor=None, site=observer.site, shares={"rsa": 50, "aides_logement": 30}
    )
    note(observer, "rsa", 2)
    note(colleague, "prime_activite", 1)
    note(colleague, "aides_logement", 1)
    mix = contact_mix_comparison(observer.site, observer.seminar)
    rows = {row.code: row for row in mix.rows}
    assert list(rows) == ["rsa", "aides_logement", "prime_activite"]
    assert (rows["rsa"].declared, rows["rsa"].observed, rows["rsa"].observed_share) == (50, 2, 50.0)
    assert rows["aides_logement"].gap == -5.0
    assert rows["prime_activite"].declared is None and rows["prime_activite"].gap is None
    assert mix.observed_total == 4 and mix.declared_total == 80
    assert mix.undeclared_share == 20
    assert mix.small_sample


def test_contact_mix_of_another_seminar_or_of_nothing():
    observer = make_observer(kind="caf")
    note(observer, "rsa")
    other = make_observer(site=observer.site)
    assert contact_mix_comparison(observer.site, other.seminar).rows == []
    assert contact_mix_comparison(observer.site).observed_total == 1


def test_an_observer_sees_only_their_published_immersions_once_they_signed():
    observer = make_observer()
    other = add_observer(observer)
    assert placement_of_observer(observer.user, observer.placement.pk) == observer.placement
    assert placement_of_observer(other.user, observer.placement.pk) is None
    assert [p.pk for p in observer_placements(observer.participant)] == [observer.placement.pk]
    assert commitment_signed(observer.participant)
    unsigned = add_observer(observer, signed=False)
    assert not commitment_signed(unsigned.participant)
