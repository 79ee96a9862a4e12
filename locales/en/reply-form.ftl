### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $recs: as in the circular; $count: how many.
reply-subject = Subject: Member State response to { $circular }: “Consultation on the determined { $count ->
        [one] draft Recommendation
       *[other] draft Recommendations
    } { $recs }”

# The addressee's postal address, one line each.
reply-to-line-1 = Director of the Telecommunication Standardization Bureau
reply-to-line-2 = International Telecommunication Union
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH-1211 Geneva 20, Switzerland

## Fields the Member State fills in.

placeholder-name = [Name]
placeholder-title = [Official title]
placeholder-address = [Address]
placeholder-date-place = [Date], [Place]
placeholder-administration = Administration of [Member State]

reply-salutation = Dear Sir/Madam,

# $circular: circular-name.
reply-intro = In connection with the consultation of Member States on the determined texts listed in { $circular }, I wish to inform you of the opinion of my Administration, as set out in the table below.

reply-hint = Please select one of the two boxes

## The choices for each draft Recommendation. $sg: the study group's number.

choice-authorize = Authorizes Study Group { $sg } to consider this text for approval (in this case, select one of the two options ⃝):
choice-no-comments = No comments or proposed changes
choice-comments-attached = Comments and proposed changes are attached
choice-refuse = Does not authorize Study Group { $sg } to consider this text for approval (the reasons for this opinion and an outline of possible changes that would allow the work to proceed are attached)

reply-closing = Yours faithfully,

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = check box
form-radio = option button
