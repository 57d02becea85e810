from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from immersion.territory.models import Commune
from immersion.territory.referential import load_file


class Command(BaseCommand):
    help = "Charge ou met à jour le référentiel des communes depuis un fichier CSV de l'INSEE."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        if not path.is_file():
            raise CommandError(f"Fichier introuvable : {path}")
        try:
            with transaction.atomic():
                count = load_file(Commune, path)
        except (KeyError, ValueError) as exc:
            raise CommandError(f"Fichier de communes illisible : {exc}") from None
        self.stdout.write(self.style.SUCCESS(f"{count} communes chargées."))
