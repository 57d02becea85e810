"""Where quotes come from: the free text of the seminar's notes (already anonymised)."""

from immersion.debrief.models import SourceKind
from immersion.engagement.models import Answer, Phase, Scale
from immersion.observation.selectors import seminar_astonishments, seminar_situations

# Free answers of the "after" questionnaire go on the wall: engagement redacts every open
# answer before storing it (engagement.services.submit_questionnaire), like the notebook.
AFTER_TEXTS_ARE_REDACTED = True


def situation_quotes(seminar):
    return seminar_situations(seminar).exclude(note="")


def astonishment_quotes(seminar):
    return seminar_astonishments(seminar).exclude(text="")


def after_text_quotes(seminar):
    if not AFTER_TEXTS_ARE_REDACTED:
        return Answer.objects.none()
    return Answer.objects.filter(
        response__participant__seminar=seminar,
        response__participant__withdrawn_at=None,
        response__phase=Phase.AFTER,
        item__scale=Scale.OPEN,
    ).exclude(free_text="")


SOURCES = {
    SourceKind.SITUATION: situation_quotes,
    SourceKind.ASTONISHMENT: astonishment_quotes,
    SourceKind.AFTER_TEXT: after_text_quotes,
}


def quote_exists(seminar, source_kind: str, source_id: int) -> bool:
    """Is there a quote of this kind and id among the seminar's notes?"""
    source = SOURCES.get(source_kind)
    return source is not None and source(seminar).filter(pk=source_id).exists()
