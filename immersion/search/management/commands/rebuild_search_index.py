from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from immersion.search.indexing import rebuild
from immersion.seminars.models import Programme


class Command(BaseCommand):
    help = (
        "Réécrit l'index de recherche plein texte de l'observatoire à partir des notes, "
        "étonnements, réponses libres, échanges avec les tuteurs et contributions (déjà "
        "anonymisés) : d'un programme, ou de tous les séminaires."
    )

    def add_arguments(self, parser):
        parser.add_argument("--programme", help="numéro ou nom exact du programme (tous si absent)")

    def handle(self, *args, programme: str | None, **options):
        target = None
        if programme is not None:
            found = Programme.objects.filter(name=programme)
            if programme.isdigit():
                found = found | Programme.objects.filter(pk=int(programme))
            target = found.first()
            if target is None:
                raise CommandError(
                    _("Aucun programme n'a le numéro ou le nom « %(name)s ».")
                    % {"name": programme},
                    returncode=2,
                )
        count = rebuild(target)
        self.stdout.write(self.style.SUCCESS(_("%(n)d textes indexés.") % {"n": count}))
