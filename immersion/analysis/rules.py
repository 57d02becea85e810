"""Who sees the debrief board: the seminar's organizers, administrators and its experts."""

import rules

from immersion.accounts.rules import is_expert, is_organizer
from immersion.debrief.rules import leads_debrief

rules.add_perm("analysis.view_debrief", leads_debrief)
# The "Mes séminaires" page of the people who may lead a debrief.
rules.add_perm("analysis.access_debrief_space", is_expert | is_organizer)
