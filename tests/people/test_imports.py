import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from immersion.common.imports import ImportRejected
from immersion.people.imports import import_participants
from immersion.people.models import Participant
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db

HEADER = "Prénom;Nom;E-mail;Catégorie;Organisme;Fonction;Code commune;Disponibilités;Préférences;Régime alimentaire"
GOOD_ROWS = [
    "Hélène;Marchand;helene.marchand@example.fr;fonctionnaire_etat;DITP;Cheffe de projet;75056;;caf:3;",
    'Yves;Le Corre;yves.lecorre@example.fr;Élu local ou national;Ville de Saint-Brieuc;Adjoint;22278;J2-matin;"ccas:2; chrs:1";végétarien',
    "Julie;Moreau;julie.moreau@example.fr;Journaliste;Radio régionale;Rédactrice;35238;J2-matin, J2-apres-midi;;halal",
]


def csv_file(*rows, header=HEADER, name="participants.csv"):
    return SimpleUploadedFile(name, ("\n".join([header, *rows]) + "\n").encode("utf-8"))


def xlsx_file(rows, name="participants.xlsx"):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def rejected(seminar, uploaded):
    with pytest.raises(ImportRejected) as exc:
        import_participants(actor=None, seminar=seminar, uploaded=uploaded)
    assert Participant.objects.count() == 0, "a refused file must import nothing"
    return exc.value.errors


def test_clean_csv_imports_every_row(seminar):
    created = import_participants(actor=None, seminar=seminar, uploaded=csv_file(*GOOD_ROWS))
    assert len(created) == 3
    yves = Participant.objects.get(email="yves.lecorre@example.fr")
    assert yves.category == "elu"
    assert yves.home_commune_name == "Saint-Brieuc"
    assert yves.latitude == pytest.approx(48.51, abs=0.05)
    assert yves.preferences == {"ccas": 2, "chrs": 1}
    assert (yves.diet, yves.dietary_needs) == ("vegetarien", "")  # a choice, not free text
    assert [h.half_day for h in yves.available_half_days()] == ["J2-matin"]
    helene = Participant.objects.get(email="helene.marchand@example.fr")
    assert [h.half_day for h in helene.available_half_days()] == ["J2-matin", "J2-apres-midi"]
    assert helene.home_commune_name == "Paris"


def test_clean_xlsx_imports_every_row(seminar):
    rows = [["prenom", "nom", "email", "categorie", "organisme", "code_commune"]]
    rows += [
        ["Anne", "Rouxel", "anne@example.fr", "enseignant", "Lycée", 35238],
        ["Paul", "Ain", "paul@example.fr", "elu", "Ville de Bourg", "01053"],
    ]
    created = import_participants(actor=None, seminar=seminar, uploaded=xlsx_file(rows))
    assert len(created) == 2
    assert Participant.objects.get(email="paul@example.fr").home_commune_code == "01053"
    assert Participant.objects.get(email="anne@example.fr").home_commune_code == "35238"


def test_a_four_digit_code_is_refused_never_padded(seminar):
    rows = [["prenom", "nom", "email", "categorie", "organisme", "code_commune"]]
    rows += [
        ["Paul", "Ain", "paul@example.fr", "elu", "Ville de Bourg", 1053]
    ]  # Excel lost a digit
    errors = rejected(seminar, xlsx_file(rows))
    assert [str(e) for e in errors] == [
        "Ligne 2, colonne « Code commune » : Le code commune 1053 a 4 chiffres : un code INSEE "
        "en a 5, par ex. 35238"
    ]


def test_the_commune_is_taken_by_name_or_by_name_and_code(seminar):
    from immersion.territory.models import Commune

    Commune.objects.create(
        code="29901", name="Acigné", department="29", latitude=48.0, longitude=-4.0
    )
    header = "Prénom;Nom;E-mail;Catégorie;Organisme;Commune"
    rows = [
        "Anne;Rouxel;anne@example.fr;enseignant;Lycée;rennes",
        "Paul;Roux;paul@example.fr;enseignant;Lycée;Acigné (29901)",
        "Léa;Roux;lea@example.fr;enseignant;Lycée;Tombouctou",
    ]
    import_participants(actor=None, seminar=seminar, uploaded=csv_file(*rows, header=header))
    anne = Participant.objects.get(email="anne@example.fr")
    assert (anne.home_commune_code, anne.home_commune_name) == ("35238", "Rennes")
    assert Participant.objects.get(email="paul@example.fr").home_commune_code == "29901"
    lea = Participant.objects.get(email="lea@example.fr")  # unknown names are kept as written
    assert (lea.home_commune_code, lea.home_commune_name) == ("", "Tombouctou")


def test_a_name_several_communes_share_asks_which_one(seminar):
    from immersion.territory.models import Commune

    Commune.objects.create(
        code="29901", name="Acigné", department="29", latitude=48.0, longitude=-4.0
    )
    header = "Prénom;Nom;E-mail;Catégorie;Organisme;Commune"
    errors = rejected(
        seminar, csv_file("Anne;Rouxel;anne@example.fr;enseignant;Lycée;Acigné", header=header)
    )
    assert [(e.line, e.column) for e in errors] == [(2, "Commune")]
    assert "« Acigné (29901) » (département 29)" in errors[0].message


@pytest.mark.parametrize(
    ("bad_row", "column", "fragment"),
    [
        (
            "Zoé;Durand;zoe@example.fr;astronaute;DITP;;35238;;;",
            "Catégorie",
            "catégorie inconnue « astronaute »",
        ),
        ("Zoé;Durand;;enseignant;Lycée;;35238;;;", "E-mail", "adresse e-mail manquante"),
        ("Zoé;Durand;pas-un-email;enseignant;Lycée;;35238;;;", "E-mail", "adresse e-mail invalide"),
        (
            "Zoé;Durand;zoe@example.fr;enseignant;Lycée;;99999;;;",
            "Code commune",
            "n'est pas un code commune INSEE valide",
        ),
        (
            "Zoé;Durand;zoe@example.fr;enseignant;Lycée;;ABCDE;;;",
            "Code commune",
            "n'est pas un code commune INSEE valide",
        ),
        ("Zoé;Durand;helene.marchand@example.fr;enseignant;Lycée;;35238;;;", "E-mail", "doublon"),
        (
            "Zoé;Durand;zoe@example.fr;enseignant;;;35238;;;",
            "Organisme",
            "valeur obligatoire manquante",
        ),
        (
            "Zoé;Durand;zoe@example.fr;enseignant;Lycée;;35238;J3-soir;;",
            "Disponibilités",
            "demi-journée inconnue",
        ),
        ("Zoé;Durand;zoe@example.fr;enseignant;Lycée;;35238;;caf:7;", "Préférences", "de 0 à 3"),
    ],
)
def test_one_bad_row_imports_nothing_and_names_line_column_and_reason(
    seminar, bad_row, column, fragment
):
    errors = rejected(seminar, csv_file(*GOOD_ROWS, bad_row))
    assert len(errors) == 1
    error = errors[0]
    assert error.line == 5  # header is line 1, three good rows, then the bad one
    assert error.column == column
    assert fragment in error.message
    assert str(error).startswith("Ligne 5, colonne « " + column + " »")


def test_every_faulty_row_is_reported(seminar):
    errors = rejected(
        seminar,
        csv_file(
            "A;B;a@example.fr;inconnue;X;;35238;;;",
            "C;D;;enseignant;X;;35238;;;",
            "E;F;e@example.fr;enseignant;X;;123;;;",
        ),
    )
    assert [(e.line, e.column) for e in errors] == [
        (2, "Catégorie"),
        (3, "E-mail"),
        (4, "Code commune"),
    ]


def test_someone_already_registered_is_a_duplicate(seminar):
    ParticipantFactory(seminar=seminar, email="helene.marchand@example.fr")
    with pytest.raises(ImportRejected) as exc:
        import_participants(actor=None, seminar=seminar, uploaded=csv_file(*GOOD_ROWS))
    assert "déjà inscrit" in exc.value.errors[0].message
    assert Participant.objects.count() == 1


def test_missing_required_column_is_reported_on_the_header(seminar):
    errors = rejected(seminar, csv_file("Anne;Rouxel;Lycée", header="Prénom;Nom;Organisme"))
    assert {(e.line, e.column) for e in errors} == {(1, "E-mail"), (1, "Catégorie")}


def test_unreadable_file_is_refused_with_a_clear_message(seminar):
    errors = rejected(seminar, SimpleUploadedFile("liste.xlsx", b"PK\x03\x04 not really a zip"))
    assert "classeur Excel" in errors[0].message


def test_empty_file_is_refused(seminar):
    errors = rejected(seminar, SimpleUploadedFile("vide.csv", b""))
    assert "vide" in errors[0].message


def test_commune_code_outside_the_referential_is_kept_without_coordinates(seminar):
    import_participants(
        actor=None,
        seminar=seminar,
        uploaded=csv_file("Anne;Kerjean;anne@example.fr;enseignant;Lycée;;29019;;;", header=HEADER),
    )
    anne = Participant.objects.get()
    assert (anne.home_commune_code, anne.latitude) == ("29019", None)


def test_export_then_import_round_trips(seminar, organizer):
    from immersion.common.tabular import write_table
    from immersion.people.imports import EXPORT_HEADERS, export_rows
    from tests.factories import SeminarFactory

    import_participants(actor=None, seminar=seminar, uploaded=csv_file(*GOOD_ROWS))
    for fmt in ("csv", "xlsx"):
        content = write_table(fmt, EXPORT_HEADERS, export_rows(seminar))
        other = SeminarFactory()
        created = import_participants(
            actor=None, seminar=other, uploaded=SimpleUploadedFile(f"export.{fmt}", content)
        )
        assert sorted(p.email for p in created) == sorted(
            p.email for p in seminar.participants.all()
        )
        yves = other.participants.get(email="yves.lecorre@example.fr")
        assert yves.preferences == {"ccas": 2, "chrs": 1}
        assert [h.half_day for h in yves.available_half_days()] == ["J2-matin"]


@pytest.mark.parametrize(
    ("written", "category"),
    [
        ("Élu(e)", "elu"),
        ("député·e", "elu"),
        ("Adjointe au maire", "elu"),
        ("ENSEIGNANT.E", "enseignant"),
        ("Professeure", "enseignant"),
        ("Cheffe d'entreprise", "chef_entreprise"),
        ("Fonction publique territoriale", "fonctionnaire_territorial"),
        ("Fonctionnaire d'Etat", "fonctionnaire_etat"),
        ("cadre_hopital", "cadre_hopital"),
        ("Cadre de la Sécurité sociale", "cadre_securite_sociale"),
    ],
)
def test_categories_are_recognised_as_organizers_write_them(seminar, written, category):
    import_participants(
        actor=None,
        seminar=seminar,
        uploaded=csv_file(f"Anne;Rouxel;anne@example.fr;{written};Org;;35238;;;", header=HEADER),
    )
    assert Participant.objects.get().category == category


def test_a_title_line_above_the_header_is_skipped_and_lines_keep_their_numbers(seminar):
    content = (
        "Participants du séminaire de Rennes;;;;\n"
        "Prénom;Nom;E-mail;Catégorie;Organisme\n"
        "Anne;Rouxel;anne@example.fr;enseignant;Lycée\n"
        "Paul;Durand;paul@example.fr;astronaute;Ville\n"
    )
    with pytest.raises(ImportRejected) as exc:
        import_participants(
            actor=None, seminar=seminar, uploaded=SimpleUploadedFile("l.csv", content.encode())
        )
    [error] = exc.value.errors
    assert (error.line, error.column) == (4, "Catégorie")


def test_a_cell_spanning_two_lines_keeps_the_next_rows_numbered_as_in_the_file(seminar):
    content = (
        "Prénom;Nom;E-mail;Catégorie;Organisme;Besoins d'accessibilité\n"
        'Anne;Rouxel;anne@example.fr;enseignant;Lycée;"fauteuil\nroulant"\n'
        "Paul;Durand;;elu;Ville;\n"
    )
    with pytest.raises(ImportRejected) as exc:
        import_participants(
            actor=None, seminar=seminar, uploaded=SimpleUploadedFile("l.csv", content.encode())
        )
    assert exc.value.errors[0].line == 4


class ReadRecorder(SimpleUploadedFile):
    """An upload that notes whether a transaction was open while it was being read."""

    read_in_transaction = None

    def read(self, *args):
        from django.db import connection

        self.read_in_transaction = connection.in_atomic_block
        return super().read(*args)


@pytest.mark.django_db(transaction=True)
def test_file_is_read_and_checked_outside_any_transaction(communes, organizer):
    """A slow parse inside transaction.atomic held SQLite's write lock (transaction_mode
    IMMEDIATE): a participant saving their page meanwhile got a 500."""
    from django.db import connection

    from tests.factories import SeminarFactory

    seminar = SeminarFactory(organizers=[organizer])
    uploaded = ReadRecorder("l.csv", ("\n".join([HEADER, *GOOD_ROWS]) + "\n").encode())
    statements = []

    def record(execute, sql, params, many, context):
        statements.append((sql.split()[0].upper(), sql, connection.in_atomic_block))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        import_participants(actor=organizer, seminar=seminar, uploaded=uploaded)
    assert uploaded.read_in_transaction is False
    commune_reads = [s for s in statements if "territory_commune" in s[1]]
    assert commune_reads and not any(in_tx for _v, _sql, in_tx in commune_reads)
    inserts = [s for s in statements if s[0] == "INSERT"]
    assert inserts and all(in_tx for _v, _sql, in_tx in inserts)
    assert Participant.objects.filter(seminar=seminar).count() == 3


def test_an_address_registered_while_the_file_was_checked_is_reported_not_a_crash(seminar):
    """Checking now runs outside the transaction: the writing checks the addresses again."""
    from django.db import connection

    state = {"done": False}

    def register_meanwhile(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not state["done"] and "people_participant" in sql and sql.startswith("SELECT"):
            state["done"] = True  # right after the check read the registered addresses
            ParticipantFactory(seminar=seminar, email="Julie.Moreau@example.fr")
        return result

    with connection.execute_wrapper(register_meanwhile), pytest.raises(ImportRejected) as exc:
        import_participants(actor=None, seminar=seminar, uploaded=csv_file(*GOOD_ROWS))
    [error] = exc.value.errors
    assert (error.line, error.column) == (4, "E-mail")
    assert "déjà inscrit" in error.message
    assert Participant.objects.count() == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_with_formula_like_text_imports_back_unchanged(seminar, fmt):
    from immersion.common.tabular import write_table
    from immersion.people.imports import EXPORT_HEADERS, export_rows
    from tests.factories import SeminarFactory

    ParticipantFactory(
        seminar=seminar,
        email="anne@example.fr",
        phone="+33 6 12 34 56 78",
        function='=HYPERLINK("http://evil.example","Menu")',
        diet="autre",
        dietary_needs="-sans sel",
        accessibility_needs="@fauteuil",
    )
    content = write_table(fmt, EXPORT_HEADERS, export_rows(seminar))
    other = SeminarFactory()
    import_participants(
        actor=None, seminar=other, uploaded=SimpleUploadedFile(f"export.{fmt}", content)
    )
    anne = other.participants.get()
    assert (anne.phone, anne.function, anne.diet_display, anne.accessibility_needs) == (
        "+33 6 12 34 56 78",
        '=HYPERLINK("http://evil.example","Menu")',
        "Autre : -sans sel",
        "@fauteuil",
    )


NEEDS_HEADER = "Prénom;Nom;E-mail;Catégorie;Organisme;Aménagements nécessaires"


def test_access_needs_column_is_imported_as_codes(seminar):
    import_participants(
        actor=None,
        seminar=seminar,
        uploaded=csv_file(
            "Yves;Le Corre;yves@example.fr;elu;Ville;Fauteuil roulant, LSF",
            "Julie;Moreau;julie@example.fr;journaliste;Radio;",
            header=NEEDS_HEADER,
        ),
    )
    assert Participant.objects.get(first_name="Yves").access_needs == ["plain_pied", "lsf"]
    assert Participant.objects.get(first_name="Julie").access_needs == []


def test_unknown_access_need_imports_nobody(seminar):
    errors = rejected(
        seminar,
        csv_file(
            "Yves;Le Corre;yves@example.fr;elu;Ville;fauteuil roulant",
            "Julie;Moreau;julie@example.fr;journaliste;Radio;béquilles",
            header=NEEDS_HEADER,
        ),
    )
    [error] = errors
    assert (error.line, error.column) == (3, "Aménagements nécessaires")
    assert "aménagement inconnu « béquilles »" in error.message
