"""The URL × role permission matrix (issue 12).

Every URL pattern of the project, enumerated from the resolver, has a row in ``MATRIX``: how
to fill its parameters in the world of ``tests/security/world.py`` (two seminars, A and B,
with everything a URL can point at) and what each role of ``matrix.ROLES`` gets:

- ``OK`` — 200/204, or a redirect that is not to a sign-in page (on GET or on POST);
- ``LOGIN`` — a redirect to the sign-in page (401 for the notebook's JSON API);
- ``DENIED`` — a 404. A 403 (or 405, 400, 410) is accepted only if the answer is exactly
  the same when every id of the URL points at nothing: such an answer says "this space is
  not yours" and never confirms that an object exists. That is the case of the spaces a
  role can never open (the back office for a participant, the participant's space for an
  organizer…), whose permission is checked before any object is looked up.

Besides GET, every row is POSTed by every role, and rows marked ``writes=True`` also get
PUT and DELETE from the roles that are DENIED: those requests must answer as GET does and
change nothing in the database (every table compared before and after). ``variants`` point
a URL at a mix of objects inside and outside the user's scope (A's site with B's offer…):
DENIED (404, and nothing changed) to the roles allowed on the row's target.

The Django admin (``admin:*``) is covered by one rule instead of rows: every pattern, filled
with an existing object, is for administrators only (a redirect to the admin's sign-in for
everybody else).

How to add a row, for a new page:

1. If the URL points at a new kind of object, create one in each seminar in ``world.py``.
2. Add ``"namespace:name": Row(lambda w: {"seminar_pk": w.a.seminar.pk, ...}, EXPECT)`` to
   ``MATRIX``, EXPECT being a profile below (``BACK_OFFICE``: A's organizer and admins;
   ``OWN``: the participant themself; ``SITE``: the site's coordinator; ``LEADS``: A's
   organizer, expert and admins…) or ``expect(ok=("organizer", "admin"))``; add
   ``writes=True`` if the view changes data on POST.
3. Run ``pytest tests/security``: a pattern without a row fails, naming it.

Signing in goes through ``sign_in`` only (``client.force_login`` today; staff's second
factor, when it comes, is added there).
"""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from immersion.accounts.second_factor import VERIFIED_SESSION_KEY
from tests.security.matrix import (
    DENIED,
    LOGIN,
    OK,
    ROLES,
    Row,
    changed_tables,
    classify,
    expect,
    ghost,
    same_answer,
    snapshot,
    url_names,
)
from tests.security.world import build_world

# Marked so that pytest-django sets the test database up; the world lives in its own
# transaction (``world`` below) and every test adds a savepoint on top of it.
pytestmark = pytest.mark.django_db

SIGNED_IN_ROLES = tuple(role for role in ROLES if role != "anonymous")
EVERYONE = expect(ok=ROLES, login=())
SIGNED_IN = expect(ok=SIGNED_IN_ROLES)
BACK_OFFICE = expect(ok=("organizer", "admin"))  # seminar A's pages in the back office
ORGANIZERS = expect(ok=("organizer", "other_organizer", "admin"))  # no seminar, or catalogue
OWN = expect(ok=("participant",))  # the participant's own pages
SITE = expect(ok=("coordinator",))  # the site's space, for its coordinator
TUTOR = expect(ok=("tutor",))  # the tutor's space
LEADS = expect(ok=("expert", "organizer", "admin"))  # the debrief, moderation, kiosk


def _s(w):
    return {"seminar_pk": w.a.seminar.pk}


def _p(w):
    return {"pk": w.a.helene.pk}


def _site(w):
    return {"site_pk": w.a.caf.pk}


def _site_sem(w):
    return {"site_pk": w.a.caf.pk, "seminar_pk": w.a.seminar.pk}


MATRIX: dict[str, Row] = {
    "set_language": Row(None, EVERYONE, writes=True),
    "public:home": Row(None, EVERYONE, writes=True),
    "public:commune_suggestions": Row(None, SIGNED_IN, writes=True),
    "public:accessibility": Row(None, EVERYONE, writes=True),
    "public:privacy": Row(None, EVERYONE),
    # The programme's observatory: aggregates for its managers and admins only.
    "observatory:home": Row(None, expect(ok=("admin", "programme_manager"))),
    # (Another programme's pages: test_a_programme_manager_reads_only_their_programmes.)
    "observatory:programme": Row(
        lambda w: {"pk": w.a.programme.pk}, expect(ok=("admin", "programme_manager"))
    ),
    "observatory:open_data": Row(
        lambda w: {"pk": w.a.programme.pk}, expect(ok=("admin", "programme_manager"))
    ),
    "observatory:search": Row(
        lambda w: {"pk": w.a.programme.pk}, expect(ok=("admin", "programme_manager"))
    ),
    # The second factor and the account's security: any signed-in person (a verified or
    # link-signed session is sent on; the pages never show another person's account).
    "public:second_factor": Row(None, SIGNED_IN, writes=True),
    "public:second_factor_enrol": Row(None, SIGNED_IN, writes=True),
    "public:account_security": Row(None, SIGNED_IN),
    "public:regenerate_recovery_codes": Row(None, SIGNED_IN, writes=True),
    "public:sign_out_everywhere": Row(None, SIGNED_IN, writes=True, own_session=True),
    "public:legal": Row(None, EVERYONE),
    "public:login": Row(None, EVERYONE, writes=True),
    "public:logout": Row(None, EVERYONE, writes=True, own_session=True),
    "public:request_link": Row(None, EVERYONE, writes=True),
    "public:request_link_sent": Row(None, EVERYONE),
    "public:sign_in_link_confirm": Row(None, expect(ok=SIGNED_IN_ROLES, login=()), writes=True),
    "public:sign_in_link": Row(
        lambda w: {"token": "jeton-inconnu"}, expect(ok=SIGNED_IN_ROLES, login=()), writes=True
    ),
    "public:reverse_list": Row(None, EVERYONE),
    "public:reverse_apply": Row(lambda w: {"pk": w.a.reverse_offer.pk}, EVERYONE, writes=True),
    "public:reverse_sent": Row(None, EVERYONE),
    # An applicant's links, with a made-up token: 410 for everybody, whoever is signed in.
    "public:reverse_confirm": Row(None, expect(login=())),
    "public:reverse_confirm_link": Row(lambda w: {"token": "jeton-inconnu"}, expect(login=())),
    "public:reverse_feedback": Row(lambda w: {"token": "jeton-inconnu"}, expect(login=())),
    "organizer:seminar_list": Row(None, ORGANIZERS),
    "organizer:seminar_create": Row(None, ORGANIZERS, writes=True),
    "organizer:seminar_detail": Row(_s, BACK_OFFICE),
    "organizer:seminar_edit": Row(_s, BACK_OFFICE, writes=True),
    "organizer:seminar_transition": Row(
        lambda w: {**_s(w), "transition": "start"}, BACK_OFFICE, writes=True
    ),
    "organizer:programme_add": Row(_s, BACK_OFFICE, writes=True),
    "organizer:programme_edit": Row(
        lambda w: {**_s(w), "pk": w.a.meal.pk},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.meal.pk},),
    ),
    "organizer:programme_delete": Row(
        lambda w: {**_s(w), "pk": w.a.meal.pk}, BACK_OFFICE, writes=True
    ),
    "organizer:offer_list": Row(_s, BACK_OFFICE),
    "organizer:offer_add": Row(_s, BACK_OFFICE, writes=True),
    "organizer:offer_import": Row(_s, BACK_OFFICE, writes=True),
    "organizer:offer_template": Row(_s, BACK_OFFICE),
    "organizer:offer_edit": Row(
        lambda w: {**_s(w), "pk": w.a.morning.pk},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.morning.pk},),
    ),
    "organizer:offer_delete": Row(
        lambda w: {**_s(w), "pk": w.a.morning.pk}, BACK_OFFICE, writes=True
    ),
    "organizer:participant_list": Row(_s, BACK_OFFICE),
    "organizer:participant_add": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_import": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_import_confirm": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_template": Row(_s, BACK_OFFICE),
    "organizer:participant_export": Row(lambda w: {**_s(w), "fmt": "csv"}, BACK_OFFICE),
    "organizer:participant_edit": Row(
        lambda w: {**_s(w), "pk": w.a.helene.pk},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.helene.pk},),
    ),
    "organizer:participant_withdraw": Row(
        lambda w: {**_s(w), "pk": w.a.helene.pk},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.helene.pk},),
    ),
    "organizer:participant_reinstate": Row(
        lambda w: {**_s(w), "pk": w.a.withdrawn.pk}, BACK_OFFICE, writes=True
    ),
    "organizer:evaluation_results": Row(_s, BACK_OFFICE),
    "organizer:evaluation_export": Row(lambda w: {**_s(w), "fmt": "csv"}, BACK_OFFICE),
    "organizer:site_list": Row(None, ORGANIZERS),
    "organizer:site_create": Row(None, ORGANIZERS, writes=True),
    "organizer:site_import": Row(None, ORGANIZERS, writes=True),
    "organizer:site_export": Row(lambda w: {"fmt": "csv"}, ORGANIZERS),
    "organizer:site_detail": Row(lambda w: {"pk": w.a.caf.pk}, ORGANIZERS),
    "organizer:site_edit": Row(
        lambda w: {"pk": w.a.caf.pk}, BACK_OFFICE, writes=True, seen=("other_organizer",)
    ),
    "organizer:tutor_add": Row(
        lambda w: {"pk": w.a.caf.pk}, BACK_OFFICE, writes=True, seen=("other_organizer",)
    ),
    "organizer:tutor_edit": Row(
        lambda w: {"site_pk": w.a.caf.pk, "pk": w.a.caf_tutor.pk},
        BACK_OFFICE,
        writes=True,
        seen=("other_organizer",),
        variants=(lambda w: {"site_pk": w.a.caf.pk, "pk": w.b.caf_tutor.pk},),
    ),
    "organizer:tutor_delete": Row(
        lambda w: {"site_pk": w.a.caf.pk, "pk": w.a.caf_tutor.pk},
        BACK_OFFICE,
        writes=True,
        seen=("other_organizer",),
        variants=(lambda w: {"site_pk": w.a.caf.pk, "pk": w.b.caf_tutor.pk},),
    ),
    "organizer:participant_invite_all": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_invite_batch": Row(
        lambda w: {**_s(w), "batch_pk": w.a.batch.pk},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "batch_pk": w.b.batch.pk},),
    ),
    "organizer:participant_invite_batch_status": Row(
        lambda w: {**_s(w), "batch_pk": w.a.batch.pk}, BACK_OFFICE
    ),
    "organizer:participant_remind_selection": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_invite_selection": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_withdraw_selection": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_withdraw_batch": Row(
        lambda w: {**_s(w), "batch_pk": w.a.withdrawal_batch.pk},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "batch_pk": w.b.withdrawal_batch.pk},),
    ),
    "organizer:participant_withdraw_batch_status": Row(
        lambda w: {**_s(w), "batch_pk": w.a.withdrawal_batch.pk}, BACK_OFFICE
    ),
    "organizer:participant_print_selection": Row(_s, BACK_OFFICE, writes=True),
    "organizer:participant_print_batch": Row(
        lambda w: {**_s(w), "batch_pk": w.a.print_batch.pk},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "batch_pk": w.b.print_batch.pk},),
    ),
    "organizer:participant_print_batch_status": Row(
        lambda w: {**_s(w), "batch_pk": w.a.print_batch.pk}, BACK_OFFICE
    ),
    "organizer:participant_print_batch_download": Row(
        lambda w: {**_s(w), "batch_pk": w.a.print_batch.pk},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "batch_pk": w.b.print_batch.pk},),
    ),
    "organizer:participant_remind_batch": Row(
        lambda w: {
            **_s(w),
            "batch_pk": w.a.reminder_batch.pk,
        },
        BACK_OFFICE,
    ),
    "organizer:participant_remind_batch_status": Row(
        lambda w: {
            **_s(w),
            "batch_pk": w.a.reminder_batch.pk,
        },
        BACK_OFFICE,
    ),
    "organizer:participant_invite": Row(
        lambda w: {**_s(w), "pk": w.a.helene.pk}, BACK_OFFICE, writes=True
    ),
    "organizer:site_coordinator_invite": Row(
        lambda w: {"pk": w.a.caf.pk}, BACK_OFFICE, writes=True, seen=("other_organizer",)
    ),
    "organizer:tutor_invite": Row(
        lambda w: {"site_pk": w.a.caf.pk, "pk": w.a.caf_tutor.pk},
        BACK_OFFICE,
        writes=True,
        seen=("other_organizer",),
    ),
    "organizer:assignment_home": Row(_s, BACK_OFFICE),
    "organizer:assignment_start": Row(_s, BACK_OFFICE, writes=True),
    "organizer:assignment_run": Row(
        lambda w: {**_s(w), "run_pk": w.a.draft_run.pk},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "run_pk": w.b.draft_run.pk},),
    ),
    "organizer:assignment_status": Row(
        lambda w: {**_s(w), "run_pk": w.a.draft_run.pk}, BACK_OFFICE
    ),
    "organizer:assignment_move": Row(
        lambda w: {
            **_s(w),
            "run_pk": w.a.draft_run.pk,
            "participant_pk": w.a.helene.pk,
            "half_day_pk": w.a.half_day.pk,
        },
        BACK_OFFICE,
        writes=True,
    ),
    "organizer:assignment_pin": Row(
        lambda w: {
            **_s(w),
            "run_pk": w.a.draft_run.pk,
            "placement_pk": w.a.draft_placement.pk,
        },
        BACK_OFFICE,
        writes=True,
        variants=(
            lambda w: {**_s(w), "run_pk": w.a.draft_run.pk, "placement_pk": w.b.draft_placement.pk},
        ),
    ),
    "organizer:assignment_publish": Row(
        lambda w: {**_s(w), "run_pk": w.a.draft_run.pk}, BACK_OFFICE, writes=True
    ),
    "organizer:training": Row(_s, BACK_OFFICE),
    "organizer:training_programme_pdf": Row(_s, BACK_OFFICE),
    "organizer:training_provider": Row(_s, BACK_OFFICE, writes=True),
    "organizer:training_sheet": Row(
        lambda w: {**_s(w), "half_day": w.a.half_day_code}, BACK_OFFICE, writes=True
    ),
    "organizer:training_sheet_blank_pdf": Row(
        lambda w: {**_s(w), "half_day": w.a.half_day_code}, BACK_OFFICE
    ),
    "organizer:training_sheet_signed_pdf": Row(
        lambda w: {**_s(w), "half_day": w.a.half_day_code}, BACK_OFFICE
    ),
    "organizer:training_signature_cancel": Row(
        lambda w: {
            **_s(w),
            "half_day": w.a.half_day_code,
            "pk": w.a.signature.pk,
        },
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "half_day": w.a.half_day_code, "pk": w.b.signature.pk},),
    ),
    "organizer:training_certificate_pdf": Row(
        lambda w: {**_s(w), "participant_pk": w.a.helene.pk},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "participant_pk": w.b.helene.pk},),
    ),
    "organizer:training_certificates_zip": Row(_s, BACK_OFFICE),
    "organizer:logistics": Row(_s, BACK_OFFICE),
    "organizer:logistics_pdf": Row(_s, BACK_OFFICE),
    "organizer:logistics_meal_pdf": Row(lambda w: {**_s(w), "meal_pk": w.a.meal.pk}, BACK_OFFICE),
    "organizer:logistics_guest_add": Row(_s, BACK_OFFICE, writes=True),
    "organizer:logistics_guest_edit": Row(
        lambda w: {**_s(w), "pk": w.a.guest.pk},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.guest.pk},),
    ),
    "organizer:logistics_guest_delete": Row(
        lambda w: {**_s(w), "pk": w.a.guest.pk},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.guest.pk},),
    ),
    # Personal data: the audit log (each organizer sees their own seminars' entries) and one
    # person's access and erasure (platform admins only).
    "organizer:audit_log": Row(None, ORGANIZERS),
    "organizer:personal_data": Row(None, expect(ok=("admin",)), writes=True),
    "organizer:personal_data_export": Row(
        lambda w: {"fmt": "json"}, expect(ok=("admin",)), writes=True
    ),
    "organizer:personal_data_erase": Row(None, expect(ok=("admin",)), writes=True),
    "organizer:outbox": Row(_s, BACK_OFFICE, writes=True),
    "organizer:outbox_email": Row(
        lambda w: {**_s(w), "pk": w.a.email.pk},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "pk": w.b.email.pk},),
    ),
    "organizer:outbox_email_html": Row(lambda w: {**_s(w), "pk": w.a.email.pk}, BACK_OFFICE),
    "organizer:outbox_attachment": Row(
        lambda w: {**_s(w), "pk": w.a.email.pk, "index": 0},
        BACK_OFFICE,
        variants=(lambda w: {**_s(w), "pk": w.b.email.pk, "index": 0},),
    ),
    "organizer:outbox_action": Row(
        lambda w: {**_s(w), "pk": w.a.email.pk, "action": "annuler"},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.email.pk, "action": "annuler"},),
    ),
    "organizer:followup": Row(_s, BACK_OFFICE),
    "organizer:followup_remind": Row(
        lambda w: {**_s(w), "pk": w.a.helene.pk},
        BACK_OFFICE,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.helene.pk},),
    ),
    "organizer:followup_remind_all": Row(_s, BACK_OFFICE, writes=True),
    "organizer:followup_convocations": Row(_s, BACK_OFFICE, writes=True),
    "organizer:reverse_immersion": Row(_s, BACK_OFFICE),
    "participant:home": Row(
        None,
        expect(
            ok=(
                "participant",
                "unsigned_participant",
                "other_participant",
                "admin",
            )
        ),
    ),
    "participant:dashboard": Row(_p, OWN),
    "participant:profile": Row(_p, OWN, writes=True),
    "participant:commitment": Row(_p, OWN, writes=True),
    "participant:questionnaire": Row(_p, OWN, writes=True),
    "participant:after_questionnaire": Row(_p, OWN, writes=True),
    "participant:contributions": Row(_p, OWN, writes=True),
    "participant:programme": Row(_p, OWN),
    "participant:programme_pdf": Row(_p, OWN),
    "participant:programme_ics": Row(_p, OWN),
    # Seminar A is not over: no certificate yet, for anybody (the participant's own once the
    # seminar is closed is tested in tests/attendance).
    "participant:certificate_pdf": Row(_p, expect()),
    "participant:shared_programme": Row(_p, OWN),
    "participant:evaluation_entry": Row(
        _s,
        expect(
            ok=(
                "participant",
                "unsigned_participant",
            )
        ),
    ),
    "participant:hot_evaluation": Row(_p, OWN, writes=True),
    "participant:cold_evaluation": Row(_p, OWN, writes=True),
    "participant:commitments": Row(_p, OWN, writes=True),
    "participant:reverse_offers": Row(_p, OWN),
    "participant:reverse_offer_add": Row(_p, OWN, writes=True),
    "participant:reverse_offer": Row(
        lambda w: {**_p(w), "offer_pk": w.a.reverse_offer.pk},
        OWN,
        variants=(lambda w: {**_p(w), "offer_pk": w.b.reverse_offer.pk},),
    ),
    "participant:reverse_offer_edit": Row(
        lambda w: {**_p(w), "offer_pk": w.a.reverse_offer.pk},
        OWN,
        writes=True,
        variants=(lambda w: {**_p(w), "offer_pk": w.b.reverse_offer.pk},),
    ),
    "participant:reverse_offer_status": Row(
        lambda w: {**_p(w), "offer_pk": w.a.reverse_offer.pk}, OWN, writes=True
    ),
    "participant:reverse_accept": Row(
        lambda w: {**_p(w), "application_pk": w.a.application.pk},
        OWN,
        writes=True,
        variants=(lambda w: {**_p(w), "application_pk": w.b.application.pk},),
    ),
    "participant:reverse_decline": Row(
        lambda w: {**_p(w), "application_pk": w.a.application.pk}, OWN, writes=True
    ),
    "participant:reverse_withdraw": Row(
        lambda w: {**_p(w), "application_pk": w.a.application.pk}, OWN, writes=True
    ),
    "participant:reverse_feedback": Row(
        lambda w: {**_p(w), "application_pk": w.a.application.pk},
        OWN,
        writes=True,
        variants=(lambda w: {**_p(w), "application_pk": w.b.application.pk},),
    ),
    "site:home": Row(
        None,
        expect(
            ok=(
                "coordinator",
                "other_coordinator",
                "admin",
            )
        ),
    ),
    "site:tutor_home": Row(None, TUTOR),
    "site:tutor_brief_pdf": Row(_s, TUTOR),
    "site:host_evaluation": Row(
        _s,
        expect(
            ok=(
                "tutor",
                "coordinator",
                "admin",
            )
        ),
        writes=True,
    ),
    "site:tutor_contact_mix": Row(None, TUTOR),
    "site:site_detail": Row(_site, SITE),
    "site:offer_add": Row(_site_sem, SITE, writes=True),
    "site:offer_edit": Row(
        lambda w: {**_site_sem(w), "pk": w.a.morning.pk},
        SITE,
        writes=True,
        variants=(lambda w: {**_site_sem(w), "pk": w.b.morning.pk},),
    ),
    "site:offer_delete": Row(lambda w: {**_site_sem(w), "pk": w.a.morning.pk}, SITE, writes=True),
    "site:offer_tutor": Row(
        lambda w: {**_site_sem(w), "pk": w.a.morning.pk},
        SITE,
        writes=True,
        variants=(lambda w: {**_site_sem(w), "pk": w.b.morning.pk},),
    ),
    "site:observers": Row(
        _site_sem, SITE, variants=(lambda w: {"site_pk": w.a.caf.pk, "seminar_pk": w.b.seminar.pk},)
    ),
    "site:brief_pdf": Row(_site_sem, SITE),
    "site:practical_info": Row(_site, SITE, writes=True),
    "site:tutor_add": Row(_site, SITE, writes=True),
    "site:tutor_edit": Row(
        lambda w: {**_site(w), "pk": w.a.caf_tutor.pk},
        SITE,
        writes=True,
        variants=(lambda w: {**_site(w), "pk": w.b.caf_tutor.pk},),
    ),
    "site:tutor_delete": Row(
        lambda w: {**_site(w), "pk": w.a.caf_tutor.pk},
        SITE,
        writes=True,
        variants=(lambda w: {**_site(w), "pk": w.b.caf_tutor.pk},),
    ),
    "site:tutor_invite": Row(lambda w: {**_site(w), "pk": w.a.caf_tutor.pk}, SITE, writes=True),
    "attendance:mine": Row(None, SIGNED_IN),
    "attendance:sign": Row(
        lambda w: {"participant_pk": w.a.helene.pk, "half_day": w.a.half_day_code}, OWN
    ),
    "attendance:kiosk_home": Row(_s, LEADS),
    "attendance:kiosk": Row(lambda w: {**_s(w), "half_day": w.a.half_day_code}, LEADS, writes=True),
    "attendance:kiosk_certify": Row(
        lambda w: {**_s(w), "half_day": w.a.half_day_code}, LEADS, writes=True
    ),
    "attendance:kiosk_sign": Row(
        lambda w: {
            **_s(w),
            "half_day": w.a.half_day_code,
            "participant_pk": w.a.helene.pk,
        },
        LEADS,
        variants=(
            lambda w: {**_s(w), "half_day": w.a.half_day_code, "participant_pk": w.b.helene.pk},
        ),
    ),
    "notebook:home": Row(
        None,
        expect(
            ok=(
                "participant",
                "unsigned_participant",
                "other_participant",
                "organizer",
                "other_organizer",
            )
        ),
    ),
    "notebook:immersion": Row(lambda w: {"pk": w.a.placement.pk}, OWN),
    "notebook:situation_add": Row(lambda w: {"pk": w.a.placement.pk}, OWN, writes=True),
    "notebook:astonishment_add": Row(lambda w: {"pk": w.a.placement.pk}, OWN, writes=True),
    "notebook:tutor_exchange": Row(lambda w: {"pk": w.a.placement.pk}, OWN, writes=True),
    "notebook:preview": Row(None, SIGNED_IN, writes=True),
    # An empty synchronisation is a 400 for everyone signed in (tests/www/test_notebook_api.py
    # checks each item's placement): the matrix only checks the door.
    "notebook:sync": Row(None, expect(), writes=True),
    "notebook:service_worker": Row(None, EVERYONE),
    "notebook:offline": Row(None, EVERYONE),
    "notebook:seminar": Row(_s, BACK_OFFICE),
    "notebook:placement_read": Row(
        lambda w: {"pk": w.a.placement.pk},
        expect(
            ok=(
                "participant",
                "organizer",
                "admin",
            )
        ),
    ),
    "notebook:contact_mix": Row(
        _site,
        expect(
            ok=(
                "coordinator",
                "organizer",
                "other_organizer",
                "admin",
            )
        ),
        writes=True,
    ),
    "contributions:moderate": Row(_s, LEADS),
    "contributions:contribution_action": Row(
        lambda w: {
            **_s(w),
            "pk": w.a.contribution.pk,
            "action": "masquer",
        },
        LEADS,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.contribution.pk, "action": "masquer"},),
    ),
    "contributions:group_create": Row(_s, LEADS, writes=True),
    "contributions:group_action": Row(
        lambda w: {**_s(w), "pk": w.a.group.pk, "action": "renommer"},
        LEADS,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.group.pk, "action": "renommer"},),
    ),
    "debrief:home": Row(
        None,
        expect(
            ok=(
                "expert",
                "organizer",
                "other_organizer",
                "admin",
            )
        ),
    ),
    "debrief:board": Row(_s, LEADS),
    "debrief:panel": Row(lambda w: {**_s(w), "slug": "citations"}, LEADS),
    "debrief:quote_action": Row(
        lambda w: {
            **_s(w),
            "kind": "astonishment",
            "source_id": w.a.astonishment.pk,
        },
        LEADS,
        writes=True,
        variants=(lambda w: {**_s(w), "kind": "astonishment", "source_id": w.b.astonishment.pk},),
    ),
    "debrief:synthesis": Row(lambda w: {**_s(w), "extension": "pdf"}, LEADS),
    "debrief:group_create": Row(_s, LEADS, writes=True),
    "debrief:group_delete": Row(
        lambda w: {**_s(w), "pk": w.a.quote_group.pk},
        LEADS,
        writes=True,
        variants=(lambda w: {**_s(w), "pk": w.b.quote_group.pk},),
    ),
}


# --- How the table is checked -------------------------------------------------------------


def sign_in(client: Client, user) -> None:
    """The only place the matrix signs people in: staff get a session whose second factor is
    verified, as after typing their code (the module-scoped world is built outside the
    function-scoped ``force_login`` shortcut of tests/conftest.py, so it is done here)."""
    client.force_login(user)
    if user.needs_second_factor:
        session = client.session
        session[VERIFIED_SESSION_KEY] = "matrix"
        session.save()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """One world for the module, in a transaction rolled back at its end; every request of
    an allowed role is rolled back too, so each row starts from the same database."""
    with django_db_blocker.unblock(), transaction.atomic():
        w = build_world()
        w.clients = {}
        for role in ROLES:
            w.clients[role] = Client()
            if w.users[role] is not None:
                sign_in(w.clients[role], w.users[role])
        w.baseline = snapshot()
        yield w
        transaction.set_rollback(True)


def _send(client, method, url):
    return getattr(client, method)(url, follow=False)


def _judge_denied(response, ghost_response) -> str | None:
    """None if the answer is a refusal that says nothing about the object, else why not."""
    outcome = classify(response)
    if outcome in (OK, LOGIN):
        return f"got {outcome} ({response.status_code})"
    if response.status_code == 404:
        return None
    if response.status_code == 403 and ghost_response is None:
        return None  # a role that sees the object elsewhere (Row.seen)
    if ghost_response is not None and not same_answer(response, ghost_response):
        return (
            f"got {response.status_code} but {ghost_response.status_code} for an object that "
            "does not exist: the answer confirms the object exists"
        )
    return None


def _client(world, role: str, row: Row) -> Client:
    """The role's signed-in client; a fresh one for a view that ends the session (called
    inside the request's transaction, so that signing in leaves no trace either)."""
    if not row.own_session:
        return world.clients[role]
    client = Client()
    if world.users[role] is not None:
        sign_in(client, world.users[role])
    return client


def check(world, name: str, kwargs: dict, wanted: dict, row: Row, only=None) -> list[str]:
    """``wanted``: role -> expected outcome, for the roles to check. ``only``: for a variant,
    the parameters it changes (the others are in scope)."""
    url = reverse(name, kwargs=kwargs)
    ghost_url = reverse(name, kwargs=ghost(kwargs, only)) if kwargs else url
    problems = []
    denied = [role for role in wanted if wanted[role] == DENIED]
    for role in wanted:
        if wanted[role] == DENIED:
            continue
        outcomes = []
        for method in ("get", "post"):
            with transaction.atomic():
                outcomes.append(classify(_send(_client(world, role, row), method, url)))
                transaction.set_rollback(True)
        shown = f"got GET {outcomes[0]} / POST {outcomes[1]}"
        if wanted[role] == OK and (OK not in outcomes or LOGIN in outcomes):
            problems.append(f"{role}: expected OK, {shown}")
        if wanted[role] == LOGIN and (LOGIN not in outcomes or set(outcomes) - {LOGIN, "405"}):
            problems.append(f"{role}: expected LOGIN, {shown}")
    if not denied:
        return [f"{name} {url}: {p}" for p in problems]
    # The roles refused: GET, POST (and PUT, DELETE on write views) change nothing at all.
    methods = ("get", "post", "put", "delete") if row.writes else ("get", "post")
    with transaction.atomic():
        for role in denied:
            for method in methods:
                client = _client(world, role, row)
                response = _send(client, method, url)
                ghost_response = None
                if response.status_code == 404 or role in row.seen:
                    pass
                elif ghost_url != url:
                    ghost_response = _send(client, method, ghost_url)
                else:
                    ghost_response = response  # no id in the URL: nothing to confirm
                why = _judge_denied(response, ghost_response)
                if why:
                    problems.append(f"{role}: expected DENIED on {method.upper()}, {why}")
        changed = changed_tables(world.baseline, snapshot())
        if changed:
            problems.append(f"a refused request changed {', '.join(changed)}")
        transaction.set_rollback(True)
    return [f"{name} {url}: {p}" for p in problems]


def test_every_url_pattern_has_a_row():
    names = [name for name in url_names() if not name.startswith("admin:")]
    missing = [name for name in names if name not in MATRIX]
    assert not missing, (
        "URL patterns without a row in the permission matrix "
        f"(tests/security/test_permission_matrix.py): {', '.join(missing)}"
    )
    stale = sorted(set(MATRIX) - set(names))
    assert not stale, f"rows of the matrix for URL patterns that no longer exist: {stale}"


@pytest.mark.parametrize("name", list(MATRIX))
def test_matrix_row(world, name):
    row = MATRIX[name]
    kwargs = row.kwargs(world) if row.kwargs else {}
    problems = check(world, name, kwargs, row.expect, row)
    # A variant mixes an object of the row's target with one of the other seminar: the roles
    # allowed on the target are refused it (the others are refused the target already).
    in_scope = {role: DENIED for role in ROLES if row.expect[role] == OK and role != "anonymous"}
    for variant in row.variants:
        mixed = variant(world)
        changed = {key for key, value in mixed.items() if kwargs.get(key) != value}
        problems += check(world, name, mixed, in_scope, row, only=changed)
    assert not problems, "\n".join(problems)


# --- The Django admin: administrators only -------------------------------------------------


def _admin_target(name: str) -> str:
    """The admin page ``name`` filled with an existing object (or a path for the unnamed
    patterns: the catch-all and the short object URL)."""
    from django.contrib import admin
    from django.contrib.contenttypes.models import ContentType

    from immersion.seminars.models import Seminar

    seminar = Seminar.objects.order_by("pk").first()
    short = name.removeprefix("admin:")
    if short == "<(?P<url>.*)$>":
        return "/admin/page-inexistante/"
    if short == "<<path:object_id>/>":
        return f"/admin/seminars/seminar/{seminar.pk}/"
    if short == "app_list":
        return reverse(name, kwargs={"app_label": "seminars"})
    if short == "view_on_site":
        content_type = ContentType.objects.get_for_model(Seminar)
        return reverse(name, kwargs={"content_type_id": content_type.pk, "object_id": seminar.pk})
    for model in admin.site._registry:
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        action = short.removeprefix(prefix)
        if short.startswith(prefix) and action in ("change", "delete", "history"):
            first = model._base_manager.order_by("pk").first()
            object_id = str(first.pk) if first else "9000000"
            return reverse(name, kwargs={"object_id": object_id})
    if short == "auth_user_password_change":  # UserAdmin's name, whatever the user model
        return reverse(name, kwargs={"id": str(seminar.organizers.first().pk)})
    return reverse(name)


ADMIN_NAMES = [name for name in url_names() if name.startswith("admin:")]


# django-dsfr's configuration form (its URL fields) warns about Django 6's default scheme.
@pytest.mark.filterwarnings("ignore:The default scheme will be changed")
@pytest.mark.parametrize("name", ADMIN_NAMES)
def test_admin_pattern_is_for_administrators_only(world, name):
    """Every page of the Django admin: a redirect to the admin's sign-in for everyone but
    administrators (staff), and nobody else's POST changes anything."""
    url = _admin_target(name)
    problems = []
    if name == "admin:logout":  # signing out is everyone's (fresh sessions: it ends them)
        for role in ROLES:
            with transaction.atomic():
                client = _client(world, role, Row(None, {}, own_session=True))
                outcome = classify(_send(client, "post", url))
                transaction.set_rollback(True)
            if outcome != (LOGIN if role == "anonymous" else OK):
                problems.append(f"{role}: POST got {outcome}")
    elif name != "admin:login":
        with transaction.atomic():
            for role in ROLES:
                if role == "admin":
                    continue
                for method in ("get", "post"):
                    outcome = classify(_send(world.clients[role], method, url))
                    if outcome != LOGIN:
                        problems.append(
                            f"{role}: expected LOGIN on {method.upper()}, got {outcome}"
                        )
            changed = changed_tables(world.baseline, snapshot())
            if changed:
                problems.append(f"a refused request changed {', '.join(changed)}")
            transaction.set_rollback(True)
    with transaction.atomic():
        response = _send(world.clients["admin"], "get", url)
        transaction.set_rollback(True)
    # An administrator opens every page (a 403 only where the model's admin refuses the
    # action to everybody, e.g. adding a task result by hand).
    if name != "admin:logout" and (classify(response) == LOGIN or response.status_code >= 500):
        problems.append(f"admin: got {response.status_code}")
    assert not problems, "\n".join(f"{name} {url}: {p}" for p in problems)


# --- What the pages open to a role show: the scope rules -----------------------------------


def _text(response) -> str:
    import html

    return html.unescape(response.content.decode())


def test_participant_sees_the_site_only_after_signing_the_commitment(world):
    paul, helene, caf = world.a.paul, world.a.helene, world.a.caf
    for name in ("participant:dashboard", "participant:programme", "participant:programme_ics"):
        unsigned = world.clients["unsigned_participant"].get(reverse(name, args=[paul.pk]))
        assert caf.name not in _text(unsigned), name
        assert caf.address not in _text(unsigned), name
    signed = world.clients["participant"].get(reverse("participant:programme", args=[helene.pk]))
    assert signed.status_code == 200
    assert caf.name in _text(signed)


def test_tutor_and_coordinator_see_only_their_observers(world):
    tutor_page = _text(world.clients["tutor"].get(reverse("site:tutor_home")))
    observers = _text(
        world.clients["coordinator"].get(
            reverse("site:observers", args=[world.a.caf.pk, world.a.seminar.pk])
        )
    )
    for page in (tutor_page, observers):
        assert world.a.helene.last_name in page
        assert world.b.helene.last_name not in page
        assert world.b.paul.last_name not in page


def test_organizers_and_experts_list_only_their_seminars(world):
    for role, name in (
        ("organizer", "organizer:seminar_list"),
        ("expert", "debrief:home"),
        ("other_organizer", "organizer:seminar_list"),
    ):
        page = _text(world.clients[role].get(reverse(name)))
        mine, theirs = (world.b, world.a) if role.startswith("other") else (world.a, world.b)
        assert mine.seminar.title in page, role
        assert theirs.seminar.title not in page, role


@pytest.mark.parametrize(
    "name", ["observatory:programme", "observatory:open_data", "observatory:search"]
)
def test_a_programme_manager_reads_only_their_programmes(world, name):
    client = world.clients["programme_manager"]
    assert client.get(reverse(name, kwargs={"pk": world.a.programme.pk})).status_code == 200
    assert client.get(reverse(name, kwargs={"pk": world.b.programme.pk})).status_code == 404
