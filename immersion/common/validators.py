import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import SITE_AIDS, AccessNeed

# A French commune code (code officiel géographique): department + number in the department.
# Metropolitan departments 01-19, 21-95 and Corsica 2A/2B have 3-digit numbers (001-999);
# overseas departments 971-976 (and collectivities 975, 977, 978) have 2-digit numbers.
_METRO_DEPARTMENT = r"(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])"
INSEE_COMMUNE_RE = re.compile(rf"^(?:{_METRO_DEPARTMENT}(?!000)\d{{3}}|97[1-8](?!00)\d{{2}})$")


def normalise_insee_code(value: str) -> str:
    """Trim and upper-case a commune code; a spreadsheet's number « 35238.0 » loses its « .0 ».

    A 4-digit code is never padded with a zero: « 3523 » may be 35238 with a digit lost as
    well as 03523, so ``validate_insee_code`` refuses it and says why."""
    value = (value or "").strip().upper()
    if value.endswith(".0"):
        value = value[:-2]
    return value


def validate_insee_code(value: str) -> None:
    if value and len(value) == 4 and value.isdigit():
        raise ValidationError(
            _("Le code commune %(value)s a 4 chiffres : un code INSEE en a 5, par ex. 35238"),
            code="four_digit_insee_code",
            params={"value": value},
        )
    if not INSEE_COMMUNE_RE.match(value or ""):
        raise ValidationError(
            _("« %(value)s » n'est pas un code commune INSEE valide (5 caractères, ex. 35238)."),
            code="invalid_insee_code",
            params={"value": value},
        )


def validate_postal_code(value: str) -> None:
    if value and not re.fullmatch(r"\d{5}", value):
        raise ValidationError(
            _("« %(value)s » n'est pas un code postal valide (5 chiffres)."),
            code="invalid_postal_code",
            params={"value": value},
        )


def reject_unknown_fields(fields, allowed) -> None:
    """Services take the fields they may write as keyword arguments: a typo is a bug, not input."""
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"unexpected fields {sorted(unknown)}")


def _validate_codes(value, allowed, what) -> None:
    if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
        raise ValidationError(_("Une liste de codes est attendue."), code="invalid_code_list")
    unknown = sorted(set(value) - {str(c) for c in allowed})
    if unknown:
        raise ValidationError(
            _("%(what)s inconnu(s) : %(codes)s (valeurs possibles : %(allowed)s)"),
            code="unknown_code",
            params={
                "what": what,
                "codes": ", ".join(unknown),
                "allowed": ", ".join(str(c) for c in allowed),
            },
        )


def validate_access_needs(value) -> None:
    _validate_codes(value, AccessNeed.values, _("Besoin d'accessibilité"))


def validate_site_aids(value) -> None:
    _validate_codes(value, SITE_AIDS, _("Aide à l'accessibilité"))
