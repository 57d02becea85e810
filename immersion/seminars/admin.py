from django.contrib import admin

from immersion.seminars.models import ProgrammeItem, Seminar


class ProgrammeItemInline(admin.TabularInline):
    model = ProgrammeItem
    extra = 0


@admin.register(Seminar)
class SeminarAdmin(admin.ModelAdmin):
    list_display = ["title", "city_name", "start_date", "status"]
    list_filter = ["status"]
    search_fields = ["title", "city_name"]
    inlines = [ProgrammeItemInline]
