### The notice that announces the approval of Recommendations after a consultation.
### $sg: study group number; $approved: the approved Recommendations as one phrase (the
### `approved` messages, declined for the place); $count: how many, for agreement.

# Approved Recommendations of one status in running text: "new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line), approval (paragraph 1).
approved = { $case ->
        [approval] { $status ->
            [new] { $count ->
                [one] la nueva Recomendación { $refs }
               *[other] las nuevas Recomendaciones { $refs }
            }
           *[revised] { $count ->
                [one] la Recomendación { $refs } revisada
               *[other] las Recomendaciones { $refs } revisadas
            }
        }
       *[subject] { $status ->
            [new] { $count ->
                [one] de la nueva Recomendación { $refs }
               *[other] de las nuevas Recomendaciones { $refs }
            }
           *[revised] { $count ->
                [one] de la Recomendación { $refs } revisada
               *[other] de las Recomendaciones { $refs } revisadas
            }
        }
    }
# An approved amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or
# rec-ref-former); $case: as for approved.
approved-amendment = { $case ->
        [approval] la Enmienda { $amendment } a la Recomendación { $ref }
       *[subject] de la Enmienda { $amendment } a la Recomendación { $ref }
    }

# Subject line. $count: how many Recommendations.
approval-subject = Aprobación { $approved }

# Paragraph 1. $consultation: circular-name of the consultation; $consultation_date: its long date;
# $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1; $approved_on: the long date of the approval;
# $meeting_place: place name; $meeting_dates: date-range-days-text; $count: how many Recommendations.
approval-para-approval = Tras la { $consultation } del { $consultation_date }, y de conformidad con el § 9.5 de la Resolución 1 (Rev. { $wtsa_place }, { $wtsa_year }), me complace informarle de que la Comisión de Estudio { $sg } del UIT-T aprobó { $approved } el { $approved_on }, en su reunión celebrada en { $meeting_place } { $meeting_dates }.

# Paragraph 2, before the list of titles. $count: how many Recommendations.
approval-para-list = { $count ->
        [one] El título de la Recomendación aprobada es el siguiente:
       *[other] Los títulos de las Recomendaciones aprobadas son los siguientes:
    }

# One item of that list. $status: new, revised or amendment; $ref: rec-code or rec-ref-former;
# $amendment: the amendment's number (0 when not an amendment); $title: the Recommendation's title.
approval-item = { $status ->
        [amendment] Enmienda { $amendment } a la Recomendación { $ref }: { $title }
       *[other] Recomendación { $ref }: { $title }
    }

# Paragraph 3. $url: ITU-T's page of Recommendations; $count: how many Recommendations.
approval-para-prepublished = { $count ->
        [one] La Recomendación prepublicada estará disponible en el sitio web del UIT-T, en la dirección { $url }.
       *[other] Las Recomendaciones prepublicadas estarán disponibles en el sitio web del UIT-T, en la dirección { $url }.
    }

# Paragraph 4. $count: how many Recommendations.
approval-para-publication = { $count ->
        [one] La UIT publicará el texto de la Recomendación lo antes posible.
       *[other] La UIT publicará los textos de las Recomendaciones lo antes posible.
    }
