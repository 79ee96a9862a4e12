### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Formulario de respuesta: { $document }
site-languages = Idiomas
site-document-circular = Circular
site-document-reply-form = Formulario de respuesta
site-pdf = Versión PDF
