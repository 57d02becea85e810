"""Assignment engine: places seminar participants in host-site slots (pure Python + CP-SAT).

No Django import here: the Django side builds an instance dict, calls :func:`solve` and reads
the :class:`Solution`. See docs/assignment.md.
"""

from immersion.assignment.check import check_assignment
from immersion.assignment.diagnosis import diagnose
from immersion.assignment.explain import explain_unplaced
from immersion.assignment.io import InstanceError, instance_to_dict, load_assignments, load_instance
from immersion.assignment.model import (
    Assignment,
    Instance,
    Participant,
    Site,
    Slot,
    Solution,
    Unplaced,
    Violation,
    Weights,
)
from immersion.assignment.scoring import objective, score_breakdown
from immersion.assignment.solver import solve

__all__ = [
    "Assignment",
    "Instance",
    "InstanceError",
    "Participant",
    "Site",
    "Slot",
    "Solution",
    "Unplaced",
    "Violation",
    "Weights",
    "check_assignment",
    "diagnose",
    "explain_unplaced",
    "instance_to_dict",
    "load_assignments",
    "load_instance",
    "objective",
    "score_breakdown",
    "solve",
]
