from django.contrib import admin

from immersion.debrief.models import QuoteGroup, QuoteMark


@admin.register(QuoteGroup)
class QuoteGroupAdmin(admin.ModelAdmin):
    list_display = ["title", "seminar", "position"]
    list_filter = ["seminar"]


@admin.register(QuoteMark)
class QuoteMarkAdmin(admin.ModelAdmin):
    list_display = ["seminar", "source_kind", "source_id", "pinned", "hidden", "group"]
    list_filter = ["seminar", "source_kind", "pinned", "hidden"]
