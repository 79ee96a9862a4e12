### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = Objet{"\u202F"}: Réponse d’un État Membre à la { $circular }{"\u202F"}: «{"\u202F"}Consultation sur { $drafts } { $count ->
        [one] déterminé
       *[other] déterminés
    }{"\u202F"}»

# The addressee's postal address, one line each.
reply-to-line-1 = Directeur du Bureau de la normalisation des télécommunications
reply-to-line-2 = Union internationale des télécommunications
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH-1211 Genève 20, Suisse

## Fields the Member State fills in.

placeholder-name = [Nom]
placeholder-title = [Titre officiel]
placeholder-address = [Adresse]
placeholder-date-place = [Date], [Lieu]
placeholder-administration = Administration de [État Membre]

reply-salutation = Madame, Monsieur,

# $circular: circular-name.
reply-intro = Dans le cadre de la consultation des États Membres sur les textes déterminés énumérés dans la { $circular }, je souhaite vous faire part de l’avis de mon Administration, tel qu’il figure dans le tableau ci-dessous.

reply-hint = Veuillez cocher l’une des deux cases

## The choices for each draft Recommendation. $sg: the study group's number.

choice-authorize = Autorise la Commission d’études { $sg } à examiner ce texte en vue de son approbation (dans ce cas, sélectionner l’une des deux options ⃝){"\u202F"}:
choice-no-comments = Pas de commentaires ni de propositions de modification
choice-comments-attached = Commentaires et propositions de modification ci-joints
choice-refuse = N’autorise pas la Commission d’études { $sg } à examiner ce texte en vue de son approbation (les raisons de cet avis et un aperçu des modifications qui pourraient permettre la poursuite des travaux sont joints)

reply-closing = Veuillez agréer, Madame, Monsieur, l’assurance de ma considération distinguée.

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = case à cocher
form-radio = bouton d’option
