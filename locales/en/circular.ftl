### The letter of a consultation circular and its Annex 1.
### $sg: study group number; $sg_field: the study group's field of work;
### $drafts: the draft Recommendations as one phrase (the `drafts` messages, declined for the place);
### $count: how many drafts there are, for agreement.

# Subject line. $meeting_dates: date-range-days; $meeting_place: place name; $count: how many drafts.
subject = Consultation of Member States on the determined { $drafts } proposed for approval at the meeting of ITU-T Study Group { $sg } ({ $meeting_place }, { $meeting_dates })

salutation = Dear Sir/Madam,

# $meeting_dates: date-range-days-text; $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1;
# $collective_letter: e.g. 3/17; $count: how many drafts.
para-announce = ITU-T Study Group { $sg } ({ $sg_field }) intends to apply the traditional approval procedure described in section 9 of WTSA Resolution 1 (Rev. { $wtsa_place }, { $wtsa_year }) to approve the above-mentioned { $drafts } at its next meeting, to be held in { $meeting_place }, { $meeting_dates }. The agenda and all relevant information regarding the meeting of ITU-T Study Group { $sg } will be available in Collective letter { $collective_letter }.

para-annex = The titles, summaries and sources of the draft ITU-T Recommendations proposed for approval are given in Annex 1.

# $deadline_date: long date; $deadline_time: the time, formatted by time-of-day (23:59, 23 h 59, 23.59).
para-consultation = This Circular initiates the formal consultation of ITU Member States, in accordance with section 9.4 of Resolution 1, on whether these texts may be considered for approval at the forthcoming meeting. Member States are requested to complete and return the form in Annex 2 by { $deadline_time } hours UTC on { $deadline_date }.

# $threshold: the approval threshold in per cent, e.g. 70.
para-threshold = If { $threshold } per cent or more of the Member States replying support consideration for approval, a plenary session will be devoted to applying the approval procedure. Member States that do not support empowerment to proceed should inform the Director of TSB of the reasons for their objection and indicate the changes that might allow the work to proceed.

closing = Yours faithfully,

# $count: the number of annexes.
annexes = Annexes: { $count }

# Heading of an annex. $number: 1, 2.
annex-heading = Annex { $number }

# Title of Annex 1. $count: how many drafts.
annex-summaries-title = Summaries and sources of the determined { $drafts }

# Heading of one draft Recommendation in Annex 1. $rec: draft-name; $source: e.g. R14.
annex-summaries-item = { $rec } ({ $source })

summary-heading = Summary
