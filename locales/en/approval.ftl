### The notice that announces the approval of Recommendations after a consultation.
### $sg: study group number; $approved: the approved Recommendations as one phrase (the
### `approved` messages, declined for the place); $count: how many, for agreement.

# Approved Recommendations of one status in running text: "new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line), approval (paragraph 1).
approved = { $status ->
        [new] { $count ->
            [one] new Recommendation
           *[other] new Recommendations
        }
       *[revised] { $count ->
            [one] revised Recommendation
           *[other] revised Recommendations
        }
    } { $refs }
# An approved amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or
# rec-ref-former); $case: as for approved.
approved-amendment = Amendment { $amendment } to Recommendation { $ref }

# Subject line. $count: how many Recommendations.
approval-subject = Approval of { $approved }

# Paragraph 1. $consultation: circular-name of the consultation; $consultation_date: its long date;
# $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1; $approved_on: the long date of the approval;
# $meeting_place: place name; $meeting_dates: date-range-days-text; $count: how many Recommendations.
approval-para-approval = Further to { $consultation } of { $consultation_date }, and pursuant to section 9.5 of Resolution 1 (Rev. { $wtsa_place }, { $wtsa_year }), I hereby inform you that ITU-T Study Group { $sg } approved { $approved } on { $approved_on }, at its meeting held in { $meeting_place }, { $meeting_dates }.

# Paragraph 2, before the list of titles. $count: how many Recommendations.
approval-para-list = { $count ->
        [one] The title of the approved Recommendation is:
       *[other] The titles of the approved Recommendations are:
    }

# One item of that list. $status: new, revised or amendment; $ref: rec-code or rec-ref-former;
# $amendment: the amendment's number (0 when not an amendment); $title: the Recommendation's title.
approval-item = { $status ->
        [amendment] Amendment { $amendment } to Recommendation { $ref }: { $title }
       *[other] Recommendation { $ref }: { $title }
    }

# Paragraph 3. $url: ITU-T's page of Recommendations; $count: how many Recommendations.
approval-para-prepublished = { $count ->
        [one] The pre-published Recommendation will be available on the ITU-T website at { $url }.
       *[other] The pre-published Recommendations will be available on the ITU-T website at { $url }.
    }

# Paragraph 4. $count: how many Recommendations.
approval-para-publication = { $count ->
        [one] ITU will publish the text of the Recommendation as soon as possible.
       *[other] ITU will publish the texts of the Recommendations as soon as possible.
    }
