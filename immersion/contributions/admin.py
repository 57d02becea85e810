from django.contrib import admin

from immersion.contributions.models import Contribution, ContributionGroup


@admin.register(ContributionGroup)
class ContributionGroupAdmin(admin.ModelAdmin):
    list_display = ["title", "seminar", "position"]
    list_filter = ["seminar"]


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "seminar", "kind", "field", "status", "group", "created_at"]
    list_filter = ["seminar", "kind", "field", "status"]
    # The text was redacted when it was posted: it is not edited here.
    readonly_fields = ["seminar", "author", "text", "created_at"]
