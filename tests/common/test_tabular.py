import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from immersion.common.tabular import TabularError, normalise_header, read_table, write_table


def test_headers_are_normalised_without_accents_or_punctuation():
    assert normalise_header(" Régime alimentaire ") == "regime_alimentaire"
    assert normalise_header("E-mail") == "e_mail"
    assert normalise_header("Besoins d'accessibilité") == "besoins_d_accessibilite"


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_delimiter_is_detected(delimiter):
    data = delimiter.join(["Nom", "Prénom"]) + "\n" + delimiter.join(["Le Goff", "Anne"]) + "\n"
    rows = read_table(SimpleUploadedFile("a.csv", data.encode()))
    assert rows[0].values == {"nom": "Le Goff", "prenom": "Anne"}
    assert rows[0].line == 2


def test_windows_encoded_csv_is_read():
    rows = read_table(
        SimpleUploadedFile("a.csv", "Nom;Ville\nHervé;Saint-Brieuc\n".encode("cp1252"))
    )
    assert rows[0].get("nom") == "Hervé"


def test_blank_lines_are_skipped_but_line_numbers_kept():
    rows = read_table(SimpleUploadedFile("a.csv", b"Nom\nA\n\nB\n"))
    assert [(r.line, r.get("nom")) for r in rows] == [(2, "A"), (4, "B")]


def test_unknown_extension_is_refused():
    with pytest.raises(TabularError, match="non pris en charge"):
        read_table(SimpleUploadedFile("a.pdf", b"%PDF-1.4"))


def test_xlsx_round_trip():
    content = write_table("xlsx", ["Nom", "Code"], [["Le Goff", "01053"]])
    rows = read_table(SimpleUploadedFile("a.xlsx", content))
    assert rows[0].values == {"nom": "Le Goff", "code": "01053"}


def test_csv_export_opens_in_french_excel():
    content = write_table("csv", ["Nom"], [["Hervé"]])
    assert content.startswith("\ufeff".encode())
    assert content.decode("utf-8-sig") == "Nom\r\nHervé\r\n"
