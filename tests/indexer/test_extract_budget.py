"""Golden table for ``extract_budget``: every money shape, and the total among several amounts."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract.budget import BGN_PER_EUR, extract_budget, parse_number

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

GOLDEN = [
    # a loan beside the project's total does not replace it
    ("Общата стойност на проекта е 1 200 000 лв., като общината ползва кредит от ФЛАГ от 300 000 лв.",
     1200000.0, "BGN"),
    ("Общината изтегли кредит, а общата стойност на проекта е 900 000 лв.", 900000.0, "BGN"),
    ("Бюджет на проекта: 454 090, 00 лв.", 454090.00, "BGN"),
    ("Бюджет на проекта: 1 895 105. 66 лв.", 1895105.66, "BGN"),
    ("Общата стойност на проекта е 218 255,82 лева.", 218255.82, "BGN"),
    ("Проект на стойност 179 335.45 лв. за ремонт на читалище.", 179335.45, "BGN"),
    ("The total budget of the project is 1,274,993.65 евро.", 1274993.65, "EUR"),
    ("Обща стойност: 10 000.00лв.", 10000.00, "BGN"),
    ("Проектът е на стойност 784 хил. лв.", 784000.0, "BGN"),
    ("Общата стойност е 1.2 милиона лева.", 1200000.0, "BGN"),
    ("Стойността на проекта е над 4,49 млн. лв. и е осигурена изцяло.", 4490000.0, "BGN"),
    ("Сдружението получи финансиране в размер на над 2  милиона  лв.", 2000000.0, "BGN"),
    ("The project costs BGN 50 thousand.", 50000.0, "BGN"),
    ("The total value was 300 thousand leva (or 150 thousand euro).", 300000.0, "BGN"),
    ("Total budget: € 25 000", 25000.0, "EUR"),
    ("The project, worth EUR 1.5 million, started in May.", 1500000.0, "EUR"),
    ("Обща стойност\n2 764 118.43 лв.", 2764118.43, "BGN"),
    # a text table: the unit in the label's brackets, the value after a column bar
    ("Обща стойност (лв.)        | 2 310 455,18\nБФП (лв.)        | 1 963 886,90", 2310455.18, "BGN"),
    ("Общ бюджет (евро): 412 300,00", 412300.0, "EUR"),
    ("Total value (BGN)   |  845 120.50", 845120.5, "BGN"),
    # the total among grant, co-financing and one partner's share
    ("Общата стойност е 1.2 милиона лева, от които 784 хил. лв. са за Община Хасково.", 1200000.0, "BGN"),
    ("Безвъзмездна финансова помощ: 2 349 500.67 лв.\nОбща стойност: 2 764 118.43 лв.", 2764118.43, "BGN"),
    ("Бюджет на проекта: 378 560 евро, от които съфинансиране от общинския бюджет 56 784 евро",
     378560.0, "EUR"),
    ("Годишният бюджет на общината е 180 милиона лв. Изданието струва 12 400 лв.", 12400.0, "BGN"),
    ("Годишният бюджет на общината е 95 млн. лв. Ремонтът на стадиона е за сметка на общината и струва "
     "310 хил. лв.", 310000.0, "BGN"),
    ("Договор за 50 000 (петдесет хиляди) лева", 50000.0, "BGN"),
    ("Размер на БФП: 450 000 лв.\nОбща стойност: 500 000 лв.", 500000.0, "BGN"),
    ("Общият бюджет на процедурата е 30 млн. евро. Проектът е на стойност 500 000 лв.", 500000.0, "BGN"),
    # a per-unit sum beside the total: the total wins
    ("Всяко от шестте читалища получи по 8 500 лв. Общата стойност на проекта е 51 000 лв.", 51000.0, "BGN"),
    ("The fund gave EUR 3,000 per school; the project's total budget was EUR 42,600.", 42600.0, "EUR"),
    # a weak total in its own sentence is not demoted by a funding word in the sentence before
    ("Проектът се финансира със собствени средства на общината. Ремонтът е на стойност около 240 хил. лв.",
     240000.0, "BGN"),
    ("Общината осигури съфинансиране от бюджета си.\nСистемата струва близо 75 000 лв.", 75000.0, "BGN"),
    # "partnership" names the whole project, not one partner's share
    ("The partnership's overall budget is EUR 212,400, of which the municipality's share is EUR 40,000.",
     212400.0, "EUR"),
    ("Бюджетът на партньорството е 318 000 евро, а делът на общината е 61 200 евро.", 318000.0, "EUR"),
    # what follows an amount qualifies it only in its own sentence; so do the cues before it
    ("Читалището купи нови носии за 18 600 лв. За една година ансамбълът изнесе 30 концерта.", 18600.0, "BGN"),
    ("Музеят купи скенерите за 14 200 лв. Всяка година залите му посещават 9 000 души.", 14200.0, "BGN"),
    ("Кооперацията дава земя под наем на младите фермери. Проектът за обученията им е за 36 000 лв.",
     36000.0, "BGN"),
    # a possessive clitic inside the total's words
    ("Общата ѝ стойност е 312 500 лв., а общината спечели и друг проект за 2 млн. лв.", 312500.0, "BGN"),
    # a sum that rose or fell "to" an amount is no cap
    ("Стойността на проекта беше увеличена до 1,4 млн. лв. след анекс.", 1400000.0, "BGN"),
    ("Ремонтът на покрива струва близо до 2 млн. лв.", 2000000.0, "BGN"),
    # a share "of the budget" is a part, not the total; own money that paid for all of it is the total
    ("Рейнджърите започнаха общи патрули като част от проект за 412 000 евро. Делът на общината от бюджета "
     "е 150 000 евро.", 412000.0, "EUR"),
    ("The trails are part of a EUR 290,000 project. Tryavna's share of the budget is EUR 95,000.", 290000.0, "EUR"),
    ("Осветлението беше платено изцяло със собствени средства на общината – 210 хил. лв.", 210000.0, "BGN"),
    # the sum as the project's attribute; a sum told of another project is not this one's
    ("The EUR 640,000 project restored the old baths in Kyustendil. A separate project for the town's stadium, "
     "signed last spring, is worth BGN 3.2 million.", 640000.0, "EUR"),
    ("Gabrovo finished a BGN 1.75 million renovation of its library; another project of the town is valued at "
     "BGN 900,000.", 1750000.0, "BGN"),
    ("Читалището в Летница беше обновено за 280 000 лв. Друг проект на общината, за детската градина, е на "
     "стойност 1,1 млн. лв.", 280000.0, "BGN"),
    # a project's value named in a sentence that begins with "this year" is still its total
    ("Тази година общината спечели проект на стойност 540 000 лв. за нов парк.", 540000.0, "BGN"),
    # apostrophes grouping thousands; the English short scale written against the number
    ("Стойността на ремонта е 2'306'415,50 лв.", 2306415.5, "BGN"),
    ("The contract is worth €2.75m and runs for two years.", 2750000.0, "EUR"),
    ("A total of BGN 4.2m was spent on the new sewer.", 4200000.0, "BGN"),
    ("The festival's overall budget was €60k.", 60000.0, "EUR"),
    # a sum spelled out in words
    ("Общата стойност на обновяването е двеста и петдесет хиляди лева.", 250000.0, "BGN"),
    ("Читалището получи проект за един милион и двеста хиляди лева, от тях 40 хиляди лева са собствени.",
     1200000.0, "BGN"),
    ("The renovation cost half a million euros in total.", 500000.0, "EUR"),
    # the spelled total beside its parts in digits
    ("Площадката струва общо сто и двадесет хиляди лева. 90 хиляди лева дава фондът, а 30 хиляди лева – "
     "общината.", 120000.0, "BGN"),
    # the whole grant contract of a multi-partner project, beside one partner's part
    ("Total grant agreement: EUR 212,400; the municipality's part of it is EUR 61,000.", 212400.0, "EUR"),
    # "Инвестицията е за …" names the total; an earlier project's value later on does not
    ("Инвестицията е за около 2,4 млн. лева.\n\nПрез 2018 г. общината ремонтира и пазара на стойност 610 хил. лв.",
     2400000.0, "BGN"),
    # "the project is worth" outranks what the old boilers cost before it
    ("Last winter the boilers cost the town over BGN 150,000. The project is worth EUR 480,300, all of it "
     "from the fund.", 480300.0, "EUR"),
    ("Миналата зима отоплението струваше 90 000 лв. Проектът е на стойност 310 000 лв.", 310000.0, "BGN"),
    # the value of a proposal is its total; the value of a grant agreement is the contract's
    ("Общината кандидатства за 2,2 млн. лв. Стойността на предложението е 2,2 млн. лв., а ремонтът на "
     "площада, на стойност 300 000 лв., е платен от общината.", 2200000.0, "BGN"),
    ("Grant agreement value: EUR 44,900. Completed.", 44900.0, "EUR"),
    ("По договора за безвъзмездна финансова помощ, на стойност 1 310 000 лв., са ремонтирани две училища. "
     "Стойността на договора за безвъзмездна помощ е 1 310 000 лв.", 1310000.0, "BGN"),
    # a grant that covers all the costs is the whole budget
    ("Безвъзмездната финансова помощ е 215 400,00 лв. и покрива 100% от разходите.", 215400.0, "BGN"),
    # a grant said before its sum to pay for everything is the whole budget
    ("Ремонтът е 100% безвъзмездно финансиран – 176 000 лв.", 176000.0, "BGN"),
    ("The centre is fully funded by a grant of EUR 61,500.", 61500.0, "EUR"),
    # a card that names its currency once on a line of its own
    ("Обща стойност на проекта: 418 300,00\nРазмер на БФП: 400 000,00\nВалута: BGN", 418300.0, "BGN"),
    ("Total value: 98,450.00\nCurrency: EUR", 98450.0, "EUR"),
    # own funds as the only money named: the municipality paid for all of it
    ("Със собствени средства – 18 700 лв. – общината дигитализира архива си.", 18700.0, "BGN"),
    ("The town built the app with its own funds of BGN 9,400.", 9400.0, "BGN"),
    # a thing bought that is all the practice is keeps its price
    ("Снегоринът, закупен за 96 500 лв., вече чисти пътищата до селата.", 96500.0, "BGN"),
    # own money put into the works is a share, below the project's total named after it
    ("Общината осигури от собствения си бюджет 38 000 лв. за оградата. Обща стойност на проекта: 960 500,00 лв.",
     960500.0, "BGN"),
    # the value of a grant contract is the project's, however the sentence is built
    ("На 3 март беше подписан договор за безвъзмездна финансова помощ на стойност 912 400,50 лв.", 912400.5, "BGN"),
    # a one-off allocation in the present, with no year in sight, may be all the practice costs
    ("Общината заделя 140 000 лв. от бюджета си за ремонта на моста.", 140000.0, "BGN"),
    # one partner's budget is a part, the whole project's is the total
    ("Partner budget (Vidin): EUR 310,500. Total project budget: EUR 990,000.", 990000.0, "EUR"),
    # a threshold is no amount of the project; a semicolon closes the grant's clause
    ("Всяко плащане над 10 000 лв. се публикува. Платформата е създадена с грант от фондацията; "
     "разработката струва 18 200 лв.", 18200.0, "BGN"),
]

NOT_A_BUDGET = [
    # a loan or a credit line is borrowed money, not the budget
    "Общината изтегли заем от ФЛАГ в размер на 2,1 млн. лв. за мостово финансиране.",
    "Кредитът от банката е 500 000 лв.",
    "The municipality took a loan of BGN 1.5 million to pre-finance the works.",
    "Общината спестява 20 000 лв. годишно.",
    "Цената на билета е 5 лв. на човек.",
    "Безвъзмездна помощ на стойност 90 000 лв. и собствен принос 10 000 лв.",
    "Проектът помогна на 1 200 семейства през 2014 г.",
    "Разходите за отопление намаляха с 30 000 лв. годишно.",
    # distributive sums: an amount per unit is no project total
    "Министерството отпусна на общината по 12 000.00лв. за всяко читалище в селата.",
    "Осемте училища получиха по 5 000 лв. от фонда за озеленяване на дворовете си.",
    "Всеки участник получава стипендия от 300 лв. за всеки месец на обучение.",
    "The ministry granted BGN 4,000 per kindergarten to renovate the playgrounds.",
    "Each of the nine villages received EUR 2,500 each for its community hall.",
    "Ваучерите са по около 150 лв. на домакинство.",
    # a yearly allocation named after the amount is no project total
    "Общината отделя 60 000 лв. всяка година за ремонт на детски площадки.",
    "За фестивала се осигуряват 25 хил. лв. ежегодно от общинския бюджет.",
    "The council sets aside BGN 80,000 every year for the citizens' ideas.",
    "Сдруженията получават 3 000 лв. за всеки сезон.",
    # a yearly or seasonal allocation named before the amount, or a year's allocation
    "Всяка година общината заделя 70 000 лв. от собствения си бюджет за идеи на младите.",
    "Всяка година от общинския бюджет се заделят 250 хил. лв. за проекти на квартали.",
    "За пързалката всяка зима в бюджета на спортното предприятие се предвиждат около 25 хил. лв.",
    "Общината поема транспорта; за 2023 г. за услугата са предвидени 9 500 лв.",
    "Each year the town council sets aside BGN 35,000 for the summer camps.",
    "The beach service is paid by the municipality, roughly BGN 30,000 a season.",
    # a grant (a voucher) that paid for part only, the municipality paying the rest
    "The town won a voucher of EUR 15,000 for the hotspots, while the municipality paid for the cabling.",
    "Ваучерът от 15 000 евро покри оборудването, а общината плати монтажа.",
    # a grant alone, however it is written, is not the project's total
    "Общината получи ваучер от 15 000 евро за безжичен интернет в центъра.",
    "Министерството на културата отпусна 30 000 лв. за ремонта на читалището.",
    "The hall was repaired with a BGN 48,000 grant from the programme.",
    "The foundation awarded EUR 12,000 to the project.",
    "Безвъзмездната финансова помощ е 410 000 лв.",
    # five leva spelled out is no budget
    "Билетът струва пет лева.",
    "Собствените средства на общината по проекта са 20 000 лв.",
    # a cap on what one idea or applicant may get is no project total
    "Всеки жител може да предложи идея на стойност до 10 000 лв.",
    "Residents may propose small works worth up to BGN 20 thousand.",
    "Едно сдружение може да получи максимум 8 000 лв.",
    "Applicants can receive a maximum of EUR 6,000.",
    # another project's value only
    "A separate project for the sports hall in Lom is worth BGN 1.3 million.",
    "Общината подготвя и втори проект за читалището на стойност 400 000 лв.",
    # this year's allocation of a standing practice is no project budget
    "Всяка есен Община Смолян води седмица на четенето; тази година за нея бяха осигурени 12 400 лв.",
    "Летният лагер се провежда от 2016 г. насам, а тази година общината отпуска за него 18 000 лв.",
    "The youth festival has run every June since 2015; this year the council allocated BGN 22,000 to it.",
    "",
    # one year's sum of a standing practice
    "Парите идват от общинския бюджет; за 2023 г. те бяха 96 000 лв.",
    # a year's allocation voted by the council; a yearly sum set aside
    "Услугата е безплатна – за 2024 г. общинският съвет е гласувал 38 000 лв. за нея.",
    "Общината отделя всяка година 40 000 лв. за идеите на младежите.",
    # the place of a yearly allocation named between its verb and the sum is no total cue
    "Всяка година кметството заделя в своя бюджет 24 000 лв. за квартални инициативи.",
    "Ежегодно общината отделя в годишния си бюджет 15 000 лв. за стипендии.",
    "Every year the council earmarks in its budget BGN 36,000 for ideas of pupils.",
    "Each year the town reserves BGN 120 thousand from its own budget for neighbourhood projects.",
    # a yearly sum told as changed keeps its kind; a sum for each one named before it
    "The annual fund rose from BGN 40 000 in 2020 to BGN 70 000 in 2023.",
    "Годишният фонд нарасна от 20 000 лв. през 2021 г. на 35 000 лв.",
    "Общината реши, че помощта за всяко осиновено дете остава 800 евро.",
    "The bonus for every new teacher is EUR 2,000.",
    # a sum in a sentence that says it is yearly
    "Всяка година клубът разполага с пари от общинския бюджет за свои инициативи, около 6 500 лв.",
    "Every year the youth council gets money from the municipal budget for its own ideas, about BGN 7,000.",
    # a scheme said to be yearly, its allocation told in the present
    "Всяко лято учениците предлагат идеи за двора. Общинският съвет отпуска за тях 12 000 лв. от бюджета.",
    # the price of one of the things a standing service pays for is one cost, not its total
    "Услугата се плаща от общинския бюджет: заплата на фасилитатор и проектор, закупен за 2 300 лв.",
    "The service runs on municipal money (a part-time operator and a drone bought for BGN 5 400).",
    # own funds beside a programme, a label or an addition are a share, not the whole cost
    "Ремонтът е по ПРСР, а със собствени средства общината доплати 6 000 лв. за оградата.",
    "Собствени средства: 6 000 лв.",
    # a grant covering only part of the costs stays a grant
    "Безвъзмездната помощ покрива 80% от разходите и е 176 000 лв.",
    # a card's currency line gives no money to a count
    "Брой участници: 120\nВалута: BGN",
    # what was paid out so far is not the budget
    "Реално изплатени суми: 412 300,00 лв.",
    "Paid to date: EUR 88,000",
    # the EU fund's part of a card alone is no total
    "ЕФРР: 512 300,00 евро\nНационално съфинансиране: 90 400,00 евро",
    "ERDF contribution: EUR 512,300",
    # the European funding, definite or not, is a grant
    "Европейското финансиране е 90%, или 270 000 лв.",
    # the funding approved is a grant
    "Одобреното финансиране по мярката е 270 000 лв.",
    # a cap for one item of a scheme is no budget
    "Максималният размер на помощта за един клуб е 3 000 лв.",
    "Максималната сума за една детска площадка е 12 000 лв.",
    "The maximum grant per school is EUR 4,000.",
    # a grant that covers only part of the costs is still a grant
    "Безвъзмездната помощ е 80 000 лв. и покрива част от разходите.",
]


# Another project's money (page municipality, page year, text): the total of this one, or None.
ASIDES = [
    # the background section tells of what came before the practice
    ("Община Ардино", 2025, "Проект „Зелен двор“\nПредистория\nПървият етап струваше 96 400 лв. и завърши през 2019 г.\n"
     "Практика\nСега общината поддържа дворовете сама.", None),
    ("Община Ардино", 2025, "Background\nAn earlier scheme cost BGN 61,000 and closed in 2017.\nPractice\n"
     "The new service costs BGN 24,500 in total.", 24500.0),
    # a neighbouring municipality's similar system, with no word of this one
    ("Община Ардино", 2025, "Общината пусна нов портал. Подобна платформа в съседната Община Кърджали "
     "струваше около 150 000 лв.", None),
    ("Община Ардино", 2025, "Подобна платформа в Община Джебел беше направена по проект на стойност 88 000 лв.", None),
    # this project's total, though the sentence names a partner municipality's share
    ("Община Ардино", 2025, "Общият бюджет на проекта е 410 000 евро, като делът на Община Кирково е 190 000 евро.",
     410000.0),
    # the page's own municipality (by its Latin name) beside a foreign partner is this project
    ("Община Ардино", 2025, "The Bulgarian municipality of Ardino and its Greek neighbour Xanthi have begun a €240,000 "
     "project on forest roads.", 240000.0),
    # a label naming the own municipality as "Община град …"
    ("Община град Добрич", 2025, "През май 2023 г. Община Добрич подписа договор за проект на стойност 72 300 евро.",
     72300.0),
    # a recap of earlier news
    ("Община Ардино", 2025, "Припомняме, че миналата година общината ремонтира пазара за 300 000 лв.", None),
    # the state budget covered a part; the total follows ("budget" alone is no total)
    ("Община Ардино", 2025, "The state budget's programme for schools covered BGN 800,000. The municipality added "
     "BGN 150,000 from its own budget, bringing the total cost to BGN 950,000.", 950000.0),
]


@pytest.mark.parametrize("municipality, year, text, amount", ASIDES)
def test_another_projects_money_is_not_the_total(municipality, year, text, amount):
    fact = extract_budget(text, municipality=municipality, page_year=year)
    assert (fact.value["amount"] if fact else None) == amount


@pytest.mark.parametrize("text, amount, currency", GOLDEN)
def test_golden_budget(text, amount, currency):
    fact = extract_budget(text)
    assert fact is not None
    assert fact.value["amount"] == pytest.approx(amount, abs=0.005)
    assert fact.value["currency"] == currency


@pytest.mark.parametrize("text", NOT_A_BUDGET)
def test_not_a_budget(text):
    assert extract_budget(text) is None


def test_bgn_converts_at_the_fixed_rate_to_cents():
    value = extract_budget("Бюджет на проекта: 454 090, 00 лв.").value
    assert value == {"amount": 454090.0, "currency": "BGN", "amount_eur": round(454090 / BGN_PER_EUR, 2)}
    assert value["amount_eur"] == 232172.53


def test_euro_amount_is_its_own_euro_value():
    assert extract_budget("Бюджет: 286 450 евро").value["amount_eur"] == 286450.0


def test_source_is_the_line_of_the_amount():
    fact = extract_budget("Заглавие\nПартньори: Община Гент\nБюджет на проекта: 454 090, 00 лв.")
    assert fact.source == "Бюджет на проекта: 454 090, 00 лв."


@pytest.mark.parametrize("raw, scaled, expected", [
    ("454 090, 00", False, 454090.0),
    ("1.200.000", False, 1200000.0),
    ("1.500", False, 1500.0),
    ("1.500", True, 1.5),
    ("12,5", False, 12.5),
    ("3'480'900,10", False, 3480900.1),
    ("1,274,993.65", False, 1274993.65),
])
def test_parse_number(raw, scaled, expected):
    assert parse_number(raw, scaled) == pytest.approx(expected)


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not available")
def test_municipal_project_seed_budget():
    text = (SEEDS / "burgas-good-governance-project.txt").read_text(encoding="utf-8")
    assert extract_budget(text).value["amount"] == 454090.0


def test_a_records_project_cost_is_its_budget_and_its_eu_part_a_grant():
    from indexer.record_fields import as_readable

    record = {"id": "rec-1", "title": "Пешеходен мост", "erdf_contribution": "702 100,00",
              "project_cost": "826 000,00", "own_funds": "0", "currency": "EUR"}
    assert extract_budget(as_readable(record).text).value["amount"] == 826000.0
    only_grant = {k: v for k, v in record.items() if k != "project_cost"}
    assert extract_budget(as_readable(only_grant).text) is None
