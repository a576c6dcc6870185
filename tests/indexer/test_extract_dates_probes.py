"""Golden rows for ``extract_dates`` from blind probe classes (own words; each with a negative row)."""
from __future__ import annotations

import pytest

from indexer.extract.dates import extract_dates

# (text, published, start, end)
PROBES = [
    # an annex's revised end outranks the contract's term; "по договор" is still a period label
    ("Саниране на детска ясла\nСрок на изпълнение по договор: 15.03.2020 – 14.03.2022\n"
     "Анекс № 1 от 02.02.2022 г.: срокът е удължен с четири месеца\nДата на приключване (след анекса): 14.07.2022",
     None, "2020-03-15", "2022-07-14"),
    ("Саниране на детска ясла\nСрок на изпълнение по договор: 15.03.2020 – 14.03.2022\nСтатус: Приключен",
     None, "2020-03-15", "2022-03-14"),
    ("Улично осветление\nПериод на изпълнение: 01.02.2021 – 31.01.2022\nДата на приключване (удължена): 30.04.2022",
     None, "2021-02-01", "2022-04-30"),
    ("Улично осветление\nПериод на изпълнение: 01.02.2021 – 31.01.2022\nДата на приключване (по план): 30.04.2022",
     None, "2021-02-01", "2022-01-31"),
    # a sentence with a date under the title is no publication line
    ("Нова спортна зала\nОдобрен с решение на МИГ от 03.04.2022 г.\nСрок на изпълнение: 2022 – 2024 г.",
     None, "2022", "2024"),
    ("Нова спортна зала\nСпоразумението е със срок до 30 май 2025 г.\nОбщината е бенефициент.",
     None, None, "2025-05-30"),
    ("Нова спортна зала\nЛовеч, 04 юни 2023\nОбщината започна ремонта.", "2023-06-04", None, None),
    # an actual end after a missed planned one
    ("Обновяване на библиотека\nРемонтът започна през март 2021 г. Работите трябваше да приключат до 31 август "
     "2021 г., но поради липса на материали библиотеката беше завършена едва на 22 ноември 2021 г.",
     None, "2021-03", "2021-11-22"),
    ("Обновяване на библиотека\nРемонтът започна през март 2021 г. и приключи до 31 август 2021 г., "
     "но книгите бяха подредени по-късно.", None, "2021-03", "2021-08-31"),
    # an end told by its closing event
    ("Туристически маршрут\nПроектът, стартирал през април 2016 г., завърши с финална среща на партньорите на "
     "7 юни 2017 г.", None, "2016-04", "2017-06-07"),
    ("Hiking trail\nThe project, launched in May 2018, ended with a closing ceremony on 3 July 2019.",
     None, "2018-05", "2019-07-03"),
    ("Туристически маршрут\nОбщината завърши с 12 души в екипа през 2017 г. обучението.", None, None, None),
    # an English year range after a verb of implementation; a programme period is none
    ("Reading bus\nA bus brought books to 9 villages; the scheme ran from 2015 to 2018.", None, "2015", "2018"),
    ("Reading bus\nThe scheme was funded from 2014 to 2020 programme money.", None, None, None),
    # an assessment procedure's term is not the project's end
    ("Заявление за детска площадка\nОбщина Брезово подаде проектно предложение. Оценяването ще продължи до "
     "30.10.2023 г.", None, None, None),
    ("Детска площадка\nИзпълнението на проекта ще продължи до 30.10.2023 г.", None, None, "2023-10-30"),
    # a first-person hope in a quote, or an English "must be finished by", is no end
    ("Нов парк\nРаботите по парка започнаха. „Надяваме се паркът да е готов до 01.06.2026 г.“, каза кметът.",
     None, None, None),
    ("New square\nSofia, 3 April 2022 – Work on the square is half done; it must be completed by May 2023.",
     "2022-04-03", None, None),
    ("New square\nThe works on the square, paid for by the town, were completed in May 2023.", None, None, "2023-05"),
    # a lede's dateline without a dash: place, date with "г.", then the first sentence
    ("Провадия, 14.02.2023 г. Днес общината откри обновения стадион.", "2023-02-14", None, "2023-02-14"),
    ("Провадия, 14.02.2023 г. и 15.02.2023 г. са дните на събитието.", None, None, None),
]


@pytest.mark.parametrize("text, published, start, end", PROBES)
def test_probe_dates(text, published, start, end):
    facts = extract_dates(text)
    got = tuple(f.value if f else None for f in (facts.published, facts.start, facts.end))
    assert got == (published, start, end)
