### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = استمارة الرد: { $document }
site-languages = اللغات
site-document-circular = الرسالة المعممة
site-document-reply-form = استمارة الرد
site-pdf = نسخة PDF

site-skip = الانتقال إلى الوثيقة
site-documents = الوثائق
site-all-circulars = جميع الرسائل المعممة
site-index-title = الرسائل المعممة لمكتب تقييس الاتصالات
site-pdf-size = ملف PDF، { $kb } كيلوبايت
