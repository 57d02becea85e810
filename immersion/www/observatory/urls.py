from django.urls import path

from immersion.www.observatory import views

app_name = "observatory"

urlpatterns = [
    path("", views.ObservatoryHomeView.as_view(), name="home"),
    path("programmes/<int:pk>/", views.ProgrammeObservatoryView.as_view(), name="programme"),
    path("programmes/<int:pk>/recherche/", views.ProgrammeSearchView.as_view(), name="search"),
    path(
        "programmes/<int:pk>/donnees-ouvertes.zip",
        views.OpenDataDownloadView.as_view(),
        name="open_data",
    ),
]
