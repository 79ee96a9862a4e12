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

## Fields the Member State fills in: the labels of the web form and of the printed form.

field-name = الاسم
field-title = المنصب الرسمي
field-address = العنوان
field-place = المكان:
field-signature = التوقيع
field-administration = إدارة الدولة العضو

reply-salutation = حضرات السادة والسيدات،

# $circular: circular-name.
reply-intro = فيما يتعلق بمشاورة الدول الأعضاء بشأن النصوص المحددة المدرجة في { $circular }، أود أن أبلغكم برأي إدارتي على النحو المبيّن في الجدول أدناه.

reply-hint = يُرجى اختيار أحد المربعين

## The table of choices: its column headings.

choices-head-draft = مشروع التوصية
choices-head-opinion = رأي الإدارة

## The choices for each draft Recommendation. $sg: the study group's number; $mark: the drawn
## circle of the option buttons (a small picture, not text), where the sentence points to them.

choice-authorize = تخوّل لجنة الدراسات { $sg } النظر في هذا النص بغرض الموافقة عليه (في هذه الحالة، يُرجى اختيار أحد الخيارين { $mark }):
choice-no-comments = لا توجد تعليقات أو تغييرات مقترحة
choice-comments-attached = التعليقات والتغييرات المقترحة مرفقة
choice-refuse = لا تخوّل لجنة الدراسات { $sg } النظر في هذا النص بغرض الموافقة عليه (مع إرفاق أسباب هذا الرأي وعرض موجز للتغييرات الممكنة التي قد تتيح مواصلة العمل)

reply-closing = وتفضلوا بقبول فائق التقدير والاحترام.

## The answers as the e-mail sent from the web form lists them. $sg: the study group's number.

answer-authorize-no-comments = تخوّل لجنة الدراسات { $sg } النظر في هذا النص بغرض الموافقة عليه، دون تعليقات أو تغييرات مقترحة
answer-authorize-comments = تخوّل لجنة الدراسات { $sg } النظر في هذا النص بغرض الموافقة عليه؛ والتعليقات والتغييرات المقترحة مرفقة
answer-refuse = لا تخوّل لجنة الدراسات { $sg } النظر في هذا النص بغرض الموافقة عليه؛ وأسباب هذا الرأي وعرض موجز للتغييرات الممكنة مرفقة
answer-missing = لم تُحدَّد إجابة

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = مربع اختيار
form-radio = زر اختيار

## Names of the PDF form fields that hold the choices, for readers that speak the form aloud.
## $draft: the draft Recommendation's name ("Draft new Recommendation ITU-T X.1214 (ex X.samtn)").

field-decision = { $draft }: التخويل
field-comments = { $draft }: التعليقات

## Sending and printing the form (web page only).

form-send = إرسال بالبريد الإلكتروني
form-send-note = يفتح برنامج البريد الإلكتروني لديكم برسالة موجهة إلى { $email } تتضمن إجاباتكم؛ يُرجى إرفاق أي تعليقات قبل الإرسال.
form-print = طباعة أو حفظ بنسق PDF
form-clear = مسح الاستمارة
form-no-script = للرد، يُرجى طباعة هذه الاستمارة أو حفظها بنسق PDF من قائمة المتصفح وإرسالها بالبريد الإلكتروني إلى:
form-kept = تُحفظ إجاباتكم في هذا المتصفح إلى أن تمسحوا الاستمارة.
mail-subject = رد الدولة العضو على { $circular }
