### Shared by every document: masthead, header labels, catalogues of places,
### addressees and study groups, list and date patterns.

## Masthead and footer

org-name = Unión Internacional de Telecomunicaciones
bureau-name = Oficina de Normalización de las Telecomunicaciones
# The bureau's postal address in the footer of page 1. Same in all languages: kept in English, as on ITU letterhead.
footer-line-1 = International Telecommunication Union • Place des Nations • CH‑1211 Geneva 20 • Switzerland
# Same in all languages. $tel, $fax, $email, $web: the Union's switchboard, fax, e-mail and web site.
footer-line-2 = Tel: { $tel } • Fax: { $fax } • E-mail: { $email } • { $web }

## Place and date line. $date: the long date (from ICU); $place: a place name.

place-date = { $place }, { $date }

## Labels of the header block

label-ref = Ref.:
label-tel = Tel.:
label-fax = Fax:
label-email = Correo-e:
label-to = A:
label-copy-to = Copia:
label-subject = Asunto:
label-from = De:
label-date = Fecha:

# The circular's name. $number: its number.
circular-name = Circular TSB { $number }

## Places

place-dubai = Dubái
place-florianopolis = Florianópolis
place-geneva = Ginebra
place-hammamet = Hammamet
place-johannesburg = Johannesburgo
place-montreal = Montreal
place-new-delhi = Nueva Delhi

## Addressees of the To and Copy-to lists. $sg: the study group's number.

addressee-member-states = A las Administraciones de los Estados Miembros de la Unión
addressee-sector-members = A los Miembros de Sector del UIT-T
addressee-sg-associates = A los Asociados del UIT-T que participan en los trabajos de la Comisión de Estudio { $sg }
addressee-academia = A las Instituciones Académicas de la UIT
addressee-sg-chairs = Al Presidente y a los Vicepresidentes de la Comisión de Estudio { $sg } del UIT-T
addressee-bdt-director = Al Director de la Oficina de Desarrollo de las Telecomunicaciones
addressee-br-director = Al Director de la Oficina de Radiocomunicaciones
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

director-tsb = Director de la Oficina de Normalización de las Telecomunicaciones

## Lists: "A, B and C"

list-separator = {", "}
list-last-separator = {" y "}

## Date ranges. Single dates come from ICU (CLDR long form).
## $first_day, $last_day: day numbers; $month: month number (1-12); $year: the year.
## $first, $last: the long dates of the first and last day.

-month-name =
    { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
# Days within one month, short form (subject line).
date-range-days = { $first_day }–{ $last_day } de { $month ->
        [1] { -month-name(month: 1) }
        [2] { -month-name(month: 2) }
        [3] { -month-name(month: 3) }
        [4] { -month-name(month: 4) }
        [5] { -month-name(month: 5) }
        [6] { -month-name(month: 6) }
        [7] { -month-name(month: 7) }
        [8] { -month-name(month: 8) }
        [9] { -month-name(month: 9) }
        [10] { -month-name(month: 10) }
        [11] { -month-name(month: 11) }
       *[12] { -month-name(month: 12) }
    } de { $year }
# Days within one month, in running text.
date-range-days-text = del { $first_day } al { $last_day } de { $month ->
        [1] { -month-name(month: 1) }
        [2] { -month-name(month: 2) }
        [3] { -month-name(month: 3) }
        [4] { -month-name(month: 4) }
        [5] { -month-name(month: 5) }
        [6] { -month-name(month: 6) }
        [7] { -month-name(month: 7) }
        [8] { -month-name(month: 8) }
        [9] { -month-name(month: 9) }
        [10] { -month-name(month: 10) }
        [11] { -month-name(month: 11) }
       *[12] { -month-name(month: 12) }
    } de { $year }
# Days across two months or years.
date-range = del { $first } al { $last }

## Times of day. $hours, $minutes: two digits each (23, 59).

# The reply deadline's time (UTC), in the language's own form.
time-of-day = { $hours }.{ $minutes }

## Draft Recommendations, and the Recommendations they become.

# The code of a Recommendation. $number: X.1214.
rec-code = UIT-T { $number }
# The provisional name a draft had, after its code. $former: X.samtn.
rec-former = ex { $former }
# A code with the draft's provisional name, in lists. $code: rec-code; $former: rec-former.
rec-ref-former = { $code } ({ $former })

# Drafts of one status in running text: "draft new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line),
# announce (paragraph 1), title (the title of Annex 1), reply (the reply form's subject).
drafts = { $case ->
        [announce] { $status ->
            [new] { $count ->
                [one] el citado proyecto de nueva Recomendación { $refs }
               *[other] los citados proyectos de nuevas Recomendaciones { $refs }
            }
           *[revised] { $count ->
                [one] el citado proyecto de Recomendación { $refs } revisada
               *[other] los citados proyectos de Recomendaciones { $refs } revisadas
            }
        }
        [title] { $status ->
            [new] { $count ->
                [one] del proyecto de nueva Recomendación { $refs }
               *[other] de los proyectos de nuevas Recomendaciones { $refs }
            }
           *[revised] { $count ->
                [one] del proyecto de Recomendación { $refs } revisada
               *[other] de los proyectos de Recomendaciones { $refs } revisadas
            }
        }
       *[subject] { $status ->
            [new] { $count ->
                [one] el proyecto de nueva Recomendación { $refs }
               *[other] los proyectos de nuevas Recomendaciones { $refs }
            }
           *[revised] { $count ->
                [one] el proyecto de Recomendación { $refs } revisada
               *[other] los proyectos de Recomendaciones { $refs } revisadas
            }
        }
    }
# A draft amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or rec-ref-former);
# $case: as for drafts.
draft-amendment = { $case ->
        [announce] el citado proyecto de Enmienda { $amendment } a la Recomendación { $ref }
        [title] del proyecto de Enmienda { $amendment } a la Recomendación { $ref }
       *[subject] el proyecto de Enmienda { $amendment } a la Recomendación { $ref }
    }

# A draft on its own: the heading of its summary in Annex 1, its row of the reply form.
# $status: new, revised or amendment; $code: rec-code; $amendment: the amendment's number (0 when not an amendment).
draft-name = { $status ->
        [new] Proyecto de nueva Recomendación { $code }
        [revised] Proyecto de Recomendación { $code } revisada
       *[amendment] Proyecto de Enmienda { $amendment } a la Recomendación { $code }
    }
# The same, with the provisional name. $former: rec-former.
draft-name-former = { $status ->
        [new] Proyecto de nueva Recomendación { $code } ({ $former })
        [revised] Proyecto de Recomendación { $code } ({ $former }) revisada
       *[amendment] Proyecto de Enmienda { $amendment } a la Recomendación { $code } ({ $former })
    }
