"""Writes on host sites, their tutors and their immersion offers."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.common.audit import log_action
from immersion.common.choices import Category, Channel
from immersion.common.validators import normalise_insee_code, reject_unknown_fields
from immersion.sites.models import HostSite, Offer, Tutor
from immersion.sites.signals import tutor_changed
from immersion.territory.selectors import get_commune

SITE_FIELDS = {
    "name",
    "kind",
    "organisation",
    "address",
    "postal_code",
    "commune_code",
    "commune_name",
    "latitude",
    "longitude",
    "accessibility_notes",
    "step_free_access",
    "aids",
    "travel_minutes",
    "access_notes",
    "phone",
    "email",
    "coordinator",
}


def _locate(site: HostSite) -> None:
    """Fill the commune's name and, when missing, coordinates from the referential."""
    site.commune_code = normalise_insee_code(site.commune_code)
    commune = get_commune(site.commune_code)
    if commune is None:
        if not site.commune_name:
            raise ValidationError(
                {"commune_name": _("Commune absente du référentiel : indiquez son nom.")}
            )
        return
    site.commune_name = site.commune_name or commune.name
    site.postal_code = site.postal_code or commune.postal_code
    if site.latitude is None and site.longitude is None:
        site.latitude, site.longitude = commune.latitude, commune.longitude


@transaction.atomic
def create_site(*, actor, **fields) -> HostSite:
    reject_unknown_fields(fields, SITE_FIELDS)
    site = HostSite(**fields)
    _locate(site)
    site.full_clean()
    site.save()
    owners = _owners_for(actor)
    site.owners.add(*owners)
    log_action(actor, "site.create", site, owners=[u.pk for u in owners])
    return site


def _owners_for(actor) -> list:
    """Who owns a site someone creates: its creator (an organizer); nobody for a script."""
    return [actor] if getattr(actor, "is_authenticated", False) else []


@transaction.atomic
def add_site_owners(*, actor, site: HostSite, users) -> None:
    """Give organizers (or administrators) the right to change the site."""
    users = list(users)
    wrong = [u for u in users if u.role not in ("organizer", "admin") and not u.is_superuser]
    if wrong:
        raise ValidationError(
            _("Seuls des organisateurs ou des administrateurs gèrent une structure.")
        )
    site.owners.add(*users)
    log_action(actor, "site.add_owners", site, users=sorted(u.pk for u in users))


@transaction.atomic
def update_site(*, actor, site: HostSite, **fields) -> HostSite:
    reject_unknown_fields(fields, SITE_FIELDS)
    moved = "commune_code" in fields and fields["commune_code"] != site.commune_code
    for name, value in fields.items():
        setattr(site, name, value)
    if moved and "latitude" not in fields:
        site.latitude = site.longitude = None
        site.commune_name = fields.get("commune_name", "")
    _locate(site)
    site.full_clean()
    site.save()
    log_action(actor, "site.update", site, fields=sorted(fields))
    return site


# What a site's coordinator keeps up to date from the site's own space: how to come in and
# whom to call. The site's identity (name, kind, organisation, address) stays its owners'.
PRACTICAL_FIELDS = {
    "accessibility_notes",
    "step_free_access",
    "aids",
    "access_notes",
    "phone",
    "email",
}


@transaction.atomic
def update_site_practical_info(*, actor, site: HostSite, **fields) -> HostSite:
    """Accessibility, access notes and contact of a site (``host_sites.change_practical_info``)."""
    reject_unknown_fields(fields, PRACTICAL_FIELDS)
    for name, value in fields.items():
        setattr(site, name, value)
    site.aids = sorted(set(site.aids or []))
    site.full_clean()
    site.save()
    log_action(actor, "site.update_practical_info", site, fields=sorted(fields))
    return site


@transaction.atomic
def add_tutor(
    *,
    actor,
    site: HostSite,
    first_name: str,
    last_name: str,
    job_title: str,
    email: str = "",
    phone: str = "",
) -> Tutor:
    tutor = Tutor(
        site=site,
        first_name=first_name,
        last_name=last_name,
        job_title=job_title,
        email=email,
        phone=phone,
    )
    tutor.full_clean()
    tutor.save()
    log_action(actor, "tutor.add", tutor, site=site.pk)
    return tutor


@transaction.atomic
def update_tutor(*, actor, tutor: Tutor, **fields) -> Tutor:
    allowed = {"first_name", "last_name", "job_title", "email", "phone"}
    reject_unknown_fields(fields, allowed)
    for name, value in fields.items():
        setattr(tutor, name, value)
    tutor.full_clean()
    tutor.save()
    log_action(actor, "tutor.update", tutor, fields=sorted(fields))
    return tutor


def _hosts_published_immersions(tutor: Tutor) -> bool:
    return tutor.offers.filter(
        placements__run__status="published", placements__participant__withdrawn_at=None
    ).exists()


@transaction.atomic
def remove_tutor(*, actor, tutor: Tutor, replacement: Tutor | None = None) -> None:
    """Remove a tutor; their offers go to ``replacement`` (a tutor of the same site).

    A tutor who hosts observers of a published assignment is never removed without a
    replacement: the observers and the site would be left with « Tuteur : — ».
    """
    pk, site = tutor.pk, tutor.site_id
    if replacement is not None and (replacement.site_id != site or replacement.pk == pk):
        raise ValidationError(
            {"replacement": _("Choisissez un autre tuteur de la même structure.")}
        )
    if replacement is None and _hosts_published_immersions(tutor):
        raise ValidationError(
            {
                "replacement": _(
                    "Ce tuteur accueille des observateurs d'une affectation publiée : "
                    "choisissez le tuteur qui le remplace."
                )
            }
        )
    offers = list(tutor.offers.values_list("pk", flat=True))
    if replacement is not None:
        for offer in tutor.offers.all():
            change_offer_tutor(actor=actor, offer=offer, tutor=replacement)
    tutor.delete()
    log_action(
        actor,
        "tutor.remove",
        None,
        tutor=pk,
        site=site,
        replacement=replacement.pk if replacement else None,
        offers=offers,
    )


@transaction.atomic
def change_offer_tutor(*, actor, offer: Offer, tutor: Tutor | None) -> Offer:
    """Name the offer's tutor: the one change still open once observers were placed on it."""
    previous = offer.tutor_id
    offer.tutor = tutor
    offer.full_clean()
    offer.save(update_fields=["tutor", "updated_at"])
    log_action(
        actor,
        "offer.change_tutor",
        offer,
        previous=previous,
        tutor=tutor.pk if tutor else None,
    )
    if previous != offer.tutor_id:
        tutor_changed.send(sender=Offer, offer=offer, previous_tutor_id=previous)
    return offer


def offer_defaults(channel: str) -> dict:
    """On-site inspections: one observer, no journalist (DESIGN.md §4.2).

    The rules themselves live in ``Offer.clean()``, so every path (forms, site coordinator
    space, admin, demo) enforces them; these are only the defaults.
    """
    if channel == Channel.CONTROLE_SUR_PLACE:
        return {"capacity": 1, "forbidden_categories": [Category.JOURNALISTE.value]}
    return {"capacity": 2, "forbidden_categories": []}


OFFER_FIELDS = {"capacity", "forbidden_categories", "needs_authorisation", "rules_notes", "tutor"}


def _set_journalists_authorisation(offer: Offer, *, actor, authorised: bool | None) -> bool:
    """Record (or withdraw) the site's explicit authorisation of journalists; True if changed.

    ``None`` leaves it as it is. The authorisation is kept with who gave it and when, and
    logged; without it ``Offer.clean()`` keeps journalists out of an on-site inspection.
    """
    if authorised is None or authorised == (offer.journalists_authorised_at is not None):
        return False
    if authorised:
        offer.journalists_authorised_at = timezone.now()
        offer.journalists_authorised_by = (
            actor if getattr(actor, "is_authenticated", False) else None
        )
    else:
        offer.journalists_authorised_at = None
        offer.journalists_authorised_by = None
    return True


def _log_authorisation(actor, offer: Offer) -> None:
    action = (
        "offer.journalists_authorised"
        if offer.journalists_authorised_at
        else "offer.journalists_authorisation_withdrawn"
    )
    log_action(actor, action, offer, seminar=offer.seminar_id, site=offer.site_id)


@transaction.atomic
def create_offer(
    *,
    actor,
    seminar,
    site: HostSite,
    half_day,
    channel: str,
    journalists_authorised: bool | None = None,
    **fields,
) -> Offer:
    reject_unknown_fields(fields, OFFER_FIELDS)
    values = {**offer_defaults(channel), **{k: v for k, v in fields.items() if v is not None}}
    values["forbidden_categories"] = sorted(set(values.get("forbidden_categories") or []))
    offer = Offer(seminar=seminar, site=site, half_day=half_day, channel=channel, **values)
    changed = _set_journalists_authorisation(offer, actor=actor, authorised=journalists_authorised)
    offer.full_clean()
    offer.save()
    log_action(actor, "offer.create", offer, seminar=seminar.pk, site=site.pk)
    if changed:
        _log_authorisation(actor, offer)
    return offer


@transaction.atomic
def update_offer(
    *, actor, offer: Offer, journalists_authorised: bool | None = None, **fields
) -> Offer:
    allowed = OFFER_FIELDS | {"half_day", "channel"}
    reject_unknown_fields(fields, allowed)
    for name, value in fields.items():
        setattr(offer, name, value)
    offer.forbidden_categories = sorted(set(offer.forbidden_categories or []))
    changed = _set_journalists_authorisation(offer, actor=actor, authorised=journalists_authorised)
    offer.full_clean()
    offer.save()
    log_action(actor, "offer.update", offer, fields=sorted(fields))
    if changed:
        _log_authorisation(actor, offer)
    return offer


@transaction.atomic
def delete_offer(*, actor, offer: Offer) -> None:
    pk, seminar = offer.pk, offer.seminar_id
    offer.delete()
    log_action(actor, "offer.delete", None, offer=pk, seminar=seminar)
