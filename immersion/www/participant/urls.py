from django.urls import path

from immersion.www.participant import views

app_name = "participant"

P = "<int:pk>/"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(P, views.DashboardView.as_view(), name="dashboard"),
    path(P + "profil/", views.ProfileView.as_view(), name="profile"),
    path(P + "engagement/", views.CommitmentView.as_view(), name="commitment"),
    path(P + "questionnaire/", views.QuestionnaireView.as_view(), name="questionnaire"),
    path(
        P + "questionnaire-apres/",
        views.AfterQuestionnaireView.as_view(),
        name="after_questionnaire",
    ),
    path(P + "contributions/", views.ContributionsView.as_view(), name="contributions"),
    path(P + "programme/", views.ProgrammeView.as_view(), name="programme"),
    path(P + "programme.pdf", views.ProgrammePdfView.as_view(), name="programme_pdf"),
    path(P + "programme.ics", views.ProgrammeIcsView.as_view(), name="programme_ics"),
    path(P + "certificat.pdf", views.CertificatePdfView.as_view(), name="certificate_pdf"),
    path(P + "programme-commun/", views.SharedProgrammeView.as_view(), name="shared_programme"),
]
