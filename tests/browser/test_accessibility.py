import datetime as dt

import pytest
from django.urls import reverse

from immersion.demo.services import load_demo
from immersion.placements.services import start_run
from tests.browser.axe import axe_violations
from tests.browser.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_pages_have_no_serious_accessibility_violation(page):
    for path in ["/", "/connexion/", "/accessibilite/"]:
        page.goto(page.base_url + path)
        assert axe_violations(page) == [], path


def test_organizer_pages_have_no_serious_accessibility_violation(page):
    seminar = load_demo(today=dt.date(2026, 11, 30))
    run = start_run(actor=None, seminar=seminar)
    site = seminar.offers.first().site
    participant = seminar.participants.first()
    sign_in(page, "organisateur@demo.vivez-ma-vie-usager.fr", "demo-organisateur")
    s = f"/organisation/seminaires/{seminar.pk}"
    paths = [
        "/organisation/seminaires/",
        f"{s}/",
        f"{s}/modifier/",
        f"{s}/offres/",
        f"{s}/offres/ajouter/",
        f"{s}/participants/",
        f"{s}/participants/{participant.pk}/modifier/",
        f"{s}/participants/importer/",
        f"{s}/offres/importer/",
        f"{s}/affectation/",
        f"{s}/affectation/{run.pk}/",
        f"{s}/affectation/{run.pk}/?vue=structures",
        f"{s}/affectation/{run.pk}/publier/",  # confirmation pages
        f"{s}/statut/start/",
        f"{s}/evaluations/",
        "/organisation/structures/",
        f"/organisation/structures/{site.pk}/",
        "/organisation/structures/nouvelle/",
        # The long lists (www/lists.py), with a filter and a search in force.
        reverse("organizer:outbox", args=[seminar.pk]) + "?statut=draft&q=a",
        reverse("organizer:offer_list", args=[seminar.pk]) + "?places_libres=on",
        reverse("organizer:training", args=[seminar.pk]) + "?emargement=non-signe",
        reverse("organizer:training_sheet", args=[seminar.pk, "J2-matin"]),
        reverse("organizer:logistics", args=[seminar.pk]) + "?regime=particulier",
        reverse("notebook:seminar", args=[seminar.pk]),
    ]
    problems = {}
    for path in paths:
        page.goto(page.base_url + path)
        found = axe_violations(page)
        if found:
            problems[path] = found
    assert problems == {}


CONTRAST = """() => {
  const rgb = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const color = rgb(getComputedStyle(e).backgroundColor);
      if (color.length === 3 || (color.length === 4 && color[3] > 0)) return color;
    }
    return [255, 255, 255];
  };
  const ratio = (element) => {
    const style = getComputedStyle(element);
    const text = rgb(style.webkitTextFillColor || style.color);
    const [a, b] = [luminance(text), luminance(background(element))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const found = [];
  for (const field of document.querySelectorAll("main input:disabled, main select:disabled")) {
    const label = document.querySelector(`label[for="${field.id}"]`);
    const hint = document.getElementById(`${field.id}_helptext`);
    // A checkbox's box is drawn by its label (the input itself is transparent): its text is the label.
    const box = field.type === "checkbox" || field.type === "radio";
    for (const [what, element] of [["field", box ? null : field], ["label", label], ["hint", hint]]) {
      if (element) found.push([`${field.name} ${what}`, ratio(element)]);
    }
  }
  return found;
}"""


def test_locked_profile_fields_are_readable_and_say_why(page, settings):
    from django.test import Client

    from immersion.seminars.services import mark_seminar_assigned, open_seminar
    from tests.factories import make_journey

    journey = make_journey()
    open_seminar(actor=journey.organizer, seminar=journey.seminar)
    mark_seminar_assigned(actor=journey.organizer, seminar=journey.seminar)
    client = Client()
    client.force_login(journey.helene.user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": page.base_url}]
    )
    page.goto(f"{page.base_url}/espace/{journey.helene.pk}/profil/")
    ratios = page.evaluate(CONTRAST)
    assert {name.split()[0] for name, _ratio in ratios} >= {"category", "organisation", "max_km"}
    assert [(name, round(r, 2)) for name, r in ratios if r < 4.5] == []
    assert axe_violations(page) == []


def test_observatory_pages_have_no_serious_accessibility_violation(page):
    seminar = load_demo(today=dt.date(2026, 11, 30))
    sign_in(page, "programme@demo.vivez-ma-vie-usager.fr", "demo-programme")
    programme = seminar.programme
    problems = {}
    for path in [
        "/observatoire/",
        f"/observatoire/programmes/{programme.pk}/",
        f"/observatoire/programmes/{programme.pk}/?type_structure=caf&categorie=elu",
        f"/observatoire/programmes/{programme.pk}/?indicateur=attente",
    ]:
        page.goto(page.base_url + path)
        found = axe_violations(page)
        if found:
            problems[path] = found
    assert problems == {}
