from django.urls import path

from immersion.www.notebook import api, offline, organizer, pages

app_name = "notebook"

urlpatterns = [
    path("", pages.NotebookHomeView.as_view(), name="home"),
    path("immersions/<int:pk>/", pages.ImmersionNotebookView.as_view(), name="immersion"),
    path(
        "immersions/<int:pk>/situations/",
        pages.SituationCreateView.as_view(),
        name="situation_add",
    ),
    path(
        "immersions/<int:pk>/etonnements/",
        pages.AstonishmentCreateView.as_view(),
        name="astonishment_add",
    ),
    path(
        "immersions/<int:pk>/echange-tuteur/",
        pages.TutorExchangeView.as_view(),
        name="tutor_exchange",
    ),
    path("apercu/", api.PreviewView.as_view(), name="preview"),
    path("sync/", api.SyncView.as_view(), name="sync"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("hors-ligne/", offline.OfflineView.as_view(), name="offline"),
    path(
        "organisation/seminaires/<int:seminar_pk>/",
        organizer.SeminarNotebooksView.as_view(),
        name="seminar",
    ),
    path(
        "organisation/immersions/<int:pk>/",
        organizer.PlacementNotebookView.as_view(),
        name="placement_read",
    ),
    path(
        "structures/<int:site_pk>/motifs/",
        organizer.ContactMixView.as_view(),
        name="contact_mix",
    ),
]
