### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Reply form: { $document }
site-languages = Languages
site-document-circular = Circular
site-document-reply-form = Reply form
site-pdf = PDF version

# The link that skips the page's navigation; the name of the navigation between documents.
site-skip = Skip to the document
site-documents = Documents
# The link to the index, and the index's title.
site-all-circulars = All circulars
site-index-title = TSB circulars
# A PDF's link text in the index, with its size. $kb: kilobytes, a whole number.
site-pdf-size = PDF, { $kb } KB
