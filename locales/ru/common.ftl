### Shared by every document: masthead, header labels, catalogues of places,
### addressees and study groups, list and date patterns.

## Masthead and footer

org-name = Международный союз электросвязи
bureau-name = Бюро стандартизации электросвязи
# The bureau's postal address in the footer of page 1. Same in all languages: kept in English, as on ITU letterhead.
footer-line-1 = International Telecommunication Union • Place des Nations • CH‑1211 Geneva 20 • Switzerland
# Same in all languages. $tel, $fax, $email, $web: the Union's switchboard, fax, e-mail and web site.
footer-line-2 = Tel: { $tel } • Fax: { $fax } • E-mail: { $email } • { $web }

## Place and date line. $date: the long date (from ICU); $place: a place name.

place-date = { $place }, { $date }

## Labels of the header block

label-ref = Осн.:
label-tel = Тел.:
label-fax = Факс:
label-email = Эл. почта:
label-to = Кому:
label-copy-to = Копии:
label-subject = Предмет:
label-from = От:
label-date = Дата:

# The circular's name. $number: its number.
circular-name = Циркуляр { $number } БСЭ

## Places

place-geneva = Женева
place-hammamet = Хаммамет

## Addressees of the To and Copy-to lists. $sg: the study group's number.

addressee-member-states = Администрациям Государств – Членов Союза
addressee-sector-members = Членам Сектора МСЭ-Т
addressee-sg-associates = Ассоциированным членам МСЭ-Т, участвующим в работе { $sg }-й Исследовательской комиссии
addressee-academia = Академическим организациям – Членам МСЭ
addressee-sg-chairs = Председателю и заместителям председателя { $sg }-й Исследовательской комиссии МСЭ-Т
addressee-bdt-director = Директору Бюро развития электросвязи
addressee-br-director = Директору Бюро радиосвязи
# One item of the To list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-to-item =
    { $last ->
        [yes] { $item }
       *[no] { $item };
    }
# One item of the Copy-to list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-copy-item =
    { $last ->
        [yes] { $item }
       *[no] { $item };
    }

## ITU-T study groups (study period 2017-2020): their fields of work.

study-group-2 = Эксплуатационные аспекты предоставления услуг и управление электросвязью
study-group-3 = Принципы тарификации и расчетов, включая соответствующие вопросы экономики и политики электросвязи
study-group-5 = Окружающая среда, изменение климата и экономика замкнутого цикла
study-group-9 = Широкополосные кабельные сети и телевидение
study-group-11 = Требования к сигнализации, протоколы, спецификации тестирования и борьба с контрафактной продукцией
study-group-12 = Качество работы, качество обслуживания (QoS) и оценка пользователем качества услуги (QoE)
study-group-13 = Будущие сети с уделением особого внимания IMT-2020, облачным вычислениям и доверенным сетевым инфраструктурам
study-group-15 = Сети, технологии и инфраструктуры для транспортировки, доступа и домашних сетей
study-group-16 = Мультимедиа
study-group-17 = Безопасность
study-group-20 = Интернет вещей (IoT) и «умные» города и сообщества (SC&C)

## Officials

director-tsb = Директор Бюро стандартизации электросвязи

## Lists: "A, B and C"

list-separator = {", "}
list-last-separator = {" и "}

## Date ranges. Single dates come from ICU (CLDR long form).
## $first_day, $last_day: day numbers; $month: month number (1-12); $year: the year.
## $first, $last: the long dates of the first and last day.

# Days within one month, short form (subject line).
date-range-days = { $first_day }–{ $last_day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year }{ "\u202F" }г.
# Days within one month, in running text.
date-range-days-text = { $first_day }–{ $last_day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year }{ "\u202F" }г.
# Days across two months or years.
date-range = { $first } – { $last }

## Times of day. $hours, $minutes: two digits each (23, 59).

# The reply deadline's time (UTC), in the language's own form.
time-of-day = { $hours }:{ $minutes }

## Draft Recommendations. $number: e.g. X.1214; $former: its provisional name, e.g. X.samtn.

# In lists of Recommendations ("ITU-T X.1214 (ex X.samtn)").
rec-ref = МСЭ-Т { $number } (бывш. { $former })
# A draft Recommendation with its provisional name.
rec-draft = Проект Рекомендации МСЭ-Т { $number } (бывш. { $former })
