from immersion.territory.models import Commune


def get_commune(code: str) -> Commune | None:
    if not code:
        return None
    return Commune.objects.filter(code=code).first()


def communes_by_code(codes) -> dict[str, Commune]:
    return {c.code: c for c in Commune.objects.filter(code__in=set(codes))}
