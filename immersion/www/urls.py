from django.urls import include, path

urlpatterns = [
    path("", include("immersion.www.public.urls")),
    path("organisation/", include("immersion.www.organizer.urls")),
    path("espace/", include("immersion.www.participant.urls")),
    path("structure/", include("immersion.www.site.urls")),
    path("emargement/", include("immersion.www.attendance.urls")),
    path("carnet/", include("immersion.www.notebook.urls")),
    path("contributions/", include("immersion.www.contributions.urls")),
    path("analyse/", include("immersion.www.debrief.urls")),
    path("observatoire/", include("immersion.www.observatory.urls")),
]
