from django.urls import path

from immersion.www.site import evaluations, views

app_name = "site"

S = "<int:site_pk>/"
SEM = S + "seminaires/<int:seminar_pk>/"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("tuteur/", views.TutorHomeView.as_view(), name="tutor_home"),
    path(
        "tuteur/<int:seminar_pk>/fiche.pdf",
        views.TutorOwnBriefPdfView.as_view(),
        name="tutor_brief_pdf",
    ),
    path(
        "evaluation/<int:seminar_pk>/",
        evaluations.HostEvaluationView.as_view(),
        name="host_evaluation",
    ),
    path("tuteur/motifs/", views.TutorContactMixView.as_view(), name="tutor_contact_mix"),
    path(S, views.SiteDetailView.as_view(), name="site_detail"),
    path(SEM + "offres/ajouter/", views.OfferCreateView.as_view(), name="offer_add"),
    path(SEM + "offres/<int:pk>/modifier/", views.OfferUpdateView.as_view(), name="offer_edit"),
    path(SEM + "offres/<int:pk>/supprimer/", views.OfferDeleteView.as_view(), name="offer_delete"),
    path(SEM + "offres/<int:pk>/tuteur/", views.OfferTutorView.as_view(), name="offer_tutor"),
    path(SEM + "observateurs/", views.ObserversView.as_view(), name="observers"),
    path(SEM + "fiche-tuteur.pdf", views.TutorBriefPdfView.as_view(), name="brief_pdf"),
    path(
        S + "informations-pratiques/",
        views.PracticalInfoView.as_view(),
        name="practical_info",
    ),
    path(S + "tuteurs/ajouter/", views.TutorCreateView.as_view(), name="tutor_add"),
    path(S + "tuteurs/<int:pk>/modifier/", views.TutorUpdateView.as_view(), name="tutor_edit"),
    path(S + "tuteurs/<int:pk>/supprimer/", views.TutorDeleteView.as_view(), name="tutor_delete"),
    path(S + "tuteurs/<int:pk>/inviter/", views.TutorInviteView.as_view(), name="tutor_invite"),
]
