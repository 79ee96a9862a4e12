### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = Форма ответа: { $document }
site-languages = Языки
site-document-circular = Циркуляр
site-document-reply-form = Форма ответа
site-pdf = Версия в формате PDF

site-skip = Перейти к документу
site-documents = Документы
site-all-circulars = Все циркуляры
site-index-title = Циркуляры БСЭ
site-pdf-size = PDF, { $kb } КБ
