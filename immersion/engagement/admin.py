from django.contrib import admin

from immersion.engagement.models import Answer, Commitment, QuestionnaireItem, QuestionnaireResponse


@admin.register(Commitment)
class CommitmentAdmin(admin.ModelAdmin):
    list_display = ["participant", "version", "signed_at"]
    list_filter = ["version"]
    readonly_fields = ["participant", "version", "text_digest", "signed_at"]


@admin.register(QuestionnaireItem)
class QuestionnaireItemAdmin(admin.ModelAdmin):
    list_display = ["code", "version", "dimension", "site_kind", "channel", "phase", "retired"]
    list_filter = ["dimension", "site_kind", "phase", "retired"]


class AnswerInline(admin.TabularInline):
    model = Answer
    extra = 0
    readonly_fields = ["item", "value", "free_text"]


@admin.register(QuestionnaireResponse)
class QuestionnaireResponseAdmin(admin.ModelAdmin):
    list_display = ["participant", "phase", "submitted_at"]
    list_filter = ["phase"]
    inlines = [AnswerInline]
