### The web page around each document.

# Title of a page. $document: the document's name.
page-title-circular = { $document }
page-title-reply-form = 回复表：{ $document }
site-languages = 语言
site-document-circular = 通函
site-document-reply-form = 回复表
site-pdf = PDF版本

site-skip = 跳至正文
site-documents = 文件
site-all-circulars = 所有通函
site-index-title = 电信标准化局通函
site-pdf-size = PDF，{ $kb } KB
