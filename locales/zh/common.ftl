### Shared by every document: masthead, header labels, catalogues of places,
### addressees and study groups, list and date patterns.

## Masthead and footer

org-name = 国际电信联盟
bureau-name = 电信标准化局
# The bureau's postal address in the footer of page 1. Same in all languages: kept in English, as on ITU letterhead.
footer-line-1 = International Telecommunication Union • Place des Nations • CH‑1211 Geneva 20 • Switzerland
# Same in all languages. $tel, $fax, $email, $web: the Union's switchboard, fax, e-mail and web site.
footer-line-2 = Tel: { $tel } • Fax: { $fax } • E-mail: { $email } • { $web }

## Place and date line. $date: the long date (from ICU); $place: a place name.

place-date = { $date }，{ $place }

## Labels of the header block

label-ref = 文号：
label-tel = 电话：
label-fax = 传真：
label-email = 电子邮件：
label-to = 致：
label-copy-to = 抄送：
label-subject = 事由：
label-from = 发自：
label-date = 日期：

# The circular's name. $number: its number.
circular-name = 电信标准化局第{ $number }号通函

## Places

place-dubai = 迪拜
place-florianopolis = 弗洛里亚诺波利斯
place-geneva = 日内瓦
place-hammamet = 哈马马特
place-johannesburg = 约翰内斯堡
place-montreal = 蒙特利尔
place-new-delhi = 新德里

## Addressees of the To and Copy-to lists. $sg: the study group's number.

addressee-member-states = 国际电联各成员国主管部门
addressee-sector-members = ITU-T部门成员
addressee-sg-associates = ITU-T第{ $sg }研究组部门准成员
addressee-academia = 国际电联学术成员
addressee-sg-chairs = ITU-T第{ $sg }研究组正副主席
addressee-bdt-director = 电信发展局主任
addressee-br-director = 无线电通信局主任
# One item of the To list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-to-item =
    { $last ->
       *[other] { $item }
    }
# One item of the Copy-to list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-copy-item =
    { $last ->
        [yes] { $item }；
       *[no] { $item }；
    }

## Officials

director-tsb = 电信标准化局主任

## Lists: "A、B和C"

list-separator = 、
list-last-separator = 和

## Date ranges. Single dates come from ICU (CLDR long form).
## $first_day, $last_day: day numbers; $month: month number (1-12); $year: the year.
## $first, $last: the long dates of the first and last day.

# Days within one month, short form (subject line).
date-range-days = { $year }年{ $month }月{ $first_day }-{ $last_day }日
# Days within one month, in running text.
date-range-days-text = { $year }年{ $month }月{ $first_day }日至{ $last_day }日
# Days across two months or years.
date-range = { $first }至{ $last }

## Times of day. $hours, $minutes: two digits each (23, 59).

# The reply deadline's time (UTC), in the language's own form.
time-of-day = { $hours }:{ $minutes }

## Draft Recommendations, and the Recommendations they become.

# The code of a Recommendation. $number: X.1214.
rec-code = ITU-T { $number }
# The provisional name a draft had, after its code. $former: X.samtn.
rec-former = 原{ $former }
# A code with the draft's provisional name, in lists. $code: rec-code; $former: rec-former.
rec-ref-former = { $code }（{ $former }）

# Drafts of one status in running text: "draft new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line),
# announce (paragraph 1), title (the title of Annex 1), reply (the reply form's subject).
drafts = { $count ->
       *[other] { $case ->
            [title] { $status ->
                [new] { $refs }已确定建议书草案
               *[revised] { $refs }已确定修订建议书草案
            }
           *[subject] { $status ->
                [new] { $refs }建议书草案
               *[revised] { $refs }修订建议书草案
            }
        }
    }
# A draft amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or rec-ref-former);
# $case: as for drafts.
draft-amendment = { $case ->
        [title] { $ref }建议书已确定修正{ $amendment }草案
       *[subject] { $ref }建议书修正{ $amendment }草案
    }

# A draft on its own: the heading of its summary in Annex 1, its row of the reply form.
# $status: new, revised or amendment; $code: rec-code; $amendment: the amendment's number (0 when not an amendment).
draft-name = { $status ->
        [new] { $code }建议书草案
        [revised] { $code }修订建议书草案
       *[amendment] { $code }建议书修正{ $amendment }草案
    }
# The same, with the provisional name. $former: rec-former.
draft-name-former = { $status ->
        [new] { $code }建议书草案（{ $former }）
        [revised] { $code }修订建议书草案（{ $former }）
       *[amendment] { $code }建议书修正{ $amendment }草案（{ $former }）
    }
