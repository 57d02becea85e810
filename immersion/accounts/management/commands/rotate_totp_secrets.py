from django.core.management.base import BaseCommand, CommandError

from immersion.accounts.second_factor import rotate_secret_keys


class Command(BaseCommand):
    help = (
        "Rechiffre les secrets TOTP du personnel avec la clé courante (la première de "
        "IMMERSION_TOTP_KEYS), pour pouvoir retirer ensuite les anciennes clés."
    )

    def handle(self, *args, **options):
        report = rotate_secret_keys()
        self.stdout.write(
            f"Secrets rechiffrés avec la clé courante : {report.rotated} ; "
            f"déjà chiffrés avec elle : {report.current}."
        )
        if report.unreadable:
            ids = ", ".join(str(pk) for pk in report.unreadable)
            raise CommandError(
                f"{len(report.unreadable)} secret(s) illisible(s) avec les clés configurées "
                f"(comptes n° {ids}) : remettez l'ancienne clé dans IMMERSION_TOTP_KEYS, ou "
                "réinitialisez leur double authentification dans l'administration."
            )
