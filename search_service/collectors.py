"""A Whoosh collector that applies our numpy filter mask and a time limit together.

Whoosh's ``TimeLimitCollector`` calls its child's ``collect`` directly, which skips the
filtering step of a ``FilterCollector`` child: filtered searches under a time limit
returned unfiltered hits. This collector does both in one loop, reading the filter from
the boolean mask the facet code already built (no Python set of document numbers).
"""
from __future__ import annotations

import numpy as np
from whoosh.collectors import TimeLimit, TimeLimitCollector


class MaskedTimeLimitCollector(TimeLimitCollector):
    def __init__(self, child, timelimit: float, allowed: np.ndarray | None):
        super().__init__(child, timelimit=timelimit, use_alarm=False)
        self.allowed = allowed

    def collect_matches(self):
        child, allowed = self.child, self.allowed
        offset = child.offset
        for sub_docnum in child.matches():
            if self.timedout:
                raise TimeLimit
            if allowed is None or allowed[offset + sub_docnum]:
                child.collect(sub_docnum)
