from django.conf import settings


class SiteConfig:
    """What django-dsfr's templates read from ``SITE_CONFIG``, without a database query."""

    site_title = settings.SITE_TITLE
    site_tagline = settings.SITE_TAGLINE
    header_brand = "République<br>Française"
    header_brand_html = "République<br>Française"
    footer_brand = "République<br>Française"
    footer_brand_html = "République<br>Française"
    footer_description = ""
    mourning = False
    beta_tag = True
    notice_title = ""
    notice_description = ""
    notice_link = ""
    notice_type = ""
    notice_icon_class = ""
    notice_is_collapsible = False
    accessibility_status = "NOT"
    operator_logo_file = None
    operator_logo_alt = ""
    operator_logo_width = 0
    newsletter_description = ""
    newsletter_url = ""
    social_media = ()


def site_config(request):
    return {"SITE_CONFIG": SiteConfig}


SECTIONS = {
    "seminar": "seminars",
    "programme": "seminars",
    "participant": "seminars",
    "offer": "seminars",
    "assignment": "seminars",
    "followup": "seminars",
    "outbox": "seminars",
    "logistics": "seminars",
    "training": "seminars",
    "site": "sites",
    "tutor": "sites",
}


def navigation(request):
    """Which main-menu entry is the current page's (for aria-current)."""
    match = getattr(request, "resolver_match", None)
    name = match.url_name if match else ""
    prefix = (name or "").split("_", 1)[0]
    return {"nav_section": SECTIONS.get(prefix, "")}
