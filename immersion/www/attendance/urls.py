from django.urls import path

from immersion.www.attendance import views

app_name = "attendance"

K = "kiosque/<int:seminar_pk>/"

urlpatterns = [
    path("", views.MySheetsView.as_view(), name="mine"),
    path("<int:participant_pk>/<str:half_day>/", views.OwnSignView.as_view(), name="sign"),
    path(K, views.KioskHomeView.as_view(), name="kiosk_home"),
    path(K + "<str:half_day>/", views.KioskSheetView.as_view(), name="kiosk"),
    path(
        K + "<str:half_day>/responsable/",
        views.KioskCertifyView.as_view(),
        name="kiosk_certify",
    ),
    path(
        K + "<str:half_day>/<int:participant_pk>/",
        views.KioskSignView.as_view(),
        name="kiosk_sign",
    ),
]
