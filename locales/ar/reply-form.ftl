### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = الموضوع: رد الدولة العضو على { $circular }: «مشاورة بشأن { $drafts } { $count ->
        [one] المحدد
        [two] المحددين
       *[other] المحددة
    }»

# The addressee's postal address, one line each.
reply-to-line-1 = مدير مكتب تقييس الاتصالات
reply-to-line-2 = الاتحاد الدولي للاتصالات
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH-1211 جنيف 20، سويسرا

## Fields the Member State fills in.

placeholder-name = [الاسم]
placeholder-title = [المنصب الرسمي]
placeholder-address = [العنوان]
placeholder-date-place = [التاريخ]، [المكان]
placeholder-administration = إدارة [الدولة العضو]

reply-salutation = حضرات السادة والسيدات،

# $circular: circular-name.
reply-intro = فيما يتعلق بمشاورة الدول الأعضاء بشأن النصوص المحددة المدرجة في { $circular }، أود أن أبلغكم برأي إدارتي على النحو المبيّن في الجدول أدناه.

reply-hint = يُرجى اختيار أحد المربعين

## The choices for each draft Recommendation. $sg: the study group's number.

choice-authorize = تخوّل لجنة الدراسات { $sg } النظر في هذا النص بغرض الموافقة عليه (في هذه الحالة، يُرجى اختيار أحد الخيارين ⃝):
choice-no-comments = لا توجد تعليقات أو تغييرات مقترحة
choice-comments-attached = التعليقات والتغييرات المقترحة مرفقة
choice-refuse = لا تخوّل لجنة الدراسات { $sg } النظر في هذا النص بغرض الموافقة عليه (مع إرفاق أسباب هذا الرأي وعرض موجز للتغييرات الممكنة التي قد تتيح مواصلة العمل)

reply-closing = وتفضلوا بقبول فائق التقدير والاحترام.

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = مربع اختيار
form-radio = زر اختيار
