import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from immersion.common.imports import ImportRejected
from immersion.sites.imports import import_sites
from immersion.sites.models import HostSite
from tests.factories import SiteFactory

pytestmark = pytest.mark.django_db

HEADER = "Nom,Type,Organisme,Adresse,Code commune,Latitude,Longitude"
GOOD = [
    "Caf — accueil de Rennes,Caf,Caf d'Ille-et-Vilaine,Cours des Alliés,35238,,",
    "France Travail Bruz,Pôle emploi,France Travail Bretagne,Avenue Legault,35047,48.0245,-1.746",
    'Urgences Pontchaillou,urgences,CHU de Rennes,"2, rue Henri Le Guilloux",35238,"48,1206","-1,6938"',
]


def csv_file(*rows, header=HEADER):
    return SimpleUploadedFile("sites.csv", ("\n".join([header, *rows]) + "\n").encode("utf-8"))


def test_clean_file_imports_every_site_with_coordinates():
    created = import_sites(actor=None, uploaded=csv_file(*GOOD))
    assert len(created) == 3
    caf = HostSite.objects.get(kind="caf")
    assert (caf.commune_name, round(caf.latitude, 2)) == ("Rennes", 48.12)
    ft = HostSite.objects.get(kind="france_travail")
    assert ft.commune_name == "Bruz"
    urgences = HostSite.objects.get(kind="urgences")
    assert urgences.latitude == pytest.approx(48.1206)
    assert urgences.address == "2, rue Henri Le Guilloux"


@pytest.mark.parametrize(
    ("bad_row", "column", "fragment"),
    [
        ("Mairie,mairie,Ville,Place,35238,,", "Type", "type de structure inconnu"),
        ("Caf,caf,Caf 35,Rue,35999,,", "Code commune", "commune 35999 inconnue du référentiel"),
        ("Caf,caf,Caf 35,Rue,3523,,", "Code commune", "3523 a 4 chiffres : un code INSEE en a 5"),
        ("Caf,caf,Caf 35,Rue,ABCDE,,", "Code commune", "code commune INSEE valide"),
        ("Caf,caf,Caf 35,Rue,,,", "Code commune", "manquant"),
        ("Caf — accueil de Rennes,caf,Caf 35,Autre rue,35238,,", "Nom", "doublon de la ligne 2"),
        ("Caf,caf,Caf 35,Rue,35238,91,2", "Latitude", "coordonnée invalide"),
        ("Caf,caf,,Rue,35238,,", "Organisme", "valeur obligatoire manquante"),
    ],
)
def test_one_bad_row_imports_no_site(bad_row, column, fragment):
    with pytest.raises(ImportRejected) as exc:
        import_sites(actor=None, uploaded=csv_file(*GOOD, bad_row))
    assert HostSite.objects.count() == 0
    [error] = exc.value.errors
    assert (error.line, error.column) == (5, column)
    assert fragment in error.message


def test_site_already_in_the_catalogue_is_refused():
    SiteFactory(name="Caf — accueil de Rennes", commune_code="35238")
    with pytest.raises(ImportRejected) as exc:
        import_sites(actor=None, uploaded=csv_file(*GOOD))
    assert "existe déjà" in exc.value.errors[0].message
    assert HostSite.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_file_is_read_and_checked_outside_any_transaction(communes):
    from django.db import connection

    statements = []

    def record(execute, sql, params, many, context):
        statements.append((sql.split()[0].upper(), sql, connection.in_atomic_block))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        import_sites(actor=None, uploaded=csv_file(*GOOD))
    commune_reads = [s for s in statements if "territory_commune" in s[1]]
    assert commune_reads and not any(in_tx for _v, _sql, in_tx in commune_reads)
    inserts = [s for s in statements if s[0] == "INSERT"]
    assert inserts and all(in_tx for _v, _sql, in_tx in inserts)
    assert HostSite.objects.count() == 3


def test_a_site_created_while_the_file_was_checked_is_reported_not_a_crash():
    from django.db import connection

    state = {"done": False}

    def create_meanwhile(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not state["done"] and "sites_hostsite" in sql and sql.startswith("SELECT"):
            state["done"] = True
            SiteFactory(name="France Travail Bruz", commune_code="35047")
        return result

    with connection.execute_wrapper(create_meanwhile), pytest.raises(ImportRejected) as exc:
        import_sites(actor=None, uploaded=csv_file(*GOOD))
    [error] = exc.value.errors
    assert (error.line, error.column) == (3, "Nom")
    assert "existe déjà" in error.message
    assert HostSite.objects.count() == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_round_trips_phones_and_negative_longitudes(fmt):
    from immersion.common.tabular import write_table
    from immersion.sites.imports import EXPORT_HEADERS, export_rows

    import_sites(actor=None, uploaded=csv_file(*GOOD))
    HostSite.objects.filter(kind="caf").update(phone="+33 2 99 00 00 01", accessibility_notes="-")
    before = list(HostSite.objects.order_by("name").values())
    content = write_table(fmt, EXPORT_HEADERS, export_rows(HostSite.objects.all()))
    HostSite.objects.all().delete()
    import_sites(actor=None, uploaded=SimpleUploadedFile(f"export.{fmt}", content))
    after = list(HostSite.objects.order_by("name").values())
    ignore = {"id", "created_at", "updated_at"}
    assert [{k: v for k, v in s.items() if k not in ignore} for s in after] == [
        {k: v for k, v in s.items() if k not in ignore} for s in before
    ]


ACCESS_HEADER = (
    HEADER + ",Accès de plain-pied,Aides à l'accessibilité,Trajet depuis le séminaire (min)"
)


def test_accessibility_and_travel_columns_are_imported():
    import_sites(
        actor=None,
        uploaded=csv_file(
            "Caf — accueil de Rennes,Caf,Caf 35,Cours des Alliés,35238,,,oui,"
            '"boucle magnétique; LSF",12',
            "CCAS de Rennes,CCAS,Ville de Rennes,Place de la Mairie,35238,,,non,,",
            "CHRS,chrs,Association,Rue,35238,,,,,",
            header=ACCESS_HEADER,
        ),
    )
    caf = HostSite.objects.get(kind="caf")
    assert (caf.step_free_access, caf.aids, caf.travel_minutes) == (
        True,
        ["boucle_magnetique", "lsf"],
        12,
    )
    assert HostSite.objects.get(kind="ccas").step_free_access is False
    chrs = HostSite.objects.get(kind="chrs")
    assert (chrs.step_free_access, chrs.aids, chrs.travel_minutes) == (None, [], None)


@pytest.mark.parametrize(
    ("cells", "column", "fragment"),
    [
        ("peut-être,,", "Accès de plain-pied", "écrivez oui, non ou inconnu"),
        ("oui,ascenseur,", "Aides à l'accessibilité", "aide inconnue « ascenseur »"),
        ("oui,fauteuil roulant,", "Aides à l'accessibilité", "sa propre colonne"),
        ("oui,,une heure", "Trajet depuis le séminaire (min)", "temps de trajet invalide"),
    ],
)
def test_a_bad_accessibility_or_travel_cell_imports_no_site(cells, column, fragment):
    good = "Caf — accueil de Rennes,Caf,Caf 35,Cours des Alliés,35238,,,oui,,10"
    with pytest.raises(ImportRejected) as exc:
        import_sites(
            actor=None,
            uploaded=csv_file(good, f"CCAS,ccas,Ville,Place,35238,,,{cells}", header=ACCESS_HEADER),
        )
    assert HostSite.objects.count() == 0
    [error] = exc.value.errors
    assert (error.line, error.column) == (3, column)
    assert fragment in error.message
