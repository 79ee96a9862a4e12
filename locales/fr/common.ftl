### Shared by every document: masthead, header labels, catalogues of places,
### addressees and study groups, list and date patterns.

## Masthead and footer

org-name = Union internationale des télécommunications
bureau-name = Bureau de la normalisation des télécommunications
# The bureau's postal address in the footer of page 1. Same in all languages: kept in English, as on ITU letterhead.
footer-line-1 = International Telecommunication Union • Place des Nations • CH‑1211 Geneva 20 • Switzerland
# Same in all languages. $tel, $fax, $email, $web: the Union's switchboard, fax, e-mail and web site.
footer-line-2 = Tel: { $tel } • Fax: { $fax } • E-mail: { $email } • { $web }

## Place and date line. $date: the long date (from ICU); $place: a place name.

place-date = { $place }, { $date }

## Labels of the header block

label-ref = Réf.{"\u202F"}:
label-tel = Tél.{"\u202F"}:
label-fax = Télécopie{"\u202F"}:
label-email = Courriel{"\u202F"}:
label-to = À{"\u202F"}:
label-copy-to = Copie{"\u202F"}:
label-subject = Objet{"\u202F"}:
label-from = De{"\u202F"}:
label-date = Date{"\u202F"}:

# The circular's name. $number: its number.
circular-name = Circulaire TSB { $number }

## Places

place-dubai = Dubaï
place-florianopolis = Florianópolis
place-geneva = Genève
place-hammamet = Hammamet
place-johannesburg = Johannesburg
place-montreal = Montréal
place-new-delhi = New Delhi

## Addressees of the To and Copy-to lists. $sg: the study group's number.

addressee-member-states = Aux Administrations des États Membres de l’Union
addressee-sector-members = Aux Membres du Secteur de l’UIT-T
addressee-sg-associates = Aux Associés de l’UIT-T participant aux travaux de la Commission d’études { $sg }
addressee-academia = Aux établissements universitaires participant aux travaux de l’UIT
addressee-sg-chairs = Au Président et aux Vice-Présidents de la Commission d’études { $sg } de l’UIT-T
addressee-bdt-director = Au Directeur du Bureau de développement des télécommunications
addressee-br-director = Au Directeur du Bureau des radiocommunications
# One item of the To list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-to-item =
    { $last ->
        [yes] { $item }
       *[no] { $item }{"\u202F"};
    }
# One item of the Copy-to list. $item: the addressee; $last: "yes" on the last item, else "no".
addressee-copy-item =
    { $last ->
        [yes] { $item }
       *[no] { $item }{"\u202F"};
    }

## Officials

director-tsb = Directeur du Bureau de la normalisation des télécommunications

## Lists: "A, B and C"

list-separator = {", "}
list-last-separator = {" et "}

## Date ranges. Single dates come from ICU (CLDR long form).
## $first_day, $last_day: day numbers; $month: month number (1-12); $year: the year.
## $first, $last: the long dates of the first and last day.

-month-name =
    { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
# Days within one month, short form (subject line).
date-range-days =
    { $first_day ->
        [1] 1er
       *[other] { $first_day }
    }–{ $last_day } { $month ->
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
    } { $year }
# Days within one month, in running text.
date-range-days-text =
    du { $first_day ->
        [1] 1er
       *[other] { $first_day }
    } au { $last_day } { $month ->
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
    } { $year }
# Days across two months or years.
date-range = du { $first } au { $last }

## Times of day. $hours, $minutes: two digits each (23, 59).

# The reply deadline's time (UTC), in the language's own form.
time-of-day = { $hours }{"\u00A0"}h{"\u00A0"}{ $minutes }

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
        [title] { $status ->
            [new] { $count ->
                [one] du projet de nouvelle Recommandation { $refs }
               *[other] des projets de nouvelles Recommandations { $refs }
            }
           *[revised] { $count ->
                [one] du projet de Recommandation { $refs } révisée
               *[other] des projets de Recommandations { $refs } révisées
            }
        }
       *[subject] { $status ->
            [new] { $count ->
                [one] le projet de nouvelle Recommandation { $refs }
               *[other] les projets de nouvelles Recommandations { $refs }
            }
           *[revised] { $count ->
                [one] le projet de Recommandation { $refs } révisée
               *[other] les projets de Recommandations { $refs } révisées
            }
        }
    }
# A draft amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or rec-ref-former);
# $case: as for drafts.
draft-amendment = { $case ->
        [title] du projet d’Amendement { $amendment } à la Recommandation { $ref }
       *[subject] le projet d’Amendement { $amendment } à la Recommandation { $ref }
    }

# A draft on its own: the heading of its summary in Annex 1, its row of the reply form.
# $status: new, revised or amendment; $code: rec-code; $amendment: the amendment's number (0 when not an amendment).
draft-name = { $status ->
        [new] Projet de nouvelle Recommandation { $code }
        [revised] Projet de Recommandation { $code } révisée
       *[amendment] Projet d’Amendement { $amendment } à la Recommandation { $code }
    }
# The same, with the provisional name. $former: rec-former.
draft-name-former = { $status ->
        [new] Projet de nouvelle Recommandation { $code } ({ $former })
        [revised] Projet de Recommandation { $code } ({ $former }) révisée
       *[amendment] Projet d’Amendement { $amendment } à la Recommandation { $code } ({ $former })
    }
