from django.urls import include, path

urlpatterns = [
    path("", include("immersion.www.public.urls")),
    path("organisation/", include("immersion.www.organizer.urls")),
]
