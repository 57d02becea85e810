"""The participant's personal programme: the shared programme items they attend and their
immersions from the published assignment, with where to go, whom to meet and what to bring.

Used by the participant's space (HTML), the PDF and the .ics calendar, and attached to the
convocation e-mail. Host sites stay hidden until the participant has signed the
confidentiality commitment.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from immersion.common.choices import Channel, SiteKind, label_for
from immersion.common.geo import haversine_km
from immersion.documents.pdf import render_pdf
from immersion.placements.selectors import placements_of_participant, published_run
from immersion.placements.travel import (
    THIN_MARGIN_MINUTES,
    Trip,
    estimate_minutes,
    programme_windows,
    site_travel_minutes,
    trips,
    venue_point,
)
from immersion.seminars.models import ItemKind
from immersion.territory.selectors import get_commune

# What every observer brings, then what each channel adds.
WHAT_TO_BRING = (
    gettext_lazy("Une pièce d'identité (elle peut vous être demandée à l'entrée)."),
    gettext_lazy("Votre engagement de confidentialité signé (imprimé ou sur votre téléphone)."),
    gettext_lazy(
        "Un carnet et un stylo : vous y notez des situations, jamais le nom ni un détail "
        "permettant de reconnaître un usager."
    ),
    gettext_lazy("Pas de photo, pas d'enregistrement : téléphone en silencieux et rangé."),
)
WHAT_TO_BRING_BY_CHANNEL = {
    Channel.ACCUEIL_PHYSIQUE: (
        gettext_lazy(
            "Présentez-vous à l'accueil 10 minutes avant le début et demandez votre tuteur ; "
            "vous resterez en retrait du guichet, sans intervenir."
        ),
    ),
    Channel.ACCUEIL_TELEPHONIQUE: (
        gettext_lazy(
            "Vous écouterez les appels aux côtés de l'agent, sans intervenir ; le matériel "
            "d'écoute est fourni par la structure."
        ),
    ),
    Channel.CONTROLE_SUR_PLACE: (
        gettext_lazy(
            "Rendez-vous à la structure : vous partez avec le contrôleur, qui vous présente "
            "aux personnes contrôlées."
        ),
        gettext_lazy(
            "Discrétion absolue chez les personnes contrôlées : vous observez, vous ne posez "
            "pas de question et vous ne prenez aucune note devant elles."
        ),
        gettext_lazy("Des chaussures confortables : les déplacements se font souvent à pied."),
    ),
}


@dataclass(frozen=True)
class Place:
    label: str
    address: str
    latitude: float | None
    longitude: float | None
    # Set when the coordinates are only the centre of this commune (no exact address located).
    centre_of: str = ""


def site_place(site, label: str | None = None) -> Place:
    """A host site as a place to go to. A site created without coordinates was given its
    commune's centre: say so (``centre_of``) rather than pretend to know the address."""
    centre_of = ""
    if site.latitude is not None and site.longitude is not None:
        commune = get_commune(site.commune_code)
        if (
            commune is not None
            and abs(commune.latitude - site.latitude) < 1e-6
            and abs(commune.longitude - site.longitude) < 1e-6
        ):
            centre_of = site.commune_name or commune.name
    return Place(
        label if label is not None else site.name,
        site.full_address,
        site.latitude,
        site.longitude,
        centre_of,
    )


@dataclass(frozen=True)
class Leg:
    """Getting from the previous item's place to an immersion: an estimate only."""

    origin: str  # with its preposition: "du lieu du séminaire", "de la structure précédente"
    distance_km: float | None
    minutes: int | None
    tight: bool  # less than THIN_MARGIN_MINUTES left between the two items once there
    centre_of: str = ""  # the distance is measured to this commune's centre
    missing_location: bool = False  # the site has no coordinates at all

    @property
    def sentence(self) -> str:
        # Never « 0,0 km »: a site known only by its commune is said so, and a distance that
        # rounds to nothing is not a distance.
        if self.missing_location and self.minutes is None:
            return _(
                "Localisation manquante : l'adresse de la structure n'est pas géolocalisée, "
                "prévoyez une marge."
            )
        if self.centre_of and self.distance_km is not None and self.distance_km < 1:
            return _(
                "Localisation manquante : la structure est à %(commune)s, mais son adresse "
                "exacte n'est pas géolocalisée ; prévoyez une marge."
            ) % {"commune": self.centre_of}
        if self.distance_km is None and self.minutes is None:
            return _("Distance inconnue depuis le lieu précédent : prévoyez une marge.")
        if self.distance_km is None:
            return _("Environ %(minutes)d minutes de trajet %(origin)s.") % {
                "minutes": self.minutes,
                "origin": self.origin,
            }
        values = {
            "origin": self.origin,
            "km": f"{self.distance_km:.1f}".replace(".", ","),
            "minutes": self.minutes,
            "commune": self.centre_of,
        }
        if self.centre_of:
            return (
                _(
                    "À environ %(km)s km du centre de %(commune)s, à vol d'oiseau %(origin)s "
                    "(adresse exacte de la structure non géolocalisée) : comptez environ "
                    "%(minutes)d minutes de trajet (estimation)."
                )
                % values
            )
        if self.distance_km < 0.1:
            return _("À quelques pas %(origin)s.") % values
        return (
            _(
                "À environ %(km)s km à vol d'oiseau %(origin)s : comptez environ "
                "%(minutes)d minutes de trajet (estimation)."
            )
            % values
        )


def make_leg(
    origin: Place, target: Place, available: dt.timedelta | None, minutes: int | None = None
) -> Leg:
    """``minutes``: the travel time the assignment used (the site's own figure or estimate)."""
    distance = None
    if None not in (origin.latitude, origin.longitude, target.latitude, target.longitude):
        distance = haversine_km(
            origin.latitude, origin.longitude, target.latitude, target.longitude
        )
        if minutes is None:
            minutes = estimate_minutes(distance)
    missing = target.latitude is None or target.longitude is None
    if minutes is None:
        return Leg(origin.label, None, None, False, target.centre_of, missing)
    margin = None if available is None else available - dt.timedelta(minutes=minutes)
    tight = margin is not None and margin < dt.timedelta(minutes=THIN_MARGIN_MINUTES)
    return Leg(
        origin.label,
        None if distance is None else round(distance, 1),
        minutes,
        tight,
        target.centre_of,
        missing,
    )


@dataclass
class Immersion:
    half_day: str
    half_day_label: str
    channel: str
    channel_label: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    exchange_starts_at: dt.datetime | None = None
    exchange_ends_at: dt.datetime | None = None
    # Host-site details: empty until the commitment is signed.
    site_name: str = ""
    site_kind_label: str = ""
    address: str = ""
    access_notes: str = ""
    accessibility_notes: str = ""
    rules_notes: str = ""
    tutor_first_name: str = ""
    tutor_role: str = ""
    leg: Leg | None = None
    # Trips between the venue and the site (None when no venue item is next to the immersion).
    going: Trip | None = None
    back: Trip | None = None
    what_to_bring: list[str] = field(default_factory=list)

    @property
    def tutor(self) -> str:
        if not self.tutor_first_name:
            return ""
        return (
            f"{self.tutor_first_name}, {self.tutor_role}"
            if self.tutor_role
            else (self.tutor_first_name)
        )


@dataclass
class Entry:
    kind: str
    kind_label: str
    title: str
    description: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    location: str
    is_optional: bool
    immersion: Immersion | None = None
    uid: str = ""


@dataclass
class PersonalProgramme:
    participant: object
    seminar: object
    published: bool
    sites_revealed: bool
    days: list[tuple[int, dt.date, list[Entry]]]
    immersions: list[Immersion]

    @property
    def entries(self) -> list[Entry]:
        return [entry for _day, _date, entries in self.days for entry in entries]


def _venue(seminar) -> Place:
    commune = get_commune(seminar.city_code)
    label = seminar.venue or _("lieu du séminaire (%(city)s)") % {"city": seminar.city_name}
    return Place(
        label=_("du lieu du séminaire"),
        address=label,
        latitude=commune.latitude if commune else None,
        longitude=commune.longitude if commune else None,
    )


def has_signed_commitment(participant) -> bool:
    # The commitments live in the engagement app, above this one: read through the relation.
    return participant.commitments.exists()


def what_to_bring(channel: str) -> list[str]:
    return [str(x) for x in (*WHAT_TO_BRING, *WHAT_TO_BRING_BY_CHANNEL.get(channel, ()))]


def build_personal_programme(participant, *, sites_revealed: bool | None = None):
    """The participant's programme. ``sites_revealed`` defaults to "has signed the
    commitment": without it, immersions show their time and channel but no host site."""
    seminar = participant.seminar
    if sites_revealed is None:
        sites_revealed = has_signed_commitment(participant)
    published = published_run(seminar) is not None
    placements = {p.half_day_id: p for p in placements_of_participant(participant)}
    unavailable = {h.pk for h in participant.unavailable_half_days.all()}
    venue = _venue(seminar)
    items = list(seminar.programme_items.order_by("starts_at", "id"))
    windows = programme_windows(items)
    venue_at = venue_point(seminar)

    by_day: dict[int, list[Entry]] = {}
    immersions: list[Immersion] = []
    previous_place, previous_end = venue, None
    current: Immersion | None = None  # the immersion a tutor exchange follows
    for item in items:
        entry = Entry(
            kind=item.kind,
            kind_label=str(item.get_kind_display()),
            title=item.title,
            description=item.description,
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            location=item.location
            or ("" if item.kind == ItemKind.TRAVEL else seminar.venue or seminar.city_name),
            is_optional=item.is_optional,
            uid=f"seminaire-{seminar.pk}-element-{item.pk}-participant-{participant.pk}",
        )
        if item.kind == ItemKind.IMMERSION:
            current = None
            placement = placements.get(item.pk)
            if published and placement is None:
                continue  # not placed on this half-day
            if not published and item.pk in unavailable:
                continue
            current = _immersion(item, placement, sites_revealed)
            entry.immersion = current
            entry.location = current.address or _("Structure d'accueil communiquée plus tard")
            if placement is not None and sites_revealed:
                site = placement.offer.site
                target = site_place(site)
                gap = item.starts_at - previous_end if previous_end else None
                # From the venue, the same travel time as the assignment's (site's own figure).
                minutes = site_travel_minutes(site, venue_at)
                from_venue = previous_place is venue
                current.leg = make_leg(previous_place, target, gap, minutes if from_venue else None)
                if item.half_day in windows:
                    current.going, current.back = trips(windows[item.half_day], minutes)
                previous_place = site_place(
                    site, _("de la structure précédente (%(name)s)") % {"name": site.name}
                )
            immersions.append(current)
        elif item.kind == ItemKind.TUTOR_EXCHANGE:
            if current is None:
                continue
            current.exchange_starts_at, current.exchange_ends_at = item.starts_at, item.ends_at
            entry.immersion = current
            entry.location = current.address or _("Structure d'accueil communiquée plus tard")
            if current.tutor_first_name:
                entry.description = _("Avec %(tutor)s.") % {"tutor": current.tutor}
            current = None
        else:
            current = None
            if item.kind != ItemKind.TRAVEL:
                previous_place = venue
        previous_end = item.ends_at or item.starts_at
        by_day.setdefault(item.day, []).append(entry)

    days = [(day, seminar.date_of_day(day), entries) for day, entries in sorted(by_day.items())]
    return PersonalProgramme(participant, seminar, published, sites_revealed, days, immersions)


def _immersion(item, placement, sites_revealed: bool) -> Immersion:
    channel = placement.offer.channel if placement is not None else ""
    immersion = Immersion(
        half_day=item.half_day,
        half_day_label=item.half_day_label,
        channel=channel,
        channel_label=label_for(Channel, channel) if channel else "",
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        what_to_bring=what_to_bring(channel),
    )
    if placement is not None and sites_revealed:
        offer, site = placement.offer, placement.offer.site
        immersion.site_name = site.name
        immersion.site_kind_label = label_for(SiteKind, site.kind)
        immersion.address = site.full_address
        immersion.access_notes = site.access_notes
        immersion.accessibility_notes = site.accessibility_notes
        immersion.rules_notes = offer.rules_notes
        if offer.tutor is not None:
            # Only the tutor's first name and role: their surname and contact stay private.
            immersion.tutor_first_name = offer.tutor.first_name
            immersion.tutor_role = offer.tutor.job_title
    return immersion


def programme_filename(participant, extension: str) -> str:
    name = slugify(f"{participant.first_name} {participant.last_name}") or "participant"
    return f"programme-{name}.{extension}"


def render_personal_programme_pdf(participant) -> bytes:
    programme = build_personal_programme(participant)
    return render_pdf(
        "documents/programme_personal.html",
        {"programme": programme, "generated_at": timezone.localtime()},
    )


def render_personal_programme_ics(participant) -> bytes:
    from immersion.documents.ics import programme_calendar

    return programme_calendar(build_personal_programme(participant))
