"""Reverse immersion test data, built through the real services."""

import datetime as dt

from django.utils import timezone


def offer_date() -> dt.date:
    return timezone.localdate() + dt.timedelta(days=20)


def make_reverse_offer(host, **kwargs):
    from immersion.inverse.services import create_reverse_offer

    fields = {
        "date": offer_date(),
        "duration": "journee",
        "place": "Préfecture d'Ille-et-Vilaine, 3 avenue de la Préfecture, Rennes",
        "what_will_be_seen": "Comité de direction, arbitrages budgétaires, réunion avec des élus.",
        "conditions": "Confidentialité des échanges.",
        "places": 1,
    }
    fields.update(kwargs)
    return create_reverse_offer(actor=host.user, host=host, **fields)


def application_data(**kwargs):
    data = {
        "name": "Sandrine Accueil",
        "email": "sandrine@caf.example.fr",
        "organisation": "Caf d'Ille-et-Vilaine",
        "role": "agent",
        "motivation": "Comprendre comment se prennent les décisions qui changent mon guichet.",
    }
    data.update(kwargs)
    return data


def make_application(offer, *, requester="10.0.0.1", **kwargs):
    from immersion.inverse.services import apply_to_offer

    return apply_to_offer(
        offer=offer,
        requester=requester,
        base_url="http://testserver/",
        **application_data(**kwargs),
    )
