import pytest

from immersion.common.choices import Diet
from immersion.common.diet_migration import parse_diet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ("", "")),
        ("   ", ("", "")),
        ("Végétarien", ("vegetarien", "")),
        ("Végétarienne", ("vegetarien", "")),
        ("vegetarien ", ("vegetarien", "")),
        ("VÉGÉTARIENNE.", ("vegetarien", "")),
        ("Vegan", ("vegetalien", "")),
        ("Végétalienne", ("vegetalien", "")),
        ("pas de porc", ("sans_porc", "")),
        ("Sans porc", ("sans_porc", "")),
        ("Halal", ("halal", "")),
        ("kasher", ("casher", "")),
        ("Sans gluten", ("sans_gluten", "")),
        ("cœliaque", ("sans_gluten", "")),
        ("Intolérance au lactose", ("sans_lactose", "")),
        ("aucun", ("aucun", "")),
        ("RAS", ("aucun", "")),
        ("Allergie aux arachides", ("allergie", "Allergie aux arachides")),
        ("allergique aux fruits à coque", ("allergie", "allergique aux fruits à coque")),
        ("Allergie : arachides", ("allergie", "arachides")),
        ("Sans porc (pas de gélatine)", ("sans_porc", "pas de gélatine")),
        ("végétarien, poisson accepté", ("vegetarien", "végétarien, poisson accepté")),
        ("végétarien et sans gluten", ("autre", "végétarien et sans gluten")),
        ("Pas de sel", ("autre", "Pas de sel")),
    ],
)
def test_free_text_diets_map_to_choices_and_nothing_typed_is_lost(text, expected):
    assert parse_diet(text) == expected


def test_every_code_it_returns_is_a_diet_choice():
    codes = {parse_diet(t)[0] for t in ["végé", "halal", "allergie noix", "xyz", "aucun"]}
    assert codes <= set(Diet.values)
