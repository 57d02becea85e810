import pytest
from django.core.exceptions import ValidationError

from immersion.common.validators import normalise_insee_code, validate_insee_code


@pytest.mark.parametrize("code", ["35238", "75056", "2A004", "2B033", "97411", "01053", "97601"])
def test_valid_commune_codes(code):
    validate_insee_code(code)


@pytest.mark.parametrize(
    "code", ["99999", "00000", "3523", "ABCDE", "20001", "35000x", "96001", "35000", "97900", ""]
)
def test_invalid_commune_codes(code):
    with pytest.raises(ValidationError):
        validate_insee_code(code)


def test_spreadsheet_numbers_lose_their_decimal_part_and_codes_their_spaces():
    assert normalise_insee_code("35238.0") == "35238"
    assert normalise_insee_code(" 2a004 ") == "2A004"


def test_a_four_digit_code_is_never_padded_but_refused_with_its_reason():
    assert normalise_insee_code("1053") == "1053"
    assert normalise_insee_code("3523.0") == "3523"
    with pytest.raises(ValidationError) as exc:
        validate_insee_code(normalise_insee_code("3523"))
    assert exc.value.messages == [
        "Le code commune 3523 a 4 chiffres : un code INSEE en a 5, par ex. 35238"
    ]
