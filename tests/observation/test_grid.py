from immersion.common.choices import SEED_SITE_KINDS, Channel, SiteKind
from immersion.observation import grid
from immersion.observation.models import Situation


def test_every_site_kind_has_its_reasons_with_other_last():
    for kind in SiteKind:
        reasons = grid.contact_reasons(kind)
        codes = grid.codes(reasons)
        assert len(codes) == len(set(codes)) >= 3
        assert codes[-1] == "autre"
    caf = [str(c.label) for c in grid.contact_reasons(SiteKind.CAF)]
    for label in ["RSA", "Prime d'activité", "Aides au logement (APL, ALS, ALF)", "AAH"]:
        assert label in caf
    assert "Compte ameli" in [str(c.label) for c in grid.contact_reasons(SiteKind.CPAM)]
    assert "Domiciliation" in [str(c.label) for c in grid.contact_reasons(SiteKind.CCAS)]


def test_on_site_inspections_list_what_is_checked_for_caf_and_cpam_only():
    caf = grid.codes(grid.contact_reasons(SiteKind.CAF, Channel.CONTROLE_SUR_PLACE))
    assert "controle_composition_foyer" in caf and "rsa" not in caf
    assert "controle_arret_travail" in grid.codes(
        grid.contact_reasons(SiteKind.CPAM, Channel.CONTROLE_SUR_PLACE)
    )
    # A site may declare all its reasons, whatever the channel.
    declared = grid.codes(grid.site_contact_reasons(SiteKind.CAF))
    assert {"rsa", "controle_ressources", "autre"} <= set(declared)
    assert declared[-1] == "autre"


def test_every_channel_has_the_common_checks_then_its_own_each_with_a_source():
    for channel in Channel:
        checks = grid.checks_for(channel)
        assert checks[: len(grid.COMMON_CHECKS)] == grid.COMMON_CHECKS
        assert len(checks) > len(grid.COMMON_CHECKS)
        for check in checks:
            assert str(check.source)
            if check.field:
                assert check.field in {f.name for f in Situation._meta.fields}
    phone = grid.codes(grid.checks_for(Channel.ACCUEIL_TELEPHONIQUE))
    assert "sent_to_website" in phone and "waiting_seated" not in phone
    assert "rights_reminded" in grid.codes(grid.checks_for(Channel.CONTROLE_SUR_PLACE))
    assert grid.counts_rings(Channel.ACCUEIL_TELEPHONIQUE)
    assert not grid.counts_rings(Channel.ACCUEIL_PHYSIQUE)


def test_the_grid_names_services_publics_plus_and_marianne():
    sources = {str(c.source) for channel in Channel for c in grid.checks_for(channel)}
    assert any(s.startswith("Services Publics+") for s in sources)
    assert "Marianne" in sources
    assert [str(name) for name, _text in grid.SOURCES][:2] == ["Services Publics+", "Marianne"]


def test_friction_and_state_lists_hold_the_issue_s_items():
    frictions = [str(c.label) for c in grid.FRICTIONS]
    for label in [
        "Attente",
        "Dématérialisation",
        "Pièce manquante",
        "Langue",
        "Incompréhension",
        "Renvoi vers un autre service",
        "Délai de traitement",
    ]:
        assert label in frictions
    states = grid.codes(grid.USER_STATES)
    for code in ["calme", "inquiet", "presse", "en_colere", "en_detresse", "accompagne"]:
        assert code in states
    assert len(SEED_SITE_KINDS) == 6
