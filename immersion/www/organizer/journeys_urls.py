"""Organizer pages for the journeys before and on the day (follow-up, outbox, logistics,
training documents). Included in organizer/urls.py."""

from django.urls import path

from immersion.www.organizer import followup, logistics, outbox, training

S = "seminaires/<int:seminar_pk>/"
T = S + "formation/"
L = S + "logistique/"
E = S + "courriels/"
F = S + "suivi/"

urlpatterns = [
    path(T, training.TrainingView.as_view(), name="training"),
    path(
        T + "programme.pdf",
        training.TrainingProgrammePdfView.as_view(),
        name="training_programme_pdf",
    ),
    path(T + "organisme/", training.ProviderView.as_view(), name="training_provider"),
    path(
        T + "emargement/<str:half_day>/",
        training.AttendanceSheetView.as_view(),
        name="training_sheet",
    ),
    path(
        T + "emargement/<str:half_day>/vierge.pdf",
        training.AttendanceSheetPdfView.as_view(blank=True),
        name="training_sheet_blank_pdf",
    ),
    path(
        T + "emargement/<str:half_day>/signee.pdf",
        training.AttendanceSheetPdfView.as_view(blank=False),
        name="training_sheet_signed_pdf",
    ),
    path(
        T + "emargement/<str:half_day>/signatures/<int:pk>/retirer/",
        training.SignatureCancelView.as_view(),
        name="training_signature_cancel",
    ),
    path(
        T + "certificats/<int:participant_pk>.pdf",
        training.CertificatePdfView.as_view(),
        name="training_certificate_pdf",
    ),
    path(
        T + "certificats.zip",
        training.CertificatesZipView.as_view(),
        name="training_certificates_zip",
    ),
    path(L, logistics.LogisticsView.as_view(), name="logistics"),
    path(L + "listes.pdf", logistics.LogisticsPdfView.as_view(), name="logistics_pdf"),
    path(
        L + "repas/<int:meal_pk>.pdf",
        logistics.LogisticsPdfView.as_view(),
        name="logistics_meal_pdf",
    ),
    path(L + "invites/ajouter/", logistics.GuestCreateView.as_view(), name="logistics_guest_add"),
    path(
        L + "invites/<int:pk>/modifier/",
        logistics.GuestUpdateView.as_view(),
        name="logistics_guest_edit",
    ),
    path(
        L + "invites/<int:pk>/retirer/",
        logistics.GuestDeleteView.as_view(),
        name="logistics_guest_delete",
    ),
    path(E, outbox.OutboxView.as_view(), name="outbox"),
    path(E + "<int:pk>/", outbox.EmailDetailView.as_view(), name="outbox_email"),
    path(E + "<int:pk>/apercu.html", outbox.EmailHtmlView.as_view(), name="outbox_email_html"),
    path(
        E + "<int:pk>/pieces-jointes/<int:index>/",
        outbox.EmailAttachmentView.as_view(),
        name="outbox_attachment",
    ),
    path(
        E + "<int:pk>/<str:action>/",
        outbox.EmailActionView.as_view(),
        name="outbox_action",
    ),
    path(F, followup.FollowUpView.as_view(), name="followup"),
    path(F + "relancer/<int:pk>/", followup.ReminderView.as_view(), name="followup_remind"),
    path(F + "relancer/", followup.BulkReminderView.as_view(), name="followup_remind_all"),
    path(F + "convocations/", followup.ConvocationsView.as_view(), name="followup_convocations"),
]
