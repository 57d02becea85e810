from django.urls import path

from immersion.www.public import inverse_urls, second_factor, views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("communes/suggestions/", views.commune_suggestions, name="commune_suggestions"),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("donnees-personnelles/", views.privacy, name="privacy"),
    path("mentions-legales/", views.legal, name="legal"),
    path("connexion/", views.SignInView.as_view(), name="login"),
    path("deconnexion/", views.SignOutView.as_view(), name="logout"),
    path("connexion/verification/", second_factor.SecondFactorView.as_view(), name="second_factor"),
    path(
        "connexion/double-authentification/",
        second_factor.EnrolView.as_view(),
        name="second_factor_enrol",
    ),
    path("compte/securite/", second_factor.AccountSecurityView.as_view(), name="account_security"),
    path(
        "compte/codes-de-secours/",
        second_factor.RegenerateRecoveryCodesView.as_view(),
        name="regenerate_recovery_codes",
    ),
    path(
        "compte/deconnexion-partout/",
        second_factor.SignOutEverywhereView.as_view(),
        name="sign_out_everywhere",
    ),
    path("connexion/lien/", views.RequestLinkView.as_view(), name="request_link"),
    path("connexion/lien/envoye/", views.RequestLinkSentView.as_view(), name="request_link_sent"),
    path(
        "connexion/lien/confirmer/",
        views.SignInLinkConfirmView.as_view(),
        name="sign_in_link_confirm",
    ),
    path("connexion/lien/<str:token>/", views.SignInLinkView.as_view(), name="sign_in_link"),
]

# The reverse immersion's public pages (/immersion-inversee/).
urlpatterns += inverse_urls.urlpatterns
