import rules

from immersion.seminars.rules import can_manage_seminar

# Guests of the meals and the printed lists: the seminar's organizers.
rules.add_perm("logistics.manage_guests", can_manage_seminar)
