from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator

from immersion.www.public.forms import SignInForm


@login_not_required
def home(request):
    user = request.user
    if user.is_authenticated and user.has_perm("accounts.access_organizer_space"):
        return redirect("organizer:seminar_list")
    return render(request, "www/public/home.html")


@method_decorator(login_not_required, name="dispatch")
class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "www/public/login.html"
    redirect_authenticated_user = True


@method_decorator(login_not_required, name="dispatch")
class SignOutView(auth_views.LogoutView):
    pass
