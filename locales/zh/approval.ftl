### The notice that announces the approval of Recommendations after a consultation.
### $sg: study group number; $approved: the approved Recommendations as one phrase (the
### `approved` messages, declined for the place); $count: how many, for agreement.

# Approved Recommendations of one status in running text: "new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line), approval (paragraph 1).
approved = { $count ->
       *[other] { $status ->
            [new] { $refs }建议书
           *[revised] { $refs }修订建议书
        }
    }
# An approved amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or
# rec-ref-former); $case: as for approved.
approved-amendment = { $ref }建议书修正{ $amendment }

# Subject line. $count: how many Recommendations.
approval-subject = 批准{ $approved }

# Paragraph 1. $consultation: circular-name of the consultation; $consultation_date: its long date;
# $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1; $approved_on: the long date of the approval;
# $meeting_place: place name; $meeting_dates: date-range-days-text; $count: how many Recommendations.
approval-para-approval = 继{ $consultation }（{ $consultation_date }）之后，根据第1号决议（{ $wtsa_year }年，{ $wtsa_place }，修订版）第9.5节，谨通知您，ITU-T第{ $sg }研究组在{ $meeting_dates }于{ $meeting_place }召开的会议上，于{ $approved_on }批准了{ $approved }。

# Paragraph 2, before the list of titles. $count: how many Recommendations.
approval-para-list = { $count ->
       *[other] 已批准建议书的标题如下：
    }

# One item of that list. $status: new, revised or amendment; $ref: rec-code or rec-ref-former;
# $amendment: the amendment's number (0 when not an amendment); $title: the Recommendation's title.
approval-item = { $status ->
        [amendment] { $ref }建议书修正{ $amendment }：{ $title }
       *[other] { $ref }建议书：{ $title }
    }

# Paragraph 3. $url: ITU-T's page of Recommendations; $count: how many Recommendations.
approval-para-prepublished = { $count ->
       *[other] 预出版的建议书将在ITU-T网站上提供，网址为：{ $url }。
    }

# Paragraph 4. $count: how many Recommendations.
approval-para-publication = { $count ->
        [1] 国际电联将尽快出版该建议书的文本。
       *[other] 国际电联将尽快出版这些建议书的文本。
    }
