from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from immersion.territory.context import KINDS, ContextFileError, parse_file
from immersion.territory.services import import_context


class Command(BaseCommand):
    help = (
        "Importe un fichier de chiffres du territoire (INSEE, DREES) : communes, Filosofi, "
        "minima sociaux de la DREES, départements, régions. Tout ou rien : à la première "
        "erreur, rien n'est importé (code de sortie 2)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--kind", choices=KINDS, help="Type du fichier (deviné d'après l'en-tête sinon)."
        )
        parser.add_argument(
            "--year", type=int, help="Année des données quand le nom du fichier ne la dit pas."
        )
        parser.add_argument(
            "--no-totals",
            action="store_true",
            help="Ne pas calculer les totaux (département, région, France) : pour un extrait.",
        )

    def handle(self, *args, path: Path, kind=None, year=None, no_totals=False, **options):
        try:
            # The whole file is read and checked before anything is written.
            parsed = parse_file(path, kind, year=year, totals=not no_totals)
        except ContextFileError as exc:
            raise CommandError(f"{path.name} : {exc}", returncode=2) from None
        summary = import_context(actor=None, parsed=parsed)
        self.stdout.write(
            self.style.SUCCESS(
                f"{path.name} ({summary.kind}) : {summary.figures} chiffres, "
                f"{summary.areas} territoires importés."
            )
        )
