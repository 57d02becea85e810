"""The demo's logistics: the elected officials invited to the dinner (fictional people)."""

from django.utils import timezone

from immersion.logistics.services import add_guest
from immersion.seminars.models import ItemKind

GUESTS = [
    (
        "Gaëlle Le Moal",
        "Adjointe au maire déléguée aux solidarités",
        "Ville de Rennes",
        "Végétarienne",
    ),
    (
        "Thierry Caradec",
        "Vice-président chargé de l'insertion",
        "Conseil départemental d'Ille-et-Vilaine",
        "",
    ),
]


def add_demo_guests(*, actor, seminar) -> None:
    dinner = next(
        (
            m
            for m in seminar.programme_items.filter(kind=ItemKind.MEAL).order_by("starts_at")
            if timezone.localtime(m.starts_at).hour >= 17
        ),
        None,
    )
    if dinner is None:
        return
    for name, function, organisation, diet in GUESTS:
        add_guest(
            actor=actor,
            seminar=seminar,
            name=name,
            function=function,
            organisation=organisation,
            dietary_needs=diet,
            meals=[dinner],
        )
