from django.urls import path

from immersion.www.contributions import views

app_name = "contributions"

S = "<int:seminar_pk>/"

urlpatterns = [
    path(S, views.ModerationView.as_view(), name="moderate"),
    path(
        S + "<int:pk>/<str:action>/",
        views.ContributionActionView.as_view(),
        name="contribution_action",
    ),
    path(S + "groupes/ajouter/", views.GroupCreateView.as_view(), name="group_create"),
    path(
        S + "groupes/<int:pk>/<str:action>/",
        views.GroupActionView.as_view(),
        name="group_action",
    ),
]
