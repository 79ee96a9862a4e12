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

place-geneva = Genève
place-hammamet = Hammamet

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

## ITU-T study groups (study period 2017-2020): their fields of work.

study-group-2 = Aspects opérationnels de la fourniture de services et de la gestion des télécommunications
study-group-3 = Principes de tarification et de comptabilité et questions connexes de politique générale et d’économie des télécommunications
study-group-5 = Environnement, changements climatiques et économie circulaire
study-group-9 = Câble large bande et télévision
study-group-11 = Exigences de signalisation, protocoles, spécifications de test et lutte contre la contrefaçon de produits
study-group-12 = Qualité de fonctionnement, qualité de service et qualité d’expérience
study-group-13 = Réseaux futurs, l’accent étant mis sur les IMT-2020, l’informatique en nuage et les infrastructures de réseau de confiance
study-group-15 = Réseaux, technologies et infrastructures pour le transport, l’accès et le domicile
study-group-16 = Multimédia
study-group-17 = Sécurité
study-group-20 = Internet des objets (IoT) et villes et communautés intelligentes (SC&C)

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

## Draft Recommendations. $number: e.g. X.1214; $former: its provisional name, e.g. X.samtn.

# In lists of Recommendations ("ITU-T X.1214 (ex X.samtn)").
rec-ref = UIT-T { $number } (ex { $former })
# A draft Recommendation with its provisional name.
rec-draft = Projet de Recommandation UIT-T { $number } (ex { $former })
