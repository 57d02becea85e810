from django.urls import path

from immersion.www.participant import evaluations, inverse, views

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
    # After the seminar: evaluations and commitments
    path(
        "evaluation/<int:seminar_pk>/",
        evaluations.EvaluationEntryView.as_view(),
        name="evaluation_entry",
    ),
    path(P + "evaluation/", evaluations.HotEvaluationView.as_view(), name="hot_evaluation"),
    path(
        P + "evaluation-a-froid/", evaluations.ColdEvaluationView.as_view(), name="cold_evaluation"
    ),
    path(P + "engagements/", evaluations.CommitmentsView.as_view(), name="commitments"),
    # The reverse immersion (the participant hosts).
    path(P + "immersion-inversee/", inverse.OfferListView.as_view(), name="reverse_offers"),
    path(
        P + "immersion-inversee/nouvelle/",
        inverse.OfferCreateView.as_view(),
        name="reverse_offer_add",
    ),
    path(
        P + "immersion-inversee/<int:offer_pk>/",
        inverse.OfferDetailView.as_view(),
        name="reverse_offer",
    ),
    path(
        P + "immersion-inversee/<int:offer_pk>/modifier/",
        inverse.OfferUpdateView.as_view(),
        name="reverse_offer_edit",
    ),
    path(
        P + "immersion-inversee/<int:offer_pk>/statut/",
        inverse.OfferStatusView.as_view(),
        name="reverse_offer_status",
    ),
    path(
        P + "immersion-inversee/candidatures/<int:application_pk>/accepter/",
        inverse.DecisionView.as_view(decision="accept"),
        name="reverse_accept",
    ),
    path(
        P + "immersion-inversee/candidatures/<int:application_pk>/decliner/",
        inverse.DecisionView.as_view(decision="decline"),
        name="reverse_decline",
    ),
    path(
        P + "immersion-inversee/candidatures/<int:application_pk>/retirer/",
        inverse.DecisionView.as_view(decision="withdraw"),
        name="reverse_withdraw",
    ),
    path(
        P + "immersion-inversee/candidatures/<int:application_pk>/retour/",
        inverse.HostFeedbackView.as_view(),
        name="reverse_feedback",
    ),
]
