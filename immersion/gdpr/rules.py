"""Who reads the audit log and who exports or erases a person's data."""

import rules

from immersion.accounts.rules import is_organizer, is_platform_admin

# Organizers read their own seminars' entries (scoped by gdpr.selectors); admins all.
rules.add_perm("gdpr.view_audit_log", is_organizer)
# Access and erasure: platform administrators only.
rules.add_perm("gdpr.manage_personal_data", is_platform_admin)
# The same as a plain rule, for the header's menu: testing a rule asks no authentication
# backend (a refused permission would make Django's ModelBackend query the database).
rules.add_rule("gdpr.manage_personal_data", is_platform_admin)
