import hashlib

import pytest
import rules
from django.core.exceptions import ValidationError

from immersion.common.choices import SEED_SITE_KINDS
from immersion.engagement.commitment import COMMITMENT_VERSION, commitment_digest, commitment_text
from immersion.engagement.models import Answer, Phase, QuestionnaireItem, Scale
from immersion.engagement.selectors import (
    has_signed_commitment,
    journey_steps,
    paired_answers,
    questionnaire_items,
)
from immersion.engagement.services import sign_commitment, submit_questionnaire
from immersion.seminars.services import mark_seminar_assigned, open_seminar, start_seminar
from tests.factories import ParticipantFactory, UserFactory, make_participant_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def participant(seminar):
    participant = ParticipantFactory(seminar=seminar)
    make_participant_account(participant)
    return participant


def all_values(phase, participant, value=4):
    return {
        item.code: value
        for item in questionnaire_items(phase, participant)
        if item.scale == Scale.LIKERT5
    }


def test_commitment_needs_the_box_ticked(participant):
    with pytest.raises(ValidationError):
        sign_commitment(actor=participant.user, participant=participant, accepted=False)
    assert not has_signed_commitment(participant)


def test_commitment_records_the_version_its_text_digest_and_the_time(participant):
    commitment = sign_commitment(actor=participant.user, participant=participant, accepted=True)
    assert commitment.version == COMMITMENT_VERSION
    assert commitment.text_digest == hashlib.sha256(commitment_text().encode()).hexdigest()
    assert commitment.text_digest == commitment_digest()
    assert commitment.signed_at is not None
    assert has_signed_commitment(participant)
    again = sign_commitment(actor=participant.user, participant=participant, accepted=True)
    assert again == commitment


def test_commitment_text_covers_secrecy_personal_data_and_photos():
    text = commitment_text()
    assert "secret professionnel" in text
    assert "aucune donnée personnelle des usagers" in text
    assert "aucune photo" in text


def test_host_sites_permission_follows_the_signature(participant):
    user = participant.user
    assert user.has_perm("engagement.sign_commitment", participant)
    assert not user.has_perm("engagement.view_host_sites", participant)
    sign_commitment(actor=user, participant=participant, accepted=True)
    assert user.has_perm("engagement.view_host_sites", participant)
    other = UserFactory(role="participant")
    assert not other.has_perm("engagement.view_host_sites", participant)
    assert not rules.test_rule("engagement.view_host_sites", UserFactory(), participant)


def test_item_bank_is_five_dimensions_for_each_site_kind_plus_channels_and_expectations():
    items = list(questionnaire_items(Phase.BEFORE))
    perception = [i for i in items if i.site_kind]
    assert len(perception) == 5 * len(SEED_SITE_KINDS) == 30
    assert {i.site_kind for i in perception} == {k.value for k in SEED_SITE_KINDS}
    assert len({i.dimension for i in perception}) == 5
    assert {i.channel for i in items if i.channel} == {
        "accueil_physique",
        "accueil_telephonique",
        "controle_sur_place",
    }
    [open_item] = [i for i in items if i.scale == Scale.OPEN]
    assert open_item.text == "Qu'attendez-vous de voir pendant vos immersions ?"
    assert all(i.version == 1 for i in items)
    # The expectations question is asked before only; every Likert item before and after,
    # and "after" has two open questions of its own.
    after = list(questionnaire_items(Phase.AFTER))
    assert open_item not in after and len(after) == len(items) - 1 + 2
    assert [i.text for i in after if i.scale == Scale.OPEN] == [
        "Ce qui vous a le plus étonné",
        "Ce que vous changeriez en premier",
    ]


def test_questionnaire_stores_one_answer_per_item_including_dont_know(participant):
    values = all_values(Phase.BEFORE, participant)
    values["perception.chrs.attente"] = None  # "je ne sais pas"
    response = submit_questionnaire(
        actor=participant.user,
        participant=participant,
        phase=Phase.BEFORE,
        values=values,
        texts={"attentes.avant": "Voir comment on accueille sans rendez-vous."},
    )
    assert response.answers.count() == 34
    chrs = response.answers.get(item__code="perception.chrs.attente")
    assert chrs.value is None
    text = response.answers.get(item__code="attentes.avant")
    assert text.free_text == "Voir comment on accueille sans rendez-vous." and text.value is None


def test_questionnaire_refuses_missing_answers_and_values_off_the_scale(participant):
    values = all_values(Phase.BEFORE, participant)
    del values["perception.caf.attente"]
    values["perception.cpam.contact"] = 9
    with pytest.raises(ValidationError) as exc:
        submit_questionnaire(
            actor=participant.user,
            participant=participant,
            phase=Phase.BEFORE,
            values=values,
            texts={},
        )
    assert set(exc.value.error_dict) == {"perception.caf.attente", "perception.cpam.contact"}
    assert not Answer.objects.exists()


def test_before_answers_change_until_the_seminar_starts(participant, organizer):
    seminar = participant.seminar
    submit_questionnaire(
        actor=participant.user,
        participant=participant,
        phase=Phase.BEFORE,
        values=all_values(Phase.BEFORE, participant, 2),
        texts={},
    )
    open_seminar(actor=organizer, seminar=seminar)
    mark_seminar_assigned(actor=organizer, seminar=seminar)
    response = submit_questionnaire(
        actor=participant.user,
        participant=participant,
        phase=Phase.BEFORE,
        values=all_values(Phase.BEFORE, participant, 3),
        texts={},
    )
    assert set(response.answers.exclude(item__scale="open").values_list("value", flat=True)) == {3}
    start_seminar(actor=organizer, seminar=seminar)
    seminar.refresh_from_db()
    with pytest.raises(ValidationError):
        submit_questionnaire(
            actor=participant.user,
            participant=participant,
            phase=Phase.BEFORE,
            values=all_values(Phase.BEFORE, participant),
            texts={},
        )


def test_after_questionnaire_pairs_with_the_items_answered_before(participant, organizer):
    seminar = participant.seminar
    submit_questionnaire(
        actor=participant.user,
        participant=participant,
        phase=Phase.BEFORE,
        values=all_values(Phase.BEFORE, participant, 2),
        texts={"attentes.avant": "De la file d'attente."},
    )
    # A new wording of one item after the "before" answers: "after" still asks version 1.
    old = QuestionnaireItem.objects.get(code="perception.caf.attente")
    old.retired = True
    old.save()
    QuestionnaireItem.objects.create(
        code="perception.caf.attente",
        version=2,
        dimension=old.dimension,
        site_kind="caf",
        text="Nouvelle formulation.",
        scale=Scale.LIKERT5,
    )
    open_seminar(actor=organizer, seminar=seminar)
    mark_seminar_assigned(actor=organizer, seminar=seminar)
    start_seminar(actor=organizer, seminar=seminar)
    seminar.refresh_from_db()
    after_items = list(questionnaire_items(Phase.AFTER, participant))
    assert old in after_items
    assert not any(i.version == 2 for i in after_items)
    submit_questionnaire(
        actor=participant.user,
        participant=participant,
        phase=Phase.AFTER,
        values=all_values(Phase.AFTER, participant, 4),
        texts={},
    )
    pairs = paired_answers(participant)
    assert len(pairs) == 33
    item, before, after = next(p for p in pairs if p[0].code == "perception.caf.attente")
    assert (item.version, before.value, after.value) == (1, 2, 4)
    # A newcomer gets the current wording.
    newcomer = ParticipantFactory(seminar=seminar)
    assert any(i.version == 2 for i in questionnaire_items(Phase.BEFORE, newcomer))


def test_journey_steps_follow_what_the_participant_did(participant):
    steps = {s.key: s for s in journey_steps(participant)}
    assert not any(s.done for s in steps.values())
    assert not steps["programme"].available
    sign_commitment(actor=participant.user, participant=participant, accepted=True)
    steps = {s.key: s for s in journey_steps(participant)}
    assert steps["commitment"].done and not steps["programme"].available  # not published


def test_item_bank_loads_again_without_duplicates():
    from immersion.engagement.item_bank import load_item_bank

    assert load_item_bank(QuestionnaireItem) == 0
    QuestionnaireItem.objects.filter(code="canal.accueil_physique").delete()
    assert load_item_bank(QuestionnaireItem) == 1
    assert QuestionnaireItem.objects.count() == 34 + 2
