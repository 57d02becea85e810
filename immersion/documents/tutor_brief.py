"""The tutor brief ("fiche tuteur"): who comes to a host site and when, the seminar's rules
and the guide of the 30-minute exchange. Printable (HTML) and as a PDF.

Only what a tutor needs about an observer: name, category, function, organisation, and the
arrangements the observer needs (wheelchair access, hearing loop…: the codes only, never the
free-text notes nor any health detail). Never an observer's e-mail, phone or home.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import Category, Channel, label_for
from immersion.documents.pdf import render_pdf
from immersion.placements.selectors import placements_at_site, placements_with_tutor
from immersion.seminars.models import ItemKind, ProgrammeItem

SEMINAR_RULES = (
    _(
        "Les observateurs sont tenus au respect du secret professionnel des agents et à la "
        "confidentialité de tout ce qu'ils voient et entendent ; ils ont signé un engagement."
    ),
    _(
        "Ils ne notent aucune donnée personnelle des usagers (nom, adresse, numéros, date de "
        "naissance…) : leurs notes décrivent des situations, pas des personnes."
    ),
    _("Aucune photo, aucune vidéo, aucun enregistrement sonore."),
    _(
        "Ils restent en retrait et n'interviennent pas ; vous pouvez leur demander de sortir "
        "à tout moment, et un usager peut refuser leur présence."
    ),
)

# The 30-minute exchange that follows each immersion (sequence 3 of the seminar).
EXCHANGE_GUIDE = (
    (
        _("Les situations d'aujourd'hui étaient-elles représentatives ? (10 min)"),
        (
            _("Les demandes observées sont-elles celles de tous les jours ?"),
            _("L'affluence était-elle habituelle (jour de forte ou de faible activité) ?"),
        ),
    ),
    (
        _("Ce qui était inhabituel (5 min)"),
        (
            _("Quelles situations sortaient de l'ordinaire, et pourquoi ?"),
            _("Qu'est-ce que l'observateur n'a pas pu voir (rendez-vous, dossiers, back-office) ?"),
        ),
    ),
    (
        _("Le métier : contraintes et intérêts (10 min)"),
        (
            _("Quelles contraintes pèsent sur l'accueil : outils, règles, délais, effectifs ?"),
            _("Qu'est-ce qui fait l'intérêt du métier ? Qu'est-ce qui vous aiderait ?"),
        ),
    ),
    (
        _("Pour conclure (5 min)"),
        (
            _("Un étonnement de l'observateur, une idée de l'agent à faire remonter."),
            _("Rappel : aucun nom ni détail permettant de reconnaître un usager, même à l'oral."),
        ),
    ),
)


# What to show the observer on each channel: the tutor brief prints the guidance of the
# channels the site hosts (DESIGN.md §3, sequence 2).
CHANNEL_GUIDANCE = {
    Channel.ACCUEIL_PHYSIQUE: _(
        "Au guichet : installez l'observateur en retrait, de votre côté du comptoir, et "
        "présentez-le à chaque usager comme une personne en formation (l'usager peut refuser). "
        "Montrez tout le parcours : l'arrivée, le ticket ou le rendez-vous, l'attente, "
        "l'orientation, le traitement de la demande, et ce que vous vérifiez à l'écran ou "
        "dans le dossier."
    ),
    Channel.ACCUEIL_TELEPHONIQUE: _(
        "Au téléphone : l'observateur écoute en double écoute (second casque), sans jamais "
        "parler. Montrez l'attente avant le décroché et le serveur vocal, les outils consultés "
        "pendant l'appel, et ce que devient la demande ensuite : rappel, courrier, transfert, "
        "rendez-vous."
    ),
    Channel.CONTROLE_SUR_PLACE: _(
        "En contrôle sur place : un seul observateur vous accompagne, présenté à la personne "
        "contrôlée, qui doit l'accepter. Montrez la préparation du dossier avant de partir, le "
        "déroulé de l'entretien et les suites (rapport, droits révisés, orientation). "
        "L'observateur ne prend aucune note devant la personne."
    ),
}


@dataclass(frozen=True)
class Visit:
    half_day_label: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    channel_label: str
    observer: str
    category_label: str
    function: str
    organisation: str
    tutor: str
    rules_notes: str
    access_needs: tuple[str, ...] = ()  # labels of the arrangements the observer needs
    date: dt.date | None = None  # the calendar day (Europe/Paris)
    channel: str = ""
    needs_authorisation: bool = False
    exchange_starts_at: dt.datetime | None = None  # the 30-minute exchange that follows
    exchange_ends_at: dt.datetime | None = None


def _exchange_after(item, exchanges):
    """The tutor exchange that follows the immersion ``item`` on the same day, if any."""
    day = timezone.localtime(item.starts_at).date()
    following = [
        e
        for e in exchanges
        if timezone.localtime(e.starts_at).date() == day and e.starts_at >= item.starts_at
    ]
    return min(following, key=lambda e: e.starts_at, default=None)


def _visits(placements) -> list[Visit]:
    placements = list(placements)
    exchanges_by_seminar: dict[int, list] = {}
    visits = []
    for placement in placements:
        participant, offer, item = placement.participant, placement.offer, placement.half_day
        tutor = offer.tutor
        if item.seminar_id not in exchanges_by_seminar:
            exchanges_by_seminar[item.seminar_id] = list(
                ProgrammeItem.objects.filter(
                    seminar_id=item.seminar_id, kind=ItemKind.TUTOR_EXCHANGE
                )
            )
        exchange = _exchange_after(item, exchanges_by_seminar[item.seminar_id])
        visits.append(
            Visit(
                half_day_label=item.half_day_label,
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                channel_label=label_for(Channel, offer.channel),
                observer=f"{participant.first_name} {participant.last_name}",
                category_label=label_for(Category, participant.category),
                function=participant.function,
                organisation=participant.organisation,
                tutor=f"{tutor.first_name} {tutor.last_name}" if tutor else "",
                rules_notes=offer.rules_notes,
                access_needs=tuple(participant.access_need_labels),
                date=timezone.localtime(item.starts_at).date(),
                channel=offer.channel,
                needs_authorisation=offer.needs_authorisation,
                exchange_starts_at=exchange.starts_at if exchange else None,
                exchange_ends_at=exchange.ends_at if exchange else None,
            )
        )
    return visits


def site_visits(site, seminar) -> list[Visit]:
    """Observers coming to the site for the seminar (published assignment only)."""
    return _visits(placements_at_site(site, seminar))


def tutor_visits(tutor, seminar=None) -> list[Visit]:
    placements = placements_with_tutor(tutor)
    if seminar is not None:
        placements = placements.filter(run__seminar=seminar)
    return _visits(placements)


def lunches_with_tutors(seminar, visits: list[Visit]) -> list:
    """The meals of the immersion days held at midday: the lunch shared with the tutors."""
    days = {v.date for v in visits}
    meals = seminar.programme_items.filter(kind=ItemKind.MEAL).order_by("starts_at")
    return [
        m
        for m in meals
        if timezone.localtime(m.starts_at).date() in days
        and dt.time(11) <= timezone.localtime(m.starts_at).time() <= dt.time(14, 30)
    ]


def organizer_contacts(seminar) -> list[dict]:
    """Whom the site calls about the seminar: its organizers' names and e-mail addresses."""
    return [
        {"name": f"{u.first_name} {u.last_name}".strip() or u.email, "email": u.email}
        for u in seminar.organizers.order_by("last_name", "first_name")
    ]


def channel_guidance(visits: list[Visit]) -> list[tuple[str, str]]:
    channels = [c for c in CHANNEL_GUIDANCE if c.value in {v.channel for v in visits}]
    return [(str(label_for(Channel, c)), str(CHANNEL_GUIDANCE[c])) for c in channels]


def brief_context(*, site, seminar, visits: list[Visit], tutor=None) -> dict:
    rules_notes = sorted({v.rules_notes for v in visits if v.rules_notes})
    return {
        "lunches": lunches_with_tutors(seminar, visits),
        "organizer_contacts": organizer_contacts(seminar),
        "channel_guidance": channel_guidance(visits),
        "needs_authorisation": any(v.needs_authorisation for v in visits),
        "access_visits": [v for v in visits if v.access_needs],
        "site": site,
        "seminar": seminar,
        "tutor": tutor,
        "visits": visits,
        "seminar_rules": [str(r) for r in SEMINAR_RULES],
        "site_rules": rules_notes,
        "exchange_guide": [(str(t), [str(q) for q in qs]) for t, qs in EXCHANGE_GUIDE],
        "generated_at": timezone.localtime(),
    }


def render_tutor_brief_pdf(*, site, seminar, tutor=None) -> bytes:
    visits = tutor_visits(tutor, seminar) if tutor is not None else site_visits(site, seminar)
    context = brief_context(site=site, seminar=seminar, visits=visits, tutor=tutor)
    return render_pdf("documents/tutor_brief.html", context)


def brief_filename(site, seminar) -> str:
    return f"fiche-tuteur-{slugify(site.name)}-{seminar.start_date:%Y-%m-%d}.pdf"
