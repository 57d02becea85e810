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


def test_spreadsheet_codes_get_their_leading_zero_back():
    assert normalise_insee_code("1053") == "01053"
    assert normalise_insee_code("35238.0") == "35238"
    assert normalise_insee_code(" 2a004 ") == "2A004"
