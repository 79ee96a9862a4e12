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

place-geneva = Geneva
place-hammamet = Hammamet

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

## ITU-T study groups (study period 2017-2020): their fields of work.

study-group-2 = Operational aspects of service provision and telecommunication management
study-group-3 = Tariff and accounting principles including related telecommunication economic and policy issues
study-group-5 = Environment, climate change and circular economy
study-group-9 = Broadband cable and TV
study-group-11 = Signalling requirements, protocols, test specifications and combating counterfeit products
study-group-12 = Performance, QoS and QoE
study-group-13 = Future networks, with focus on IMT-2020, cloud computing and trusted network infrastructures
study-group-15 = Networks, technologies and infrastructures for transport, access and home
study-group-16 = Multimedia
study-group-17 = Security
study-group-20 = Internet of things (IoT) and smart cities and communities (SC&C)

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

## Draft Recommendations. $number: e.g. X.1214; $former: its provisional name, e.g. X.samtn.

# In lists of Recommendations ("ITU-T X.1214 (ex X.samtn)").
rec-ref = ITU-T { $number } (ex { $former })
# A draft Recommendation with its provisional name.
rec-draft = Draft Recommendation ITU-T { $number } (ex { $former })
