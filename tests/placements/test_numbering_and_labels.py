import importlib

import pytest
from django.apps import apps
from django.template import Context, Template
from django.urls import reverse

from immersion.common.choices import half_day_label, relabel_half_days
from immersion.placements import services
from immersion.placements.models import AssignmentRun, SolveState
from immersion.seminars.services import open_seminar
from tests.conftest import page
from tests.factories import ParticipantFactory, SeminarFactory, SiteFactory, make_offer

pytestmark = pytest.mark.django_db


def _open_seminar(organizer, *, participants=3, capacity=2, tag=""):
    seminar = SeminarFactory(organizers=[organizer])
    for i, kind in enumerate(["caf", "ccas"]):
        site = SiteFactory(name=f"Structure {kind}{tag}", kind=kind, organisation=f"Org {i}")
        make_offer(seminar, site, "J2-matin", capacity=capacity)
        make_offer(seminar, site, "J2-apres-midi", capacity=capacity)
    for i in range(participants):
        ParticipantFactory(seminar=seminar, category="elu", organisation=f"Autre {i}")
    return open_seminar(actor=organizer, seminar=seminar)


def test_half_day_label_reads_the_code_and_leaves_anything_else():
    assert half_day_label("J2-apres-midi") == "Jour 2 — après-midi"
    assert half_day_label("J1-matin") == "Jour 1 — matin"
    assert half_day_label("") == ""
    assert half_day_label("autre") == "autre"
    assert (
        relabel_half_days("Lucas le J2-apres-midi : complet.")
        == "Lucas le Jour 2 — après-midi : complet."
    )
    rendered = Template("{% load vmv %}{{ code|half_day_label }}").render(
        Context({"code": "J2-matin"})
    )
    assert rendered == "Jour 2 — matin"


def test_seminar_page_tags_immersions_with_the_half_days_label(organizer_client, organizer):
    seminar = _open_seminar(organizer)
    text = page(organizer_client.get(seminar.get_absolute_url()))
    assert '<span class="fr-tag fr-tag--sm">Jour 2 — après-midi</span>' in text
    assert ">J2-apres-midi<" not in text


def test_runs_are_numbered_per_seminar(organizer_client, organizer):
    first = _open_seminar(organizer)
    services.start_run(actor=organizer, seminar=first)
    services.start_run(actor=organizer, seminar=first)
    other = _open_seminar(organizer, tag=" bis")
    run = services.start_run(actor=organizer, seminar=other)
    assert [r.number for r in first.assignment_runs.order_by("id")] == [1, 2]
    assert run.number == 1
    text = page(organizer_client.get(reverse("organizer:assignment_run", args=[other.pk, run.pk])))
    assert "Proposition d'affectation n°1" in text


def test_a_run_moved_by_hand_no_longer_claims_to_be_optimal(organizer_client, organizer):
    seminar = _open_seminar(organizer)
    run = services.start_run(actor=organizer, seminar=seminar)
    url = reverse("organizer:assignment_run", args=[seminar.pk, run.pk])
    assert "Optimale (prouvée)" in page(organizer_client.get(url))
    person = seminar.participants.first()
    morning = seminar.half_days.get(half_day="J2-matin")
    services.move_participant(
        actor=organizer, run=run, participant=person, half_day=morning, offer=None
    )
    text = page(organizer_client.get(url))
    assert "Modifiée à la main" in text
    assert "Optimale (prouvée)" not in text


def test_diagnosis_and_reasons_name_half_days_by_their_labels(organizer):
    seminar = _open_seminar(organizer, participants=5, capacity=2)  # 4 seats, 5 people
    run = services.start_run(actor=organizer, seminar=seminar)
    messages = run.diagnosis["messages"]
    reasons = [r for u in run.unplaced for r in u["reasons"]]
    assert any("Jour 2 — matin" in m for m in messages)
    assert reasons
    assert not [t for t in messages + reasons if "J2-" in t]
    assert {u["half_day"] for u in run.unplaced} <= {"J2-matin", "J2-apres-midi"}


def test_data_migration_numbers_runs_and_relabels_stored_messages(organizer):
    seminar = _open_seminar(organizer)
    other = _open_seminar(organizer, tag=" bis")
    raw = {"messages": ["J2-apres-midi : 4 places pour 5 participants disponibles."]}
    runs = [
        AssignmentRun.objects.create(seminar=s, state=SolveState.DONE, diagnosis=raw)
        for s in (seminar, other, seminar)
    ]
    runs[0].unplaced = [{"participant": "p1", "half_day": "J2-matin", "reasons": ["le J2-matin"]}]
    runs[0].stats = {"dropped_pins": [{"participant": 1, "offer": 2, "reasons": ["J2-matin"]}]}
    runs[0].save()
    migration = importlib.import_module(
        "immersion.placements.migrations.0004_number_runs_and_label_half_days"
    )
    migration.forwards(apps, None)
    for run in runs:
        run.refresh_from_db()
    assert [r.number for r in runs] == [1, 1, 2]
    assert runs[0].diagnosis["messages"] == [
        "Jour 2 — après-midi : 4 places pour 5 participants disponibles."
    ]
    assert runs[0].unplaced == [
        {"participant": "p1", "half_day": "J2-matin", "reasons": ["le Jour 2 — matin"]}
    ]
    assert runs[0].stats["dropped_pins"][0]["reasons"] == ["Jour 2 — matin"]
