"""The English catalogue is complete, compiled, covers the code, and the language switch works.

French is the source language (the msgids); English lives in immersion/locale/en. `make messages`
updates both files; these tests fail when someone adds a string and forgets to translate it.
"""

import ast
import gettext
import os
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import page

LOCALE_DIR = Path(settings.BASE_DIR) / "immersion" / "locale" / "en" / "LC_MESSAGES"
PO_PATH = LOCALE_DIR / "django.po"
MO_PATH = LOCALE_DIR / "django.mo"

# The same options as `make messages` (Makefile).
IGNORED_DIRS = {"tests", "bench", "staticfiles"}
SOURCE_SUFFIXES = {".py", ".html", ".txt"}

# A printf-style directive, as Python's % operator reads it (and gettext's python-format).
DIRECTIVE = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])"
)


# --- A small PO reader (polib is not a dependency) -------------------------------------------


def parse_po(text: str) -> list[dict]:
    """Entries of a PO file: msgctxt, msgid, msgid_plural, msgstr (str or list), flags."""
    entries = []
    entry = None
    field = None

    def finish():
        if entry is not None and entry["msgid"] is not None:
            entries.append(entry)

    def new_entry():
        return {"msgctxt": None, "msgid": None, "msgid_plural": None, "msgstr": None, "flags": []}

    for raw in [*text.splitlines(), ""]:
        line = raw.strip()
        if not line:
            finish()
            entry, field = None, None
            continue
        if entry is None:
            entry = new_entry()
        if line.startswith("#~"):
            raise AssertionError(f"obsolete entry in {PO_PATH.name}: {line}")
        if line.startswith("#,"):
            entry["flags"].extend(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        match = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(\".*\")$", line)
        if match:
            keyword, index, value = match.groups()
            if keyword in ("msgctxt", "msgid") and entry["msgstr"] is not None:
                # An entry that follows the previous one without a blank line.
                finish()
                entry = new_entry()
            value = ast.literal_eval(value)
            if index is not None:
                if entry["msgstr"] is None:
                    entry["msgstr"] = []
                entry["msgstr"].append(value)
                field = ("msgstr", int(index))
            else:
                entry[keyword] = value
                field = (keyword, None)
            continue
        if line.startswith('"') and field is not None:
            value = ast.literal_eval(line)
            keyword, index = field
            if index is None:
                entry[keyword] += value
            else:
                entry[keyword][index] += value
            continue
        raise AssertionError(f"unexpected line in a PO file: {raw!r}")
    return entries


def key(entry: dict) -> tuple:
    return entry["msgctxt"], entry["msgid"], entry["msgid_plural"]


def label(entry_key: tuple) -> str:
    context, msgid, plural = entry_key
    text = msgid if plural is None else f"{msgid} | {plural}"
    return text if context is None else f"[{context}] {text}"


def directives(text: str) -> tuple[list[str], int, int]:
    """Named directives (name and conversion), unnamed ones, and literal %% signs."""
    named, unnamed, percent = [], 0, 0
    for match in DIRECTIVE.finditer(text):
        if match["conv"] == "%" and match["name"] is None:
            percent += 1
        elif match["name"] is not None:
            named.append(f"%({match['name']}){match['conv']}")
        else:
            unnamed += 1
    return sorted(named), unnamed, percent


@pytest.fixture(scope="module")
def catalogue() -> list[dict]:
    entries = parse_po(PO_PATH.read_text(encoding="utf-8"))
    header, messages = entries[0], entries[1:]
    assert header["msgid"] == ""
    assert "Language: en\n" in header["msgstr"]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header["msgstr"]
    assert "fuzzy" not in header["flags"]
    return messages


# --- (a) The catalogue is complete -----------------------------------------------------------


def test_catalogue_has_a_translation_for_every_entry(catalogue):
    assert len(catalogue) > 1000
    untranslated = []
    for entry in catalogue:
        forms = entry["msgstr"] if isinstance(entry["msgstr"], list) else [entry["msgstr"]]
        expected_forms = 2 if entry["msgid_plural"] is not None else 1
        if len(forms) != expected_forms or not all(form and form.strip() for form in forms):
            untranslated.append(label(key(entry)))
    assert not untranslated, "untranslated in django.po (run `make messages`):\n" + "\n".join(
        untranslated
    )


def test_catalogue_has_no_fuzzy_entry(catalogue):
    fuzzy = [label(key(e)) for e in catalogue if "fuzzy" in e["flags"]]
    assert not fuzzy, "fuzzy entries: check and fix the translation, then drop the flag:\n" + (
        "\n".join(fuzzy)
    )


def test_catalogue_has_no_duplicate_entry(catalogue):
    keys = [key(e) for e in catalogue]
    assert len(keys) == len(set(keys))


def test_translations_keep_the_placeholders(catalogue):
    wrong = []
    for entry in catalogue:
        if "python-format" not in entry["flags"]:
            continue
        if entry["msgid_plural"] is None:
            pairs = [(entry["msgid"], entry["msgstr"])]
        else:
            singular, plural = entry["msgstr"]
            pairs = [(entry["msgid"], singular), (entry["msgid_plural"], plural)]
        for source, translation in pairs:
            named, unnamed, percent = directives(source)
            got_named, got_unnamed, got_percent = directives(translation)
            # Named directives: the same set; a singular may leave out the count ("one e-mail").
            same_named = set(got_named) == set(named) or (
                entry["msgid_plural"] is not None and set(got_named) <= set(named)
            )
            if not same_named or got_unnamed != unnamed or got_percent != percent:
                wrong.append(f"{source!r} -> {translation!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_translations_keep_html_tags_and_surrounding_whitespace(catalogue):
    wrong = []
    for entry in catalogue:
        translations = entry["msgstr"] if isinstance(entry["msgstr"], list) else [entry["msgstr"]]
        for translation in translations:
            source = entry["msgid"]
            if re.findall(r"</?[a-z][a-z0-9]*", source) != re.findall(
                r"</?[a-z][a-z0-9]*", translation
            ):
                wrong.append(f"tags: {source!r}")
            if (source[:1].isspace(), source[-1:].isspace()) != (
                translation[:1].isspace(),
                translation[-1:].isspace(),
            ):
                wrong.append(f"whitespace: {source!r}")
            if source.count("\n") != translation.count("\n"):
                wrong.append(f"line breaks: {source!r}")
    assert not wrong, "\n".join(wrong)


# --- (b) The compiled catalogue matches the PO file ------------------------------------------


def test_compiled_catalogue_is_up_to_date(catalogue):
    with MO_PATH.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)._catalog
    expected = {}
    for entry in catalogue:
        msgid = entry["msgid"]
        if entry["msgctxt"] is not None:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if entry["msgid_plural"] is None:
            expected[msgid] = entry["msgstr"]
        else:
            for index, form in enumerate(entry["msgstr"]):
                expected[(msgid, index)] = form
    compiled = {k: v for k, v in compiled.items() if k != ""}
    missing = sorted(str(k) for k in expected.keys() - compiled.keys())
    stale = sorted(str(k) for k in compiled.keys() - expected.keys())
    changed = sorted(
        str(k) for k in expected.keys() & compiled.keys() if expected[k] != compiled[k]
    )
    assert not (missing or stale or changed), (
        "django.mo does not match django.po: run `make messages` and commit both files.\n"
        f"missing: {missing[:10]}\nstale: {stale[:10]}\nchanged: {changed[:10]}"
    )


# --- (c) The catalogue covers the code --------------------------------------------------------


def _copy_sources(root: Path, target: Path) -> None:
    """The files makemessages reads, without the committed catalogue or what it ignores."""
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = [
            d
            for d in dirnames
            if not d.startswith(".")
            and d not in {"locale", "__pycache__", "var", *IGNORED_DIRS}
            and here / d != Path(settings.MEDIA_ROOT)
        ]
        for filename in filenames:
            source = here / filename
            if source.suffix in SOURCE_SUFFIXES and not filename.startswith("."):
                destination = target / source.relative_to(root)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, destination)


@pytest.mark.slow
def test_catalogue_covers_every_marked_string(catalogue, tmp_path, settings, monkeypatch):
    missing_tools = [t for t in ("xgettext", "msguniq", "msgattrib") if not shutil.which(t)]
    if missing_tools:
        pytest.skip(f"GNU gettext tools not installed ({', '.join(missing_tools)})")
    sources, output = tmp_path / "src", tmp_path / "out"
    _copy_sources(Path(settings.BASE_DIR), sources)
    settings.LOCALE_PATHS = [str(output)]
    monkeypatch.chdir(sources)
    call_command(
        "makemessages",
        locale=["en"],
        no_location=True,
        no_obsolete=True,
        ignore_patterns=[f"{d}/*" for d in sorted(IGNORED_DIRS)],
        verbosity=0,
    )
    extracted = {key(e) for e in parse_po((output / "en/LC_MESSAGES/django.po").read_text())[1:]}
    committed = {key(e) for e in catalogue}
    missing = sorted(label(k) for k in extracted - committed)
    obsolete = sorted(label(k) for k in committed - extracted)
    assert not missing, (
        "strings marked for translation but missing from the English catalogue — run "
        "`make messages`, translate them in immersion/locale/en/LC_MESSAGES/django.po, run "
        "`make messages` again and commit django.po and django.mo:\n" + "\n".join(missing)
    )
    assert not obsolete, "entries no longer in the code — run `make messages`:\n" + "\n".join(
        obsolete
    )


# --- (d) The language switch -------------------------------------------------------------------


def _switch(client, language: str, next_url: str = "/"):
    return client.post(reverse("set_language"), {"language": language, "next": next_url})


@pytest.mark.django_db
def test_public_home_is_french_even_for_an_english_browser(client):
    html = page(client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9"))
    assert '<html lang="fr"' in html
    assert "Les quatre séquences du séminaire" in html
    assert "The four sequences of the seminar" not in html


@pytest.mark.django_db
def test_footer_offers_both_languages_each_in_its_own_language(client):
    html = page(client.get("/"))
    form = re.search(r'<form id="language-switch"\s+action="([^"]+)"\s+method="post"', html)
    assert form and form[1] == reverse("set_language")
    assert html.count('form="language-switch"') == 2
    assert "Langue du site" in html
    assert re.search(r'value="fr"\s+lang="fr"[^>]*aria-current="true"[^>]*>Français</button>', html)
    assert re.search(r'value="en"\s+lang="en"[^>]*>English</button>', html)


@pytest.mark.django_db
def test_switching_to_english_needs_no_account_and_keeps_the_page(client):
    response = _switch(client, "en", "/connexion/")
    assert response.status_code == 302
    assert response["Location"] == "/connexion/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"

    html = page(client.get("/connexion/"))
    assert '<html lang="en"' in html
    assert "Organisers, experts and administrators" in html
    assert "Get a sign-in link" in html
    assert "Site language" in html
    assert re.search(r'value="en"\s+lang="en"[^>]*aria-current="true"[^>]*>English</button>', html)


@pytest.mark.django_db
def test_public_home_in_english(client):
    _switch(client, "en")
    html = page(client.get("/", HTTP_ACCEPT_LANGUAGE="fr"))
    assert '<html lang="en"' in html
    assert "The four sequences of the seminar" in html
    assert "Immersion seminars that place public decision-makers" in html
    assert "Les quatre séquences du séminaire" not in html

    _switch(client, "fr")
    html = page(client.get("/"))
    assert '<html lang="fr"' in html
    assert "Les quatre séquences du séminaire" in html


def test_organizer_seminar_page_in_english(organizer_client, seminar):
    _switch(organizer_client, "en", seminar.get_absolute_url())
    response = organizer_client.get(seminar.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    html = page(response)
    assert '<html lang="en"' in html
    for text in ("See the participants", "Immersion offers", "Before and during the seminar"):
        assert text in html
    for text in ("Voir les participants", "Avant et pendant le séminaire"):
        assert text not in html
