from django.contrib import admin

from immersion.evaluations.models import (
    ActionCommitment,
    ColdEvaluation,
    FollowUpEmail,
    HostEvaluation,
    HotEvaluation,
)


@admin.register(HotEvaluation, ColdEvaluation)
class EvaluationAdmin(admin.ModelAdmin):
    list_display = ["participant", "created_at"]
    raw_id_fields = ["participant"]


@admin.register(HostEvaluation)
class HostEvaluationAdmin(admin.ModelAdmin):
    list_display = ["seminar", "role", "created_at"]
    raw_id_fields = ["seminar", "user"]


@admin.register(ActionCommitment)
class ActionCommitmentAdmin(admin.ModelAdmin):
    list_display = ["participant", "position", "status", "due_by"]
    raw_id_fields = ["participant"]


@admin.register(FollowUpEmail)
class FollowUpEmailAdmin(admin.ModelAdmin):
    list_display = ["seminar", "kind", "queued_at"]
    raw_id_fields = ["seminar", "user", "participant", "email"]
