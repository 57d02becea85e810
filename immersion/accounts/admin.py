from django.contrib import admin, messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from immersion.accounts.models import SignInLink, User
from immersion.accounts.second_factor import reset_second_factor
from immersion.accounts.services import record_account_change


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "role", "is_active", "second_factor_on"]
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
    actions = ["reset_second_factor"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("second_factor")

    @admin.display(boolean=True, description=gettext_lazy("Double authentification"))
    def second_factor_on(self, user):
        factor = getattr(user, "second_factor", None)
        return bool(factor and factor.is_confirmed)

    @admin.action(description=gettext_lazy("Réinitialiser la double authentification"))
    def reset_second_factor(self, request, queryset):
        count = 0
        for user in queryset:
            reset_second_factor(actor=request.user, user=user)
            count += 1
        self.message_user(
            request,
            _(
                "Double authentification réinitialisée pour %(count)s compte(s) : leurs sessions "
                "sont fermées et l'activation sera demandée à la prochaine connexion."
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            # A new address or role: the links sent before stop working (sessions already
            # have, through the session hash).
            record_account_change(actor=request.user, user=obj, changed=list(form.changed_data))
            if obj.pk == request.user.pk:
                update_session_auth_hash(request, obj)  # the administrator's own change


@admin.register(SignInLink)
class SignInLinkAdmin(admin.ModelAdmin):
    list_display = ["user", "purpose", "created_at", "expires_at", "used_at"]
    list_filter = ["purpose"]
    search_fields = ["user__email"]
    readonly_fields = ["user", "token_hash", "purpose", "created_at", "expires_at", "used_at"]

    def has_add_permission(self, request):
        return False
