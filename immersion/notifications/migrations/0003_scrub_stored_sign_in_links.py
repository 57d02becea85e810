"""E-mails written before sign-in links were minted at sending time kept the links in their
stored bodies, where a seminar's organizers could read and follow them. Replace every stored
link with the placeholder and invalidate the token it carried."""

import hashlib
import re

from django.db import migrations
from django.utils import timezone

PLACEHOLDER = "[lien de connexion personnel]"
# An absolute or relative link to the sign-in view: /connexion/lien/<token>/ (the request page
# /connexion/lien/ and /connexion/lien/envoye/ carry no token).
LINK = re.compile(r"(?:https?://[^\s\"'<>]*?)?/connexion/lien/(?!envoye/)([A-Za-z0-9_\-]{20,})/?")


def scrub(apps, schema_editor):
    OutgoingEmail = apps.get_model("notifications", "OutgoingEmail")
    SignInLink = apps.get_model("accounts", "SignInLink")
    now = timezone.now()
    hashes = set()
    candidates = OutgoingEmail.objects.filter(body_text__contains="/connexion/lien/") | (
        OutgoingEmail.objects.filter(body_html__contains="/connexion/lien/")
    )
    for email in candidates.iterator():
        for body in (email.body_text, email.body_html):
            hashes.update(hashlib.sha256(t.encode()).hexdigest() for t in LINK.findall(body))
        OutgoingEmail.objects.filter(pk=email.pk).update(
            body_text=LINK.sub(PLACEHOLDER, email.body_text),
            body_html=LINK.sub(PLACEHOLDER, email.body_html),
        )
    hashes = list(hashes)
    for start in range(0, len(hashes), 500):
        SignInLink.objects.filter(
            token_hash__in=hashes[start : start + 500], used_at__isnull=True
        ).update(used_at=now)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0002_email_secret"),
        ("accounts", "0002_signinlink"),
    ]

    operations = [migrations.RunPython(scrub, migrations.RunPython.noop)]
