import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from immersion.documents.programme import (
    build_personal_programme,
    render_personal_programme_ics,
    render_personal_programme_pdf,
)
from immersion.notifications.attachments import render_attachment
from immersion.placements.travel import estimate_minutes
from immersion.seminars.services import delete_programme_item
from immersion.sites.models import HostSite
from tests.factories import make_journey, sign_commitment_for
from tests.pdfs import pdf_text

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def journey(communes):
    return make_journey(sign=True)


def events(ics: bytes):
    return Calendar.from_ical(ics).walk("VEVENT")


def test_programme_holds_shared_items_and_own_immersions_in_order(journey):
    programme = build_personal_programme(journey.helene)
    assert programme.published and programme.sites_revealed
    titles = [e.title for e in programme.entries]
    assert titles[0].startswith("Découverte de la ville")
    assert titles[-1] == "Retour — train de 18 h 35"
    [morning, afternoon] = programme.immersions
    assert morning.site_name == "Caf de Rennes — Colombier"
    assert morning.channel_label == "Accueil physique"
    assert morning.starts_at.astimezone(PARIS).time() == dt.time(8, 30)
    assert morning.exchange_starts_at.astimezone(PARIS).time() == dt.time(11, 0)
    assert afternoon.site_name == "Cpam — accueil de Cleunay"
    assert afternoon.channel_label == "Contrôle sur place"


def test_programme_names_the_tutor_by_first_name_and_role_only(journey):
    morning = build_personal_programme(journey.helene).immersions[0]
    assert morning.tutor == "Sandrine, Conseillère service à l'usager"
    pdf = pdf_text(render_personal_programme_pdf(journey.helene))
    ics = render_personal_programme_ics(journey.helene).decode()
    for text in (pdf, ics):
        assert "Le Bihan" not in text
        assert "sandrine.lebihan@caf.example.fr" not in text
        assert "02 99 00 00 01" not in text


def test_programme_says_how_to_get_there_from_the_previous_item(journey):
    morning, afternoon = build_personal_programme(journey.helene).immersions
    assert morning.leg.origin == "du lieu du séminaire"
    # Lunch (11:45-12:45) is at the venue: the afternoon starts from there, 15 minutes later.
    assert afternoon.leg.origin == "du lieu du séminaire"
    lunch = journey.seminar.programme_items.get(kind="meal", title__contains="tuteurs")
    delete_programme_item(actor=journey.organizer, item=lunch)
    morning, afternoon = build_personal_programme(journey.helene).immersions
    assert afternoon.leg.origin == "de la structure précédente (Caf de Rennes — Colombier)"
    assert afternoon.leg.distance_km == pytest.approx(3.1, abs=0.2)
    assert "à vol d'oiseau" in afternoon.leg.sentence
    assert "(estimation)" in afternoon.leg.sentence
    assert "3,1 km" in afternoon.leg.sentence
    assert afternoon.going is None  # from site to site: no venue item in between


def local(moment):
    return moment.astimezone(PARIS).time()


def test_programme_gives_departure_and_arrival_times_of_the_assignment(journey):
    morning, afternoon = build_personal_programme(journey.helene).immersions
    assert morning.going is None  # nothing earlier on day 2: the day starts there
    assert (local(morning.back.leaves_at), morning.back.other_item.title) == (
        dt.time(11, 30),
        "Repas commun avec les tuteurs",
    )
    going = afternoon.going
    assert local(going.leaves_at) == dt.time(12, 45)
    assert going.arrives_at - going.leaves_at == dt.timedelta(minutes=going.minutes)
    assert going.free_minutes == 15
    assert afternoon.back.other_item.title == "Séquence 4 — Analyse partagée"
    assert afternoon.back.free_minutes == 30


def test_programme_warns_only_where_the_margin_is_thin(journey):
    # The Cpam says it is 12 minutes from the venue: 3 minutes to spare after lunch, 18 before
    # the shared analysis.
    HostSite.objects.filter(pk=journey.cpam.pk).update(travel_minutes=12)
    morning, afternoon = build_personal_programme(journey.helene).immersions
    assert afternoon.going.minutes == 12 and afternoon.going.thin and afternoon.leg.tight
    assert afternoon.back.margin == 18 and not afternoon.back.thin
    pdf = " ".join(pdf_text(render_personal_programme_pdf(journey.helene)).split())
    assert "Départ après « Repas commun avec les tuteurs » à 12:45, arrivée vers 12:57." in pdf
    assert "arrivée au lieu du séminaire vers 15:42 pour « Séquence 4 — Analyse partagée »" in pdf
    assert pdf.count("Peu de temps est prévu depuis l'élément précédent") == 1
    assert "Peu de temps est prévu pour rejoindre l'élément suivant" not in pdf


def test_travel_time_estimate_follows_the_settings(settings):
    # 10 km as the crow flies × 1.3 by road at 40 km/h in town: 19.5 minutes, rounded up.
    assert estimate_minutes(10.0) == 20
    settings.IMMERSION_TRAVEL = {"mode": "transports_en_commun"}
    assert estimate_minutes(10.0) == 44  # 20 km/h + 5 minutes of waiting
    settings.IMMERSION_TRAVEL = {"modes": {"voiture": {"road_factor": 1.5, "kmh": 30}}}
    assert estimate_minutes(10.0) == 30


def test_what_to_bring_fits_the_channel(journey):
    morning, afternoon = build_personal_programme(journey.helene).immersions
    assert any("pièce d'identité" in thing for thing in morning.what_to_bring)
    assert any("Pas de photo" in thing for thing in morning.what_to_bring)
    assert any("contrôleur" in thing for thing in afternoon.what_to_bring)
    assert not any("contrôleur" in thing for thing in morning.what_to_bring)


def test_programme_hides_host_sites_until_the_commitment_is_signed(communes):
    journey = make_journey()
    programme = build_personal_programme(journey.paul)
    assert programme.published and not programme.sites_revealed
    [immersion] = programme.immersions
    assert immersion.site_name == immersion.address == immersion.tutor == ""
    pdf = pdf_text(render_personal_programme_pdf(journey.paul))
    assert "Caf de Rennes" not in pdf and "Cours des Alliés" not in pdf
    assert "signature de votre engagement de confidentialité" in " ".join(pdf.split())
    ics = render_personal_programme_ics(journey.paul).decode()
    assert "Caf de Rennes" not in ics and "Sandrine" not in ics
    sign_commitment_for(journey.paul)
    assert "Caf de Rennes" in pdf_text(render_personal_programme_pdf(journey.paul))


def test_programme_before_publication_keeps_the_immersion_slots_without_sites(communes):
    journey = make_journey(publish=False, sign=True)
    programme = build_personal_programme(journey.helene)
    assert not programme.published
    assert [i.site_name for i in programme.immersions] == ["", ""]


def test_pdf_programme_has_the_times_sites_addresses_and_checklist(journey):
    text = pdf_text(render_personal_programme_pdf(journey.helene))
    assert "Programme personnel" in text
    assert "Hélène Marchand" in text
    for expected in [
        "08:30",
        "11:00",
        "13:00",
        "Caf de Rennes — Colombier",
        "Cours des Alliés",
        "Cpam — accueil de Cleunay",
        "Contrôle sur place",
        "Sandrine, Conseillère service à l'usager",
        "pièce d'identité",
        "Entrée du personnel, côté parking.",
        "Heures de Paris",
    ]:
        assert expected in text, expected


def test_ics_has_one_event_per_item_attended_in_paris_time(journey):
    ics = render_personal_programme_ics(journey.helene)
    calendar = Calendar.from_ical(ics)
    [vtimezone] = calendar.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "Europe/Paris"
    evts = events(ics)
    assert len(evts) == len(build_personal_programme(journey.helene).entries)
    immersion = next(e for e in evts if "Caf de Rennes" in str(e["SUMMARY"]))
    start = immersion["DTSTART"]
    assert start.params["TZID"] == "Europe/Paris"
    assert start.dt.tzinfo is not None and start.dt.tzname() == "CET"
    assert (start.dt.hour, start.dt.minute) == (8, 30)
    assert start.dt.date() == journey.seminar.start_date + dt.timedelta(days=1)
    assert (immersion["DTEND"].dt.hour, immersion["DTEND"].dt.minute) == (11, 0)
    assert "Cours des Alliés" in str(immersion["LOCATION"])
    description = str(immersion["DESCRIPTION"])
    assert "Tuteur : Sandrine, Conseillère service à l'usager" in description
    assert "Accueil physique" in description
    raw = ics.decode()
    assert "DTSTART;TZID=Europe/Paris:" in raw
    assert "BEGIN:VTIMEZONE" in raw


def test_ics_uids_are_stable_between_downloads(journey):
    first = [str(e["UID"]) for e in events(render_personal_programme_ics(journey.helene))]
    second = [str(e["UID"]) for e in events(render_personal_programme_ics(journey.helene))]
    assert first == second and len(set(first)) == len(first)


def test_ics_leaves_out_the_half_days_without_immersion(journey):
    summaries = [str(e["SUMMARY"]) for e in events(render_personal_programme_ics(journey.paul))]
    assert sum("Immersion" in s for s in summaries) == 1
    assert sum("Échange avec l'agent tuteur" in s for s in summaries) == 1


def test_programme_is_attachable_to_emails(journey):
    name, content, mimetype = render_attachment(
        {"kind": "personal_programme_pdf", "participant": journey.helene.pk}
    )
    assert (name, mimetype) == ("programme-helene-marchand.pdf", "application/pdf")
    assert "Caf de Rennes" in pdf_text(content)
    name, content, mimetype = render_attachment(
        {"kind": "personal_programme_ics", "participant": journey.helene.pk}
    )
    assert name.endswith(".ics") and mimetype == "text/calendar"
    assert b"BEGIN:VCALENDAR" in content


def test_typed_text_is_escaped_in_the_pdf(journey):
    journey.caf.access_notes = "<b>Badge</b> & code <script>"
    journey.caf.save()
    text = pdf_text(render_personal_programme_pdf(journey.helene))
    assert "<b>Badge</b> & code <script>" in text
