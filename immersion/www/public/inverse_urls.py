"""Public URLs of the reverse immersion, added to the public namespace (public/urls.py)."""

from django.urls import path

from immersion.www.public import inverse

R = "immersion-inversee/"

urlpatterns = [
    path(R, inverse.ReverseOfferListView.as_view(), name="reverse_list"),
    path(R + "offres/<int:pk>/candidater/", inverse.ApplyView.as_view(), name="reverse_apply"),
    path(R + "candidature-envoyee/", inverse.SentView.as_view(), name="reverse_sent"),
    path(R + "confirmer/", inverse.ConfirmView.as_view(), name="reverse_confirm"),
    path(
        R + "confirmer/<str:token>/", inverse.ConfirmLinkView.as_view(), name="reverse_confirm_link"
    ),
    path(
        R + "retour/<str:token>/", inverse.ApplicantFeedbackView.as_view(), name="reverse_feedback"
    ),
]
