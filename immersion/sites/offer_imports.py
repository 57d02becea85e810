"""Import of a seminar's immersion offers (.xlsx or .csv), all-or-nothing, like the
participants' import: every faulty row is named (line, column, reason in French) and
nothing is written unless every row is valid."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from immersion.common import tabular
from immersion.common.audit import log_action
from immersion.common.choices import Category, Channel
from immersion.common.imports import (
    Column,
    RowErrors,
    match_choice,
    normalise_token,
    read_rows,
    split_list,
)
from immersion.seminars.models import Seminar
from immersion.sites.models import HostSite, Offer
from immersion.sites.services import offer_defaults

COLUMNS = [
    Column("site", "Structure", ("structure", "nom", "site", "nom_de_la_structure"), required=True),
    Column("commune_code", "Code commune", ("code_commune", "code_insee", "insee")),
    Column("half_day", "Demi-journée", ("demi_journee", "creneau", "half_day"), required=True),
    Column("channel", "Canal", ("canal", "channel", "situation"), required=True),
    Column("capacity", "Observateurs", ("observateurs", "capacite", "places", "capacity")),
    Column(
        "forbidden_categories",
        "Catégories non admises",
        ("categories_non_admises", "categories_exclues", "forbidden_categories"),
    ),
    Column(
        "needs_authorisation",
        "Autorisation préalable",
        ("autorisation_prealable", "autorisation", "needs_authorisation"),
    ),
    Column("tutor", "Tuteur", ("tuteur", "tutrice", "tutor", "e_mail_du_tuteur")),
    Column("rules_notes", "Règles et consignes", ("regles", "consignes", "regles_et_consignes")),
]
COL = {c.key: c for c in COLUMNS}
HEADERS = [c.label for c in COLUMNS]
YES_NO = {"": False, "non": False, "n": False, "oui": True, "o": True}
CHANNEL_SYNONYMS = {
    "accueil": Channel.ACCUEIL_PHYSIQUE,
    "guichet": Channel.ACCUEIL_PHYSIQUE,
    "telephone": Channel.ACCUEIL_TELEPHONIQUE,
    "téléphone": Channel.ACCUEIL_TELEPHONIQUE,
    "controle": Channel.CONTROLE_SUR_PLACE,
    "contrôle": Channel.CONTROLE_SUR_PLACE,
}


@dataclass(frozen=True)
class ValidOffer:
    line: int
    offer: Offer


def _half_days_by_token(seminar: Seminar) -> dict:
    by_token = {}
    for h in seminar.half_days:
        by_token[normalise_token(h.half_day)] = h
        by_token[normalise_token(h.half_day_label)] = h
    return by_token


def _find_site(row, line, errors, sites) -> HostSite | None:
    name, code = row.get("site").strip(), row.get("commune_code").strip().upper()
    matches = [s for s in sites if normalise_token(s.name) == normalise_token(name)]
    if code:
        matches = [s for s in matches if s.commune_code == code]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        errors.add(line, COL["site"], _("structure inconnue du catalogue « %(v)s »") % {"v": name})
    else:
        errors.add(
            line,
            COL["site"],
            _("plusieurs structures s'appellent « %(v)s » : indiquez leur code commune (%(c)s)")
            % {"v": name, "c": ", ".join(sorted({s.commune_code for s in matches}))},
        )
    return None


def _find_tutor(text, site, line, errors):
    token = normalise_token(text)
    for tutor in site.tutors.all():
        names = {
            normalise_token(tutor.email or ""),
            normalise_token(f"{tutor.first_name} {tutor.last_name}"),
            normalise_token(f"{tutor.last_name} {tutor.first_name}"),
        }
        if token in names:
            return tutor
    errors.add(
        line,
        COL["tutor"],
        _("« %(v)s » n'est pas un tuteur de « %(site)s » (e-mail ou prénom et nom)")
        % {"v": text, "site": site.name},
    )
    return None


def validate_rows(seminar: Seminar, rows) -> tuple[list[ValidOffer], RowErrors]:
    errors = RowErrors()
    sites = list(HostSite.objects.prefetch_related("tutors"))
    half_days = _half_days_by_token(seminar)
    taken = {
        (o.site_id, o.half_day_id, o.channel): None
        for o in Offer.objects.filter(seminar=seminar).only("site", "half_day", "channel")
    }
    seen: dict[tuple, int] = {}
    valid = []
    for row in rows:
        line, before = row.line, len(errors.errors)
        site = _find_site(row, line, errors, sites)
        half_day = half_days.get(normalise_token(row.get("half_day")))
        if half_day is None:
            errors.add(
                line,
                COL["half_day"],
                _("demi-journée inconnue « %(v)s » (valeurs possibles : %(codes)s)")
                % {
                    "v": row.get("half_day"),
                    "codes": ", ".join(h.half_day_label for h in seminar.half_days),
                },
            )
        channel = match_choice(row.get("channel"), Channel, CHANNEL_SYNONYMS)
        if channel is None:
            errors.add(
                line,
                COL["channel"],
                _("canal inconnu « %(v)s » (valeurs possibles : %(codes)s)")
                % {"v": row.get("channel"), "codes": ", ".join(str(c.label) for c in Channel)},
            )
        values = offer_defaults(channel or "")
        capacity = row.get("capacity").strip()
        if capacity:
            try:
                values["capacity"] = int(float(capacity.replace(",", ".")))
                if not 1 <= values["capacity"] <= 50:
                    raise ValueError
            except ValueError:
                errors.add(
                    line,
                    COL["capacity"],
                    _("nombre d'observateurs invalide « %(v)s » (de 1 à 50)") % {"v": capacity},
                )
        forbidden = []
        for token in split_list(row.get("forbidden_categories")):
            code = match_choice(token, Category)
            if code is None:
                errors.add(
                    line,
                    COL["forbidden_categories"],
                    _("catégorie inconnue « %(v)s »") % {"v": token},
                )
            else:
                forbidden.append(code)
        if forbidden:
            values["forbidden_categories"] = sorted(set(forbidden))
        authorisation = normalise_token(row.get("needs_authorisation"))
        if authorisation not in YES_NO:
            errors.add(
                line,
                COL["needs_authorisation"],
                _("écrivez « oui » ou « non », pas « %(v)s »")
                % {"v": row.get("needs_authorisation")},
            )
        tutor = None
        if site is not None and row.get("tutor").strip():
            tutor = _find_tutor(row.get("tutor"), site, line, errors)
        if site is not None and half_day is not None and channel is not None:
            key = (site.pk, half_day.pk, channel)
            if key in taken:
                errors.add(line, COL["channel"], _("cette offre existe déjà pour ce séminaire"))
            elif key in seen:
                errors.add(
                    line,
                    COL["channel"],
                    _("doublon de la ligne %(first)d") % {"first": seen[key]},
                )
            else:
                seen[key] = line
        if len(errors.errors) != before:
            continue
        offer = Offer(
            seminar=seminar,
            site=site,
            half_day=half_day,
            channel=channel,
            needs_authorisation=YES_NO[authorisation],
            tutor=tutor,
            rules_notes=row.get("rules_notes").strip(),
            **values,
        )
        try:
            offer.full_clean(validate_constraints=False)
        except ValidationError as exc:
            for field_name, messages in exc.message_dict.items():
                for message in messages:
                    errors.add(line, COL.get(field_name, ""), message)
            continue
        valid.append(ValidOffer(line, offer))
    return valid, errors


def preview_offers(*, seminar: Seminar, uploaded) -> list[ValidOffer]:
    """Check the file; writes nothing. Raises ImportRejected listing every faulty row."""
    rows = read_rows(uploaded, COLUMNS)
    valid, errors = validate_rows(seminar, rows)
    errors.raise_if_any()
    return valid


def import_offers(*, actor, seminar: Seminar, uploaded) -> list[Offer]:
    """Import every row or none (read and checked outside any transaction)."""
    return _create_offers(
        actor=actor, seminar=seminar, valid=preview_offers(seminar=seminar, uploaded=uploaded)
    )


@transaction.atomic
def _create_offers(*, actor, seminar: Seminar, valid: list[ValidOffer]) -> list[Offer]:
    taken = set(
        Offer.objects.filter(seminar=seminar).values_list("site_id", "half_day_id", "channel")
    )
    errors = RowErrors()
    for v in valid:
        if (v.offer.site_id, v.offer.half_day_id, v.offer.channel) in taken:
            errors.add(v.line, COL["channel"], _("cette offre existe déjà pour ce séminaire"))
    errors.raise_if_any()
    created = Offer.objects.bulk_create([v.offer for v in valid])
    log_action(actor, "offers.import", seminar, count=len(created))
    return created


def template_xlsx(seminar: Seminar) -> bytes:
    """The offers' import template: header, one example row, drop-down lists."""
    half_days = list(seminar.half_days)
    example = [
        "Caf d'Ille-et-Vilaine — accueil de Rennes",
        "35238",
        half_days[0].half_day_label if half_days else "",
        str(Channel.ACCUEIL_PHYSIQUE.label),
        2,
        "",
        "non",
        "",
        "",
    ]
    return tabular.write_template(
        HEADERS,
        example,
        [
            tabular.Choices(COL["half_day"].label, [h.half_day_label for h in half_days]),
            tabular.Choices(COL["channel"].label, [str(c.label) for c in Channel]),
            tabular.Choices(COL["needs_authorisation"].label, ["oui", "non"]),
            tabular.Choices(
                COL["forbidden_categories"].label,
                [str(c.label) for c in Category],
                prompt=_("Plusieurs catégories séparées par « ; »."),
                strict=False,
            ),
        ],
        title=_("Offres"),
    )
