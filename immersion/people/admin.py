from django.contrib import admin

from immersion.people.models import Participant


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ["last_name", "first_name", "category", "organisation", "seminar"]
    list_filter = ["category", "seminar"]
    search_fields = ["last_name", "first_name", "email", "organisation"]
