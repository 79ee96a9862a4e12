### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Formulaire de réponse{"\u202F"}: { $document }
site-languages = Langues
site-document-circular = Circulaire
site-document-reply-form = Formulaire de réponse
site-pdf = Version PDF

site-skip = Aller au document
site-documents = Documents
site-all-circulars = Toutes les circulaires
site-index-title = Circulaires TSB
site-pdf-size = PDF, { $kb } Ko
