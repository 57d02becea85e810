import datetime as dt
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from immersion.attendance import services
from immersion.attendance.images import clean_signature_image
from immersion.attendance.models import AttendanceCode, Signature, SignatureMethod
from immersion.common.models import AuditEntry
from immersion.notifications.models import OutgoingEmail
from immersion.people.services import withdraw_participant
from tests.factories import ParticipantFactory, UserFactory, at_paris, frozen_clock, signature_png

pytestmark = pytest.mark.django_db

DAY2 = dt.date(2027, 3, 19)  # the seminar fixture starts on 18 March 2027


@pytest.fixture
def participant(seminar):
    return ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou")


def _code_from(message) -> str:
    return re.search(r"\b(\d{6})\b", message.body).group(1)


def test_participant_signs_a_half_day_by_drawing_on_its_day(participant, organizer):
    with frozen_clock(at_paris(DAY2, "09:05")):
        signature = services.sign_attendance(
            actor=organizer,
            participant=participant,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )
    assert signature.method == SignatureMethod.DRAWN
    assert signature.image.startswith("data:image/png;base64,")
    assert signature.signer_name == "Claire Guillou"
    assert signature.signed_at == at_paris(DAY2, "09:05")
    assert not signature.out_of_day
    assert AuditEntry.objects.filter(action="attendance.sign").count() == 1


def test_a_sheet_cannot_be_signed_on_another_day(participant):
    with frozen_clock(at_paris(DAY2 + dt.timedelta(days=1))), pytest.raises(ValidationError) as exc:
        services.sign_attendance(
            actor=participant.user,
            participant=participant,
            half_day="J2-matin",
            image=signature_png(),
            place="own_device",
        )
    assert "ne peut être signée que le vendredi 19 mars 2027" in exc.value.messages[0]
    assert not Signature.objects.exists()


def test_organizer_may_override_the_day_and_it_is_logged(participant, organizer):
    with frozen_clock(at_paris(DAY2 + dt.timedelta(days=3))):
        signature = services.sign_attendance(
            actor=organizer,
            participant=participant,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
            override=True,
        )
    assert signature.out_of_day
    assert AuditEntry.objects.filter(action="attendance.override_day").exists()


def test_another_seminars_organizer_cannot_override_the_day(participant):
    stranger = UserFactory(role="organizer")
    with frozen_clock(at_paris(DAY2 + dt.timedelta(days=3))), pytest.raises(ValidationError):
        services.sign_attendance(
            actor=stranger,
            participant=participant,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
            override=True,
        )


def test_empty_or_forged_drawings_are_refused_in_french():
    with pytest.raises(ValidationError, match="La signature est vide"):
        clean_signature_image(signature_png(ink=False))
    with pytest.raises(ValidationError, match="n'a pas pu être lue"):
        clean_signature_image("data:image/png;base64,PHN2Zz48L3N2Zz4=")
    with pytest.raises(ValidationError, match="n'a pas pu être lue"):
        clean_signature_image("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")


def test_stored_drawing_is_cropped_and_reencoded():
    cleaned = clean_signature_image(signature_png(size=(1200, 500)))
    import base64
    import io

    from PIL import Image

    with Image.open(io.BytesIO(base64.b64decode(cleaned.split(",", 1)[1]))) as image:
        assert image.width <= 600 and image.height <= 200


def test_a_half_day_is_signed_only_once(participant, organizer):
    with frozen_clock(at_paris(DAY2)):
        services.sign_attendance(
            actor=organizer,
            participant=participant,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )
        with pytest.raises(ValidationError, match="a déjà émargé cette demi-journée"):
            services.sign_attendance(
                actor=organizer,
                participant=participant,
                half_day="J2-matin",
                image=signature_png(),
                place="kiosk",
            )


def test_withdrawn_participant_cannot_sign(participant, organizer):
    withdraw_participant(actor=organizer, participant=participant)
    with frozen_clock(at_paris(DAY2)), pytest.raises(ValidationError, match="désisté"):
        services.sign_attendance(
            actor=organizer,
            participant=participant,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )


def test_unknown_half_day_is_refused(participant, organizer):
    with frozen_clock(at_paris(DAY2)), pytest.raises(ValidationError, match="ne figure pas"):
        services.sign_attendance(
            actor=organizer,
            participant=participant,
            half_day="J3-matin",
            image=signature_png(),
            place="kiosk",
        )


def test_one_time_code_is_sent_by_email_hashed_at_rest_and_signs(
    participant, django_capture_on_commit_callbacks
):
    with frozen_clock(at_paris(DAY2, "13:10")):
        with django_capture_on_commit_callbacks(execute=True):
            record = services.request_attendance_code(
                actor=None, participant=participant, half_day="J2-apres-midi", place="own_device"
            )
        [message] = mail.outbox
        assert message.to == [participant.email]
        code = _code_from(message)
        assert "valable 10 minutes" in message.body
        assert code not in message.subject
        record.refresh_from_db()
        assert code not in record.code_hash and len(record.code_hash) == 64
        signature = services.sign_attendance_with_code(
            actor=None,
            participant=participant,
            half_day="J2-apres-midi",
            code=code,
            place="own_device",
        )
    assert signature.method == SignatureMethod.CODE and signature.image == ""
    record.refresh_from_db()
    assert record.used_at is not None
    # The code never appears in the outbox, where the organizers running the signing read.
    email = OutgoingEmail.objects.get()
    assert code not in email.body_text and code not in email.body_html
    assert "[code personnel]" in email.body_text and "[code personnel]" in email.body_html


def test_wrong_code_is_refused_with_the_attempts_left(
    participant, django_capture_on_commit_callbacks
):
    with frozen_clock(at_paris(DAY2, "13:10")):
        with django_capture_on_commit_callbacks(execute=True):
            services.request_attendance_code(
                actor=None, participant=participant, half_day="J2-apres-midi", place="own_device"
            )
        code = _code_from(mail.outbox[0])
        wrong = "000000" if code != "000000" else "111111"
        with pytest.raises(ValidationError) as exc:
            services.sign_attendance_with_code(
                actor=None,
                participant=participant,
                half_day="J2-apres-midi",
                code=wrong,
                place="own_device",
            )
    assert exc.value.message_dict["code"] == ["Code incorrect. Il vous reste 4 essai(s)."]
    assert AttendanceCode.objects.get().attempts == 1
    assert not Signature.objects.exists()


def test_code_is_locked_after_five_wrong_attempts(participant, django_capture_on_commit_callbacks):
    with frozen_clock(at_paris(DAY2, "13:10")):
        with django_capture_on_commit_callbacks(execute=True):
            services.request_attendance_code(
                actor=None, participant=participant, half_day="J2-apres-midi", place="own_device"
            )
        code = _code_from(mail.outbox[0])
        wrong = "000000" if code != "000000" else "111111"
        for _i in range(5):
            with pytest.raises(ValidationError):
                services.sign_attendance_with_code(
                    actor=None,
                    participant=participant,
                    half_day="J2-apres-midi",
                    code=wrong,
                    place="own_device",
                )
        with pytest.raises(ValidationError, match="Trop d'essais"):
            services.sign_attendance_with_code(
                actor=None,
                participant=participant,
                half_day="J2-apres-midi",
                code=code,
                place="own_device",
            )


def test_expired_code_is_refused(participant, django_capture_on_commit_callbacks):
    with frozen_clock(at_paris(DAY2, "13:10")):
        with django_capture_on_commit_callbacks(execute=True):
            services.request_attendance_code(
                actor=None, participant=participant, half_day="J2-apres-midi", place="own_device"
            )
    code = _code_from(mail.outbox[0])
    with frozen_clock(at_paris(DAY2, "13:21")), pytest.raises(ValidationError) as exc:
        services.sign_attendance_with_code(
            actor=None,
            participant=participant,
            half_day="J2-apres-midi",
            code=code,
            place="own_device",
        )
    assert exc.value.message_dict["code"] == [
        "Ce code a expiré ou n'est plus valable : demandez un nouveau code."
    ]


def test_a_new_code_replaces_the_previous_one_but_not_within_a_minute(
    participant, django_capture_on_commit_callbacks
):
    with frozen_clock(at_paris(DAY2, "13:10")):
        with django_capture_on_commit_callbacks(execute=True):
            services.request_attendance_code(
                actor=None, participant=participant, half_day="J2-apres-midi", place="own_device"
            )
        with pytest.raises(ValidationError, match="attendez une minute"):
            services.request_attendance_code(
                actor=None, participant=participant, half_day="J2-apres-midi", place="own_device"
            )
    first = _code_from(mail.outbox[0])
    with frozen_clock(at_paris(DAY2, "13:12")):
        with django_capture_on_commit_callbacks(execute=True):
            services.request_attendance_code(
                actor=None, participant=participant, half_day="J2-apres-midi", place="own_device"
            )
        second = _code_from(mail.outbox[1])
        if first != second:
            with pytest.raises(ValidationError, match="Code incorrect"):
                services.sign_attendance_with_code(
                    actor=None,
                    participant=participant,
                    half_day="J2-apres-midi",
                    code=first,
                    place="own_device",
                )
        services.sign_attendance_with_code(
            actor=None,
            participant=participant,
            half_day="J2-apres-midi",
            code=second,
            place="own_device",
        )
    assert Signature.objects.get().method == "code"


def test_person_in_charge_certifies_the_sheet(seminar, organizer):
    with frozen_clock(at_paris(DAY2, "18:00")):
        signature = services.certify_attendance_sheet(
            actor=organizer, seminar=seminar, half_day="J2-apres-midi", image=signature_png()
        )
    assert signature.participant is None and signature.signer == organizer
    assert signature.signer_function == "Organisateur"


def test_an_expert_of_another_seminar_cannot_certify(seminar):
    outsider = UserFactory(role="expert")
    with (
        frozen_clock(at_paris(DAY2)),
        pytest.raises(ValidationError, match="Seuls les organisateurs"),
    ):
        services.certify_attendance_sheet(
            actor=outsider, seminar=seminar, half_day="J2-matin", image=signature_png()
        )


def test_paper_sheet_presences_are_recorded_once(seminar, organizer, participant):
    other = ParticipantFactory(seminar=seminar)
    assert (
        services.record_paper_attendance(
            actor=organizer,
            seminar=seminar,
            half_day="J1-apres-midi",
            participants=[participant, other],
        )
        == 2
    )
    assert (
        services.record_paper_attendance(
            actor=organizer, seminar=seminar, half_day="J1-apres-midi", participants=[participant]
        )
        == 0
    )
    assert set(Signature.objects.values_list("method", flat=True)) == {"paper"}
