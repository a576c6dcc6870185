"""Golden table for extract_themes: real-shaped practices -> the set of theme ids."""
from pathlib import Path

import pytest

from config.settings import data_path
from indexer.extract.fact import Fact
from indexer.extract.themes import extract_themes, load_themes, rule_themes, score_rules

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

GOLDEN = [
    # a municipal loan is local finance (debt); flood protection is the environment (water)
    ("Мостово финансиране с общински заем\nОбщината изтегли заем от ФЛАГ, за да плати на изпълнителите "
     "преди възстановяването на разходите.", {"finance"}),
    ("Защита от наводнения в Ябланица\nОбщината почисти коритото на реката и изгради диги за защита от "
     "наводнения.", {"environment"}),
    ("Разделно събиране на битовите отпадъци в Габрово\nПредистория\nОбщината въведе разделно "
     "събиране на отпадъците и домашно компостиране. Количеството отпадъци на депото намаля с 30%.",
     {"environment"}),
    ("Саниране на детска градина „Слънце“\nПрактика\nИзвършено е саниране и топлоизолация на "
     "сградата на детската градина. Енергийната ефективност се повиши, а разходите за отопление "
     "намаляха. Децата учат в по-добри условия.", {"energy", "education"}),
    ("Център за административно обслужване на едно гише\nОбщината създаде единно гише за "
     "административно обслужване на гражданите и бизнеса. Служителите преминаха обучение, "
     "въведена е система за управление на качеството ISO 9001.", {"governance"}),
    ("Електронни услуги за гражданите\nПортал за електронни административни услуги позволява "
     "подаване на заявления онлайн с електронен подпис. Въведена е информационна система за "
     "документооборот.", {"e-government"}),
    ("Бюджет с участието на гражданите\nПредистория\nОбщината проведе обществени консултации за "
     "проектобюджета. Гражданите гласуваха за приоритетните проекти. Проведено е обществено "
     "обсъждане на общинския бюджет.", {"participation", "finance"}),
    ("Повишаване на събираемостта на местните данъци и такси\nЧрез SMS известяване и онлайн "
     "плащане събираемостта на данъка върху недвижимите имоти нарасна. Таксата за битови отпадъци "
     "се плаща и по интернет.", {"finance"}),
    ("Здравни медиатори в ромските квартали\nЗдравните медиатори работят с ромските общности за "
     "профилактика и ваксинации на децата. Медиаторите придружават пациенти до лекар.",
     {"roma", "health"}),
    ("Дневен център за възрастни хора с увреждания\nСоциалната услуга предоставя грижа, "
     "рехабилитация и храна на възрастни хора с увреждания. Центърът е част от мрежата от "
     "социални услуги в общината.", {"social"}),
    ("Младежки общински съвет\nМладежите в общината участват в младежкия съвет, който обсъжда "
     "политиките за младежта и организира доброволчески инициативи.", {"youth", "participation"}),
    ("Реставрация на читалище „Възраждане“\nСградата на читалището е реставрирана. В нея се "
     "помещават библиотека и музейна сбирка, провеждат се фолклорни фестивали.", {"culture"}),
    ("Туристически маршрути в Родопите\nСъздадени са нови екопътеки и туристически маршрути, "
     "туристически информационен център и реклама на дестинацията. Броят на нощувките нарасна.",
     {"tourism"}),
    ("Ново улично осветление с LED лампи\nПодменени са 2000 осветителни тела в уличното "
     "осветление със светодиодни. Разходите за електрическа енергия намаляха с 60%.",
     {"energy"}),
    ("Общ устройствен план на общината\nИзготвен е общ устройствен план и подробни устройствени "
     "планове. Реконструирани са улици, тротоари и площадът в центъра.", {"urban"}),
    ("Бизнес инкубатор за млади предприемачи\nИнкубаторът подпомага стартиращи предприятия и "
     "създаването на нови работни места. Безработицата в общината намаля.", {"economy"}),
    ("Побратимяване с Община Копавогур, Исландия\nДвете общини развиват международно "
     "сътрудничество, обмен на опит и съвместни проекти.", {"cooperation"}),
    ("Публичен регистър на договорите\nЗа повече прозрачност общината публикува всички договори "
     "в публичен регистър и отворени данни. Мерки срещу корупцията.", {"transparency"}),
    ("Open data portal of Burgas\nThe municipality publishes open data sets on a new portal. "
     "Transparency and access to information improved.", {"transparency", "e-government"}),
    ("Waste separation and composting in Gabrovo\nThe municipality introduced separate waste "
     "collection and home composting; the landfill receives less waste.", {"environment"}),
    ("Професионално обучение на безработни младежи\nПроектът осигури професионално обучение и "
     "заетост на безработни младежи до 29 години. Младежите получиха работа при местни "
     "работодатели.", {"youth", "economy", "education"}),
    ("Междуобщинско сътрудничество за управление на отпадъците\nПет общини създадоха "
     "регионално сдружение за управление на отпадъците и изградиха общо регионално депо за отпадъци.",
     {"cooperation", "environment"}),
    # a short news item: one cue that names a theme on its own is enough
    ("Общината в Кърджали посрещна делегация от Турция\nДелегация от побратимения град Бурса "
     "посети Кърджали. Гостите се запознаха с опита на общината в областта на туризма и "
     "културното наследство.", {"cooperation", "tourism", "culture"}),
    # English FLGR page
    ("Electronic Municipality\nBackground\nGabrovo Municipality has been developing e-services "
     "since 2005.\nPractice\nThe municipality introduced an online portal with electronic "
     "administrative services and payment of local taxes online.\nInnovator: Municipality of "
     "Gabrovo", {"e-government"}),
]


# Issue 4's error analysis: real shapes that over- or under-assigned themes.
GOLDEN += [
    # masculine adjectives: "социален", "административен", "електронен" (not only "-на/-ни")
    ("Електронен регистър на жалбите\nОбщината въведе електронен регистър и социален "
     "патронаж; административен капацитет.", {"e-government", "social", "governance"}),
    # a renovated building is the building's theme, not urban planning
    ("Читалището в село Бачево е обновено\nСградата на читалището е ремонтирана: нов покрив, "
     "ремонт на салона и библиотеката. Строителните работи започнаха през май.", {"culture"}),
    # citizens are everywhere: being served is not participating
    ("Бюро за информация и услуги на гражданите\nСлужителите на бюрото обслужват гражданите "
     "на едно гише. Гражданите подават заявления, гражданите получават документи, гражданите "
     "чакат по-малко.", {"governance"}),
    # a water network is infrastructure and water (environment), not a network of partners
    ("Реконструкция на водопроводната мрежа в селата\nПодменени са 12 км от водопроводната "
     "мрежа и е изградена канализация. Загубите на питейна вода намаляха.",
     {"urban", "environment"}),
    # English: streets lit are energy, not urban planning
    ("Smart street lighting paid for by its savings\nThe municipality replaced the street lighting "
     "with LED lamps on every street; energy use of street lights fell by 60%.", {"energy"}),
    # a project's name in quotes in the title is often a metaphor: what only it names counts as one
    # plain mention; the same word is the theme when the body speaks of it too
    ("Обмен на млади доброволци „Горски мостове“\nМладежи от двата града прекараха седмица заедно като "
     "доброволци и се учиха един от друг.", {"participation", "youth"}),
    ("Проект „Мост над Вит“\nОбщината построи нов пешеходен мост над реката и обнови улиците към него.",
     {"urban"}),
    ("Фестивал „Светлини на града“\nЧиталището организира тридневен фестивал на фолклора с концерти и "
     "изложби на местни занаятчии.", {"culture"}),
]


def rule_values(text: str, **kwargs) -> set[str]:
    """The themes the cue rules alone choose (the first stage of extract_themes)."""
    return {fact.value for fact in rule_themes(score_rules(text, **kwargs))}


# Where the classifier stacked on the rules (indexer/extract/theme_model.py) chooses
# otherwise than the table above, which pins the cue rules: recorded on purpose. It was
# adopted because it wins leave-one-set-out over the gold sets (bench/theme_cv.py), not
# on these short made-up texts, several of which are a list of cues more than a page.
MODEL_DIFFERS = {
    # three cues in one line: the classifier keeps the strongest
    "Електронен регистър на жалбите": {"e-government"},
    # (street lighting: the model trained up to heldout12 added urban, as the gold readers do on
    # most street-lighting practices; trained up to heldout19 it agrees with the rules: energy)
}


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden_rule_themes(text, expected):
    assert rule_values(text) == expected


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden_themes(text, expected):
    expected = MODEL_DIFFERS.get(text.split("\n", 1)[0], expected)
    assert {fact.value for fact in extract_themes(text)} == expected


def test_title_argument_counts_as_title():
    facts = extract_themes("Проектът продължи 18 месеца.", title="Саниране на училище")
    assert {f.value for f in facts} >= {"energy"}


def test_source_is_the_sentence_of_the_strongest_cue():
    text = ("Нашата практика\nВ града има много хора. Общината въведе разделно събиране на "
            "отпадъците. Жителите са доволни.")
    (fact,) = extract_themes(text)
    assert fact.value == "environment"
    assert "разделно събиране" in fact.source and len(fact.source) <= 300


def test_text_without_cues_has_no_themes():
    assert extract_themes("Днес е хубав ден.") == []


def test_themes_are_at_most_four_and_known_ids():
    known = {t.id for t in load_themes()}
    text = " ".join(["отпадъци училище болница туризъм музей бизнес саниране младежи"] * 5)
    facts = extract_themes(text)
    assert 1 <= len(facts) <= 4 and {f.value for f in facts} <= known


def test_load_themes_keeps_taxonomy_ids_and_labels():
    themes = load_themes()
    assert len(themes) == 17
    assert themes[0].id == "governance" and themes[0].label_bg.startswith("Добро управление")
    with open(data_path("themes.tsv"), encoding="utf-8") as handle:
        assert [line.split("\t")[0] for line in handle][1:] == [t.id for t in themes]


def test_burgas_seed_page_is_about_governance():
    path = SEEDS / "burgas-good-governance-project.txt"
    if not path.exists():
        pytest.skip("shared seeds not available")
    text = path.read_text(encoding="utf-8")
    rules = [f.value for f in rule_themes(score_rules(text))]
    assert rules[0] == "governance" and "transparency" in rules
    # The classifier ranks transparency fourth (its probability under 0.4): a known miss of
    # the stacked model, recorded on purpose; the Norway-grants partnership makes it
    # cooperation as the gold sets' readers do for partnered projects.
    assert {"governance", "cooperation"} <= {f.value for f in extract_themes(text)}


def _reference_scores(text: str) -> dict[str, float]:
    """The scan as first written, token by token: the fast ``_scan`` must agree with it."""
    from collections import defaultdict

    from indexer.extract import themes
    tokens = themes._WORD.findall(text.lower())
    scores, hits, i = defaultdict(float), defaultdict(int), 0
    while i < len(tokens):
        matched = {}
        for cues in themes._CUES.values():
            for cue in cues:
                if cue.matches(tokens, i):
                    known = matched.get(cue.theme)
                    if known is None or (len(cue.words), len(cue.words[0])) > (
                            len(known.words), len(known.words[0])):
                        matched[cue.theme] = cue
        for cue in matched.values():
            hits[cue.theme, cue.name] += 1
            if hits[cue.theme, cue.name] <= themes.MAX_HITS_PER_CUE:
                scores[cue.theme] += cue.weight
        i += max((len(cue.words) for cue in matched.values()), default=1)
    return dict(scores)


@pytest.mark.parametrize("text", [text for text, _ in GOLDEN] + [
    "Роман за ромите: романтика и ромски медиатори; професионално обучение, обучение.",
    "обществени поръчки обществени консултации обществено обсъждане обществени",
    "e-услуги, е-услуги и ISO 9001; ЦАО, ДГ „Слънце“, СУ и ОУ; street lighting streets",
    "детска градина детски градини детска площадка детска",
])
def test_fast_scan_scores_like_the_token_by_token_reference(text):
    from collections import defaultdict

    from indexer.extract import themes
    scores = defaultdict(float)
    themes._scan(text, 1.0, None, scores, {}, {})
    assert dict(scores) == pytest.approx(_reference_scores(text))


def test_an_interreg_programme_makes_a_practice_cross_border_cooperation():
    text = ("Общи занаяти от двата бряга на Дунав\nВ музея ще бъде открита изложба за "
            "занаятите и фолклора на двата града.")
    programme = Fact("interreg-robg", "Програма Interreg V-A Румъния – България")
    assert rule_values(text) == {"culture"}
    assert rule_values(text, programmes=[programme]) == {"culture", "cooperation"}
    assert rule_values(text, programmes=["opac"]) == {"culture"}
    assert {f.value for f in extract_themes(text)} == {"culture"}
    facts = extract_themes(text, programmes=[programme])
    # the classifier adds tourism: cross-border Interreg projects about crafts and museums
    # in the gold sets mostly are (RO-BG tourism priority)
    assert {f.value for f in facts} >= {"culture", "cooperation"}
    assert [f.source for f in facts if f.value == "cooperation"] == ["Програма Interreg V-A Румъния – България"]
    assert {f.value for f in extract_themes(text, programmes=["opac"])} == {"culture"}
