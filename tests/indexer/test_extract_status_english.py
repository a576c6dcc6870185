"""Stage wordings of English (and a few Bulgarian) practice texts, written for coverage in our own
words (not taken from any gold page or probe), on a page of 2025-11-01; negative rows say what must
not match. Mirrors ``WORDINGS`` in test_extract_status.py."""
from __future__ import annotations

import pytest

from indexer.extract.fact import Fact
from indexer.extract.status import extract_status

WORDINGS = [
    # a "phase" label names the stage like a "status" label
    ("Clean Rivers Network\nCurrent phase: Implementation (year 2 of 3)\nPartners are cleaning the banks.", "ongoing"),
    ("Day centre for the elderly\nProject phase: Closed (follow-up period until 2029)\nThe centre serves 40 people.",
     "completed"),
    ("Детска площадка\nТекуща фаза: в изпълнение\nСтроителите полагат настилката.", "ongoing"),
    # a bare "Phase" heads a work plan, not a stage
    ("Work plan\nPhase – implementation of the awareness campaign in schools", None),
    # applied: a bid for a sum, a backshifted submission, a proposal named before its verb, awaiting a decision,
    # one of the applicants
    ("Lovech has bid for EUR 900,000 from the Human Resources Programme to open a youth centre.", "applied"),
    ("The deputy mayor said the application had been submitted a week before the deadline.", "applied"),
    ("The town's proposal for a solar roof on the sports hall was submitted on 14 May.", "applied"),
    ("The project for new street lighting is awaiting a decision.", "applied"),
    ("Belene is one of 22 towns that applied under the school-yard call last month.", "applied"),
    ("Общината е сред 15-те общини, подали предложения по процедурата за енергийна ефективност.", "applied"),
    # (a scheme's many applicants are no stage of this project)
    ("More than 200 schools submitted proposals in the first round of the scheme.", None),
    # approved: the pluperfect, among the approved with the noun left out, a funder approving what it funds
    ("The ministry announced that the town's bid for a new library had been approved.", "approved"),
    ("Lom's application was among the 9 approved under the first call.", "approved"),
    ("The managing authority has approved the cross-border cycling route of the two towns.", "approved"),
    ("The proposal of the school came second out of 31 proposals and was selected for funding.", "approved"),
    # (a council approving its own plan names no funder)
    ("The municipal council has approved the annual plan for street cleaning.", None),
    # ongoing: reported speech, the perfect continuous, halfway through
    ("The mayor told the council that the construction of the bridge was progressing on schedule.", "ongoing"),
    ("He added that the works on the clinic were on track.", "ongoing"),
    ("Since March 2025 the municipality has been implementing the project \"Green Yards\".", "ongoing"),
    ("Halfway through the project, volunteers have planted 300 of the trees.", "ongoing"),
    ("По средата на проекта екипът вече е обучил 60 младежи.", "ongoing"),
    # a part ended, the project went on
    ("The test phase of the \"Bright Streets\" project ended in April. The rest of the lamps are being installed now.",
     "ongoing"),
    # completed: brought to a close
    ("A concert in the square on Saturday brought the three-year project \"Music for All\" to a close.", "completed"),
    ("The last workshop was held in May, bringing the project to an end.", "completed"),
    # a standing policy's periodic check is no completion
    ("The waste strategy is updated every three years; the latest review was completed in March 2025.", None),
]


@pytest.mark.parametrize("text, expected", WORDINGS)
def test_stage_wordings(text, expected):
    fact = extract_status(text, page_year=2025, published=Fact("2025-11-01", ""))
    assert (fact.value if fact else None) == expected


def test_the_days_of_one_edition_are_no_project_period():
    """A recurring event's edition took place before the page: its days give no completed project."""
    text = "The 12th edition of the River Days festival took place on 4–6 July 2025. It has been held since 2013."
    source = "The 12th edition of the River Days festival took place on 4–6 July 2025."
    fact = extract_status(text, page_year=2025, published=Fact("2025-11-01", ""),
                          start=Fact("2025-07-04", source), end=Fact("2025-07-06", source))
    assert fact is None
