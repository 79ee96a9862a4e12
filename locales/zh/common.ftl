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

place-geneva = 日内瓦
place-hammamet = 哈马马特

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

## ITU-T study groups (study period 2017-2020): their fields of work.

study-group-2 = 业务提供和电信管理的运营问题
study-group-3 = 包括相关电信经济和政策问题在内的资费及结算原则
study-group-5 = 环境、气候变化和循环经济
study-group-9 = 宽带有线和电视
study-group-11 = 信令要求、协议、测试规范和打击假冒产品
study-group-12 = 性能、服务质量和体验质量
study-group-13 = 未来网络，侧重IMT-2020、云计算和可信网络基础设施
study-group-15 = 传输、接入和家庭网络、技术和基础设施
study-group-16 = 多媒体
study-group-17 = 安全
study-group-20 = 物联网（IoT）与智慧城市和社区（SC&C）

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

## Draft Recommendations. $number: e.g. X.1214; $former: its provisional name, e.g. X.samtn.

# In lists of Recommendations ("ITU-T X.1214（原X.samtn）").
rec-ref = ITU-T { $number }（原{ $former }）
# A draft Recommendation with its provisional name.
rec-draft = ITU-T { $number }建议书草案（原{ $former }）
