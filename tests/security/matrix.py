"""The permission matrix's machinery: roles, outcomes, rows, and how a response is judged.

The table itself is ``tests/security/test_permission_matrix.py: MATRIX``; this module holds
what it is written with, so that the table stays a table.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

ROLES = (
    "anonymous",
    "participant",  # seminar A's participant, commitment signed, placed at A's Caf
    "unsigned_participant",  # seminar A's participant who has not signed the commitment
    "other_participant",  # seminar B's participant
    "tutor",  # the tutor of A's Caf, who hosts A's participants
    "coordinator",  # the coordinator of A's Caf
    "other_coordinator",  # the coordinator of B's Caf
    "expert",  # the expert who runs seminar A
    "organizer",  # the organizer of seminar A (and owner of A's sites)
    "other_organizer",  # the organizer of seminar B
    "admin",  # a platform administrator
    "programme_manager",  # the manager of seminar A's programme (aggregates only)
)

# What a role gets on a URL.
OK = "ok"  # 200/204, or a redirect that is not to a sign-in page
LOGIN = "login"  # a redirect to the sign-in page (or the admin's)
DENIED = "denied"  # 404; or 403/405 only if answered the same for an object that does not exist

# Statuses that never confirm anything: a 405 says the method is not accepted, whoever asks.
NEUTRAL = {405}


@dataclass(frozen=True)
class Row:
    """One URL pattern: how to fill its parameters and what each role gets.

    ``kwargs``: a function of the world (``world.py``) giving the URL's parameters, pointing
    at seminar A's objects. ``expect``: role -> OK / LOGIN / DENIED, for every role of
    ``ROLES``. ``writes``: the view changes data on POST (PUT/DELETE are sent too): the
    roles DENIED must change nothing. ``variants``: other parameters that mix an object of
    the user's scope with one outside it (e.g. A's site with B's offer): DENIED to the
    roles allowed on the target (the others are refused the target itself). ``own_session``: the view ends the session (sign-out), so each
    request gets a freshly signed-in client. ``seen``: DENIED roles to whom the object is
    shown elsewhere (the shared catalogue of host sites): their 403 says "you may not change
    it", not "it exists", and is not compared with a missing object's answer.
    """

    kwargs: Callable | None
    expect: Mapping[str, str]
    writes: bool = False
    variants: tuple[Callable, ...] = field(default_factory=tuple)
    own_session: bool = False  # signs the user out: checked with sessions of its own
    seen: tuple[str, ...] = ()  # DENIED roles who see the object elsewhere (see below)


def expect(*, ok=(), denied=(), login=("anonymous",), default=DENIED) -> dict[str, str]:
    """Build a row's expectations: listed roles OK / LOGIN, every other role ``default``."""
    table = {role: default for role in ROLES}
    for role in denied:
        table[role] = DENIED
    for role in ok:
        table[role] = OK
    for role in login:
        table[role] = LOGIN
    unknown = (set(ok) | set(denied) | set(login)) - set(ROLES)
    assert not unknown, f"unknown roles {unknown}"
    return table


def url_names(patterns=None, namespace=None):
    """Every named URL pattern of the project, fully qualified, from the resolver."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            # An unnamed pattern (the admin's catch-all) is keyed by its route.
            name = pattern.name or f"<{pattern.pattern}>"
            yield f"{namespace}:{name}" if namespace else name


def ghost(kwargs: dict, only=None) -> dict:
    """The same parameters with every id (or those named in ``only``) pointing at nothing."""
    return {
        k: 9_000_000 + n if isinstance(v, int) and (only is None or k in only) else v
        for n, (k, v) in enumerate(kwargs.items())
    }


def classify(response) -> str:
    """OK, LOGIN, or the status code as a string."""
    if response.status_code in (301, 302, 303):
        location = response["Location"]
        # The sign-in page, the admin's, or the staff's second step (a staff session not yet
        # verified reaches nothing else: the matrix signs staff in verified, so this would be
        # a regression of ``sign_in``).
        if location.startswith(("/connexion/?", "/admin/login/?", "/connexion/verification/")):
            return LOGIN
        return OK
    if response.status_code in (200, 204):
        return OK
    if response.status_code == 401:  # the notebook's JSON API, signed out
        return LOGIN
    return str(response.status_code)


def same_answer(a, b) -> bool:
    if a.status_code != b.status_code:
        return False
    if a.status_code in (301, 302, 303):
        return a["Location"] == b["Location"]
    return True


# Tables whose rows a refused request may write: the session of the signed-in test client.
SNAPSHOT_SKIP = {"sessions.session"}


def snapshot() -> dict:
    """Every row of every table, to prove a refused write changed nothing."""
    state = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in SNAPSHOT_SKIP:
            continue
        state[label] = list(model._base_manager.order_by("pk").values_list())
    return state


def changed_tables(before: dict, after: dict) -> list[str]:
    return sorted(label for label in before if before[label] != after.get(label))
