from django.core.management.base import BaseCommand

from immersion.gdpr.retention import apply_retention, retention_months


class Command(BaseCommand):
    help = (
        "Supprime ou anonymise les données personnelles des séminaires dont le dernier jour "
        "remonte à plus de IMMERSION_RETENTION_MONTHS mois (--dry-run : montre seulement)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Montrer ce qui serait fait, sans rien changer."
        )

    def handle(self, *args, dry_run=False, **options):
        reports = apply_retention(dry_run=dry_run)
        verb = "serait" if dry_run else "a été"
        self.stdout.write(
            f"Durée de conservation : {retention_months()} mois après le dernier jour du séminaire."
        )
        if not reports:
            self.stdout.write("Aucune donnée personnelle à supprimer ou anonymiser.")
            return
        for report in reports:
            self.stdout.write(
                f"Séminaire n°{report.seminar_id} (dernier jour le "
                f"{report.end_date:%d/%m/%Y}) — {report.total} élément(s) {verb} traité(s) :"
            )
            for label, count in report.lines():
                if count:
                    self.stdout.write(f"  {label} : {count}")
        if dry_run:
            self.stdout.write("Simulation : rien n'a été modifié.")
