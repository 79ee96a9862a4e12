### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Formulario de respuesta: { $document }
site-languages = Idiomas
site-document-circular = Circular
site-document-reply-form = Formulario de respuesta
site-pdf = Versión PDF

site-skip = Ir al documento
site-documents = Documentos
site-all-circulars = Todas las circulares
site-index-title = Circulares TSB
site-pdf-size = PDF, { $kb } KB
