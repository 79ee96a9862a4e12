### The letter of a consultation circular and its Annex 1.
### $sg: study group number; $sg_field: the study group's field of work;
### $drafts: the draft Recommendations as one phrase (the `drafts` messages, declined for the place);
### $count: how many drafts there are, for agreement.

# Subject line. $meeting_dates: date-range-days; $meeting_place: place name; $count: how many drafts.
subject = مشاورة الدول الأعضاء بشأن { $drafts } { $count ->
        [one] المحدد المقترح الموافقة عليه
        [two] المحددين المقترح الموافقة عليهما
       *[other] المحددة المقترح الموافقة عليها
    } في اجتماع لجنة الدراسات { $sg } لقطاع تقييس الاتصالات ({ $meeting_place }، { $meeting_dates })

salutation = حضرات السادة والسيدات،

# $meeting_dates: date-range-days-text; $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1;
# $collective_letter: e.g. 3/17; $count: how many drafts.
para-announce = تعتزم لجنة الدراسات { $sg } لقطاع تقييس الاتصالات ({ $sg_field }) تطبيق إجراء الموافقة التقليدي الوارد وصفه في القسم 9 من القرار 1 للجمعية العالمية لتقييس الاتصالات (المراجَع في { $wtsa_place }، { $wtsa_year }) من أجل الموافقة على { $drafts } { $count ->
        [one] المذكور أعلاه
        [two] المذكورين أعلاه
       *[other] المذكورة أعلاه
    } في اجتماعها المقبل المقرر عقده في { $meeting_place } في الفترة { $meeting_dates }. وسيُتاح جدول أعمال اجتماع لجنة الدراسات { $sg } لقطاع تقييس الاتصالات وجميع المعلومات ذات الصلة به في الرسالة الجماعية { $collective_letter }.

para-annex = ترد في الملحق 1 عناوين مشاريع توصيات قطاع تقييس الاتصالات المقترح الموافقة عليها وملخصاتها ومصادرها.

# $deadline_date: long date; $deadline_time: the time, formatted by time-of-day (23:59, 23 h 59, 23.59).
para-consultation = تُطلق هذه الرسالة المعممة عملية المشاورة الرسمية مع الدول الأعضاء في الاتحاد الدولي للاتصالات، وفقاً للقسم 9.4 من القرار 1، بشأن إمكانية النظر في هذه النصوص بغرض الموافقة عليها في الاجتماع المقبل. ويُرجى من الدول الأعضاء ملء الاستمارة الواردة في الملحق 2 وإعادتها بحلول الساعة { $deadline_time } بالتوقيت العالمي المنسق (UTC) يوم { $deadline_date }.

# $threshold: the approval threshold in per cent, e.g. 70.
para-threshold = إذا أيدت نسبة { $threshold } في المائة أو أكثر من الدول الأعضاء التي ترد على هذه المشاورة النظرَ في الموافقة، فستُخصص جلسة عامة لتطبيق إجراء الموافقة. وينبغي للدول الأعضاء التي لا تؤيد التخويل بالمضي قدماً أن تُبلغ مدير مكتب تقييس الاتصالات بأسباب اعتراضها وأن تبيّن التغييرات التي قد تتيح مواصلة العمل.

closing = وتفضلوا بقبول فائق التقدير والاحترام.

# $count: the number of annexes.
annexes = الملحقات: { $count }

# Heading of an annex. $number: 1, 2.
annex-heading = الملحق { $number }

# Title of Annex 1. $count: how many drafts.
annex-summaries-title = { $count ->
        [one] ملخص { $drafts } المحدد ومصدره
        [two] ملخصا { $drafts } المحددين ومصدراهما
       *[other] ملخصات { $drafts } المحددة ومصادرها
    }

# Heading of one draft Recommendation in Annex 1. $rec: draft-name; $source: e.g. R14.
annex-summaries-item = { $rec } ({ $source })

summary-heading = ملخص
