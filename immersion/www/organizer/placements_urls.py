"""Organizer pages for the assignment (runs, review, moves, publication). Included in urls.py."""

urlpatterns: list = []
