"""The notebook accepts notes only from the seminar's first day to its last day + 7 days."""

import datetime as dt
import uuid

import pytest
from django.core.exceptions import ValidationError

from immersion.observation import services
from immersion.observation.models import Astonishment, Situation, TutorExchange
from tests.factories import SeminarFactory, UserFactory
from tests.observation.factories import make_observer


def observer_of_seminar_starting(days_from_today):
    from django.utils import timezone

    organizer = UserFactory(role="organizer")
    start = timezone.localdate() + dt.timedelta(days=days_from_today)
    return make_observer(seminar=SeminarFactory(organizers=[organizer], start_date=start))


def situation(observer, **kwargs):
    return services.record_situation(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        observed_at=dt.time(9, 30),
        contact_reason="rsa",
        **kwargs,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("days_from_today", [30, -9])  # weeks before; 8 days after the end
def test_notes_outside_the_window_are_refused_with_a_french_message(days_from_today):
    observer = observer_of_seminar_starting(days_from_today)
    with pytest.raises(ValidationError) as error:
        situation(observer)
    assert "Le carnet d'observation accepte des notes du" in error.value.messages[0]
    with pytest.raises(ValidationError):
        services.record_astonishment(
            actor=observer.user, placement=observer.placement, client_id=uuid.uuid4(), text="Vu."
        )
    with pytest.raises(ValidationError):
        services.record_tutor_exchange(
            actor=observer.user,
            placement=observer.placement,
            client_id=uuid.uuid4(),
            representativeness=4,
        )
    assert not Situation.objects.exists()
    assert not Astonishment.objects.exists()
    assert not TutorExchange.objects.exists()


@pytest.mark.django_db
def test_notes_are_accepted_up_to_seven_days_after_the_last_day():
    observer = observer_of_seminar_starting(-8)  # two days: the last day was 7 days ago
    _situation, created = situation(observer)
    assert created


@pytest.mark.django_db
def test_the_demo_loader_may_write_outside_the_window():
    observer = observer_of_seminar_starting(60)
    _situation, created = situation(observer, check_window=False)
    assert created


@pytest.mark.django_db
def test_the_notebook_page_says_when_it_accepts_notes(client):
    from django.urls import reverse

    from tests.conftest import page

    early = observer_of_seminar_starting(30)
    client.force_login(early.user)
    content = page(client.get(reverse("notebook:immersion", args=[early.placement.pk])))
    assert "Le carnet n'est pas ouvert aujourd'hui" in content
    open_now = make_observer()
    client.force_login(open_now.user)
    content = page(client.get(reverse("notebook:immersion", args=[open_now.placement.pk])))
    assert "Le carnet n'est pas ouvert aujourd'hui" not in content
