"""The other organizer lists as long lists (www/lists.py): the outbox, the offers, the site
catalogue and a site's tutors, the attendance (training page, a half-day's sheet, the
kiosk), the notebooks and the logistics — 50 a page, filtered, searched and sorted from the
URL, updated in place with htmx, and with a number of queries that does not grow with the
seminar."""

import datetime as dt
import re
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from immersion.attendance.models import Signature
from immersion.logistics.selectors import meal_lists, meal_summaries
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.observation.models import Astonishment, Situation
from immersion.people.models import Participant
from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
from immersion.sites.models import HostSite, Offer, Tutor
from tests.conftest import page
from tests.factories import bulk_participants
from tests.www.test_large_lists import queries, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


def url(name, seminar, *args):
    return reverse(f"organizer:{name}", args=[seminar.pk, *args])


def grow(seminar, count, start=0):
    """``count`` more participants, in bulk, with what every list shows of them: a placement
    in the published assignment at one of three sites, an e-mail, a signature (one in two),
    a situation noted (one in three)."""
    sites = list(HostSite.objects.filter(name__startswith="Liste "))
    if not sites:
        sites = HostSite.objects.bulk_create(
            HostSite(
                name=f"Liste {i}",
                kind=kind,
                organisation=f"Organisme {i}",
                address="Cours des Alliés",
                commune_code=code,
                commune_name=commune,
                latitude=48.1 if i else None,
                longitude=-1.6 if i else None,
            )
            for i, (kind, code, commune) in enumerate(
                [
                    ("caf", "35238", "Rennes"),
                    ("cpam", "35238", "Rennes"),
                    ("ccas", "29019", "Brest"),
                ]
            )
        )
        half_day = seminar.half_days.get(half_day="J2-matin")
        Offer.objects.bulk_create(
            Offer(seminar=seminar, site=site, half_day=half_day, channel=channel, capacity=400)
            for site in sites
            for channel in ("accueil_physique", "accueil_telephonique")
        )
        AssignmentRun.objects.create(
            seminar=seminar, status=RunStatus.PUBLISHED, state=SolveState.DONE
        )
    offers = list(Offer.objects.filter(seminar=seminar).order_by("pk"))
    run = AssignmentRun.objects.get(seminar=seminar, status=RunStatus.PUBLISHED)
    people = bulk_participants(
        seminar, count, start=start, diet=lambda i: "vegetarien" if i % 2 else ""
    )
    placements = Placement.objects.bulk_create(
        Placement(run=run, participant=p, offer=o, half_day=o.half_day)
        for p, o in ((p, offers[(start + i) % len(offers)]) for i, p in enumerate(people))
    )
    now = timezone.now()
    OutgoingEmail.objects.bulk_create(
        OutgoingEmail(
            seminar=seminar,
            to_email=p.email,
            to_name=p.full_name,
            kind="convocation",
            subject="Convocation",
            body_text="…",
            status=EmailStatus.DRAFT if i % 2 else EmailStatus.SENT,
        )
        for i, p in enumerate(people)
    )
    Signature.objects.bulk_create(
        Signature(
            seminar=seminar,
            half_day="J2-matin",
            participant=p,
            signer_name=p.full_name,
            method="drawn",
            place="kiosk",
            image="data:image/png;base64,AA==",
            signed_at=now,
        )
        for p in people[::2]
    )
    Situation.objects.bulk_create(
        Situation(
            placement=pl, client_id=uuid.uuid4(), observed_at=dt.time(9), contact_reason="rsa"
        )
        for pl in placements[::3]
    )
    Astonishment.objects.bulk_create(
        Astonishment(placement=pl, client_id=uuid.uuid4(), text="Étonnant.")
        for pl in placements[::3]
    )
    return people


PAGES = [
    ("outbox", ""),
    ("outbox", "?statut=draft&type=convocation&q=masse&tri=-destinataire&page=2"),
    ("offer_list", ""),
    ("offer_list", "?places_libres=on&canal=accueil_physique&tri=-places"),
    ("training", ""),
    ("training", "?demi_journee=J2-matin&emargement=non-signe&page=2"),
    ("training_sheet", "J2-matin/"),
    ("training_sheet", "J2-matin/?emargement=signe&tri=-horodatage"),
    ("logistics", ""),
    ("logistics", "?regime=particulier&sans_retour=on&tri=retour"),
    ("notebooks", ""),
    ("notebooks", "?sans_note=on&tri=-participant&page=2"),
    ("kiosk", ""),
    ("kiosk", "?q=masse00&emargement=non-signe"),
    ("site_list", ""),
    ("site_list", "?type=caf&sans_coordonnees=on&tri=-tuteurs"),
]


def page_url(seminar, name, rest):
    if name == "notebooks":
        return reverse("notebook:seminar", args=[seminar.pk]) + rest
    if name == "kiosk":
        return reverse("attendance:kiosk", args=[seminar.pk, "J2-matin"]) + rest
    if name == "site_list":
        return reverse("organizer:site_list") + rest
    if name == "training_sheet":
        code, _sep, query = rest.partition("/")
        return url(name, seminar, code) + query
    return url(name, seminar) + rest


@pytest.mark.parametrize("target", PAGES, ids=[f"{n}{r}" for n, r in PAGES])
def test_lists_take_as_many_queries_at_200_participants_as_at_20(organizer_client, seminar, target):
    name, rest = target
    path = page_url(seminar, name, rest)
    grow(seminar, 20)
    organizer_client.get(path)  # warm the session and caches
    small = queries(organizer_client, path)
    grow(seminar, 180, start=20)
    assert queries(organizer_client, path) == small


def test_site_detail_takes_as_many_queries_with_200_tutors_as_with_20(organizer_client, seminar):
    grow(seminar, 1)
    site = HostSite.objects.get(name="Liste 0")

    def tutors(count, start):
        Tutor.objects.bulk_create(
            Tutor(site=site, first_name="Tuteur", last_name=f"T{start + i:04d}", job_title="Agent")
            for i in range(count)
        )

    path = reverse("organizer:site_detail", args=[site.pk])
    tutors(20, 0)
    organizer_client.get(path)
    small = queries(organizer_client, path)
    tutors(180, 20)
    assert queries(organizer_client, path) == small
    content = text(organizer_client.get(path + "?q=T019"))
    assert "10 tuteurs" in content and "T0190" in content and "T0200" not in content


def rows(response, pattern=r"Masse\d{4}") -> list[str]:
    """The people listed in the results' region, in order, once each."""
    results = page(response).split('id="resultats"', 1)[1]
    return list(dict.fromkeys(re.findall(pattern, results)))


def links(response) -> list[str]:
    """The test sites named by a link, in order (a row may name its site again)."""
    return re.findall(r">(Liste \d)</a>", page(response))


# --- The outbox ------------------------------------------------------------------------------


def test_outbox_filters_by_status_kind_and_recipient_and_pages(organizer_client, seminar):
    grow(seminar, 120)
    OutgoingEmail.objects.filter(to_email="masse7@example.fr").update(
        status=EmailStatus.SCHEDULED, send_after=timezone.now() + dt.timedelta(days=1)
    )
    outbox = url("outbox", seminar)
    first = text(organizer_client.get(outbox))
    assert "120 courriels — page 1 sur 3" in first
    assert "Programmé (1)" in first and "À relire (59)" in first and "Envoyé (60)" in first
    scheduled = organizer_client.get(outbox + "?statut=scheduled")
    assert rows(scheduled) == ["Masse0007"] and "prévu le" in text(scheduled)
    drafts = organizer_client.get(outbox + "?statut=draft&q=masse001&tri=-destinataire")
    assert rows(drafts) == [f"Masse00{n}" for n in (19, 17, 15, 13, 11)]
    assert rows(organizer_client.get(outbox + "?type=reminder")) == []
    last = organizer_client.get(outbox + "?statut=sent&page=2")
    assert "60 courriels — page 2 sur 2" in text(last) and len(rows(last)) == 10


# --- The offers ------------------------------------------------------------------------------


def test_offers_filter_by_kind_channel_half_day_and_free_places(organizer_client, seminar):
    grow(seminar, 6)
    Offer.objects.filter(seminar=seminar, site__name="Liste 2").update(capacity=1)
    offers = url("offer_list", seminar)

    def sites(query):
        return links(organizer_client.get(offers + query))

    assert len(sites("")) == 6
    assert "1602 places d'observation au total" in text(organizer_client.get(offers))
    assert sites("?type=ccas") == ["Liste 2", "Liste 2"]
    assert sites("?canal=accueil_telephonique&tri=-structure") == ["Liste 2", "Liste 1", "Liste 0"]
    assert sites("?places_libres=on") == ["Liste 0", "Liste 0", "Liste 1", "Liste 1"]
    assert sites("?q=brest") == ["Liste 2", "Liste 2"]
    afternoon = seminar.half_days.get(half_day="J2-apres-midi")
    assert sites(f"?demi_journee={afternoon.pk}") == []
    assert "1, complet" in text(organizer_client.get(offers + "?type=ccas"))


# --- The site catalogue and a site's tutors --------------------------------------------------


def test_site_catalogue_filters_by_kind_commune_and_missing_coordinates(organizer_client, seminar):
    grow(seminar, 1)
    catalogue = reverse("organizer:site_list")

    def names(query):
        return links(organizer_client.get(catalogue + query))

    assert names("?q=liste&tri=nom") == ["Liste 0", "Liste 1", "Liste 2"]
    assert names("?q=liste&commune=Brest") == ["Liste 2"]
    assert names("?q=liste&type=cpam") == ["Liste 1"]
    assert names("?q=liste&sans_coordonnees=on") == ["Liste 0"]
    assert names("?q=liste&tri=-commune") == ["Liste 1", "Liste 0", "Liste 2"]
    assert "coordonnées inconnues" in text(organizer_client.get(catalogue + "?q=liste 0"))


def test_site_tutors_are_searched_and_filtered_by_missing_contacts_for_owners_only(
    client, organizer, seminar
):
    grow(seminar, 1)
    site = HostSite.objects.get(name="Liste 0")
    Tutor.objects.create(site=site, first_name="Anne", last_name="Abgrall", job_title="Agente")
    Tutor.objects.create(
        site=site, first_name="Bruno", last_name="Bihan", job_title="Chef", email="b@caf.fr"
    )
    detail = reverse("organizer:site_detail", args=[site.pk])
    client.force_login(organizer)
    content = text(client.get(detail + "?sans_coordonnees=on"))
    assert "Abgrall" in content and "Bihan" in content  # not an owner: no such filter
    site.owners.add(organizer)
    content = text(client.get(detail + "?sans_coordonnees=on"))
    assert "Abgrall" in content and "Bihan" not in content
    content = text(client.get(detail + "?q=chef"))
    assert "Bihan" in content and "Abgrall" not in content


# --- Attendance --------------------------------------------------------------------------------


def test_training_attendance_filters_by_half_day_signature_and_site(organizer_client, seminar):
    grow(seminar, 12)  # the even ones signed J2-matin; sites in turn 0, 0, 1, 1, 2, 2, …
    training = url("training", seminar)
    signed = organizer_client.get(training + "?demi_journee=J2-matin&emargement=signe")
    assert rows(signed) == [f"Masse{n:04d}" for n in range(0, 12, 2)]
    unsigned = organizer_client.get(training + "?demi_journee=J2-matin&emargement=non-signe")
    assert rows(unsigned) == [f"Masse{n:04d}" for n in range(1, 12, 2)]
    never = organizer_client.get(training + "?emargement=non-signe&q=masse000")
    assert rows(never) == ["Masse0001", "Masse0003", "Masse0005", "Masse0007", "Masse0009"]
    brest = HostSite.objects.get(name="Liste 2")
    at_brest = organizer_client.get(training + f"?structure={brest.pk}&tri=-nom")
    assert rows(at_brest) == ["Masse0011", "Masse0010", "Masse0005", "Masse0004"]
    assert "Télécharger les 6 certificats (zip)" in text(organizer_client.get(training))


def test_half_day_sheet_lists_50_a_page_and_reports_paper_sheets_for_its_page(
    organizer_client, seminar
):
    grow(seminar, 130)
    sheet = url("training_sheet", seminar, "J2-matin")
    first = organizer_client.get(sheet + "?emargement=non-signe")
    content = text(first)
    assert "65 émargé(s) sur 130" in content and "65 participants — page 1 sur 2" in content
    assert "Reporter une feuille papier" in content
    assert page(first).count('name="participants"') == 50
    person = Participant.objects.get(last_name="Masse0129")
    response = organizer_client.post(
        sheet + "?emargement=non-signe&page=2", {"participants": [person.pk]}
    )
    assert response.url == sheet + "?emargement=non-signe&page=2"
    assert Signature.objects.filter(participant=person, half_day="J2-matin").exists()


def test_kiosk_finds_a_name_among_many(organizer_client, seminar):
    grow(seminar, 120)
    kiosk = reverse("attendance:kiosk", args=[seminar.pk, "J2-matin"])
    content = text(organizer_client.get(kiosk))
    assert "60 / 120 émargés" in content and "Chercher votre nom" in content
    assert len(rows(organizer_client.get(kiosk), r"MASSE\d{4}")) == 50
    assert rows(organizer_client.get(kiosk + "?q=masse0101"), r"MASSE\d{4}") == ["MASSE0101"]
    unsigned = organizer_client.get(kiosk + "?emargement=non-signe&q=masse000")
    assert rows(unsigned, r"MASSE\d{4}") == [f"MASSE000{n}" for n in (1, 3, 5, 7, 9)]


# --- Notebooks -------------------------------------------------------------------------------


def test_notebooks_filter_by_site_half_day_and_empty_notebooks(organizer_client, seminar):
    grow(seminar, 12)  # a situation and an astonishment in one immersion out of three
    notebooks = reverse("notebook:seminar", args=[seminar.pk])
    everyone = text(organizer_client.get(notebooks))
    assert "4 situations observées" in everyone and "12 immersions" in everyone
    empty = organizer_client.get(notebooks + "?sans_note=on&tri=participant")
    assert rows(empty) == [f"Masse{n:04d}" for n in range(12) if n % 3]
    brest = HostSite.objects.get(name="Liste 2")
    at_brest = organizer_client.get(notebooks + f"?structure={brest.pk}")
    assert rows(at_brest) == ["Masse0004", "Masse0005", "Masse0010", "Masse0011"]
    assert "Motifs de contact : déclarés et observés" in text(at_brest)
    assert rows(organizer_client.get(notebooks + "?q=masse0007")) == ["Masse0007"]


# --- Logistics -------------------------------------------------------------------------------


def test_logistics_counts_meals_in_the_database_and_lists_participants(organizer_client, seminar):
    grow(seminar, 60)
    Participant.objects.filter(last_name="Masse0003").update(
        departure_travel="TGV 8648", accessibility_needs="Fauteuil"
    )
    summaries = meal_summaries(seminar)
    for summary, full in zip(summaries, meal_lists(seminar), strict=True):
        assert summary.headcount == full.headcount
        assert [(d.label, d.count) for d in summary.dietary] == [
            (d.label, d.count) for d in full.dietary
        ]
    logistics = url("logistics", seminar)
    content = text(organizer_client.get(logistics))
    assert "Végétarien (30)" in content and "60 participants — page 1 sur 2" in content
    assert rows(organizer_client.get(logistics + "?accessibilite=on")) == ["Masse0003"]
    assert "Masse0003" not in rows(organizer_client.get(logistics + "?sans_retour=on&q=masse000"))
    vegetarians = organizer_client.get(logistics + "?regime=vegetarien&tri=-nom")
    assert rows(vegetarians)[:2] == ["Masse0059", "Masse0057"]


# --- htmx ------------------------------------------------------------------------------------


def test_live_lists_update_in_place_and_work_without_javascript(organizer_client, seminar):
    grow(seminar, 60)
    content = page(organizer_client.get(url("offer_list", seminar) + "?tri=-places"))
    form = content.split('class="fr-mb-3w vmv-list-controls"')[1].split(">")[0]
    assert 'data-hx-get="' in form and 'data-hx-target="#resultats"' in form
    assert '<div id="resultats"' in content
    # The sort travels with the form (kept in sync with the headers by hx-select-oob).
    assert 'id="list-sort"' in content and 'value="-places"' in content
    assert 'data-hx-get="?tri=places"' in content  # the header's in-place link
    logistics = page(organizer_client.get(url("logistics", seminar)))
    assert 'data-hx-get="?page=2"' in logistics and 'href="?page=2"' in logistics
