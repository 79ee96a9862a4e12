### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Reply form: { $document }
site-languages = Languages
site-document-circular = Circular
site-document-reply-form = Reply form
site-pdf = PDF version
