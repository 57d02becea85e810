"""Writes of the follow-up: the evaluations and the commitments.

Free texts are redacted (``observation.redaction``, the notebook's adapter to the anonymiser)
before anything is stored, and before the write transaction opens (redacting can take
seconds, and on SQLite a write transaction holds the database's lock). A failure of the
anonymiser raises ``RedactionUnavailable``: nothing is stored.
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from immersion.common.audit import log_action
from immersion.evaluations.models import (
    MAX_COMMITMENTS,
    MAX_TEXT,
    OBJECTIVES,
    ORGANISATION,
    ActionCommitment,
    ColdEvaluation,
    CommitmentStatus,
    HostEvaluation,
    HotEvaluation,
    Recommend,
)
from immersion.evaluations.selectors import (
    cold_evaluation_is_open,
    commitments_are_open,
    host_role,
    hot_evaluation_is_open,
)
from immersion.observation.redaction import redact_texts

HOT_TEXTS = [f"{code}_comment" for code, _label in OBJECTIVES] + ["free_text"]
HOT_SCORES = [code for code, _label in OBJECTIVES] + [code for code, _label in ORGANISATION]


def _check_score(errors, field, value):
    if value is not None and not (isinstance(value, int) and 1 <= value <= 5):
        errors[field] = _("Choisissez une note de 1 à 5.")


def _check_text(errors, field, value):
    if len(value or "") > MAX_TEXT:
        errors[field] = _("%(n)d caractères au plus.") % {"n": MAX_TEXT}


@sensitive_variables()
def _redacted(texts: dict[str, str]) -> dict[str, str]:
    """Redact the non-empty texts, in one call to the anonymiser."""
    keys = [k for k, v in texts.items() if (v or "").strip()]
    results = redact_texts([texts[k].strip() for k in keys])
    out = dict.fromkeys(texts, "")
    out.update({k: r.text for k, r in zip(keys, results, strict=True)})
    return out


@sensitive_variables()
def submit_hot_evaluation(
    *,
    actor,
    participant,
    scores: dict,
    texts: dict,
    recommend: str = "",
    check_open: bool = True,
):
    """``scores``: objectives and organisation (1-5 or ``None``), ``texts``: the objectives'
    comments and the free text. Answering again replaces the previous answers.
    ``check_open=False`` is for the demo only (its seminar is always upcoming)."""
    if check_open and not hot_evaluation_is_open(participant):
        raise ValidationError(_("L'évaluation à chaud s'ouvre le dernier jour du séminaire."))
    errors = {}
    for field in HOT_SCORES:
        _check_score(errors, field, scores.get(field))
    for field in HOT_TEXTS:
        _check_text(errors, field, texts.get(field))
    if recommend and recommend not in Recommend.values:
        errors["recommend"] = _("Choisissez une réponse.")
    if errors:
        raise ValidationError(errors)
    clean = _redacted({f: texts.get(f, "") for f in HOT_TEXTS})
    return _store_hot(
        actor=actor,
        participant=participant,
        values={**{f: scores.get(f) for f in HOT_SCORES}, **clean, "recommend": recommend},
    )


@transaction.atomic
def _store_hot(*, actor, participant, values) -> HotEvaluation:
    evaluation = HotEvaluation.objects.filter(participant=participant).first()
    created = evaluation is None
    evaluation = evaluation or HotEvaluation(participant=participant)
    for field, value in values.items():
        setattr(evaluation, field, value)
    evaluation.full_clean()
    evaluation.save()
    log_action(actor, "evaluation.hot.submit" if created else "evaluation.hot.update", evaluation)
    return evaluation


@sensitive_variables()
def submit_cold_evaluation(
    *, actor, participant, used_since: str, changed_decision: bool | None, examples: str
):
    if not cold_evaluation_is_open(participant):
        raise ValidationError(_("L'évaluation à froid s'ouvre deux mois après le séminaire."))
    errors = {}
    _check_text(errors, "used_since", used_since)
    _check_text(errors, "examples", examples)
    if errors:
        raise ValidationError(errors)
    clean = _redacted({"used_since": used_since, "examples": examples})
    return _store_cold(
        actor=actor,
        participant=participant,
        values={**clean, "changed_decision": changed_decision},
    )


@transaction.atomic
def _store_cold(*, actor, participant, values) -> ColdEvaluation:
    evaluation = ColdEvaluation.objects.filter(participant=participant).first()
    created = evaluation is None
    evaluation = evaluation or ColdEvaluation(participant=participant)
    for field, value in values.items():
        setattr(evaluation, field, value)
    evaluation.full_clean()
    evaluation.save()
    log_action(actor, "evaluation.cold.submit" if created else "evaluation.cold.update", evaluation)
    return evaluation


@sensitive_variables()
def submit_host_evaluation(
    *,
    actor,
    seminar,
    hosting_useful: int | None,
    observer_prepared: int | None,
    host_again: str,
    comment: str,
):
    """A tutor's or site coordinator's evaluation of a seminar they hosted."""
    role = host_role(actor, seminar)
    if role is None or timezone.localdate() < seminar.end_date:
        raise ValidationError(_("Cette évaluation n'est pas ouverte pour vous."))
    errors = {}
    _check_score(errors, "hosting_useful", hosting_useful)
    _check_score(errors, "observer_prepared", observer_prepared)
    _check_text(errors, "comment", comment)
    if host_again and host_again not in Recommend.values:
        errors["host_again"] = _("Choisissez une réponse.")
    if errors:
        raise ValidationError(errors)
    clean = _redacted({"comment": comment})
    return _store_host(
        actor=actor,
        seminar=seminar,
        values={
            "role": role,
            "hosting_useful": hosting_useful,
            "observer_prepared": observer_prepared,
            "host_again": host_again,
            **clean,
        },
    )


@transaction.atomic
def _store_host(*, actor, seminar, values) -> HostEvaluation:
    evaluation, created = HostEvaluation.objects.get_or_create(
        seminar=seminar, user=actor, defaults=values
    )
    if not created:
        for field, value in values.items():
            setattr(evaluation, field, value)
    evaluation.full_clean()
    evaluation.save()
    log_action(actor, "evaluation.host.submit", evaluation, seminar=seminar.pk)
    return evaluation


@sensitive_variables()
def save_commitments(*, actor, participant, rows: list[dict], check_open: bool = True):
    """Record the participant's commitments: ``rows`` are up to three dicts (what, due_by,
    organisation, status, review_comment), in order; a row without ``what`` removes the
    commitment at that position. At least one commitment once any is recorded is not
    required: removing all of them is allowed. ``check_open=False``: the demo only."""
    if check_open and not commitments_are_open(participant):
        raise ValidationError(_("Les engagements se prennent au débriefing, le dernier jour."))
    if len(rows) > MAX_COMMITMENTS:
        raise ValidationError(_("Trois engagements au plus."))
    errors = {}
    for position, row in enumerate(rows, start=1):
        what = (row.get("what") or "").strip()
        if len(what) > 300:
            errors[f"c{position}-what"] = _("%(n)d caractères au plus.") % {"n": 300}
        if not what and ((row.get("organisation") or "").strip() or row.get("due_by")):
            errors[f"c{position}-what"] = _("Dites ce que vous vous engagez à faire.")
        if row.get("status", "") not in CommitmentStatus.values:
            errors[f"c{position}-status"] = _("Choisissez une réponse.")
        _check_text(errors, f"c{position}-review_comment", row.get("review_comment"))
        due_by = row.get("due_by")
        if due_by is not None and not isinstance(due_by, dt.date):
            errors[f"c{position}-due_by"] = _("Indiquez une date.")
    if errors:
        raise ValidationError(errors)
    texts = {}
    for position, row in enumerate(rows, start=1):
        if (row.get("what") or "").strip():
            texts[f"{position}:what"] = row["what"]
            texts[f"{position}:comment"] = row.get("review_comment") or ""
    clean = _redacted(texts)
    return _store_commitments(actor=actor, participant=participant, rows=rows, clean=clean)


@transaction.atomic
def _store_commitments(*, actor, participant, rows, clean) -> list[ActionCommitment]:
    existing = {c.position: c for c in participant.action_commitments.select_for_update()}
    now = timezone.now()
    kept = []
    for position, row in enumerate(rows, start=1):
        commitment = existing.pop(position, None)
        if not (row.get("what") or "").strip():
            if commitment is not None:
                commitment.delete()
            continue
        commitment = commitment or ActionCommitment(participant=participant, position=position)
        status = row.get("status", "")
        comment = clean[f"{position}:comment"]
        if status != commitment.status or comment != commitment.review_comment:
            commitment.reviewed_at = now if status else None
        commitment.what = clean[f"{position}:what"]
        commitment.due_by = row.get("due_by")
        commitment.organisation = (row.get("organisation") or "").strip()
        commitment.status = status
        commitment.review_comment = comment
        commitment.full_clean()
        commitment.save()
        kept.append(commitment)
    for commitment in existing.values():
        commitment.delete()
    log_action(actor, "commitments.save", participant, commitments=len(kept))
    return kept
