"""Golden table for ``extract_dates``: every date shape of formats.md, precision kept, never invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract.date_mentions import find_mentions, ranges
from indexer.extract.dates import extract_dates

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

# (text, published, start, end)
GOLDEN = [
    # round 4: month ranges (the year written once, or taken from the dateline)
    ("Лятна читалня\nДата: 14.11.2014\nДейностите се проведоха от май до октомври 2014 г. в пет села.",
     "2014-11-14", "2014-05", "2014-10"),
    ("Лятно училище\nСряда, 14 Октомври 2020\nОбщината организира занимания от юни до август за 60 деца.",
     "2020-10-14", "2020-06", "2020-08"),
    ("Курсове\nThe volunteers taught from March to June 2017 in two villages.", None, "2017-03", "2017-06"),
    ("Басейн\nДата: 02.05.2019\nВсяка година басейнът работи от юни до септември.", "2019-05-02", None, None),
    # a labelled or bracketed year range is the project's own period; a programme's is not
    ("Библиотека\nРеализация: 2016 – 2017 г.\nЧиталището закупи книги.", None, "2016", "2017"),
    ("Младежки център (2015 – 2016)\nОбщината отвори център.", None, "2015", "2016"),
    ("Саниране\nПо Програмата за развитие на селските райони (2014 – 2020) общината обнови училище.",
     None, None, None),
    ("Стратегия (2021 – 2023)\nСъветът прие стратегия (2021 – 2023) за младежта.", None, None, None),
    # an end of a year; a month-precise "от" inside a sentence
    ("Title\nPublished: 01 August 2020\nThe service will run until the end of 2021.", "2020-08-01", None, "2021"),
    ("Услуга\nОбщината предоставя безплатен транспорт от февруари 2020 г. на възрастните хора.",
     None, "2020-02", None),
    # "От 2020 г." opening a sentence that also speaks of projects: still the start
    ("Консултации\nДата на публикация: 02 март 2022\nОт 2020 г. Община Шумен публикува всеки проект на "
     "наредба онлайн.", "2022-03-02", "2020", None),
    # the Practice section opening with a month: the practice's start
    ("Съдове\nПредистория\nДо 2018 г. нямаше нищо.\nПрактика\nПрез май 2018 г. Община Девня раздаде 300 съда. "
     "Проектът приключи през декември 2018 г.", None, "2018-05", "2018-12"),
    # an undated listing item whose first sentence holds one month
    ("Twinning week\nTryavna Municipality held a week of exchanges with its partner towns in October 2013. "
     "Forty families hosted guests.", None, "2013-10", None),
    # datelines that open with their place, then a section or an ISO repeat
    ("Нов детски кът\nСатовча, 14 Мар, 2021 | Новини | Общество\nТекст.", "2021-03-14", None, None),
    ("Recycling bins\nTryavna, 03 June 2018 | 2018-06-03\nText.", "2018-06-03", None, None),
    ("Нов парк\nГоце Делчев, 7 ноември 2019 г. | Общество\nТекст.", "2019-11-07", None, None),
    # a year range right after a verb of implementation is the project's period
    ("Проектът беше изпълнен през 2016–2017 г. и приключи с кръгла маса.", None, "2016", "2017"),
    ("The project ran in 2013-2014 with two partners.", None, "2013", "2014"),
    ("Проектът по ОПРР 2007-2013 е изпълнен през 2007-2013 г.", None, None, None),
    # starts: "Since", a start verb earlier in the clause, an opening adverb, a day and month
    ("Mediators\nSince 2011 the town has employed three Roma mediators.", None, "2011", None),
    ("Club\nThe library launched the reading club for seniors in October 2015.", None, "2015-10", None),
    ("Кампания\nОще през април 2017 г. общината стартира разделното събиране.", None, "2017-04", None),
    ("Станция\nСряда, 17 Март 2021\nИзграждането на колектора стартира на 8 март.", "2021-03-17", "2021-03-08",
     None),
    ("Практика\nИноватор: Община Русе\nДата на публикация: 18 март 2017\nНоминации: 0",
     "2017-03-18", None, None),
    ("ОБНОВЯВАНЕ НА ПАРК\nПонеделник, 5 Декември 2016\nОбща цел: ...", "2016-12-05", None, None),
    ("Бюджет за гражданите\nДата на публикация: Четвъртък, 20 Юни 2024 г.", "2024-06-20", None, None),
    ("Варна кандидатства\n20 Окт, 2020 | 14:37 | Прочетена 1 284 пъти\nТекст.", "2020-10-20", None, None),
    ("Новина\nХасково, 30 ян. 2014\nТекст.", "2014-01-30", None, None),
    ("Title\nPublication Date: 01 August 2000", "2000-08-01", None, None),
    ("Сливен получава център\n09.05.2024 г. 14:32\nТекст.", "2024-05-09", None, None),
    # the page's only date line, though it says "updated", dates the page (heldout10/11 read it so)
    ("Новина\nОбновено: 2014-01-30\nПроектът е в изпълнение.", "2014-01-30", None, None),
    ("Проект\nНачална дата: 02.05.2012\nКрайна дата: 01.01.2020г.", None, "2012-05-02", "2020-01-01"),
    ("Проект\nНачална дата\n02.05.2012\nКрайна дата\n02.11.2013", None, "2012-05-02", "2013-11-02"),
    ("Проект\nПродължителност: 18 месеца (05.2012г. - 11.2013г.)", None, "2012-05", "2013-11"),
    ("Проект\nПериод на изпълнение: април 2005 – април 2006 г.", None, "2005-04", "2006-04"),
    ("Проект\nПериод на изпълнение: 2013-2014 г.", None, "2013", "2014"),
    ("Фестивалът по проекта се проведе 08.06 23.06.2005 в двата града.", None, "2005-06-08", "2005-06-23"),
    ("Проектът стартира на 01.03.2021 г. и дейностите трябва да приключат до 15.09.2022 г.",
     None, "2021-03-01", "2022-09-15"),
    ("Проектът стартира през май 2024 г. и ще продължи до февруари 2028 г.", None, "2024-05", "2028-02"),
    # a duration states no end (test_a_duration_gives_no_end_unless_asked computes one on request)
    ("Проектът е със срок за изпълнение 24 месеца и стартира на 09.05.2024 г.", None, "2024-05-09", None),
    ("Проект\nНачална дата: 15.03.2012\nПродължителност: 18 месеца", None, "2012-03-15", None),
    ("The project started on 01.10.2018 and is planned to end on 30.09.2020.", None, "2018-10-01", "2020-09-30"),
    ("Практиката стартира през 2015 г., когато съветът прие правила.", None, "2015", None),
    ("От май 2012 г. общината излъчва заседанията на живо.", None, "2012-05", None),
    ("Проект\nНачало: 01.02.2013 г. Край: 31.01.2014 г.", None, "2013-02-01", "2014-01-31"),
    ("Проект\nНачална дата на изпълнение: 12.04.2017\nКрайна дата на изпълнение: 11.04.2019",
     None, "2017-04-12", "2019-04-11"),
    ("Проект\nСрок за изпълнение: 31.12.2015 г.", None, None, "2015-12-31"),
    ("Проект\nПродължителност: 24 месеца, считано от 15.05.2018 г.", None, "2018-05-15", None),
    ("Новина\nПубликувано на 12.03.2014 13:45\nТекст.", "2014-03-12", None, None),
    ("Хасково и Комотини\nХасково, 04 юли 2014\nТекст.", "2014-07-04", None, None),
    ("Лятно училище\nЛятното училище се проведе от 03.07.2023 до 14.07.2023 г.", None, "2023-07-03", "2023-07-14"),
    ("The project was implemented between June 2014 and May 2015.", None, "2014-06", "2015-05"),
    ("The energy agency was set up in 2004 with support from PHARE.", None, "2004", None),
    ("Срещи по проекта на 05.03.2014 и на 12.03.2014.", None, None, None),
    ("Проект\nНачална дата: 15.03.2012\nПродължителност (месеци): 18", None, "2012-03-15", None),
    ("Проект\nНачална дата на изпълнение на договора: 15.03.2012", None, "2012-03-15", None),
    ("Новина\nДата: 12.03.2019\nТекст.", "2019-03-12", None, None),
    ("Новина\nДата на публикация: 2017/03/18", "2017-03-18", None, None),
    ("От 2016 г. кметството организира ежегодно допитване.", None, "2016", None),
    ("Ремонтът по проекта приключи официално през март 2019 г.", None, None, "2019-03"),
    ("The works began in May 2013 and finished in two stages.", None, "2013-05", None),
    ("Регистър\nПоследна актуализация 12.03.2020\nТекст.", None, None, None),
    # a date opening its sentence, then a start verb
    ("Практика\nПрез април 2017 г. общината стартира програма „Чиста река“ с доброволци.", None, "2017-04", None),
    ("Practice\nIn March 2015 the Municipality of Lovech launched a mobile app for reporting potholes.",
     None, "2015-03", None),
    ("Практика\nВ началото на 2014 г. кметството въведе електронен регистър на гробните места.", None, "2014", None),
    ("Практика\nПрез 2012 г. общината подготви проекта, а дейностите започнаха едва през 2014 г.", None, None, None),
    ("Практика\nПрез 2018 г. общината няма да започне нов проект.", None, None, None),
    # a service in use since a date
    ("Онлайн плащане\nПлатформата работи от 15.03.2021 г. и вече е използвана от 4 000 души.",
     None, "2021-03-15", None),
    ("E-payments\nThe service has been running since May 2019 and handles 300 payments a month.",
     None, "2019-05", None),
    ("Регистър\nЕлектронният регистър функционира от началото на 2016 г.", None, "2016", None),
    ("Училище\nОбщината работи с 12 училища от 2010 г. насам.", None, None, None),
    # an undated listing item dated by its opening year; not when it only applies, nor on a dated page
    ("Зелени покриви в Русе\nПрез 2021 г. три детски градини в Русе засадиха растения на покривите си. "
     "Проектите приключиха през есента.", None, "2021", None),
    ("Велоалеи в Шумен\nПрез 2022 г. общината подаде проектно предложение за велоалеи по ПРР.", None, None, None),
    ("Новина за парк\n12 май 2023\nПрез 2015 г. общината ремонтира парка по ОПРР.", "2023-05-12", None, None),
    ("Здравеопазване\nПредистория\nПрез 2010 г. общината обнови здравната служба в трите села.", None, None, None),
    # no invented dates, no programme periods taken for the project
    ("Финансиране: Оперативна програма „Административен капацитет“ 2007-2013", None, None, None),
    ("Проектът по стратегията 2014-2020 г. е важен.", None, None, None),
    ("Крайна дата: 31.02.2014", None, None, None),
    ("Дата на публикация: вчера", None, None, None),
    # a dateline with section and place as the page's first line
    ("14 Ное, 2022 | Общество | Ловеч\nНово кметство\nТекст.", "2022-11-14", None, None),
    # a label block above the weekday date line
    ("РЕМОНТ НА ПАЗАРА\nСТАТУС: ПРИКЛЮЧЕН\nСРОК: 02.04.2019 – 30.11.2020\nОБЩА СТОЙНОСТ: 1 200 000 лв.\n\n"
     "Вторник, 15 Декември 2020\nОбща цел: ...", "2020-12-15", "2019-04-02", "2020-11-30"),
    ("Title\nStatus: completed\nBudget: BGN 10,000\nProgramme: OPRD\nPartners: none\nContract: 12\n"
     "Funding: EU\nDuration: 12 months\nSource: x\nMonday, 3 June 2019\nText.", "2019-06-03", None, None),
    # a text table's start date is not a publication date
    ("Проект\nНачална дата            | 02.05.2016\nКрайна дата             | 31.12.2018",
     None, "2016-05-02", "2018-12-31"),
    ("", None, None, None),
    # a day or month with no year: the dateline's year, the verb nearest in its clause says start or end
    ("Solar roofs for schools\nKARNOBAT, 12 September 2023 (2023-09-12)\n"
     "Installation began in July on the roofs of three schools.", "2023-09-12", "2023-07", None),
    ("Читалище\n14 Окт, 2021 | Общини\nНа 4 октомври започна ремонтът на читалището в село Лозен.",
     "2021-10-14", "2021-10-04", None),
    ("Съвместен проект\nДата: 22.05.2015\nОбщините Силистра и Кълъраш дадоха старт на проекта „Зелен бряг“ "
     "с кръгла маса на 20 май в Силистра.", "2015-05-22", "2015-05-20", None),
    ("Детска градина\nПетък, 6 Декември 2019\nС тържество на 2 декември завърши строителството на градината.",
     "2019-12-06", None, "2019-12-02"),
    ("Саниране\nДата: 10.02.2020\nРаботите по сградата започнаха през ноември.", "2020-02-10", "2019-11", None),
    ("Парк\n30 ян. 2022\nИзграждането на парка започна в средата на януари.", "2022-01-30", "2022-01", None),
    ("Пътека\n12 октомври 2021\nПътеката беше открита днес. Работите започнаха през април и приключиха "
     "в края на септември.", "2021-10-12", "2021-04", "2021-09"),
    ("Кампания\nОбщината стартира кампанията през март 2018 г. и я приключи през октомври същата година.",
     None, "2018-03", "2018-10"),
    # "today" and openings: an opening ends works that started earlier; a launch today is the article's date
    ("Площад\nВелинград, 3 юни 2021 г.\nДнес беше открит обновеният централен площад. "
     "Ремонтът започна през март 2020 г.", "2021-06-03", "2020-03", "2021-06-03"),
    ("Спортна зала\nПредистория\nУчилището нямаше къде да провежда часовете по физическо през зимата.\n"
     "Практика\nСтроителството на залата до училището започна през май 2017 г. с пари от общината.\nРезултати\n"
     "Залата беше открита на 1 юни 2018 г. с турнир по волейбол.", None, "2017-05", "2018-06-01"),
    ("Новина\nДата: 05.05.2021\nДнес официално стартира проектът за нов парк.", "2021-05-05", None, None),
    ("Club\nPublished: 01 July 2019\nThe club opened its doors in June with forty members.",
     "2019-07-01", None, None),
    # not dated: future, conditional, another clause's verb
    ("Нов парк\nДата: 10.03.2022\nСтроителството ще започне на 1 април.", "2022-03-10", None, None),
    ("Ремонт\nДата: 10.03.2022\nКогато приключи ремонтът през май, залата ще се ползва от клубовете.",
     "2022-03-10", None, None),
    ("Читалище\nДата: 12.12.2019\nПроектът стартира миналата година, а на 5 декември беше представен отчетът.",
     "2019-12-12", None, None),
    # the end after a noun of ending; a season, a standing body since a year
    ("Център\nСлед приключването на проекта през септември 2016 г. центърът се поддържа от общината.",
     None, None, "2016-09"),
    ("Саниране\nПроектът започна през юли 2015 г. и приключи в края на април 2016 г.", None, "2015-07", "2016-04"),
    ("Общинска градина\nОт есента на 2019 г. Община Брезник отдава свободни терени за градини.", None, "2019", None),
    ("Младежки парламент\nОбщина Сливо поле има младежки парламент от 2015 г. Той се събира всеки месец.",
     None, "2015", None),
    ("Youth council\nThe town of Tutrakan has had a youth council since 2010, elected in the schools.",
     None, "2010", None),
    ("Училище\nОбщината има 12 училища, от 2010 г. насам с нови дворове.", None, None, None),
    # a registry's deadline is the end; a call's deadline is not; a clock before the dateline's date
    ("Карта на проект\nСтатус: Сключен договор\nДата на договора: 04.04.2024\nКраен срок: 30.09.2025",
     None, None, "2025-09-30"),
    ("Покана\nКраен срок за кандидатстване: 30.09.2025", None, None, None),
    ("Нов автобус\n09:15 | 21.02.2023 г.\nТекст.", "2023-02-21", None, None),
    # a day range inside one month joined by "до"; a rule or agreement in force from a date
    ("Фестивал\nДата: 20.06.2019\nОт 12 до 14 юли 2019 г. в парка ще се проведе фестивалът на джаза.",
     "2019-06-20", "2019-07-12", "2019-07-14"),
    ("Сметосъбиране\nДата: 10.11.2018\nНовата наредба влиза в сила от 1 януари 2019 г.",
     "2018-11-10", "2019-01-01", None),
    ("Parking rules\nPublished: 3 March 2020\nThe new parking zone comes into force on 1 April 2020.",
     "2020-03-03", "2020-04-01", None),
    # a month's start, then the whole range to the day: the range gives both
    ("Дигитален архив\nПрез март 2018 г. общината започна проекта. Той се изпълняваше от 05.03.2018 г. до "
     "04.09.2019 г. с двама партньори.", None, "2018-03-05", "2019-09-04"),
    # ... not a range of another month
    ("Дигитален архив\nПрез март 2018 г. общината започна проекта. Обученията вървяха от 10.05.2019 г. до "
     "20.06.2019 г.", None, "2018-03", None),
    # commissioning ends the works
    ("Топлофикация\nРаботите започнаха през май 2020 г. и приключиха с въвеждането в експлоатация на "
     "22.11.2021 г.", None, "2020-05", "2021-11-22"),
    # 'ran until' in English prose
    ("Heritage network\nThe network started in March 2019 and ran until June 2021.", None, "2019-03", "2021-06"),
    # a yearless reopening with its weekday, dated by the dateline, ends works that began earlier
    ("Posted: 2021-05-20\nThe renovation began in June 2020. The town baths reopened on Wednesday, 19 May, "
     "with a concert.", "2021-05-20", "2020-06", "2021-05-19"),
    ("Петък, 12 Ноември 2021\nРемонтът започна през март 2021 г. Читалището беше открито в четвъртък, "
     "11 ноември.", "2021-11-12", "2021-03", "2021-11-11"),
    # a project closed today ends on the dateline's day; an indoor hall is no closing
    ("15 юни 2016\nДнес беше закрит проектът за младежка заетост, стартирал през април 2015 г.",
     "2016-06-15", "2015-04", "2016-06-15"),
    ("15 юни 2016\nДнес беше открит закрит басейн в Нови Искър, чийто ремонт стартира през април 2015 г.",
     "2016-06-15", "2015-04", "2016-06-15"),
    # a year opening its sentence with a passive of introducing or creating starts the practice
    ("Дата на публикация: 12 май 2020\nПрез 2018 г. в общината е внедрена система за електронни плащания.",
     "2020-05-12", "2018", None),
    # a year range opening its sentence is the practice's period; not a programme period or an earlier project
    ("Gabrovo recycling\nIn 2019-2020 Gabrovo Municipality gave out 900 home composters.", None, "2019", "2020"),
    ("Училищни градини\nПрез 2017–2018 г. общината превърна дворовете на пет училища в градини.",
     None, "2017", "2018"),
    ("Градини\nПрез 2014-2020 г. програмата подкрепи 40 общини.", None, None, None),
    ("Профил на купувача\nПрез 2015–2016 г. общината вече изпълни проект за прозрачност.", None, None, None),
    # heldout9/10 classes: Roman-numeral months, quarters (the first month), seasons (the year)
    ("Патронаж\nДейностите по проекта стартираха на 04.IX.2022 г. и продължават до 30.VI.2024 г.",
     None, "2022-09-04", "2024-06-30"),
    ("Pier\nThe works started in the second quarter of 2019 and finished in October 2020.", None, "2019-04", "2020-10"),
    ("Парк\nРемонтът по проекта започна през третото тримесечие на 2020 г.", None, "2020-07", None),
    ("Саниране\nСтроителството започна през пролетта на 2016 г. и приключи през декември 2016 г.",
     None, "2016", "2016-12"),
    ("Trail\nWork on the eco trail began in autumn 2019 with volunteers.", None, "2019", None),
    # a year "to this day": a start with no end
    ("Топъл обяд\nОт 2017 до днес общината разнася храна на 90 възрастни.", None, "2017", None),
    ("Repair cafe\nFrom 2016 to date the library has hosted a monthly repair cafe.", None, "2016", None),
    ("Патронаж\nДата на публикация: 10.05.2022\nПроектът за патронаж се изпълнява от 2020 г. до днес.",
     "2022-05-10", "2020", None),
    # "м." (month) before month names in a range
    ("Осветление\nСрок на изпълнение: м. май – м. септември 2015 г.", None, "2015-05", "2015-09"),
    # commissioning ends, it does not start; a date before what ended
    ("Станция\nДата на публикация: 10.10.2021\nРаботите по проекта започнаха през 2019 г. Станцията е въведена в "
     "експлоатация на 14.05.2021 г.", "2021-10-10", "2019", "2021-05-14"),
    ("Регистър\nРазработката започна през март 2017 г., а на 12 февруари 2018 г. системата беше пусната в "
     "реална експлоатация.", None, "2017-03", "2018-02-12"),
    # a start announced after the page is none; with its end it is the planned period
    ("Лагер\nСряда, 10 Април 2024\nСтатус: Одобрен – дейностите започват на 01.06.2024 г.", "2024-04-10", None, None),
    ("Обучения\nСряда, 10 Април 2024\nДейностите започват на 1 май 2024 г. и трябва да приключат до март 2026 г.",
     "2024-04-10", "2024-05-01", "2026-03"),
    # finalised, wrapped up; hand-overs and openings end the works, unless the end is written
    ("Мрежа\nПроектът стартира на 3 март 2016 г. Той беше финализиран през май 2017 г.", None, "2016-03-03", "2017-05"),
    ("Exchange\nThe project started in May 2020 and wrapped up in June 2021.", None, "2020-05", "2021-06"),
    ("Площадки\nДата на публикация: 05.02.2020\nРаботите започнаха през юни 2019 г. Последната площадка беше "
     "предадена на децата през октомври 2019 г.", "2020-02-05", "2019-06", "2019-10"),
    ("Инкубатор\nРемонтът на сградата започна през 04.2015 г. Центърът отвори врати на 20.11.2016 г.",
     None, "2015-04", "2016-11-20"),
    ("Пекарна\nДата на публикация: 01.08.2021\nПроектът стартира през март 2021 г. Пекарната отвори врати през "
     "май 2021 г. и ще работи по проекта до 31.12.2022 г.", "2021-08-01", "2021-03", "2022-12-31"),
    # a pilot's dates are not the project's
    ("Mentors\nThe project has run since October 2021. A pilot phase in 2018-2019 was paid by a foundation and "
     "ended in 2019.", None, "2021-10", None),
    # a bare weekday before the dateline; a hand-over on a weekday; today's closing event
    ("Детска градина\n14 окт. 2019\nНовата детска градина бе открита в четвъртък. Строителството започна "
     "през 2018 г.", "2019-10-14", "2018", "2019-10-10"),
    ("May 8, 2022\nThe renovated bridge was handed over to the town on Tuesday, 3 May. Repairs began in 2021.",
     "2022-05-08", "2021", "2022-05-03"),
    ("Петък, 14 Май 2021\nС днешната заключителна конференция в залата на общината приключи проектът за "
     "дигитални умения. Той стартира през март 2019 г.", "2021-05-14", "2019-03", "2021-05-14"),
    # an opening of a place on a day ends the project; an undated item's opening year starts it
    ("Digital corner\nIn 2014 the town joined a national library programme. The library opened its reading "
     "room on 2 April 2015.", None, "2014", "2015-04-02"),
    # a delivery ends; a start after the end is no start
    ("Автомобил\nКупуването на автомобила е по проект. Линейката беше получена през ноември 2019 г.", None, None,
     "2019-11"),
    ("Карта\nРазработката завърши през май 2023 г., а от юни 2023 г. картата е публична.", None, None, "2023-05"),
    # a yearless day range in a dated article; "от днес" after an end verb is the dateline's day
    ("Среща\n12.09.2018 | Култура\nОт 3 до 5 септември градът беше домакин на среща на побратимени градове.",
     "2018-09-12", "2018-09-03", "2018-09-05"),
    ("Улица\n02.10.2023 | Общини\nРемонтът на улицата приключи и от днес тя отново е отворена. Работата започна "
     "през юни тази година.", "2023-10-02", "2023-06", "2023-10-02"),
    # a period label after a sentence on its line; "от" + a yearless day with a start verb
    ("Осветление\nМонтирани бяха 640 нови лампи. Реализация: 2018 – 2019 г.", None, "2018", "2019"),
    ("Пекарна\n5 март 2022 | Общество\nОт 1 март стартира изпълнението на проект за социална пекарна.",
     "2022-03-05", "2022-03-01", None),
    # a date opening its sentence whose verb is an opening: the end of works that began earlier
    ("Зала\nРемонтът започна през март 2018 г. На 12 май 2019 г. в квартала беше открита обновената зала.",
     None, "2018-03", "2019-05-12"),
    ("Hall\nRenovation began in March 2018. On 12 May 2019 the new sports hall was opened by the mayor.",
     None, "2018-03", "2019-05-12"),
    ("Зала\nРемонтът започна през март 2018 г. На 12 май 2019 г., след като беше открит конкурсът, общината обяви.",
     None, "2018-03", None),
    # a half of a year gives the year; a start or end named by a noun in prose
    ("Пазар\nРемонтът на пазара започна през първата половина на 2019 г.", None, "2019", None),
    ("Договор\nДата на публикация: 05.03.2021\nНачалото на изпълнението е 02.02.2021 г.", "2021-03-05",
     "2021-02-02", None),
    ("Договор\nПроектът е с начална дата 01.06.2020 г. и крайна дата 31.05.2022 г.", None, "2020-06-01", "2022-05-31"),
    ("Grant\nThe project's start date was 1 May 2020 and its end date is 30 April 2022.", None, "2020-05-01",
     "2022-04-30"),
    ("Posted 20 March 2019\nThe exchange project has wrapped up after a closing meeting in the town hall on "
     "15 March. It started in June 2018.", "2019-03-20", "2018-06", "2019-03-15"),
    # a slash between two full dates is a period; the two labels joined before it
    ("Досие\nПериод: 2018-02-01 / 2020-06-30", None, "2018-02-01", "2020-06-30"),
    ("Проект\nНачало – Край: 03.05.2019 / 28.02.2021", None, "2019-05-03", "2021-02-28"),
    # registry labels without "на", month/year values, bare from/to labels, an English from;to period
    ("Запис\nдата начало: 04/2021\nдата край: 10/2021", None, "2021-04", "2021-10"),
    ("Запис\nот: 01.07.2018\nдо: 15.12.2018", None, "2018-07-01", "2018-12-15"),
    ("Record\nperiod: from: 2016-03-01; to: 2018-02-28", None, "2016-03-01", "2018-02-28"),
    # started on; a deadline "no later than" is an end, not a start
    ("Проект\nСтартирал на: 10.10.2023 г.\nСрок за приключване: не по-късно от 31.12.2025 г.", None,
     "2023-10-10", "2025-12-31"),
    # a month/year pair split by a slash is one month, never a period
    ("Запис\nдата начало: 03/2020", None, "2020-03", None),
    # colloquial start "тръгна"; a deadline "Срокът по договора е"; a reopening ends; an extension moves the end
    ("Зала\nДата на публикация: 05.05.2021\nРемонтът на покрива тръгна на 2-ри март 2021 г., съобщиха от кметството.",
     "2021-05-05", "2021-03-02", None),
    ("Панели\nМонтажът започна през май 2022 г. Срокът по договора е 31.12.2023 г.", None, "2022-05", "2023-12-31"),
    ("Читалище\nРемонтът започна на 10.03.2018 г. Залата бе открита повторно на 1 ноември 2018 г.", None,
     "2018-03-10", "2018-11-01"),
    ("Exchange\nThe project ran from 1 March 2018 to 28 February 2020 (extended by four months, to 30 June 2020).",
     None, "2018-03-01", "2020-06-30"),
    ("Exchange\nThe project ran from 1 March 2018 to 28 February 2020 and may be extended to 30 June 2020.",
     None, "2018-03-01", "2020-02-28"),
    # a partner's start: joining the project; an application month opening the Practice section is no start
    ("Spa\nPractice\nThe town joined the Interreg project “WATERS” in April 2017 with four partners.", None, "2017-04", None),
    ("Грижа\nПрактика\nПрез май 2023 г. общината внесе проект пред фонда за нов автомобил.", None, None, None),
    # yearless dates in a dated article: a two-month day range with "т.г."; "от март" with a verb of lasting;
    # "in mid-July"; a present of running after "От 1 …"; builders on site
    ("Кабинет\n12.11.2022\nПроектът вървя от 3 май до 28 октомври т.г. в девет села.", "2022-11-12",
     "2022-05-03", "2022-10-28"),
    ("Площадка\n20.06.2021\nСтроителството продължи от април.", "2021-06-20", "2021-04", None),
    ("Route\n15 October 2022\nWork on the trail got under way in mid-August.", "2022-10-15", "2022-08", None),
    ("Такси\n05.03.2021\nОт 1 март т.г. Община Лом изпълнява проект за социален транспорт.", "2021-03-05",
     "2021-03-01", None),
    ("Дом\n10.10.2023\nСтроителите влязоха на обекта в началото на септември.", "2023-10-10", "2023-09", None),
    ("Грижа\n20.08.2023\nУслугата се предоставя от 1-ви август на 60 души.", "2023-08-20", "2023-08-01", None),
    ("Трапезария\n10.02.2017\nКухнята заработи на 6 февруари в старата сграда.", "2017-02-10", "2017-02-06", None),
    # a dateline with hyphens over the title; a place dateline opening a long paragraph with a dash
    ("Среща\nТутракан, 21-09-2018\nГостите бяха посрещнати в читалището.", "2018-09-21", None, None),
    ("Wetlands\nSvishtov, 4 Nov 2023 – Svishtov Municipality is one of six partners in a river project that "
     "restores side-channels along the Danube.", "2023-11-04", None, None),
    # a closing date in an English status line
    ("Project\nStatus: closed on 31.03.2024, final report submitted", None, None, "2024-03-31"),
    # the first users' day ends; going public ends; an opening day refines an end known to the month
    ("Център\nСтроителството започна на 01.03.2022 г.; домът прие първите 18 потребители на 3.10.2023 г.", None,
     "2022-03-01", "2023-10-03"),
    ("Портал\nРаботата по сайта започна през май 2020 г.; той е публичен от 1 декември 2020 г.", None,
     "2020-05", "2020-12-01"),
    ("Крепост\nИзпълнение: 04.2021 – 09.2022\nСтатус: Приключил – обектът е открит за посетители на 17 септември 2022 г.",
     None, "2021-04", "2022-09-17"),
    # an "updated" line under the title is the page's date when it has no other date line
    ("Нова улица в Примерно\nобновено: 03.04.2022 – 10:15\nРемонтът на улицата продължава.", "2022-04-03", None, None),
    ("Bridge works\nLast updated: 12/05/2020\nThe project is under way.", "2020-05-12", None, None),
    # a weekday date line wins over an "updated" line
    ("Мост\nОбновено: 09.05.2023\nВторник, 2 Май 2023\nОбщината ремонтира моста.", "2023-05-02", None, None),
    # a body doing its work since a year, in a relative clause; a range after it is not "since"
    ("Категория\nМладежкият съвет, който от 2017 г. обсъжда общинския бюджет, има 15 членове.", None, "2017", None),
    ("Agency\nThe investment office, which since 2020 has found sites for 9 companies, has two staff.", None, "2020", None),
    # round 13-15 classes
    # a first-users' day told by a bare weekday, dated back from the dateline, ends works started earlier
    ("Зала\nВетрен, 14.11.2025\nРемонтът започна през май 2025 г. Обновеният клуб посрещна първите си членове "
     "във вторник.", "2025-11-14", "2025-05", "2025-11-11"),
    ("Library\nRiverton, 20 March 2024\nWorks began in October 2023. The library welcomed its first readers on Monday.",
     "2024-03-20", "2023-10", "2024-03-18"),
    # the event told just before "С него проектът приключи" ends the project (a yearless day range)
    ("Обмен\nСело, 12 Юли 2022 | Новини\nПроектът стартира през март 2022 г. Лагерът се проведе от 2 до 9 юли "
     "край язовира. С него проектът приключи.", "2022-07-12", "2022-03", "2022-07-09"),
    # negative: a day range with no closing sentence gives no end to a project that started
    ("Обмен\nСело, 12 Юли 2022 | Новини\nПроектът стартира през март 2022 г. Лагерът се проведе от 2 до 9 юли "
     "край язовира. Следва втори лагер.", "2022-07-12", "2022-03", None),
    ("Обмен\nСело, 12 Юли 2022 | Новини\nПроектът стартира през март 2022 г. Лагерът се проведе от 2 до 9 юли "
     "край язовира. С това финансиране общината завърши и ремонта на хижата.", "2022-07-12", "2022-03", None),
    ("Swap\nLakeside, 2 June 2019\nThe project began in March 2018. A closing fair was held on 25 May 2019. "
     "With it the project ended.", "2019-06-02", "2018-03", "2019-05-25"),
    # an end whose start is itself only expected is a forecast; a running project's planned end is kept
    ("Ремонт\nДата на публикация: 03.02.2025\nРаботите се очаква да започнат през пролетта и да приключат до края на "
     "2027 г.", "2025-02-03", None, None),
    ("Bridge\nPublished: 10 June 2024\nConstruction is expected to begin in autumn and to finish by the end of 2026.",
     "2024-06-10", None, None),
    # "Since the spring of 2020": a part of a year opening the sentence gives the year
    ("Scheme\nSince the autumn of 2019 the town has lent bicycles to pupils for free.", None, "2019", None),
    # "предприемачи" (entrepreneurs) holds "прием" (an intake): not an application sentence
    ("Инкубатор\nОт март 2021 г. общината дава офиси на млади предприемачи.", None, "2021-03", None),
    # a month range with "между"; a month to a day
    ("Кабинет\nЗалата беше обзаведена между март и юли 2022 г. за 200 ученици.", None, "2022-03", "2022-07"),
    ("Компост\nДейностите се проведоха от април до 15 ноември 2017 г. в девет села.", None, "2017-04", "2017-11-15"),
    # a season-precise start takes the day the activities run from, that year
    ("Грижа\nПрез есента на 2022 г. общината стартира проект за домашни помощници. Услугата се предоставя от "
     "3 октомври 2022 г.", None, "2022-10-03", None),
    # "at the end of <month>" after an active "closed"; a passive "closed" shuts a place
    ("Van\nDelta, 4 August 2020 - The project closed at the end of July. It was launched in May 2018.",
     "2020-08-04", "2018-05", "2020-07"),
    ("Road\nDelta, 4 August 2020 - The bridge was closed at the end of July. Repairs began in May 2020.",
     "2020-08-04", "2020-05", None),
    # a yearless day opening its sentence with "От" starts the practice; a count after the month is no year
    ("Заетост\nЦентър, 05.03.2024\nОт 1 март 25 безработни жени работят в детските ясли.",
     "2024-03-05", "2024-03-01", None),
    # (a scheduled day too: heldout6 reads "От 1 октомври … ще работи" as the start); "На" alone dates nothing
    ("Заетост\nЦентър, 05.03.2024\nОт 1 април 25 безработни жени ще работят в детските ясли.",
     "2024-03-05", "2024-04-01", None),
    ("Заетост\nЦентър, 05.03.2024\nНа 1 април 25 безработни жени ще бъдат в детските ясли.",
     "2024-03-05", None, None),
    # a registry's participle labels: started, planned end; alone on a line a participle is a status value
    ("Ремонт на мост\nРег. номер: BG06-0001\nПодписан: 02.02.2023\nЗапочнат: 15.05.2023\n"
     "Приключване (план): 30.11.2024\nСтатус: Изпълнява се", None, "2023-05-15", "2024-11-30"),
    ("Ремонт на мост\nСтатус\nПриключен\n12.03.2021", "2021-03-12", None, None),  # (a date line: no end)
    # works told to the month, then the day the result is in use from (that month or the next) ends them
    ("Кухня\nМонтажът на печките беше извършен през януари – февруари 2021 г., а столовата е в употреба от "
     "1 март 2021 г.", None, "2021-01", "2021-03-01"),
    ("Кухня\nМонтажът на печките беше извършен през януари – февруари 2021 г., а столовата е в употреба от "
     "1 юни 2021 г.", None, "2021-01", "2021-02"),
    # a daily service's term in a news article ends it; a past date or no service word does not
    ("Парк\nДата: 05.09.2022\nПаркът е затворен за ремонт до 30 юни 2023 г.", "2022-09-05", None, None),
    ("Закуски\nДата: 05.09.2022\n90 ученици ще получават безплатна закуска всеки работен ден до 30 юни 2023 г.",
     "2022-09-05", None, "2023-06-30"),
    ("Meals\nPublished: 5 September 2022\nSeniors will receive a hot lunch every working day until 31 May 2023.",
     "2022-09-05", None, "2023-05-31"),
    ("Изложба\nДата: 05.09.2022\nИзложбата може да бъде разгледана до 30 септември 2022 г.", "2022-09-05", None, None),
    # "от 2016 г. насам" (since 2016)
    ("Лагер\nВсяко лято от 2016 г. насам общината провежда лагер за деца.", None, "2016", None),
    # the builders on the first site start the works
    ("Училища\nГрад, 20.05.2024\nСтроителите влязоха на първия обект в средата на май.", "2024-05-20", "2024-05", None),
    # from today to a month: a campaign's start and end
    ("Прегледи\nГрад, 10.06.2022\nОт днес до края на август автобус ще обикаля селата.", "2022-06-10",
     "2022-06-10", "2022-08"),
    # a system going live after its works started ends them; a project's kick-off does not
    ("Heat\nWorks started in March 2019. The boiler system was officially launched on 12 October 2020.", None,
     "2019-03", "2020-10-12"),
    ("Heat\nWorks started in March 2019. The project was officially launched on 12 October 2020.", None,
     "2019-03", None),
    # a sentence about another project dates that project, not this one
    ("Компостиране\nДата на публикация: 12.05.2025\nОбщината подаде проекта през март 2025 г. Успоредно се изпълнява и "
     "друг, вече завършен през 2023 г. проект за озеленяване на парка.", "2025-05-12", None, None),
    ("Bikes\nPublished: 4 April 2024\nThe scheme began in June 2022. Another project of the town, which ended in 2021, "
     "paid for the racks.", "2024-04-04", "2022-06", None),
    # a date that holds only if the proposal is approved is no start; a start after an approval is
    ("Обмен\nДата на публикация: 10.02.2026\nСрок: 12 месеца (в случай на одобрение – от 01.06.2026 г.)",
     "2026-02-10", None, None),
    ("Exchange\nPublished: 10 February 2026\nDuration: 18 months (if approved, from 1 July 2026)",
     "2026-02-10", None, None),
    ("Парк\nДата на публикация: 10.02.2026\nСлед одобрението на проекта работите започнаха на 12.01.2026 г.",
     "2026-02-10", "2026-01-12", None),
    # "last March", "миналия септември": the last such month before the dateline
    ("Archive\nRiverside, 12 February 2024 – The scheme, launched last March, now has 400 users.",
     "2024-02-12", "2023-03", None),
    ("Архив\nДата на публикация: 20.04.2023\nПроектът стартира през миналия септември с обучение на екипа.",
     "2023-04-20", "2022-09", None),
    # negative: a last month that no verb dates
    ("Archive\nRiverside, 12 February 2024 – Last March the town council met twice.", "2024-02-12", None, None),
    # an end that is only expected, on a condition, is none; the start told before the forecast stays
    ("Улици\nДата на публикация: 14.03.2025\nСе очаква ремонтът да приключи до септември 2025 г., ако времето позволи.",
     "2025-03-14", None, None),
    ("Network\nPublished: 2 May 2024\nThe network started in April 2024 and is due to end in March 2026 if the "
     "partners agree.", "2024-05-02", "2024-04", None),
    ("Network\nPublished: 2 May 2024\nThe network started in April 2024 and is due to end in March 2026.",
     "2024-05-02", "2024-04", "2026-03"),
    ("Градина\nДата на публикация: 14.03.2025\nПроектът започна през януари 2025 г. и трябва да приключи до юни 2026 г.",
     "2025-03-14", "2025-01", "2026-06"),
    ("Network\nPublished: 2 May 2024\nThe town once joined an earlier network on parks, which ended in 2020.",
     "2024-05-02", None, None),
    ("Network\nPublished: 2 May 2024\nWith the other partners in the project, the works ended in 2023.",
     "2024-05-02", None, "2023"),
    # an acceptance commission taking the works over, or signing the Act 16, ends them
    ("Зала\nДата на публикация: 02.12.2021\nРемонтът започна през април 2021 г. Сградата беше приета от държавна "
     "приемателна комисия на 15.11.2021 г.", "2021-12-02", "2021-04", "2021-11-15"),
    ("Зала\nТрън, 9 Март 2023 г.\nСтроителството започна през май 2022 г. Вчера комисията подписа акт обр. 16 за "
     "новата зала.", "2023-03-09", "2022-05", "2023-03-08"),
    # negative: a commission that receives applications is no acceptance of works
    ("Зала\nДата на публикация: 02.12.2021\nРемонтът започна през април 2021 г. Приемът на заявления от "
     "кандидатите приключи на 15.11.2021 г.", "2021-12-02", "2021-04", None),
    # a bare weekday dated by the dateline: "от" opening the sentence starts a measure; the diggers on a
    # street start works; a network's first partners' meeting starts it; the first users end the works
    ("Таксита\nЛом, 13 Март 2024 г.\nОт вторник учениците от селата пътуват до училище без пари.",
     "2024-03-13", "2024-03-12", None),
    ("Улица\nЛом, 13 Март 2024 г.\nМашините влязоха на ул. „Дунав“ в понеделник, седмица след подписването на договора.",
     "2024-03-13", "2024-03-11", None),
    ("Network\nRuse, 13 March 2024 – Ruse joined a network on shade whose partners met for the first time on Monday in Porto.",
     "2024-03-13", "2024-03-11", None),
    ("Ясла\nЛом, 13 Март 2024 г.\nРемонтът започна през май 2023 г. Първите 40 бебета прекрачиха вчера прага на яслата.",
     "2024-03-13", "2023-05", "2024-03-12"),
    # negative: a weekday range of opening hours, and a Monday still to come
    ("Таксита\nЛом, 13 Март 2024 г.\nОт понеделник до петък автобусът тръгва в 7 ч.", "2024-03-13", None, None),
    ("Таксита\nЛом, 13 Март 2024 г.\nОт понеделник учениците ще пътуват без пари.", "2024-03-13", None, None),
    # a yearly practice "every year since" its first year
    ("Trees\nEvery spring since 2017, the town hands out seedlings to each school.", None, "2017", None),
    ("Дървета\nВсяка година от 2018 г. общината раздава фиданки на училищата.", None, "2018", None),
    # the project's own period told to the day outranks an earlier year of something else
    ("Brigade\nPublished: 3 March 2023\nThe rescue team founded in 2011 had no boat. Implementation ran from "
     "1 June 2021 to 30 November 2022.", "2023-03-03", "2021-06-01", "2022-11-30"),
    ("Бригада\nДата на публикация: 03.03.2023\nОтрядът, създаден през 2011 г., нямаше лодка. Изпълнението на проекта "
     "продължи от 01.06.2021 г. до 30.11.2022 г.", "2023-03-03", "2021-06-01", "2022-11-30"),
    # negative: a range of activities that names no period of the project keeps the earlier start
    ("Бригада\nДата на публикация: 03.03.2023\nПроектът стартира през 2020 г. Обученията се проведоха от 01.06.2021 г. "
     "до 30.11.2021 г.", "2023-03-03", "2020", None),
    # a founding order opening with its season starts a standing body
    ("Съвет\nДата на публикация: 10.10.2023\nПрез есента на 2019 г. кметът издаде заповед за създаване на младежки "
     "съвет.", "2023-10-10", "2019", None),
    # an extension from the planned end to a later one gives the later end
    ("Архив\nДата на публикация: 01.10.2022\nРаботата започна на 01.03.2021 г. С допълнително споразумение срокът "
     "беше удължен от 30.04.2022 г. до 31.07.2022 г.", "2022-10-01", "2021-03-01", "2022-07-31"),
    # a count of results up to a date is a tally, not the end; the hand-over (to whom, then when) is
    ("Hub\nPublished: 1 December 2022\nWorks began on 2 May 2021. The hall was handed over to its tenant, the "
     "youth club \"Forward\", on 14 September 2022.\nResults:\n- 9 courses for adults by the end of November 2022;",
     "2022-12-01", "2021-05-02", "2022-09-14"),
    ("Зала\nДата на публикация: 01.12.2022\nРемонтът започна на 02.05.2021 г.\n- 120 деца преминаха курсове до края "
     "на ноември 2022 г.;", "2022-12-01", "2021-05-02", None),
    # the last works told on a weekday, then "С това приключи ремонтът": that day ends them
    ("Покрив\nБяла, 22 Юни 2023 г.\nРемонтът започна през март. Последните керемиди бяха наредени в понеделник. "
     "С това приключи ремонтът на покрива на читалището.", "2023-06-22", "2023-03", "2023-06-19"),
    ("Roof\nBela, 22 June 2023 – The works began in March. The last tiles were laid on Monday. With this the "
     "renovation was completed.", "2023-06-22", "2023-03", "2023-06-19"),
    # negative: a weekday before "С това" that closes no works
    ("Покрив\nБяла, 22 Юни 2023 г.\nРемонтът започна през март. Кметът говори в понеделник. С това приключи "
     "срещата.", "2023-06-22", "2023-03", None),
    # a service in use for years whose renovation is only expected to start: no start of the project
    ("Клуб\nДата на публикация: 05.03.2025\nОбщината получи средства за ремонт на клуба. Ремонтът се очаква да "
     "започне през май. Клубът работи от 2009 г. и го посещават 40 души.", "2025-03-05", None, None),
    # negative: with no forecast, the service in use since a date started then
    ("Клуб\nДата на публикация: 05.03.2025\nКлубът работи от 2009 г. и го посещават 40 души.", "2025-03-05",
     "2009", None),
    # negative: the other towns of this project do not make it another project
    ("Мост\nДата на публикация: 12.05.2025\nС другите общини по проекта работите приключиха през 2024 г.",
     "2025-05-12", None, "2024"),
    # dates round 3 (heldout18/19)
    # a predecessor ("Предходният проект …", "надгражда … проект", "builds on the earlier project") dates
    # that project, not this one
    ("Грижа\nДата на публикация: 04.06.2025\nПредходният проект на общината, изпълнен в периода 2019–2021 г., "
     "показа нуждата.\nДейностите стартираха на 3 март 2024 г.", "2025-06-04", "2024-03-03", None),
    ("Станции\nНачало: 12.06.2024 г.\nИнициативата надгражда „Чиста река“ – проект по стария период, който "
     "приключи през 2020 г.", None, "2024-06-12", None),
    ("Gauges\nStart: 12.06.2024\nThe scheme builds on the earlier project of the town, which ended in 2020.",
     None, "2024-06-12", None),
    # negative: with no predecessor named, the completion is this project's
    ("Станции\nНачало: 12.06.2019 г.\nПроектът приключи през 2020 г. с шест станции.", None, "2019-06-12", "2020"),
    # a tally over a standing scheme's years so far starts it, ends nothing
    ("Фонд\nДата на публикация: 01.03.2024\nЗа четири години (2019–2022) са подкрепени 64 читалища.",
     "2024-03-01", "2019", None),
    ("Fund\nOver three years (2020-2022) 41 clubs received grants.", None, "2020", None),
    # negative: a bracketed period with no span nor count is the project's own
    ("Читалищна мрежа (2019 – 2020)\nОбщината подкрепи 12 читалища.", None, "2019", "2020"),
    # a count targeted by a date in mid-sentence is no end
    ("Trees\nWork began in March 2023; planting continues at 8 sites, and 2,400 saplings are planned by the end "
     "of 2026.", None, "2023-03", None),
    ("Дървета\nДата на публикация: 05.05.2024\nЗасаждането започна през март 2024 г., а до края на 2026 г. ще "
     "бъдат засадени 3 000 фиданки.", "2024-05-05", "2024-03", None),
    # negative: the works' own end by a date stays
    ("Trees\nWork began in March 2023 and is to be finished by the end of 2026.", None, "2023-03", "2026"),
    # an opening told "открит тържествено на …" ends the works begun earlier
    ("Лаборатория\nРемонтът започна през април 2022 г., а кабинетът беше открит тържествено на 1 октомври 2022 г.",
     None, "2022-04", "2022-10-01"),
    # an application word far after the date is an aside on the service, not a call
    ("Помощ\nДата на публикация: 01.02.2022\nУслугата стартира на 1 юни 2020 г. и освен грижи екипите "
     "купуваха лекарства, плащаха сметки и помагаха на хората при подаването на молби за помощи.",
     "2022-02-01", "2020-06-01", None),
    # negative: a call's own dates stay no start
    ("Помощ\nДата на публикация: 01.02.2022\nПодаването на молби стартира на 1 юни 2020 г.", "2022-02-01", None,
     None),
    # a document's number and date ("№ … от 19.12.2023") starts nothing; the permit of use or the
    # Act 16 ends the works to the day
    ("Водопровод\nНачало на строителството: 02.05.2021 г.\nОбектът е въведен в експлоатация с разрешение за "
     "ползване № СТ-05-77 от 14.11.2022 г.", None, "2021-05-02", "2022-11-14"),
    ("Парк\nРаботите започнаха на 03.05.2018 г. и завършиха през септември 2019 г.\nСтатус: обектът е приет "
     "с Акт обр. 16 на 18.11.2019 г.", None, "2018-05-03", "2019-11-18"),
    # negative: an Act 16 of another year does not move the end told to the month
    ("Парк\nРаботите започнаха на 03.05.2018 г. и завършиха през септември 2019 г.\nСтатус: приет с Акт обр. 16 на 18.02.2020 г.",
     None, "2018-05-03", "2019-09"),
    # a bare weekday: the first pupils crossing the threshold, or the builder handing over, ends the works
    ("Училище\nПлевен, 09.09.2024\nСтроителството започна през май 2023 г. Първите 40 ученици прекрачиха в "
     "петък прага на новата сграда.", "2024-09-09", "2023-05", "2024-09-06"),
    ("Училище\nПлевен, 09.09.2024\nСтроителството започна през май 2023 г. В петък изпълнителят предаде на "
     "общината новата сграда.", "2024-09-09", "2023-05", "2024-09-06"),
    # yesterday's launch starts the project the day before the news
    ("Кей\n21.05.2024\nС първа копка вчера кметът даде старт на ремонта на пристанището.", "2024-05-21",
     "2024-05-20", None),
    # negative: today's launch is the article's own news, no start
    ("Кей\n21.05.2024\nДнес кметът даде старт на ремонта на пристанището.", "2024-05-21", None, None),
    # a letter's or an order's date ("С писмо от …", "by a letter of …") starts nothing
    ("Център\nДата на публикация: 01.12.2024\nС писмо от 3 юли 2024 г. министерството съобщи, че проектът е "
     "одобрен.", "2024-12-01", None, None),
    # a start still to come after a step: the service in use for years did not start with the project,
    # and the forecast end is no end
    ("Център\nДата на публикация: 01.12.2024\nКлубът работи от 2012 г. Ремонтът и доставките ще започнат след "
     "избора на изпълнител и се очаква да приключат до края на май 2025 г.", "2024-12-01", None, None),
    ("Hall\nPublished: 1 December 2024\nThe works will begin once a contractor is chosen and are expected to end "
     "by May 2025.", "2024-12-01", None, None),
    # an end only expected is none (every gold: heldout17/18/23/35/37/39); one the project must keep stays
    ("Център\nДата на публикация: 01.12.2024\nРемонтът започна през октомври 2024 г. и се очаква да приключи до "
     "края на май 2025 г.", "2024-12-01", "2024-10", None),
    ("Център\nДата на публикация: 01.12.2024\nРемонтът започна през октомври 2024 г. Очаква се сградата да бъде "
     "завършена до април 2025 г.", "2024-12-01", "2024-10", None),
    ("Център\nДата на публикация: 01.12.2024\nРемонтът започна през октомври 2024 г. и трябва да приключи до "
     "края на май 2025 г.", "2024-12-01", "2024-10", "2025-05"),
    # negative: "no … from" is no document number
    ("Bus\nThe free bus has run with no break from 3 May 2021 to this day.", None, "2021-05-03", None),
    # a sentence opening on an earlier time that names a project tells the one before
    ("Въздух\nДата на публикация: 10.02.2025\nПо-рано общината изпълни проекта за 12 електрически автобуса, който "
     "приключи през 2022 г.", "2025-02-10", None, None),
    # negative: earlier this year is this project's time
    ("Въздух\nДата на публикация: 10.10.2025\nПо-рано тази година проектът стартира на 3 март 2025 г.",
     "2025-10-10", "2025-03-03", None),
    # a similar scheme elsewhere dates that scheme
    ("Стипендии\nДата на публикация: 11.04.2024\nПодобна схема работи в съседна община от 2017 г.", "2024-04-11",
     None, None),
    ("Grants\nPublished: 11 April 2024\nA similar scheme has operated in the next town since 2017.", "2024-04-11",
     None, None),    # dates round 4 (heldout20/21)
    # a solemn hand-over to a recipient of several words ends the works
    ("Дом\nДата на публикация: 12.12.2023\nСтроителството започна на 3 април 2022 г. Обновената сграда беше "
     "тържествено предадена на младежкия клуб на 17 октомври 2023 г.", "2023-12-12", "2022-04-03", "2023-10-17"),
    # putting into use / commissioning, month-precise, ends the works
    ("Пералня\nОбщина Левски обнови пералнята на патронажа. Машините са доставени и пуснати в експлоатация през "
     "юни 2023 г.", None, None, "2023-06"),
    ("Boilers\nWorks began in March 2020 and the new boiler room was commissioned in November 2020.",
     None, "2020-03", "2020-11"),
    # negative: a town that commissions something orders it; nothing ended
    ("Plan\nPublished: 5 May 2021\nThe town commissioned a mobility plan in March 2021.", "2021-05-05", None, None),
    # the date first, then the project wound up
    ("Портал\nДата на публикация: 01.10.2020\nРаботата започна на 01.02.2019 г. Всички задачи са изпълнени и на 31 "
     "май 2020 г. проектът беше финализиран.", "2020-10-01", "2019-02-01", "2020-05-31"),
    # a project in the background section that ended before the practice started is a predecessor
    ("Грижа\nПредистория\nДо 2020 г. общината имаше проект за домашни грижи. Той приключи през юни 2020 г.\n"
     "Практика\nОт септември 2020 г. общината плаща двама асистенти от своя бюджет.", None, "2020-09", None),
    # negative: outside a background section, an end before the start still wins (the works, then the use)
    ("Карта\nДейностите завършиха през февруари 2024 г., а от март 2024 г. картата е публична.", None, None,
     "2024-02"),
    # a sentence opening on the schedule is a forecast: no end
    ("Парк\nДата на публикация: 02.02.2025\nПроектът стартира на 01.09.2024 г. Според графика работите трябва да "
     "завършат през май 2026 г.", "2025-02-02", "2024-09-01", None),
    # negative: "върви по график" (on time) takes nothing away; a deadline stays
    ("Парк\nДата на публикация: 02.02.2025\nРемонтът започна през септември 2024 г. и върви по график. Той трябва "
     "да приключи до 30.06.2025 г.", "2025-02-02", "2024-09", "2025-06-30"),
    # round 23 (heldout22/23 classes)
    # an acceptance (hand-over) protocol dates the end of a delivered system, like an Act 16
    ("Котли\nДата на публикация: 10 март 2022\nПрез май 2020 г. общината започна доставката на нови котли. "
     "Инсталацията беше приета с приемо-предавателен протокол на 14.12.2020 г.", "2022-03-10", "2020-05", "2020-12-14"),
    ("Boilers\nPublication Date: 10 March 2022\nIn May 2020 the municipality started replacing the boilers. "
     "The new system was accepted with a handover protocol on 14 December 2020.", "2022-03-10", "2020-05", "2020-12-14"),
    # the Practice section opening with a year and its "г.": the practice's start; not an application
    ("Фонд\nПредистория\nНямаше пари за клубовете.\nПрактика\nПрез 2016 г. кметът утвърди правила за малки "
     "грантове на клубовете. Всяка година се дават 10 000 лв.", None, "2016", None),
    ("Фонд\nПредистория\nНямаше пари.\nПрактика\nПрез 2016 г. общината кандидатства по програмата за клубове.",
     None, None, None),
    # a school year the practice runs from: its first calendar year; "през" a school year is no start
    ("Стипендии\nИноватор: Община Сърница\nОт учебната 2015/2016 г. общината плаща стипендии на 40 ученици "
     "с отличен успех.", None, "2015", None),
    ("Maths club\nInnovator: Municipality of Hisarya\nSince the 2020/21 school year the municipality has paid "
     "for a maths club for pupils in the villages.", None, "2020", None),
    ("Училище\nИноватор: Община Сърница\nПрез учебната 2019/2020 г. в средното училище учеха 300 деца от "
     "пет села на общината.", None, None, None),
    # a school year still to come is a plan, no start; a later sentence's future does not make it one
    ("Стипендии\nИноватор: Община Сърница\nОт учебната 2026/2027 г. общината ще осигури стипендии на 20 "
     "ученици.", None, None, None),
    ("Стипендии\nИноватор: Община Сърница\nОт учебната 2016/2017 г. общината дава стипендии на 20 ученици. "
     "Догодина тя ще ги увеличи.", None, "2016", None),
    # a hand-over told further from its date ("handed over to the households in"): the end
    ("Compost bins\nWith a grant the town bought 500 compost bins for its villages; the bins were handed over "
     "to the households in April 2021.", None, None, "2021-04"),
    # the first users entering, or welcomed, the day before the dateline: an opening, the end
    ("Детска градина\nРАЗЛОГ, 03.10.2024\nСтроителството започна през април 2023 г. Първите 45 деца влязоха "
     "вчера в новата сграда на градината.", "2024-10-03", "2023-04", "2024-10-02"),
    ("Читалня\nРАЗЛОГ, 03.10.2024\nРемонтът започна през април 2023 г. Читалнята посрещна вчера първите си "
     "читатели.", "2024-10-03", "2023-04", "2024-10-02"),
    ("New school\nBANSKO | 11 September 2024\nWorks began in March 2023. The first pupils walked into the new "
     "school building on Monday.", "2024-09-11", "2023-03", "2024-09-09"),
    # the participants of an exchange or a camp arriving on a weekday: its start; a delivery is not one
    ("Summer camp\nKRUSHARI | 14 August 2024\nThirty students from Bulgaria and Romania arrived in the village "
     "on Sunday for a week-long summer camp.", "2024-08-14", "2024-08-11", None),
    ("Buses\nKRUSHARI | 14 August 2024\nThe two new school buses arrived on Monday.", "2024-08-14", None, None),
    # a similar scheme a partner has run since a year dates the partner's, not this one
    ("Street trees\nPublication Date: 01 May 2025\nThe partner, a city which has run a similar green corridor "
     "since 2016, will advise the municipality on species.", "2025-05-01", None, None),
    ("Парк\nДата на публикация: 01 май 2025\nПартньорът, град който има подобен парк от 2014 г., ще помага "
     "с опит.", "2025-05-01", None, None),
    # a labelled period to the month keeps its month: a permit's day that month gives the stage only;
    # an end told to the month in prose takes the Act 16 day
    ("Водопровод\nПериод на изпълнение: 04.2021 г. – 09.2022 г.\nСтатус: Обектът е въведен в експлоатация с "
     "разрешение за ползване № СТ-05-12 от 20.09.2022 г.", None, "2021-04", "2022-09"),
    ("Водопровод\nСтроителството започна през април 2021 г. и завърши през септември 2022 г. Обектът е приет "
     "с Акт обр. 16 на 20.09.2022 г.", None, "2021-04", "2022-09-20"),
    # a deadline of works the page says have not begun is no end; an upcoming tender alone keeps it
    ("Саниране на детска градина\nСтатус: сключен договор\nСрок за изпълнение: до 31.12.2027 г.\n"
     "Ремонтът все още не е започнал.", None, None, None),
    ("Саниране на детска градина\nСтатус: сключен договор\nСрок за изпълнение: до 31.12.2027 г.\n"
     "Предстои обявяване на търг за избор на изпълнител.", None, None, "2027-12-31"),
    ("School insulation\nStatus: contract signed\nImplementation period: until 31 March 2027\n"
     "Construction has not started yet.", None, None, None),
    # round 25 (heldout24/25 classes)
    # commissioning on a weekday after the works started: the end; with no start known, nothing
    ("Footbridge\nRUSE | 16 October 2024\nWorks on the new footbridge started in March 2024. The footbridge was "
     "put into service on Tuesday.", "2024-10-16", "2024-03", "2024-10-15"),
    ("Мост\nСИЛИСТРА, 07.11.2025\nРемонтът на моста започна през април. Мостът беше въведен в експлоатация в "
     "понеделник.", "2025-11-07", "2025-04", "2025-11-03"),
    ("Bus line\nRUSE | 16 October 2024\nThe new bus line was put into service on Tuesday.", "2024-10-16", None, None),
    # "С това" then the municipality finishing the works: the day told just before ends them; not a future
    ("Площад\nПЕЩЕРА, 5 Март 2025 | Общество\nРемонтът започна през октомври. Последните плочи бяха положени в "
     "понеделник. С това общината приключи ремонта на площада.", "2025-03-05", "2024-10", "2025-03-03"),
    ("Площад\nПЕЩЕРА, 5 Март 2025 | Общество\nРемонтът започна през октомври. Последните плочи бяха положени в "
     "понеделник. С това общината ще приключи ремонта до лятото.", "2025-03-05", "2024-10", None),
    # a close told with its report is the end when nothing else ends it; an activity told to the day comes first
    ("Читалня\nИзпълнението започна през март 2020 г. Дейностите бяха завършени и отчетени през август 2021 г.",
     None, "2020-03", "2021-08"),
    ("Exchange\nPublication Date: 01.12.2022\nThe exchange took place from 3 to 12 August 2022 with 30 young "
     "people. The project was completed and reported in November 2022.", "2022-12-01", "2022-08-03", "2022-08-12"),
    # a reflexive aorist of implementation before a year range: the project's period; not a programme's
    ("Читалище\nРемонтът на покрива на читалището се изпълни през 2021 – 2022 г. със средства от ПРСР.",
     None, "2021", "2022"),
    ("Проекти\nОбщината изпълни много проекти през 2014 – 2020 г. по оперативните програми.", None, None, None),
    # a date the result is to start working by is an opening to come, no end; a deadline for the works stays
    ("Сметище\nДата на публикация: 04.02.2025\nОбщината подписа договора за финансиране. Центърът трябва да "
     "заработи до края на 2026 г.", "2025-02-04", None, None),
    ("Centre\nPublication Date: 04.02.2025\nThe municipality signed the grant contract. Under the project the new "
     "centre should be operational by June 2027.", "2025-02-04", None, None),
    ("Сметище\nДата на публикация: 04.02.2025\nОбщината подписа договора за финансиране. Строителството трябва да "
     "приключи до края на 2026 г.", "2025-02-04", None, "2026"),
    # what the same programme or LAG paid for besides this project dates that other work; a LAG named once
    # does not
    ("Детска площадка\nДОБРИНИЩЕ, 10.09.2025\nОбщината подаде проект за детска площадка. С пари от същата "
     "програма общината вече обнови парка в центъра, като ремонтът приключи през май.", "2025-09-10", None, None),
    ("Детска площадка\nДОБРИНИЩЕ, 10.09.2025\nОбщината подаде проект за детска площадка. По същата мярка "
     "общината ремонтира и читалището, като ремонтът приключи през юни 2024 г.", "2025-09-10", None, None),
    ("Playground\nBANSKO | 10 September 2025\nThe town applied for a new playground. Under the same programme it "
     "renovated the library, which was completed in May.", "2025-09-10", None, None),
    ("Площадка\nДОБРИНИЩЕ, 10.09.2025\nРемонтът на площадката се финансира от МИГ „Разлог“ и приключи през юни.",
     "2025-09-10", None, "2025-06"),
    # heldout26/27: a ribbon cut yesterday opens what started earlier; builders moving in start the works
    ("Зала\nСМОЛЯН, 12.03.2026 /Кор./\nОбновяването започна през август. Областният управител преряза лентата вчера "
     "пред ученици и учители.", "2026-03-12", "2025-08", "2026-03-11"),
    ("Hall\n14 May 2026 | TETEVEN\nRenovation began in January. On Wednesday the mayor cut the ribbon before 80 guests.",
     "2026-05-14", "2026-01", "2026-05-13"),
    ("School\n3 November 2025 | BANYA\nThe new gym will have two courts. Contractors moved in on 4 August.",
     "2025-11-03", "2025-08-04", None),
    ("Училище\nСМОЛЯН, 12.03.2026 /Кор./\nКметът ще пререже лентата в петък.", "2026-03-12", None, None),
    # an allowance paid since a year starts the scheme; one paid only from next year does not
    ("Помощ за първокласници\n15.08.2026 | Общество\nОбщинският съвет запази помощта за първокласници. Парите се "
     "изплащат от 2021 г. от местния бюджет.", "2026-08-15", "2021", None),
    ("Помощ\n15.08.2026 | Общество\nНовата помощ ще се изплаща от 01.01.2027 г. на всички семейства.",
     "2026-08-15", None, None),
    # a date opening a later clause, then a hall receiving its public: an opening after the works started
    ("Кино „Изгрев“\nРемонтът на киносалона започна през март 2019 г., а на 14.02.2020 г. залата отново посрещна "
     "зрители с детска прожекция.", None, "2019-03", "2020-02-14"),
    ("Младежки дом\nСтроителството започна през септември 2022 г. Домът посрещна първите си посетители на 5 юни "
     "2023 г.", None, "2022-09", "2023-06-05"),
    # bracketed years of a quoted programme's name or of an earlier project are not this practice's
    ("Център\nОбщината кандидатства с ново предложение. По програма „Заедно в образованието на децата от малцинствата“ "
     "(2016–2018) тя вече е работила с 300 ученици.", None, None, None),
    ("Център\nПредишният проект на училището (2019–2021) за занимания след часовете завърши, а новият е в оценка.",
     None, None, None),
    # a relative clause telling a building's disuse since a year is the problem, not the start
    ("Читалище\nДата на публикация: 02 март 2025\nЦелта е да се обнови салонът, който от 2016 г. е изоставен.",
     "2025-03-02", None, None),
    ("Hall\nPublished: 02 March 2025\nThe aim is to restore the cinema, which since 2014 has stood empty and unused.",
     "2025-03-02", None, None),
    ("Съвет\nДата на публикация: 02 март 2025\nОбщината има съвет, който от 2019 г. обсъжда бюджета с жителите.",
     "2025-03-02", "2019", None),
    # a school year given with its first month in brackets starts the scheme to the month
    ("Автобус\nОт учебната 2019/2020 г. (октомври 2019) децата от трите села пътуват безплатно до училище.",
     None, "2019-10", None),
    ("Bus\nSince the 2016/17 school year (September 2016) pupils from four hamlets ride the school bus.",
     None, "2016-09", None),
    ("Автобус\nОт учебната 2019/2020 г. (вж. приложението) децата пътуват безплатно до училище.", None, "2019", None),
    # a deadline told with a financing contract still to be signed is a forecast; once signed, it is the end
    ("Площад\n03.03.2025 | Общини\nДоговорът за финансиране ще бъде подписан през април, а обновяването на площада "
     "трябва да завърши до октомври 2026 г.", "2025-03-03", None, None),
    ("Square\nPublished: 03 March 2025\nThe grant agreement will be signed in April and the square is to be rebuilt "
     "by October 2026.", "2025-03-03", None, None),
    ("Площад\n03.03.2025 | Общини\nКметът подписа договора за финансиране вчера, а обновяването на площада "
     "трябва да завърши до октомври 2026 г.", "2025-03-03", None, "2026-10"),
    # the day a project was reported in full ends it when nothing else does
    ("Регистър\nСистемата стартира на 02.09.2019 г. Всички дейности бяха свършени, като на 28.02.2021 г. "
     "проектът беше отчетен окончателно.", None, "2019-09-02", "2021-02-28"),
    ("Регистър\nСистемата стартира на 02.09.2019 г. и проектът беше окончателно отчетен на 28.02.2021 г.",
     None, "2019-09-02", "2021-02-28"),
    ("Регистър\nДейностите продължиха от 02.09.2019 г. до 30.11.2020 г., а на 28.02.2021 г. проектът беше отчетен "
     "окончателно.", None, "2019-09-02", "2020-11-30"),
    # a label told as a verb with its colon: "Works started:", "Construction completed:"
    ("Skate park\nConstruction began: 12 March 2019\nConstruction completed: 30.09.2019\nTotal value: BGN 80,000",
     None, "2019-03-12", "2019-09-30"),
    ("Детска площадка\nДейностите стартираха: 03.2024 г.\nСтатус: в изпълнение", None, "2024-03", None),
    ("Skate park\nStatus: Completed. The works started in May.", None, None, None),
    # a bare year after a start verb still to come is no start
    ("Мост\n12.02.2024 | Общини\nАко заявлението бъде одобрено, работите ще започнат през есента на 2025 г.",
     "2024-02-12", None, None),
    ("Мост\n12.02.2024 | Общини\nРаботите започнаха през есента на 2023 г. и вървят по график.",
     "2024-02-12", "2023", None),
    # the project's own closure told after a go-live in the same sentence is the end
    ("Archive\nThe work started in April 2018. The e-archive went live in May 2019 and the project was officially "
     "closed in August 2019.", None, "2018-04", "2019-08"),
    ("Архив\nРаботата започна през април 2018 г. Архивът стана публичен от 1 май 2019 г., а проектът беше "
     "окончателно приключен през юли 2019 г.", None, "2018-04", "2019-07"),
    # the goods given out or fitted "до края на" a month end the project
    ("Съдове\nРаздаването на съдовете за разделно събиране започна през април 2021 г. Всички съдове бяха раздадени "
     "до края на юни 2021 г.", None, "2021-04", "2021-06"),
    ("Meters\nFitting began in February 2020. All 600 smart meters were installed by the end of April 2020.",
     None, "2020-02", "2020-04"),
    # the commissioning act signed on a weekday ends the works; a supply contract signed then does not
    ("Водопровод\nПубликувано: 14.11.2023 г.\nРаботите започнаха през март 2022 г. Комисията подписа в понеделник "
     "акта за въвеждане в експлоатация на новия водопровод.", "2023-11-14", "2022-03", "2023-11-13"),
    ("Водопровод\nПубликувано: 14.11.2023 г.\nРаботите започнаха през март 2022 г. Кметът подписа в понеделник "
     "договора за доставка на помпите.", "2023-11-14", "2022-03", None),
    # any present passive of a running activity, "от" a year: its start
    ("Заседания онлайн\nКатегория: Прозрачност\nОбщинските съвети на трите села се предават онлайн от 2019 г., "
     "а хората пишат въпроси в чата.", None, "2019", None),
    ("Залата\nСалонът се финансира от 2020 г. насам от бюджета на читалището.", None, None, None),
    # a ribbon cut with the day between the verb and the ribbon ends the project; no start needed
    ("Площадка\nПубликувано: 14.03.2024 г.\nКметът и директорът на училището прерязаха днес лентата на новата "
     "детска площадка.", "2024-03-14", None, "2024-03-14"),
    ("Площадка\nПубликувано: 14.03.2024 г.\nКметът ще пререже лентата на площадката през април.", "2024-03-14", None, None),
    # a weekday opening with no start told is the end
    ("New library\nPublished: 12.06.2025\nThe rebuilt village library opened its doors on Tuesday with a reading for "
     "children. The project is now finished.", "2025-06-12", None, "2025-06-10"),
    ("Club room\nPublished: 02 September 2019\nVolunteers refurbished the old school gym, which opened in July.",
     "2019-09-02", None, None),
    # opened "for" whom, then when, after the works started
    ("Градинка\nРаботите започнаха през април 2019 г. Градинката беше открита за жителите на квартала на 3 октомври "
     "2019 г.", None, "2019-04", "2019-10-03"),
    # the builder hands the building over on a day told first
    ("Зала\nРемонтът започна през май 2022 г. На 20 февруари 2023 г. изпълнителят предаде сградата на общината, а "
     "на другия ден залата прие първите гости.", None, "2022-05", "2023-02-20"),
    ("Hall\nWorks began in May 2022. On 20 February 2023 the contractor handed over the building to the town.",
     None, "2022-05", "2023-02-20"),
    ("Pool\nPublished: 05.06.2024\nThe mayor cut the ribbon of the renovated town pool yesterday.",
     "2024-06-05", None, "2024-06-04"),
    ("Scheme\nPublished: 05.06.2024\nFree school meals have been in place since the start of the year.",
     "2024-06-05", "2024-01", None),
    # a past-only start verb with "днес" starts the works on the dateline's day
    ("Улица\nПубликувано: 07.04.2025 г.\nРаботниците започнаха днес подмяната на водопровода по ул. „Раковска“.",
     "2025-04-07", "2025-04-07", None),
    # a measure in force "от началото на годината": January of the dateline's year; a tally is no start
    ("Такси\nПубликувано: 18.03.2025 г.\nРодителите вече не плащат такса за детска градина – мярката е в сила от "
     "началото на годината.", "2025-03-18", "2025-01", None),
    ("Компостери\nПубликувано: 18.03.2025 г.\nОт началото на годината са раздадени 300 компостера.",
     "2025-03-18", None, None),
    # a sentence set apart from the practice tells another project's dates
    ("Схема\nОт 2019 г. общината раздава семена на земеделците. Отделно от тази схема общината завърши през 2021 г. "
     "ремонта на пазара.", None, "2019", None),
    # dates7: "kicked off" / "got under way" start a project; a contract's term "Договорът е до …" is its end;
    # activities going on, a service provided or an event organised since a date start it (not "ще …")
    ("Trail\nPublication Date: 2 May 2025\nThe scheme kicked off in February 2024; benches are being placed now. "
     "Completion is foreseen for June 2026.", "2025-05-02", "2024-02", None),
    ("Library\nPublished: 03.03.2024\nWorks on the reading room got under way in April 2022 and ended in March 2023.",
     "2024-03-03", "2022-04", "2023-03"),
    ("Грижи\nДата на публикация: 05 ян. 2026\nОбщината изпълнява проект за грижи у дома. Работата тече от 15.02.2025 г.; "
     "19 помощници посещават 90 души. Договорът е до 14.02.2028 г.", "2026-01-05", "2025-02-15", "2028-02-14"),
    ("Празник\nОбщините Ботево и Видин провеждат от 2016 г. обща регата по реката всяка есен.", None, "2016", None),
    ("Асистенти\nОбщината предоставя услугата от 2021 г. по национална програма с 31 асистенти.", None, "2021", None),
    ("Meals\nThe town has provided the hot-lunch delivery since 2018 to 75 pensioners.", None, "2018", None),
    ("Асистенти\nОбщината ще предоставя услугата от 2027 г. на 12 семейства.", None, None, None),
    # the project reported to its funder closes it, the date anywhere in that clause; not a stage, not
    # another clause's date
    ("Компост\nДата на публикация: 02 юни 2021\nРаботата започна на 10.04.2020 г. Проектът е отчетен пред фонда "
     "през ноември 2020 г., последното плащане е получено.", "2021-06-02", "2020-04-10", "2020-11"),
    ("Портал\nДата на публикация: 02 юни 2021\nРаботата започна на 10.04.2020 г.\nВ края на февруари 2021 г. порталът "
     "беше предаден на общината и проектът беше отчетен пред Управляващия орган.", "2021-06-02", "2020-04-10", "2021-02"),
    ("Портал\nДата на публикация: 02 юни 2021\nРаботата започна на 10.04.2020 г. Проектът е отчетен пред фонда, а през "
     "май 2021 г. общината купи автобус.", "2021-06-02", "2020-04-10", None),
    # the Act 16 (a protocol form 16 too) dates a labelled month end to the day; a permit of use does not
    ("Осветление\nЧетвъртък, 6 Февруари 2025 г.\nСтатус: Изпълнен – обектът е приет с протокол обр. 16 на 11.11.2024 г.\n"
     "Продължителност: 02.2023 – 11.2024", "2025-02-06", "2023-02", "2024-11-11"),
    ("Водопровод\nЧетвъртък, 6 Февруари 2025 г.\nСтатус: Въведен в експлоатация с разрешение за ползване № 5 от "
     "11.11.2024 г.\nПродължителност: 02.2023 – 11.2024", "2025-02-06", "2023-02", "2024-11"),
    # the builders entering the site start the works; a renovated hall receiving its public again on a
    # weekday ends them (a quoted name between counts as one word)
    ("Читалище\n10.03.2025, 08:15 | Култура\nС концерт на хора в събота залата на читалище „Христо Ботев“ в града "
     "отново посрещна публика. Строителите влязоха на обекта през май 2023 г.", "2025-03-10", "2023-05", "2025-03-08"),
    ("Hall\nPublished: 10.03.2025\nThe builders moved onto the site in May 2023 and the roof is done.", "2025-03-10",
     "2023-05", None),
    # a recurring event "от 2018 г. насам" after its word of recurrence starts in that year, and its
    # weekly day in a season ("всяка първа неделя от април до ноември") is no period; "насам" after
    # another object with the recurrence later is not a start
    ("Пазарът в Лозен, организиран от читалището всяка първа неделя от април до ноември от 2018 г. насам, събра 40 "
     "производители.\n14.10.2024 | Лозен", "2024-10-14", "2018", None),
    ("Архив\nДата: 14.10.2024\nАрхивът на общината е дигитализиран от 1991 г. насам, всяка година с нови документи.",
     "2024-10-14", None, None),
    # doors opened to the first users, whoever they are, end the works
    ("Hub\nTheme: Economy | Innovator: Municipality of Ruse\nThe hub opened its doors to its first nine tenants on "
     "3 March 2024. It was built with a grant of BGN 500 thousand.", None, None, "2024-03-03"),
    ("Център\nЦентърът отвори врати за първите си дванайсет потребители на 5 май 2023 г. Той е изграден по програма.",
     None, None, "2023-05-05"),
    # a listing item's label line under the title; its one year, told after "in", starts it
    ("Audit\nTheme: Energy | Innovator: Municipality of Ruse\nThe municipality insulated all 6 kindergartens in 2023 "
     "with its own funds and has handed over the energy passports. Status: Finalised.", None, "2023", None),
    ("Audit\nTheme: Energy | Innovator: Municipality of Ruse\nThe municipality applied for funding in 2023 to insulate "
     "its kindergartens.", None, None, None),
    # wrapped up and accounted for closes the project; the first sod starts it, yesterday's too
    ("Compost\nPublication Date: 02.02.2024\nWork began in May 2022. The scheme was wrapped up and fully accounted for "
     "in October 2023.", "2024-02-02", "2022-05", "2023-10"),
    ("Улици\n21.06.2025\nКметът направи вчера първа копка на ремонта на 4 км улици в две села.", "2025-06-21",
     "2025-06-20", None),
    ("Улици\nДата: 21.06.2025\nПрез април 2025 г. кметът направи първа копка на новия път.", "2025-06-21", "2025-04",
     None),
    # the first activity held starts the project, the last one ends it; one still to come dates nothing
    ("Кабинет\nДата на публикация: 08 май 2024\nСрокът е 24 месеца. Първите прегледи бяха проведени през февруари "
     "2024 г. в три села.", "2024-05-08", "2024-02", None),
    ("Архив\nДата на публикация: 14 юни 2021\nРаботата започна на 01.04.2019 г. Последната дейност – откриването на "
     "читалнята – се проведе на 26.03.2021 г.", "2021-06-14", "2019-04-01", "2021-03-26"),
    ("Архив\nДата на публикация: 14 юни 2021\nРаботата започна на 01.04.2019 г. Последната дейност ще се проведе на "
     "26.07.2021 г.", "2021-06-14", "2019-04-01", None),
    # a weekday's first sod, the verb running past the reach looked at; the first visitors received
    # yesterday; a ribbon cut in the passive yesterday ends works begun earlier
    ("Водопровод\n16.04.2025\nВъв вторник кметът на Община Бяла направи символична първа копка на новия водопровод.",
     "2025-04-16", "2025-04-15", None),
    ("Център\n05.11.2025 | Бяла\nВчера новият клуб на пенсионерите в Горна Студена прие първите си 25 "
     "посетители. Ремонтът започна през април 2025 г.", "2025-11-05", "2025-04", "2025-11-04"),
    ("Градина\nПубликувано: 10.10.2025 г.\nВчера беше прерязана лентата на обновената детска градина. Ремонтът "
     "започна през март 2025 г.", "2025-10-10", "2025-03", "2025-10-09"),
    # a date whose later clause says it closed the project is the end
    ("Бюджет\nДата на публикация: 09.03.2022\nПрез февруари 2021 г. започна работата по проекта. На 30 ноември 2021 г. "
     "порталът беше показан на гражданите, с което проектът приключи.", "2022-03-09", "2021-02", "2021-11-30"),
    ("Museum\nPublication Date: 2 May 2024\nWork began in June 2022. The app was presented on 14 October 2023, the town "
     "day, which closed the project.", "2024-05-02", "2022-06", "2023-10-14"),
    ("Бюджет\nДата на публикация: 09.03.2022\nПрез февруари 2021 г. започна работата по проекта. На 30 ноември 2021 г. "
     "порталът беше показан на гражданите, с което общината спечели награда.", "2022-03-09", "2021-02", None),
    # an undated item's service "открита на …" with no project or works named starts that day
    ("Кухня\nБезплатна социална кухня за самотни хора, открита на 3 март 2023 г. със средства на общината.", None,
     "2023-03-03", None),
    ("Кухня\nСоциална кухня, открита на 3 март 2023 г. след ремонт по проект на общината.", None, None, None),
    # a dateline with bullets or bars for the comma ("Place • date • time")
    ("Нов площад\nЧирпан • 4 септември 2023 • 09:40\nВ събота строителите започнаха ремонта на площада.", "2023-09-04",
     "2023-09-02", None),
    ("Нов парк\nЧирпан | 4 септември 2023 | 09:40\nПаркът ще бъде открит догодина.", "2023-09-04", None, None),
    # "строителните работи" are the works, not a place that operates: a month range still dates them
    ("Зала\nРемонтните работи продължиха от април до юли 2021 г., а после залата беше отчетена.", None, "2021-04",
     "2021-07"),
    ("Басейн\nБасейнът работи от май до октомври 2021 г.", None, None, None),
    # the keys handed to the first residents "yesterday" end the works
    ("Жилища\n12.03.2024, 10:00 | Общество\nВчера заместник-кметът връчи ключовете на първите четири семейства в "
     "новия блок. Строежът започна през май 2022 г.", "2024-03-12", "2022-05", "2024-03-11"),
    ("Жилища\n12.03.2024, 10:00 | Общество\nВчера кметът връчи грамоти на най-добрите ученици.", "2024-03-12", None,
     None),
    # a renovated hall receiving its first audience, or its own amateur groups again, on a day
    ("Салон\nРемонтът започна през март 2020 г. Салонът прие първите си зрители на 6 декември 2020 г. с пиеса.",
     None, "2020-03", "2020-12-06"),
    ("Читалище\nРаботите започнаха на 2 юни 2021 г., а на 15 март 2022 г. читалището отново посрещна самодейците си.",
     None, "2021-06-02", "2022-03-15"),
    # the project closed on a day
    ("Опашки\nДата на публикация: 3 февр. 2022\nДейностите започнаха на 10.05.2020 г. След одобрението на отчета "
     "проектът беше закрит на 28.05.2021 г.", "2022-02-03", "2020-05-10", "2021-05-28"),
    ("Пазар\nДата на публикация: 3 февр. 2022\nДейностите започнаха на 10.05.2020 г. Старият пазар беше закрит на "
     "28.05.2021 г.", "2022-02-03", "2020-05-10", None),
    # a month opening a sentence or a clause, then a hand-over: the end
    ("Paths\nWork on the paths began in May 2021; in October 2022 the finished paths were handed over to the "
     "hiking club.", None, "2021-05", "2022-10"),
    ("Paths\nWork on the paths began in May 2021. In October 2022 the club was handed a new grant.", None, "2021-05",
     None),
    # a scheme in force "от" a yearless day, the year from the dateline
    ("Схема\nБЯЛА, 3 Март 2025 | Общество\nПрограмата за ремонт на входове действа от 1 март.", "2025-03-03",
     "2025-03-01", None),
]


def _values(facts):
    return tuple(f.value if f else None for f in (facts.published, facts.start, facts.end))


@pytest.mark.parametrize("text, published, start, end", GOLDEN)
def test_golden_dates(text, published, start, end):
    assert _values(extract_dates(text)) == (published, start, end)


@pytest.mark.parametrize("text, expected", [
    ("18 март 2017", ["2017-03-18"]),
    ("04 юли 2016", ["2016-07-04"]),
    ("Четвъртък, 20 Юни 2024 г.", ["2024-06-20"]),
    ("20 Окт, 2020", ["2020-10-20"]),
    ("30 ян. 2014", ["2014-01-30"]),
    ("02.05.2012", ["2012-05-02"]),
    ("01.01.2020г.", ["2020-01-01"]),
    ("05.2012г.", ["2012-05"]),
    ("01 August 2000", ["2000-08-01"]),
    ("August 5, 2014", ["2014-08-05"]),
    ("2014-01-30", ["2014-01-30"]),
    ("септември 2019", ["2019-09"]),
    ("5 – 7 май 2015", ["2015-05-05", "2015-05-07"]),
    ("от 5 до 7 август 2022", ["2022-08-05", "2022-08-07"]),
    ("април – юни 2015", ["2015-04", "2015-06"]),
    ("ДФФП №: 10-16-19/02.05.2012", ["2012-05-02"]),
    ("31.02.2014 и 13.13.2013 и 01.01.1890", []),
    ("15.III.2023", ["2023-03-15"]),
    ("31.XII.2025 г.", ["2025-12-31"]),
    ("the fourth quarter of 2020", ["2020-10"]),
    ("Q2 2018", ["2018-04"]),
    ("второто тримесечие на 2017 г.", ["2017-04"]),
    ("м. март – м. юни 2016 г.", ["2016-03", "2016-06"]),
    ("раздел II.2020", []),
])
def test_date_shapes(text, expected):
    assert [m.iso for m in find_mentions(text)] == expected


def test_range_needs_a_dash_or_do_between_dates():
    text = "Срещи на 05.03.2014 и на 12.03.2014."
    assert ranges(text, find_mentions(text)) == []


def test_sources_are_the_lines_they_came_from():
    facts = extract_dates("Заглавие\nПонеделник, 5 Декември 2016\nПродължителност: 18 месеца (05.2012г. - 11.2013г.)")
    assert facts.published.source == "Понеделник, 5 Декември 2016"
    assert facts.start.source == "Продължителност: 18 месеца (05.2012г. - 11.2013г.)"


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not available")
@pytest.mark.parametrize("name, expected", [
    ("burgas-good-governance-project.txt", ("2016-12-05", "2012-05", "2013-11")),
    ("flgr-practice-namrb-norway.txt", ("2017-03-18", None, None)),
])
def test_seed_pages(name, expected):
    assert _values(extract_dates((SEEDS / name).read_text(encoding="utf-8"))) == expected


def test_a_duration_gives_no_end_unless_asked():
    text = "Проект\nПродължителност: 36 месеца, считано от 09.05.2024 г."
    facts = extract_dates(text)
    assert facts.start.value == "2024-05-09" and facts.end is None
    assert extract_dates(text, end_from_duration=True).end.value == "2027-05"
    text = "Проект\nНачална дата: 15.03.2012\nПродължителност (месеци): 18"
    assert extract_dates(text, end_from_duration=True).end.value == "2013-09"
