### The notice that announces the approval of Recommendations after a consultation.
### $sg: study group number; $approved: the approved Recommendations as one phrase (the
### `approved` messages, declined for the place); $count: how many, for agreement.

# Approved Recommendations of one status in running text: "new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line), approval (paragraph 1).
approved = { $case ->
        [approval] { $status ->
            [new] { $count ->
                [one] la nouvelle Recommandation { $refs }
               *[other] les nouvelles Recommandations { $refs }
            }
           *[revised] { $count ->
                [one] la Recommandation { $refs } révisée
               *[other] les Recommandations { $refs } révisées
            }
        }
       *[subject] { $status ->
            [new] { $count ->
                [one] de la nouvelle Recommandation { $refs }
               *[other] des nouvelles Recommandations { $refs }
            }
           *[revised] { $count ->
                [one] de la Recommandation { $refs } révisée
               *[other] des Recommandations { $refs } révisées
            }
        }
    }
# An approved amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or
# rec-ref-former); $case: as for approved.
approved-amendment = { $case ->
        [approval] l’Amendement { $amendment } à la Recommandation { $ref }
       *[subject] de l’Amendement { $amendment } à la Recommandation { $ref }
    }

# Subject line. $count: how many Recommendations.
approval-subject = Approbation { $approved }

# Paragraph 1. $consultation: circular-name of the consultation; $consultation_date: its long date;
# $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1; $approved_on: the long date of the approval;
# $meeting_place: place name; $meeting_dates: date-range-days-text; $count: how many Recommendations.
approval-para-approval = Suite à la { $consultation } du { $consultation_date }, et conformément au § 9.5 de la Résolution 1 (Rév. { $wtsa_place }, { $wtsa_year }), j’ai l’honneur de vous informer que la Commission d’études { $sg } de l’UIT-T a approuvé { $approved } le { $approved_on }, à sa réunion tenue à { $meeting_place } { $meeting_dates }.

# Paragraph 2, before the list of titles. $count: how many Recommendations.
approval-para-list = { $count ->
        [one] Le titre de la Recommandation approuvée est le suivant{"\u202F"}:
       *[other] Les titres des Recommandations approuvées sont les suivants{"\u202F"}:
    }

# One item of that list. $status: new, revised or amendment; $ref: rec-code or rec-ref-former;
# $amendment: the amendment's number (0 when not an amendment); $title: the Recommendation's title.
approval-item = { $status ->
        [amendment] Amendement { $amendment } à la Recommandation { $ref }{"\u202F"}: { $title }
       *[other] Recommandation { $ref }{"\u202F"}: { $title }
    }

# Paragraph 3. $url: ITU-T's page of Recommendations; $count: how many Recommendations.
approval-para-prepublished = { $count ->
        [one] La Recommandation prépubliée sera disponible sur le site web de l’UIT-T à l’adresse { $url }.
       *[other] Les Recommandations prépubliées seront disponibles sur le site web de l’UIT-T à l’adresse { $url }.
    }

# Paragraph 4. $count: how many Recommendations.
approval-para-publication = { $count ->
        [one] L’UIT publiera le texte de la Recommandation dans les meilleurs délais.
       *[other] L’UIT publiera les textes des Recommandations dans les meilleurs délais.
    }
