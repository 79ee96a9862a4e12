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

place-geneva = جنيف
place-hammamet = الحمامات

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

## ITU-T study groups (study period 2017-2020): their fields of work.

study-group-2 = الجوانب التشغيلية لتقديم الخدمات وإدارة الاتصالات
study-group-3 = مبادئ التعريفة والمحاسبة بما في ذلك المسائل الاقتصادية والسياساتية المتعلقة بالاتصالات
study-group-5 = البيئة وتغير المناخ والاقتصاد الدائري
study-group-9 = الكبلات عريضة النطاق والتلفزيون
study-group-11 = متطلبات التشوير والبروتوكولات ومواصفات الاختبار ومكافحة المنتجات المزيفة
study-group-12 = الأداء وجودة الخدمة وجودة التجربة
study-group-13 = الشبكات المستقبلية، مع التركيز على الاتصالات المتنقلة الدولية-2020 والحوسبة السحابية والبنى التحتية الشبكية الموثوقة
study-group-15 = الشبكات والتكنولوجيات والبنى التحتية للنقل والنفاذ والمنزل
study-group-16 = الوسائط المتعددة
study-group-17 = الأمن
study-group-20 = إنترنت الأشياء (IoT) والمدن والمجتمعات الذكية (SC&C)

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

## Draft Recommendations. $number: e.g. X.1214; $former: its provisional name, e.g. X.samtn.

# In lists of Recommendations ("ITU-T X.1214 (ex X.samtn)").
rec-ref = ITU-T { $number } (سابقاً { $former })
# A draft Recommendation with its provisional name.
rec-draft = مشروع التوصية ITU-T { $number } (سابقاً { $former })
