"""Golden table for ``extract_programmes``: names in any quotes, abbreviations, codes, shared spellings."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract.programmes import extract_programmes, load_programmes

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

GOLDEN = [
    # round 7: the municipal budget as the second funder after one preposition; the money of both
    # twinned municipalities; "със средства на общината"; "its own budget"; a municipal grant
    ("Обновяването на библиотеката е финансирано от ПРСР и общинския бюджет, който даде 40 000 лв.",
     ["rdp-2014", "municipal-budget"]),
    ("На сесията съветниците приеха отчета и общинския бюджет за 2026 г.", []),
    ("Двата града провеждат общ фестивал всяка есен със средства от двата общински бюджета.", ["municipal-budget"]),
    ("Кухнята за бездомни отвори врати през март със средства на общината.", ["municipal-budget"]),
    ("The town earmarks a share of its own annual budget for projects chosen by pupils.", ["municipal-budget"]),
    ("The council adopted its own budget for next year.", []),
    ("A pupils' parliament that writes its own budget every spring.", []),
    ("The club runs on a modest municipal grant and on membership fees.", ["municipal-budget"]),
    # the service carried on with municipal money after the project: upkeep, not this project's funding
    ("Проектът по Програма „Развитие на човешките ресурси“ 2021-2027 приключи в декември. От 1 януари общината "
     "продължава услугата за 40 души със средства от общинския бюджет.", ["phrd-2021"]),
    # an earlier stage finished in a named year is another project
    ("Вторият етап на водопровода се изпълнява по ПУДООС. Етап I на водопровода беше завършен през 2017 г. "
     "със средства от общинския бюджет.", ["pudoos"]),
    ("Phase 2 of the promenade is funded by the Programme Development of the Regions. Phase 1 was completed "
     "in 2016 with money from the municipal budget.", ["prd"]),
    # a vehicle a company gave is equipment, not the money that runs the practice
    ("Линейката е дарение от местна фирма, а медиците се плащат от общинския бюджет.", ["municipal-budget"]),
    ("Ремонтът на детската площадка е изцяло с дарение от фирма от града.", ["other"]),
    # an event the practice took part in names its organiser's programme, not the practice's
    ("The youth parliament meets monthly with a small municipal budget. In 2023 it took part in an Erasmus+ "
     "training camp in Portugal.", ["municipal-budget"]),
    # round 5: the municipality's money named only to deny it; a card terminal is no programme
    ("Ремонтът е платен изцяло с грант по ПРСР, без собствено участие на общината.", ["rdp-2014"]),
    ("The Erasmus+ grant covered every cost, with no own contribution from the municipality.", ["erasmus"]),
    ("Таксите се плащат и с ПОС терминал в центъра за услуги.", []),
    ("Пречиствателната станция е по ПОС.", ["pe-2021"]),
    # a standing scheme's yearly money from the municipality's own revenue funds the scheme ...
    ("Наградите ще се изплащат всяка година от собствените приходи на общината.", ["municipal-budget"]),
    ("The grants will be paid every year from the municipal budget.", ["municipal-budget"]),
    # ... but beside a programme that paid for the project it is the result's upkeep
    ("Спортната зала е ремонтирана по ПРСР. Сметките за ток ще се плащат ежегодно от общинския бюджет.",
     ["rdp-2014"]),
    # the recovery plan's name and 'sustainable mobility' are no upkeep; VAT paid after the end is
    ("EUR 1.1 million came from the Recovery and Resilience Plan for sustainable urban transport, and "
     "the rest from the municipal budget.", ["rrp", "municipal-budget"]),
    ("По Плана за възстановяване и устойчивост са 800 000 лв., а останалите се осигуряват от общинския бюджет.",
     ["rrp", "municipal-budget"]),
    ("Залата е обновена по ПРСР; недопустимият ДДС беше платен от общинския бюджет след приключването.",
     ["rdp-2014"]),
    # PUDOOS in English
    ("Part of the money comes from the Enterprise for Management of Environmental Protection Activities.",
     ["pudoos"]),
    # round 4: the municipality adding money from its own budget co-funds the project
    ("Общината добавя средства от бюджета си за ремонта на площада.", ["municipal-budget"]),
    ("Община Сатовча добави 20 000 лв. от собствения си бюджет към гранта.", ["municipal-budget"]),
    ('Финансиране: Оперативна програма "Административен капацитет 2007-2013"', ["opac"]),
    ("Проектът е по ОПАК, приоритетна ос I.", ["opac"]),
    ("финансиран по „Административен капацитет“, съфинансиран от Европейския социален фонд", ["opac"]),
    ("Проект BG051PO002-1.3.01-0057 за стратегическо планиране", ["opac"]),
    ("по ОП ,,Развитие на човешките ресурси” 2007-2013", ["ophrd-2007"]),
    ("Договор BG05M9OP001-2.004-0012 по ОПРЧР", ["ophrd-2014"]),
    ("по Програма „Развитие на човешките ресурси“ 2021-2027", ["phrd-2021"]),
    ("Община Карлово изпълнява проект с код BG05SFPR002-2.001-0125.", ["phrd-2021"]),
    ("Проектът е финансиран по ОП “Регионално развитие”.", ["oprd-2007"]),
    ("ОП „Региони в растеж“ 2014-2020, процедура BG16RFOP001-1.015", ["oprg"]),
    ("по ОПРР 2007-2013", ["oprd-2007"]),
    ("Договорът по ОПРР е подписан на 12.03.2017 г.", ["oprg"]),
    ("Програма „Развитие на регионите“ 2021-2027, проект BG16FFPR003-2.001-0012", ["prd"]),
    ("по ОП „Добро управление“ 2014-2020", ["opgg"]),
    ("Приоритетна ос I „Добро управление“ на ОПАК", ["opac"]),
    ("Проектът „Добро управление в Бургас“ помогна на гражданите.", []),
    ("ПРСР, мярка 321 „Основни услуги за икономиката и населението“", ["rdp-2007"]),
    ("по подмярка 7.2 от Програмата за развитие на селските райони", ["rdp-2014"]),
    ("Договор BG06RDNP001-7.001-0023", ["rdp-2014"]),
    ("Стратегията за ВОМР на МИГ „Разлог – Банско“, мярка 7.5 по ПРСР 2014-2020", ["clld", "rdp-2014"]),
    ("по Националния план за възстановяване и устойчивост (НПВУ), процедура BG-RRP-5.022", ["rrp"]),
    ("Interreg V-A Румъния – България, проект ROBG-412", ["interreg-robg"]),
    ("Програмата за трансгранично сътрудничество Interreg V-A Гърция – България 2014-2020", ["interreg-grbg"]),
    ("по Interreg NEXT Черноморски басейн 2021-2027", ["interreg-blacksea"]),
    ("funded by the Joint Operational Programme Black Sea Basin", ["interreg-blacksea"]),
    ("Програма ФАР – Трансгранично сътрудничество България – Румъния 2004", ["phare"]),
    ("по ФАР-ТГС", ["phare"]),
    ("финансиран по програма ФАР – трансгранично сътрудничество Румъния – България", ["phare"]),
    ("Проектът е по ОПАК. Общината вече изпълни проект по ОП „Регионално развитие“ през 2010 г.", ["opac"]),
    ("It applied to Horizon Europe. It already has experience with the Norway Grants.", ["horizon"]),
    ("Общината ремонтира детската градина по ПРР 2021-2027.\nТова не е първата обновена градина. "
     "През 2014 г. общината приключи проект по ОПРР 2007-2013 за ремонт на две ясли.", ["prd"]),
    ("The school was renovated under the Recovery and Resilience Plan. This is not the first such "
     "project: the gym was rebuilt under OP Regions in Growth.", ["rrp"]),
    ("по Финансовия механизъм на ЕИП и Норвежкия финансов механизъм 2014-2021", ["eea-norway"]),
    ("проект BGLD-1.004-0012 за местно развитие", ["eea-norway"]),
    ("по Българо-швейцарската програма за сътрудничество", ["swiss"]),
    ("с финансиране от ПУДООС и общински бюджет", ["pudoos", "municipal-budget"]),
    ("по проект на Фонд „Социална закрила“", ["social-protection-fund"]),
    ("с подкрепата на Американската агенция за международно развитие (USAID)", ["foreign-donor"]),
    ("part of the Beautiful Bulgaria project of the United Nations Development Programme (UNDP)",
     ["foreign-donor"]),
    ("с грант от Институт „Отворено общество“", ["foreign-donor"]),
    ("Operational Programme Good Governance funded the project.", ["opgg"]),
    ("Всичко е платено със собствени средства на общината.", ["municipal-budget"]),
    ("Разходите след края на проекта ще се поемат от общинския бюджет.", []),
    ("В бюджета на общината се публикуват всички проекти на наредби.", []),
    ("Агенцията за регионално развитие организира среща.", []),
    ("по Програма „Околна среда“ 2021-2027", ["pe-2021"]),
    ("по ОП „Околна среда 2007-2013“", ["ope-2007"]),
    ("Програма „Образование“ 2021-2027", ["pedu"]),
    ("с подкрепата на фондация „Америка за България“", ["foreign-donor"]),
    ("Програмата за трансгранично сътрудничество ИПП България – Сърбия", ["interreg-ipa"]),
    ("Общинската програма за регионално развитие беше приета.", []),
    ("Оперативна програма за храни и/или основно материално подпомагане", ["opfsfb"]),
    ("We develop environment friendly tools with well known funds.", []),
    ("по ОПРЧР 2014-2020, с национално съфинансиране от държавния бюджет", ["ophrd-2014"]),
    ("Ремонтът се финансира от държавния бюджет.", ["national-budget"]),
    ("по ОП „НОИР“", ["opseg"]),
    ("със средства от Механизма за възстановяване и устойчивост", ["rrp"]),
    # the municipality's own money, in the shapes a funding sentence takes
    ("Общината поема заплатите на двамата асистенти от собствения си бюджет.", ["municipal-budget"]),
    ("Центърът е открит с подкрепата на ФСЗ и с участието на общинския бюджет.",
     ["social-protection-fund", "municipal-budget"]),
    ("Стойността е 420 000 лв., от които 350 000 лв. са грант, а останалите средства осигурява общината.",
     ["municipal-budget"]),
    ("Общата стойност е 1,2 млн. лв., останалото се покрива от бюджета на Община Елхово.", ["municipal-budget"]),
    ("Министерството на културата дава 60 %, останалите - общинският бюджет и дарители.",
     ["national-budget", "municipal-budget"]),
    ("Проектът е на стойност 300 000 евро, а общинското съфинансиране е 45 000 евро.", ["municipal-budget"]),
    ("Собственото участие на общината възлиза на 12 400 лв.", ["municipal-budget"]),
    # a registry's non-zero own-financing field is money from the municipality's budget
    ("Програма | ОП „Региони в растеж“\nСобствено финансиране (лв.) | 48 210,00", ["oprg", "municipal-budget"]),
    ("Програма | ОП „Региони в растеж“\nСобствено финансиране (лв.) | 0,00", ["oprg"]),
    ("Собствен принос: 12 000 лв.", ["municipal-budget"]),
    ("Own contribution: EUR 12,000", ["municipal-budget"]),
    ("Собственият принос на партньорите е договорен.", []),
    ("The municipality pays the running costs of the centre from its own budget.", ["municipal-budget"]),
    ("The grant covers 85 %; the rest is paid by the municipality.", ["municipal-budget"]),
    ("Sports clubs were paid for entirely out of the municipal budget.", ["municipal-budget"]),
    # the municipality's budget as a topic is no funding statement
    ("Гражданите предлагат идеи, а общинският съвет приема общинския бюджет всяка година.", []),
    ("Годишният бюджет на общината е 38 млн. лв.", []),
    ("Сметките за ток поглъщат голяма част от бюджета на общината.", []),
    ("Договорът за безвъзмездна помощ беше подписан в Министерството на регионалното развитие.", []),
    ("The municipal council discussed the draft budget in public hearings.", []),
    # a ministry paying is the state budget; a ministry as managing authority of an EU programme is not
    ("Средствата за фестивала ги осигурява Министерството на културата.", ["national-budget"]),
    ("Ремонтът е със субсидия от Министерството на образованието и науката.", ["national-budget"]),
    ("The festival is funded by the Ministry of Culture.", ["national-budget"]),
    ("Договорът е подписан с Министерството на регионалното развитие като управляващ орган на ОПРР.",
     ["oprg"]),
    ("Министерството на труда и социалната политика като управляващ орган предостави помощта по ОП РЧР.",
     ["ophrd-2014"]),
    # a programme outside the taxonomy is other
    ("Финансиране: Програма за морско дело и рибарство 2014-2020", ["other"]),
    ("по Оперативна програма за развитие на сектор „Рибарство“ 2007-2013", ["other"]),
    ("Проектът е по Оперативна програма „Транспорт и транспортна инфраструктура“.", ["other"]),
    ("Funded by the European Maritime and Fisheries Fund.", ["other"]),
    # funds outside the taxonomy: the local authorities' fund and the energy-efficiency fund
    ("Общината покри плащанията с краткосрочен заем от ФЛАГ.", ["other"]),
    ("Ремонтът е финансиран с кредит от Фонда за органите на местното самоуправление в България.", ["other"]),
    ("Сградата е санирана с заем от Фонд „Енергийна ефективност и възобновяеми източници“.", ["other"]),
    ("The retrofit used a loan from the Energy Efficiency and Renewable Sources Fund.", ["other"]),
    # the municipality paying its share
    ("Собственият принос на Община Елин Пелин е 12 400 лв.", ["municipal-budget"]),
    ("По ОПРР, като общината осигурява съфинансиране от 5 %.", ["oprg", "municipal-budget"]),
    ("Останалите 30 % от сумата осигури Община Етрополе.", ["municipal-budget"]),
    ("Община Троян осигури 40% от стойността на ремонта.", ["municipal-budget"]),
    ("The municipality covered the remaining 20 per cent.", ["municipal-budget"]),
    ("The kiosk was co-financed by the municipality.", ["municipal-budget"]),
    # a registry's own-funding line is the beneficiary's (the municipality's) own money
    ("Безвъзмездна помощ: 1 000 лв.\nСобствено финансиране: 414 617.76 лв.", ["municipal-budget"]),
    # the state's share and ministries' national programmes
    ("85% came from the EU and 15% came from the national budget.", ["national-budget"]),
    ("Площадът е обновен по програма „Красива България“ на МТСП.", ["national-budget"]),
    ("Библиотеката получи книги по програма „Българските библиотеки – съвременни центрове“ на "
     "Министерството на културата.", ["national-budget"]),
    ("The museum was funded under a programme of the Ministry of Culture.", ["national-budget"]),
    ("по националната програма „Обновяване на читалищата – центрове за развитие на местната общност“ на "
     "Министерството на културата", ["national-budget"]),
    ("Паркът е обновен по проект „Красива България“ на Министерството на труда и социалната политика и "
     "ПРООН.", ["national-budget", "foreign-donor"]),
    ("по проекта „Красива България“ на ПРООН", ["foreign-donor"]),
    ("Община Смолян заделя по 50 000 лв. всяка година за проекти на младите.", ["municipal-budget"]),
    # a spelling whose trigger word also stands a little earlier ("Norwegian town … Norwegian
    # Financial Mechanism"): the two windows around the word are one
    ("The Norwegian town of Hamar, a partner of the municipality, helped the staff to plan the works, "
     "financed by the Norwegian Financial Mechanism.", ["eea-norway"]),
    # the municipality's share as a percentage, told in the present or the future; not upkeep after the project
    ("Проектът е по ОПРР, а общината участва с 15% собствено съфинансиране.", ["oprg", "municipal-budget"]),
    ("Общата стойност е 420 хил. лв., като 8% от нея ще бъдат осигурени от общинския бюджет.",
     ["municipal-budget"]),
    ("След края на проекта 100% от разходите ще се поемат от общинския бюджет.", []),
    # a yearly scheme the municipality pays for
    ("Since 2020 the Municipality of Dryanovo has set aside BGN 40 thousand every year for residents' ideas.",
     ["municipal-budget"]),
    # a company's donation is other funding; a company doing the works is not
    ("Two thirds of the cost were donated by a brewing company from the region.", ["other"]),
    ("Оборудването е дарение от местна фирма за млечни продукти.", ["other"]),
    ("Една строителна фирма дари материалите за площадката.", ["other"]),
    ("Фирмата изпълнител започна ремонта през май.", []),
    ("The company that won the tender began the works in May.", []),
    # the municipality paying the running costs or the rest, at its own expense
    ("The library of Tran ran the reading bus with a foundation grant; Tran Municipality covered the fuel costs.",
     ["municipal-budget"]),
    ("The remaining EUR 9,800 is covered by Lovech Municipality.", ["municipal-budget"]),
    ("Горивото и заплатата на шофьора бяха за сметка на общината.", ["municipal-budget"]),
    ("Община Брацигово пое разходите за транспорта на децата.", ["municipal-budget"]),
    ("Финансиране: бюджет на Столична община", ["municipal-budget"]),
    ("Районът получи средства от бюджета на Столична община за новата градинка.", ["municipal-budget"]),
    ("Under the OP the municipality pays for six months of training.", []),
    ("The municipality of Kranj, Slovenia, covered by the regional press, shared its experience.", []),
    # foreign donors, a state fund, a ministry's centre
    ("Кабинетът е открит с дарение от Детския фонд на ООН (УНИЦЕФ).", ["foreign-donor"]),
    ("The playground was funded by UNICEF Bulgaria.", ["foreign-donor"]),
    ("Програма: Национален доверителен екофонд – Инвестиционна програма за климата", ["other"]),
    ("Училището работи по проекти на Центъра за образователна интеграция на децата и учениците от етническите "
     "малцинства.", ["national-budget"]),
    ("Средствата са по програма на агенцията за хора с увреждания към Министерството на труда и социалната "
     "политика.", ["national-budget"]),
    # an agency's name is no programme
    ("Approved by the Human Resource Development Centre, the Erasmus+ national agency.", ["erasmus"]),
    # the upkeep once the project is over is not the project's funding
    ("Проектът приключи през 2020 г. Оттогава центърът продължава работа като делегирана от държавата дейност, "
     "финансирана от държавния бюджет.", []),
    ("След края на проекта клубът се издържа от общинския бюджет.", []),
    ("The project ended in 2019 and the service continues to run from the municipal budget.", []),
    # the municipality's share in other words: its own means by name, the partners' own contribution,
    # a percentage "of which", a municipal programme, "from its own budget", paying for part of the works
    ("Финансиране: заем от ФЛАГ и собствени средства на Община Котел", ["other", "municipal-budget"]),
    ("Финансиране: 85 % ЕФРР, 15 % собствен принос на партньорите", ["municipal-budget"]),
    ("Ремонтът струва 300 000 лв., 20% от които осигури Община Брезник.", ["municipal-budget"]),
    ("Пейките бяха поставени по общинската програма „Чист квартал“.", ["municipal-budget"]),
    ("The playgrounds were renewed under the municipal programme for green yards.", ["municipal-budget"]),
    ("Общината наема двама медиатори и ги заплаща от своя бюджет.", ["municipal-budget"]),
    ("The EU voucher bought the routers, while the municipality paid for the cabling.", ["municipal-budget"]),
    ("Общинското горско предприятие осигурява безплатно дърва за училищата.", ["municipal-budget"]),
    # not the municipality's money: a project paid for by others, the municipality paying nothing
    ("The municipality paid for the project with a loan from the fund.", []),
    # a ministry named as the funding institution, or before its programme's name
    ("Финансираща институция: Министерство на младежта и спорта", ["national-budget"]),
    ("Финансиране: Министерство на културата – програма „Библиотеките като обществени центрове“",
     ["national-budget"]),
    ("Финансираща институция: Министерство на труда – Управляващ орган на ОПРЧР", ["ophrd-2014"]),
    # the municipality's budget named after what it pays for; own contribution with a note in its label
    ("Lovech Municipality provides the premises and the heating from its budget.", ["municipal-budget"]),
    ("Собствен принос – неприложими разходи (лв.): 48 300,00", ["municipal-budget"]),
    # the municipality helping others apply: the programme funds them, not the practice
    ("Общинските експерти помагат на земеделците да кандидатстват по ПРСР за млади фермери.", []),
    ("The centre helps small firms apply to the Innovation and Competitiveness programme.", []),
    # WiFi4EU and the Connecting Europe Facility are other EU funding
    ("Точките за достъп са изградени по инициативата WiFi4EU на Европейската комисия.", ["other"]),
    ("Проектът е по Механизма за свързване на Европа.", ["other"]),
    # foreign private donors
    ("The library joined Global Libraries, funded by the Bill & Melinda Gates Foundation.", ["foreign-donor"]),
    ("Читалището получи компютри по програма „Глобални библиотеки – България“.", ["foreign-donor"]),
    ("Линейката е дарена по програма на правителството на Япония за местни проекти.", ["foreign-donor"]),
    ("", []),
    # the municipality's share told in other shapes: VAT it pays, subject after the verb, "вноска",
    # in-kind costs it covers, a registry's beneficiary co-financing row, a yearly allocation
    ("Стойност: 2 410 000 лв. (без ДДС, платими от общината).", ["municipal-budget"]),
    ("Ремонтът е по ОПРР, а разходите за надзор и ДДС поема общинският бюджет.", ["oprg", "municipal-budget"]),
    ("Наема на залата и храната плаща общината.", ["municipal-budget"]),
    ("Проектът струва 412 000 лв., като 20% от тях е вноската на общината.", ["municipal-budget"]),
    ("Общинската вноска по проекта е 18 500 лв.", ["municipal-budget"]),
    ("Обща стойност 96 000 лв., от които общината покрива ДДС – 16 000 лв.", ["municipal-budget"]),
    ("Общината осигури помещенията на клуба и транспорта на участниците.", ["municipal-budget"]),
    ("Общината, като водещ партньор, поема горивото на автобуса.", ["municipal-budget"]),
    ("Бюджет: 3 118 204,12 лв. (без ДДС)\nДДС е за сметка на бенефициента", ["municipal-budget"]),
    ("Безвъзмездна помощ: 880 000 лв.\nСъфинансиране от бенефициента: 12 406,20 лв.", ["municipal-budget"]),
    ("Всяка пролет Община Елена заделя в бюджета си по 50 000 лв. за идеи на гражданите.", ["municipal-budget"]),
    ("Собствен принос: BGN 37,500", ["municipal-budget"]),
    # a yearly or planned allocation in the municipality's budget, planned money there, own funds
    ("Всяка година в общинския бюджет за конкурса се заделят 15 000 лв.", ["municipal-budget"]),
    ("За 2027 г. в бюджета на общината са предвидени 9 000 лв. за наградите.", ["municipal-budget"]),
    ("Парите се залагат всеки януари в общинския бюджет.", ["municipal-budget"]),
    ("Платформата е написана от служители на общината и се поддържа с общински средства.", ["municipal-budget"]),
    ("Проектът струва 40 300 лв., от които общината участва с 4 030 лв.", ["municipal-budget"]),
    ("Залата се строи по програмата на Министерството на образованието и науката, а общината участва със "
     "собствени 62 400 лв. за оградата.",
     ["national-budget", "municipal-budget"]),
    # a share of the project in money, even said in the future tense
    ("Обща стойност: 22 000 евро, от които 20 500 евро са грант, а 1 500 евро ще бъдат осигурени от "
     "общинския бюджет.", ["municipal-budget"]),
    # the ministry's programme, then the municipality's share: two subjects, two funders
    ("Прегледите са по програма на Министерството на здравеопазването, а общината осигурява транспорта.",
     ["national-budget", "municipal-budget"]),
    # negatives: a zero own contribution, the municipality's plans, paying something not the project's
    ("Бюджет: 640 000 лв.\nСобствен принос на общината: 0,00 лв.", []),
    ("The clinic will stay open: the municipality plans to run it with its own funds.", []),
    # the project's own budget lines are no municipal money
    ("В бюджета са предвидени 7 500 лв. за обучения на учителите.", []),
    ("За обученията в бюджета на проекта са заложени 7 500 лв.", []),
    # the state's money in more words: a ministry after "е от", the central budget, a subsidy from the
    # state, the disaster-recovery commission, a programme of the Employment Agency
    ("Парите са от Министерството на младежта и спорта.", ["national-budget"]),
    ("Залата е обзаведена със средства от централния бюджет.", ["national-budget"]),
    ("Укрепването на свлачището е с пари от държавата.", ["national-budget"]),
    ("Мостът е възстановен със средства от Междуведомствената комисия за възстановяване и подпомагане.",
     ["national-budget"]),
    ("Шестима безработни са наети по програмата „Заетост за всички“ на Агенцията по заетостта.",
     ["national-budget"]),
    ("The gym was refitted with money from the central government.", ["national-budget"]),
    ("State funding paid for the new roof.", ["national-budget"]),
    # ... but another country's government is a foreign donor
    ("The library got funds from the Government of Japan.", ["foreign-donor"]),
    # a gift from local businesses is other funding
    ("Пейките са купени с дарения от местния бизнес.", ["other"]),
    # national co-financing from the central budget belongs to the EU programme ...
    ("Проектът е по ПРСР, с национално съфинансиране от централния бюджет.", ["rdp-2014"]),
    # ... but not to a non-EU one: the state's share beside the Swiss programme is its own money
    ("Проектът е по Българо-швейцарската програма за сътрудничество, с национално съфинансиране от "
     "държавния бюджет.", ["swiss", "national-budget"]),
    ("Swiss contribution: BGN 410,000\nNational co-financing: BGN 72,300\nCo-financing source: state budget",
     ["swiss", "national-budget"]),
    # the municipality topping up, paying the VAT, adding own funds as a sum
    ("Сградата е ремонтирана по ПРСР, а общината доплати 12 500 лв. от бюджета си за оградата.",
     ["rdp-2014", "municipal-budget"]),
    ("Основният ремонт е по ПРСР; ДДС се плаща от общината.", ["rdp-2014", "municipal-budget"]),
    ("За оборудването общината добави 8 000 лв. собствени средства.", ["municipal-budget"]),
    ("Собствени средства в размер на 3 200 лв. покриха таксите.", ["municipal-budget"]),
    # the municipality's money in more shapes: a contribution with its sum, co-financing from it, the
    # utilities it pays, premises it provides, the rest with a sum, "дофинансира", its contribution, the
    # municipal coffers, the council granting a sum
    ("Under the grant, the municipality contributed EUR 7,500 for the furniture.", ["municipal-budget"]),
    ("The works had 15% co-financing from the municipality.", ["municipal-budget"]),
    ("The municipality of Tvarditsa covered the heating and provided the hall.", ["municipal-budget"]),
    ("Останалите 4 300 евро се покриват от общината.", ["municipal-budget"]),
    ("Общината дофинансира ремонта.", ["municipal-budget"]),
    ("Приносът на общината е 9 800 лв.", ["municipal-budget"]),
    ("Общинският принос възлиза на 9 800 лв.", ["municipal-budget"]),
    ("Парите за наградите са от общинската каса.", ["municipal-budget"]),
    ("Общинският съвет гласува 6 000 лв. за съфинансирането.", ["municipal-budget"]),
    # a zero contribution, a partner municipality's share of a network, "with the participation of"
    ("Приносът на общината: 0,00 лв.", []),
    ("The municipality's contribution: EUR 0.00", []),
    ("Денят е организиран с участието на общината.", []),
    # the budget as what a practice shows, not who pays; a sub-programme's title is no programme
    ("The portal lets residents read the municipal budget by village.", []),
    ("Програма: LIFE, подпрограма „Околна среда“", ["life"]),
    # the upkeep of a result a programme paid for ...
    ("Системата е изградена по ОП „Добро управление“. И сега работи, а поддръжката ѝ се плаща от общинския "
     "бюджет.", ["opgg"]),
    ("Залата е обновена по ПРСР. Общината пое сметките за ток от бюджета си след приключването на проекта.",
     ["rdp-2014"]),
    ("The hall was rebuilt under the RDP (ПРСР). When the grant ran out, the municipal budget took over the "
     "heating bills.", ["rdp-2014"]),
    ("Залата е обновена по ПРСР. Устойчивост: разходите за ток се поемат от общинския бюджет.", ["rdp-2014"]),
    # ... but a share of the project named beside the upkeep is the municipality's money in it
    ("Залата е обновена по ПРСР с 5% съфинансиране от общинския бюджет, който поема и поддръжката.",
     ["rdp-2014", "municipal-budget"]),
    # ... and a practice's own upkeep is its only money
    ("Регистърът е изграден от общинските специалисти. Поддръжката му се плаща от общинския бюджет.",
     ["municipal-budget"]),
    ("Ако проектът бъде одобрен, общината ще осигури помещенията.", []),
    ("Общината плаща членски внос на асоциацията.", []),
    # a yearly allocation put in the municipality's own budget
    ("От 2019 г. общината всяка година заделя в своя бюджет 30 000 лв. за ученически инициативи.",
     ["municipal-budget"]),
    ("Всяка пролет общинският съвет отделя специален ред в общинския бюджет за идеите на жителите.",
     ["municipal-budget"]),
    # the municipality topping up a project's running costs while it lasts
    ("Проектът е по ПРЧР 2021-2027, а общината доплаща от бюджета си горивото на бусовете.",
     ["phrd-2021", "municipal-budget"]),
    # a room given free of charge is in kind, no money; transport free for the users is paid for
    ("Проектът е по ПРЧР 2021-2027, а община Бойница осигури безплатно залата на читалището.", ["phrd-2021"]),
    ("Проектът е по ПРЧР 2021-2027; общината предоставя помещенията безвъзмездно.", ["phrd-2021"]),
    ("The project runs under the ESF+, and the municipality provided the hall free of charge.", []),
    ("Общината осигурява безплатно транспорта на децата до училището.", ["municipal-budget"]),
    # a bid lodged after the project was finished is a follow-up project, not this one's funding
    ("Компостерите са платени от ПУДООС. Проектът беше отчетен през юни.\nНа следващата година общината "
     "внесе предложение по Програма „Околна среда“ 2021-2027 за компостираща инсталация.", ["pudoos"]),
    ("The lights were paid for under the RDP (ПРСР). The project was completed in 2021. In 2023 the town applied "
     "to the Programme Development of the Regions for the stadium.", ["rdp-2014"]),
    # ... but a bid told before anything finished is the project's own
    ("The sorting line, worth EUR 350,000, was lodged under the Environment Programme 2021-2027 in April.",
     ["pe-2021"]),
    ("Училището подаде проект по Education Programme 2021-2027.", ["pedu"]),
    # the practice's offspring funded by the municipality are not the practice's money
    ("The pupils' parliament was set up under Erasmus+. It drafted three initiatives of its own; one was paid "
     "for by the municipality.", ["erasmus"]),
    ("Клубът е създаден по Еразъм+. Младежите подготвиха пет свои малки проекта; три бяха финансирани от "
     "общинския бюджет.", ["erasmus"]),
    # a state-delegated activity is the state's money while nothing else funds the practice
    ("Медиаторите са делегирана от държавата дейност по Националната програма на Министерството на "
     "здравеопазването, а общината плаща от общинския бюджет двама асистенти.", ["national-budget", "municipal-budget"]),
    # ... and the result's upkeep once a programme's project is over
    ("Трапезарията е открита по проект, финансиран от Фонд „Социална закрила“. От 2025 г. тя продължава с "
     "общински средства.", ["social-protection-fund"]),
    ("The kitchen was fitted out with a Social Protection Fund grant; it carried on with municipal money.",
     ["social-protection-fund"]),
    # a yearly allocation from the municipality's own budget; a card's own co-financing row
    ("Ежегодно общината отделя от бюджета си 7 000 лв. за ученически инициативи.", ["municipal-budget"]),
    ("Програма: ПРР 2021-2027\nСобствено съфинансиране: 52 300,00 лв.", ["prd", "municipal-budget"]),
    ("Програма: ПРР 2021-2027\nСобствено съфинансиране: 0,00 лв.", ["prd"]),
    # a bid only considered is no programme of the practice
    ("Превозът е безплатен и се плаща от общинския бюджет. Кметът обмисля да кандидатства по ПРР за нови "
     "автобуси.", ["municipal-budget"]),
    ("The rides are paid from the municipal budget; the town is considering applying to the Programme "
     "Development of the Regions for e-buses.", ["municipal-budget"]),
    # a result kept going from the budget once the programme's project is over
    ("The clinic was built under the Norway Grants. Since then it has been kept running with money from the "
     "municipal budget.", ["eea-norway"]),
    ("Кухнята е обновена по ПРСР. Оттогава тя се издържа от общинския бюджет.", ["rdp-2014"]),
    # own money denied is none
    ("Договорът е по ПРЧР 2021-2027. Общината няма да участва със собствени средства.", ["phrd-2021"]),
    ("The works are paid under the LIFE programme; the town will not contribute from its own budget.", ["life"]),
    ("Общината не само осигури съфинансиране от общинския бюджет, но и пое ДДС.", ["municipal-budget"]),
    # the rural fund named alone tells the rural programme of the page's years ...
    ("Залата струва 640 000 лв., от които 590 000 лв. безвъзмездна помощ от ЕЗФРСР. Ремонтът започна през "
     "2020 г.", ["rdp-2014"]),
    ("The market hall got EUR 410,000 from the European Agricultural Fund for Rural Development; works began "
     "in May 2025.", ["sprd"]),
    # ... and adds nothing beside the programme's own name or a LAG
    ("Проектът е по подмярка 19.2 чрез МИГ „Тунджа“ и се финансира от ЕЗФРСР.", ["clld"]),
    # the council setting money aside in the present; the cost named as the municipal budget's
    ("Жителите избират проекти всяка пролет, а общинският съвет отделя за тях 30 000 лв. годишно.",
     ["municipal-budget"]),
    ("Кметството дава колата; годишният разход за общинския бюджет е около 9 000 лв.", ["municipal-budget"]),
    # a payment still to come counts while the works run, not when the project is only hoped for
    ("Грантът покрива всичко, а общината ще поеме от бюджета си наема на временната сграда, докато трае "
     "ремонтът.", ["municipal-budget"]),
    # the own contribution of a named municipality; a fund or a line set in the budget
    ("Общо 900 000 лв., от които 120 000 лв. собствено участие на Община Сливо поле.", ["municipal-budget"]),
    ("Младежкият парламент има свой фонд в общинския бюджет – 8 000 лв. на година.", ["municipal-budget"]),
    ("Средствата за ваучерите, заложени в общинския бюджет, са 60 000 лв.", ["municipal-budget"]),
    ("Средствата ще бъдат заложени в общинския бюджет след края на проекта.", []),
    # the budget receiving money is no funder
    ("Таксите за пазара са сигурен приход за общинския бюджет.", []),
    ("Rents from the stalls bring a steady income for the municipal budget.", []),
    ("Since 2019 the municipality has paid for the fuel and the insurance of the volunteers' truck.",
     ["municipal-budget"]),
    ("The library got its computers from the Global Libraries programme in 2010; since then the municipality has "
     "paid for the broadband.", ["foreign-donor"]),
    # one of the town's own institutions bidding on its own is another project
    ("Общината плаща наема от собствения си бюджет. Едно от училищата в общината подаде проект по Програма "
     "„Образование“ за нов кабинет.", ["municipal-budget"]),
    ("The municipality pays for the fuel. One of the schools applied to the Erasmus+ programme for a trip.",
     ["municipal-budget"]),
]

# Tails about another municipality's or an earlier project: (text, municipality, year, expected).
ASIDES = [
    # the funding won years before the page is this project's step, not an earlier deed
    ("През 2022 г. Община Неделино получи финансиране по Програма „Развитие на регионите“ 2021-2027 за "
     "читалището. Ремонтът започна през 2024 г.", "Община Неделино", 2026, ["prd"]),
    ("Община Ловеч подаде проект по ПРСР.\nМиналата година общината приключи проект по ОПРР.",
     "Община Ловеч", 2021, ["rdp-2014"]),
    ("Община Нови пазар спечели проект по ПРСР.\nОбщина Каспичан вече приключи своя проект по ОПРР 2014-2020.",
     "Община Нови пазар", 2019, ["rdp-2014"]),
    ("The municipality won a grant from the Erasmus+ programme.\nThree years ago it completed a similar "
     "project under OP Regional Development.", "Община Габрово", 2020, ["erasmus"]),
    ("Община Гърмен кандидатства по НПВУ.\nТова е важно. През 2016 г. общината приключи проект по "
     "ОП „Региони в растеж“ за ремонт на училище.", "Община Гърмен", 2023, ["rrp"]),
    # round 5: another undertaking or proposal told in passing, a bid being prepared for something else
    ("Община Тетевен подписа договор по ПРСР за нов мост.\nОбщината има и друго начинание – подаде заявление "
     "по НПВУ за нов детски кът.", "Община Тетевен", 2024, ["rdp-2014"]),
    ("Община Брусарци изпълнява проект по ПРЧР за домашни грижи. Кметът обяви, че следва училищната кухня, за "
     "която общината подготвя проектно предложение по ПРР.", "Община Брусарци", 2024, ["phrd-2021"]),
    # a follow-up bid the results encouraged; another application still awaited
    ("Kozloduy ran its solar project under the Norway Grants.\nEncouraged by the results, the town has applied "
     "under the Recovery Plan for a school roof.", "Община Козлодуй", 2024, ["eea-norway"]),
    ("Byala signed a LIFE grant for its wetland.\nThe town is also waiting for an answer on its bid to the "
     "Programme Development of the Regions.", "Община Бяла", 2024, ["life"]),
    # a preceding project; one finished 'meanwhile'; a building renovated back under an older programme
    ("Община Ябланица изпълнява проект по ПРЧР 2021-2027.\nПредходният проект на общината по ОПРЧР 2014-2020 "
     "обслужваше само града.", "Община Ябланица", 2025, ["phrd-2021"]),
    ("Община Угърчин подаде проект по Еразъм+.\nМеждувременно общината завърши ремонта на читалището по ПРСР.",
     "Община Угърчин", 2025, ["erasmus"]),
    ("Новото обзавеждане на дома е по програма на Фонд „Социална закрила“. Домът работи от 2015 г. в сграда, "
     "санирана още по ОП „Регионално развитие“ 2007-2013.", "Община Шабла", 2025, ["social-protection-fund"]),
    # a work finished in an earlier year, even one or two back, is another deed ...
    ("Община Доспат кандидатства по ПРР за нов площад.\nПрез 2023 г. общината завърши изцяло с общински "
     "средства ремонта на улицата към площада.", "Община Доспат", 2025, ["prd"]),
    ("Dospat applied to the Programme Development of the Regions for a new square.\nIn 2024 the town finished "
     "the gym with money from the Recovery Plan.", "Община Доспат", 2025, ["prd"]),
    # ... but the page's own project finished then keeps its money
    ("През 2024 г. проектът по ПРСР приключи, а общината добави 20 000 лв. от бюджета си.", "Община Доспат",
     2025, ["rdp-2014", "municipal-budget"]),
    # a programme named only in the background section paid for an earlier project ...
    ("Предистория\nСградата на читалището е ремонтирана по ОП „Регионално развитие“ 2007-2013.\n"
     "Практика\nС грант по Еразъм+ читалището отвори клуб за роботика.", "Община Бяла", 2024, ["erasmus"]),
    ("Background\nThe town had run a mediator project under OP Human Resources Development 2014-2020.\n"
     "Results\nThe new team is paid from the municipal budget.", "Община Бяла", 2024, ["municipal-budget"]),
    # ... but one named there and again in the practice is the practice's, and a page naming no other keeps it
    ("Предистория\nОбщината кандидатства по ПРСР.\nПрактика\nРемонтът по ПРСР приключи.", "Община Бяла", 2024,
     ["rdp-2014"]),
    ("Предистория\nЗалата е обновена по ПРСР през 2016 г.\nПрактика\nЗалата се ползва от клубовете.",
     "Община Бяла", 2024, ["rdp-2014"]),
    # a project said to be unrelated to this one
    ("Община Бяла изпълнява проект по ПРСР за площада.\nРемонтът на моста по НПВУ не е свързан с него.",
     "Община Бяла", 2024, ["rdp-2014"]),
    ("Byala runs its square project under the Rural Development Programme.\nThe bridge, rebuilt under the "
     "Recovery Plan, has nothing to do with it.", "Община Бяла", 2024, ["rdp-2014"]),
    # ... but 'the day before' is no earlier project
    ("Общината плаща таксито от общинския бюджет; заявките се правят в предходния ден.", "Община Ябланица",
     2025, ["municipal-budget"]),
    # a relative clause telling a project done years before the page's
    ("Община Ихтиман кандидатства по ПУДООС. Новата площадка е до старото депо, което общината закри "
     "през 2018 г. със средства по ОП „Околна среда“ 2014-2020.", "Община Ихтиман", 2025, ["pudoos"]),
    ("Община Ихтиман кандидатства по ПУДООС. Новата площадка е до парка, който общината ремонтира "
     "в периода 2017–2019 г. по ОП „Региони в растеж“.", "Община Ихтиман", 2025, ["pudoos"]),
    # ... but the project's own recent step in a relative clause is kept
    ("Община Ихтиман изпълнява проект, който общината реализира през 2024 г. по ПУДООС.", "Община Ихтиман",
     2025, ["pudoos"]),
    # abbreviations ("г.", "с.", "млн.") end no sentence: the earlier project's sentence runs on
    ("Община Вършец кандидатства по НПВУ за ремонт на банята.\nОбщина Вършец вече е изпълнила през 2010-2011 г. "
     "проект в с. Черкаски по мярка 321 на ПРСР 2007-2013 на стойност 1,2 млн. лв.", "Община Вършец", 2024, ["rrp"]),
    # what the municipality already runs was paid for before this project
    ("Община Банско подписа договор по НПВУ за шест електробуса.\nBansko already runs two electric minibuses "
     "bought with BGN 500,000 from its own budget.", "Община Банско", 2023, ["rrp"]),
    ("Община Елена спечели проект по ПРСР за нова сметосъбираща техника. Общината вече разполага с два "
     "камиона, закупени със собствени средства.", "Община Елена", 2022, ["rdp-2014"]),
    # a dated deed told as done already; a pilot that ended; what the municipality hopes to do next
    ("Община Панагюрище спечели проект по НПВУ за саниране на училището.\nПрез 2017 г. общината вече обнови две "
     "читалища по ПРСР.", "Община Панагюрище", 2024, ["rrp"]),
    ("Gotse Delchev runs the project under the Programme Education 2021-2027.\nA pilot stage in 2018 was paid by "
     "UNICEF and ended in 2019.", "Община Гоце Делчев", 2024, ["pedu"]),
    ("The twinning project was funded by Europe for Citizens.\nThe mayor said: \"We hope to continue with a "
     "student exchange under Erasmus+.\"", "Община Белоградчик", 2019, ["europe-for-citizens"]),
    ("Проектът е по програма „Европа за гражданите“.\nКметът се надява догодина общината да кандидатства по "
     "Еразъм+.", "Община Белоградчик", 2019, ["europe-for-citizens"]),
    # "Припомняме, че …": a reminder of an earlier project
    ("Община Брезово подаде проект по ПРР 2021-2027.\nПрипомняме, че през 2019 г. общината приключи проект по "
     "ПРСР за ремонт на улици.", "Община Брезово", 2024, ["prd"]),
    # a sentence opening with a year well before the page's tells an earlier deed ...
    ("Общината обновява читалището по ПВУ.\nПрез 2017 г. общината ремонтира стадиона по ПРСР.",
     "Община Тутракан", 2024, ["rrp"]),
    # ... but not a step of this project told with its year
    ("През 2018 г. Община Тутракан кандидатства по Норвежкия финансов механизъм за център за деца.",
     "Община Тутракан", 2022, ["eea-norway"]),
    # another project told apart from this one: separate, another, similar, a second one, not part of it
    ("Община Белене изпълнява проект по ОПРЧР.\nОбщината подаде и отделно предложение по ПРСР за пазара.",
     "Община Белене", 2024, ["ophrd-2014"]),
    ("Община Левски изпълнява проект по ОПРЧР.\nДруг проект, по НПВУ, за ремонт на кметството, е одобрен, но е "
     "без връзка с този.", "Община Левски", 2024, ["ophrd-2014"]),
    ("Община Тетевен спечели проект по ПРСР.\nСега общината подготвя подобен проект за друго село, който смята "
     "да внесе по НПВУ.", "Община Тетевен", 2024, ["rdp-2014"]),
    ("Община Мадан приключи проекта по ПУДООС.\nОбщината има още един проект за водите, изпълнен по ОПОС.",
     "Община Мадан", 2024, ["pudoos"]),
    ("Община Угърчин купи микробус по ПРСР.\nПрез 2024 г. общината подаде предложение по ПРСР за втори "
     "микробус, но и по НПВУ.", "Община Угърчин", 2025, ["rdp-2014"]),
    ("The municipality of Elena runs the centre with its own funds.\nIt has drafted a bid for a second "
     "centre and intends to submit it under Erasmus+ next year.", "Община Елена", 2025, ["municipal-budget"]),
    ("Община Луковит изплаща стипендиите от общинския бюджет.\nТя участва и в проект по Еразъм+ за "
     "обмен на ученици, който не е част от стипендиите.", "Община Луковит", 2024, ["municipal-budget"]),
    ("Dzhebel applied under the Programme Development of the Regions.\nThe town already installed LED lamps "
     "in 2018 with a loan from FLAG.", "Община Джебел", 2025, ["prd"]),
    ("Община Ардино кандидатства по НПВУ за ремонт на улица.\nОбщината вече е кандидатствала по ПРР и за "
     "ремонт на училището.", "Община Ардино", 2025, ["rrp"]),
    # the next project, and a wish to apply elsewhere, are not this one's
    ("Община Трън реализира проект по ПРСР.\nСледващият проект на общината е по НПВУ.", "Община Трън", 2025,
     ["rdp-2014"]),
    ("Trun carries out the project under the RDP (ПРСР).\nThe mayor wants to apply under Erasmus+ for a youth "
     "exchange.", "Община Трън", 2025, ["rdp-2014"]),
    # an application also made elsewhere, another project also run, next year's bid, "earlier", "meanwhile … also"
    ("Община Бяла изпълнява проект по ОПРЧР.\nОбщината кандидатства и по НПВУ за саниране на кметството.",
     "Община Бяла", 2024, ["ophrd-2014"]),
    ("Община Бяла изпълнява проект по ОПРЧР.\nТя реализира и друг проект по ПРСР, за улиците.",
     "Община Бяла", 2024, ["ophrd-2014"]),
    ("Byala runs the project under Erasmus+.\nThe town has also applied for a sports hall under the Recovery and "
     "Resilience Plan.", "Община Бяла", 2024, ["erasmus"]),
    ("Община Бяла изпълнява проект по ОПРЧР.\nДогодина общината смята отново да опита, с проект по ПРСР.",
     "Община Бяла", 2024, ["ophrd-2014"]),
    ("Byala runs the project under Erasmus+.\nEarlier, it rebuilt the market with RDP (ПРСР) money.",
     "Община Бяла", 2024, ["erasmus"]),
    ("Община Бяла изпълнява проект по ОПРЧР.\nМеждувременно общината обновява и площада по ПРР.",
     "Община Бяла", 2024, ["ophrd-2014"]),
    ("Byala runs the project under Erasmus+.\nIt is not the town's first grant: it once had one from the RDP (ПРСР).",
     "Община Бяла", 2024, ["erasmus"]),
    # ... but "meanwhile" about this project's own money keeps it
    ("Община Бяла изпълнява проект по ОПРЧР.\nМеждувременно общината плаща транспорта от бюджета си.",
     "Община Бяла", 2024, ["ophrd-2014", "municipal-budget"]),
    # a recap of earlier news, and earlier projects counted before this one
    ("Община Бяла изпълнява проект по ОПРЧР.\nКакто вече съобщихме, общината обнови и моста по ПРСР.",
     "Община Бяла", 2024, ["ophrd-2014"]),
    ("Byala runs the project under Erasmus+.\nAs a reminder, it rebuilt its market with RDP (ПРСР) money.",
     "Община Бяла", 2024, ["erasmus"]),
    ("Община Бяла изпълнява проект по ОПРЧР.\nТой е четвърти за общината, след три по ПРСР.",
     "Община Бяла", 2024, ["ophrd-2014"]),
    # ... but a recap of this project's own steps keeps its programme
    ("Както писахме, проектът по ОПРЧР стартира през март.", "Община Бяла", 2024, ["ophrd-2014"]),
    # an idea that is not new, and a span of years well before the page's
    ("Центърът се издържа от общинския бюджет.\nИдеята не е нова – между 2015 и 2017 г. общината изпълни "
     "проект по ОПРЧР.", "Община Ракитово", 2023, ["municipal-budget"]),
    ("Община Луковит поддържа медиаторите с общински средства.\nВ периода 2015 – 2017 г. общината изпълни "
     "проект по ОПРЧР.", "Община Луковит", 2024, ["municipal-budget"]),
    # a sentence opening with what runs alongside (an abbreviation does not cut it short)
    ("Община Тервел кандидатства по ПРР.\nПаралелно завършва ремонтът на ул. „Св. Иван Рилски“, платен от "
     "общинския бюджет.", "Община Тервел", 2025, ["prd"]),
    ("Pazardzhik joined a network under URBACT.\nSeparately, it signed a contract under the Programme "
     "Development of the Regions.", "Община Пазарджик", 2025, ["interreg-europe"]),
    # ... but "no separate project" is this one's own money
    ("Няма отделен проект – транспортът се осигурява от общинския бюджет. През 2020 г. общината "
     "кандидатства с отделно предложение по Еразъм+.", "Община Пещера", 2024, ["municipal-budget"]),
    # a partner municipality's share is part of this project
    ("Община Лом изпълнява проект по Interreg V-A Румъния – България заедно с община Бекет.",
     "Община Лом", 2018, ["interreg-robg"]),
    # last year's finished deed, or one a year back told in the passive, is an earlier project
    ("Ремонтът на моста започна вчера по Програма „Развитие на регионите“ 2021-2027. Миналата година общината "
     "завърши тротоарите по ОП „Региони в растеж“.", None, 2024, ["prd"]),
    ("Общината подаде предложение по Програма „Развитие на регионите“ 2021-2027. През 2023 г. с 90 000 лв. от "
     "общинския бюджет беше подменен покривът на библиотеката.", None, 2024, ["prd"]),
    ("This spring the town applied to the Recovery and Resilience Plan for a new bridge. Last year it finished "
     "the square under OP Regions in Growth.", None, 2024, ["rrp"]),
]


@pytest.mark.parametrize("text, municipality, year, expected", ASIDES)
def test_asides_leave_out_other_projects_programmes(text, municipality, year, expected):
    assert [f.value for f in extract_programmes(text, municipality=municipality, page_year=year)] == expected


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden_programmes(text, expected):
    assert [f.value for f in extract_programmes(text)] == expected


def test_order_of_first_mention_and_no_duplicates():
    text = "Със собствени средства и по ОПАК. Отново ОПАК и оперативна програма „Административен капацитет“."
    assert [f.value for f in extract_programmes(text)] == ["municipal-budget", "opac"]


def test_source_is_the_sentence_of_the_mention():
    facts = extract_programmes("Първо изречение без програма. Проектът е по ОПАК. Трето изречение.")
    assert facts[0].source == "Проектът е по ОПАК."


def test_every_emitted_id_is_a_taxonomy_row():
    ids = {p.id for p in load_programmes()}
    text = " ".join(t for t, _ in GOLDEN)
    assert {f.value for f in extract_programmes(text)} <= ids


def test_load_programmes_keeps_the_shared_ids_and_adds_synonyms():
    programmes = {p.id: p for p in load_programmes()}
    for kept in ("opac", "ophrd-2007", "ophrd-2014", "oprg", "rrp", "clld", "eea-norway", "foreign-donor"):
        assert kept in programmes and programmes[kept].same_as is None
    assert programmes["nrrp"].same_as == "rrp"
    assert programmes["norway-fm"].same_as == "eea-norway"
    # the finer rows carry the spellings, so emptying same_as switches the facet ids without code
    for finer in ("phare-cbc", "eea-fm", "norway-fm", "nrrp", "leader", "undp", "usaid", "osi"):
        assert programmes[finer].match and programmes[finer].same_as in programmes
    assert all(p.label_bg and p.label_en for p in programmes.values())


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not available")
def test_municipal_project_seed():
    text = (SEEDS / "burgas-good-governance-project.txt").read_text(encoding="utf-8")
    assert [f.value for f in extract_programmes(text)] == ["opac"]


def test_a_records_national_cofinancing_is_not_the_municipalitys_own_contribution():
    from indexer.record_fields import as_readable

    record = {"id": "x-1", "title": "Велоалея", "programme": "Interreg VI-A Romania-Bulgaria 2021-2027",
              "total_value": {"amount": 500000, "currency": "EUR"}, "national_cofinancing": 75000,
              "own_contribution": 10000}
    text = as_readable(record).text
    assert "national cofinancing: 75000" in text
    own = as_readable({k: v for k, v in record.items() if k != "own_contribution"}).text
    assert [f.value for f in extract_programmes(own)] == ["interreg-robg"]
    assert [f.value for f in extract_programmes(text)] == ["interreg-robg", "municipal-budget"]


def test_every_spelling_has_a_trigger_word():
    # an entry without one is tried on every whole page (see programme_spellings._trigger)
    from indexer.extract.programme_spellings import spelling_index

    assert [entry for entry, (word, _) in spelling_index()[1].items() if not word] == []
