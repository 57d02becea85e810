"""Import and export of the host-site catalogue (.xlsx or .csv), all-or-nothing."""

from collections import Counter

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from immersion.common.audit import log_action
from immersion.common.choices import SITE_AIDS, SITE_KIND_SYNONYMS, SiteKind
from immersion.common.imports import (
    Column,
    RowErrors,
    match_choice,
    normalise_token,
    parse_access_codes,
    parse_decimal,
    read_rows,
)
from immersion.common.validators import normalise_insee_code, validate_insee_code
from immersion.sites.models import HostSite
from immersion.territory.models import Commune

COLUMNS = [
    Column("name", "Nom", ("nom", "name", "structure", "nom_de_la_structure"), required=True),
    Column("kind", "Type", ("type", "kind", "type_de_structure"), required=True),
    Column(
        "organisation", "Organisme", ("organisme", "organisation", "rattachement"), required=True
    ),
    Column("address", "Adresse", ("adresse", "address", "rue"), required=True),
    Column("postal_code", "Code postal", ("code_postal", "cp", "postal_code")),
    Column(
        "commune_code",
        "Code commune",
        ("code_commune", "code_insee", "commune_code", "insee"),
        required=True,
    ),
    Column("commune_name", "Commune", ("commune", "ville")),
    Column("latitude", "Latitude", ("latitude", "lat")),
    Column("longitude", "Longitude", ("longitude", "lon", "lng")),
    Column("accessibility_notes", "Accessibilité", ("accessibilite", "accessibility")),
    Column(
        "step_free_access",
        "Accès de plain-pied",
        ("plain_pied", "acces_plain_pied", "acces_pmr", "pmr", "step_free_access"),
    ),
    Column("aids", "Aides à l'accessibilité", ("aides", "aides_accessibilite", "aids")),
    Column(
        "travel_minutes",
        "Trajet depuis le séminaire (min)",
        ("trajet_min", "temps_de_trajet", "temps_de_trajet_min", "travel_minutes"),
    ),
    Column("phone", "Téléphone", ("telephone", "tel", "phone")),
    Column("email", "E-mail", ("email", "e_mail", "courriel", "mail")),
]
COL = {c.key: c for c in COLUMNS}
YES_NO_UNKNOWN = {"": None, "inconnu": None, "oui": True, "o": True, "non": False, "n": False}


def _site_key(name: str, commune_code: str) -> tuple[str, str]:
    return normalise_token(name), commune_code


def validate_rows(rows) -> tuple[list[tuple[int, HostSite]], RowErrors]:
    """The sites to create, each with its line in the file, and the errors found."""
    errors = RowErrors()
    communes = {c.code: c for c in Commune.objects.all()}
    existing = {_site_key(n, c) for n, c in HostSite.objects.values_list("name", "commune_code")}
    keys = [_site_key(r.get("name"), normalise_insee_code(r.get("commune_code"))) for r in rows]
    counts = Counter(keys)
    first_line = {}
    valid = []
    for row, key in zip(rows, keys, strict=True):
        line, before = row.line, len(errors.errors)
        first_line.setdefault(key, line)
        data = {}
        for field_name in ("name", "organisation", "address"):
            data[field_name] = row.get(field_name).strip()
            if not data[field_name]:
                errors.add(line, COL[field_name], _("valeur obligatoire manquante"))
        kind_text = row.get("kind")
        data["kind"] = match_choice(kind_text, SiteKind, SITE_KIND_SYNONYMS)
        if data["kind"] is None:
            errors.add(
                line,
                COL["kind"],
                _("type de structure inconnu « %(v)s » (valeurs possibles : %(codes)s)")
                % {"v": kind_text, "codes": ", ".join(SiteKind.values)}
                if kind_text.strip()
                else _("type de structure manquant"),
            )
        code = normalise_insee_code(row.get("commune_code"))
        data["commune_code"] = code
        commune = None
        if not code:
            errors.add(line, COL["commune_code"], _("code commune INSEE manquant"))
        else:
            try:
                validate_insee_code(code)
                commune = communes.get(code)
            except ValidationError as exc:
                errors.add(line, COL["commune_code"], exc.messages[0])
        data["commune_name"] = row.get("commune_name").strip() or (commune.name if commune else "")
        if code and not data["commune_name"] and not commune and before == len(errors.errors):
            errors.add(
                line,
                COL["commune_code"],
                _(
                    "commune %(code)s inconnue du référentiel : vérifiez le code ou indiquez le "
                    "nom de la commune dans la colonne « Commune »"
                )
                % {"code": code},
            )
        data["postal_code"] = row.get("postal_code").strip() or (
            commune.postal_code if commune else ""
        )
        for axis, bound in (("latitude", 90), ("longitude", 180)):
            text = row.get(axis).strip()
            data[axis] = None
            if text:
                try:
                    data[axis] = parse_decimal(text)
                    if not -bound <= data[axis] <= bound:
                        raise ValueError
                except ValueError:
                    errors.add(line, COL[axis], _("coordonnée invalide « %(v)s »") % {"v": text})
        if (data["latitude"] is None) != (data["longitude"] is None):
            errors.add(
                line, COL["latitude"], _("indiquez la latitude et la longitude, ou aucune des deux")
            )
        elif data["latitude"] is None and commune is not None:
            data["latitude"], data["longitude"] = commune.latitude, commune.longitude
        email = row.get("email").strip()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                errors.add(
                    line, COL["email"], _("adresse e-mail invalide « %(v)s »") % {"v": email}
                )
        data["email"] = email
        data["phone"] = row.get("phone").strip()
        data["accessibility_notes"] = row.get("accessibility_notes").strip()
        step_free = normalise_token(row.get("step_free_access"))
        if step_free not in YES_NO_UNKNOWN:
            errors.add(
                line,
                COL["step_free_access"],
                _("« %(v)s » : écrivez oui, non ou inconnu (ou laissez vide)")
                % {"v": row.get("step_free_access").strip()},
            )
        data["step_free_access"] = YES_NO_UNKNOWN.get(step_free)
        aids, unknown = parse_access_codes(row.get("aids"), [a.value for a in SITE_AIDS])
        if unknown is not None:
            errors.add(
                line,
                COL["aids"],
                _(
                    "aide inconnue « %(v)s » (valeurs possibles : boucle magnétique, LSF, gros "
                    "caractères ; l'accès de plain-pied a sa propre colonne)"
                )
                % {"v": unknown},
            )
        data["aids"] = aids
        minutes = row.get("travel_minutes").strip()
        data["travel_minutes"] = None
        if minutes:
            try:
                data["travel_minutes"] = int(minutes)
                if not 0 <= data["travel_minutes"] <= 600:
                    raise ValueError
            except ValueError:
                errors.add(
                    line,
                    COL["travel_minutes"],
                    _("temps de trajet invalide « %(v)s » (un nombre entier de minutes, 0 à 600)")
                    % {"v": minutes},
                )
        if data["name"] and code:
            if key in existing:
                errors.add(
                    line,
                    COL["name"],
                    _("la structure « %(v)s » existe déjà dans cette commune")
                    % {"v": data["name"]},
                )
            elif counts[key] > 1 and first_line[key] != line:
                errors.add(
                    line,
                    COL["name"],
                    _("doublon de la ligne %(first)d") % {"first": first_line[key]},
                )
        if len(errors.errors) == before:
            site = HostSite(**data)
            try:
                site.full_clean(validate_constraints=False)
            except ValidationError as exc:
                for field_name, messages in exc.message_dict.items():
                    for message in messages:
                        errors.add(line, COL.get(field_name, field_name), message)
                continue
            valid.append((line, site))
    return valid, errors


def import_sites(*, actor, uploaded) -> list[HostSite]:
    """Import every row or none. Raises ImportRejected listing every faulty row.

    Reading and checking the file run outside any transaction (they may take seconds and
    must not hold the database's write lock); only the writing is in one."""
    rows = read_rows(uploaded, COLUMNS)
    valid, errors = validate_rows(rows)
    errors.raise_if_any()
    return _create_sites(actor=actor, valid=valid)


@transaction.atomic
def _create_sites(*, actor, valid: list[tuple[int, HostSite]]) -> list[HostSite]:
    # Someone may have created one of these sites while the file was being checked.
    existing = {_site_key(n, c) for n, c in HostSite.objects.values_list("name", "commune_code")}
    errors = RowErrors()
    for line, site in valid:
        if _site_key(site.name, site.commune_code) in existing:
            errors.add(
                line,
                COL["name"],
                _("la structure « %(v)s » existe déjà dans cette commune") % {"v": site.name},
            )
    errors.raise_if_any()
    created = HostSite.objects.bulk_create([site for _line, site in valid])
    # The organizer who imports the sites owns them, as if they had created them one by one.
    if getattr(actor, "is_authenticated", False):
        HostSite.owners.through.objects.bulk_create(
            HostSite.owners.through(hostsite_id=site.pk, user_id=actor.pk) for site in created
        )
    log_action(actor, "sites.import", None, count=len(created))
    return created


EXPORT_HEADERS = [c.label for c in COLUMNS]


def export_rows(queryset, *, with_contacts=lambda site: True):
    """Rows of the catalogue; the site's phone and e-mail only where ``with_contacts(site)``
    (the sites the exporting organizer owns: others get their public description)."""
    for s in queryset.order_by("commune_name", "name"):
        contacts = with_contacts(s)
        yield [
            s.name,
            s.kind,
            s.organisation,
            s.address,
            s.postal_code,
            s.commune_code,
            s.commune_name,
            s.latitude if s.latitude is not None else "",
            s.longitude if s.longitude is not None else "",
            s.accessibility_notes,
            {True: "oui", False: "non"}.get(s.step_free_access, "inconnu"),
            "; ".join(s.aid_labels),
            s.travel_minutes if s.travel_minutes is not None else "",
            s.phone if contacts else "",
            s.email if contacts else "",
        ]
