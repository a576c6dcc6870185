"""Golden table for extract_countries: real-shaped page fragments -> partner country codes.

Rows are written in the shapes formats.md lists (labelled partners, role lists, prose,
adjectives, city lists, cities alone, English pages) plus the non-partner mentions that
must not count (donors, programme titles, languages, the EU, Bulgaria itself).
"""
from pathlib import Path

import pytest

from indexer.extract.countries import extract_countries, source_span

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

GOLDEN = [
    # round 7: a practice that is itself an event ("workshop", "festival") made with a named town abroad
    ("A summer pottery workshop for children, created with the Municipality of Edirne, Turkey, under a "
     "cross-border programme.", ["TR"]),
    ("Фестивалът на хляба е организиран заедно с Община Неготин, Сърбия, по програма за сътрудничество.", ["RS"]),
    # ... but a youth or school exchange the practice went on is a trip, not a partnership
    ("The pupils' council meets every month. In 2021 it joined a youth exchange with Bitola, North Macedonia.", []),
    ("Ученическият съвет участва в ученически обмен с Одрин, Турция, през 2022 г.", []),
    ("The project included an exchange of experience with the Municipality of Kilkis, Greece.", ["GR"]),
    ("A youth exchange gathered 30 students from Ruse, Brasov (Romania) and Porto (Portugal) for a week.",
     ["RO", "PT"]),
    # a partner city that is also a Bulgarian village: the village in a list of villages, the city with its
    # country or a partner word
    ("Автобусът на общината минава през Горни Вадин, Крушовица и Сараево всеки вторник.", []),
    ("Побратимяване с град Сараево – обмен на фолклорни състави.", ["BA"]),
    ("Фестивалът събра състави от Охрид, Северна Македония, и от Смолян.", ["MK"]),
    # a named town abroad with its country after a comma, in a sentence that also names a programme
    ("Клубът е създаден съвместно с Община Струга, Северна Македония, по програма за сътрудничество.", ["MK"]),
    ("The trail was marked together with the Municipality of Florina, Greece, under a cross-border programme.", ["GR"]),
    # labelled partner line on a municipal project page
    ("ИНОВАТИВНИ МОДЕЛИ ЗА УПРАВЛЕНИЕ\nСтатус: приключил\nПартньори: Община Гент, Белгия\n"
     "Финансиране: Оперативна програма \"Административен капацитет\"", ["BE"]),
    # role list with countries in brackets
    ("Водещ бенефициент: Община Силистра\nБенефициент 2: Окръжен съвет Кълъраш (Румъния)\n"
     "Бенефициент 3: Община Олтеница (Румъния)", ["RO"]),
    ("(LB) Община Петрич, България\n(PB2) Дем Синтики, Гърция\n(PB3) Университет на Македония, Гърция",
     ["GR"]),
    # prose
    ("Партньори на Община Добрич са Община Копавогур, Исландия и Община Берум, Норвегия.",
     ["IS", "NO"]),
    # adjectives naming an organisation
    ("Проектът се реализира в партньорство с Норвежката асоциация на местните и регионални власти.",
     ["NO"]),
    ("Опитът на украинската община Болград беше представен на форума.", ["UA"]),
    ("На срещата присъстваха румънски партньори и гръцка делегация.", ["RO", "GR"]),
    # city lists and cities alone
    ("Участваха градовете Солун (Гърция), Клуж-Напока (Румъния) и Марибор.", ["GR", "RO", "SI"]),
    ("Проучен е опитът на Община Гент, Община Ротердам и Община Нант.", ["BE", "NL", "FR"]),
    ("Кметът посети побратимения град Одрин.", ["TR"]),
    # donors and programme titles are not partners
    ("Проектът е финансиран от Норвежкия финансов механизъм и Финансовия механизъм на ЕИП.", []),
    ("Финансовият механизъм на ЕИП се предоставя от Исландия, Лихтенщайн и Норвегия.", []),
    ("Проект по Българо-швейцарската програма за сътрудничество.", []),
    ("Проектът е по програма Interreg V-A Румъния – България 2014-2020.", []),
    ("Швейцарското правителство подкрепя проекта чрез Швейцарския принос.", []),
    ("Обученията се проведоха на английски език и на немски език.", []),
    ("Общината работи по примера на Германия.", []),
    ("Европейският съюз и Република България съфинансират проекта.", []),
    ("Със съдействието на Американската агенция за международно развитие (USAID).", []),
    ("С финансовата подкрепа на Кралство Норвегия. На откриването присъства посланикът на Франция.",
     []),
    # history is not a partnership
    ("Паметникът е издигнат през 1878 г. в памет на воините от Русия.\n"
     "През 2015 г. партньори от Сърбия участваха в реставрацията.", ["RS"]),
    # a country that funds the project is no partner unless a partner from it is named
    ("Общината обнови парка по проект по Финансовия механизъм на ЕИП. Донорът покри 85 % от разходите, "
     "а норвежки експерти присъстваха на откриването.", []),
    ("Ремонтът е по Норвежкия финансов механизъм 2014-2021.\nНа обучението гостуваха колеги от Норвегия.", []),
    ("Funded by the EEA and Norway Grants. Norwegian experts trained the municipal staff.", []),
    ("С подкрепата на Швейцарския принос бяха закупени нови линейки; швейцарска делегация посети болницата.",
     []),
    ("The project is financed by the Norwegian Financial Mechanism; a study visit to Norway followed.", []),
    ("Проект по Норвежкия финансов механизъм.\nНорвежки експерти от асоциацията на общините KS бяха партньори.",
     ["NO"]),
    ("Funded by the Norway Grants. The partner is the Norwegian municipality of Bærum.", ["NO"]),
    # without a donor role the same wording still names a partner's country
    ("На срещата присъстваха норвежки експерти от общината партньор.", ["NO"]),
    # donor named, but a partner from that country named too
    ("С подкрепата на Норвежкия финансов механизъм. Партньор: Община Драмен, Норвегия.", ["NO"]),
    ("Програма Еразъм+ с партньори от Италия, Испания и Португалия.", ["IT", "ES", "PT"]),
    # English pages
    ("Partners: Municipality of Ghent, Belgium", ["BE"]),
    ("The partner is the Norwegian Association of Local and Regional Authorities (KS).", ["NO"]),
    ("Funded by the EEA and Norway Grants and the Swiss-Bulgarian Cooperation Programme.", []),
    ("Lead partner: Municipality of Vidin; partner: Calafat (Romania)", ["RO"]),
    # title in capitals
    ("СЪТРУДНИЧЕСТВО МЕЖДУ ОБЩИНА ВИДИН И ОБЩИНА КАЛАФАТ, РУМЪНИЯ", ["RO"]),
    # Greek region in a cross-border partnership, Pirin Macedonia is Bulgarian
    ("Партньор е регион Източна Македония и Тракия. Пиринска Македония е районът на проекта.",
     ["GR"]),
    # a country paired with Bulgaria by a dash is a programme or a border, not a partner
    ("The Romania-Bulgaria cross-border programme supports the municipality of Ruse.", []),
    ("Общините в граничния район България – Сърбия и партньорът им Община Пирот, Сърбия.", ["RS"]),
    # an event or a trip abroad is no partnership: conference, study visit, fair, exhibition
    ("Резултатите бяха показани на европейски форум за местно самоуправление във Виена.", []),
    ("Служителите на общината бяха на учебно посещение в Любляна, Словения.", []),
    ("През май екипът участва в туристическо изложение в Милано (Италия).", []),
    ("Местните производители представиха продуктите си на панаир в Солун.", []),
    ("The mayor spoke about the scheme at a conference in Lisbon, Portugal.", []),
    ("In 2019 the team went on a study visit to Tartu, Estonia, to see its e-services.", []),
    ("Our crafts were shown at the trade fair in Munich last spring.", []),
    # ... but a visit to or with a named partner still is one
    ("По време на учебното посещение при партньора Община Кавала, Гърция, бяха обменени практики.",
     ["GR"]),
    ("A study visit to the partner town of Ohrid (North Macedonia) followed in June.", ["MK"]),
    # a meeting, seminar or ceremony abroad is an event, not a partner
    ("The mayor presented the practice at a meeting of Danube municipalities in Vienna.", []),
    ("Кметът представи практиката на среща на дунавските общини във Виена.", []),
    ("The project was presented at a seminar in Thessaloniki, Greece.", []),
    ("На работна среща в Букурещ партньорите от Румъния обсъдиха плана.", ["RO"]),
    ("Партньори: Община Марибор, Словения. Проектът беше представен на конференция в Брюксел.",
     ["SI"]),
    # order of first mention, no duplicates
    ("Партньори: Гърция, Италия. Вторият партньор от Гърция е град Кавала.", ["GR", "IT"]),
    # a cross-border partner town named without its country
    ("Ivaylovgrad applied together with the Municipality of Feres for a joint bird-watching route.", ["GR"]),
    ("Община Кула и община Кладово подготвят общ туристически маршрут.", ["RS"]),
    ("Община Елхово работи по проекта заедно с община Лалапаша.", ["TR"]),
    ("Община Кюстендил и община Пробищип обновиха граничния пункт за туристи.", ["MK"]),
    # visitors come from a place: a delegation or guests are no partners, unless named partners
    ("По време на ремонта читалището посети делегация от Суфли (Гърция).", []),
    ("Guests from Serbia attended the opening of the renovated park.", []),
    ("Делегация от партньорската община Сапес, Гърция, участва в обучението.", ["GR"]),
    # a country code in brackets after a partner's name, in a partners line or a list of codes
    ("Partners: Liceum Techniczne Rzeszów (PL), Vilniaus profesinė mokykla (LT), Lycée Arago (FR)",
     ["PL", "LT", "FR"]),
    ("Координатор: Община Габрово (BG); Dimos Kilkis (EL); Comune di Rieti (IT)", ["GR", "IT"]),
    ("Консорциум: Ayuntamiento de Soria (ES), Gemeinde Villach (AT)", ["ES", "AT"]),
    # ... not an abbreviation in brackets in prose
    ("Служителите преминаха курс по информационни технологии (IT) и човешки ресурси (HR).", []),
    ("Обучението за енергийна ефективност (EE) беше в Габрово.", []),
    # the partners of an earlier project are not this one's
    ("Общината има опит с международни проекти: през 2012 г. изпълни с полския град Жешов проект за "
     "туризъм.", []),
    ("The municipality already carried out a project with Kavala, Greece, in 2011.", []),
    ("Сега Община Тетевен работи с община Ополе (Полша).", ["PL"]),
    # ... nor a project named as another one
    ("Отделно общината подготвя друг проект с унгарския град Сегед.", []),
    ("In a separate application the town sought funds for an exchange with a school in Portugal.", []),
    # ... nor the partner of a proposal that failed
    ("Общината кандидатства и за обмен с партньорско училище от Полша, но предложението не беше одобрено.", []),
    ("An exchange with a school in Spain was proposed but was not funded.", []),
    ("Партньор е община Кавала, Гърция, а проектът е одобрен за финансиране.", ["GR"]),
    # a Bulgarian town whose name opens with a country adjective
    ("Мобилните екипи обслужват селата на Полски Тръмбеш.", []),
    ("Polski Trambesh Municipality runs the mobile teams.", []),
    # people working or living abroad are no partners
    ("Many parents work seasonally in Italy and Spain, leaving children with grandparents.", []),
    ("Младите хора заминават да работят в Германия.", []),
    ("Общината работи по проекта с община Бруклин в Ню Йорк, САЩ.", ["US"]),
    # a place on a route or a border is no partner
    ("Пазарът е на пътя към Кулата и Гърция и е отворен целогодишно.", []),
    ("The trail ends near the border with Turkey.", []),
    # a partner named in its own language: the local-government word names the country
    ("Партньори: Gmina Nowa Dęba; Comune di Scanno; Câmara Municipal de Viseu", ["PL", "IT", "PT"]),
    ("The lead partner is Dimos Orestiadas, with Bashkia Korçë and Primăria Galați.", ["GR", "AL", "RO"]),
    ("Водещ партньор: Περιφέρεια Κεντρικής Μακεδονίας; Партньор 2: Община Петрич", ["GR"]),
    ("Together with Karaman Belediyesi and Općina Vir the town runs a joint summer school.", ["TR", "HR"]),
    ("Partners: Landkreis Zwickau and Gemeente Almere", ["DE", "NL"]),
    ("Партньор е Hamar kommune.", ["NO"]),
    # towns in their own script or spelling, twin towns and consortium members
    ("Побратимени са Ξάνθη и Смолян от 2005 г.", ["GR"]),
    ("Побратимените градове Зајечар и Књажевац изпратиха по двама експерти по проекта.", ["RS"]),
    ("The twin town of Nilüfer sent its choir to the festival of the partners.", ["TR"]),
    ("В консорциума участват още университетът във Вагенинген и фермери от Самсун.", ["NL", "TR"]),
    ("The school works with the vocational school in Banská Štiavnica.", ["SK"]),
    # a partner of a project still to come is not this one's
    ("Talks with a Hungarian partner about a future project have begun.", []),
    ("Общината води разговори с гръцка община за следващ съвместен проект.", []),
    ("Partners: Szeged (Hungary). A next project is not planned.", ["HU"]),
    # a donor country's own organisation named as a partner
    ("Funded by the Norway Grants, with Norway's Institute of Marine Research as a partner.", ["NO"]),
    ("Funded by the Norway Grants; Norway's experts visited the site.", []),
    # an English adjective before a research body or before a long proper name ending in its organisation word
    ("Its partners are the Hungarian research institute ÖKO and our regional museum.", ["HU"]),
    ("Partners include the Serbian Fruška Gora National Park Authority.", ["RS"]),
    ("Romanian tourists came for the Danube Day.", []),
    # twin towns' delegations in a twinning project, named in their own language
    ("Under the town-twinning measure the town hosted delegations from Dimos Didymoteichou and Comuna Ciuperceni.",
     ["GR", "RO"]),
    ("The wine fair hosted delegations from Comuna Ostrov.", []),
    # a partner region named without its country
    ("Партньори са регион Тесалия и провинция Оренсе в Галисия.", ["GR", "ES"]),
    ("The network links Tulcea, the Region of Epirus and Andalusia.", ["RO", "GR", "ES"]),
    # a partners line names partners even from a donor country
    ("Програма: Българо-швейцарска програма за сътрудничество\nПартньори: name: Stadt Thun; country: Switzerland",
     ["CH"]),
    ("Funded by the Norway Grants.\nPartners: Vestfold County Council, Norway", ["NO"]),
    ("Funded by the Norway Grants.\nThe study tour went to Norway.", []),
    # an adjective before a board, an office or a trust of that country names a partner
    ("Funded by the EEA Grants. Our partner was the Norwegian Tourist Board, which trained the guides.", ["NO"]),
    ("Партньор е латвийското бюро за туризъм.", ["LV"]),
    # a park, street or quarter at home named after a foreign place is no partner
    ("Новите лампи осветяват и парк „Македония“ в центъра на града.", []),
    ("Центърът се намира на ул. „Одрин“ № 4, до читалището.", []),
    ("Кметството в кв. „Варшава“ приема заявления.", []),
    # a lake, lagoon or river named like a foreign city is nature
    ("The Durankulak and Tuzla lakes are home to rare birds; the partner is Constanța County, Romania.", ["RO"]),
    ("Birds winter at the Tuzla lagoon.", []),
    # ... while the partner city itself still counts
    ("Партньор по проекта е община Одрин.", ["TR"]),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden_countries(text, expected):
    assert [fact.value for fact in extract_countries(text)] == expected


def test_source_is_the_line_of_the_mention():
    text = "Заглавие\nСтатус: приключил\nПартньори: Община Гент, Белгия\nДФФП №: 10-16-19"
    (fact,) = extract_countries(text)
    assert fact.source == "Партньори: Община Гент, Белгия"


def test_source_of_a_long_line_is_trimmed_to_300_characters():
    text = "Увод " * 100 + "Партньор е Община Гент, Белгия. " + "Край " * 100
    (fact,) = extract_countries(text)
    assert len(fact.source) <= 300 and "Гент" in fact.source


def test_source_span_stops_at_sentence_not_at_abbreviation():
    text = "x" * 320 + ". Центърът е в с. Гергини, община Габрово. " + "y" * 50
    start = text.index("Габрово")
    assert source_span(text, start, start + 7) == "Центърът е в с. Гергини, община Габрово."


def test_burgas_seed_page_gives_belgium_first():
    path = SEEDS / "burgas-good-governance-project.txt"
    if not path.exists():
        pytest.skip("shared seeds not available")
    codes = [fact.value for fact in extract_countries(path.read_text(encoding="utf-8"))]
    assert codes[0] == "BE" and "BG" not in codes


def test_flgr_norway_seed_page_gives_norway_only():
    path = SEEDS / "flgr-practice-namrb-norway.txt"
    if not path.exists():
        pytest.skip("shared seeds not available")
    codes = [fact.value for fact in extract_countries(path.read_text(encoding="utf-8"))]
    assert codes == ["NO"]


def test_a_partners_line_is_not_joined_to_the_next_line():
    text = ("Partners: Town of Nafplio (Greece); Municipality of Idrija, Slovenia\n\n"
            "Grant agreement No: 597312-CITIZ-1-2017-1-BG-CITIZ-TT\n")
    assert [f.value for f in extract_countries(text, "en")] == ["GR", "SI"]
