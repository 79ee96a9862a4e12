### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = استمارة الرد: { $document }
site-languages = اللغات
site-document-circular = الرسالة المعممة
site-document-reply-form = استمارة الرد
site-pdf = نسخة PDF
