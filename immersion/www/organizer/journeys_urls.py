"""Organizer pages for the journeys before and on the day (follow-up, outbox, logistics,
training documents). Included in organizer/urls.py."""

urlpatterns: list = []
