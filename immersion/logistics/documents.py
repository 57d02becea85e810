"""Printable logistics lists as PDF: one meal for the caterer, or everything for the team."""

from django.utils import timezone

from immersion.documents.pdf import render_pdf
from immersion.logistics.selectors import (
    accessibility_needs,
    meal_lists,
    return_trip,
    travel_list,
)


def render_logistics_pdf(seminar, *, meal=None) -> bytes:
    """Every meal's list, dietary and accessibility needs and return travel; or one meal."""
    meals = meal_lists(seminar)
    if meal is not None:
        meals = [m for m in meals if m.item.pk == meal.pk]
    return render_pdf(
        "documents/logistics.html",
        {
            "seminar": seminar,
            "meals": meals,
            "single_meal": meal is not None,
            "accessibility": [] if meal is not None else accessibility_needs(seminar),
            "travel": [] if meal is not None else travel_list(seminar),
            "return_trip": None if meal is not None else return_trip(seminar),
            "printed_at": timezone.localtime(),
        },
    )


def logistics_filename(seminar, *, meal=None) -> str:
    suffix = f"-repas-{meal.pk}" if meal is not None else ""
    return f"logistique-seminaire-{seminar.pk}{suffix}.pdf"
