from django.urls import path

from immersion.www.public import views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("connexion/", views.SignInView.as_view(), name="login"),
    path("deconnexion/", views.SignOutView.as_view(), name="logout"),
]
