### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = Subject: Member State response to { $circular }: “Consultation on the determined { $drafts }”

# The addressee's postal address, one line each.
reply-to-line-1 = Director of the Telecommunication Standardization Bureau
reply-to-line-2 = International Telecommunication Union
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH-1211 Geneva 20, Switzerland

## Fields the Member State fills in: the labels of the web form and of the printed form.

field-name = Name
field-title = Official title
field-address = Address
# A row label beside label-date, with its colon.
field-place = Place:
# Under the line where the form is signed by hand.
field-signature = Signature
field-administration = Administration of the Member State

reply-salutation = Dear Sir/Madam,

# $circular: circular-name.
reply-intro = In connection with the consultation of Member States on the determined texts listed in { $circular }, I wish to inform you of the opinion of my Administration, as set out in the table below.

reply-hint = Please select one of the two boxes

## The table of choices: its column headings.

choices-head-draft = Draft Recommendation
choices-head-opinion = Opinion of the Administration

## The choices for each draft Recommendation. $sg: the study group's number; $mark: the drawn
## circle of the option buttons (a small picture, not text), where the sentence points to them.

choice-authorize = Authorizes Study Group { $sg } to consider this text for approval (in this case, select one of the two options { $mark }):
choice-no-comments = No comments or proposed changes
choice-comments-attached = Comments and proposed changes are attached
choice-refuse = Does not authorize Study Group { $sg } to consider this text for approval (the reasons for this opinion and an outline of possible changes that would allow the work to proceed are attached)

reply-closing = Yours faithfully,

## The answers as the e-mail sent from the web form lists them. $sg: the study group's number.

answer-authorize-no-comments = Authorizes Study Group { $sg } to consider this text for approval, with no comments or proposed changes
answer-authorize-comments = Authorizes Study Group { $sg } to consider this text for approval; comments and proposed changes are attached
answer-refuse = Does not authorize Study Group { $sg } to consider this text for approval; the reasons for this opinion and an outline of possible changes are attached
answer-missing = No answer

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = check box
form-radio = option button

## Names of the PDF form fields that hold the choices, for readers that speak the form aloud.
## $draft: the draft Recommendation's name ("Draft new Recommendation ITU-T X.1214 (ex X.samtn)").

field-decision = { $draft }: authorization
field-comments = { $draft }: comments

## Sending and printing the form (web page only).

form-send = Send by e-mail
# $email: the address the reply goes to.
form-send-note = Opens your e-mail program with a message to { $email } that lists your answers; attach any comments before sending.
form-print = Print or save as PDF
form-clear = Clear the form
# Shown when scripts are off; the reply address follows as a link.
form-no-script = To reply, print this form or save it as PDF from your browser’s menu and send it by e-mail to:
form-kept = Your answers are kept in this browser until you clear the form.
# Subject of the e-mail. $circular: circular-name.
mail-subject = Member State response to { $circular }
