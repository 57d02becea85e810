from django.urls import path

from immersion.www.debrief import views

app_name = "debrief"

S = "seminaires/<int:seminar_pk>/"

urlpatterns = [
    path("", views.DebriefHomeView.as_view(), name="home"),
    path(S, views.BoardView.as_view(), name="board"),
    path(S + "panneaux/<slug:slug>/", views.PanelView.as_view(), name="panel"),
    path(
        S + "citations/<str:kind>/<int:source_id>/",
        views.QuoteActionView.as_view(),
        name="quote_action",
    ),
    path(S + "synthese.<str:extension>", views.SynthesisView.as_view(), name="synthesis"),
    path(S + "groupes/", views.GroupCreateView.as_view(), name="group_create"),
    path(S + "groupes/<int:pk>/supprimer/", views.GroupDeleteView.as_view(), name="group_delete"),
]
