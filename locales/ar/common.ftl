### Shared by every document: masthead, header labels, catalogues of places,
### addressees and study groups, list and date patterns.

## Masthead and footer

org-name = الاتحاد الدولي للاتصالات
bureau-name = مكتب تقييس الاتصالات
# The bureau's postal address in the footer of page 1. Same in all languages: kept in English, as on ITU letterhead.
footer-line-1 = International Telecommunication Union • Place des Nations • CH‑1211 Geneva 20 • Switzerland
# Same in all languages. $tel, $fax, $email, $web: the Union's switchboard, fax, e-mail and web site.
footer-line-2 = Tel: { $tel } • Fax: { $fax } • E-mail: { $email } • { $web }

## Place and date line. $date: the long date (from ICU); $place: a place name.

place-date = { $place }، { $date }

## Labels of the header block

label-ref = المرجع:
label-tel = الهاتف:
label-fax = الفاكس:
label-email = البريد الإلكتروني:
label-to = إلى:
label-copy-to = نسخة إلى:
label-subject = الموضوع:
label-from = من:
label-date = التاريخ:

# The circular's name. $number: its number.
circular-name = الرسالة المعممة { $number } لمكتب تقييس الاتصالات

## Places

place-dubai = دبي
place-florianopolis = فلوريانوبوليس
place-geneva = جنيف
place-hammamet = الحمامات
place-johannesburg = جوهانسبرغ
place-montreal = مونتريال
place-new-delhi = نيودلهي

## Addressees of the To and Copy-to lists. $sg: the study group's number.

addressee-member-states = إدارات الدول الأعضاء في الاتحاد
addressee-sector-members = أعضاء قطاع تقييس الاتصالات
addressee-sg-associates = المنتسبين إلى قطاع تقييس الاتصالات المشاركين في أعمال لجنة الدراسات { $sg }
addressee-academia = الهيئات الأكاديمية المنضمة إلى الاتحاد
addressee-sg-chairs = رئيس لجنة الدراسات { $sg } لقطاع تقييس الاتصالات ونوابه
addressee-bdt-director = مدير مكتب تنمية الاتصالات
addressee-br-director = مدير مكتب الاتصالات الراديوية
# One item of the To list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-to-item =
    { $last ->
        [yes] { $item }
       *[no] { $item }؛
    }
# One item of the Copy-to list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-copy-item =
    { $last ->
        [yes] { $item }
       *[no] { $item }؛
    }

## Officials

director-tsb = مدير مكتب تقييس الاتصالات

## Lists: "A, B and C"

list-separator = {" و"}
list-last-separator = {" و"}

## Date ranges. Single dates come from ICU (CLDR long form).
## $first_day, $last_day: day numbers; $month: month number (1-12); $year: the year.
## $first, $last: the long dates of the first and last day.

# Days within one month, short form (subject line).
date-range-days = { $first_day }–{ $last_day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
# Days within one month, in running text.
date-range-days-text = من { $first_day } إلى { $last_day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
# Days across two months or years.
date-range = من { $first } إلى { $last }

## Times of day. $hours, $minutes: two digits each (23, 59).

# The reply deadline's time (UTC), in the language's own form.
time-of-day = { $hours }:{ $minutes }

## Draft Recommendations, and the Recommendations they become.

# The code of a Recommendation. $number: X.1214.
rec-code = ITU-T { $number }
# The provisional name a draft had, after its code. $former: X.samtn.
rec-former = سابقاً { $former }
# A code with the draft's provisional name, in lists. $code: rec-code; $former: rec-former.
rec-ref-former = { $code } ({ $former })

# Drafts of one status in running text: "draft new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line),
# announce (paragraph 1), title (the title of Annex 1), reply (the reply form's subject).
drafts = { $status ->
        [new] { $count ->
            [one] مشروع التوصية الجديدة { $refs }
            [two] مشروعي التوصيتين الجديدتين { $refs }
           *[other] مشاريع التوصيات الجديدة { $refs }
        }
       *[revised] { $count ->
            [one] مشروع التوصية المراجَعة { $refs }
            [two] مشروعي التوصيتين المراجَعتين { $refs }
           *[other] مشاريع التوصيات المراجَعة { $refs }
        }
    }
# A draft amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or rec-ref-former);
# $case: as for drafts.
draft-amendment = مشروع التعديل { $amendment } للتوصية { $ref }

# A draft on its own: the heading of its summary in Annex 1, its row of the reply form.
# $status: new, revised or amendment; $code: rec-code; $amendment: the amendment's number (0 when not an amendment).
draft-name = { $status ->
        [new] مشروع التوصية الجديدة { $code }
        [revised] مشروع التوصية المراجَعة { $code }
       *[amendment] مشروع التعديل { $amendment } للتوصية { $code }
    }
# The same, with the provisional name. $former: rec-former.
draft-name-former = { $status ->
        [new] مشروع التوصية الجديدة { $code } ({ $former })
        [revised] مشروع التوصية المراجَعة { $code } ({ $former })
       *[amendment] مشروع التعديل { $amendment } للتوصية { $code } ({ $former })
    }
