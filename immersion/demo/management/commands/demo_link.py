from django.core.management.base import BaseCommand, CommandError

from immersion.accounts.models import LinkPurpose
from immersion.accounts.services import INVITATION_LIFETIME, LINK_ROLES, issue_sign_in_link
from immersion.demo.services import DEMO_EMAIL_DOMAIN, demo_account


class Command(BaseCommand):
    help = (
        "Affiche un lien de connexion pour un compte de la démo (participant, tuteur, "
        "référent de structure) : en développement, les e-mails ne partent pas."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help=f"Une adresse en @{DEMO_EMAIL_DOMAIN}")
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Adresse du serveur (par défaut http://127.0.0.1:8000).",
        )

    def handle(self, *args, email, base_url, **options):
        user = demo_account(email)
        if user is None:
            raise CommandError(
                f"Aucun compte de démonstration pour {email} (adresses en @{DEMO_EMAIL_DOMAIN})."
            )
        if user.role not in LINK_ROLES:
            raise CommandError(
                f"{user.email} se connecte avec son mot de passe (voir `make run`), pas par lien."
            )
        url = issue_sign_in_link(
            user=user,
            purpose=LinkPurpose.INVITATION,
            lifetime=INVITATION_LIFETIME,
            base_url=base_url,
        )
        self.stdout.write(f"{user.email} ({user.get_role_display()}) :")
        self.stdout.write(url)
