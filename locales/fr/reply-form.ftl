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

## Fields the Member State fills in: the labels of the web form and of the printed form.

field-name = Nom
field-title = Titre officiel
field-address = Adresse
field-place = Lieu{"\u202F"}:
field-signature = Signature
field-administration = Administration de l’État Membre

reply-salutation = Madame, Monsieur,

# $circular: circular-name.
reply-intro = Dans le cadre de la consultation des États Membres sur les textes déterminés énumérés dans la { $circular }, je souhaite vous faire part de l’avis de mon Administration, tel qu’il figure dans le tableau ci-dessous.

reply-hint = Veuillez cocher l’une des deux cases

## The table of choices: its column headings.

choices-head-draft = Projet de Recommandation
choices-head-opinion = Avis de l’Administration

## The choices for each draft Recommendation. $sg: the study group's number; $mark: the drawn
## circle of the option buttons (a small picture, not text), where the sentence points to them.

choice-authorize = Autorise la Commission d’études { $sg } à examiner ce texte en vue de son approbation (dans ce cas, sélectionner l’une des deux options { $mark }){"\u202F"}:
choice-no-comments = Pas de commentaires ni de propositions de modification
choice-comments-attached = Commentaires et propositions de modification ci-joints
choice-refuse = N’autorise pas la Commission d’études { $sg } à examiner ce texte en vue de son approbation (les raisons de cet avis et un aperçu des modifications qui pourraient permettre la poursuite des travaux sont joints)

reply-closing = Veuillez agréer, Madame, Monsieur, l’assurance de ma considération distinguée.

## The answers as the e-mail sent from the web form lists them. $sg: the study group's number.

answer-authorize-no-comments = Autorise la Commission d’études { $sg } à examiner ce texte en vue de son approbation, sans commentaires ni propositions de modification
answer-authorize-comments = Autorise la Commission d’études { $sg } à examiner ce texte en vue de son approbation{"\u202F"}; commentaires et propositions de modification ci-joints
answer-refuse = N’autorise pas la Commission d’études { $sg } à examiner ce texte en vue de son approbation{"\u202F"}; les raisons de cet avis et un aperçu des modifications possibles sont joints
answer-missing = Pas de réponse

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = case à cocher
form-radio = bouton d’option

## Names of the PDF form fields that hold the choices, for readers that speak the form aloud.
## $draft: the draft Recommendation's name ("Draft new Recommendation ITU-T X.1214 (ex X.samtn)").

field-decision = { $draft }{"\u202F"}: autorisation
field-comments = { $draft }{"\u202F"}: commentaires

## Sending and printing the form (web page only).

form-send = Envoyer par courriel
form-send-note = Ouvre votre messagerie avec un message adressé à { $email } qui énumère vos réponses{"\u202F"}; veuillez joindre vos éventuels commentaires avant l’envoi.
form-print = Imprimer ou enregistrer en PDF
form-clear = Effacer le formulaire
form-no-script = Pour répondre, imprimez ce formulaire ou enregistrez-le en PDF depuis le menu de votre navigateur, puis envoyez-le par courriel à{"\u202F"}:
form-kept = Vos réponses sont conservées dans ce navigateur jusqu’à ce que vous effaciez le formulaire.
mail-subject = Réponse d’un État Membre à la { $circular }
