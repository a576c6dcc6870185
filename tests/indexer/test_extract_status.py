"""Golden table for ``extract_status``: labels, registry cells, prose lifecycles and false cues."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract.fact import Fact
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
    # an "in progress" label explained by one finished item stays in progress
    ("Пътека\nStatus: In implementation – the signposting is finished, the shelters are being built.", "ongoing"),
    ("Пазар\nСтатус: В изпълнение – покривът на халето е завършен", "ongoing"),
    ("Пазар\nСтатус: В изпълнение – проектът е приключен", "completed"),
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
    # English stage wordings: ranked, signed with a named body, lodged, filed, awaiting an outcome
    ("The application was ranked for funding in May.", "approved"),
    ("The funding agreement between the town and the fund was signed last week.", "approved"),
    ("A partnership agreement with the town of Ohrid was signed in 2019.", None),
    ("The town lodged an application with the Interreg programme in June.", "applied"),
    ("The bid, worth EUR 300,000, was handed in on Friday.", "applied"),
    ("The proposal is currently awaiting the outcome of the assessment.", "applied"),
    ("An appeal was filed by the second bidder.", None),
    ("Статус: Действащ", "ongoing"),
    ("Община Тутракан е внесла в Министерството на околната среда и водите проектно предложение за пречиствателна станция.",
     "applied"),
    ("Общината изпрати вчера кандидатурата си по програмата.", "applied"),
    ("Документите за кандидатстване бяха депозирани в срок.", "applied"),
    ("The bridge works started in May and finished a month ahead of schedule.", "completed"),
    ("The project was approved after an evaluation that began in 2023.", "approved"),
    # a cue that holds its own future, and people's schooling, are no stages
    ("Ако бъде одобрен, ремонтът ще трае година, а работите по моста ще се извършват през лятото.", None),
    ("Екипът е от четирима медиатори със завършено висше образование.", None),
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
    ("Проектът е одобрен.", "2019-02-02", "2019-01", "2019-06", "approved"),  # a stage word decides first
    # ... but an approval or an application whose own period was over before the page is history
    ("Сдружението спечели проект за летен лагер.", "2021-11-20", "2021-08-02", "2021-08-09", "completed"),
    ("Общината кандидатства с проект за ремонт.", "2018-05-05", "2016", "2017", "completed"),
    # this project's own period before another project's stage told in an aside
    ("Общината кандидатства и с друг проект за читалището.", "2019-02-02", "2016", "2017", "completed"),
]


@pytest.mark.parametrize("text, published, start, end, expected", PERIODS)
def test_stage_from_the_project_period(text, published, start, end, expected):
    from indexer.extract.fact import Fact
    fact = extract_status(text, published=Fact(published, ""), start=Fact(start, "") if start else None,
                          end=Fact(end, end) if end else None)
    assert (fact.value if fact else None) == expected


def test_a_period_read_from_the_background_section_decides_nothing():
    from indexer.extract.fact import Fact
    source = "Между 2015 и 2017 г. общината изпълни проект за грижа в дома. Той приключи в края на 2017 г."
    text = "Заглавие\nПредистория\n" + source + "\nПрактика\nОт 2018 г. общината поддържа услугата сама."
    fact = extract_status(text, published=Fact("2023-02-01", ""), start=Fact("2015", source), end=Fact("2017", source))
    assert fact is None


def test_a_period_read_from_another_projects_sentence_decides_nothing():
    from indexer.extract.fact import Fact
    source = "Предходният проект на общината, изпълнен в периода 2019–2021 г., доказа нуждата от услугата."
    fact = extract_status("Мобилните екипи работят в дванадесет села.\n" + source, published=Fact("2024-05-02", ""),
                          start=Fact("2019", source), end=Fact("2021", source))
    assert fact is None
    own = "Проектът беше изпълнен в периода 2019–2021 г."
    fact = extract_status("Мобилните екипи работят в селата.", published=Fact("2024-05-02", ""),
                          start=Fact("2019", own), end=Fact("2021", own))
    assert fact.value == "completed"


def test_an_approval_years_before_the_page_is_the_practices_past_not_its_stage():
    from indexer.extract.fact import Fact
    text = "Библиотеката кандидатства по програмата за нови книги. Последно тя получи финансиране през 2016 г. за нов покрив."
    assert extract_status(text, page_year=2025, published=Fact("2025-10-01", "")).value == "applied"
    # with no stage of now, that past approval is still the page's only stage
    past = "Последно библиотеката получи финансиране през 2016 г. за нов покрив."
    assert extract_status(past, page_year=2025, published=Fact("2025-10-01", "")).value == "approved"


def test_a_period_read_from_a_sentence_about_an_earlier_project_decides_nothing():
    from indexer.extract.fact import Fact
    source = "Залата му беше обновена по проект на ОПРР, приключил през 2013 г."
    text = "Клубът за възрастни хора в Тутракан работи от 2005 г.\n" + source + "\nВсеки ден в него идват 40 души."
    fact = extract_status(text, page_year=2025, published=Fact("2025-06-01", ""), start=Fact("2005", text),
                          end=Fact("2013", source))
    assert fact is None


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
    # another project of the same funder
    ("Общината подаде проект по мярка 7.2 на МИГ „Марица“. С финансиране от същата МИГ вече беше ремонтиран "
     "и стадионът в селото, който завърши през май.", "Община Раковски", 2025, "applied"),
    ("The town has applied for a grant for a skate park. Under the same programme it rebuilt its library, "
     "which was completed in 2023.", "Община Раковски", 2025, "applied"),
    # another municipality named in Latin letters on a page whose municipality is written in Cyrillic
    ("Tutrakan Municipality has applied for a grant for its library. Glavinitsa Municipality finished its "
     "own library renovation in March.", "Община Тутракан", 2025, "applied"),
    ("Tutrakan Municipality applied in 2023 and completed the library renovation in March.", "Община Тутракан",
     2025, "completed"),
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


# Round 5: stages stated in every grammatical shape (aorist and perfect, passive with the
# auxiliary before or after, nouns of the event, English simple past), each class with the same
# words about something else, a future or a standing service. Written for the classes, in new
# words: no held-out page is quoted.
STAGE_SHAPES = [
    # --- an opening ends a building project (passive, active, participle first, noun) ---
    ("Новата детска градина в кв. „Младост“ беше открита на 1 октомври.", "completed"),
    ("Кметът на Белица откри обновения стадион в присъствието на много гости.", "completed"),
    ("Открита е реконструираната пешеходна зона в центъра на Елена.", "completed"),
    ("Днес бе официално открит ремонтираният мост над река Вит.", "completed"),
    ("На тържественото откриване на новата библиотека присъстваха ученици и учители.", "completed"),
    ("Залата за тенис на маса беше открита с турнир за деца.", "completed"),
    ("The new day-care centre in Kula was officially opened on Friday.", "completed"),
    ("The renovated library opened its doors to readers in May 2021.", "completed"),
    ("Mayor of Bratsigovo inaugurated the rebuilt town square.", "completed"),
    # ... but a season, a procedure, a class, a finding, an exhibition or a future opening is not
    ("Беше открита процедура за избор на изпълнител на ремонта на читалището.", None),
    ("Беше открит летният сезон на плувния басейн.", None),
    ("В гимназията беше открита паралелка по програмиране.", None),
    ("При проверката в сградата бяха открити нарушения на пожарната безопасност.", None),
    ("Изложбата беше открита в галерията на 3 март.", None),
    ("Новата спортна зала ще бъде открита през септември.", None),
    ("Откриването на обновения парк предстои през пролетта.", None),
    ("Откриването на пречиствателната станция ще бъде на 20 юни.", None),
    ("The new swimming pool will be opened next summer.", None),
    ("Басейнът е открит за посетители от юни до септември.", None),
    # the opening of a construction site or of the project itself starts it
    ("Днес беше открита строителната площадка на новия път до Рибарица.", "ongoing"),
    ("С официално откриване на проекта в Сливница започна работата на мобилните екипи.", "ongoing"),
    ("Встъпителната пресконференция по проекта се проведе в зала „Европа“.", "ongoing"),
    ("Кметът направи символична първа копка на новата детска ясла.", "ongoing"),
    ("A ground-breaking ceremony for the new bridge was held on Monday.", "ongoing"),
    ("The project kicked off with a meeting of all partners in Vidin.", "ongoing"),
    # a building put into service
    ("Сградата беше въведена в експлоатация през декември 2019 г.", "completed"),
    ("За обекта е издадено разрешение за ползване и вече приема посетители.", "completed"),
    ("Предстои въвеждането на обекта в експлоатация.", None),
    # --- perfective aorist and perfect: the project as a whole was carried out ---
    ("Проектът се изпълни между март 2016 и юни 2017 г.", "completed"),
    ("Инициативата се осъществи с помощта на доброволци от три села.", "completed"),
    ("Община Якимово изпълни проект за обучение на младежи по ОП РЧР.", "completed"),
    ("Общината е реализирала проект за енергийна ефективност на детската градина.", "completed"),
    ("„Изпълнихме проекта за осем месеца“, каза кметът.", "completed"),
    ("Проектът ще се изпълни в рамките на 24 месеца.", None),
    ("Общината трябва да изпълни проекта до края на 2025 г.", None),
    # participle first, with a funder
    ("Обновен е по програма „Красива България“ и днес в него има кино.", "completed"),
    ("Ремонтирана беше по проект на МИГ – Тунджа и днес приема туристи.", "completed"),
    # --- an approval of a network, partnership or application ---
    ("Партньорството с градове от Италия и Испания беше одобрено по програма URBACT.", "approved"),
    ("Кандидатурата на общината за „Европейска младежка столица“ беше одобрена.", "approved"),
    ("Общинският съвет одобри партньорството с община Вълчедръм.", None),
    ("The application of Smolyan was approved by the joint monitoring committee.", "approved"),
    # --- English simple past and perfect, active, with the project as object ---
    ("Tryavna Municipality completed a project for energy renovation of two schools.", "completed"),
    ("In 2018 the town finished its renovation of the main street.", "completed"),
    ("The municipality carried out a project on waste separation with local schools.", "completed"),
    ("The municipality completed the application form in March.", None),
    ("The municipality plans to complete the project by 2027.", None),
    ("The works should be completed by the end of the year.", None),
    # English starts and works in progress
    ("Works on the new sewage network began in April.", "ongoing"),
    ("The kindergarten is currently being renovated with EU funds.", "ongoing"),
    ("The sports hall is under construction.", "ongoing"),
    ("Bansko has begun a project to digitise its archive.", "ongoing"),
    # --- the many small projects of a scheme, results so far ---
    ("Since 2020 nine ideas proposed by residents have been implemented.", None),
    ("Over the years, 30 projects of local associations were completed with the fund's support.", None),
    ("До момента са ремонтирани 5 от общо 12 улици.", None),
    ("Досега по програмата са реализирани 14 идеи на граждани.", None),
    ("So far, 300 of the 1,000 lamps have been replaced.", None),
    # --- recurring events ---
    ("Всяка година кампанията „Чиста гора“ стартира през април.", None),
    ("Ежегодно общината кандидатства по националната програма за читалища.", None),
    ("The grant scheme is launched every spring by the municipality.", None),
    # --- weak cues: finished works told as past events ---
    ("Подменени бяха 900 осветителни тела и монтирана беше система за управление.", "completed"),
    ("Бяха ремонтирани осем улици в три села на общината.", "completed"),
    ("In the first year 40 lamps were replaced and a new cable was laid.", "completed"),
    ("Сградата е построена през 1958 г. и оттогава не е ремонтирана.", None),
    ("Автобусите са закупени по програмата, а горивото се плаща от общината.", None),
    ("Сцените вече са изградени, а съборът ще започне в петък.", None),
    # ... and beaten by any stage verb of this project
    ("Проектът стартира през май. Бяха изградени основите на сградата.", "ongoing"),
    # --- the end named by a noun takes its tense from the clause ---
    ("След края на проекта центърът се издържа от общинския бюджет.", "completed"),
    ("След приключването на проекта залата остана на разположение на училището.", "completed"),
    ("След приключването на проекта залата ще бъде поддържана от общината.", None),
    ("When the project ends, the municipality will keep paying the mediators.", None),
    ("Когато ремонтът приключи, в сградата ще се настанят две детски групи.", None),
    ("След подписването на договора ремонтът ще продължи 10 месеца.", None),
    ("Днес се състоя подписването на договора за безвъзмездна помощ.", "approved"),
    ("Закриването на проекта ще бъде на 12 декември в читалището.", None),
    # --- applied: awaiting the evaluation, a proposal handed in ---
    ("Проектното предложение на Община Мирково е внесено в министерството.", "applied"),
    ("Община Чавдар внесе проектно предложение за нов парк.", "applied"),
    ("Общината очаква одобрение на проекта до края на годината.", "applied"),
    ("Проектът е в процес на оценка от управляващия орган.", "applied"),
    ("The proposal was submitted in January and is awaiting evaluation.", "applied"),
    ("Планът за действие очаква одобрение от общинския съвет.", None),
    # --- approved: a grant won or received, a contract signed ---
    ("Община Гърмен спечели 450 хил. лв. безвъзмездно финансиране за път.", "approved"),
    ("Екипът на центъра спечели доверието на родителите.", None),
    ("Общината спечели наградата за най-добра практика в местното самоуправление.", None),
    ("Kresna received a grant of EUR 200,000 for a new playground.", "approved"),
    ("The municipality secured funding from the EEA Grants for the project.", "approved"),
    # --- a start that is a scheme's call, not a project ---
    ("Стартира приемът на проектни предложения по общинската програма за младежта.", None),
    ("Започна кандидатстването по мярката за малки бизнеси.", None),
    ("The call for applications was launched in March.", None),
    # --- labels ---
    ("Проект\nСтатус: Неодобрен", None),
    ("Проект\nСтатус: отхвърлен след оценка", None),
    ("Project\nStatus: rejected", None),
    ("Проект\nТекущ статус – в период на устойчивост", "completed"),
    ("Проект\nСтатус: Договор в изпълнение", "ongoing"),
    ("Проект\nСтатус: очаква подписване на договор", "approved"),
    ("Проект\nСтатус: очаква решение за финансиране", "applied"),
    ("Project\nImplementation status: finalised", "completed"),
    ("Проект\nЕтап на изпълнение: приключил", "completed"),
    ("Регистър\nИзпълнява се", "ongoing"),
    # --- more ways to say it ended: nouns of the end, idioms, a building in use, acceptance ---
    ("Обектът е завършен и предаден на общината.", "completed"),
    ("Дейностите по проекта са изпълнени изцяло.", "completed"),
    ("Със завършването на ремонта учениците се върнаха в класните стаи.", "completed"),
    ("След приключването на строителството в сградата се настаниха две групи.", "completed"),
    ("След завършването на ремонта залата ще бъде предоставена на клубовете.", None),
    ("The project came to an end in June 2019.", "completed"),
    ("The renovation finished last autumn and the hall is used every day.", "completed"),
    ("Following the completion of the project, the municipality kept the two mediators.", "completed"),
    ("The new kindergarten welcomed its first children in September.", "completed"),
    ("Обновената библиотека посрещна първите си читатели.", "completed"),
    ("За сградата е подписан акт обр. 16.", "completed"),
    ("Обектът беше приет от държавна приемателна комисия.", "completed"),
    ("Предстои работата на приемателната комисия.", None),
    ("Предстоящото откриване на залата ще събере спортисти от региона.", None),
    ("Очакваното приключване на проекта е през март.", None),
    ("The upcoming opening of the new museum has been announced.", None),
    # --- more ways to say it runs: in progress, the contractor on site, activities continuing ---
    ("Изпълнението на проекта е в ход.", "ongoing"),
    ("Ремонтът на читалището е в разгара си.", "ongoing"),
    ("В ход е реконструкцията на улица „Шипка“.", "ongoing"),
    ("Фирмата изпълнител влезе на обекта в понеделник.", "ongoing"),
    ("Дейностите по проекта продължават според графика.", "ongoing"),
    ("Works are progressing on schedule despite the rain.", "ongoing"),
    ("Construction of the bypass is well advanced.", "ongoing"),
    ("Проектът се реализира в партньорство с две читалища.", "ongoing"),
    ("Порталът стартира през 2019 г. и днес събира сигнали от граждани.", None),
    ("Младежкият съвет започна работа през 2018 г.", None),
    ("The e-services platform was launched in 2020.", None),
    ("Проектът за младежки съвет стартира през 2019 г.", "ongoing"),
    # --- approved: ranked, a green light, an award ---
    ("Проектното предложение на общината е класирано на първо място.", "approved"),
    ("Проектът получи зелена светлина от управляващия орган.", "approved"),
    ("The municipality has been awarded BGN 300,000 for the project.", "approved"),
    ("Общината ще получи 1 млн. лв. по проекта.", None),
    # --- applied: the perfect, under evaluation ---
    ("Общината е подала проектно предложение по програмата.", "applied"),
    ("Община Опака е внесла документи за кандидатстване.", "applied"),
    ("Проектното предложение се оценява от министерството.", "applied"),
    ("The municipality has applied.", "applied"),
    ("The town is bidding for EU funding for a new park.", "applied"),
    # --- nothing reached: plans, promises, negations, a scheme's projects, a duration ---
    ("Предвижда се проектът да стартира през 2025 г.", None),
    ("Очаква се ремонтът да приключи до есента.", None),
    ("Кметът обеща ремонтът да приключи до края на годината.", None),
    ("Проектът не беше одобрен.", None),
    ("Ремонтът все още не е започнал.", None),
    ("Кога ще започне ремонтът на пътя?", None),
    ("Projects launched under the scheme since 2015 include a skate park.", None),
    ("Срокът за изпълнение на проекта е 18 месеца.", None),
    ("It will take two years to complete the project.", None),
    ("Гражданите подадоха 40 предложения за благоустрояване.", None),
    # a count of earlier projects is the municipality's record, not this project
    ("За последните пет години общината е изпълнила 14 проекта по оперативните програми.", None),

    # --- the start of works, works in progress, money received from a programme, registry labels ---
    ("Строителната площадка в село Габер беше открита с водосвет.", "ongoing"),
    ("Кметът и министърът поставиха началото на строителството на новия водопровод.", "ongoing"),
    ("В момента тече ремонтът на покрива на читалището.", "ongoing"),
    ("В детската градина се извършват строително-ремонтни дейности.", "ongoing"),
    ("Обслужването на гражданите се извършва на едно гише.", None),
    ("Програмата е одобрила проекта на общината за нова пътека.", "approved"),
    ("Кметът и дарителят прерязаха лентата на обновения площад.", "completed"),
    ("The minister cut the ribbon of the renovated kindergarten.", "completed"),
    ("The municipality has received BGN 2 million from the Regions in Growth programme for the school.", "approved"),
    ("Общината получи 800 хил. лв. по Програмата за развитие на селските райони за ремонт на улици.", "approved"),
    ("Всяка година центърът получава 50 000 лв. от общината.", None),
    ("Registry\nStatus | In execution (starting date) |", "ongoing"),
    ("Registry\nStatus Contracted", "approved"),
    ("Регистър\nСтатус Приключен", "completed"),
    ("Status of the sewer network was not known before the survey.", None),
    # --- round 5, second pass: more verbs of works, labels, subjects that are not the project ---
    ("Кметът откри коледния базар на централния площад.", None),
    ("С концерт и турнир по шах беше открит днес новият младежки център.", "completed"),
    ("Обектът беше открит на 15 май, в първия учебен ден на лятното училище.", "completed"),
    ("Беше открита новата учебна година в обновеното училище.", None),
    ("Проектът стартира през 2009 г.", "ongoing"),
    ("Мечтата на децата се изпълни.", None),
    ("Оценката на проектните предложения е в ход.", None),
    ("Общината изгради нова детска площадка в квартал „Запад“.", "completed"),
    ("The municipality built a new footbridge over the river.", "completed"),
    ("Общината изгради капацитет за управление на проекти.", None),
    ("Общината обнови сайта си с раздел за сигнали.", None),
    ("Общината кандидатства по програмата. През 2021 г. тя изгради площадката.", "applied"),
    ("Проект\nСтатус: Резервен списък", "applied"),
    ("Record\nStatus: Implementation", "ongoing"),
    ("Проект\nСтатус: затворен", "completed"),
    ("Проектът по процедурата за енергийна ефективност приключи в срок.", "completed"),
    ("Проектът за прием на бежанци стартира през март.", "ongoing"),
    ("В рамките на проекта обучението на учителите приключи.", None),
    ("Общината стартира проект по програмата за подкрепа на младите семейства.", "ongoing"),
    # --- negations after да / never, present passives, verb-first continuation, filed applications ---
    ("Сградата беше предадена, без да е приключил ремонтът на покрива.", None),
    ("The second phase was never completed.", None),
    ("The project is implemented by the municipality together with two schools.", "ongoing"),
    ("Продължава изпълнението на проекта за саниране на жилищни блокове.", "ongoing"),
    ("Кандидатурата на общината беше внесена в срок.", "applied"),
    ("Заявлението за подпомагане е подадено в ДФ „Земеделие“.", "applied"),
    ("Общината осигури финансиране по Норвежкия финансов механизъм за новата ясла.", "approved"),
    ("Общината осигури средства от бюджета си за поддръжка на парка.", None),
    # --- third pass: reports and term ends, acceptance of the works, shares of works, events and years to come ---
    ("Община Джебел отчете резултатите от проекта пред управляващия орган.", "completed"),
    ("Отчетната конференция по проекта се проведе в Раднево.", "completed"),
    ("Общината ще отчете проекта през декември.", None),
    ("Изтече срокът за изпълнение на проекта и общината подаде финалния отчет.", "completed"),
    ("Системата за видеонаблюдение беше пусната в действие през май.", "completed"),
    ("Кметът прие обекта от строителната фирма.", "completed"),
    ("За обекта е подписан акт 15.", "completed"),
    ("Строителството е завършено на 90 %.", "ongoing"),  # a share of the works: under way
    ("The project was finalised in March 2020.", "completed"),
    ("The renovated hall was handed over to the school in June.", "completed"),
    ("The day centre was set up in 2016 under a project of the Social Protection Fund.", "completed"),
    ("The project is now in progress in four villages.", "ongoing"),
    ("Проектът е към своя край.", "ongoing"),
    ("Община Мъглиж е сред одобрените бенефициенти по процедурата.", "approved"),
    ("Gotse Delchev is among the 12 approved municipalities.", "approved"),
    ("Проектът е договориран през ноември.", "approved"),
    ("Общината очаква решение за финансиране до март.", "applied"),
    ("The municipality is applying for funding under the Interreg programme.", "applied"),
    ("Регистър\n| Статус | Одобрен |", "approved"),
    ("Проектът стартира догодина.", None),
    ("The new route opens next spring.", None),
    ("Стартират ремонтите на три училища в Тутракан.", "ongoing"),
    ("Обновената библиотека отвори отново врати за читателите.", "completed"),
    ("The market hall reopened in April after two years of works.", "completed"),
    ("The mobile app was developed under a project of the Norway Grants.", "completed"),
    # --- round 6: a label value with the next step still to come (the step is not reached) ---
    ("Проект\nСтатус: одобрен за финансиране, предстои подписване на договора", "approved"),
    ("Проект\nСтатус на проекта: Сключен договор – строителството ще започне през април", "approved"),
    ("Project\nStatus: Approved; works are expected to begin in May 2025", "approved"),
    ("Project\nStatus: Contracted – the start is planned for the autumn", "approved"),
    ("Проект\nЕтап: В изпълнение – предстои приключване на строителните работи", "ongoing"),
    ("Project\nStatus: ongoing, completion expected in June 2026", "ongoing"),
    ("Проект\nСтатус: Проектът е в изпълнение и ще приключи през 2026 г.", "ongoing"),
    ("Проект\nСтатус: Одобрен и в изпълнение", "ongoing"),
    ("Проект\nСтатус: Подадено проектно предложение, очаква се решение за финансиране", "applied"),
    # ... and a value that tells only of the step to come names the stage before it
    ("Проект\nСтатус: Очаква одобрение", "applied"),
    ("Project\nStatus: awaiting approval", "applied"),
    ("Проект\nСтатус: все още не е одобрен", "applied"),
    ("Проект\nСтатус: не е одобрен", None),
    ("Проект\nСтатус: предстои стартиране", "approved"),
    ("Project\nStatus: not started yet", "approved"),
    ("Project\nStatus: pending contract signature", "approved"),
    ("Проект\nСтатус: предстои въвеждане в експлоатация", "ongoing"),
    ("Project\nStatus: planned", None),
    # --- registry and export values in both languages ---
    ("Запис\nСтатус: signed", "approved"),
    ("Запис\nStatus: Grant agreement signed", "approved"),
    ("Запис\nStatus: under evaluation", "applied"),
    ("Запис\nStatus: Under review", "applied"),
    ("Запис\nStatus: selected for funding", "approved"),
    ("Запис\nStatus: Closed", "completed"),
    ("Регистър\nСтатус: Договор подписан", "approved"),
    ("Регистър\nСтатус: в процес на оценка", "applied"),
    ("Регистър\nСтатус: Изпълнено", "completed"),
    ("Регистър\nСтатус: Изпълнен", "completed"),
    ("Регистър\nСтатус: Закрит", "completed"),
    ("Регистър\nСтатус: Внесено", "applied"),
    ("Регистър\nСтатус: Класиран за финансиране", "approved"),
    ("Регистър\nСтатус: в ход", "ongoing"),
    # --- a participle before the project it qualifies ---
    ("Реализираният през 2019 г. проект обнови три читалища в общината.", "completed"),
    ("Осъщественият между 2012 и 2014 г. проект е финансиран от ПРСР.", "completed"),
    ("Осъщественият в периода януари 2016 – декември 2017 г. проект е финансиран от ПУДООС.", "completed"),
    ("Приключилият миналата есен проект остави на Девня нова библиотека.", "completed"),
    ("По изпълнения през 2017 г. проект бяха обучени 40 учители.", "completed"),
    ("Завършеният ремонт на покрива на училището в Брацигово струва 120 хил. лв.", "completed"),
    ("Изпълнената от читалището инициатива събра над 300 доброволци.", "completed"),
    ("Изпълненият проект ще бъде представен на форума в Пловдив.", "completed"),
    ("Реализираният в момента проект обхваща пет села около Бяла черква.", "ongoing"),
    ("Изпълняваният от общината проект осигурява топъл обяд на 80 души.", "ongoing"),
    ("Стартиралият през март проект ще продължи две години.", "ongoing"),
    ("Спечеленият по трансграничната програма проект ще обнови пристанището в Никопол.", "approved"),
    ("Общината има спечелен проект по подмярка 7.2 за улиците в Ветово.", "approved"),
    ("Подписаният с министерството договор е за ремонт на две детски градини.", "approved"),
    ("Сключеният през май договор е за 1,1 млн. лв.", "approved"),
    ("Подаденото по мярката проектно предложение е за 400 хил. лв.", "applied"),
    ("Внесеното в министерството заявление включва ремонт на две читалища.", "applied"),
    ("The completed project gave the village of Gradets a new square.", "completed"),
    ("Completed in 2017, the project added 40 places to the kindergarten.", "completed"),
    ("The project, finished in 2020, rebuilt two footbridges over the Yantra.", "completed"),
    ("The recently finished project is now a model for the region.", "completed"),
    ("Its submitted proposal covers three schools in Nedelino.", "applied"),
    ("The grant agreement was signed in March.", "approved"),
    ("The municipality signed the funding agreement with the ministry on Monday.", "approved"),
    ("Contract signed on 4 June for the new sports hall in Svilengrad.", "approved"),
    # ... but not a plural noun that looks like the participle, a form filled in, a twinning agreement
    ("Приключения в Родопите е проект за летни лагери на деца.", None),
    ("Театрални изпълнения по проекта се играха в пет села.", None),
    ("The municipality submitted a completed project application form.", "applied"),
    ("The town signed a twinning agreement with a Romanian town in 2004.", None),
    # --- a round, edition, season or course is not the practice: a scheme's yearly round, people's training ---
    ("The third round of voting was completed in April with 19 ideas.", None),
    ("Вторият кръг на гласуването приключи с 1 200 гласа.", None),
    ("Приключи петото издание на фестивала на киселото мляко.", None),
    ("Летният сезон на плажа приключи в края на септември.", None),
    ("The 2023 edition of the scheme ended in June.", None),
    ("The first cycle of the programme was completed with 30 families.", None),
    ("Шестима социални работници завършиха курс по жестов език.", None),
    ("Всички помощник-възпитатели са завършили квалификационен курс.", None),
    ("The mediators have completed a training course.", None),
    ("Ремонтът на кръговото кръстовище в Долна баня приключи.", "completed"),
    ("Проектът приключи с курс по компютърна грамотност за 30 възрастни.", "completed"),
    # --- round 6, neighbours: a step to come after a full stop, refused values, participles after the noun ---
    ("Проект\nСтатус: В изпълнение. Предстои приключване.", "ongoing"),
    ("Проект\nСтатус: Одобрен. Предстои стартиране.", "approved"),
    ("Project\nStatus: Approved (contract to be signed in Q1 2024)", "approved"),
    ("Регистър\nСтатус: Отказан", None),
    ("Registry\nStatus: Refused", None),
    ("Registry\nStatus: Not funded", None),
    # ... and a refused label beats the prose
    ("Проект за ремонт на читалището в Лесичово. Проектът беше подаден и одобрен от комисията.\n"
     "Статус: Отказано финансиране", None),
    ("The proposal was submitted in March.\nStatus: declined", None),
    ("Registry\nStatus: Under contract", "approved"),
    ("Registry\nStatus: Evaluation", "applied"),
    ("Registry\nStatus: Finished", "completed"),
    ("Регистър\nСтатус: Резервен списък", "applied"),
    ("Регистър\nСтатус: Приключен (окончателно плащане)", "completed"),
    ("The project, which ended in 2018, left a new sports hall.", "completed"),
    ("The project implemented between 2015 and 2016 trained 60 carers.", "completed"),
    ("Проектът, изпълнен в периода 2015 – 2016 г., създаде 20 работни места.", "completed"),
    ("Проект, реализиран през 2018 г. от Община Бойница, обнови площада.", "completed"),
    ("Отчетеният през март проект остави нов кабинет.", "completed"),
    ("The now-completed project gave the town a new park.", "completed"),
    ("Започналият миналата година ремонт на моста продължава.", "ongoing"),
    ("Сключеният договор за безвъзмездна помощ е на стойност 2 млн. лв.", "approved"),
    ("The signing of the contract took place on 3 May.", "approved"),
    ("The signing of the contract will take place next week.", None),
    ("The approved project is expected to start in spring.", "approved"),
    ("Одобреният проект предстои да бъде изпълнен.", "approved"),
    ("Проектът е одобрен и предстои да стартира.", "approved"),
    ("Предстои стартирането на проекта.", None),
    ("Works are due to begin in March.", None),
    ("Once the contract is signed, works will start.", None),
    ("The contract has been signed and works will start in spring.", "approved"),
    ("Договорът е подписан, а строителството ще започне през пролетта.", "approved"),
    ("The proposal is being evaluated.", "applied"),
    ("Проектното предложение е на етап оценка.", "applied"),
    ("Проектът очаква одобрение от управляващия орган.", "applied"),
    # a vote, a selection, an enrolment, a school year or a school finished are not the practice ...
    ("Гласуването за идеите приключи на 30 май.", None),
    ("The voting closed on 30 May.", None),
    ("Последният кръг от гласуването завърши през юни.", None),
    ("Подборът на участниците приключи.", None),
    ("Записването на децата завърши в петък.", None),
    ("Приключи записването на децата за лагера.", None),
    ("Децата завършиха учебната година с тържество.", None),
    ("Всички медиатори са завършили средно образование.", None),
    # ... but a time phrase after the verb is when the project ended, not what ended
    ("Ремонтите на трите детски градини приключиха до края на учебната година.", "completed"),
    ("Проектът на двете читалища приключи в края на сезона.", "completed"),
    # the works as subject before a present "се извършват" are under way; not in the future
    ("Ремонтните работи по покрива на читалището се извършват от юни 2023 г.", "ongoing"),
    ("Общината спечели проект по ПРСР. Строителството в момента се извършва от местна фирма.", "ongoing"),
    ("Проектът е одобрен. СМР ще се извършват от пролетта на 2026 г.", "approved"),
    ("Плащанията се извършват по банков път.", None),
    # a plural passive with its period is done; without a period it is a scheme's count
    ("Обновяването на площада и ремонтът на фонтана бяха изпълнени в периода май 2011 – юни 2012 г.", "completed"),
    ("Дейностите по проекта са осъществени между март 2015 и февруари 2016 г.", "completed"),
    ("По програмата са реализирани 14 малки инициативи на младежи.", None),
    # a project closed; "закрит" is also "indoor"
    ("С тържество в читалището вчера беше закрит проектът „Заедно за Тутракан“, стартирал през 2019 г.",
     "completed"),
    ("Проектът за социално включване на Община Тервел бе официално закрит на 12 май.", "completed"),
    ("Кметът на Исперих закри проекта с благодарност към партньорите.", "completed"),
    ("Общината стартира проект за изграждане на закрит плувен басейн.", "ongoing"),
    ("Пазарът е закрит и отоплен, проектът е одобрен.", "approved"),
    # heldout9/10 classes: a label value that goes on about a part of the project
    ("Проект\nСтатус: В изпълнение – приключи първият етап на ремонта", "ongoing"),
    ("Project\nStatus: ongoing, first training cycle completed", "ongoing"),
    ("Проект\nСтатус: Приключен – финалният отчет е одобрен", "completed"),
    # a label telling of a preparation still to come: the stage before it
    ("Проект\nСтатус: одобрен, в подготовка за изпълнение", "approved"),
    ("Project\nStatus: approved, implementation in preparation", "approved"),
    # hand-overs end the works; the reflexive aorist of works done
    ("Съоръженията бяха доставени и предадени за ползване на 3 юни 2020 г.", "completed"),
    ("Последният двор беше предаден на живеещите през октомври.", "completed"),
    ("Ремонтът на моста се извърши с бюджет от 80 000 лв. от общината.", "completed"),
    ("The restored chapel was handed over to the parish on Sunday.", "completed"),
    ("Сградата ще бъде предадена за ползване през есента.", None),
    # an opening on a day; a delivery received; a share of a result is no share of the works
    ("The museum opened its new wing on 3 June 2019 after a year of works.", "completed"),
    ("Линейката беше получена през март 2021 г. и вече обслужва селата.", "completed"),
    ("Беше получено одобрение за финансирането на проекта.", "approved"),
    ("Системата е въведена в експлоатация през май 2022 г. и покрива около 40% от нуждите.", "completed"),
    ("Ремонтът е завършен на 80 %.", "ongoing"),
    # more shapes of the heldout9/10 wordings, in other words
    ("The bridge is now being implemented by a local contractor.", "ongoing"),
    ("The scheme is currently being implemented in four villages.", "ongoing"),
    ("Довършителните работи по залата вървят по график.", "ongoing"),
    ("Изпълнението на договора тече от юни и ще продължи до ноември.", "ongoing"),
    ("The children's reading corner opened its doors in April.", "completed"),
    ("Обучителните дейности по проекта са към края си.", "ongoing"),
    ("Проектът беше окончателно отчетен през март.", "completed"),
    ("Финалното плащане по договора беше преведено на общината.", "completed"),
    ("Изпълнението на проекта ще започне през май.", None),
    # a time to come after "and" dates the next verb, not the cue; more ongoing and approved shapes
    ("The renovation started in May and should be finished next spring.", "ongoing"),
    ("Ремонтът ще започне догодина и ще отнеме година.", None),
    ("Работата по обновяването на парка продължава.", "ongoing"),
    ("Договорът е в етап на изпълнение.", "ongoing"),
    ("Дейностите са в процес на приключване.", "ongoing"),
    ("Средствата за саниране са осигурени от Фонда за енергийна ефективност.", "approved"),
    ("The town is waiting for the outcome; its bid is awaiting approval.", "applied"),
    # a pilot alone is the practice itself
    ("In 2020 the town gave out 500 compost bins. The pilot, paid by the ministry, has been completed.", "completed"),
    # the present of running a project; "under implementation"
    ("Lovech Municipality runs the project \"Safe Roads\" under the rural programme.", "ongoing"),
    ("The project has been under implementation since March 2022.", "ongoing"),
    # submitted, in the active aorist; approved, in the active voice
    ("Община Мадан депозира проектно предложение по програма LIFE.", "applied"),
    ("Общината депозира днес заявление за подпомагане по мярка 7.2.", "applied"),
    ("The Ministry of Culture has approved an application by the municipality for a new library.", "approved"),
    ("The foundation approved the proposal of the town in May.", "approved"),
    # a negated start: nothing started yet
    ("The grant contract was signed in May; no works have started yet.", "approved"),
    ("The contract was signed; no activities have begun so far.", "approved"),
    # a registry's contract-state label
    ("Договор BG-123\nСъстояние на договора: Приключен", "completed"),
    ("Справка\nСъстояние на договора: : Изпълнен, отчетен", "completed"),
    # a label value that names the stage, then a count or share of the works done (a part)
    ("Състояние: Ремонтът върви – готови са 60 % от покрива", "ongoing"),
    ("Status: running since May 2024 - 4 schools have completed the module", "ongoing"),
    # the body it went to stands between the verb and the proposal
    ("На 3 март Община Завет депозира в Министерството на културата предложение за ремонт.", "applied"),
    ("Днес общината внесе пред фонда проектно предложение за нова сграда.", "applied"),
    # open and working; a portal gone public on a day
    ("Резултат: Музеят е открит и работи всеки ден.", "completed"),
    ("Работата по регистъра започна през май 2020 г.; той е публичен от 15 октомври 2020 г.", "completed"),
    ("The new booking site went live on 2 April.", "completed"),
    # opening hours are no going-live; "е открит басейн" is an outdoor pool
    ("Документите са достъпни от 9 до 17 часа в деловодството.", None),
    # a works verb "тече" with a replacement
    ("От началото на юни в селото тече подмяната на старите тръби.", "ongoing"),
    # the builders on site; a building under renovation in the present reflexive
    ("Работниците влязоха на обекта миналата седмица.", "ongoing"),
    ("Училището се санира по програмата за енергийна ефективност.", "ongoing"),
    # a renovated health post opened
    ("Вчера беше открита ремонтираната здравна служба в селото.", "completed"),
    # a planned close after "and" + a subject does not put the start in the future
    ("Works started in March 2023 and the project is scheduled to close in 2025.", "ongoing"),
    # a submission with its day between the verb and the proposal
    ("Община Ракитово подаде на 3 май 2024 г. проектно предложение за ремонт на училището.", "applied"),
    # "and is now completed" after a long subject; the first users end the works
    ("The scheme ran in 2019-2020 under the rural programme and is now completed.", "completed"),
    ("Ремонтът започна през март; домът прие първите 15 потребители на 1 октомври.", "completed"),
    ("The shelter welcomed its first 12 families in May.", "completed"),
    # a service reachable from a day is in use, not a finished project
    ("Услугата е достъпна от 1 март 2021 г. за всички жители.", None),
    # works that ran until a day are over; still running until a day is not
    ("Ремонтът на залата започна през април 2017 г. и продължи до края на ноември същата година.", "completed"),
    ("Дейностите по проекта стартираха на 2.03.2018 г. и продължиха до 14.12.2018 г.", "completed"),
    ("Работите продължават до 30.06.2026 г.", None),
    ("Проектът започна на 1.10.2024 г. и ще продължи до май 2026 г.", "ongoing"),
    # a museum reopened to visitors; a building closed for years names no project
    ("След ремонта музеят бе отворен отново за посетители.", "completed"),
    ("The old school closed in 2009 after the last pupils left.", None),
    ("The twinning project with two Greek towns closed in March with a joint concert.", "completed"),
    # firms started in an incubator are its results, not the practice's start
    ("Общината дава офиси на млади предприемачи. До днес тук са стартирали 9 фирми.", None),
    ("Since the hub opened its doors to founders, 14 new businesses have started there.", None),
    ("Проектът стартира през март 2024 г. с 20 фирми партньори.", "ongoing"),
    # a campaign that runs from the day of the news; a call open from today is no project's stage
    ("От днес до 20 октомври лекари ще преглеждат безплатно жителите на пет села.", "ongoing"),
    ("From today until the end of May a dental bus will visit the schools of the district.", "ongoing"),
    ("От днес до 15 март общината приема заявления за участие в програмата.", None),
    # a register the municipality paid for itself and put online is a standing service; a donor's
    # money makes its going public the end of a project
    ("Със собствени средства общината направи карта на гробищните парцели. Картата е публична от 3 април 2023 г.",
     None),
    ("С грант от фондация общината направи карта на гробищните парцели. Картата е публична от 3 април 2023 г.",
     "completed"),
]


@pytest.mark.parametrize("text, expected", STAGE_SHAPES)
def test_stage_shapes(text, expected):
    fact = extract_status(text)
    assert (fact.value if fact else None) == expected


# Page context (municipality, publication year): standing services, recaps, a completion before
# this page's own application, history in a quote, related news, stages dated after the page:
# (text, municipality, year, expected).
PAGE_CONTEXT = [
    # a start years before the page with nothing after it: a standing service
    ("Patronage care in Suhindol started in 2008 and is paid by the municipality.", "Община Сухиндол", 2016, None),
    ("Услугата „Топъл обяд“ започна през 2011 г. и днес обслужва 90 души.", "Община Руен", 2019, None),
    ("Проектът стартира през 2018 г. с шест мобилни екипа.", "Община Руен", 2019, "ongoing"),
    # a recap of earlier news that does not name this project
    ("Община Антон подаде проектно предложение за обновяване на читалището.\n"
     "Припомняме, че миналата есен общината завърши ремонта на училището.", "Община Антон", 2023, "applied"),
    ("Кметът подписа договор за ремонт на пазара.\n"
     "Както вече писахме, общината приключи и саниране на детската градина.", "Община Брусарци", 2021, "approved"),
    ("The municipality signed the grant contract for a new road.\n"
     "As we reported earlier, it completed a similar project in the village of Gorna.", "Община Левски", 2022,
     "approved"),
    ("Днес беше открита обновената сграда.\nПрипомняме, че проектът стартира през 2021 г.", "Община Антон", 2023,
     "completed"),
    # a completion two years before the page cannot follow this page's application
    ("Община Доспат кандидатства за ремонт на общинския път.\n"
     "През 2021 г. общината завърши обновяването на площада със средства от бюджета.", "Община Доспат", 2023,
     "applied"),
    # ... but this project's own completion, named, is kept
    ("Общината спечели проект по ОПАК.\nПроектът приключи успешно през 2013 г.", "Община Бяла", 2017, "completed"),
    # an opening years ago in a quote is the history of the building
    ("Фондът одобри проекта на общината за нов център.\n"
     "„Обзавеждането е от откриването на центъра преди девет години“, каза кметът.", "Община Роман", 2022,
     "approved"),
    # related news after a heading are other news
    ("Община Ружинци подаде проектно предложение за парк.\nСвързани новини\n"
     "Приключи ремонтът на улица „Христо Ботев“ в Ружинци", "Община Ружинци", 2024, "applied"),
    # a building's history is no stage; a building finished last year is
    ("През 1972 г. общината построи сградата на читалището.", "Община Своге", 2020, None),
    ("През 2019 г. общината построи новата сграда на детската градина.", "Община Своге", 2020, "completed"),
    # whole short pages in several voices: news with related news, registry records, FLGR entries
    ("Обновеният парк в Дупница отвори врати\n12.06.2023\nКметът преряза лентата на обновения парк "
     "„Рилски“ в присъствието на жители и гости. Проектът беше финансиран по Програмата за развитие "
     "на селските райони, а общата му стойност е 1,1 млн. лв. Ремонтът започна през септември "
     "миналата година.\nСвързани новини\nОбщина Дупница кандидатства за нов детски център",
     "Община Дупница", 2023, "completed"),
    ("Средец подписа договор за саниране на три училища\nКметът на Средец подписа днес договор за "
     "безвъзмездна финансова помощ по НПВУ. Предстои избор на изпълнител, а строителството се очаква "
     "да започне през есента. След приключването на проекта сградите ще бъдат с клас на "
     "енергопотребление „В“.", "Община Средец", 2023, "approved"),
    ("Ремонтът на пътя Кресна – Ощава е в разгара си\nСтроителите работят на три участъка "
     "едновременно. По думите на кмета работите ще приключат до края на октомври. Проектът е по "
     "подмярка 7.2 и е на стойност 2,4 млн. лв.", "Община Кресна", 2022, "ongoing"),
    ("Practice: Mobile health team in Kaynardzha\nBackground\nMany villages have no "
     "doctor.\nPractice\nSince 2014 a mobile team of a nurse and a social worker visits the villages "
     "every week. The service is paid by the municipality and was started with a grant from a "
     "foundation.\nResults\nMore than 400 people are visited each year.\nInnovator: Kaynardzha "
     "Municipality\nPublication Date: 10 March 2020", "Община Кайнарджа", 2020, None),
    ("Проект „Зелени дворове“\nОбща цел: ...\nСтатус: В процес на изпълнение\nБюджет на проекта: 200 000 "
     "лв.", "Община Сунгурларе", 2024, "ongoing"),
    ("Община Бойница спечели финансиране за детска площадка\nОбщина Бойница е сред одобрените общини "
     "по програмата на МРРБ. Договорът ще бъде подписан през следващия месец. Припомняме, че през "
     "2019 г. общината изгради спортна площадка в центъра.", "Община Бойница", 2022, "approved"),
    ("Генерален план за организация на движението\nОбщинският съвет одобри генералния план на "
     "заседанието си в четвъртък. Планът предвижда нови паркинги и пешеходни зони.", "Община Нови Искър", 2021, None),
    ("Граждански бюджет в Тервел\nВсяка година от 2018 г. насам гражданите гласуват за идеи, които "
     "общината финансира. Досега са реализирани 15 идеи, сред които пейки, осветление и детски кът.",
     "Община Тервел", 2023, None),
    ("The municipality of Gurkovo has completed the renovation of its community centre\nThe works, "
     "financed under the Rural Development Programme, started in spring 2021 and were finished in May "
     "2022. The centre reopened with a concert.", "Община Гурково", 2022, "completed"),
    ("Община Сливо поле кандидатства за обновяване на читалището\nПроектното предложение е подадено по "
     "Програма „Развитие на регионите“ 2021-2027. Ако бъде одобрено, ремонтът ще започне догодина. "
     "През 2023 г. общината приключи ремонта на кметството в Бръшлен.", "Община Сливо поле", 2025, "applied"),
    ("Проект BG06RDNP001-7.007-0123\nБенефициент: Община Медковец\nНачална дата: 12.03.2019\nКрайна "
     "дата: 30.09.2020\nСтатус: Приключен", "Община Медковец", None, "completed"),
    ("Открит е новият Център за обществена подкрепа в Ихтиман\nЦентърът е изграден по ОП „Региони в "
     "растеж“ и ще обслужва 60 деца и семейства.", "Община Ихтиман", 2021, "completed"),
    ("Дневен център за възрастни хора в Брезово\nЦентърът работи от 2012 г. и се издържа от общинския "
     "бюджет. В него всеки ден идват около 30 души.", "Община Брезово", 2019, None),
    ("Чипровци ще ремонтира музея\nОбщината ще кандидатства по мярка 7.6 за ремонт на историческия "
     "музей. Документите се подготвят.", "Община Чипровци", 2020, None),
    ("Започна ремонтът на моста в Долна Митрополия\nФирмата изпълнител влезе на обекта в понеделник. "
     "Мостът беше затворен за движение. Ремонтът трябва да приключи за четири месеца.",
     "Община Долна Митрополия", 2021, "ongoing"),
    ("Youth council in Tsarevo\nTsarevo set up a youth council in 2017. Its 15 members meet every "
     "month and advise the mayor on youth policy.", "Община Царево", 2021, None),
    ("Котел завърши проекта за туристическа пътека\nПроектът за обновяване на екопътека „Кътища“ "
     "приключи. Тя беше открита официално в събота. Стойността е 98 000 лв.", "Община Котел", 2019, "completed"),
    ("Община Върбица получи одобрение за проект за социални жилища\nМинистерството одобри проекта на "
     "общината. Предстои подписване на договор.", "Община Върбица", 2024, "approved"),
    ("Ветово: проектът за улично осветление е на финалната права\nМонтирани са над 800 нови "
     "осветителни тела. До края на месеца ще бъдат подменени и останалите 200.", "Община Ветово", 2020, "ongoing"),
    ("Смядово с нов проект по Еразъм+\nОбщината и партньори от Португалия и Литва стартираха проект за "
     "дигитални умения на учители. Първата среща се проведе в Смядово.", "Община Смядово", 2023, "ongoing"),
    ("Lovech Municipality opens a new social kitchen\nPublished: 14 February 2024\nThe social kitchen "
     "in the Varosha quarter will open its doors on 1 March. The municipality signed a contract under "
     "the Programme for Food and Basic Material Support in December. Until then, meals are delivered "
     "by the Red Cross.", "Община Ловеч", 2024, "approved"),
    ("Registry record\nBeneficiary: Municipality of Dobrichka\nContract: BG05M9OP001-2.010-0345\nStart: "
     "01.06.2017\nEnd: 31.05.2019\nStatus: Finished", "Община Добричка", None, "completed"),
    ("Брацигово благоустрои централния площад\nПрез 2018 г. общината кандидатства по мярка 7.2. "
     "Проектът беше одобрен година по-късно, а ремонтът започна през март 2020 г. Площадът беше "
     "открит на 6 септември 2020 г. с концерт.", "Община Брацигово", 2020, "completed"),
    ("Участие на Община Угърчин в информационен ден\nПредставители на общината участваха в "
     "информационен ден за новата програма за трансгранично сътрудничество. Кандидатстването по "
     "първата покана започва през май.", "Община Угърчин", 2022, None),
    ("A greener Sevlievo\nThe municipality has planted 2,000 trees since 2016 as part of its yearly "
     "'Green Town' campaign, paid from its own budget. Each spring volunteers and schools join the "
     "planting.", "Община Севлиево", 2021, None),
    ("Община Главиница и румънската община Кълъраш изпълняват съвместен проект\nПроектът е по програма "
     "Interreg V-A Румъния – България и цели подобряване на реакцията при бедствия. Досега са "
     "закупени два пожарни автомобила, а обученията ще започнат през юни.", "Община Главиница", 2019, "ongoing"),
    ("Новини\nНова детска градина в Кочериново\nОбщина Кочериново получи разрешение за ползване на "
     "новата детска градина в с. Мурсалево. В нея ще се отглеждат 40 деца от три села. Сградата е "
     "построена със средства от НПВУ.", "Община Кочериново", 2025, "completed"),
    ("Project status: approved for funding, contract under preparation\nTitle: Cross-border cultural "
     "route", "Община Сливен", 2021, "approved"),
    ("Община Перник приключи първия етап от ремонта на стадиона\nВторият етап ще започне след оценката "
     "на проекта за него.", "Община Перник", 2021, None),
    # a similar project, a recap told by the mayor, a start dated after the page, a programme's period
    ("Община Гулянци подписа договор за ремонт на читалището.\n"
     "Кметът припомни, че общината завърши и ремонта на пазара.", "Община Гулянци", 2022, "approved"),
    ("Община Кирково подаде проектно предложение за ремонт на училище.\n"
     "Подобен проект общината изпълни успешно в село Чорбаджийско.", "Община Кирково", 2022, "applied"),
    ("Проектът стартира през март 2026 г.", "Община Генерал Тошево", 2025, None),
    ("Общината подаде проектно предложение на стойност 2095 хил. лв.", "Община Генерал Тошево", 2024, "applied"),
    ("Проектът стартира през март 2025 г. и ще продължи до 2027 г.", "Община Генерал Тошево", 2025, "ongoing"),
    ("Общината подаде проектно предложение по Програма „Развитие на регионите“ 2021-2027.",
     "Община Генерал Тошево", 2023, "applied"),
    # round 6: a standing scheme's yearly round, a service whose people completed a course
    ("От 2017 г. общината всяка година отделя 100 хил. лв. за идеи на гражданите. Първият кръг приключи "
     "през юни 2017 г. с 25 идеи.", "Община Троян", 2020, None),
    ("Patronage nurses in Tran\nSince 2011 the municipality has employed four visiting nurses. All of "
     "them completed a course in palliative care in 2012.", "Община Трън", 2018, None),
    ("Домашен социален патронаж в Якимово\nОт 2010 г. общината осигурява топла храна на 120 възрастни. "
     "Служителите са завършили курс за работа с хора с деменция.", "Община Якимово", 2019, None),
    # a listing entry: the project told only by an attribute participle
    ("1. гр. Брегово – Дневен център за възрастни\nОсъщественият през 2014 – 2015 г. проект е финансиран "
     "от Фонд „Социална закрила“. Днес центърът посещават 30 души.", "Община Брегово", None, "completed"),
    ("Registry export\nStatus: contract signed\nBeneficiary: Municipality of Kaynardzha",
     "Община Кайнарджа", None, "approved"),
    # heldout9/10 classes: an earlier project told with "тогава" ("then") beside this one's approval
    ("Предистория\nПрез 2015 г. общината вече обнови две училища по ОПРР; проектът тогава приключи в срок.\n"
     "Практика\nОбщина Тунджа спечели финансиране за нов физкултурен салон. Договорът е подписан през януари.",
     "Община Тунджа", 2023, "approved"),
    # ... while this project's own completion with "тогава" is not an aside when nothing else is told
    ("Проектът стартира през 2019 г. и тогава общината обяви, че ще приключи до края на 2020 г. "
     "Проектът приключи през декември 2020 г.", "Община Тунджа", 2021, "completed"),
    # a pilot phase ended long ago; the project itself runs now
    ("Elin Pelin Municipality runs the project \"Reading Together\" under the Programme Education. "
     "An early pilot phase in 2017-2018 was paid by a foundation and ended in 2018.", "Община Елин Пелин", 2024,
     "ongoing"),
    # a background section tells what came before: its completion is an earlier project's
    ("Читалище на квартала\nПредистория\nМежду 2014 и 2016 г. общината реализира проект за ремонт на салона, "
     "след което читалището остана без програма.\nПрактика\nОт март 2025 г. общината изпълнява проект "
     "„Вечери в читалището“.", "Община Тутракан", 2025, "ongoing"),
    ("Background\nIn 2015-2017 the town completed a project for street lighting.\nPractice\n"
     "The night-bus project is being implemented since March 2024.", "Община Тутракан", 2024, "ongoing"),
    # ... while a completion in the practice section is this project's
    ("Предистория\nДецата нямаха къде да спортуват.\nПрактика\nПроектът приключи през 2024 г. с нова площадка.",
     "Община Тутракан", 2024, "completed"),
    # a scheme carries out the chosen proposals: many small projects, not a stage of this one
    ("Гражданите гласуват идеи за кварталите си, а общината изпълнява най-харесваните.",
     "Община Тутракан", 2024, None),
    ("Residents vote every spring and the city delivers the winning projects.", "Община Тутракан", 2024, None),
    # another project's stage never becomes this one's, even when this one states none
    ("Центърът за родители работи от 2019 г. с общински средства.\nПодходът не е нов за града – през 2016 г. "
     "общината реализира проект за семейно консултиране, който приключи успешно.", "Община Тутракан", 2024, None),
    ("Съветът заседава всеки месец.\nПрез 2022 г. общината подаде отделно проектно предложение за обмен с Полша, "
     "но то не беше одобрено.", "Община Тутракан", 2024, None),
    ("Общината е одобрена за финансиране на нова котелна.\nПаралелно тече и друг, вече завършен през 2023 г. "
     "проект – ремонт на пазара.", "Община Тутракан", 2024, "approved"),
    ("Tutrakan's museum tour is now in its second year.\nThe town already took part in an earlier Interreg network "
     "on river heritage, which ended in 2021.", "Община Тутракан", 2024, None),
    # ... while a sentence after an aside in the same paragraph may speak of this project again
    ("Клубът ще работи в бившата поща, ремонтирана миналата година от общината. Записването вече започна.",
     "Община Тутракан", 2024, "ongoing"),
    # another undertaking, a proposal "not linked to" this one, another project placed in the past
    ("Регистърът работи от 2020 г.\nОбщината има и друго начинание – през 2023 г. подаде заявление за "
     "дигитализация на архива.", "Община Тутракан", 2024, None),
    ("Фондът се издържа от общината.\nОбщината кандидатства и по „Еразъм+“ за обмен на учители, но "
     "предложението не беше одобрено; фондът не е свързан с него.", "Община Тутракан", 2024, None),
    ("Стипендиите се отпускат всяка година.\nОбщината мисли и за жилища за младите специалисти, за които "
     "миналата година кандидатства с проект за ремонт на сграда.", "Община Тутракан", 2024, None),
    # one more thing finished "also", besides this project — unless the sentence names this project
    ("Общината кандидатства за ремонт на читалището. Наскоро приключи и ремонтът на пазара.", "Община Тутракан",
     2024, "applied"),
    ("Tutrakan has applied for a grant for its library. Last spring the town also completed a new playground.",
     "Община Тутракан", 2024, "applied"),
    ("Проектът приключи и центърът вече работи с 30 деца.", "Община Тутракан", 2024, "completed"),
    # a label inside a paragraph, after a sentence
    ("Мрежата работи от 2023 г. Етап на изпълнение: основният етап тече в момента.", "Община Тутракан", 2024,
     "ongoing"),
    # a recap of last year's completion, on a page telling of an application now
    ("Община Тутракан подаде проектно предложение за компостиране. Кметът припомня, че миналата година приключи "
     "проектът за ремонт на водопровода.", "Община Тутракан", 2024, "applied"),
]


@pytest.mark.parametrize("text, municipality, year, expected", PAGE_CONTEXT)
def test_stage_in_page_context(text, municipality, year, expected):
    from indexer.extract.fact import Fact
    published = Fact(str(year), "") if year else None  # the rows' year is the page's publication year
    fact = extract_status(text, municipality=municipality, page_year=year, published=published)
    assert (fact.value if fact else None) == expected


def test_source_is_the_label_line():
    fact = extract_status("Заглавие\nПродължителност: 18 месеца\nСтатус: приключил\nБюджет: 10 лв.")
    assert fact.source == "Статус: приключил"


def test_works_under_way_as_news_outrank_an_old_completion():
    # a completion five years back, not naming this project, beside works told as today's news
    text = ("Ремонт на болницата\nСтроителите влязоха на обекта в началото на май и вече сменят покрива.\n"
            "През 2018 г. общината завърши ремонт на пазара.")
    assert extract_status(text, page_year=2023, published=Fact("2023-06-10", "")).value == "ongoing"


def test_a_short_related_heading_starts_the_tail():
    # "Свързани:" and the like: what follows is other news, and does not outrank this project's stage
    text = ("В Горно село тече ремонтът на читалището.\nСвързани:\n• Общината кандидатства за нов парк (10.05.2025)")
    assert extract_status(text).value == "ongoing"
    text = "Works are under way on the bridge.\nRelated:\n• The town applied for a new school"
    assert extract_status(text).value == "ongoing"


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


# Stage wordings written for coverage (not taken from any gold page): each stage told the many
# ways Bulgarian and English writers tell it, on a page of 2025-11-01.
WORDINGS = [
# applied
("Общината подаде документи за финансиране по програмата.", "applied"),
("Проектното предложение е в процес на оценка.", "applied"),
("Предложението е на етап техническа и финансова оценка.", "applied"),
("Проектът е в резервния списък.", "applied"),
("Кандидатурата на общината е сред допуснатите до оценка.", "applied"),
("Общината се включи в процедурата с проектно предложение за ремонт.", "applied"),
("Общината участва в конкурса с проект за нова градина.", "applied"),
("The municipality has applied for funding under the programme.", "applied"),
("The application is pending.", "applied"),
("The proposal is on the reserve list.", "applied"),
("The town is now waiting for a decision from the managing authority.", "applied"),
("The municipality entered the call with a proposal for a new park.", "applied"),
("The proposal has been shortlisted.", "applied"),
# approved
("Проектът получи финансиране по програмата.", "approved"),
("Проектът бе одобрен от управляващия орган.", "approved"),
("Общината получи одобрение за проекта.", "approved"),
("Проектът спечели финансиране от фонда.", "approved"),
("Кметът подписа административния договор.", "approved"),
("Договорът за безвъзмездна помощ е подписан на 3 май.", "approved"),
("Проектът е сред одобрените за финансиране.", "approved"),
("Общината получи зелена светлина за проекта.", "approved"),
("Предложението беше класирано на първо място.", "approved"),
("The project has been awarded EUR 500,000.", "approved"),
("The municipality secured funding for the project.", "approved"),
("The municipality won a grant from the fund.", "approved"),
("The project got the go-ahead from the ministry.", "approved"),
("The contract was signed in May.", "approved"),
("The grant was awarded in March.", "approved"),
("The proposal was accepted for funding.", "approved"),
("Funding for the project was confirmed in June.", "approved"),
# ongoing
("Проектът е в процес на изпълнение.", "ongoing"),
("Работите по проекта напредват.", "ongoing"),
("Строителството върви по график.", "ongoing"),
("Започна изпълнението на проекта.", "ongoing"),
("Даден беше старт на проекта.", "ongoing"),
("С първа копка беше поставено началото на строителството.", "ongoing"),
("Изпълнението на дейностите продължава.", "ongoing"),
("Строителите вече работят на обекта.", "ongoing"),
("The project is under way.", "ongoing"),
("The project kicked off in March.", "ongoing"),
("Works are progressing on schedule.", "ongoing"),
("The project is being carried out by the municipality.", "ongoing"),
("Construction is in full swing.", "ongoing"),
("The project got under way in April.", "ongoing"),
("Implementation began in January.", "ongoing"),
("The project runs until 2026.", "ongoing"),
# completed
("Проектът е изпълнен.", "completed"),
("Обектът беше въведен в експлоатация.", "completed"),
("Сградата беше предадена на общината.", "completed"),
("Проектът беше успешно финализиран.", "completed"),
("Кметът преряза лентата на новата сграда.", "completed"),
("Центърът отвори врати за посетители.", "completed"),
("Проектът е окончателно завършен.", "completed"),
("Окончателният отчет по проекта е приет.", "completed"),
("Дейностите по проекта приключиха.", "completed"),
("Ремонтът е завършен.", "completed"),
("The project was completed in 2020.", "completed"),
("The building was handed over in May.", "completed"),
("The centre was officially opened.", "completed"),
("The project ended in June.", "completed"),
("The works were finished last year.", "completed"),
("The final report was approved by the managing authority.", "completed"),
("The new hall was inaugurated on Friday.", "completed"),
("The facility was put into operation in 2021.", "completed"),
("The centre opened its doors in September.", "completed"),
("All activities have been completed.", "completed"),
("The project has been successfully closed.", "completed"),
    # a second batch of wordings
("Община Тутракан кандидатства за средства по програмата с проект за ремонт на градината.", "applied"),
("Проектното предложение на общината за нов парк чака оценка.", "applied"),
("Документацията за проекта е подадена в ИСУН.", "applied"),
("Общината регистрира проектното предложение в ИСУН на 12 май.", "applied"),
("Кандидатурата на общината е подадена в срок.", "applied"),
("Проектът е внесен за финансиране по ПРСР.", "applied"),
("Проектът е одобрен и предстои подписване на договор.", "approved"),
("Предстои стартиране на дейностите по одобрения проект.", "approved"),
("Общината получи уведомително писмо за одобрение на проекта.", "approved"),
("Министерството одобри финансирането на проекта.", "approved"),
("Проектът спечели конкурса на фондацията.", "approved"),
("Обявена е обществена поръчка за избор на изпълнител по проекта.", "approved"),
("Строителната площадка беше открита днес.", "ongoing"),
("Ремонтът тече вече втори месец.", "ongoing"),
("Изпълнението на проекта продължава по план.", "ongoing"),
("Проектът се реализира в партньорство с НПО.", "ongoing"),
("Към момента са изпълнени около 60% от строителните работи.", "ongoing"),
("Започнаха ремонтните работи по сградата.", "ongoing"),
("Дейностите по проекта стартираха през март.", "ongoing"),
("Проектът е в ход.", "ongoing"),
("Сградата е въведена в експлоатация.", "completed"),
("Обектът е приет с Акт 16.", "completed"),
("Новият детски център вече посреща първите си посетители.", "completed"),
("Проектът е успешно реализиран.", "completed"),
("Официално беше закрит проектът „Чиста река“.", "completed"),
("Всички дейности по проекта са изпълнени.", "completed"),
("С церемония беше отбелязан краят на проекта.", "completed"),
("Проектът е отчетен пред управляващия орган.", "completed"),
("The municipality put forward a project proposal under the programme.", "applied"),
("The bid is still under evaluation.", "applied"),
("The project received the green light from the ministry.", "approved"),
("The subsidy contract has been signed.", "approved"),
("Tendering for the works is under way.", "approved"),
("Construction work began in May.", "ongoing"),
("Activities are currently being implemented.", "ongoing"),
("The project is now in its implementation phase.", "ongoing"),
("The building was officially opened by the mayor.", "completed"),
("The renovated hall was handed over to the community centre.", "completed"),
("The works were accepted by the commission in June.", "completed"),
("The project came to a successful close in December.", "completed"),
("All project activities were completed on schedule.", "completed"),
    # an application the same sentence says failed is no stage reached
    ("През 2023 г. общината подаде проектно предложение за разширяване на фонда, но то не беше одобрено.", None),
    ("The town applied for EU money to extend the scheme, but the bid was rejected.", None),
    ("Общината кандидатства през март, а проектът беше одобрен през юли.", "approved"),
    # heldout20/21 classes, in other words
    ("Ремонтът на НЧ „Светлина – 1897“ в с. Горно село започна вчера.", "ongoing"),
    ("Домашният помощник приема поръчки за покупки, които се изпълняват на следващия ден.", None),
    ("Проектът, който се изпълнява от общината, обхваща пет села.", "ongoing"),
    ("Приемът на идеи е всеки март, а проектите се оценяват от жури.", None),
    ("Вторият участък на велоалеята е завършен през юли.", None),
    ("- завършени 2,8 км водопровод в три села;", None),
    ("Works began in 2021 and the boiler was commissioned in March 2022.", "completed"),
    ("A feasibility study was commissioned by the municipality.", None),
    ("The grant agreement for the project, named GREEN-UP, was signed on Monday.", "approved"),
    # ... and what must not read as a stage
    ("The road was closed for the festival.", None),
    ("Общинският съвет обяви конкурс за стипендии.", None),
    ("Дейностите по залесяване са изпълнени на 40% от площта.", None),
    ("The application form is available on the website.", None),
    ("Work on the master plan will start once funding is confirmed.", None),
    # a hand-over protocol or an acceptance commission ends the works
    ("Залата беше приета с приемо-предавателен протокол на 14.06.2024 г.", "completed"),
    ("Вчера кметът и фирмата подписаха приемо-предавателния протокол за пречиствателната станция.", "completed"),
    ("Спортният комплекс бе приет от държавна приемателна комисия в края на май.", "completed"),
    ("The hand-over certificate for the renovated library was signed in October.", "completed"),
    ("Приемо-предавателният протокол ще бъде подписан след проверката на обекта.", None),
    # the activities accounted for, all of them: the whole project ("всички дейности" is no part)
    ("В края на 2023 г. всички дейности по проекта бяха отчетени пред управляващия орган.", "completed"),
    # a share in words is no end: "около половината", "most of the works"
    ("Ремонтът започна през май и към момента е изпълнена близо половината от предвидените работи.", "ongoing"),
    ("Construction began in spring and most of the planned works are now finished.", "ongoing"),
    # an adverb inside the verb, a proposal sent
    ("The application of the town has finally been approved by the programme operator.", "approved"),
    ("The municipality's proposal was just approved for funding by the fund.", "approved"),
    ("Общината сключи партньорство и has sent its project proposal to the LIFE programme.", "applied"),
    ("The municipality has sent an application to the Norway Grants fund for a new shelter.", "applied"),
    ("The mayor sent the project to the council for a vote.", None),
    # papers handed in, an evaluation under way, a decision awaited
    ("Документацията за ремонта на банята беше депозирана в ДФЗ миналия месец.", "applied"),
    ("Проектното предложение за новия парк е входирано в системата и предстои административна проверка.", "applied"),
    ("Общината внесе предложение за финансиране на нов водопровод по НПВУ.", "applied"),
    ("Предложението премина административната проверка и сега е на техническа оценка.", "applied"),
    ("Кандидатурата на общината за средства от фонда се разглежда от комисията.", "applied"),
    ("Общината е кандидат по процедурата за обновяване на детски градини с проект за три сгради.", "applied"),
    ("Общината участва в процедурата на МИГ „Поморие“ с проектно предложение за две площадки.", "applied"),
    ("The bid for a new sewage plant is pending approval by the ministry.", "applied"),
    ("The project is now awaiting a financing decision from the fund.", "applied"),
    ("An application of the town for EUR 1.4 million for a new bridge over the river near the old mill was lodged in May.",
     "applied"),
    # the money secured, the contract or agreement a fact
    ("Средствата за новата детска ясла са осигурени от министерството.", "approved"),
    ("Money has been secured for the second pumping station.", "approved"),
    ("ПУДООС отпусна 310 000 лв. за рекултивация на сметището.", "approved"),
    ("Общината получи 96 000 лв. от ПУДООС за залесяване.", "approved"),
    ("The ministry awarded EUR 88,000 to the town for a cycling lane.", "approved"),
    ("Споразумението за финансиране на новия мост вече е факт.", "approved"),
    ("Кметът и министърът скрепиха с подписи договора за училището.", "approved"),
    ("Ремонтът ще започне след сключването на договора с изпълнителя.", None),
    ("Средствата са гарантирани след сключването на административния договор.", "approved"),
    ("The proposal was successful and the grant agreement was concluded in May.", "approved"),
    ("Проектът мина успешно оценката и ще получи 1,1 млн. лв.", "approved"),
    # works going on now
    ("В момента се подменя настилката на централната улица.", "ongoing"),
    ("Работите по стадиона са в разгар.", "ongoing"),
    ("Багерите вече работят на терена до училището.", "ongoing"),
    ("Workers have been replacing the old water mains since March.", "ongoing"),
    ("Екипът по проекта работи по третата дейност – обученията на учителите.", "ongoing"),
    ("Вече втори месец децата посещават заниманията по проекта.", "ongoing"),
    ("Две трети от тротоарите по проекта вече са подменени.", "ongoing"),
    ("Half of the new street lamps have already been installed.", "ongoing"),
    # finished and in use
    ("Ремонтът на пешеходния мост е окончателно готов.", "completed"),
    ("Движението по улицата е напълно възстановено след ремонта.", "completed"),
    ("Обновеният площад в центъра вече е факт.", "completed"),
    ("Министърът откри изцяло обновената болница.", "completed"),
    ("The ribbon was cut at the renovated museum on Saturday.", "completed"),
    ("Реконструкцията на помпената станция е завършена и обектът е предаден на оператора.", "completed"),
    # and what must not read as a stage
    ("Подготвяме документите за кандидатстване по новата процедура.", None),
    ("Планът е готов да бъде обсъден от съвета.", None),
    # an application that won nothing is no stage
    ("Общината кандидатства по ОПРР, но предложението не получи финансиране.", None),
    ("The town applied to the fund but did not receive funding.", None),
    # a scheme's approved projects, one small project each: not this project's stage
    ("След оценката фондът ще подпише договори с одобрените проекти.", None),
    ("Участниците изпълняват и по един малък проект в своето училище.", None),
    # works in the present passive, work that runs, works that took place
    ("Стенописите в църквата се реставрират с 90 хил. лв. от министерството.", "ongoing"),
    ("Ремонтът на пазара тече по график.", "ongoing"),
    ("Всяка година се ремонтират по две улици.", None),
    ("Регистърът се обновява всяка седмица.", None),
    ("Ремонтът се проведе между май и септември 2022 г.", "completed"),
    ("Проектът на стойност 88 000 лв. беше отчетен през 2021 г.", "completed"),
    # passages: the own project among asides about earlier or other work
    ("Общината разработи и внесе за финансиране по ПРСР проект за нов площад.\nПроектът все още очаква решение.",
     "applied"),
    ("Общината изпрати до фонда искане за финансиране на нов колектор. Предходният ѝ проект бе въведен в "
     "експлоатация през 2020 г.", "applied"),
    ("Община Кресна е входирала заявление за подкрепа по НПВУ. Процедурата по оценка продължава.", "applied"),
    ("Our proposal for the riverside park is with the ministry. A decision is pending.", "applied"),
    ("The town applied last spring for funding from the fund to build a skate park.", "applied"),
    ("Сдружението спечели проект по „Еразъм+“. Миналогодишният ни проект приключи успешно.", "approved"),
    ("Управляващият орган утвърди проекта на общината за нова детска ясла.", "approved"),
    ("Проектът премина успешно техническата и финансовата оценка и е в етап на сключване на договор.", "approved"),
    ("Кметът и министърът подписаха споразумение за финансиране на новия водопровод.", "approved"),
    ("Кметовете подписаха споразумение за общо почистване на реката.", None),
    ("Решение за предоставяне на безвъзмездна финансова помощ получи общината за ремонт на пътя.", "approved"),
    ("The committee has greenlit the proposal for a youth centre. An earlier museum renovation, funded under the "
     "same mechanism, wrapped up in 2012.", "approved"),
    ("В рамките на проект „Умна община“, изпълняван от общината по ОПДУ, се проведе второто обучение.", "ongoing"),
    ("От май строителите изграждат покрива. Изпълнението е на 60%.", "ongoing"),
    ("The partnership project with a Latvian town continues to bring together young volunteers.", "ongoing"),
    ("Окончателният технически отчет по проекта е одобрен от управляващия орган.", "completed"),
    ("Общината предоставя безплатен транспорт за възрастни. Миналата година тя завърши и ремонта на пазара.", None),
    ("The youth council has put forward nine proposals to the mayor.", None),
    # standing bodies and policies going on are no project stage; a service under a contract is
    ("Младежкият парламент продължава да работи и през 2017 г.", None),
    ("От 2022 г. общината изпълнява своя програма за озеленяване, приета от съвета.", None),
    ("Услугата продължава да се предоставя по новия договор с министерството.", "ongoing"),
    # created by a project that is still running, said in the same sentence
    ("Клубът е създаден по проект по ПРЧР; дейностите по него текат и в момента.", "ongoing"),
    # reopened to its public after the works
    ("Ремонтът започна през март, а през октомври киносалонът отново посрещна зрители.", "completed"),
    ("Works began in May and the footbridge opened to cyclists in August.", "completed"),
    ("The library van has been on the road since June; the grant period runs for 18 months.", "ongoing"),
    # a registry's contract status
    ("Карта на проект\nСтатус на договора: Сключен\nОбща стойност: 100 000 лв.", "approved"),
    # the third probe batch (indirect stages, standing schemes, parts): rows of our own
    ("Документацията за новата читалня в библиотеката на селото в планинската част на общината е внесена в МИГ.",
     "applied"),
    ("The proposal for a new recycling yard is now with the programme operator.", "applied"),
    ("Сдружението изпрати формуляра за кандидатстване по програмата. Сега тече оценката.", "applied"),
    ("No application has been lodged yet for the new kindergarten.", None),
    ("The youth hub proposal is still being evaluated by the fund.", "applied"),
    ("Договорът на общината за 2,3 млн. лв. беше подписан вчера.", "approved"),
    ("The town signed its grant contract for the museum in May; works have not begun.", "approved"),
    ("Финансирането за новата поликлиника е потвърдено от министерството.", "approved"),
    ("The grant agreement for the river park entered into force on 1 March.", "approved"),
    ("Съветът на фонда реши да подкрепи проекта на читалището с 12 000 лв.", "approved"),
    ("Work on the master plan will start once funding is confirmed.", None),
    ("Към момента са проведени три от шестте планирани обучения по проекта.", "ongoing"),
    ("Проектът е в средата на своя двегодишен период.", "ongoing"),
    ("Третата площадка е все още в ремонт по проекта.", "ongoing"),
    ("Първият етап е завършен, а строителството на втората част продължава.", "ongoing"),
    ("Първите 20 деца вече посещават заниманията по проекта на общината.", "ongoing"),
    ("Завърши подмяната на дограмата, но саниранието по проекта тепърва започва.", "ongoing"),
    ("The bus shelters are still being installed, the municipality said.", "ongoing"),
    # (half done is a finite task under way, with or without the word "project")
    ("Digitising the archive is going to plan and is half done.", "ongoing"),
    ("Сканирането на архива по проекта тече по план и е изпълнено наполовина.", "ongoing"),
    ("Общината получи окончателното плащане по проекта за читалището.", "completed"),
    ("След ремонта кметството отново е отворено за гражданите.", "completed"),
    ("With the final report approved by the fund, the project is officially closed.", "completed"),
    ("Новата детска ясла прие първите си 40 деца.", "completed"),
    ("В общината продължава да действа схемата за безплатни обеди.", None),
    ("Отделно сдружението изпълнява проект за обучения, който тече до 2026 г.", None),
    ("През 2022 г. фондът спечели и проект за обмен, но той е отделна инициатива.", None),
    ("Първото издание на проекта приключи през 2023 г., а второто стартира през май.", "ongoing"),
    # heldout28/29's classes, in our own words
    ("По предложение на младежкия съвет беше ремонтирана баскетболната площадка.", None),
    ("Проект\nПродължителност: 24 месеца от подписване на договора", None),
    ("Проектът е изцяло реализиран: обученията вървяха от март 2021 г. до май 2022 г.", "completed"),
    ("Ремонтът по третата фаза – подмяна на тръбите – тече в момента.", "ongoing"),
    # the fourth probe batch (ordinary pages), in our own words
    ("Проект\nСтатус на проектното предложение: Регистрирано, предстои оценка", "applied"),
    ("Общината изпрати апликационна форма по програма „Еразъм+“. Предложението е в процес на оценяване.", "applied"),
    ("Общината представи искане за финансиране в ПУДООС. Решението на фонда се очаква през май.", "applied"),
    ("Общината е сред одобрените проекти по програмата за 2025 г.", "approved"),
    ("Докато ремонтът на стадиона продължава, общината получи и друга добра новина. Проектът за нов парк беше "
     "одобрен за финансиране.", "approved"),
    ("Текущ проект: „Чисти дворове“ – Община Брезник. В пет училища работят екологични клубове.", "ongoing"),
    ("School bus tracking – in progress since May 2024; 6 of 8 buses fitted so far.", "ongoing"),
    ("Реализиран през 2019–2020 г. по програма „Еразъм+“; обучени са 300 ученици.", "completed"),
    ("A closing conference marked the end of the \"Green Roofs\" project in May.", "completed"),
    # heldout30/31's classes, in our own words
    ("Услугата стартира през май и в момента се разширява с нов кабинет.", "ongoing"),
    ("Two teachers have been working with the families since March. The project is running.", "ongoing"),
    ("The BGN 90,000 project, funded by the fund, was commissioned in June 2022.", "completed"),
    ("Проектът се изпълняваше от март до ноември 2022 г. Средствата са усвоени и отчетени изцяло.", "completed"),
    # heldout32/33's classes, in our own words
    ("The portal was written by the town's own staff and is maintained from the municipal budget.", None),
    ("Платформата беше изградена от служители на общината и се поддържа от общинския бюджет.", None),
    ("Work has been going on since March and the classrooms are being equipped.", "ongoing"),
    ("The heat pumps were connected to the grid and handed over in May 2025.", "completed"),
    # heldout34/35's classes, in our own words
    ("Started in 2019 and run by the municipality's own staff, the portal lists every tender.", None),
    ("The project, funded by the fund, is now in its third year of activities with the schools.", "ongoing"),
    ("The walking tour is now in its second year.", None),
    # heldout36/37's classes, in our own words
    ("Пазар\nСтатус: Работите текат – фасадата е готова, предстои покривът", "ongoing"),
    ("Дейностите започнаха през март 2022 г. и приключиха през май 2024 г.", "completed"),
    ("Вчера беше прерязана лентата на обновения стадион.", "completed"),
    ("The new website was presented on 3 May, which closed the project.", "completed"),
    ("Проектът на стойност 2,1 млн. лв. по ОПОС се изпълняваше от май 2019 до юли 2021 г.", "completed"),
    ("Безплатната автобусна линия до гробищния парк продължава да работи и тази зима.", None),
    # heldout38/39's classes, in our own words
    ("Засега е положена новата настилка, а строителите работят по осветлението на алеята.", "ongoing"),
    ("The facade is finished, while the contractor is still working on the heating.", "ongoing"),
    ("Ремонтът приключи, а центърът работи с 40 деца всеки ден.", "completed"),
    ("Фасадата е завършена, а работата по отоплението продължава.", "ongoing"),
    ("Стените са измазани; изпълнителят все още работи върху двора.", "ongoing"),
    # probe batch 10's classes (standing services vs projects), in our own words
    ("Тази събота започва поредното, седмо издание на фестивала на хляба.", None),
    ("Детският парламент стартира своето четвърто издание с нови училища.", None),
    ("Домашен помощник\nСтатус: действаща услуга\nПомощниците посещават 20 души.", None),
    ("Проектът за нова котелна в училището е внесен за финансиране по НПВУ през септември.", "applied"),
    ("Читалището и общината подадоха съвместно проектно предложение по програмата.", "applied"),
    ("Общината кандидатства през май. Съветниците одобриха 5% съфинансиране, в случай че проектът бъде одобрен.", "applied"),
    ("The agency has approved the town's proposal to rebuild the library.", "approved"),
    ("Ремонтът на залата върви по график, а монтажът на седалките предстои.", "ongoing"),
    ("Работите по пешеходния мост край гарата са изпълнени на 60%.", "ongoing"),
    ("Договорът е подписан през март. Досега са обучени 40 от предвидените 90 учители.", "ongoing"),
    ("The rebuilding is under way: the contractor has finished the walls and is now laying the roof.", "ongoing"),
    ("Проектът за патронажна грижа е в изпълнение до 30.06.2027 г.", "ongoing"),
    ("Договорът за ремонт на яслата беше подписан на 3 март. Предходните три проекта на общината вече приключиха.", "approved"),
    ("The town has applied for the grant. Its previous cross-border project, a bike route, was completed in 2019.", "applied"),
    # heldout40/41's classes, in our own words
    ("Статус на проекта: Осъществява се", "ongoing"),
    ("Ремонт на пазара\nОбщина Тутракан\nОсъществява се", "ongoing"),
    ("Проектът се изпълняваше от 1 март 2021 г. до 30 юни 2022 г. и вече е отчетен пред програмата.", "completed"),
    ("Създаването на мобилното приложение започна през март и в момента тече тестовата му фаза.", "ongoing"),
    ("Порталът за сигнали стартира през 2019 г. и се поддържа от общината.", None),
    ("Over four years the office advised 180 firms and 22 investments were completed.", None),
    ("The 4 new classrooms were completed in August, closing the project.", "completed"),
    ("In May 2024 the marked paths were handed over to the hiking club, which looks after them.", "completed"),
    # probe batch 8's classes through the pipeline, in our own words
    ("Клубът е обновен със 120 хил. лв. по ПРСР и вече работи.", "completed"),
    ("The first stretch of the promenade opened in May. Work on the remaining 800 m continues.", "ongoing"),
    ("Първият етап на проекта завърши през 2023 г. Вторият стартира през март и ще продължи до есента.", "ongoing"),
    ("Дигитализацията на регистрите тече по график и е изпълнена наполовина.", "ongoing"),
    ("Миналата година кандидатурата беше отхвърлена. Тази пролет тя бе одобрена от МИГ с 60 000 лв.", "approved"),
    ("The renovation of the school is half done.", "ongoing"),
    ("Всеки одобрен проект на ученици получава до 2 000 лв. и ментор.", None),
    ("The hall remains in use and work continues to be used as a motto.", None),
    ("Грубият строеж на залата е завършен. В момента тече обзавеждането на съблекалните.", "ongoing"),
    ("Проектът приключи през май. В момента тече ремонт на съседната улица по друга програма.", "completed"),
    # probe batch 14's classes (one distractor per passage), in our own words
    ("Общината кандидатства по ПРСР с проект за нов мост. Лагерът се проведе по проект на партньорската община Кан, който вече приключи.", "applied"),
    ("Кметът представи подаденото на 3 март проектно предложение за нова библиотека.", "applied"),
    ("The town's free bus runs every hour. The municipality has also applied for a grant to buy a second bus.", None),
    ("Social patronage in Elin Pelin\nThe service brings lunch to 80 people. The municipality's other big project, a new school, has been under way since May.", None),
    ("Домашен социален патронаж – Бяла\nПатронажът доставя храна на 60 души. Общината кандидатства и за средства за нова кухня.", None),
    ("The council's open-data policy publishes every contract. A project to redesign the portal started in March.", None),
    ("Общината продължава да изпълнява проекта за улиците. В момента се работи по ул. „Раковски“, а вече са готови и завършени ул. „Шипка“ и ул. „Пирин“.", "ongoing"),
    ("The municipality is implementing the bridge project with Calafat. Calafat's own port project was completed last month.", "ongoing"),
    # heldout42/43's classes, in our own words
    ("The town and two NGOs submitted on Monday a proposal to the Interreg programme for a river park.", "applied"),
    ("The town's bid for a new library is currently being assessed by the ministry. The site was bought in 2018.", "applied"),
    # heldout44/45's classes, in our own words
    ("The town's application went in on 3 March; the assessment is still going on.", "applied"),
    ("The partners prepared a joint bid. A funding decision is expected next spring.", "applied"),
    ("The business incubator opened its doors in May 2022 after a project under the innovation programme.", "completed"),
    ("Обновената зала прие първите си зрители на 3 март 2024 г.", "completed"),
    ("Работите започнаха през май, а на 1 октомври ателието посрещна първите участници.", "completed"),
    ("Младежкият съвет заседава всеки месец. Идеята му за велоалея до гарата е реализирана през 2022 г.", None),
    # a stage label in English, a financing agreement
    ("Пътеки\nStage: financing agreement signed; the tender is being prepared", "approved"),
]


@pytest.mark.parametrize("text, expected", WORDINGS)
def test_stage_wordings(text, expected):
    fact = extract_status(text, page_year=2025, published=Fact("2025-11-01", ""))
    assert (fact.value if fact else None) == expected
