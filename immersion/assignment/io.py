"""Reading and validating instances, writing solutions.

:func:`load_instance` turns a JSON-like dict into an :class:`Instance` or raises
:class:`InstanceError` naming the faulty field (``slots[3].capacity``) with a French message.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from immersion.assignment.geo import haversine_km, normalise_organisation
from immersion.assignment.model import (
    ACCESS_CODES,
    CATEGORIES,
    CHANNELS,
    MAX_PREFERENCE,
    SITE_KINDS,
    Assignment,
    Instance,
    Participant,
    Site,
    Slot,
    TravelBudget,
    Weights,
    access_names,
)

MAX_MINUTES = 24 * 60


class InstanceError(ValueError):
    """An instance that cannot be solved as given: ``field_path`` names the faulty field."""

    def __init__(self, field_path: str, message_fr: str) -> None:
        super().__init__(f"{field_path} : {message_fr}")
        self.field_path = field_path
        self.message_fr = message_fr


def _show(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "booléen"
    if isinstance(value, int | float):
        return "nombre"
    if isinstance(value, str):
        return "texte"
    if isinstance(value, list | tuple):
        return "liste"
    if isinstance(value, Mapping):
        return "objet"
    return type(value).__name__


def _obj(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InstanceError(path, f"un objet JSON est attendu (reçu {_type_name(value)})")
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise InstanceError(path, f"une liste est attendue (reçu {_type_name(value)})")
    return list(value)


def _required(obj: Mapping[str, Any], key: str, path: str) -> Any:
    if key not in obj:
        raise InstanceError(f"{path}.{key}" if path else key, "champ obligatoire manquant")
    return obj[key]


def _id(value: Any, path: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InstanceError(
            path, f"un identifiant texte ou entier est attendu (reçu {_type_name(value)})"
        )
    text = str(value).strip()
    if not text:
        raise InstanceError(path, "l'identifiant ne doit pas être vide")
    return text


def _text(value: Any, path: str, *, allow_null: bool = True) -> str:
    if value is None and allow_null:
        return ""
    if not isinstance(value, str):
        raise InstanceError(path, f"un texte est attendu (reçu {_type_name(value)})")
    return value


def _number_or_null(value: Any, path: str, *, low: float, high: float, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InstanceError(path, f"{what} doit être un nombre ou null (reçu {_show(value)})")
    if not low <= value <= high:
        raise InstanceError(
            path, f"{what} doit être compris entre {low:g} et {high:g} (reçu {_show(value)})"
        )
    return float(value)


def _choice(value: Any, path: str, allowed: tuple[str, ...], what: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise InstanceError(
            path, f"{what} inconnu(e) {_show(value)} ; valeurs possibles : {', '.join(allowed)}"
        )
    return value


def _minutes_or_null(value: Any, path: str, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MINUTES:
        raise InstanceError(
            path,
            f"{what} est un nombre entier de minutes de 0 à {MAX_MINUTES}, ou null "
            f"(reçu {_show(value)})",
        )
    return value


def _access(value: Any, path: str, what: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    codes = set()
    for j, code in enumerate(_list(value, path)):
        codes.add(_choice(code, f"{path}[{j}]", ACCESS_CODES, what))
    return frozenset(codes)


def _load_travel_budgets(raw: Any, half_days: list[str]) -> tuple[TravelBudget, ...]:
    if raw is None:
        return ()
    budgets = {}
    for hd, value in _obj(raw, "travel_budgets").items():
        path = f"travel_budgets.{hd}"
        if hd not in half_days:
            raise InstanceError(path, f"demi-journée inconnue ; déclarées : {', '.join(half_days)}")
        obj = _obj(value, path)
        for key in obj:
            if key not in ("before", "after"):
                raise InstanceError(
                    f"{path}.{key}", "clé inconnue ; clés possibles : before, after"
                )
        budgets[hd] = TravelBudget(
            hd,
            _minutes_or_null(obj.get("before"), f"{path}.before", "le temps libre avant"),
            _minutes_or_null(obj.get("after"), f"{path}.after", "le temps libre après"),
        )
    return tuple(budgets[hd] for hd in half_days if hd in budgets)


def _check_unique(seen: dict[str, str], ident: str, path: str, what: str) -> None:
    if ident in seen:
        raise InstanceError(
            path, f"identifiant de {what} « {ident} » en double (déjà utilisé par {seen[ident]})"
        )
    seen[ident] = path


def _load_weights(raw: Any) -> Weights:
    if raw is None:
        return Weights()
    obj = _obj(raw, "weights")
    defaults = Weights().as_dict()
    values = dict(defaults)
    for key, value in obj.items():
        path = f"weights.{key}"
        if key not in defaults:
            raise InstanceError(
                path, f"poids inconnu ; poids possibles : {', '.join(sorted(defaults))}"
            )
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InstanceError(
                path, f"un poids doit être un entier positif ou nul (reçu {_show(value)})"
            )
        values[key] = value
    return Weights(**values)


def load_instance(data: Any) -> Instance:
    """Validate a JSON-like dict and build an :class:`Instance`.

    Raises :class:`InstanceError` on the first problem found, naming the field.
    """
    root = _obj(data, "instance")

    # Half-days.
    half_days: list[str] = []
    for i, raw in enumerate(_list(_required(root, "half_days", ""), "half_days")):
        path = f"half_days[{i}]"
        if not isinstance(raw, str) or not raw.strip():
            raise InstanceError(path, f"une demi-journée est un texte non vide (reçu {_show(raw)})")
        if raw in half_days:
            raise InstanceError(path, f"demi-journée « {raw} » en double")
        half_days.append(raw)
    if not half_days:
        raise InstanceError("half_days", "au moins une demi-journée est attendue")
    half_day_set = set(half_days)
    travel_budgets = _load_travel_budgets(root.get("travel_budgets"), half_days)
    budget_by_half_day = {b.half_day: b for b in travel_budgets}

    # Sites.
    sites: list[Site] = []
    site_paths: dict[str, str] = {}
    for i, raw in enumerate(_list(_required(root, "sites", ""), "sites")):
        path = f"sites[{i}]"
        obj = _obj(raw, path)
        ident = _id(_required(obj, "id", path), f"{path}.id")
        _check_unique(site_paths, ident, f"{path}.id", "structure")
        kind = _choice(
            _required(obj, "kind", path), f"{path}.kind", SITE_KINDS, "type de structure"
        )
        organisation = _text(obj.get("organisation"), f"{path}.organisation")
        lat = _number_or_null(obj.get("lat"), f"{path}.lat", low=-90, high=90, what="la latitude")
        lon = _number_or_null(
            obj.get("lon"), f"{path}.lon", low=-180, high=180, what="la longitude"
        )
        if (lat is None) != (lon is None):
            raise InstanceError(f"{path}.lat", "latitude et longitude vont ensemble (l'une manque)")
        label = _text(obj.get("label"), f"{path}.label")
        travel = _minutes_or_null(
            obj.get("travel_minutes"), f"{path}.travel_minutes", "le temps de trajet"
        )
        access = _access(obj.get("access"), f"{path}.access", "accessibilité")
        sites.append(Site(ident, kind, organisation, lat, lon, label, travel, access))

    # Slots.
    slots: list[Slot] = []
    slot_paths: dict[str, str] = {}
    for i, raw in enumerate(_list(_required(root, "slots", ""), "slots")):
        path = f"slots[{i}]"
        obj = _obj(raw, path)
        ident = _id(_required(obj, "id", path), f"{path}.id")
        _check_unique(slot_paths, ident, f"{path}.id", "créneau")
        site = _id(_required(obj, "site", path), f"{path}.site")
        if site not in site_paths:
            raise InstanceError(f"{path}.site", f"structure inconnue « {site} »")
        channel = _choice(_required(obj, "channel", path), f"{path}.channel", CHANNELS, "canal")
        half_day = _required(obj, "half_day", path)
        if half_day not in half_day_set:
            raise InstanceError(
                f"{path}.half_day",
                f"demi-journée inconnue {_show(half_day)} ; déclarées : {', '.join(half_days)}",
            )
        capacity = _required(obj, "capacity", path)
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 0:
            raise InstanceError(
                f"{path}.capacity",
                f"la capacité doit être un entier positif ou nul (reçu {_show(capacity)})",
            )
        forbidden: set[str] = set()
        raw_forbidden = obj.get("forbidden_categories")
        if raw_forbidden is not None:
            for j, cat in enumerate(_list(raw_forbidden, f"{path}.forbidden_categories")):
                forbidden.add(
                    _choice(cat, f"{path}.forbidden_categories[{j}]", CATEGORIES, "catégorie")
                )
        label = _text(obj.get("label"), f"{path}.label")
        slots.append(Slot(ident, site, channel, half_day, capacity, frozenset(forbidden), label))

    site_by_id = {s.id: s for s in sites}
    slot_by_id = {s.id: s for s in slots}

    # Participants.
    participants: list[Participant] = []
    participant_paths: dict[str, str] = {}
    pin_load: dict[str, list[str]] = {}
    for i, raw in enumerate(_list(_required(root, "participants", ""), "participants")):
        path = f"participants[{i}]"
        obj = _obj(raw, path)
        ident = _id(_required(obj, "id", path), f"{path}.id")
        _check_unique(participant_paths, ident, f"{path}.id", "participant")
        category = _choice(
            _required(obj, "category", path), f"{path}.category", CATEGORIES, "catégorie"
        )
        organisation = _text(obj.get("organisation"), f"{path}.organisation")
        lat = _number_or_null(obj.get("lat"), f"{path}.lat", low=-90, high=90, what="la latitude")
        lon = _number_or_null(
            obj.get("lon"), f"{path}.lon", low=-180, high=180, what="la longitude"
        )
        if (lat is None) != (lon is None):
            raise InstanceError(f"{path}.lat", "latitude et longitude vont ensemble (l'une manque)")
        max_km = _number_or_null(
            obj.get("max_km"), f"{path}.max_km", low=0, high=40_000, what="la distance maximale"
        )
        raw_available = obj.get("available")
        if raw_available is None:
            available = tuple(half_days)
        else:
            chosen: set[str] = set()
            for j, hd in enumerate(_list(raw_available, f"{path}.available")):
                if hd not in half_day_set:
                    raise InstanceError(
                        f"{path}.available[{j}]",
                        f"demi-journée inconnue {_show(hd)} ; déclarées : {', '.join(half_days)}",
                    )
                chosen.add(hd)
            available = tuple(hd for hd in half_days if hd in chosen)
        needs = _access(obj.get("needs"), f"{path}.needs", "besoin d'accessibilité")

        preferences: dict[str, int] = {}
        raw_prefs = obj.get("preferences")
        if raw_prefs is not None:
            for kind, value in _obj(raw_prefs, f"{path}.preferences").items():
                ppath = f"{path}.preferences.{kind}"
                _choice(kind, ppath, SITE_KINDS, "type de structure")
                if (
                    isinstance(value, bool)
                    or not isinstance(value, int)
                    or not 0 <= value <= MAX_PREFERENCE
                ):
                    raise InstanceError(
                        ppath,
                        f"une préférence est un entier de 0 à {MAX_PREFERENCE} "
                        f"(reçu {_show(value)})",
                    )
                preferences[kind] = value

        pins: dict[str, str] = {}
        raw_pins = obj.get("pinned")
        if raw_pins is not None:
            pinned_sites: dict[str, str] = {}
            for hd, raw_slot in _obj(raw_pins, f"{path}.pinned").items():
                ppath = f"{path}.pinned.{hd}"
                if hd not in half_day_set:
                    raise InstanceError(
                        ppath, f"demi-journée inconnue ; déclarées : {', '.join(half_days)}"
                    )
                slot_id = _id(raw_slot, ppath)
                slot = slot_by_id.get(slot_id)
                if slot is None:
                    raise InstanceError(ppath, f"créneau épinglé inconnu « {slot_id} »")
                if slot.half_day != hd:
                    raise InstanceError(
                        ppath,
                        f"le créneau « {slot_id} » a lieu le {slot.half_day}, pas le {hd}",
                    )
                if hd not in available:
                    raise InstanceError(ppath, f"le participant n'est pas disponible le {hd}")
                if category in slot.forbidden_categories:
                    raise InstanceError(
                        ppath,
                        f"le créneau « {slot_id} » exclut la catégorie « {category} »",
                    )
                site = site_by_id[slot.site]
                own = normalise_organisation(organisation)
                if own and own == normalise_organisation(site.organisation):
                    raise InstanceError(
                        ppath,
                        f"le créneau « {slot_id} » est chez son propre organisme "
                        f"({site.organisation}) : conflit d'intérêts",
                    )
                if (
                    max_km is not None
                    and lat is not None
                    and lon is not None
                    and site.lat is not None
                    and site.lon is not None
                ):
                    km = haversine_km(lat, lon, site.lat, site.lon)
                    if km > max_km:
                        raise InstanceError(
                            ppath,
                            f"le créneau « {slot_id} » est à {km:.0f} km, au-delà de la "
                            f"distance maximale ({max_km:g} km)",
                        )
                if needs - site.access:
                    raise InstanceError(
                        ppath,
                        f"le créneau « {slot_id} » est dans une structure qui n'offre pas : "
                        f"{access_names(needs - site.access)}",
                    )
                budget = budget_by_half_day.get(hd)
                if site.travel_minutes is not None and budget is not None:
                    free = min(
                        (m for m in (budget.before, budget.after) if m is not None),
                        default=None,
                    )
                    if free is not None and site.travel_minutes > free:
                        raise InstanceError(
                            ppath,
                            f"le créneau « {slot_id} » est à {site.travel_minutes} min de trajet "
                            f"pour {free} min libres dans le programme",
                        )
                if slot.site in pinned_sites:
                    raise InstanceError(
                        ppath,
                        f"deux créneaux épinglés dans la même structure « {slot.site} » "
                        f"(déjà le {pinned_sites[slot.site]})",
                    )
                pinned_sites[slot.site] = hd
                pins[hd] = slot_id
                pin_load.setdefault(slot_id, []).append(ident)
        participants.append(
            Participant(
                id=ident,
                category=category,
                organisation=organisation,
                lat=lat,
                lon=lon,
                max_km=max_km,
                available=available,
                preferences=tuple(sorted(preferences.items())),
                pinned=tuple((hd, pins[hd]) for hd in half_days if hd in pins),
                label=_text(obj.get("label"), f"{path}.label"),
                needs=needs,
            )
        )

    for slot_id, who in pin_load.items():
        slot = slot_by_id[slot_id]
        if len(who) > slot.capacity:
            index = next(i for i, s in enumerate(slots) if s.id == slot_id)
            raise InstanceError(
                f"slots[{index}].capacity",
                f"{len(who)} participants épinglés ({', '.join(who)}) pour une capacité de "
                f"{slot.capacity}",
            )

    # Previous (published) assignment: unknown ids are not errors, they are reported in stats.
    previous: list[Assignment] = []
    seen_previous: set[tuple[str, str]] = set()
    raw_previous = root.get("previous")
    if raw_previous is not None:
        for i, raw in enumerate(_list(raw_previous, "previous")):
            path = f"previous[{i}]"
            obj = _obj(raw, path)
            pair = (
                _id(_required(obj, "participant", path), f"{path}.participant"),
                _id(_required(obj, "slot", path), f"{path}.slot"),
            )
            if pair not in seen_previous:
                seen_previous.add(pair)
                previous.append(Assignment(*pair))

    return Instance(
        half_days=tuple(half_days),
        sites=tuple(sites),
        slots=tuple(slots),
        participants=tuple(participants),
        previous=tuple(previous),
        weights=_load_weights(root.get("weights")),
        travel_budgets=travel_budgets,
    )


def instance_to_dict(instance: Instance) -> dict[str, Any]:
    """The JSON form of an instance (inverse of :func:`load_instance`)."""
    return {
        "half_days": list(instance.half_days),
        "sites": [
            {
                "id": s.id,
                "kind": s.kind,
                "organisation": s.organisation,
                "lat": s.lat,
                "lon": s.lon,
                "label": s.label,
                "travel_minutes": s.travel_minutes,
                "access": sorted(s.access),
            }
            for s in instance.sites
        ],
        "slots": [
            {
                "id": s.id,
                "site": s.site,
                "channel": s.channel,
                "half_day": s.half_day,
                "capacity": s.capacity,
                "forbidden_categories": sorted(s.forbidden_categories),
                "label": s.label,
            }
            for s in instance.slots
        ],
        "participants": [
            {
                "id": p.id,
                "category": p.category,
                "organisation": p.organisation,
                "lat": p.lat,
                "lon": p.lon,
                "max_km": p.max_km,
                "available": list(p.available),
                "preferences": dict(p.preferences),
                "pinned": dict(p.pinned),
                "label": p.label,
                "needs": sorted(p.needs),
            }
            for p in instance.participants
        ],
        "previous": [{"participant": a.participant, "slot": a.slot} for a in instance.previous],
        "weights": instance.weights.as_dict(),
        "travel_budgets": {
            b.half_day: {"before": b.before, "after": b.after} for b in instance.travel_budgets
        },
    }


def load_assignments(data: Any, path: str = "assignments") -> list[Assignment]:
    """Read ``[{"participant", "slot"}]`` (or a solution dict holding ``assignments``)."""
    if isinstance(data, Mapping):
        data = _required(data, "assignments", "")
    result = []
    for i, raw in enumerate(_list(data, path)):
        item = f"{path}[{i}]"
        obj = _obj(raw, item)
        result.append(
            Assignment(
                _id(_required(obj, "participant", item), f"{item}.participant"),
                _id(_required(obj, "slot", item), f"{item}.slot"),
            )
        )
    return result
