"""Who leads the debrief: the seminar's organizers, administrators, and its experts."""

import rules

from immersion.accounts.rules import is_expert
from immersion.seminars.rules import can_manage_seminar, is_seminar_expert

# Seminar.experts links experts to the seminars they run (seminars.rules.is_seminar_expert).
leads_debrief = can_manage_seminar | (is_expert & is_seminar_expert)

rules.add_perm("debrief.curate_quotes", leads_debrief)
# Letting a quote leave the seminar (the programme's observatory, the open data): the
# seminar's experts, who curate the wall, and its organizers, who may curate it too.
rules.add_perm("debrief.mark_quotes_publishable", leads_debrief)
