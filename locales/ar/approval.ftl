### The notice that announces the approval of Recommendations after a consultation.
### $sg: study group number; $approved: the approved Recommendations as one phrase (the
### `approved` messages, declined for the place); $count: how many, for agreement.

# Approved Recommendations of one status in running text: "new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line), approval (paragraph 1).
approved = { $status ->
        [new] { $count ->
            [one] التوصية الجديدة { $refs }
            [two] التوصيتين الجديدتين { $refs }
           *[other] التوصيات الجديدة { $refs }
        }
       *[revised] { $count ->
            [one] التوصية المراجَعة { $refs }
            [two] التوصيتين المراجَعتين { $refs }
           *[other] التوصيات المراجَعة { $refs }
        }
    }
# An approved amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or
# rec-ref-former); $case: as for approved.
approved-amendment = التعديل { $amendment } للتوصية { $ref }

# Subject line. $count: how many Recommendations.
approval-subject = الموافقة على { $approved }

# Paragraph 1. $consultation: circular-name of the consultation; $consultation_date: its long date;
# $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1; $approved_on: the long date of the approval;
# $meeting_place: place name; $meeting_dates: date-range-days-text; $count: how many Recommendations.
approval-para-approval = إلحاقاً ب{ $consultation } المؤرخة { $consultation_date }، ووفقاً للقسم 9.5 من القرار 1 (المراجَع في { $wtsa_place }، { $wtsa_year })، أود أن أحيطكم علماً بأن لجنة الدراسات { $sg } لقطاع تقييس الاتصالات وافقت على { $approved } في { $approved_on }، خلال اجتماعها المعقود في { $meeting_place } في الفترة { $meeting_dates }.

# Paragraph 2, before the list of titles. $count: how many Recommendations.
approval-para-list = { $count ->
        [one] عنوان التوصية التي تمت الموافقة عليها هو:
        [two] عنوانا التوصيتين اللتين تمت الموافقة عليهما هما:
       *[other] عناوين التوصيات التي تمت الموافقة عليها هي:
    }

# One item of that list. $status: new, revised or amendment; $ref: rec-code or rec-ref-former;
# $amendment: the amendment's number (0 when not an amendment); $title: the Recommendation's title.
approval-item = { $status ->
        [amendment] التعديل { $amendment } للتوصية { $ref }: { $title }
       *[other] التوصية { $ref }: { $title }
    }

# Paragraph 3. $url: ITU-T's page of Recommendations; $count: how many Recommendations.
approval-para-prepublished = { $count ->
        [one] ستُتاح النسخة السابقة للنشر من التوصية في الموقع الإلكتروني لقطاع تقييس الاتصالات على العنوان { $url }.
        [two] ستُتاح النسخة السابقة للنشر من التوصيتين في الموقع الإلكتروني لقطاع تقييس الاتصالات على العنوان { $url }.
       *[other] ستُتاح النسخة السابقة للنشر من التوصيات في الموقع الإلكتروني لقطاع تقييس الاتصالات على العنوان { $url }.
    }

# Paragraph 4. $count: how many Recommendations.
approval-para-publication = { $count ->
        [one] سينشر الاتحاد نص التوصية في أقرب وقت ممكن.
        [two] سينشر الاتحاد نصي التوصيتين في أقرب وقت ممكن.
       *[other] سينشر الاتحاد نصوص التوصيات في أقرب وقت ممكن.
    }
