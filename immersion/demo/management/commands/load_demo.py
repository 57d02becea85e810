from django.core.management.base import BaseCommand

from immersion.demo.programme import add_demo_programme_seminars
from immersion.demo.services import DEMO_EMAIL_DOMAIN, DEMO_TITLE, demo_logins, load_demo
from immersion.seminars.models import Seminar


class Command(BaseCommand):
    help = "Charge le séminaire de démonstration « Vivez ma vie d'usager — Rennes »."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Ne rien faire si la base contient déjà un séminaire.",
        )
        parser.add_argument(
            "--sans-programme",
            action="store_true",
            help="Ne pas ajouter les séminaires synthétiques du programme (observatoire).",
        )

    def handle(self, *args, if_empty=False, sans_programme=False, **options):
        if if_empty and Seminar.objects.exists():
            self.stdout.write("La base contient déjà des séminaires : démo non rechargée.")
            return
        seminar = load_demo()
        self.stdout.write(self.style.SUCCESS(f"Séminaire de démonstration chargé : {DEMO_TITLE}"))
        self.stdout.write(
            f"{seminar.participants.count()} participants, {seminar.offers.count()} offres."
        )
        if not sans_programme and seminar.programme is not None:
            self.stdout.write(
                "Séminaires synthétiques du programme (observatoire), une minute environ…"
            )
            added = add_demo_programme_seminars(actor=None, programme=seminar.programme)
            self.stdout.write(
                f"{len(added)} séminaires synthétiques ajoutés au programme "
                f"« {seminar.programme.name} »."
            )
        for login in demo_logins():
            self.stdout.write(f"  {login.role:18} {login.email}  /  {login.password}")
        self.stdout.write(
            "Participants, tuteurs et référents se connectent par lien : "
            "`manage.py demo_link ADRESSE` l'affiche (ex. sandrine.lebihan@"
            f"{DEMO_EMAIL_DOMAIN} pour une tutrice de la Caf)."
        )
