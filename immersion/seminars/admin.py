from django.contrib import admin

from immersion.seminars.models import Programme, ProgrammeItem, Seminar


class ProgrammeItemInline(admin.TabularInline):
    model = ProgrammeItem
    extra = 0


@admin.register(Seminar)
class SeminarAdmin(admin.ModelAdmin):
    list_display = ["title", "city_name", "start_date", "status"]
    list_filter = ["status", "programme"]
    search_fields = ["title", "city_name"]
    inlines = [ProgrammeItemInline]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "year", "scope", "region_code"]
    list_filter = ["scope", "year"]
    search_fields = ["name"]
    filter_horizontal = ["managers"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "managers":
            from django.contrib.auth import get_user_model

            kwargs["queryset"] = get_user_model().objects.filter(
                role__in=["programme_manager", "admin"]
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)
