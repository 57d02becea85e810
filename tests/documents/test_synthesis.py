"""The seminar's synthesis report (PDF and Word): contents, anonymity, access, command."""

import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from docx import Document

from immersion.accounts.models import User
from immersion.analysis.synthesis import render_synthesis_docx, render_synthesis_pdf
from immersion.contributions.services import post_contribution
from immersion.debrief import services as debrief
from immersion.debrief.models import SourceKind
from immersion.people.models import Participant
from immersion.sites.models import Tutor
from tests.analysis.helpers import answer_both, astonishment, exchange, situation
from tests.factories import UserFactory, make_coordinator
from tests.observation.factories import add_observer, make_observer
from tests.pdfs import assert_tagged_pdf, pdf_text

pytestmark = pytest.mark.django_db

SECTIONS = [
    "Synthèse du séminaire",
    "Le programme tel qu'il s'est déroulé",
    "Les participants",
    "Les sites et canaux visités",
    "Ce qui a été observé",
    "Avant / après",
    "Représentativité des situations observées",
    "Citations retenues",
    "Contraintes, leviers et innovations",
    "Chiffres du territoire",
    "Évaluations et engagements",
    "Méthode et confidentialité",
]


@pytest.fixture
def day():
    first = make_observer(kind="caf", channel="accueil_physique")
    second, third = add_observer(first), add_observer(first)
    seminar = first.seminar
    expert = UserFactory(role="expert", first_name="Julien", last_name="Berthelot")
    seminar.experts.add(expert)
    note = situation(
        first,
        reason="rsa",
        waiting_minutes=10,
        outcome="resolue",
        frictions=["attente", "dematerialisation"],
        note="Une dame attend depuis l'ouverture pour une question d'APL.",
    )
    situation(second, reason="aides_logement", waiting_minutes=20, outcome="reorientee")
    situation(third, reason="rsa", waiting_minutes=30, frictions=["attente"])
    astonishment(second, "La patience des agents face aux situations tendues.")
    for observer, value in ((first, 4), (second, 4), (third, 2)):
        exchange(observer, value)
    debrief.set_quote_pinned(
        actor=expert,
        seminar=seminar,
        source_kind=SourceKind.SITUATION,
        source_id=note.pk,
        pinned=True,
    )
    post_contribution(
        actor=first.user,
        participant=first.participant,
        kind="levier",
        field="etat",
        text="Un guichet unique pour les démarches de logement.",
        check_open=False,
    )
    answer_both(
        seminar,
        {
            "perception.caf.attente": [(2, 4)] * 6 + [(3, 3)],
            "canal.accueil_telephonique": [(2, 3), (2, 4), (3, 3)],
            "perception.cpam.attente": [(1, 5), (1, 5)],
        },
    )
    return {"seminar": seminar, "expert": expert, "observers": [first, second, third]}


def docx_text(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def names_in_database() -> set[str]:
    names = set()
    for model in (User, Participant, Tutor):
        for first, last in model.objects.values_list("first_name", "last_name"):
            names.update(n for n in (first, last) if n)
    return names


def assert_anonymous_and_complete(text: str):
    flat = " ".join(text.split())
    for name in names_in_database():
        assert not re.search(rf"\b{re.escape(name)}\b", flat), name
    for title in SECTIONS:
        assert title in flat, title
    assert "Caf" in flat and "Accueil physique" in flat
    assert "3 situations observées" in flat
    assert "Une dame attend depuis l'ouverture" in flat  # the pinned quote
    assert "Un guichet unique" in flat  # the contribution
    assert "trop peu de réponses pour un test" in flat
    assert "Wilcoxon" in flat


def test_pdf_names_nobody_and_holds_every_section(day):
    text = pdf_text(render_synthesis_pdf(day["seminar"]))
    assert_anonymous_and_complete(text)
    assert "Attente médiane : 20 min" in " ".join(text.split())


def test_docx_names_nobody_and_holds_every_section(day):
    text = docx_text(render_synthesis_docx(day["seminar"]))
    assert_anonymous_and_complete(text)
    assert "attente médiane : 20 min" in text


def test_the_board_links_to_both_downloads(client, day):
    client.force_login(day["expert"])
    page = client.get(reverse("debrief:board", args=[day["seminar"].pk])).content.decode()
    for extension in ("pdf", "docx"):
        assert reverse("debrief:synthesis", args=[day["seminar"].pk, extension]) in page


def test_the_experts_organizers_and_admins_download_both_formats(client, day):
    seminar = day["seminar"]
    people = [day["expert"], seminar.organizers.get(), UserFactory(role="admin")]
    for user in people:
        client.force_login(user)
        pdf = client.get(reverse("debrief:synthesis", args=[seminar.pk, "pdf"]))
        assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
        assert_tagged_pdf(pdf.content, title="Synthèse du séminaire")
        docx = client.get(reverse("debrief:synthesis", args=[seminar.pk, "docx"]))
        assert docx.status_code == 200 and "attachment" in docx["Content-Disposition"]
        assert docx.content.startswith(b"PK")
    assert client.get(reverse("debrief:synthesis", args=[seminar.pk, "odt"])).status_code == 404


def test_everybody_else_gets_a_404(client, day):
    seminar = day["seminar"]
    other = make_observer()
    outsiders = [
        day["observers"][0].user,
        make_coordinator(day["observers"][0].site),
        other.seminar.organizers.get(),
        UserFactory(role="expert"),
    ]
    for user in outsiders:
        client.force_login(user)
        for extension in ("pdf", "docx"):
            url = reverse("debrief:synthesis", args=[seminar.pk, extension])
            assert client.get(url).status_code == 404, (user, extension)


def test_the_command_writes_both_formats(day, tmp_path):
    pdf, docx = tmp_path / "synthese.pdf", tmp_path / "synthese.docx"
    call_command("synthesis", str(day["seminar"].pk), "-o", str(pdf))
    call_command("synthesis", str(day["seminar"].pk), "-o", str(docx))
    assert "Méthode et confidentialité" in pdf_text(pdf.read_bytes())
    assert "Méthode et confidentialité" in docx_text(docx.read_bytes())


@pytest.mark.parametrize(
    ("seminar", "name", "message"),
    [(0, "x.pdf", "Aucun séminaire"), (None, "x.odt", "extension inconnue")],
)
def test_the_command_refuses_bad_input_with_exit_code_2(day, tmp_path, seminar, name, message):
    seminar_id = day["seminar"].pk if seminar is None else 999999
    with pytest.raises(CommandError) as raised:
        call_command("synthesis", str(seminar_id), "-o", str(tmp_path / name))
    assert raised.value.returncode == 2
    assert message in str(raised.value)
    assert not (tmp_path / name).exists()
