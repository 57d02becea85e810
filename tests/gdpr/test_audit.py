import ast
import datetime as dt
import uuid
from pathlib import Path

import pytest

from immersion.common.audit import log_action
from immersion.common.models import AuditEntry
from immersion.observation.services import record_astonishment, record_situation
from immersion.seminars.services import update_seminar
from tests.conftest import page
from tests.factories import SeminarFactory, UserFactory, make_journey

NOTE = "Le monsieur au guichet 3 attendait depuis une heure avec son dossier de retraite."


@pytest.fixture
def journey(db):
    return make_journey(sign=True)


def test_each_entry_knows_its_seminar(journey):
    placement = journey.run.placements.first()
    record_situation(
        actor=journey.helene.user,
        placement=placement,
        client_id=uuid.uuid4(),
        observed_at=dt.time(9, 30),
        contact_reason="autre",
        check_window=False,
    )
    entry = AuditEntry.objects.filter(action__startswith="observation").latest("pk")
    assert entry.seminar_pk == journey.seminar.pk
    update_seminar(actor=journey.organizer, seminar=journey.seminar, venue="Salle B")
    assert AuditEntry.objects.latest("pk").seminar_pk == journey.seminar.pk
    assert log_action(None, "account.something", journey.organizer).seminar_pk is None


def test_no_note_content_in_the_log(journey):
    placement = journey.run.placements.first()
    record_situation(
        actor=journey.helene.user,
        placement=placement,
        client_id=uuid.uuid4(),
        observed_at=dt.time(9, 30),
        contact_reason="autre",
        note=NOTE,
        check_window=False,
    )
    record_astonishment(
        actor=journey.helene.user,
        placement=placement,
        client_id=uuid.uuid4(),
        text=NOTE,
        check_window=False,
    )
    entries = AuditEntry.objects.filter(action__startswith="observation")
    assert entries.count() == 2
    for entry in AuditEntry.objects.all():
        blob = str(entry.data) + entry.object_id + entry.action
        assert "guichet" not in blob and "retraite" not in blob
        assert "Marchand" not in blob and "helene.marchand" not in blob


def test_an_organizer_sees_only_the_entries_of_their_seminars(journey, client):
    other_organizer = UserFactory(role="organizer")
    other = SeminarFactory(organizers=[other_organizer], title="Séminaire de Brest")
    update_seminar(actor=other_organizer, seminar=other, venue="Quartz")
    update_seminar(actor=journey.organizer, seminar=journey.seminar, venue="Salle B")
    log_action(other_organizer, "account.update", other_organizer)  # no seminar

    client.force_login(journey.organizer)
    response = client.get("/organisation/journal/")
    text = page(response)
    assert response.status_code == 200
    assert f"n°\xa0{journey.seminar.pk}" in text
    assert "Séminaire de Brest" not in text
    assert "account.update" not in text
    entries = response.context["list"].queryset
    assert set(entries.values_list("seminar_pk", flat=True)) == {journey.seminar.pk}
    # Asking for the other seminar by hand shows nothing of it.
    response = client.get(f"/organisation/journal/?seminaire={other.pk}")
    assert other.pk not in set(
        response.context["list"].queryset.values_list("seminar_pk", flat=True)
    )


def test_an_admin_sees_every_entry_and_filters_stay_in_the_url(journey, client):
    other = SeminarFactory(title="Séminaire de Brest")
    update_seminar(actor=journey.organizer, seminar=journey.seminar, venue="Salle B")
    log_action(journey.organizer, "account.update", journey.organizer)
    client.force_login(UserFactory(admin=True))
    response = client.get("/organisation/journal/")
    seminars = set(response.context["list"].queryset.values_list("seminar_pk", flat=True))
    assert {journey.seminar.pk, other.pk, None} <= seminars

    query = (
        f"?auteur={journey.organizer.pk}&action=seminar.update&type=seminars.seminar"
        f"&seminaire={journey.seminar.pk}&du=2000-01-01&au=2999-12-31"
    )
    response = client.get("/organisation/journal/" + query)
    listing = response.context["list"]
    assert [e.action for e in listing.queryset] == ["seminar.update"]
    assert "auteur=" in listing.query_string and "seminaire=" in listing.query_string
    text = page(response)
    assert "venue" in text  # the field names changed, never their values
    assert "Salle B" not in text
    response = client.get("/organisation/journal/?du=2999-01-01")
    assert response.context["list"].count == 0
    assert "Aucune entrée ne correspond" in page(response)


def test_the_audit_page_is_paginated(journey, client):
    for n in range(55):
        log_action(journey.organizer, "seminar.touch", journey.seminar, n=n)
    client.force_login(journey.organizer)
    response = client.get("/organisation/journal/?action=seminar.touch")
    assert len(response.context["entries"]) == 50
    response = client.get("/organisation/journal/?action=seminar.touch&page=2")
    assert len(response.context["entries"]) == 5


def test_participants_and_anonymous_people_do_not_reach_the_audit_page(journey, client):
    assert client.get("/organisation/journal/").status_code == 302
    client.force_login(journey.helene.user)
    assert client.get("/organisation/journal/").status_code == 403


# -- Every service that writes for a user records it -----------------------------------------

ROOT = Path(__file__).resolve().parents[2] / "immersion"
# Helpers that write only as a part of an action that is itself logged by its caller.
LOGGED_BY_CALLER = {
    "immersion.notifications.services.compose_email",
    "immersion.engagement.site_notices.notify_assignment_published",
    "immersion.engagement.site_notices.notify_participant_withdrawn",
    "immersion.engagement.site_notices.notify_tutor_changed",
}


def _modules():
    modules = {}
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts or "www" in path.parts:
            continue
        name = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)
        tree = ast.parse(path.read_text("utf-8"))
        imports = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("immersion"):
                for alias in node.names:
                    imports[alias.asname or alias.name] = (node.module, alias.name)
        functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        modules[name] = (imports, functions)
    return modules


def _reaches_log(modules, module, name, seen) -> bool:
    if (module, name) in seen or module not in modules:
        return False
    seen.add((module, name))
    imports, functions = modules[module]
    if name not in functions:
        return False
    for node in ast.walk(functions[name]):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            if func.id == "log_action":
                return True
            if func.id in functions and _reaches_log(modules, module, func.id, seen):
                return True
            if func.id in imports and _reaches_log(modules, *imports[func.id], seen):
                return True
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.attr == "log_action":
                return True
            if func.value.id in imports:
                target = ".".join(imports[func.value.id])
                if _reaches_log(modules, target, func.attr, seen):
                    return True
    return False


def test_every_service_acting_for_a_user_writes_to_the_audit_log():
    modules = _modules()
    missing = []
    for module, (_imports, functions) in sorted(modules.items()):
        for name, node in functions.items():
            takes_actor = "actor" in [a.arg for a in node.args.kwonlyargs]
            if name.startswith("_") or not takes_actor:
                continue
            qualified = f"{module}.{name}"
            if qualified not in LOGGED_BY_CALLER and not _reaches_log(modules, module, name, set()):
                missing.append(qualified)
    assert missing == []
