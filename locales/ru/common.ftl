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

place-dubai = Дубай
place-florianopolis = Флорианополис
place-geneva = Женева
place-hammamet = Хаммамет
place-johannesburg = Йоханнесбург
place-montreal = Монреаль
place-new-delhi = Нью-Дели

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

## Draft Recommendations, and the Recommendations they become.

# The code of a Recommendation. $number: X.1214.
rec-code = МСЭ-Т { $number }
# The provisional name a draft had, after its code. $former: X.samtn.
rec-former = бывш. { $former }
# A code with the draft's provisional name, in lists. $code: rec-code; $former: rec-former.
rec-ref-former = { $code } ({ $former })

# Drafts of one status in running text: "draft new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line),
# announce (paragraph 1), title (the title of Annex 1), reply (the reply form's subject).
drafts = { $case ->
        [announce] { $status ->
            [new] { $count ->
                [1] вышеупомянутого проекта новой Рекомендации { $refs }
               *[other] вышеупомянутых проектов новых Рекомендаций { $refs }
            }
           *[revised] { $count ->
                [1] вышеупомянутого проекта пересмотренной Рекомендации { $refs }
               *[other] вышеупомянутых проектов пересмотренных Рекомендаций { $refs }
            }
        }
        [title] { $status ->
            [new] { $count ->
                [1] определенного проекта новой Рекомендации { $refs }
               *[other] определенных проектов новых Рекомендаций { $refs }
            }
           *[revised] { $count ->
                [1] определенного проекта пересмотренной Рекомендации { $refs }
               *[other] определенных проектов пересмотренных Рекомендаций { $refs }
            }
        }
       *[subject] { $status ->
            [new] { $count ->
                [1] определенному проекту новой Рекомендации { $refs }
               *[other] определенным проектам новых Рекомендаций { $refs }
            }
           *[revised] { $count ->
                [1] определенному проекту пересмотренной Рекомендации { $refs }
               *[other] определенным проектам пересмотренных Рекомендаций { $refs }
            }
        }
    }
# A draft amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or rec-ref-former);
# $case: as for drafts.
draft-amendment = { $case ->
        [announce] вышеупомянутого проекта Изменения { $amendment } к Рекомендации { $ref }
        [title] определенного проекта Изменения { $amendment } к Рекомендации { $ref }
       *[subject] определенному проекту Изменения { $amendment } к Рекомендации { $ref }
    }

# A draft on its own: the heading of its summary in Annex 1, its row of the reply form.
# $status: new, revised or amendment; $code: rec-code; $amendment: the amendment's number (0 when not an amendment).
draft-name = { $status ->
        [new] Проект новой Рекомендации { $code }
        [revised] Проект пересмотренной Рекомендации { $code }
       *[amendment] Проект Изменения { $amendment } к Рекомендации { $code }
    }
# The same, with the provisional name. $former: rec-former.
draft-name-former = { $status ->
        [new] Проект новой Рекомендации { $code } ({ $former })
        [revised] Проект пересмотренной Рекомендации { $code } ({ $former })
       *[amendment] Проект Изменения { $amendment } к Рекомендации { $code } ({ $former })
    }
