### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Formulaire de réponse{"\u202F"}: { $document }
site-languages = Langues
site-document-circular = Circulaire
site-document-reply-form = Formulaire de réponse
site-pdf = Version PDF
