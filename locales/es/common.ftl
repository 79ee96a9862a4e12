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

place-geneva = Ginebra
place-hammamet = Hammamet

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

## ITU-T study groups (study period 2017-2020): their fields of work.

study-group-2 = Aspectos operativos de la prestación de servicios y de la gestión de las telecomunicaciones
study-group-3 = Principios de tarificación y contabilidad, incluidos los temas relacionados con la economía y la política de las telecomunicaciones
study-group-5 = Medio ambiente, cambio climático y economía circular
study-group-9 = Cable de banda ancha y televisión
study-group-11 = Requisitos de señalización, protocolos, especificaciones de prueba y lucha contra la falsificación de productos
study-group-12 = Calidad de funcionamiento, calidad de servicio y calidad percibida
study-group-13 = Redes futuras, con especial atención a las IMT-2020, la computación en la nube y las infraestructuras de red de confianza
study-group-15 = Redes, tecnologías e infraestructuras de transporte, acceso y hogar
study-group-16 = Multimedios
study-group-17 = Seguridad
study-group-20 = Internet de las cosas (IoT) y ciudades y comunidades inteligentes (C+CI)

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

## Draft Recommendations. $number: e.g. X.1214; $former: its provisional name, e.g. X.samtn.

# In lists of Recommendations ("ITU-T X.1214 (ex X.samtn)").
rec-ref = UIT-T { $number } (ex { $former })
# A draft Recommendation with its provisional name.
rec-draft = Proyecto de Recomendación UIT-T { $number } (ex { $former })
