"""The choropleth's classes (plain Python): quantiles of the published values, withheld
departments in their own class, equal values in one class."""

import pytest

from immersion.analysis.choropleth import NO_DATA, SECRET, quantile_classes


def test_ten_values_make_five_classes_of_two():
    values = {str(n): n for n in range(1, 11)}
    classes = quantile_classes({**values, "99": SECRET, "98": None})
    assert [(c.low, c.high, c.count, c.tone) for c in classes.classes] == [
        (1, 2, 2, 1),
        (3, 4, 2, 2),
        (5, 6, 2, 3),
        (7, 8, 2, 4),
        (9, 10, 2, 5),
    ]
    assert classes.css("10") == "5" and classes.css("99") == SECRET
    assert classes.css("98") == NO_DATA and classes.css("absent") == NO_DATA
    assert classes.secret == 1 and classes.known == 10


def test_equal_values_share_a_class_and_tones_span_the_palette():
    classes = quantile_classes({"a": 4, "b": 4, "c": 4, "d": 9})
    assert [(c.low, c.high, c.tone) for c in classes.classes] == [(4, 4, 1), (9, 9, 5)]
    assert quantile_classes({"a": 3}).css("a") == "5"
    assert quantile_classes({}).classes == ()


def test_a_secret_never_gets_a_tone():
    classes = quantile_classes({"a": SECRET, "b": SECRET})
    assert classes.classes == () and set(classes.of.values()) == {SECRET}
    with pytest.raises(ValueError, match="au moins une classe"):
        quantile_classes({"a": 1}, classes=0)
