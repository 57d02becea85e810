from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from immersion.analysis.synthesis import render_synthesis_docx, render_synthesis_pdf
from immersion.seminars.models import Seminar

RENDERERS = {".pdf": render_synthesis_pdf, ".docx": render_synthesis_docx}


class Command(BaseCommand):
    help = (
        "Écrit la synthèse d'un séminaire en PDF ou en Word (.docx, modifiable), selon "
        "l'extension du fichier."
    )

    def add_arguments(self, parser):
        parser.add_argument("seminar_id", type=int)
        parser.add_argument("-o", "--output", type=Path, required=True)

    def handle(self, *args, seminar_id: int, output: Path, **options):
        render = RENDERERS.get(output.suffix.lower())
        if render is None:
            raise CommandError(
                _("%(name)s : extension inconnue, choisissez .pdf ou .docx.")
                % {"name": output.name},
                returncode=2,
            )
        seminar = Seminar.objects.filter(pk=seminar_id).first()
        if seminar is None:
            raise CommandError(
                _("Aucun séminaire n'a le numéro %(id)d.") % {"id": seminar_id}, returncode=2
            )
        output.write_bytes(render(seminar))
        self.stdout.write(self.style.SUCCESS(_("Synthèse écrite : %(path)s") % {"path": output}))
