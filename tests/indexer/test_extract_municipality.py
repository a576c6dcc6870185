"""Golden table for extract_municipality, and checks of the 265-row municipalities table."""
import csv
from pathlib import Path

import pytest

from config.settings import data_path
from indexer.extract.municipality import extract_municipality

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

GOLDEN = [
    # round 7: a label-only town closing the title after a dash, or after "в" on a page with a municipal word
    ("Дневен център за деца с увреждания – Лъки\nСградата е ремонтирана за 8 месеца.", "Община Лъки"),
    ("Ремонт на детска градина – Елена\nРаботите започват през май.", "Община Елена"),
    ("Велоалея в Марица\nОбщината изгради 4 км алея между две села.", "Община Марица"),
    ("Зарибяване в Марица\nРибарите пуснаха 2 тона шаран.", None),
    ("Интервю\nКметът говори с Елена за новия парк.", None),
    # a town or resort that is no municipality's seat names its municipality when nothing else does
    ("Нов плувен басейн в Банкя\nБасейнът е отворен от юни.", "Столична община"),
    ("Ски училище за деца в к.к. Боровец\nУроците са безплатни.", "Община Самоков"),
    ("Детска площадка в гр. Ахтопол\nПлощадката е с ново покритие.", "Община Царево"),
    # ... but not over a municipality the page names, and not when two such places point two ways
    ("Нова пристанищна алея в Черноморец\nОбщина Бургас обнови алеята.", "Община Бургас"),
    ("Плажни спасители от Равда до Ахтопол\nСпасителите са 40.", None),
    # a listing's "Община: X" field names the municipality, even a name that is also a common word
    ("НОВА ЧИТАЛНЯ В СЕЛОТО\nОбщина: Марица\nТема: култура\nЧиталището в с. Труд обнови читалнята.", "Община Марица"),
    # a Latin dateline's place, before or after the date, even a name that is also a first name
    ("Youth centre in the old cinema\n14 March 2024 | ELENA\nThe centre opened its doors on Monday.",
     "Община Елена"),
    ("LEVSKI | 2 May 2023\nThe new library opened on Friday; the municipality paid for the furniture.",
     "Община Левски"),
    ("Парк\n05.06.2023 | ЧАВДАР | Общество\nОбщината обнови парка.", "Община Чавдар"),
    # a first name in a rubric line is no place
    ("A new square\n5 May 2024 | Culture | by Elena Petrova\nThe works ended.", None),
    # the province's governor names the province, not the municipality
    ("Нов площад в Сунгурларе\nСУНГУРЛАРЕ, 3 май /Кор./ Вчера беше открит площадът на Сунгурларе. Лентата прерязаха "
     "кметът и областният управител на Бургас.", "Община Сунгурларе"),
    # round 4: a street named after a town is not the town; a читалище's town written as a town
    ("Нов парк в Долни Чифлик\nОбщината ремонтира парка до ул. „Оряхово“. Кметът откри парка в Долни чифлик.",
     "Община Долни чифлик"),
    ("Иноватор: Читалище „Светлина 1900“\nЧиталището в гр. Алфатар организира курсове за деца.", "Община Алфатар"),
    ("Иноватор: НЧ „Просвета“\nЧиталището в град Алфатар води курсове. Адрес: бул. „Оряхово“ 5.", "Община Алфатар"),
    ("Регистър\nБенефициент | ОБЩИНА БРЕЗОВО\nСтатус | Приключен", "Община Брезово"),
    # English pages spell a town in any usual transliteration
    ("Nessebar completes heritage trail\nNessebar, 04 May 2019\n"
     "Nessebar Municipality has finished its project with a Greek partner.", "Община Несебър"),
    ("New bus lines in the town\nThe Municipality of Khaskovo launched three lines.", "Община Хасково"),
    ("Kardjali opens a youth centre\nThe youth centre in Kardjali was built with EU money.", "Община Кърджали"),
    ("Visit Stara Zagora this summer\nThe town opened a museum of the Roman forum.", "Община Стара Загора"),
    ("The Dobritch municipal council adopted the plan.", "Община град Добрич"),
    # FLGR innovator line wins over anything else on the page
    ("Кметът на Сливен посети Варна\nПредистория\nОбщина Варна е домакин.\nИноватор: Община Габрово\n"
     "Дата на публикация: 18 март 2017", "Община Габрово"),
    ("Electronic services\nBackground\nPractice\nInnovator: Municipality of Gabrovo\n"
     "Publication Date: 01 August 2010", "Община Габрово"),
    ("Социален патронаж\nИноватор: Столична община\nДата на публикация: 04 юли 2016",
     "Столична община"),
    # beneficiary labels of registry records
    ("Ремонт на читалище\nБенефициент: Община Велико Търново\nНачална дата: 02.05.2012\n"
     "Статус: Приключен", "Община Велико Търново"),
    ("Изграждане на канализация\nВъзложител: Община Бяла Слатина\nИзпълнител: Строй ЕООД",
     "Община Бяла Слатина"),
    # title label forms, any case
    ("ИНОВАТИВНИ МОДЕЛИ ЗА ДОБРО И ПРОЗРАЧНО УПРАВЛЕНИЕ В ОБЩИНА БУРГАС\n"
     "Партньори: Община Гент, Белгия", "Община Бургас"),
    ("Общината на Пловдив стартира нов проект\nПроектът ще продължи 18 месеца.",
     "Община Пловдив"),
    ("Столичната община въвежда електронни услуги\nУслугите са достъпни онлайн.",
     "Столична община"),
    ("Gabrovo Municipality launches one-stop shop\nThe service opened in 2015.",
     "Община Габрово"),
    # Dobrich: the town's municipality and the rural one are distinct
    ("Община град Добрич подписа договор за саниране на училища", "Община град Добрич"),
    ("Община Добричка подписа договор за ремонт на пътища", "Община Добричка"),
    # a foreign partner municipality never wins
    ("Партньорство с Община Гент, Белгия\nОпитът на Гент беше проучен от експерти на общината "
     "в Шумен и община Шумен го приложи.", "Община Шумен"),
    ("Обмен на опит с Община Роман (Румъния)\nДомакин на срещата беше община Враца.",
     "Община Враца"),
    # a province is not a municipality
    ("Областна администрация Бургас организира среща\nВ нея участва кметът на община Созопол.",
     "Община Созопол"),
    # most frequent mention in a news article
    ("Нова детска градина\nДнес в Ямбол беше открита нова детска градина. Градината в Ямбол е "
     "третата за годината, каза кметът. Ямбол е първият град с такъв проект.", "Община Ямбол"),
    # an NGO innovator that names its municipality
    ("Младежки център\nИноватор: Сдружение „Младежки алианс“ – гр. Кърджали", "Община Кърджали"),
    # a site login as innovator is not an organisation: the page's town still counts
    ("Дневен център за възрастни в Етрополе\nПредистория\nВ Етрополе живеят много самотни "
     "възрастни хора.\nИноватор: etropole_soc\nДата на публикация: 12 май 2016", "Община Етрополе"),
    ("Електронен регистър на гробните места\nПредистория\nГражданите на Габрово чакаха с часове.\n"
     "Практика\nОбщинската администрация въведе регистъра.\nИноватор: it.admin\n", "Община Габрово"),
    ("School meals from local farms in Tryavna\nBackground\nTryavna schools bought food from afar.\n"
     "Innovator: tr_edu\nPublication Date: 03 March 2015", "Община Трявна"),
    # a login that spells a label-only town lets its bare name count (Левски, Сопот, Трън)
    ("Летен театър в парка на Левски\nПредистория\nЧиталищата в общината работеха поотделно.\n"
     "Иноватор: levski_kultura\n", "Община Левски"),
    ("Общ календар на събитията в Трън\nПрактика\nОт 2014 г. читалищата планират заедно.\n"
     "Innovator: tran-culture\n", "Община Трън"),
    # ... but without the login's agreement a label-only name stays unread
    ("Летен театър в парка на Левски\nПредистория\nЧиталищата работеха поотделно.\n"
     "Иноватор: kultura_adm\n", None),
    # an NGO innovator without one: no guess from a stray mention
    ("Програма за четене\nПредистория\nПроведохме среща и в Ловеч.\n"
     "Иноватор: Фондация „Четене за всички“", None),
    # a town name that is a common word or a first name is read only in a label form
    ("Роман за деца\nЕлена и Антон четат роман. Септември е месецът на четенето.", None),
    ("Нов парк в община Елена\nПаркът е в центъра на Елена.", "Община Елена"),
    # the municipal administration and the mayor's office forms
    ("Обучение на служителите\nОбщинска администрация - Шумен организира обучение.",
     "Община Шумен"),
    # an English news article naming the town only
    ("Separate waste collection\nThe town of Gabrovo introduced separate collection in 2015. "
     "Gabrovo now recycles a third of its waste; experts from Sofia visited.", "Община Габрово"),
    # nothing Bulgarian at all
    ("Partners: Municipality of Ghent, Belgium", None),
    # "the town of" is a label form in English, also for a label-only name
    ("Health mediators\nBackground\nThe town of Kula has a large Roma quarter. The municipality hired "
     "two mediators.\nInnovator: kl_health", "Община Кула"),
    ("Street lights\nThe city of Lom replaced 900 lamps.", "Община Лом"),
    # an NGO innovator and one municipality named as such in the body
    ("Граждански бюджет\nПредистория\nЖителите искаха повече прозрачност.\nПрактика\nОбщина Ардино "
     "заделя всяка година 50 000 лв. за идеи на гражданите.\nИноватор: Сдружение „Активни граждани“",
     "Община Ардино"),
    ("Клуб по шах\nПредистория\nДецата в малките села нямаха къде да играят шах след училище, а "
     "най-близкият клуб беше на повече от тридесет километра от тях.\nПрактика\nЧленове на клуба от община Елхово и община Тунджа играят заедно.\n"
     "Иноватор: Сдружение „Бял офицер“", None),
    # the quoted municipality, not its seat
    ("Отворени данни\nБенефициент: Община „Марица“, гр. Пловдив\nОбщината публикува данни.", "Община Марица"),
    ("Нов парк\nОбщина \"Родопи\" (гр. Пловдив) обнови парка в Брестник.", "Община Родопи"),
    # a title in capitals
    ("ОБНОВЕН ПЛОЩАД В ЦЕНТЪРА НА ДРАГОМАН\nОбщината приключи ремонта.", "Община Драгоман"),
    # a label-only town that is mostly the town, the only candidate on a municipal page
    ("Нова пречиствателна станция в Камено\nОбщината започна изграждането.", "Община Камено"),
    ("Белово въведе електронни услуги\nКметът обясни, че гражданите вече не чакат.", "Община Белово"),
    ("Ски училище в Батак\nКметът откри сезона.", "Община Батак"),
    # ... not without a municipal context, nor when another candidate is named
    ("Котел за отопление\nНовият котел работи на пелети.", None),
    ("Център в Брезово\nОбщина Раковски откри център и в Брезово.", "Община Раковски"),
    # a label-only town written as a town in a title in capitals ("ГР." too)
    ("НОВА ДОГРАМА ЗА ЧИТАЛИЩЕ „ПРОБУДА“, ГР. ЛЕВСКИ\nДоговор по ПРСР 2014-2020.", "Община Левски"),
    ("РЕМОНТ НА ПАРК „ЦЕНТЪР“ – ГРАД СЕПТЕМВРИ\nСтатус: приключил", "Община Септември"),
    # ... but a person in capitals is no town
    ("ПАМЕТНИК НА ВАСИЛ ЛЕВСКИ\nЧиталището събра средства.", None),
    # English pages writing a two-word name with its second word in lower case
    ("Solar roofs for kindergartens\nThe Pavel banya Municipality fitted panels on two buildings.",
     "Община Павел баня"),
    ("Innovator: Municipality of Bobov dol", "Община Бобов дол"),
    # a town on the partners line is a partner's seat, not the practice's municipality
    ("Restoring meadows along the river\nPartners: Town of Pirot (RS), Natural History Museum – Burgas (BG)\n"
     "Budget: EUR 420,000 (Tutrakan's share: EUR 130,000)", "Община Тутракан"),
    ("Партньори: Община Елена, Сдружение „Зелен път“", "Община Елена"),
    # a place as the kicker above a listing item, even a name that is also a first name
    ("Нова сцена в парка\nЧАВДАР | Култура\nЧиталището обнови сцената с дарение.", "Община Чавдар"),
    ("Кметът Чавдар Иванов откри сцената.\nЧиталището обнови сцената с дарение.", None),
    # an NGO as innovator: the one town its title names
    ("Библиотека под открито небе – Трявна\nЧиталището направи читалня в парка.\nИноватор: НЧ „Пробуда-1870“",
     "Община Трявна"),
    # a label-only name as the place of a news dateline (comma, district in brackets, a dash
    # in capitals, a full stop before the weekday): the town the story was filed from
    ("Нови пейки в парка\nЗавет, 4 Април 2023 г. | Новини от региона\nОбщината постави 30 пейки.", "Община Завет"),
    ("Ремонт на площада\nСамуил (обл. Разград), 9 юни 2022 г. /Лудогорие Прес/\nКметът откри площада.",
     "Община Самуил"),
    ("РУЕН — 11 ноември 2024\n\nБезплатни учебници за всички ученици\nОбщината пое разходите.", "Община Руен"),
    ("ЛЕВСКИ. Четвъртък, 6 март 2025 г.\nОбщината откри социална пералня.", "Община Левски"),
    # a lead partner abroad is no organisation of the practice: the page's own mentions count
    ("Clean rivers network\nLead partner: Città di Treviso (Italy). Partners: Smolyan, Kranj (Slovenia).\n"
     "Budget: Smolyan's share is EUR 61,000.", "Община Смолян"),
    # ... while a Bulgarian NGO as lead still keeps stray bare mentions out
    ("Clean rivers network\nLead partner: Association Green Balkans Youth\nVolunteers came from Smolyan.", None),
    # a town-mostly name the page uses wins over a partner's seat, the only other candidate
    ("Heat pumps for Kula\nThe mayor wants warmer schools in Kula.\nPartners: Energy Agency (Plovdiv)", "Община Кула"),
    ("Нова котелна\nКметът обяви, че в Батак училищата ще се топлят с пелети.\nПартньори: Сдружение „Енергия“ – Пловдив",
     "Община Батак"),
    # ... but not one abroad
    ("Twinning visit\nThe mayor met colleagues in Sopot, Poland.\nPartners: Youth Foundation (Ruse)", "Община Русе"),
    # a town in a Slavic Latin spelling ("c" for "ц", German "sch")
    ("Carevo Municipality opened a new beach access ramp for wheelchairs.", "Община Царево"),
    ("Innovator: Municipality of Dupnica", "Община Дупница"),
    # a two-word name in capitals whose second word the table writes in lower case
    ("РЕМОНТ НА ПАЗАРА В ЧЕРВЕН БРЯГ\nОбщината обнови 40 щанда.", "Община Червен бряг"),
    ("САПАРЕВА БАНЯ — 2 юли 2024\n\nНова геотермална баня\nОбщината откри банята.", "Община Сапарева баня"),
    # "обл." before a name is the province, not the municipality
    ("Нов мост\nНОВО СЕЛО (обл. Видин), 8 март 2023 г.\nКметът откри моста.", "Община Ново село"),
    ("Нова зала в читалището\nЧиталището в с. Гомотарци (обл. Видин) има нова зала.", None),
    # ... but a first name before a comma and an age or a count is no dateline
    ("Нова библиотека\nЕлена, 42 г., учителка, води клуба по четене.", None),
    # a seat that is a village, after "с." or "село", names its municipality
    ("Нова спортна площадка в с. Чавдар\nМИГ „Средногорие – Антон, Пирдоп, Мирково“ помогна.", "Община Чавдар"),
    ("Читалището в село Антон има нов салон.", "Община Антон"),
    ("Антон, учител от Пирдоп, води клуба.", "Община Пирдоп"),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden_municipality(text, expected):
    fact = extract_municipality(text)
    assert (fact.value if fact else None) == expected


def test_source_of_innovator_is_the_innovator_line():
    fact = extract_municipality("Заглавие\nТекст\nИноватор: Община Габрово\nДата на публикация: 2017")
    assert fact.source == "Иноватор: Община Габрово"


def test_table_has_265_municipalities_with_unique_labels_per_province():
    with open(data_path("municipalities.tsv"), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == 265
    assert len({row["province"] for row in rows}) == 28
    assert len({(row["label"], row["province"]) for row in rows}) == 265
    assert all(row["name_bg"] and row["name_en"] and row["label"] for row in rows)
    assert {"Столична община", "Община Бургас", "Община град Добрич"} <= {r["label"] for r in rows}


def test_burgas_seed_page_is_burgas():
    path = SEEDS / "burgas-good-governance-project.txt"
    if not path.exists():
        pytest.skip("shared seeds not available")
    assert extract_municipality(path.read_text(encoding="utf-8")).value == "Община Бургас"


def test_a_latin_town_name_that_is_a_common_word_only_in_cyrillic_counts():
    text = "CRAFTS WITHOUT BORDERS: A TOWN TWINNING MEETING\n\nGuests came to the Kotel crafts fair."
    assert extract_municipality(text, "en").value == "Община Котел"
    assert extract_municipality("Elena was the project manager.", "en") is None


@pytest.mark.parametrize("text, lang, label", [
    ("Община Д. Митрополия обнови спортната зала в Тръстеник.", "bg", "Община Долна Митрополия"),
    ("Кметът на Община Ген. Тошево подписа договора за ремонта.", "bg", "Община Генерал Тошево"),
    ("В гр. Г. Оряховица бе открита нова детска градина.", "bg", "Община Горна Оряховица"),
    ("Община Добрич-селска изгради нова спирка в с. Стожер.", "bg", "Община Добричка"),
    ("The Municipality of Hissar renovated the Roman baths' surroundings.", "en", "Община Хисаря"),
])
def test_other_spellings_from_the_forms_column_name_their_municipality(text, lang, label):
    assert extract_municipality(text, lang).value == label


@pytest.mark.parametrize("text", [
    "Г. Делчев, председател на читалището, благодари на дарителите.",
    "Инж. Н. Козлево представи проекта пред съвета.",
])
def test_an_initial_and_a_surname_alone_name_no_municipality(text):
    assert extract_municipality(text, "bg") is None


def test_settlements_are_no_municipality_names_and_point_to_a_known_municipality():
    from indexer.extract.municipality import municipality_labels
    from indexer.extract.municipality_table import municipality_rows, settlement_rows
    names = {row["name_bg"].casefold() for row in municipality_rows()}
    for row in settlement_rows():
        assert row["name"].casefold() not in names, row
        assert row["label"] in municipality_labels(), row
        assert row["kind"] in ("town", "resort"), row
