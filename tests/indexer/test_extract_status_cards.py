"""Golden rows for ``extract_status`` on project cards and registry rows: the label names a
phase or a current state, the value names works under way, a part of the works finished, or
the rest still to come. Written for coverage, not taken from any page; read on a page of
2025-11-01 like the WORDINGS table of ``test_extract_status.py``."""
from __future__ import annotations

import pytest

from indexer.extract.fact import Fact
from indexer.extract.status import extract_status

CARDS = [
    # a phase label ("Фаза", "Phase") and a current-state label ("Текущо състояние")
    ("Карта на проекта\nФаза: Техническа и финансова оценка\nИскана сума: 210 000 лв.", "applied"),
    ("Карта на проекта\nФаза: Сключен договор за финансиране", "approved"),
    ("Project card\nPhase: implementation", "ongoing"),
    ("Ремонт на библиотека\nТекущо състояние: Одобрено, предстои подписване на договора", "approved"),
    ("Ремонт на библиотека\nТекущо състояние: приключен и отчетен", "completed"),
    ("Саниране на блок 12\nТекущ етап: сключен договор с изпълнителя", "approved"),
    ("Саниране на блок 12\nЕтап на реализация: Предстои откриване на обекта", "ongoing"),
    ("Детски център\nФаза: предстои откриване на процедурата за прием на проекти", None),
    ("Bike lanes\nCurrent state: works under way on the second section", "ongoing"),
    ("Улично осветление\nСтатус: прикл.", "completed"),
    # a numbered phase is a part of the plan, not a label ("Фаза 1: …")
    ("Водопровод в село Ралица\nФаза 1: изграждане на главния клон\nФаза 2: сградни отклонения", None),
    # works under way named by their verbal noun, a registry's abbreviation
    ("Ремонт на стадион\nЕтап на изпълнение: Полагане на изкуствената настилка", "ongoing"),
    ("Ремонт на стадион\nФаза: Строително-монтажни работи", "ongoing"),
    ("Обновяване на парк\nСтатус: в изп.\nБюджет: 800 000 лв.", "ongoing"),
    # a part of the works finished: the project goes on
    ("Ново читалище\nСъстояние: Грубият строеж е завършен, монтира се дограмата.", "ongoing"),
    ("Ново читалище\nСтатус: изпълнени около 30 % от работите", "ongoing"),
    ("Зелени дворове\nСъстояние: Завършен първият етап – озеленяването на две градини.", "ongoing"),
    ("Smart classrooms\nStatus: First lot of equipment delivered; the remaining lots are expected in spring.", "ongoing"),
    ("Дигитални кабинети\nСъстояние: Предстои доставка на оборудването за останалите училища.", "ongoing"),
    # ... but all of it done, or a delivery with no part named, ends it
    ("Ново читалище\nСтатус: Изпълнен 100 %", "completed"),
    ("Кабинети по физика\nСтатус: Доставено и въведено в употреба", "completed"),
    # courses or services that go on until a date
    ("Бургас, 02.09.2025\nОбученията по проекта за младежка заетост продължават до края на февруари 2026 г.", "ongoing"),
    ("Услугите по проекта „Грижа у дома“ продължават до 31.12.2026 г.", "ongoing"),
    # an enrolment's deadline is no stage of the project
    ("Центърът обявява прием. Записванията продължават до 15 октомври.", None),
]


@pytest.mark.parametrize("text, expected", CARDS)
def test_card_stages(text, expected):
    fact = extract_status(text, page_year=2025, published=Fact("2025-11-01", ""))
    assert (fact.value if fact else None) == expected
