"""The board's panels fed by the contributions and territory apps."""

import pytest

from immersion.analysis import adapters
from immersion.contributions import services as contributions
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db


def test_grouped_contributions_are_read_as_text_without_their_author():
    observer = make_observer()
    seminar = observer.seminar
    post = contributions.post_contribution
    first = post(
        actor=None,
        participant=observer.participant,
        kind="levier",
        field="etat",
        text="Un numéro direct entre la Caf et les travailleurs sociaux.",
        check_open=False,
    )
    twin = post(
        actor=None,
        participant=observer.participant,
        kind="levier",
        field="etat",
        text="Une ligne directe Caf pour les travailleurs sociaux.",
        check_open=False,
    )
    contributions.merge_contribution(actor=None, duplicate=twin, into=first)
    group = contributions.create_group(actor=None, seminar=seminar, title="Joignabilité")
    contributions.put_in_group(actor=None, contribution=first, group=group)
    post(
        actor=None,
        participant=observer.participant,
        kind="contrainte",
        field="etat",
        text="Trop de plateformes différentes.",
        check_open=False,
    )
    panel = adapters.contributions_panel(seminar)
    assert panel.available and panel.count == 2
    (heading, [line]), (none, [other]) = panel.groups
    assert heading == "Joignabilité" and none is None
    assert (line.text, line.kind_label, line.merged_count) == (first.text, "Levier", 1)
    assert other.kind_label == "Contrainte"


def test_the_territory_panel_asks_for_the_seminars_city(seminar):
    panel = adapters.territory_panel(seminar)
    assert panel.available and panel.commune_code == seminar.city_code
    assert isinstance(panel.figures, list)
