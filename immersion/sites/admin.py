from django.contrib import admin

from immersion.sites.models import HostSite, Offer, Tutor


class TutorInline(admin.TabularInline):
    model = Tutor
    extra = 0


@admin.register(HostSite)
class HostSiteAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "organisation", "commune_name"]
    list_filter = ["kind"]
    search_fields = ["name", "organisation", "commune_name"]
    # Administrators give a site its owners (the organizers who may change it).
    filter_horizontal = ["owners"]
    inlines = [TutorInline]


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["site", "seminar", "half_day", "channel", "capacity"]
    list_filter = ["channel", "seminar"]
    # Offer.clean() enforces the on-site inspection rules here too; the journalists'
    # authorisation is recorded (who, when) only through the offer forms' service.
    readonly_fields = ["journalists_authorised_at", "journalists_authorised_by"]
