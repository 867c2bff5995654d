"""The words the generator draws from, in the Council's own languages.

Kept apart from the generator so the text can grow without touching the logic. Every string is
realistic in script and spelling (ı İ ş ğ, ə, Kazakh and Kyrgyz Cyrillic, Uzbek ʻ), because the
benchmarks exist to find where Turkic text makes folding, search and PDFs slow or wrong.
Tuples only: nothing here is mutable.
"""

from __future__ import annotations

# code, name_en, name_tr, status, since
MEMBER_STATES: tuple[tuple[str, str, str, str, str], ...] = (
    ("AZ", "Azerbaijan", "Azerbaycan", "member", "2009-10-03"),
    ("KZ", "Kazakhstan", "Kazakistan", "member", "2009-10-03"),
    ("KG", "Kyrgyzstan", "Kırgızistan", "member", "2009-10-03"),
    ("TR", "Türkiye", "Türkiye", "member", "2009-10-03"),
    ("UZ", "Uzbekistan", "Özbekistan", "member", "2019-10-15"),
    ("HU", "Hungary", "Macaristan", "observer", "2018-09-03"),
    ("TM", "Turkmenistan", "Türkmenistan", "observer", "2021-11-12"),
)

MEMBERS: tuple[str, ...] = ("AZ", "KZ", "KG", "TR", "UZ")
OBSERVERS: tuple[str, ...] = ("HU", "TM")

# Host cities by country; Latin (Turkish spelling) and Cyrillic forms both occur in real records.
CITIES: dict[str, tuple[str, ...]] = {
    "AZ": ("Bakü", "Bakı", "Gəncə", "Şuşa", "Qəbələ", "Баку"),
    "KZ": ("Astana", "Almatı", "Астана", "Алматы", "Түркістан", "Nur-Sultan"),
    "KG": ("Bişkek", "Бишкек", "Чолпон-Ата", "Oş", "Ош"),
    "TR": ("İstanbul", "Ankara", "İzmir", "Antalya", "Bursa", "Nahçıvan"),
    "UZ": ("Taşkent", "Semerkant", "Toshkent", "Samarqand", "Buxoro", "Xiva"),
    "HU": ("Budapeşte", "Budapest"),
    "TM": ("Aşkabat", "Ashgabat", "Aşgabat"),
}

VENUES: dict[str, tuple[str, ...]] = {
    "AZ": ("Gülüstan Sarayı", "Bakı Konqres Mərkəzi", "Xarici İşlər Nazirliyi"),
    "KZ": ("Тәуелсіздік сарайы", "Бейбітшілік және келісім сарайы", "Rixos Borovoe"),
    "KG": ("Ала-Арча мамлекеттик резиденциясы", "Ынтымак Ордо", "Karven Dört Mevsim"),
    "TR": ("Çırağan Sarayı", "Dışişleri Bakanlığı", "Vahdettin Köşkü", "Beştepe"),
    "UZ": ("Kongress-xoll", "Silk Road Samarkand", "Oqsaroy qarorgohi"),
    "HU": ("Karmelita kolostor", "Várkert Bazár"),
    "TM": ("Ruhyýet köşgi", "Oguzhan köşgi"),
}

# country -> ((name, position), ...): ministers, deputies, ambassadors, officials.
PEOPLE: dict[str, tuple[tuple[str, str], ...]] = {
    "AZ": (
        ("Ceyhun Bayramov", "Xarici işlər naziri"),
        ("Elmar Məmmədyarov", "Xarici işlər naziri"),
        ("Fariz Rzayev", "Xarici işlər nazirinin müavini"),
        ("Xələf Xələfov", "Xarici işlər nazirinin müavini"),
        ("Leyla Abdullayeva", "Səfir"),
        ("Rəşad Məmmədov", "Səfir"),
        ("Günay Əfəndiyeva", "Departament rəhbəri"),
        ("Elnur Həsənov", "Müşavir"),
        ("Şahin Əliyev", "Birinci katib"),
    ),
    "KZ": (
        ("Мұрат Нұртілеу", "Сыртқы істер министрі"),
        ("Мұхтар Тілеуберді", "Сыртқы істер министрі"),
        ("Қайрат Әбдірахманов", "Сыртқы істер министрі"),
        ("Ержан Ашықбаев", "Сыртқы істер министрінің орынбасары"),
        ("Роман Василенко", "Сыртқы істер министрінің орынбасары"),
        ("Әсел Жұмабаева", "Елші"),
        ("Ерлан Қошанов", "Департамент директоры"),
        ("Айгүл Сәрсенбаева", "Кеңесші"),
        ("Nurlan Ermekbayev", "Minister of Foreign Affairs"),
    ),
    "KG": (
        ("Жээнбек Кулубаев", "Тышкы иштер министри"),
        ("Руслан Казакбаев", "Тышкы иштер министри"),
        ("Чыңгыз Айдарбеков", "Тышкы иштер министри"),
        ("Нуржан Токтогулова", "Тышкы иштер министринин орун басары"),
        ("Азамат Өмүрбеков", "Элчи"),
        ("Гүлнара Сыдыкова", "Департаменттин директору"),
        ("Эрлан Бекешов", "Кеңешчи"),
        ("Kubanychbek Omuraliev", "Ambassador"),
    ),
    "TR": (
        ("Mevlüt Çavuşoğlu", "Dışişleri Bakanı"),
        ("Hakan Fidan", "Dışişleri Bakanı"),
        ("Ahmet Davutoğlu", "Dışişleri Bakanı"),
        ("Yavuz Selim Kıran", "Dışişleri Bakan Yardımcısı"),
        ("Çağatay Erciyes", "Büyükelçi"),
        ("Gülşen Öztürk", "Genel Müdür"),
        ("Şule Işık", "Daire Başkanı"),
        ("İbrahim Güneş", "Müşavir"),
        ("Ayşegül Ilgaz", "Başkatip"),
    ),
    "UZ": (
        ("Abdulaziz Komilov", "Tashqi ishlar vaziri"),
        ("Baxtiyor Saidov", "Tashqi ishlar vaziri"),
        ("Vladimir Norov", "Tashqi ishlar vaziri"),
        ("Gʻayrat Fozilov", "Tashqi ishlar vazirining oʻrinbosari"),
        ("Shoʻxrux Gʻiyosov", "Elchi"),
        ("Dilnoza Toʻxtayeva", "Departament boshligʻi"),
        ("Oʻtkir Rahimov", "Maslahatchi"),
        ("Nodira Qodirova", "Birinchi kotib"),
    ),
    "HU": (
        ("Péter Szijjártó", "Külgazdasági és külügyminiszter"),
        ("Levente Magyar", "Parlamenti államtitkár"),
        ("Zsófia Tóth", "Nagykövet"),
        ("Gábor Kiss", "Head of Department"),
    ),
    "TM": (
        ("Raşit Meredow", "Daşary işler ministri"),
        ("Wepa Hajyýew", "Daşary işler ministriniň orunbasary"),
        ("Maral Annaýewa", "Ilçi"),
        ("Serdar Orazow", "Counsellor"),
    ),
}

# Guests: Secretaries General and officials of the Organization, in English.
GUESTS: tuple[tuple[str, str, str], ...] = (
    ("KG", "Kubanychbek Omuraliev", "Secretary General of the Organization of Turkic States"),
    ("KZ", "Baghdad Amreyev", "Secretary General of the Cooperation Council of Turkic States"),
    ("TR", "Halil Akıncı", "Secretary General of the Cooperation Council of Turkic States"),
    ("AZ", "Ramil Hasanov", "Secretary General of the Turkic Council"),
    ("KZ", "Darhan Kydyrali", "President of the International Turkic Academy"),
)


TAGS: tuple[str, ...] = (
    "ekonomi",
    "ulaştırma",
    "Orta Koridor",
    "enerji",
    "gümrük",
    "turizm",
    "eğitim",
    "kültür",
    "Afganistan",
    "göç",
    "gençlik",
    "dijitalleşme",
    "iqtisadiyyat",
    "nəqliyyat",
    "көлік",
    "мәдениет",
    "экономика",
    "білім",
    "маданият",
    "savdo",
    "taʼlim",
    "oʻzaro hamkorlik",
    "security",
    "climate",
    "diaspora",
)

AGENDA_TR: tuple[str, ...] = (
    "Açılış ve gündemin kabulü",
    "Türk Devletleri Teşkilatı'nın 2040 Vizyonu",
    "Orta Koridor ulaştırma bağlantıları",
    "Gümrük işlemlerinin kolaylaştırılması",
    "Türk Yatırım Fonu'nun kuruluşu",
    "Bölgesel ve uluslararası gelişmeler",
    "Afganistan'daki son durum",
    "Gelecek zirvenin tarihi ve yeri",
    "Sekretaryanın faaliyet raporu",
    "Kültürel miras ve ortak alfabe çalışması",
    "Dijital dönüşüm ve e-ticaret",
    "Diğer hususlar",
)
AGENDA_AZ: tuple[str, ...] = (
    "Gündəliyin qəbul edilməsi",
    "Türk Dövlətləri Təşkilatının 2040-cı ilədək baxışı",
    "Nəqliyyat və tranzit əməkdaşlığı",
    "Enerji təhlükəsizliyi məsələləri",
    "Şuşa Bəyannaməsinin icrası",
)
AGENDA_KK: tuple[str, ...] = (
    "Күн тәртібін бекіту",
    "Түркі мемлекеттері ұйымының 2040 жылға дейінгі пайымы",
    "Көлік және транзит саласындағы ынтымақтастық",
    "Түркістанды түркі әлемінің рухани астанасы ретінде дамыту",
    "Халықаралық жағдай туралы пікір алмасу",
)
AGENDA_KY: tuple[str, ...] = (
    "Күн тартибин бекитүү",
    "Түрк мамлекеттеринин уюмунун 2040-жылга чейинки көз карашы",
    "Соода-экономикалык кызматташтык",
    "Маданий мурас жана Манас эпосу",
    "Жаштар саясаты жаатындагы кызматташтык",
)
AGENDA_UZ: tuple[str, ...] = (
    "Kun tartibini tasdiqlash",
    "Oʻzbekiston raisligi davridagi ustuvor yoʻnalishlar",
    "Savdo-iqtisodiy hamkorlikni kengaytirish",
    "Samarqand sammiti qarorlarining ijrosi",
    "Turkiy tillar va yagona alifbo masalasi",
)
AGENDA_EN: tuple[str, ...] = (
    "Adoption of the agenda",
    "Report of the Secretary General",
    "Trans-Caspian International Transport Route",
    "Cooperation on migration and consular affairs",
    "Preparations for the next Summit",
    "Any other business",
)
AGENDA: tuple[tuple[str, ...], ...] = (
    AGENDA_TR,
    AGENDA_AZ,
    AGENDA_KK,
    AGENDA_KY,
    AGENDA_UZ,
    AGENDA_EN,
)

NOTES: tuple[str, ...] = (
    "",
    "",
    "Sekretarya taslak metni 15 gün önce dağıtacak.",
    "Heyetler görüşlerini yazılı olarak iletti; Kazakistan tarafı bir değişiklik önerdi.",
    "Tərəflər layihə üzərində razılığa gəldilər.",
    "Azərbaycan tərəfi əlavə təkliflər təqdim etdi.",
    "Тараптар жобаны келісті; қазақ тарапы түзету ұсынды.",
    "Құжат мәтіні түркі тілдерінде және ағылшын тілінде дайындалады.",
    "Кыргыз тарап долбоорду колдоду.",
    "Oʻzbekiston tomoni qoʻshimcha takliflar kiritdi.",
    "Delegations agreed to continue consultations at expert level.",
    "The Secretariat will circulate a revised draft before the next meeting.",
)

OUTCOME_TITLES: dict[str, tuple[str, ...]] = {
    "declaration": (
        "Bakü Bildirisi",
        "İstanbul Deklarasyonu",
        "Şuşa Bəyannaməsi",
        "Түркістан декларациясы",
        "Samarqand deklaratsiyasi",
        "Joint Declaration of the Council of Foreign Ministers",
    ),
    "statement": (
        "Ortak Basın Açıklaması",
        "Бірлескен мәлімдеме",
        "Qoʻshma bayonot",
        "Statement on the situation in Afghanistan",
    ),
    "decision": (
        "Gözlemci statüsü verilmesine ilişkin Karar",
        "Sekretarya bütçesine ilişkin Karar",
        "Decision on the Turkic Investment Fund",
        "Бишкек шешими",
    ),
    "signed_document": (
        "Gümrük işbirliği Protokolü",
        "Mutual Legal Assistance Agreement",
        "Memorandum of Understanding on Tourism",
        "Kültür işbirliği Anlaşması",
    ),
    "other": (
        "Toplantı Tutanağı",
        "Record of the Meeting",
        "Жиналыс хаттамасы",
    ),
}

OUTCOME_TEXTS: tuple[str, ...] = (
    "",
    "Bakanlar, Orta Koridor'un geliştirilmesine verdikleri desteği teyit etti.",
    "Nazirlər əməkdaşlığın dərinləşdirilməsinin vacibliyini vurğuladılar.",
    "Министрлер ынтымақтастықты тереңдетуге дайын екендіктерін растады.",
    "Министрлер өз ара кызматташтыкты бекемдөөгө даяр экендигин билдиришти.",
    "Vazirlar oʻzaro hamkorlikni yanada chuqurlashtirishga kelishib oldilar.",
    "The Ministers reaffirmed their commitment to the Turkic World Vision 2040.",
)

ACTION_TITLES: tuple[str, ...] = (
    "Taslak anlaşma metnini üye devletlere dağıtmak",
    "Bir sonraki toplantının tarihini önermek",
    "Uzman grubu toplantısını düzenlemek",
    "Layihəni üzv dövlətlərə göndərmək",
    "Hesabatı hazırlamaq",
    "Жобаны мүше мемлекеттерге жіберу",
    "Сарапшылар кездесуін ұйымдастыру",
    "Долбоорду мүчө мамлекеттерге жөнөтүү",
    "Loyihani aʼzo davlatlarga yuborish",
    "Circulate the revised draft to member states",
    "Prepare the budget proposal for the Secretariat",
)

ACTION_OWNERS: tuple[str, ...] = (
    "Sekretarya",
    "Türkiye heyeti",
    "Azərbaycan XİN",
    "Қазақстан СІМ",
    "Кыргыз Республикасынын ТИМ",
    "Oʻzbekiston TIV",
    "Secretariat",
    "Senior Officials Committee",
)

DOC_TITLE_PREFIX: dict[str, tuple[str, ...]] = {
    "protocol": ("Protokol", "Протокол", "Protocol on", "Bayonnoma"),
    "agreement": ("Anlaşma", "Saziş", "Келісім", "Agreement on", "Kelishuv"),
    "declaration": ("Bildiri", "Bəyannamə", "Декларация", "Declaration on"),
    "statement": ("Açıklama", "Bəyanat", "Мәлімдеме", "Statement on"),
    "memorandum": ("Mutabakat Zaptı", "Anlaşma Memorandumu", "Меморандум", "Memorandum on"),
    "report": ("Rapor", "Hesabat", "Есеп", "Отчет", "Report on", "Hisobot"),
    "note": ("Not", "Qeyd", "Нота", "Note on", "Eslatma"),
    "other": ("Belge", "Sənəd", "Құжат", "Document on", "Hujjat"),
}

DOC_SUBJECTS: tuple[str, ...] = (
    "gümrük işbirliği",
    "ulaştırma ve transit",
    "turizmin geliştirilmesi",
    "eğitim ve bilim alanında işbirliği",
    "nəqliyyat dəhlizləri",
    "mədəni irsin qorunması",
    "сауда-экономикалық ынтымақтастық",
    "жастар саясаты",
    "маданий мурасты коргоо",
    "investitsiyalarni oʻzaro himoya qilish",
    "the Turkic Investment Fund",
    "consular cooperation and visa facilitation",
    "energy security",
)

SUMMARIES: tuple[str, ...] = (
    "",
    "Türk Devletleri Teşkilatı üyeleri arasında işbirliğinin güçlendirilmesi öngörülmektedir.",
    "İmzacı taraflar, ortak çalışma grubunun yılda iki kez toplanmasını kararlaştırmıştır.",
    "Sənəd üzv dövlətlər arasında əməkdaşlığın hüquqi əsasını müəyyən edir.",
    "Құжат мүше мемлекеттер арасындағы ынтымақтастықтың құқықтық негізін белгілейді.",
    "Документ мүчө мамлекеттердин ортосундагы кызматташтыктын укуктук негизин аныктайт.",
    "Hujjat aʼzo davlatlar oʻrtasidagi hamkorlikning huquqiy asosini belgilaydi.",
    "The document sets out the legal basis for cooperation among the member states.",
)

MEETING_SUMMARIES: tuple[str, ...] = (
    "",
    "",
    "Bakanlar bölgesel gelişmeleri ve Teşkilatın gündemini görüştü.",
    "Nazirlər regional inkişafları və Təşkilatın gündəliyini müzakirə etdilər.",
    "Министрлер өңірлік жағдайды және Ұйымның күн тәртібін талқылады.",
    "Министрлер аймактык абалды жана Уюмдун күн тартибин талкуулашты.",
    "Vazirlar mintaqaviy vaziyat va Tashkilotning kun tartibini muhokama qildilar.",
    "The Ministers discussed regional developments and the agenda of the Organization.",
)

# Words every attachment PDF contains, one per language, so a search test can look for them.
PDF_SEARCH_WORDS: tuple[str, ...] = (
    "Kervansaray",
    "Şuşa",
    "Түркістан",
    "Ысык-Көл",
    "Oʻzbekiston",
    "caravanserai",
)

PDF_SENTENCES: tuple[str, ...] = (
    "Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi, tarihi Kervansaray'da toplandı.",
    "Şuşa şəhərində keçirilən görüşdə Azərbaycan tərəfi yeni təşəbbüsləri təqdim etdi.",
    "Қазақстан тарапы Түркістан қаласында өтетін форумға барлық елдерді шақырды.",
    "Кыргыз тарап Ысык-Көл жээгинде эксперттик жолугушуу өткөрүүнү сунуштады.",
    "Oʻzbekiston tomoni Samarqand shahrida yangi hamkorlik dasturini taklif qildi.",
    "The Ministers visited a restored caravanserai on the historic Silk Road.",
)
