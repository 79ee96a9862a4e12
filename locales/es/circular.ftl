### The letter of a consultation circular and its Annex 1.
### $sg: study group number; $sg_field: the study group's field of work;
### $drafts: the draft Recommendations as one phrase (the `drafts` messages, declined for the place);
### $count: how many drafts there are, for agreement.

# Subject line. $meeting_dates: date-range-days; $meeting_place: place name; $count: how many drafts.
subject = Consulta a los Estados Miembros sobre { $drafts } { $count ->
        [one] determinado y propuesto
       *[other] determinados y propuestos
    } para aprobación en la reunión de la Comisión de Estudio { $sg } del UIT-T ({ $meeting_place }, { $meeting_dates })

salutation = Muy Señora mía/Muy Señor mío:

# $meeting_dates: date-range-days-text; $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1;
# $collective_letter: e.g. 3/17; $count: how many drafts.
para-announce = La Comisión de Estudio { $sg } del UIT-T ({ $sg_field }) tiene la intención de aplicar el procedimiento de aprobación tradicional descrito en el § 9 de la Resolución 1 de la AMNT (Rev. { $wtsa_place }, { $wtsa_year }) para aprobar { $drafts } en su próxima reunión, que se celebrará en { $meeting_place } { $meeting_dates }. El orden del día y toda la información pertinente relativa a la reunión de la Comisión de Estudio { $sg } del UIT-T figurarán en la Carta Colectiva { $collective_letter }.

para-annex = En el Anexo 1 figuran los títulos, los resúmenes y la procedencia de los proyectos de Recomendación UIT-T propuestos para aprobación.

# $deadline_date: long date; $deadline_time: the time, formatted by time-of-day (23:59, 23 h 59, 23.59).
para-consultation = Con la presente Circular se inicia la consulta formal a los Estados Miembros de la UIT, de conformidad con el § 9.4 de la Resolución 1, sobre la posibilidad de considerar estos textos para aprobación en la próxima reunión. Se ruega a los Estados Miembros que cumplimenten y devuelvan el formulario que figura en el Anexo 2 a más tardar a las { $deadline_time } horas UTC del { $deadline_date }.

# $threshold: the approval threshold in per cent, e.g. 70.
para-threshold = Si el { $threshold } por ciento o más de los Estados Miembros que respondan apoya la consideración de estos textos para aprobación, se dedicará una sesión plenaria a la aplicación del procedimiento de aprobación. Los Estados Miembros que no apoyen que se autorice la continuación del proceso deberían comunicar al Director de la TSB los motivos de su objeción e indicar los posibles cambios que permitirían proseguir el trabajo.

closing = Atentamente,

# $count: the number of annexes.
annexes = { $count ->
        [one] Anexo: { $count }
       *[other] Anexos: { $count }
    }

# Heading of an annex. $number: 1, 2.
annex-heading = Anexo { $number }

# Title of Annex 1. $count: how many drafts.
annex-summaries-title = { $count ->
        [one] Resumen y procedencia { $drafts } determinado
       *[other] Resúmenes y procedencia { $drafts } determinados
    }

# Heading of one draft Recommendation in Annex 1. $rec: draft-name; $source: e.g. R14.
annex-summaries-item = { $rec } ({ $source })

summary-heading = Resumen
