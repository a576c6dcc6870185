"""Golden table for ``extract_status``: labels, registry cells, prose lifecycles and false cues."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract.status import extract_status

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

GOLDEN = [
    # labels win, whatever the prose says
    ("Ремонт на училище\nПроектът стартира през 2019 г.\nСтатус: приключил", "completed"),
    ("Проект X\nСтатус: Приключен", "completed"),
    ("Проект X\nСтатус на изпълнение: В изпълнение\nПроектът приключи.", "ongoing"),
    ("Registry\nСтатус\nВ изпълнение", "ongoing"),
    ("Наименование: Парк\nПриключен", "completed"),
    ("Title\nStatus: completed", "completed"),
    ("Title\nStatus: ongoing", "ongoing"),
    ("Проект\nСтатус: одобрен за финансиране", "approved"),
    ("Проект\nСтатус: подадено проектно предложение", "applied"),
    ("Проект\nСтатус: Проектно предложение в процес на оценка", "applied"),
    ("Проект\nЕтап | Изпълнение", "ongoing"),
    # prose: the latest stage mentioned wins
    ("Община Русе подаде проектно предложение по програмата.", "applied"),
    ("Общината кандидатства през 2011 г. Проектът беше одобрен в началото на 2012 г.", "approved"),
    ("Кметът подписа договор за безвъзмездна финансова помощ.", "approved"),
    ("Община Ямбол спечели проект за компостиране.", "approved"),
    ("Фондът одобри проекта на общината за ново обзавеждане.", "approved"),
    ("The municipality has signed a subsidy contract for the project.", "approved"),
    ("Проектът стартира през април 2012 г. и се изпълнява до 2014 г.", "ongoing"),
    ("Община Карлово изпълнява проект за грижа в дома.", "ongoing"),
    ("Общината кандидатства, проектът е одобрен и успешно приключи през май 2014 г.", "completed"),
    ("The municipality applied in 2018. The project was completed in 2020.", "completed"),
    ("The project is being implemented with two partners.", "ongoing"),
    ("The municipality signed a grant contract in 2010; the project ran from 01.03.2010 to 31.08.2011.",
     "completed"),
    ("Проектът все още не е приключил – в изпълнение е.", "ongoing"),
    ("Проектът е успешно реализиран.", "completed"),
    ("Договорът за изпълнение на проекта беше подписан на 12.05.2016 г.", "approved"),
    ("The project runs until June 2025.", "ongoing"),
    ("Статус: В изпълнение – договорът е подписан на 09.05.2024 г., а монтажът започна", "ongoing"),
    # a paragraph about an earlier project does not outrank this project's own stage
    ("Община Русе подписа вчера договор за ремонт на три детски градини.\n"
     "Общината има опит: преди това тя успешно приключи проект за саниране на училища.", "approved"),
    ("Община Бяла спечели финансиране за нов център. Договорът беше подписан днес.\n"
     "Това не е първият център в общината. През 2014 г. беше завършен проект за дневен център.", "approved"),
    ("The municipality signed the grant contract on Monday.\nThis is not the first such project: in 2012 "
     "the municipality completed a similar project under OP Regional Development.", "approved"),
    ("Общината кандидатства с проект за велоалеи.\n"
     "Предишният проект на общината по програмата приключи успешно през 2019 г.", "applied"),
    # ... but an aside's stage still counts when the page says nothing else
    ("Това не е първият проект на общината. Общината приключи успешно проект за саниране през 2015 г.",
     "completed"),
    # the practice's own projects, in the plural, as the subject of a completion
    ("Тази година пет читалища обновиха салоните си. Проектите приключиха до края на септември.", "completed"),
    ("Ремонтите в трите училища започнаха през юни. Проектите успешно завършиха през декември.", "completed"),
    ("Всички дейности по трите малки проекта са изпълнени. Проектите бяха приключени в срок.", "completed"),
    ("The three school projects were completed before the end of the school year.", "completed"),
    # a terminated project has no lifecycle stage: a label says so, prose cannot override it
    ("Проект „Зелен двор“\nСтатус: Прекратен\nПроектът стартира през 2019 г.", None),
    ("Статус на проекта: прекратен по взаимно съгласие", None),
    ("Project status: Terminated\nThe project started in 2020.", None),
    ("Етап\nПрекратен договор", None),
    # an earlier project that the municipality "already implemented" is an aside
    ("Община Луковит подаде проектно предложение за социални жилища.\n"
     "През 2019 г. общината вече изпълни проект за детска градина, който приключи успешно.", "applied"),
    ("The municipality applied for funding for a new library.\nIt has already implemented a similar "
     "project that was completed in 2018.", "applied"),
    # English and Bulgarian verbs of a running or finished project
    ("The municipality of Lovech has completed its project for new playgrounds.", "completed"),
    ("Since last spring the municipality is running a project for home care.", "ongoing"),
    ("Gabrovo is currently implementing a small project on waste.", "ongoing"),
    ("Службата продължава да осигурява храна на 80 възрастни хора.", "ongoing"),
    ("Центърът и днес продължава да работи с деца от общината.", "ongoing"),
    ("Проектът беше изпълнен през 2017–2018 г. и приключи с кръгла маса.", "completed"),
    ("Проектът по ОП „Добро управление“ на стойност 120 000 лв. беше изпълнен през 2016–2017 г. и "
     "приключи с обучение на служителите.", "completed"),
    ("The kitchen continues to serve hot meals every weekday.", "ongoing"),
    # "вече" about this project's own stage is no aside
    ("Проектът стартира през 2019 г. Проектът вече приключи и залата работи.", "completed"),
    # a facility built or renovated under a programme over a past period is done
    ("Спортната зала беше изградена по ОП „Регионално развитие“ в периода 2010 – 2012 г.", "completed"),
    ("Читалището беше обновено по програма „Красива България“ през 2008 г.", "completed"),
    ("Пазарът е реконструиран по проект на ПРСР през 2014 г. и днес работи всеки ден.", "completed"),
    ("The project is completed and the queues are gone.", "completed"),
    ("The project is now complete: 40 buses run on the new lines.", "completed"),
    # ... but a future or a plan is not
    ("Залата ще бъде изградена по проект на ПРР.", None),
    ("The form is completed by the applicant online.", None),
    # false cues
    ("Приемът на заявления приключи в срок.", None),
    ("Приемът на проектни предложения приключи на 15 март.", None),
    ("Всяка година идеите с най-много гласове се изпълняват от общината.", None),
    ("Проектите на училищата, одобрени от журито, се изпълняват през лятото.", None),
    ("Проектът трябва да приключи до края на годината.", None),
    ("The project is planned to end in 2020.", None),
    ("Общината ще стартира проекта догодина.", None),
    ("Ако предложението бъде одобрено, изпълнението ще продължи 48 месеца.", None),
    ("Планът, одобрен от общинския съвет, предвижда нови паркинги.", None),
    ("Общинският съвет одобри плана за паркиране.", None),
    ("Общините могат да кандидатстват до края на март.", None),
    ("Приключи първият етап на ремонта.", None),
    ("Практиката описва как се обслужват гражданите на едно гише.", None),
    ("", None),
    # round 4: passives with no named subject, closing events, works in progress
    ("Обновяването на парка бе реализирано със средства от общинския бюджет.", "completed"),
    ("Центърът е изпълнен с подкрепата на местна фондация.", "completed"),
    ("Общината стартира проекта през 2018 г. Днес се състоя закриването на проекта в читалището.", "completed"),
    ("Проектът стартира през март. Вчера бе официалното приключване на проекта.", "completed"),
    ("Work started in 2019. The project has now been formally closed.", "completed"),
    ("The contract was signed in March. Works are now in progress on three streets.", "ongoing"),
    ("Договорът е подписан през април. В момента текат строителните работи.", "ongoing"),
    ("Кметът подписа договора миналия месец, а ремонтните работи вече текат.", "ongoing"),
    ("Залата е изпълнена с деца всеки ден.", None),
    ("За три години са реализирани 19 идеи на граждани.", None),
    # a tail about a separate project
    ("Община Брезник спечели проект за нова детска площадка.\n"
     "С отделен проект общината ремонтира и спортната зала, който приключи през 2024 г.", "approved"),
]

# No stage word: the project's own period, seen from the publication date
# (text, published, start, end, expected).
PERIODS = [
    ("Реализация: 2016 – 2017 г.", "2019-03-12", "2016", "2017", "completed"),
    ("от юни до септември", "2020-07-15", "2020-06", "2020-09", "ongoing"),
    ("до края на 2021 г.", "2020-08-01", None, "2021", None),  # no start: a standing service
    ("2014-2020", "2020-10-01", "2020-06", "2020", None),  # the same year: nothing decided
    ("Всяка година общината отпуска стипендии.", "2019-02-02", None, None, None),
    ("Проектът е одобрен.", "2019-02-02", "2016", "2017", "approved"),  # a stage word decides first
]


@pytest.mark.parametrize("text, published, start, end, expected", PERIODS)
def test_stage_from_the_project_period(text, published, start, end, expected):
    from indexer.extract.fact import Fact
    fact = extract_status(text, published=Fact(published, ""), start=Fact(start, "") if start else None,
                          end=Fact(end, end) if end else None)
    assert (fact.value if fact else None) == expected


# Tails about an earlier project of the municipality, or another municipality's project:
# (text, page municipality, page year, expected).
ASIDES = [
    ("Община Ловеч подаде проектно предложение за нова детска площадка.\n"
     "Миналата година общината приключи проект по ОПРР за ремонт на улици.", "Община Ловеч", 2021, "applied"),
    ("Община Тетевен подписа договор за саниране на детска градина.\n"
     "Преди три години общината успешно завърши подобен проект.", "Община Тетевен", 2022, "approved"),
    ("The municipality has signed a grant contract for a new kindergarten.\n"
     "Two years ago it completed a similar project for a school.", "Община Габрово", 2019, "approved"),
    ("Община Девня кандидатства за ремонт на читалището.\n"
     "През 2013 г. общината приключи проект за обновяване на парка.", "Община Девня", 2020, "applied"),
    ("Община Нови пазар спечели финансиране за нова водопроводна мрежа.\n"
     "Община Каспичан вече приключи своя проект по същата мярка.", "Община Нови пазар", 2019, "approved"),
    ("Община Сливо поле стартира проект за улично осветление.\n"
     "В съседната община подобен проект приключи успешно.", "Община Сливо поле", 2018, "ongoing"),
    ("Ivaylovgrad Municipality applied for funding in March.\n"
     "Madzharovo Municipality completed a similar project last year.", "Община Ивайловград", 2020, "applied"),
    # the own project in the past, a partner municipality, a page year close by: no aside
    ("Миналата година проектът стартира, а днес вече приключи.", "Община Ловеч", 2021, "completed"),
    ("Община Лом подаде проект. Проектът, изпълнен заедно с община Вълчедръм, приключи.", "Община Лом", 2018,
     "completed"),
    ("Община Лом кандидатства през 2018 г. През 2019 г. общината приключи проекта.", "Община Лом", 2020,
     "completed"),
]


@pytest.mark.parametrize("text, municipality, year, expected", ASIDES)
def test_asides_about_other_projects(text, municipality, year, expected):
    fact = extract_status(text, municipality=municipality, page_year=year)
    assert (fact.value if fact else None) == expected


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden_status(text, expected):
    fact = extract_status(text)
    assert (fact.value if fact else None) == expected


def test_source_is_the_label_line():
    fact = extract_status("Заглавие\nПродължителност: 18 месеца\nСтатус: приключил\nБюджет: 10 лв.")
    assert fact.source == "Статус: приключил"


def test_prose_source_is_the_winning_sentence():
    fact = extract_status("Общината кандидатства по ОПАК. По-късно проектът успешно приключи.")
    assert fact.value == "completed"
    assert fact.source == "По-късно проектът успешно приключи."


def test_source_is_trimmed_to_300_characters():
    fact = extract_status("Проектът се изпълнява " + "много " * 100 + "дълго.")
    assert fact is not None and len(fact.source) <= 300


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not available")
def test_municipal_project_seed_is_completed():
    text = (SEEDS / "burgas-good-governance-project.txt").read_text(encoding="utf-8")
    assert extract_status(text).value == "completed"
