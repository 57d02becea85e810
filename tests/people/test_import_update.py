"""Re-importing a participants file in update mode: matched by e-mail, previewed, all or
nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from immersion.common.imports import ImportRejected
from immersion.people.imports import preview_update, update_participants
from immersion.people.models import Participant
from tests.conftest import page
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db

HEADER = "Prénom;Nom;E-mail;Catégorie;Organisme;Code commune;Disponibilités;Régime alimentaire"


def csv_file(*rows, header=HEADER):
    return SimpleUploadedFile("p.csv", ("\n".join([header, *rows]) + "\n").encode("utf-8"))


@pytest.fixture
def anne(seminar):
    return ParticipantFactory(
        seminar=seminar,
        first_name="Anne",
        last_name="Rouxel",
        email="anne@example.fr",
        category="enseignant",
        organisation="Lycée Chateaubriand",
        phone="0600000000",
    )


def test_the_preview_lists_each_change_as_old_and_new_and_writes_nothing(seminar, anne):
    ParticipantFactory(
        seminar=seminar, first_name="Paul", last_name="Marchand", email="paul@example.fr"
    )
    uploaded = csv_file(
        "Anne;Rouxel;ANNE@example.fr;journaliste;Ouest-France;22278;J2-matin;Végétarienne",
        "Paul;Marchand;paul@example.fr;fonctionnaire_etat;DITP;35238;;",
        "Léa;Roux;lea@example.fr;enseignant;Lycée;35238;;",
    )
    plan = preview_update(seminar=seminar, uploaded=uploaded)
    [update] = plan.updates
    assert update.participant == anne and update.line == 2
    assert [(c.column, c.old, c.new) for c in update.changes] == [
        ("Catégorie", "Enseignant", "Journaliste"),
        ("Organisme", "Lycée Chateaubriand", "Ouest-France"),
        ("Code commune", "Rennes (35238)", "Saint-Brieuc (22278)"),
        ("Régime alimentaire", "", "Végétarien"),
        ("Disponibilités", "Jour 2 — matin, Jour 2 — après-midi", "Jour 2 — matin"),
    ]
    assert [p.email for p in plan.unchanged] == ["paul@example.fr"]
    assert [p.email for p in plan.created] == ["lea@example.fr"]
    anne.refresh_from_db()
    assert anne.category == "enseignant" and Participant.objects.count() == 2


def test_the_update_writes_only_the_files_columns(seminar, anne):
    uploaded = csv_file(
        "Anne;Rouxel;anne@example.fr;journaliste;Ouest-France;22278;J2-matin;Végétarienne",
        "Léa;Roux;lea@example.fr;enseignant;Lycée;35238;;",
    )
    update_participants(actor=None, seminar=seminar, uploaded=uploaded)
    anne.refresh_from_db()
    assert (anne.category, anne.organisation, anne.home_commune_name, anne.diet) == (
        "journaliste",
        "Ouest-France",
        "Saint-Brieuc",
        "vegetarien",
    )
    assert anne.phone == "0600000000"  # no phone column: kept
    assert [h.half_day for h in anne.available_half_days()] == ["J2-matin"]
    assert Participant.objects.get(email="lea@example.fr").organisation == "Lycée"


def test_one_bad_row_updates_nobody(seminar, anne):
    with pytest.raises(ImportRejected) as exc:
        update_participants(
            actor=None,
            seminar=seminar,
            uploaded=csv_file(
                "Anne;Rouxel;anne@example.fr;journaliste;Ouest-France;22278;;",
                "Léa;Roux;lea@example.fr;astronaute;Lycée;35238;;",
            ),
        )
    assert [(e.line, e.column) for e in exc.value.errors] == [(3, "Catégorie")]
    anne.refresh_from_db()
    assert anne.category == "enseignant" and Participant.objects.count() == 1


def test_the_import_page_previews_then_confirms_the_update(organizer_client, seminar, anne):
    import_url = reverse("organizer:participant_import", args=[seminar.pk])
    file_row = "Anne;Rouxel;anne@example.fr;journaliste;Ouest-France;35238;;"
    # Adding someone already registered is refused, and the page offers the update mode.
    response = organizer_client.post(import_url, {"file": csv_file(file_row), "mode": "ajouter"})
    content = page(response)
    assert "« anne@example.fr » est déjà inscrit(e) à ce séminaire" in content
    assert "choisissez « Mettre à jour »" in content
    response = organizer_client.post(
        import_url, {"file": csv_file(file_row), "mode": "mettre_a_jour"}
    )
    content = page(response)
    assert "Mise à jour des participants : aperçu" in content
    assert "Anne Rouxel — anne@example.fr" in content
    assert "<td>Lycée Chateaubriand</td>" in content and "<td>Ouest-France</td>" in content
    anne.refresh_from_db()
    assert anne.organisation == "Lycée Chateaubriand"  # nothing written yet
    confirm = reverse("organizer:participant_import_confirm", args=[seminar.pk])
    response = organizer_client.post(confirm, follow=True)
    assert "1 participant(s) mis à jour, 0 ajouté(s)." in page(response)
    anne.refresh_from_db()
    assert (anne.organisation, anne.category) == ("Ouest-France", "journaliste")
    # The pending file was used once: confirming again has nothing to apply.
    response = organizer_client.post(confirm, follow=True)
    assert "Aucune mise à jour en attente" in page(response)
