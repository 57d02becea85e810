"""Queue the dated sends that are due (evaluations, reminders, reviews)."""

from django.core.management.base import BaseCommand

from immersion.common.scheduling import registered_finders, run_due


class Command(BaseCommand):
    help = (
        "Met en file d'attente les envois datés arrivés à échéance (évaluations, relances, "
        "bilans d'engagements). Sans effet s'il est lancé deux fois : rien n'est envoyé deux fois."
    )

    def handle(self, *args, **options):
        if not registered_finders():
            self.stdout.write("Aucun envoi daté n'est défini.")
            return
        queued = run_due()
        for name, count in queued.items():
            self.stdout.write(f"{name} : {count} message(s) mis en file d'attente")
        self.stdout.write(f"Total : {sum(queued.values())}")
