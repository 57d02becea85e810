"""The debrief board (/analyse/): who sees it, what it shows, its fragments and curation."""

import re

import pytest
from django.urls import reverse

from immersion.debrief import services
from immersion.debrief.models import QuoteGroup, QuoteMark, SourceKind
from tests.analysis.factories import make_debrief_seminar
from tests.analysis.helpers import answer_both, astonishment, exchange, situation
from tests.conftest import page
from tests.factories import UserFactory, make_coordinator, make_tutor_account
from tests.observation.factories import add_observer, make_observer

pytestmark = pytest.mark.django_db

PANELS = ["observe", "citations", "avant-apres", "representativite"]


def text(response) -> str:
    """The page's text: tags removed, blanks collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", page(response)).split())


def board_url(seminar, **query):
    url = reverse("debrief:board", args=[seminar.pk])
    return url + ("?presentation=1" if query.get("presentation") else "")


def panel_url(seminar, slug):
    return reverse("debrief:panel", args=[seminar.pk, slug])


def action_url(seminar, kind, pk):
    return reverse("debrief:quote_action", args=[seminar.pk, kind, pk])


@pytest.fixture
def day():
    """A seminar at the debrief: a Caf counter with three observers, their notes and tutors."""
    first = make_observer(kind="caf", channel="accueil_physique")
    second, third = add_observer(first), add_observer(first)
    expert = UserFactory(role="expert", first_name="Julien", last_name="Expert")
    first.seminar.experts.add(expert)
    note = situation(
        first,
        reason="rsa",
        waiting_minutes=10,
        outcome="resolue",
        frictions=["attente", "dematerialisation"],
        checks={"agent_courteous": "oui"},
        note="Une dame attend depuis l'ouverture pour une question d'APL.",
    )
    situation(second, reason="aides_logement", waiting_minutes=20, outcome="reorientee")
    situation(third, reason="rsa", waiting_minutes=30, frictions=["attente"])
    wonder = astonishment(second, "La patience des agents face aux situations tendues.")
    for observer, value in ((first, 4), (second, 4), (third, 2)):
        exchange(observer, value)
    return {
        "seminar": first.seminar,
        "organizer": first.seminar.organizers.get(),
        "expert": expert,
        "observers": [first, second, third],
        "note": note,
        "wonder": wonder,
        "site": first.site,
    }


# ------------------------------------------------------------------------------ access


def outsiders(day):
    seminar, site = day["seminar"], day["site"]
    tutor = site.tutors.first()
    other = make_observer()
    return {
        "participant of the seminar": day["observers"][0].user,
        "site coordinator of a host site": make_coordinator(site),
        "tutor of a host site": make_tutor_account(tutor),
        "organizer of another seminar": other.seminar.organizers.get(),
        "expert of another seminar": UserFactory(role="expert"),
        "organizer listed as expert": _organizer_as_expert(seminar),
    }


def _organizer_as_expert(seminar):
    user = UserFactory(role="participant")
    seminar.experts.add(user)  # the role decides, not the list
    return user


def every_url(day):
    seminar, note = day["seminar"], day["note"]
    group = services.create_quote_group(actor=None, seminar=seminar, title="Attente")
    gets = [board_url(seminar), *[panel_url(seminar, s) for s in PANELS]]
    posts = [
        (action_url(seminar, SourceKind.SITUATION, note.pk), {"action": "pin"}),
        (reverse("debrief:group_create", args=[seminar.pk]), {"title": "Numérique"}),
        (reverse("debrief:group_delete", args=[seminar.pk, group.pk]), {}),
    ]
    return gets, posts


def test_anonymous_visitors_are_sent_to_sign_in(client, day):
    response = client.get(board_url(day["seminar"]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("public:login"))


def test_everybody_but_the_organizers_experts_and_admins_gets_a_404(client, day):
    gets, posts = every_url(day)
    for who, user in outsiders(day).items():
        client.force_login(user)
        for url in gets:
            assert client.get(url).status_code == 404, (who, url)
            assert client.get(url, headers={"HX-Request": "true"}).status_code == 404
        for url, data in posts:
            assert client.post(url, data).status_code == 404, (who, url)
    assert not QuoteMark.objects.exists()
    assert list(QuoteGroup.objects.values_list("title", flat=True)) == ["Attente"]


@pytest.mark.parametrize("who", ["organizer", "expert", "admin"])
def test_the_organizers_experts_and_admins_open_every_panel(client, day, who):
    user = UserFactory(admin=True) if who == "admin" else day[who]
    client.force_login(user)
    gets, posts = every_url(day)
    for url in gets:
        assert client.get(url).status_code == 200, url
    for url, data in posts:
        assert client.post(url, data).status_code == 302, url


def test_an_unknown_panel_is_a_404(client, day):
    client.force_login(day["expert"])
    assert client.get(panel_url(day["seminar"], "inconnu")).status_code == 404
    for slug in ("contributions", "territoire"):
        assert client.get(panel_url(day["seminar"], slug)).status_code == 200


def test_an_unknown_seminar_is_a_404(client, day):
    client.force_login(UserFactory(admin=True))
    assert client.get(reverse("debrief:board", args=[999999])).status_code == 404


# ------------------------------------------------------------------------------ content


def test_the_board_shows_what_was_observed(client, day):
    client.force_login(day["expert"])
    body = text(client.get(board_url(day["seminar"])))
    assert "Analyse partagée" in body and day["seminar"].title in body
    assert "3 situations observées" in body
    assert "1 étonnement" in body
    assert "20 min d'attente médiane (la moitié entre 15 et 25 min)" in body
    assert "Caf — Accueil physique" in body
    assert "20 min (15–25)" in body
    assert "Résolue 33 %" in body and "Réorientée 33 %" in body
    assert "Attente (67 %)" in body and "Dématérialisation (33 %)" in body
    assert "Critères respectés" in body
    assert "L'agent est courtois et bienveillant" not in body  # on the panel's own page


def test_the_observed_panels_page_details_every_check(client, day):
    client.force_login(day["expert"])
    body = text(client.get(panel_url(day["seminar"], "observe")))
    assert "Critères Services Publics+ et Marianne, par structure et canal" in body
    row = body.split("L'agent est courtois et bienveillant", 1)[1][:40]
    assert row.startswith(" Services Publics+ n° 1 1 0 2 100 %")  # yes, no, not observed
    assert "L'agent se présente (nom ou prénom, service) Marianne 0 0 3 —" in body


def test_the_board_shows_the_wall_of_quotes_without_naming_the_site(client, day):
    client.force_login(day["expert"])
    body = text(client.get(board_url(day["seminar"])))
    assert "« Une dame attend depuis l'ouverture pour une question d'APL. »" in body
    assert "« La patience des agents face aux situations tendues. »" in body
    assert "Étonnement · Caf — Accueil physique" in body
    assert day["site"].name not in body.split("Mur des citations")[1].split("Avant / après")[0]


def test_the_board_shows_the_tutors_representativeness_and_the_sites_mix(client, day):
    client.force_login(day["organizer"])
    body = text(client.get(board_url(day["seminar"])))
    assert "3 réponses — moyenne 3,3 sur 5, médiane 4" in body
    assert "4 — Plutôt représentatives 2 (67 %)" in body
    assert f"{day['site'].name} (Caf) — 3 situations — motifs habituels non déclarés" in body


def test_the_representativeness_page_compares_each_sites_mix(client, day):
    from immersion.observation.services import declare_contact_mix

    declare_contact_mix(actor=None, site=day["site"], shares={"rsa": 30, "aides_logement": 50})
    client.force_login(day["expert"])
    board = text(client.get(board_url(day["seminar"])))
    assert "plus grand écart : RSA, 67 % observé pour 30 % déclaré" in board
    body = text(client.get(panel_url(day["seminar"], "representativite")))
    assert "Déclaré par la structure" in body
    assert "RSA 30 % 67 % (2) +37" in body


def test_before_and_after_respects_the_small_count_and_test_rules(client, day):
    seminar = day["seminar"]
    answer_both(
        seminar,
        {
            "perception.caf.attente": [(2, 4)] * 6 + [(3, 3)],
            "canal.accueil_telephonique": [(2, 3), (2, 4), (3, 3)],
            "perception.cpam.attente": [(1, 5), (1, 5)],
        },
    )
    client.force_login(day["expert"])
    body = text(client.get(panel_url(seminar, "avant-apres")))
    assert "7 réponses « avant »" in body and "7 participants ont répondu aux deux" in body
    row = body.split("Caf — Attente", 1)[1].split("significatif", 1)[0]
    assert "raisonnable. 7 6 0 1 +1,71 +2 p = 0,020" in row  # pairs, up, down, same, mean…
    assert "Accueil téléphonique — Canal d'accueil" in body
    assert "trop peu de réponses pour un test" in body
    assert "Cpam — Attente" not in body  # two people only
    assert "ont moins de 3 réponses appariées" in body


def test_an_empty_seminar_says_what_will_appear(client, seminar, organizer):
    client.force_login(organizer)
    body = text(client.get(board_url(seminar)))
    assert "Aucune situation ni aucun étonnement noté pour l'instant" in body
    assert "Les notes et étonnements des participants s'afficheront ici" in body
    assert "Pas encore de question à laquelle au moins 3 personnes ont répondu" in body
    assert "Moins de 3 réponses pour l'instant : rien n'est montré." in body


# ------------------------------------------------------------------------------ fragments


def test_each_panel_polls_its_own_fragment(client, day):
    client.force_login(day["expert"])
    html = page(client.get(board_url(day["seminar"])))
    for slug in PANELS:
        url = panel_url(day["seminar"], slug)
        assert f'data-hx-get="{url}"' in html
    assert html.count('data-hx-trigger="every 15s"') == len(PANELS) + 2  # contributions, territory
    assert "js/debrief.js" in html and "<script>" not in html


def test_a_fragment_is_the_panels_body_for_htmx_and_a_page_otherwise(client, day):
    client.force_login(day["expert"])
    url = panel_url(day["seminar"], "observe")
    fragment = client.get(url, headers={"HX-Request": "true"})
    assert "<html" not in page(fragment) and "<section" not in page(fragment)
    body = text(fragment)
    assert "3 situations observées" in body
    assert "Actualisé à" in body
    full = text(client.get(url))
    assert "<html" in page(client.get(url)) and "Retour au tableau" in full
    assert "3 situations observées" in full


def test_a_fragment_sees_new_notes(client, day):
    client.force_login(day["expert"])
    url = panel_url(day["seminar"], "citations")
    situation(day["observers"][2], note="Le guichet ferme à midi sans prévenir.")
    body = text(client.get(url, headers={"HX-Request": "true"}))
    assert "« Le guichet ferme à midi sans prévenir. »" in body


# ------------------------------------------------------------------------------ presentation


def test_presentation_mode_hides_the_chrome_and_the_hidden_quotes(client, day):
    seminar, note = day["seminar"], day["note"]
    services.set_quote_hidden(
        actor=None,
        seminar=seminar,
        source_kind=SourceKind.SITUATION,
        source_id=note.pk,
        hidden=True,
    )
    client.force_login(day["expert"])
    normal = page(client.get(board_url(seminar)))
    assert 'class="fr-header"' in normal and "fr-footer" in normal
    assert "1 citation masquée (jamais projetée)" in text(client.get(board_url(seminar)))
    shown = page(client.get(board_url(seminar, presentation=True)))
    assert 'class="fr-header"' not in shown and 'class="fr-footer"' not in shown
    assert "vmv-board--presentation" in shown
    assert "question d'APL" not in shown and "masquée" not in shown
    assert "Quitter le mode présentation" in shown
    assert f'data-hx-get="{panel_url(seminar, "citations")}?presentation=1"' in shown
    fragment = page(
        client.get(panel_url(seminar, "citations") + "?presentation=1", headers={"HX-Request": "1"})
    )
    assert "question d'APL" not in fragment


# ------------------------------------------------------------------------------ curation


def test_the_expert_pins_a_quote_with_htmx_and_gets_the_wall_back(client, day):
    seminar, wonder = day["seminar"], day["wonder"]
    client.force_login(day["expert"])
    response = client.post(
        action_url(seminar, SourceKind.ASTONISHMENT, wonder.pk),
        {"action": "pin"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    body = text(response)
    assert "Épinglée" in body and "Désépingler" in body
    assert QuoteMark.objects.get(source_kind="astonishment", source_id=wonder.pk).pinned


def test_hiding_a_quote_without_javascript_redirects_to_the_board(client, day):
    seminar, note = day["seminar"], day["note"]
    client.force_login(day["organizer"])
    response = client.post(
        action_url(seminar, SourceKind.SITUATION, note.pk), {"action": "hide", "presentation": "1"}
    )
    assert response.status_code == 302
    assert response.url == board_url(seminar, presentation=True) + "#panel-citations"
    assert QuoteMark.objects.get().hidden
    projected = page(client.get(response.url))
    assert "question d'APL" not in projected
    client.post(action_url(seminar, SourceKind.SITUATION, note.pk), {"action": "show"})
    assert not QuoteMark.objects.get().hidden
    assert "question d'APL" in page(client.get(board_url(seminar, presentation=True)))


def test_the_expert_groups_quotes_under_a_new_group(client, day):
    seminar, note = day["seminar"], day["note"]
    client.force_login(day["expert"])
    response = client.post(
        reverse("debrief:group_create", args=[seminar.pk]),
        {"title": "Le poids de l'attente"},
        headers={"HX-Request": "true"},
    )
    group = QuoteGroup.objects.get()
    assert "Le poids de l'attente" in text(response)
    client.post(
        action_url(seminar, SourceKind.SITUATION, note.pk), {"action": "group", "group": group.pk}
    )
    assert QuoteMark.objects.get().group == group
    html = page(client.get(board_url(seminar, presentation=True)))
    wall = html.split("Le poids de l'attente")[1]
    assert "question d'APL" in wall.split("Les plus récentes")[0]
    client.post(reverse("debrief:group_delete", args=[seminar.pk, group.pk]))
    assert not QuoteGroup.objects.exists() and QuoteMark.objects.get().group is None


def test_a_forged_action_changes_nothing(client, day):
    seminar, note = day["seminar"], day["note"]
    other_group = services.create_quote_group(
        actor=None, seminar=make_observer().seminar, title="Ailleurs"
    )
    client.force_login(day["expert"])
    url = action_url(seminar, SourceKind.SITUATION, note.pk)
    assert client.post(url, {"action": "delete"}).status_code == 302
    assert client.post(url, {"action": "group", "group": other_group.pk}).status_code == 302
    assert (
        client.post(action_url(seminar, "situation", 999999), {"action": "pin"}).status_code == 404
    )
    assert client.post(action_url(seminar, "autre", note.pk), {"action": "pin"}).status_code == 404
    assert not QuoteMark.objects.exists()


# ------------------------------------------------------------------------------ navigation


def test_an_expert_lands_on_their_seminars(client, day):
    client.force_login(day["expert"])
    response = client.get(reverse("public:home"))
    assert response.url == reverse("debrief:home")
    body = text(client.get(response.url))
    assert "Mes séminaires" in body and day["seminar"].title in body
    assert f'href="{board_url(day["seminar"])}"' in page(client.get(response.url))
    lonely = UserFactory(role="expert")
    client.force_login(lonely)
    assert "Aucun séminaire ne vous est confié" in text(client.get(reverse("debrief:home")))


def test_participants_have_no_debrief_space(client, day):
    client.force_login(day["observers"][0].user)
    assert client.get(reverse("debrief:home")).status_code == 404


def test_the_seminar_page_links_the_board_for_its_organizers(client, day):
    client.force_login(day["organizer"])
    html = page(client.get(reverse("organizer:seminar_detail", args=[day["seminar"].pk])))
    assert f'href="{board_url(day["seminar"])}"' in html
    assert "Tableau de débriefing" in html


# ------------------------------------------------------------------------------ performance


def test_the_board_reads_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    data = make_debrief_seminar(participants=30, situations_each=10, note_every=5)
    client.force_login(data.expert)
    # The first request after sign-in starts the inactivity clock (one session write):
    # the page is measured as it is served afterwards.
    client.get(reverse("debrief:home"))
    with django_assert_max_num_queries(30):
        response = client.get(board_url(data.seminar))
    assert "300 situations observées" in text(response)
    for slug in PANELS:
        with django_assert_max_num_queries(16):
            client.get(panel_url(data.seminar, slug), headers={"HX-Request": "true"})


def test_the_contributions_panel_shows_the_moderated_contributions(client, day):
    from immersion.contributions import services as contributions

    first = contributions.post_contribution(
        actor=None,
        participant=day["observers"][0].participant,
        kind="levier",
        field="etat",
        text="Un numéro direct entre la Caf et les travailleurs sociaux.",
        check_open=False,
    )
    group = contributions.create_group(actor=None, seminar=day["seminar"], title="Joignabilité")
    contributions.put_in_group(actor=None, contribution=first, group=group)
    client.force_login(day["expert"])
    body = text(client.get(board_url(day["seminar"])))
    assert "Contraintes, leviers, innovations" in body
    assert "Joignabilité Levier Un numéro direct entre la Caf et les travailleurs sociaux." in body
    fragment = client.get(panel_url(day["seminar"], "contributions"), headers={"HX-Request": "1"})
    assert "Un numéro direct" in text(fragment)
