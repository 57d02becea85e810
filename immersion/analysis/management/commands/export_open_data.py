from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from immersion.analysis.open_data import OpenDataError, export_open_data
from immersion.seminars.models import Programme


class Command(BaseCommand):
    help = (
        "Écrit les données ouvertes d'un programme (ou de chaque programme) : fichiers CSV, "
        "datapackage.json (Table Schema) et README, sous secret statistique."
    )

    def add_arguments(self, parser):
        parser.add_argument("--programme", help="numéro ou nom exact du programme (tous si absent)")
        parser.add_argument("-o", "--output", type=Path, required=True)
        parser.add_argument(
            "-k", type=int, default=None, help="seuil du secret statistique (défaut : réglage)"
        )

    def handle(self, *args, programme: str | None, output: Path, k: int | None, **options):
        if k is not None and k < 1:
            raise CommandError(_("Le seuil k doit être un entier d'au moins 1."), returncode=2)
        if programme is None:
            programmes = list(Programme.objects.order_by("year", "name"))
            if not programmes:
                raise CommandError(_("Aucun programme n'est enregistré."), returncode=2)
        else:
            found = Programme.objects.filter(name=programme)
            if programme.isdigit():
                found = found | Programme.objects.filter(pk=int(programme))
            programmes = list(found)
            if not programmes:
                raise CommandError(
                    _("Aucun programme n'a le numéro ou le nom « %(name)s ».")
                    % {"name": programme},
                    returncode=2,
                )
        try:
            written = export_open_data(programmes, output, k=k)
        except OpenDataError as error:
            raise CommandError(str(error), returncode=2) from None
        for path in written:
            self.stdout.write(
                self.style.SUCCESS(_("Données ouvertes écrites : %(path)s") % {"path": path})
            )
