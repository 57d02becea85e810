from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from immersion.accounts import encryption


class Role(models.TextChoices):
    ORGANIZER = "organizer", _("Organisateur")
    SITE_COORDINATOR = "site_coordinator", _("Référent de structure d'accueil")
    TUTOR = "tutor", _("Agent tuteur")
    PARTICIPANT = "participant", _("Participant")
    EXPERT = "expert", _("Expert")
    ADMIN = "admin", _("Administrateur")
    PROGRAMME_MANAGER = "programme_manager", _("Gestionnaire de programme")


# Staff roles need a second factor (TOTP) after their first one: a password, or for site
# coordinators invited by e-mail, their sign-in link. Participants and tutors sign in with a
# link sent by e-mail and nothing more.
STAFF_ROLES = {
    Role.ORGANIZER,
    Role.EXPERT,
    Role.ADMIN,
    Role.SITE_COORDINATOR,
    Role.PROGRAMME_MANAGER,
}


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("L'adresse e-mail est obligatoire.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("role", Role.ADMIN)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    username = None
    email = models.EmailField(_("adresse e-mail"), unique=True)
    role = models.CharField(
        _("rôle"), max_length=20, choices=Role.choices, default=Role.PARTICIPANT
    )
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    # Raised by « Se déconnecter partout » and by a reset of the second factor: it is part of
    # the session hash, so every session opened before is refused at its next request.
    session_generation = models.PositiveIntegerField(_("génération de sessions"), default=0)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        full = self.get_full_name()
        return full or self.email

    def _get_session_auth_hash(self, secret=None):
        """Django signs each session with a hash of the password; ours also covers the
        address, the role, the admin flags and the session generation, so that a change of
        any of them (or « Se déconnecter partout ») ends every session opened before."""
        key_salt = "immersion.accounts.User.get_session_auth_hash"
        value = "|".join(
            [
                self.password,
                (self.email or "").lower(),
                self.role,
                str(int(self.is_superuser)),
                str(int(self.is_staff)),
                str(self.session_generation),
            ]
        )
        return salted_hmac(key_salt, value, secret=secret, algorithm="sha256").hexdigest()

    @property
    def needs_second_factor(self) -> bool:
        """Staff accounts (and any Django superuser or staff) must pass the second step."""
        return self.role in STAFF_ROLES or self.is_superuser or self.is_staff

    @property
    def is_organizer(self) -> bool:
        return self.role == Role.ORGANIZER or self.is_platform_admin

    @property
    def is_platform_admin(self) -> bool:
        return self.role == Role.ADMIN or self.is_superuser


class LinkPurpose(models.TextChoices):
    INVITATION = "invitation", _("Invitation")
    SIGN_IN = "sign_in", _("Connexion")


class SignInLink(models.Model):
    """A single-use, expiring sign-in link. Only a hash of the token is stored."""

    user = models.ForeignKey(
        User, verbose_name=_("compte"), on_delete=models.CASCADE, related_name="sign_in_links"
    )
    token_hash = models.CharField(_("empreinte du jeton"), max_length=64, unique=True)
    purpose = models.CharField(_("motif"), max_length=20, choices=LinkPurpose.choices)
    created_at = models.DateTimeField(_("créé le"), db_index=True)
    expires_at = models.DateTimeField(_("expire le"))
    used_at = models.DateTimeField(_("utilisé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("lien de connexion")
        verbose_name_plural = _("liens de connexion")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_purpose_display()} → {self.user} ({self.created_at:%Y-%m-%d %H:%M})"

    def is_usable(self, now) -> bool:
        return self.used_at is None and now < self.expires_at and self.user.is_active


class SecondFactor(models.Model):
    """A staff account's TOTP authenticator (RFC 6238: 30 s, 6 digits).

    Created when enrolment starts (``confirmed_at`` empty until the first code is typed).
    ``last_used_step`` is the time step of the last code accepted: a code is accepted once.

    The base32 secret is stored encrypted (``accounts.encryption``): ``secret_token`` is a
    Fernet token; ``secret`` reads and writes the secret itself (``SecretUnreadable`` if no
    configured key opens the token)."""

    user = models.OneToOneField(
        User, verbose_name=_("compte"), on_delete=models.CASCADE, related_name="second_factor"
    )
    secret_token = models.TextField(_("secret TOTP chiffré"))
    created_at = models.DateTimeField(_("créé le"))
    confirmed_at = models.DateTimeField(_("activé le"), null=True, blank=True)
    last_used_step = models.BigIntegerField(_("dernier pas utilisé"), default=0)

    class Meta:
        verbose_name = _("double authentification")
        verbose_name_plural = _("doubles authentifications")

    def __str__(self):
        return str(self.user)

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def secret(self) -> str:
        """The base32 secret, decrypted (raises ``encryption.SecretUnreadable``)."""
        return encryption.decrypt(self.secret_token)[0]

    @secret.setter
    def secret(self, value: str) -> None:
        self.secret_token = encryption.encrypt(value)


class RecoveryCode(models.Model):
    """A single-use recovery code. Only a keyed hash is stored; the code is shown once."""

    user = models.ForeignKey(
        User, verbose_name=_("compte"), on_delete=models.CASCADE, related_name="recovery_codes"
    )
    code_hash = models.CharField(_("empreinte du code"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("créé le"))
    used_at = models.DateTimeField(_("utilisé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("code de secours")
        verbose_name_plural = _("codes de secours")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.user} ({self.created_at:%Y-%m-%d})"
