import rules

from immersion.accounts.rules import is_expert
from immersion.people.rules import is_self
from immersion.seminars.rules import can_manage_seminar, is_seminar_expert

# The kiosk (the organizer's tablet on which participants sign) and the person in charge's
# signature: the seminar's organizers and its expert.
can_run_kiosk = can_manage_seminar | (is_expert & is_seminar_expert)

rules.add_perm("attendance.run_kiosk", can_run_kiosk)
# Signing a sheet on another day than the half-day's: organizers only, and it is logged.
rules.add_perm("attendance.override_day", can_manage_seminar)
# Organizers correct sheets (report a paper sheet, remove a signature recorded by mistake).
rules.add_perm("attendance.manage_sheets", can_manage_seminar)
# A participant signs their own sheet from their phone, never someone else's.
rules.add_perm("attendance.sign_own", is_self)
# Training documents: the programme, the sheets, the certificates.
rules.add_perm("attendance.view_training_documents", can_manage_seminar | is_seminar_expert)
