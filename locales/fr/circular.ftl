### The letter of a consultation circular and its Annex 1.
### $sg: study group number; $sg_field: the study group's field of work;
### $drafts: the draft Recommendations as one phrase (the `drafts` messages, declined for the place);
### $count: how many drafts there are, for agreement.

# Subject line. $meeting_dates: date-range-days; $meeting_place: place name; $count: how many drafts.
subject = Consultation des États Membres sur { $drafts } { $count ->
        [one] déterminé
       *[other] déterminés
    }, dont l’approbation est proposée à la réunion de la Commission d’études { $sg } de l’UIT-T ({ $meeting_place }, { $meeting_dates })

salutation = Madame, Monsieur,

# $meeting_dates: date-range-days-text; $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1;
# $collective_letter: e.g. 3/17; $count: how many drafts.
para-announce = La Commission d’études { $sg } de l’UIT-T ({ $sg_field }) a l’intention d’appliquer la procédure d’approbation traditionnelle décrite au § 9 de la Résolution 1 de l’AMNT (Rév. { $wtsa_place }, { $wtsa_year }) pour approuver { $drafts } { $count ->
        [one] susmentionné
       *[other] susmentionnés
    } à sa prochaine réunion, qui se tiendra à { $meeting_place } { $meeting_dates }. L’ordre du jour et toutes les informations pertinentes concernant la réunion de la Commission d’études { $sg } de l’UIT-T figureront dans la Lettre collective { $collective_letter }.

para-annex = Les titres, résumés et sources des projets de Recommandations UIT-T dont l’approbation est proposée figurent dans l’Annexe 1.

# $deadline_date: long date; $deadline_time: the time, formatted by time-of-day (23:59, 23 h 59, 23.59).
para-consultation = La présente Circulaire a pour objet d’engager la consultation formelle des États Membres de l’UIT, conformément au § 9.4 de la Résolution 1, sur la question de savoir si ces textes peuvent être examinés en vue de leur approbation à la prochaine réunion. Les États Membres sont invités à remplir le formulaire figurant dans l’Annexe 2 et à le renvoyer au plus tard le { $deadline_date } à { $deadline_time } (UTC).

# $threshold: the approval threshold in per cent, e.g. 70.
para-threshold = Si { $threshold } pour cent au moins des États Membres ayant répondu sont favorables à l’examen de ces textes en vue de leur approbation, une séance plénière sera consacrée à l’application de la procédure d’approbation. Les États Membres qui ne sont pas favorables à ce que les travaux soient autorisés à se poursuivre devraient informer le Directeur du TSB des raisons de leur objection et indiquer les modifications qui pourraient permettre la poursuite des travaux.

closing = Veuillez agréer, Madame, Monsieur, l’assurance de ma considération distinguée.

# $count: the number of annexes.
annexes = { $count ->
        [one] Annexe
       *[other] Annexes
    }{"\u202F"}: { $count }

# Heading of an annex. $number: 1, 2.
annex-heading = Annexe { $number }

# Title of Annex 1. $count: how many drafts.
annex-summaries-title = Résumés et sources { $drafts } { $count ->
        [one] déterminé
       *[other] déterminés
    }

# Heading of one draft Recommendation in Annex 1. $rec: draft-name; $source: e.g. R14.
annex-summaries-item = { $rec } ({ $source })

summary-heading = Résumé
