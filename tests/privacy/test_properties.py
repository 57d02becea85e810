"""Property tests: generated secrets inside sentences made of protected terms are always
caught, and their digits never survive."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import iban as std_iban
from stdnum.fr import nir as std_nir

from tests.privacy.test_keep_list import KEEP_SENTENCES

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DEPARTMENTS = [f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B", "97", "99"]


@st.composite
def nirs(draw, valid: bool = True) -> str:
    body = (
        draw(st.sampled_from("12"))
        + f"{draw(st.integers(0, 99)):02d}"
        + f"{draw(st.integers(1, 12)):02d}"
        + draw(st.sampled_from(DEPARTMENTS))
        + f"{draw(st.integers(1, 990)):03d}"
        + f"{draw(st.integers(1, 999)):03d}"
    )
    key = std_nir.calc_check_digits(body)
    if not valid:
        key = f"{(int(key) + draw(st.integers(1, 95))) % 97 + 1:02d}"
    compact = body + key
    layout = draw(st.sampled_from(["compact", "spaced", "dotted", "key"]))
    groups = [compact[0], compact[1:3], compact[3:5], compact[5:7], compact[7:10]]
    groups += [compact[10:13], compact[13:]]
    return {
        "compact": compact,
        "spaced": " ".join(groups),
        "dotted": ".".join(groups),
        "key": compact[:13] + " " + compact[13:],
    }[layout]


@st.composite
def ibans(draw) -> str:
    bban = "".join(str(draw(st.integers(0, 9))) for _ in range(23))
    check = 98 - int("".join(str(int(ch, 36)) for ch in bban + "FR00")) % 97
    number = f"FR{check:02d}{bban}"
    assert std_iban.is_valid(number)
    return std_iban.format(number) if draw(st.booleans()) else number


@st.composite
def phones(draw) -> str:
    first = draw(st.sampled_from("1234567 9"))
    first = "6" if first == " " else first
    pairs = [f"{draw(st.integers(0, 99)):02d}" for _ in range(4)]
    sep = draw(st.sampled_from([" ", ".", "-", ""]))
    prefix = draw(st.sampled_from(["0", "+33 ", "+33 (0)", "0033 "]))
    return prefix + first + (sep if prefix == "0" else " ") + sep.join(pairs)


def sentence_with(draw, secret: str) -> tuple[str, str]:
    before = draw(st.sampled_from(KEEP_SENTENCES))
    after = draw(st.sampled_from(KEEP_SENTENCES))
    glue = draw(st.sampled_from([" Numéro : ", " Elle donne le ", " (", " → "]))
    return f"{before}{glue}{secret} {after}", secret


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


@SETTINGS
@given(data=st.data(), valid=st.booleans())
def test_any_nir_is_caught_and_its_digits_never_survive(redactor, data, valid):
    text, secret = sentence_with(data.draw, data.draw(nirs(valid=valid)))
    result = redactor.redact(text)
    assert secret not in result.text
    assert digits(secret) not in digits(result.text)
    assert any(text[s.start : s.end] == secret and s.label == "NIR" for s in result.spans)


@SETTINGS
@given(data=st.data())
def test_any_iban_is_caught(redactor, data):
    text, secret = sentence_with(data.draw, data.draw(ibans()))
    result = redactor.redact(text)
    assert secret not in result.text
    assert digits(secret)[-12:] not in digits(result.text)
    assert any(text[s.start : s.end] == secret and s.label == "IBAN" for s in result.spans)


@SETTINGS
@given(data=st.data())
def test_any_phone_number_is_caught(redactor, data):
    text, secret = sentence_with(data.draw, data.draw(phones()))
    result = redactor.redact(text)
    assert secret not in result.text
    assert digits(secret)[-8:] not in digits(result.text)


@SETTINGS
@given(before=st.sampled_from(KEEP_SENTENCES), after=st.sampled_from(KEEP_SENTENCES))
def test_keep_sentences_glued_together_are_unchanged(redactor, before, after):
    text = f"{before} {after}"
    assert redactor.redact(text).text == text


@SETTINGS
@given(text=st.text(max_size=200))
def test_spans_are_sorted_non_overlapping_and_inside_the_text(rules_only, text):
    result = rules_only.redact(text)
    previous_end = 0
    for span in result.spans:
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end


def test_a_nir_after_le_is_no_iban_even_when_its_checksum_says_so(redactor):
    """Found by the property above: "le" + the digits passed the IBAN checksum."""
    text = "Elle donne le 1000734149007 04 au guichet."
    assert [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans] == [
        ("1000734149007 04", "NIR")
    ]
