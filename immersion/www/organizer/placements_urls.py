"""Organizer pages for the assignment (runs, review, moves, publication). Included in urls.py."""

from django.urls import path

from immersion.www.organizer import placements

A = "seminaires/<int:seminar_pk>/affectation/"
R = A + "<int:run_pk>/"

urlpatterns = [
    path(A, placements.AssignmentHomeView.as_view(), name="assignment_home"),
    path(A + "calculer/", placements.StartRunView.as_view(), name="assignment_start"),
    path(R, placements.RunDetailView.as_view(), name="assignment_run"),
    path(R + "avancement/", placements.RunStatusView.as_view(), name="assignment_status"),
    path(
        R + "deplacer/<int:participant_pk>/<int:half_day_pk>/",
        placements.MoveView.as_view(),
        name="assignment_move",
    ),
    path(R + "epingler/<int:placement_pk>/", placements.PinView.as_view(), name="assignment_pin"),
    path(R + "publier/", placements.PublishView.as_view(), name="assignment_publish"),
]
