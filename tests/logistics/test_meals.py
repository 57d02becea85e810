import pytest
from django.core.exceptions import ValidationError

from immersion.logistics.documents import render_logistics_pdf
from immersion.logistics.selectors import accessibility_needs, meal_lists, travel_list
from immersion.logistics.services import add_guest, remove_guest, update_guest
from immersion.people.models import Participant
from immersion.people.services import withdraw_participant
from immersion.seminars.models import ItemKind
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    SiteFactory,
    UserFactory,
    make_offer,
    make_published_assignment,
    make_tutor,
)
from tests.pdfs import pdf_text

pytestmark = pytest.mark.django_db


def _flat(text):
    return " ".join(text.split())


@pytest.fixture
def dinner(seminar):
    return seminar.programme_items.get(kind=ItemKind.MEAL, title__startswith="Dîner")


@pytest.fixture
def lunch(seminar):
    return seminar.programme_items.get(kind=ItemKind.MEAL, title__startswith="Repas")


@pytest.fixture
def placed(seminar):
    """Two participants placed with two tutors on day 2, and a third who withdrew."""
    caf, cpam = SiteFactory(name="Caf de Rennes"), SiteFactory(cpam=True, name="Cpam de Rennes")
    sandrine = make_tutor(caf, first_name="Sandrine", last_name="Le Bihan")
    erwan = make_tutor(cpam, first_name="Erwan", last_name="Jaouen", job_title="Agent de contrôle")
    morning = make_offer(seminar, caf, "J2-matin", tutor=sandrine)
    afternoon = make_offer(seminar, cpam, "J2-apres-midi", tutor=erwan)
    claire = ParticipantFactory(
        seminar=seminar, first_name="Claire", last_name="Guillou", dietary_needs="Végétarien"
    )
    yann = ParticipantFactory(
        seminar=seminar,
        first_name="Yann",
        last_name="Le Goff",
        dietary_needs="végétarien ",
        accessibility_needs="Fauteuil roulant : accès de plain-pied nécessaire",
    )
    gone = ParticipantFactory(seminar=seminar, first_name="Marc", last_name="Péron")
    make_published_assignment(seminar, [(claire, morning), (yann, afternoon), (gone, morning)])
    withdraw_participant(actor=None, participant=gone)
    return claire, yann


def test_dinner_counts_participants_guests_and_organizers_but_no_tutors(
    seminar, organizer, dinner, placed
):
    seminar.experts.add(UserFactory(role="expert", first_name="Julien", last_name="Damon"))
    add_guest(
        actor=organizer,
        seminar=seminar,
        name="Nathalie Appéré",
        function="Maire de Rennes",
        organisation="Ville de Rennes",
        meals=[dinner],
        dietary_needs="Sans gluten",
    )
    [dinner_list, lunch_list] = meal_lists(seminar)
    assert dinner_list.item == dinner and not dinner_list.with_tutors
    assert [d.name for d in dinner_list.participants] == ["Claire Guillou", "Yann Le Goff"]
    assert [d.name for d in dinner_list.guests] == ["Nathalie Appéré"]
    assert len(dinner_list.staff) == 2 and dinner_list.tutors == []
    assert dinner_list.headcount == 5
    assert [(n.label, n.count) for n in dinner_list.dietary] == [
        ("Végétarien", 2),
        ("Sans gluten", 1),
    ]


def test_lunch_gathers_the_tutors_of_the_days_published_placements(seminar, lunch, placed):
    lunch_list = meal_lists(seminar)[1]
    assert lunch_list.item == lunch and lunch_list.with_tutors
    assert [d.name for d in lunch_list.tutors] == ["Erwan Jaouen", "Sandrine Le Bihan"]
    assert lunch_list.guests == []
    assert lunch_list.headcount == 2 + 2 + 1


def test_no_tutors_at_lunch_before_the_assignment_is_published(seminar):
    ParticipantFactory(seminar=seminar)
    lunch_list = meal_lists(seminar)[1]
    assert lunch_list.with_tutors and lunch_list.tutors == []


def test_accessibility_needs_name_the_sites_to_warn(seminar, placed):
    [row] = accessibility_needs(seminar)
    assert row.participant == placed[1]
    assert row.sites == ["Jour 2 — après-midi : Cpam de Rennes"]


def test_travel_list_puts_known_departures_first(seminar, placed):
    claire, yann = placed
    Participant.objects.filter(pk=yann.pk).update(departure_travel="TGV 8648, 18 h 35")
    rows = travel_list(seminar)
    assert [(r.participant.last_name, r.departure) for r in rows] == [
        ("Le Goff", "TGV 8648, 18 h 35"),
        ("Guillou", ""),
    ]


def test_a_guest_is_invited_to_a_meal_of_this_seminar_only(seminar, organizer, dinner):
    other_dinner = SeminarFactory().programme_items.filter(kind=ItemKind.MEAL).first()
    for meals in ([], [other_dinner], [seminar.programme_items.get(sequence=1)]):
        with pytest.raises(ValidationError) as exc:
            add_guest(actor=organizer, seminar=seminar, name="X", function="Y", meals=meals)
        assert "meals" in exc.value.message_dict


def test_guest_is_updated_and_removed(seminar, organizer, dinner, lunch):
    guest = add_guest(
        actor=organizer,
        seminar=seminar,
        name="Marc Hervé",
        function="Adjoint au maire",
        meals=[dinner],
    )
    update_guest(actor=organizer, guest=guest, meals=[dinner, lunch], function="Premier adjoint")
    assert [m.guests.count() for m in (dinner, lunch)] == [1, 1]
    remove_guest(actor=organizer, guest=guest)
    assert seminar.guests.count() == 0


def test_meal_pdf_for_the_caterer_has_the_count_diets_and_names(seminar, organizer, dinner, placed):
    add_guest(
        actor=organizer,
        seminar=seminar,
        name="Nathalie Appéré",
        function="Maire de Rennes",
        meals=[dinner],
        dietary_needs="Sans gluten",
    )
    text = _flat(pdf_text(render_logistics_pdf(seminar, meal=dinner)))
    assert "Dîner avec des élus locaux" in text
    assert "4 couverts" in text
    assert "2 participants · 1 invité · 1 organisateur ou expert" in text
    assert "Végétarien 2 Claire Guillou, Yann Le Goff" in text
    assert "Nathalie Appéré Invité Maire de Rennes Sans gluten" in text
    assert "Repas commun avec les tuteurs" not in text
    assert "Besoins d'accessibilité" not in text


def test_full_pdf_has_every_meal_accessibility_and_returns(seminar, placed):
    text = _flat(pdf_text(render_logistics_pdf(seminar)))
    assert "Dîner avec des élus locaux" in text and "Repas commun avec les tuteurs" in text
    assert "Sandrine Le Bihan Tuteur" in text
    assert "Fauteuil roulant : accès de plain-pied nécessaire" in text
    assert "Arrivées et retours" in text and "Retour — train de 18 h 35" in text
