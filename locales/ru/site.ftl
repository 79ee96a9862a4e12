### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Форма ответа: { $document }
site-languages = Языки
site-document-circular = Циркуляр
site-document-reply-form = Форма ответа
site-pdf = Версия в формате PDF
