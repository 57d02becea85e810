from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from immersion.accounts.models import SignInLink, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "role", "is_active"]
    list_filter = ["role", "is_active", "is_staff"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Identité", {"fields": ["first_name", "last_name", "phone", "role"]}),
        ("Droits", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "role", "password1", "password2"]})
    ]


@admin.register(SignInLink)
class SignInLinkAdmin(admin.ModelAdmin):
    list_display = ["user", "purpose", "created_at", "expires_at", "used_at"]
    list_filter = ["purpose"]
    search_fields = ["user__email"]
    readonly_fields = ["user", "token_hash", "purpose", "created_at", "expires_at", "used_at"]

    def has_add_permission(self, request):
        return False
