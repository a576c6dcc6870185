"""Word stock of the benchmark corpus: the project team's own invented phrases.

Nothing here is quoted from any page. The lists are written for the benchmark so that
generated practices have a realistic vocabulary size and a skewed (Zipf-like) word
distribution: a few words in most documents, a long tail in few.
"""
from __future__ import annotations

# Bulgarian noun phrases (subjects and objects of generated sentences).
NOUNS_BG = """
общината|общинската администрация|кметството|местната общност|гражданите|младежите|
възрастните хора|децата|учениците|учителите|служителите|предприемачите|земеделските производители|
неправителствените организации|читалището|библиотеката|детската градина|училището|болницата|
социалният център|центърът за услуги|градският парк|площадът|уличното осветление|водопроводната мрежа|
пречиствателната станция|сметището|системата за разделно събиране|компостирането|фотоволтаичната централа|
енергийната ефективност|санирането|топлоизолацията|отоплителната инсталация|електронните услуги|
порталът за отворени данни|публичният регистър|бюджетът|общественото обсъждане|гражданският съвет|
младежкият съвет|доброволците|туристическият маршрут|музеят|крепостта|културното наследство|
фестивалът|занаятите|пазарът|бизнес инкубаторът|индустриалната зона|обществения транспорт|
велоалеите|пешеходната зона|кварталът|жилищните сгради|ромската общност|здравните медиатори|
личните асистенти|домашният социален патронаж|дневният център|защитеното жилище|спортната зала|
стадионът|пътят|мостът|речният бряг|горските територии|защитената зона|качеството на въздуха|
шумът|мониторингът|стратегията|планът за развитие|анализът|проучването|обучението|квалификацията|
наръчникът|интернет страницата|мобилното приложение|информационният център|звеното за услуги|
гишето на едно място|административното обслужване|вътрешните правила|системата за управление на качеството|
партньорската община|трансграничният регион|европейските фондове|съфинансирането|тръжната процедура|
договорът|одитът|отчетът|резултатите|устойчивостта|заетостта|безработните|работните места|
инвестициите|иновациите|дигитализацията|кадастърът|архивът|сигурността|видеонаблюдението|
пожарната безопасност|бедствията|наводненията|ранното предупреждение|дигата|свлачището
"""

VERBS_BG = """
изгради|обнови|модернизира|разработи|въведе|подобри|разшири|създаде|организира|финансира|
подкрепи|реконструира|оборудва|обучи|проведе|представи|насърчи|осигури|намали|увеличи|
планира|изпълни|завърши|стартира|анализира|публикува|популяризира|свърза|облагороди|възстанови
"""

ADJECTIVES_BG = """
нов|модерен|устойчив|достъпен|ефективен|прозрачен|иновативен|общински|регионален|местен|
европейски|пилотен|интегриран|цялостен|безопасен|зелен|дигитален|социален|образователен|културен|
туристически|енергиен|екологичен|трансграничен|публичен|електронен|съвместен|дългосрочен
"""

CONNECTORS_BG = """
В рамките на проекта|През първата година|Благодарение на финансирането|Съвместно с партньорите|
След обществено обсъждане|В резултат на дейностите|Със съдействието на областната администрация|
По време на изпълнението|В началото на периода|С подкрепата на доброволци|На следващия етап|
Според доклада на екипа|Въпреки трудностите|Със собствени средства
"""

NOUNS_EN = """
the municipality|the town hall|local residents|young people|older people|schoolchildren|teachers|
municipal staff|small businesses|farmers|civil society groups|the community centre|the library|
the kindergarten|the school|the hospital|the social centre|the one-stop shop|the city park|
street lighting|the water network|the treatment plant|the landfill|separate waste collection|
composting|the solar plant|energy efficiency|building insulation|the heating system|e-services|
the open data portal|the public register|the budget|public consultation|the citizens' council|
the youth council|volunteers|the tourist trail|the museum|the fortress|cultural heritage|
the festival|local crafts|the market|the business incubator|public transport|cycle lanes|
the Roma community|health mediators|personal assistants|the day centre|the sports hall|
air quality|the strategy|the development plan|training|the website|the mobile app|
the partner municipality|the cross-border region|EU funds|co-financing|the contract|
the audit|employment|jobs|investment|innovation|digitalisation|the archive|flood warning
"""

VERBS_EN = """
built|renovated|modernised|developed|introduced|improved|extended|created|organised|funded|
supported|equipped|trained|launched|completed|published|promoted|connected|restored|reduced
"""

ADJECTIVES_EN = """
new|modern|sustainable|accessible|efficient|transparent|innovative|municipal|regional|local|
European|pilot|integrated|safe|green|digital|social|educational|cultural|cross-border|joint
"""

CONNECTORS_EN = """
Within the project|During the first year|Thanks to the grant|Together with the partners|
After a public consultation|As a result|With the help of volunteers|In the next stage|
According to the team's report|Despite the difficulties
"""

# Project words for titles.
TITLE_HEADS_BG = """
Енергийна ефективност на|Обновяване на|Модернизация на|Изграждане на|Въвеждане на|Разширяване на|
Подобряване на|Създаване на|Развитие на|Опазване на|Дигитализация на|Рехабилитация на
"""

# (status word in a labelled line, status word in prose) per lifecycle stage.
STATUS_LINES_BG = {"completed": ("Приключен", "успешно приключи"),
                   "ongoing": ("В изпълнение", "се изпълнява"),
                   "approved": ("Одобрен", "подписа договор за"),
                   "applied": ("Кандидатства", "подаде проектно предложение за")}
STATUS_EN = {"completed": "was completed", "ongoing": "is being implemented",
             "approved": "was approved", "applied": "applied for funding"}

# Programme names in the spellings of formats.md, with their project-code prefixes.
PROGRAMMES = [
    ("Оперативна програма „Административен капацитет“", "ОПАК", "BG051PO002"),
    ("ОП „Развитие на човешките ресурси“", "ОПРЧР", "BG05M9OP001"),
    ("ОП „Региони в растеж“", "ОПРР", "BG16RFOP001"),
    ("ОП „Добро управление“", "ОПДУ", "BG05SFOP001"),
    ("Програма „Развитие на регионите“ 2021-2027", "ПРР", "BG16RFPR001"),
    ("Програма за развитие на селските райони", "ПРСР", "BG06RDNP001"),
    ("Interreg V-A Румъния – България", "Interreg", "ROBG"),
    ("Финансов механизъм на ЕИП", "ФМ ЕИП", "BGLD"),
    ("Норвежки финансов механизъм", "НФМ", "BGLD"),
    ("План за възстановяване и устойчивост", "НПВУ", "BG-RRP"),
    ("Българо-швейцарска програма за сътрудничество", "БШПС", "BGSW"),
    ("ПУДООС", "ПУДООС", "PUDOOS"),
]
PROGRAMMES_EN = ["Operational Programme Administrative Capacity", "Operational Programme Regions in Growth",
                 "Interreg V-A Romania-Bulgaria", "EEA Financial Mechanism", "Norway Grants",
                 "Recovery and Resilience Plan", "Rural Development Programme"]

# Partner (city, country in Bulgarian, country in English).
PARTNERS = [("Солун", "Гърция", "Greece"), ("Кълъраш", "Румъния", "Romania"), ("Гент", "Белгия", "Belgium"),
            ("Болоня", "Италия", "Italy"), ("Валенсия", "Испания", "Spain"), ("Порто", "Португалия", "Portugal"),
            ("Марибор", "Словения", "Slovenia"), ("Берген", "Норвегия", "Norway"),
            ("Копавогур", "Исландия", "Iceland"), ("Лозана", "Швейцария", "Switzerland"),
            ("Болград", "Украйна", "Ukraine"), ("Нант", "Франция", "France"), ("Ротердам", "Нидерландия", "Netherlands")]

MONTHS_BG = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
             "октомври", "ноември", "декември"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
WEEKDAYS_BG = ["Понеделник", "Вторник", "Сряда", "Четвъртък", "Петък", "Събота", "Неделя"]

# Two-word queries a user of the site would type (generated text uses these words).
QUERIES = ["енергийна ефективност", "електронни услуги", "младежки съвет", "културно наследство",
           "социален център", "обществено обсъждане", "разделно събиране", "уличното осветление",
           "туристически маршрут", "здравните медиатори", "отворени данни", "бизнес инкубатор",
           "ромската общност", "градският парк", "водопроводната мрежа", "качеството въздуха",
           "energy efficiency", "youth council", "cultural heritage", "public consultation"]


def split_words(block: str) -> list[str]:
    """The entries of one ``|``-separated block above.

    >>> split_words(" а|б \\n|в ")
    ['а', 'б', 'в']
    """
    return [w.strip() for w in block.replace("\n", "").split("|") if w.strip()]
