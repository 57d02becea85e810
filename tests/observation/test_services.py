import datetime as dt
import threading
import uuid

import pytest
from django.core.exceptions import ValidationError

from immersion.common.models import AuditEntry
from immersion.observation import redaction, services
from immersion.observation.models import Astonishment, SiteContactMix, Situation, TutorExchange
from immersion.people.services import withdraw_participant
from immersion.placements.models import RunStatus
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db


def situation(observer, **kwargs):
    values = {
        "actor": observer.user,
        "placement": observer.placement,
        "client_id": uuid.uuid4(),
        "observed_at": dt.time(9, 40),
        "contact_reason": "rsa",
    }
    values.update(kwargs)
    return services.record_situation(**values)


def test_record_situation_redacts_the_note_and_counts_what_was_masked():
    observer = make_observer()
    stored, created = situation(
        observer,
        note="Mme Le Goff, NIR 2 63 05 56 814 185 70, tél 06 12 34 56 78. RSA à 14h30.",
    )
    assert created
    assert stored.note == "Mme [PERSONNE_1], NIR [NIR], tél [TÉLÉPHONE]. RSA à 14h30."
    assert stored.redaction_summary == {"NIR": 1, "PERSONNE": 1, "TELEPHONE": 1}


def test_the_same_client_id_twice_stores_one_situation_and_returns_it():
    observer = make_observer()
    client_id = uuid.uuid4()
    first, created = situation(observer, client_id=client_id, note="premier envoi")
    again, created_again = situation(observer, client_id=client_id, note="second envoi")
    assert created and not created_again
    assert again.pk == first.pk
    assert Situation.objects.get().note == "premier envoi"


def test_a_client_id_of_another_immersion_is_refused():
    observer = make_observer()
    other = make_observer(seminar=observer.seminar, site=observer.site, half_day="J2-apres-midi")
    client_id = uuid.uuid4()
    situation(observer, client_id=client_id)
    with pytest.raises(ValidationError) as exc:
        situation(other, client_id=client_id)
    assert "client_id" in exc.value.message_dict
    assert Situation.objects.count() == 1


def test_an_entry_stored_meanwhile_by_another_request_is_returned_not_duplicated():
    """The retry's check finds nothing, then the original request commits the same entry
    before the retry inserts it: the unique client id turns the second insert into a read."""
    from django.db import connection

    observer = make_observer()
    client_id = uuid.uuid4()
    raced = []

    def original_request_commits(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not raced and sql.startswith("SELECT") and "observation_situation" in sql:
            raced.append(True)
            Situation.objects.create(
                placement=observer.placement,
                client_id=client_id,
                observed_at=dt.time(9, 0),
                contact_reason="rsa",
                note="original",
            )
        return result

    with connection.execute_wrapper(original_request_commits):
        stored, created = situation(observer, client_id=client_id, note="retry")
    assert raced and not created
    assert stored.note == "original"
    assert Situation.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_sends_of_one_entry_store_it_once(communes):
    """Two requests with the same client id at the same time (a retry racing the original).
    PostgreSQL only: the shared in-memory SQLite test database locks tables instead of waiting."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs a database server that lets two transactions wait on each other")
    observer = make_observer()
    client_id = uuid.uuid4()
    results, errors = [], []
    barrier = threading.Barrier(2)

    def send():
        from django.db import connection

        try:
            barrier.wait()
            results.append(situation(observer, client_id=client_id, note="course"))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Situation.objects.filter(client_id=client_id).count() == 1
    assert sorted(created for _s, created in results) == [False, True]


def test_checks_go_to_their_columns_and_channel_items_to_the_json():
    observer = make_observer(channel="accueil_telephonique")
    stored, _ = situation(
        observer,
        checks={
            "agent_courteous": "oui",
            "agent_gave_name": "non",
            "sent_to_website": "oui",
            "answer_correct": "non",
            "right_to_error": "non_observe",
        },
        rings_before_pickup=7,
        frictions=["joignabilite", "attente", "attente"],
    )
    assert stored.agent_courteous == "oui"
    assert stored.agent_gave_name == "non"
    assert stored.sent_to_website == "oui"
    assert stored.confidentiality_respected == "non_observe"
    assert stored.channel_checks == {"answer_correct": "non"}
    assert stored.rings_before_pickup == 7
    assert stored.frictions == ["joignabilite", "attente"]
    answered = {c["label"]: (c["answer"], c["good"]) for c in stored.answered_checks()}
    assert answered["L'appelant est seulement renvoyé vers le site internet"] == ("Oui", False)
    assert answered["L'agent est courtois et bienveillant"] == ("Oui", True)


@pytest.mark.parametrize(
    ("channel", "kwargs", "field"),
    [
        ("accueil_physique", {"rings_before_pickup": 3}, "rings_before_pickup"),
        ("accueil_physique", {"checks": {"sent_to_website": "oui"}}, "channel_checks"),
        ("accueil_telephonique", {"checks": {"waiting_seated": "oui"}}, "channel_checks"),
        ("accueil_physique", {"checks": {"agent_courteous": "peut-être"}}, "channel_checks"),
        ("accueil_physique", {"contact_reason": "carte_vitale"}, "contact_reason"),
        ("accueil_physique", {"contact_reason": "controle_ressources"}, "contact_reason"),
        ("accueil_physique", {"frictions": ["ennui"]}, "frictions"),
        ("accueil_physique", {"outcome": "peut-être"}, "outcome"),
        ("accueil_physique", {"waiting_minutes": 5000}, "waiting_minutes"),
    ],
)
def test_items_that_do_not_fit_the_channel_or_the_site_are_refused(channel, kwargs, field):
    observer = make_observer(kind="caf", channel=channel)
    with pytest.raises(ValidationError) as exc:
        situation(observer, **kwargs)
    assert field in exc.value.message_dict
    assert not Situation.objects.exists()


def test_on_site_inspections_take_the_inspection_reasons():
    observer = make_observer(kind="caf", channel="controle_sur_place")
    stored, _ = situation(
        observer, contact_reason="controle_ressources", checks={"rights_reminded": "oui"}
    )
    assert stored.contact_reason_label == "Ressources déclarées"
    assert stored.channel_checks == {"rights_reminded": "oui"}


def test_nothing_is_noted_once_the_participant_withdrew_or_the_run_was_replaced():
    observer = make_observer()
    withdraw_participant(actor=None, participant=observer.participant)
    observer.placement.refresh_from_db()
    with pytest.raises(ValidationError):
        situation(observer)
    other = make_observer()
    other.placement.run.status = RunStatus.SUPERSEDED
    other.placement.run.save()
    with pytest.raises(ValidationError):
        services.record_astonishment(
            actor=other.user, placement=other.placement, client_id=uuid.uuid4(), text="x"
        )


def test_an_astonishment_is_redacted_and_must_say_something():
    observer = make_observer()
    stored, created = services.record_astonishment(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        text="  Le conseiller Yannick connaît chaque usager par son prénom.  ",
    )
    assert created
    assert stored.text == "Le conseiller [PERSONNE_1] connaît chaque usager par son prénom."
    with pytest.raises(ValidationError):
        services.record_astonishment(
            actor=observer.user, placement=observer.placement, client_id=uuid.uuid4(), text="  "
        )


def test_the_tutor_exchange_is_one_per_immersion_and_a_new_send_replaces_it():
    observer = make_observer()
    first_id = uuid.uuid4()
    exchange, changed = services.record_tutor_exchange(
        actor=observer.user,
        placement=observer.placement,
        client_id=first_id,
        representativeness=2,
        unusual_situations="Mme Diallo est venue trois fois.",
        constraints="Écrans lents.",
        interests="",
        filled_with_tutor=True,
    )
    assert changed
    assert exchange.unusual_situations == "Mme [PERSONNE_1] est venue trois fois."
    assert exchange.redaction_summary == {"PERSONNE": 1}
    same, changed = services.record_tutor_exchange(
        actor=observer.user,
        placement=observer.placement,
        client_id=first_id,
        representativeness=5,
    )
    assert not changed and same.representativeness == 2
    services.record_tutor_exchange(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        representativeness=4,
        interests="Le contact avec M. Le Goff et les autres.",
    )
    exchange = TutorExchange.objects.get()
    assert exchange.representativeness == 4
    assert exchange.unusual_situations == ""
    assert exchange.interests == "Le contact avec M. [PERSONNE_1] et les autres."


def test_audit_entries_name_the_immersion_never_the_text():
    observer = make_observer()
    situation(observer, note="Mme Kerleroux pleure.")
    services.record_tutor_exchange(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        representativeness=3,
        constraints="Mme Kerleroux encore.",
    )
    entries = AuditEntry.objects.filter(action__startswith="observation.")
    assert [e.action for e in entries.order_by("id")] == [
        "observation.situation.record",
        "observation.tutor_exchange.record",
    ]
    for entry in entries:
        assert entry.data["placement"] == observer.placement.pk
        assert "Kerleroux" not in str(entry.data)
    assert entries.order_by("id").last().data["fields"] == ["constraints"]


def test_when_the_anonymiser_fails_nothing_is_stored(monkeypatch):
    observer = make_observer()

    def broken(*args, **kwargs):
        raise RuntimeError("modèle absent")

    monkeypatch.setattr(redaction.Redactor, "redact_many", broken)
    with pytest.raises(redaction.RedactionUnavailable) as exc:
        situation(observer, note="Mme Kerleroux, 06 12 34 56 78")
    assert exc.value.__context__ is None and exc.value.__cause__ is None
    assert "Kerleroux" not in str(exc.value)
    assert not Situation.objects.exists()
    assert not Astonishment.objects.exists()


def test_declare_contact_mix_replaces_the_shares_and_checks_them():
    observer = make_observer(kind="caf")
    services.declare_contact_mix(
        actor=None, site=observer.site, shares={"rsa": 40, "prime_activite": 30, "aah": 0}
    )
    services.declare_contact_mix(
        actor=None, site=observer.site, shares={"rsa": 50, "controle_ressources": 10}
    )
    assert dict(SiteContactMix.objects.values_list("reason", "share")) == {
        "rsa": 50,
        "controle_ressources": 10,
    }
    with pytest.raises(ValidationError):
        services.declare_contact_mix(actor=None, site=observer.site, shares={"rsa": 70, "aah": 40})
    with pytest.raises(ValidationError):
        services.declare_contact_mix(actor=None, site=observer.site, shares={"carte_vitale": 10})
    assert SiteContactMix.objects.count() == 2


def test_a_new_published_assignment_keeps_each_notebook_with_its_immersion():
    from immersion.placements.models import AssignmentRun, Placement, SolveState
    from immersion.placements.services import publish_run

    observer = make_observer()
    situation(observer)
    services.record_astonishment(
        actor=observer.user, placement=observer.placement, client_id=uuid.uuid4(), text="Étonnant."
    )
    old = observer.placement
    proposal = AssignmentRun.objects.create(seminar=observer.seminar, state=SolveState.DONE)
    same = Placement.objects.create(
        run=proposal, participant=old.participant, offer=old.offer, half_day=old.half_day
    )
    publish_run(actor=None, run=proposal)
    assert Situation.objects.get().placement == same
    assert Astonishment.objects.get().placement == same
    old.run.refresh_from_db()
    assert old.run.status == RunStatus.SUPERSEDED
