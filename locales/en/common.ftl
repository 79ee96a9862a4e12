### Shared by every document: masthead, header labels, catalogues of places,
### addressees and study groups, list and date patterns.

## Masthead and footer

org-name = International Telecommunication Union
bureau-name = Telecommunication Standardization Bureau
# The bureau's postal address in the footer of page 1. Same in all languages: kept in English, as on ITU letterhead.
footer-line-1 = International Telecommunication Union • Place des Nations • CH‑1211 Geneva 20 • Switzerland
# Same in all languages. $tel, $fax, $email, $web: the Union's switchboard, fax, e-mail and web site.
footer-line-2 = Tel: { $tel } • Fax: { $fax } • E-mail: { $email } • { $web }

## Place and date line. $date: the long date (from ICU); $place: a place name.

place-date = { $place }, { $date }

## Labels of the header block

label-ref = Ref:
label-tel = Tel:
label-fax = Fax:
label-email = E-mail:
label-to = To:
label-copy-to = Copy to:
label-subject = Subject:
label-from = From:
label-date = Date:

# The circular's name. $number: its number.
circular-name = TSB Circular { $number }

## Places

place-dubai = Dubai
place-florianopolis = Florianópolis
place-geneva = Geneva
place-hammamet = Hammamet
place-johannesburg = Johannesburg
place-montreal = Montreal
place-new-delhi = New Delhi

## Addressees of the To and Copy-to lists. $sg: the study group's number.

addressee-member-states = Administrations of Member States of the Union
addressee-sector-members = ITU-T Sector Members
addressee-sg-associates = ITU-T Associates of Study Group { $sg }
addressee-academia = ITU Academia
addressee-sg-chairs = The Chairman and Vice-Chairmen of ITU-T Study Group { $sg }
addressee-bdt-director = The Director of the Telecommunication Development Bureau
addressee-br-director = The Director of the Radiocommunication Bureau
# One item of the To list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-to-item =
    { $last ->
        [yes] { $item }
       *[no] { $item };
    }
# One item of the Copy-to list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-copy-item =
    { $last ->
        [yes] { $item }
       *[no] { $item };
    }

## Officials

director-tsb = Director of the Telecommunication Standardization Bureau

## Lists: "A, B and C"

list-separator = {", "}
list-last-separator = {" and "}

## Date ranges. Single dates come from ICU (CLDR long form).
## $first_day, $last_day: day numbers; $month: month number (1-12); $year: the year.
## $first, $last: the long dates of the first and last day.

# Days within one month, short form (subject line).
date-range-days = { $first_day }–{ $last_day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# Days within one month, in running text.
date-range-days-text = { $first_day }–{ $last_day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# Days across two months or years.
date-range = { $first } – { $last }

## Times of day. $hours, $minutes: two digits each (23, 59).

# The reply deadline's time (UTC), in the language's own form.
time-of-day = { $hours }:{ $minutes }

## Draft Recommendations, and the Recommendations they become.

# The code of a Recommendation. $number: X.1214.
rec-code = ITU-T { $number }
# The provisional name a draft had, after its code. $former: X.samtn.
rec-former = ex { $former }
# A code with the draft's provisional name, in lists. $code: rec-code; $former: rec-former.
rec-ref-former = { $code } ({ $former })

# Drafts of one status in running text: "draft new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line),
# announce (paragraph 1), title (the title of Annex 1), reply (the reply form's subject).
drafts = { $status ->
        [new] { $count ->
            [one] draft new Recommendation
           *[other] draft new Recommendations
        }
       *[revised] { $count ->
            [one] draft revised Recommendation
           *[other] draft revised Recommendations
        }
    } { $refs }
# A draft amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or rec-ref-former);
# $case: as for drafts.
draft-amendment = draft Amendment { $amendment } to Recommendation { $ref }

# A draft on its own: the heading of its summary in Annex 1, its row of the reply form.
# $status: new, revised or amendment; $code: rec-code; $amendment: the amendment's number (0 when not an amendment).
draft-name = { $status ->
        [new] Draft new Recommendation { $code }
        [revised] Draft revised Recommendation { $code }
       *[amendment] Draft Amendment { $amendment } to Recommendation { $code }
    }
# The same, with the provisional name. $former: rec-former.
draft-name-former = { $status ->
        [new] Draft new Recommendation { $code } ({ $former })
        [revised] Draft revised Recommendation { $code } ({ $former })
       *[amendment] Draft Amendment { $amendment } to Recommendation { $code } ({ $former })
    }
