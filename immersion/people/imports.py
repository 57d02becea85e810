"""Import and export of a seminar's participants (.xlsx or .csv), all-or-nothing."""

import itertools
from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from immersion.common import tabular
from immersion.common.audit import log_action
from immersion.common.choices import SITE_KIND_SYNONYMS, AccessNeed, Category, SiteKind
from immersion.common.diet_migration import parse_diet
from immersion.common.imports import (
    Column,
    RowErrors,
    match_choice,
    normalise_token,
    parse_access_codes,
    read_rows,
    split_list,
)
from immersion.common.validators import normalise_insee_code, validate_insee_code
from immersion.people.models import PREFERENCE_MAX, Participant
from immersion.seminars.models import Seminar
from immersion.territory.models import Commune
from immersion.territory.selectors import resolve_commune

COLUMNS = [
    Column("first_name", "Prénom", ("prenom", "first_name", "prenoms"), required=True),
    Column("last_name", "Nom", ("nom", "last_name", "nom_de_famille"), required=True),
    Column(
        "email",
        "E-mail",
        ("email", "e_mail", "courriel", "mail", "adresse_e_mail", "adresse_email"),
        required=True,
    ),
    Column("phone", "Téléphone", ("telephone", "tel", "phone", "portable")),
    Column("category", "Catégorie", ("categorie", "category", "public", "profil"), required=True),
    Column(
        "organisation",
        "Organisme",
        ("organisme", "organisation", "employeur", "structure"),
        required=True,
    ),
    Column("function", "Fonction", ("fonction", "poste", "function")),
    Column(
        "home_commune_code",
        "Code commune",
        ("code_commune", "code_insee", "commune_code", "code_commune_insee", "insee"),
    ),
    Column("home_commune_name", "Commune", ("commune", "ville")),
    Column(
        "max_km",
        "Distance max (km)",
        ("distance_max_km", "distance_max", "rayon_km", "max_km", "distance_maximale_km"),
    ),
    Column("availability", "Disponibilités", ("disponibilites", "disponibilite", "availability")),
    Column("preferences", "Préférences", ("preferences", "preference")),
    Column(
        "accessibility_needs",
        "Besoins d'accessibilité",
        ("besoins_d_accessibilite", "accessibilite", "besoins_accessibilite"),
    ),
    Column(
        "access_needs",
        "Aménagements nécessaires",
        ("amenagements", "amenagements_necessaires", "besoins_d_acces", "access_needs"),
    ),
    Column("dietary_needs", "Régime alimentaire", ("regime_alimentaire", "regime", "alimentation")),
]
COL = {c.key: c for c in COLUMNS}

CATEGORY_SYNONYMS = {
    "élu": Category.ELU,
    "élue": Category.ELU,
    "élu local": Category.ELU,
    "élu national": Category.ELU,
    "parlementaire": Category.ELU,
    "journaliste": Category.JOURNALISTE,
    "enseignant": Category.ENSEIGNANT,
    "enseignante": Category.ENSEIGNANT,
    "chef d'entreprise": Category.CHEF_ENTREPRISE,
    "cheffe d'entreprise": Category.CHEF_ENTREPRISE,
    "dirigeant d'entreprise": Category.CHEF_ENTREPRISE,
    "fonctionnaire d'état": Category.FONCTIONNAIRE_ETAT,
    "fonctionnaire de l'état": Category.FONCTIONNAIRE_ETAT,
    "fonctionnaire territorial": Category.FONCTIONNAIRE_TERRITORIAL,
    "fonctionnaire territoriale": Category.FONCTIONNAIRE_TERRITORIAL,
    "cadre de sécurité sociale": Category.CADRE_SECURITE_SOCIALE,
    "sécurité sociale": Category.CADRE_SECURITE_SOCIALE,
    "cadre hospitalier": Category.CADRE_HOPITAL,
    "directeur d'hôpital": Category.CADRE_HOPITAL,
    "cadre d'hôpital": Category.CADRE_HOPITAL,
    "directrice d'hôpital": Category.CADRE_HOPITAL,
    "cadre hospitalière": Category.CADRE_HOPITAL,
    "cadre de santé": Category.CADRE_HOPITAL,
    "directeur d'hôpital public": Category.CADRE_HOPITAL,
    "maire": Category.ELU,
    "adjoint au maire": Category.ELU,
    "adjointe au maire": Category.ELU,
    "député": Category.ELU,
    "sénateur": Category.ELU,
    "sénatrice": Category.ELU,
    "conseiller municipal": Category.ELU,
    "conseillère municipale": Category.ELU,
    "conseiller départemental": Category.ELU,
    "conseillère départementale": Category.ELU,
    "conseiller régional": Category.ELU,
    "conseillère régionale": Category.ELU,
    "élue locale": Category.ELU,
    "élue nationale": Category.ELU,
    "professeur": Category.ENSEIGNANT,
    "professeure": Category.ENSEIGNANT,
    "enseignant-chercheur": Category.ENSEIGNANT,
    "enseignante-chercheuse": Category.ENSEIGNANT,
    "maître de conférences": Category.ENSEIGNANT,
    "dirigeante d'entreprise": Category.CHEF_ENTREPRISE,
    "entrepreneur": Category.CHEF_ENTREPRISE,
    "entrepreneuse": Category.CHEF_ENTREPRISE,
    "cadre de la sécurité sociale": Category.CADRE_SECURITE_SOCIALE,
    "dirigeant de sécurité sociale": Category.CADRE_SECURITE_SOCIALE,
    "dirigeante de sécurité sociale": Category.CADRE_SECURITE_SOCIALE,
    "cadre d'organisme de sécurité sociale": Category.CADRE_SECURITE_SOCIALE,
    "agent de l'état": Category.FONCTIONNAIRE_ETAT,
    "fonction publique d'état": Category.FONCTIONNAIRE_ETAT,
    "fonction publique de l'état": Category.FONCTIONNAIRE_ETAT,
    "agent territorial": Category.FONCTIONNAIRE_TERRITORIAL,
    "agente territoriale": Category.FONCTIONNAIRE_TERRITORIAL,
    "fonction publique territoriale": Category.FONCTIONNAIRE_TERRITORIAL,
}


def _parse_commune(row, line, errors, communes: dict[str, Commune]):
    """The home commune from the code column, else the name column (« Rennes »,
    « Rennes (35238) »). A 4-digit code is refused, never padded; a name several communes
    share asks which one; a name the referential does not know is kept as written."""
    code_text = row.get("home_commune_code").strip()
    name = row.get("home_commune_name").strip()
    column = COL["home_commune_code"] if code_text else COL["home_commune_name"]
    try:
        if code_text:
            code = normalise_insee_code(code_text)
            validate_insee_code(code)
            commune = communes.get(code)
        else:
            code, commune = resolve_commune(name)
    except ValidationError as exc:
        if exc.code == "unknown_commune":
            return "", name, None, None
        errors.add(line, column, exc.messages[0])
        return "", name, None, None
    if commune is None:
        return code, name, None, None
    return code, commune.name, commune.latitude, commune.longitude


def _parse_availability(value, line, errors, half_days) -> set[int] | None:
    """Returns the ids of the half-days the person is NOT available on."""
    if not value.strip():
        return set()
    by_token = {}
    for h in half_days:
        by_token[normalise_token(h.half_day)] = h
        by_token[normalise_token(h.half_day_label)] = h
        day, _sep, part = h.half_day.partition("-")
        by_token[normalise_token(f"jour {day[1:]} {part}")] = h
        by_token[normalise_token(f"{day} {part}")] = h
    available = set()
    for token in split_list(value):
        half_day = by_token.get(normalise_token(token))
        if half_day is None:
            errors.add(
                line,
                COL["availability"],
                _("demi-journée inconnue « %(value)s » (valeurs possibles : %(codes)s)")
                % {"value": token, "codes": ", ".join(h.half_day for h in half_days)},
            )
            return None
        available.add(half_day.pk)
    return {h.pk for h in half_days} - available


def _parse_preferences(value, line, errors) -> dict | None:
    prefs = {}
    for item in split_list(value):
        kind_text, sep, score_text = item.rpartition(":") if ":" in item else item.rpartition("=")
        kind = match_choice(kind_text, SiteKind, SITE_KIND_SYNONYMS) if sep else None
        if kind is None:
            errors.add(
                line,
                COL["preferences"],
                _("« %(value)s » : écrivez type:note, par exemple « caf:3; urgences:2 »")
                % {"value": item},
            )
            return None
        try:
            score = int(score_text.strip())
        except ValueError:
            score = -1
        if not 0 <= score <= PREFERENCE_MAX:
            errors.add(
                line,
                COL["preferences"],
                _("la note de « %(kind)s » doit être un entier de 0 à 3")
                % {"kind": kind_text.strip()},
            )
            return None
        prefs[kind] = score
    return prefs


def validate_rows(seminar: Seminar, rows, *, update: bool = False) -> tuple[list[dict], RowErrors]:
    """Check every row. ``update``: an e-mail already registered is the participant to
    update (matched by e-mail), not a duplicate."""
    errors = RowErrors()
    half_days = list(seminar.half_days)
    communes = {c.code: c for c in Commune.objects.all()}
    existing = {e.lower() for e in seminar.participants.values_list("email", flat=True)}
    emails_in_file = Counter(r.get("email").strip().lower() for r in rows if r.get("email").strip())
    first_line_of = {}
    for row in rows:
        email = row.get("email").strip().lower()
        first_line_of.setdefault(email, row.line)
    valid = []
    for row in rows:
        line, before = row.line, len(errors.errors)
        data = {}
        for key in ("first_name", "last_name", "organisation"):
            value = row.get(key).strip()
            if not value:
                errors.add(line, COL[key], _("valeur obligatoire manquante"))
            data[key] = value
        email = row.get("email").strip().lower()
        if not email:
            errors.add(line, COL["email"], _("adresse e-mail manquante"))
        else:
            try:
                validate_email(email)
            except ValidationError:
                errors.add(
                    line, COL["email"], _("adresse e-mail invalide « %(v)s »") % {"v": email}
                )
            else:
                if email in existing and not update:
                    errors.add(
                        line,
                        COL["email"],
                        _("« %(v)s » est déjà inscrit(e) à ce séminaire") % {"v": email},
                    )
                elif emails_in_file[email] > 1 and first_line_of[email] != line:
                    errors.add(
                        line,
                        COL["email"],
                        _("doublon : « %(v)s » figure déjà ligne %(first)d")
                        % {"v": email, "first": first_line_of[email]},
                    )
        data["email"] = email
        category_text = row.get("category")
        category = match_choice(category_text, Category, CATEGORY_SYNONYMS)
        if not category_text.strip():
            errors.add(line, COL["category"], _("catégorie manquante"))
        elif category is None:
            errors.add(
                line,
                COL["category"],
                _("catégorie inconnue « %(v)s » (valeurs possibles : %(codes)s)")
                % {"v": category_text, "codes": ", ".join(Category.values)},
            )
        data["category"] = category
        code, name, lat, lon = _parse_commune(row, line, errors, communes)
        data.update(home_commune_code=code, home_commune_name=name, latitude=lat, longitude=lon)
        max_km = row.get("max_km").strip()
        data["max_km"] = None
        if max_km:
            try:
                data["max_km"] = int(float(max_km.replace(",", ".")))
                if not 0 < data["max_km"] <= 1000:
                    raise ValueError
            except ValueError:
                errors.add(
                    line,
                    COL["max_km"],
                    _("distance invalide « %(v)s » (un nombre de km de 1 à 1000)") % {"v": max_km},
                )
        data["unavailable"] = _parse_availability(row.get("availability"), line, errors, half_days)
        data["preferences"] = _parse_preferences(row.get("preferences"), line, errors) or {}
        for key in ("phone", "function", "accessibility_needs"):
            data[key] = row.get(key).strip()
        data["diet"], data["dietary_needs"] = parse_diet(row.get("dietary_needs"))
        needs, unknown = parse_access_codes(row.get("access_needs"), AccessNeed.values)
        if unknown is not None:
            errors.add(
                line,
                COL["access_needs"],
                _(
                    "aménagement inconnu « %(v)s » (valeurs possibles : fauteuil roulant, "
                    "boucle magnétique, LSF, gros caractères)"
                )
                % {"v": unknown},
            )
        data["access_needs"] = needs
        if len(errors.errors) == before:
            participant = Participant(
                seminar=seminar,
                **{k: v for k, v in data.items() if k != "unavailable"},
            )
            try:
                participant.full_clean(validate_constraints=False)
            except ValidationError as exc:
                for field_name, messages in exc.message_dict.items():
                    column = COL.get(field_name, field_name)
                    for message in messages:
                        errors.add(line, column, message)
                continue
            valid.append(
                {
                    "participant": participant,
                    "unavailable": data["unavailable"],
                    "line": line,
                    "existing": email in existing,
                }
            )
    return valid, errors


def import_participants(*, actor, seminar: Seminar, uploaded) -> list[Participant]:
    """Import every row or none. Raises ImportRejected listing every faulty row.

    Reading and checking the file may take seconds: they run outside any transaction, so
    that they never hold the database's write lock; only the writing is in one."""
    rows = read_rows(uploaded, COLUMNS)
    valid, errors = validate_rows(seminar, rows)
    errors.raise_if_any()
    return _create_participants(actor=actor, seminar=seminar, valid=valid)


@transaction.atomic
def _create_participants(*, actor, seminar: Seminar, valid: list[dict]) -> list[Participant]:
    # Someone may have registered one of these addresses while the file was being checked.
    registered = {e.lower() for e in seminar.participants.values_list("email", flat=True)}
    errors = RowErrors()
    for v in valid:
        if v["participant"].email in registered:
            errors.add(
                v["line"],
                COL["email"],
                _("« %(v)s » est déjà inscrit(e) à ce séminaire") % {"v": v["participant"].email},
            )
    errors.raise_if_any()
    created = Participant.objects.bulk_create([v["participant"] for v in valid])
    through = Participant.unavailable_half_days.through
    through.objects.bulk_create(
        [
            through(participant_id=p.pk, programmeitem_id=h)
            for p, v in zip(created, valid, strict=True)
            for h in v["unavailable"]
        ]
    )
    log_action(actor, "participants.import", seminar, count=len(created))
    return created


# --- update mode: re-importing a file matches participants by e-mail -----------------------

# The participant's fields each column writes (the commune also moves the coordinates).
UPDATED_FIELDS = {
    "first_name": ["first_name"],
    "last_name": ["last_name"],
    "phone": ["phone"],
    "category": ["category"],
    "organisation": ["organisation"],
    "function": ["function"],
    "home_commune_code": ["home_commune_code", "home_commune_name", "latitude", "longitude"],
    "home_commune_name": ["home_commune_code", "home_commune_name", "latitude", "longitude"],
    "max_km": ["max_km"],
    "preferences": ["preferences"],
    "accessibility_needs": ["accessibility_needs"],
    "access_needs": ["access_needs"],
    "dietary_needs": ["diet", "dietary_needs"],
}


@dataclass(frozen=True)
class FieldChange:
    column: str
    old: str
    new: str


@dataclass
class ParticipantUpdate:
    line: int
    participant: Participant  # as it is now
    changes: list[FieldChange]


@dataclass
class UpdatePlan:
    """What re-importing a file would do: participants changed (field: old → new),
    participants unchanged, and new participants."""

    updates: list[ParticipantUpdate]
    unchanged: list[Participant]
    created: list[Participant]
    valid: list[dict]
    columns: set[str]

    @property
    def changes_anything(self) -> bool:
        return bool(self.updates or self.created)


def _shown(participant: Participant, key: str, half_days, unavailable) -> str:
    """A column's value as the preview shows it."""
    if key == "category":
        return str(Category(participant.category).label) if participant.category else ""
    if key in ("home_commune_code", "home_commune_name"):
        p = participant
        if p.home_commune_code:
            return f"{p.home_commune_name} ({p.home_commune_code})"
        return p.home_commune_name
    if key == "preferences":
        return "; ".join(f"{k}:{v}" for k, v in sorted(participant.preferences.items()))
    if key == "access_needs":
        return "; ".join(participant.access_need_labels)
    if key == "dietary_needs":
        return participant.diet_display
    if key == "availability":
        return ", ".join(h.half_day_label for h in half_days if h.pk not in unavailable) or "—"
    value = getattr(participant, key)
    return "" if value is None else str(value)


def plan_update(seminar: Seminar, rows, valid: list[dict]) -> UpdatePlan:
    columns = set().union(*(r.values.keys() for r in rows)) if rows else set()
    half_days = list(seminar.half_days)
    current = {
        p.email.lower(): p for p in seminar.participants.prefetch_related("unavailable_half_days")
    }
    updates, unchanged, created = [], [], []
    for entry in valid:
        new = entry["participant"]
        old = current.get(new.email)
        if old is None:
            created.append(new)
            continue
        old_unavailable = {h.pk for h in old.unavailable_half_days.all()}
        changes = []
        for key in dict.fromkeys(k for k in [*UPDATED_FIELDS, "availability"] if k in columns):
            if key == "home_commune_name" and "home_commune_code" in columns:
                continue
            before = _shown(old, key, half_days, old_unavailable)
            after = _shown(new, key, half_days, entry["unavailable"])
            if before != after:
                changes.append(FieldChange(str(COL[key].label), before, after))
        if changes:
            updates.append(ParticipantUpdate(entry["line"], old, changes))
        else:
            unchanged.append(old)
    return UpdatePlan(updates, unchanged, created, valid, columns)


def preview_update(*, seminar: Seminar, uploaded) -> UpdatePlan:
    """Check the file in update mode and say what it would change; writes nothing.
    Raises ImportRejected listing every faulty row."""
    rows = read_rows(uploaded, COLUMNS)
    valid, errors = validate_rows(seminar, rows, update=True)
    errors.raise_if_any()
    return plan_update(seminar, rows, valid)


def update_participants(*, actor, seminar: Seminar, uploaded) -> UpdatePlan:
    """Re-import a file: participants matched by e-mail get the file's values (only the
    columns the file has), new e-mails are registered. All or nothing."""
    plan = preview_update(seminar=seminar, uploaded=uploaded)
    _write_update(actor=actor, seminar=seminar, plan=plan)
    return plan


@transaction.atomic
def _write_update(*, actor, seminar: Seminar, plan: UpdatePlan) -> None:
    fields = sorted(
        {f for key, names in UPDATED_FIELDS.items() if key in plan.columns for f in names}
    )
    by_email = {p.email.lower(): p for p in seminar.participants.select_for_update()}
    new_entries = [v for v in plan.valid if v["participant"].email not in by_email]
    changed = {u.participant.email.lower() for u in plan.updates}
    through = Participant.unavailable_half_days.through
    for entry in plan.valid:
        participant = by_email.get(entry["participant"].email)
        if participant is None or participant.email.lower() not in changed:
            continue
        for name in fields:
            setattr(participant, name, getattr(entry["participant"], name))
        participant.full_clean(validate_constraints=False)
        participant.save()
        if "availability" in plan.columns:
            through.objects.filter(participant_id=participant.pk).delete()
            through.objects.bulk_create(
                [
                    through(participant_id=participant.pk, programmeitem_id=h)
                    for h in entry["unavailable"]
                ]
            )
    if new_entries:
        _create_participants(actor=actor, seminar=seminar, valid=new_entries)
    log_action(
        actor,
        "participants.import_update",
        seminar,
        updated=len(plan.updates),
        created=len(new_entries),
        fields=fields,
    )


EXPORT_HEADERS = [c.label for c in COLUMNS]


def _half_day_options(half_days) -> list[str]:
    """Each half-day's label, then (up to 4 half-days) every combination of them, since
    a cell lists the half-days the person is available on."""
    labels = [h.half_day_label for h in half_days]
    if len(labels) > 4:
        return labels
    return [
        "; ".join(combo)
        for size in range(1, len(labels) + 1)
        for combo in itertools.combinations(labels, size)
    ]


def template_xlsx(seminar: Seminar) -> bytes:
    """The import template: header row, one example row (importable as is) and drop-down
    lists for the category, the half-days (their labels) and the preferences."""
    half_days = list(seminar.half_days)
    kinds = [k for k in SiteKind if k != SiteKind.OTHER]
    example = {
        "first_name": "Camille",
        "last_name": "Exemple",
        "email": "camille.exemple@example.org",
        "phone": "",
        "category": str(Category.FONCTIONNAIRE_ETAT.label),
        "organisation": _("Préfecture d'Ille-et-Vilaine"),
        "function": _("Cheffe de projet"),
        "home_commune_code": "35238",
        "home_commune_name": "Rennes",
        "max_km": 30,
        "availability": "; ".join(h.half_day_label for h in half_days),
        "preferences": "caf:3; ccas:1",
        "accessibility_needs": "",
        "access_needs": "",
        "dietary_needs": "",
    }
    return tabular.write_template(
        EXPORT_HEADERS,
        [example[c.key] for c in COLUMNS],
        [
            tabular.Choices(COL["category"].label, [str(c.label) for c in Category]),
            tabular.Choices(
                COL["availability"].label,
                _half_day_options(half_days),
                prompt=_("Les demi-journées où la personne est disponible (vide : toutes)."),
                strict=False,
            ),
            tabular.Choices(
                COL["preferences"].label,
                [f"{k.value}:{score}" for k in kinds for score in range(PREFERENCE_MAX, -1, -1)],
                prompt=_(
                    "type:note de 0 à 3 ; plusieurs séparées par « ; », par ex. « caf:3; ccas:1 »."
                ),
                strict=False,
            ),
        ],
        title=_("Participants"),
    )


def export_rows(seminar: Seminar, participants=None):
    """The export's rows: every participant of the seminar, or those of ``participants``
    (a QuerySet of its participants, kept in its order) — a fixed number of queries."""
    half_days = list(seminar.half_days)
    if participants is None:
        participants = seminar.participants.order_by("last_name", "first_name")
    for p in participants.prefetch_related("unavailable_half_days"):
        unavailable = {h.pk for h in p.unavailable_half_days.all()}
        available = [h.half_day for h in half_days if h.pk not in unavailable]
        yield [
            p.first_name,
            p.last_name,
            p.email,
            p.phone,
            p.category,
            p.organisation,
            p.function,
            p.home_commune_code,
            p.home_commune_name,
            p.max_km or "",
            ", ".join(available),
            "; ".join(f"{k}:{v}" for k, v in sorted(p.preferences.items())),
            p.accessibility_needs,
            "; ".join(p.access_need_labels),
            p.diet_display,
        ]
