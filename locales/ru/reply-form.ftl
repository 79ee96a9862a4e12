### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = Предмет: Ответ Государства-Члена на { $circular }: «Консультации по { $drafts }»

# The addressee's postal address, one line each.
reply-to-line-1 = Директору Бюро стандартизации электросвязи
reply-to-line-2 = Международного союза электросвязи
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH-1211 Женева 20, Швейцария

## Fields the Member State fills in: the labels of the web form and of the printed form.

field-name = Ф. И. О.
field-title = Официальная должность
field-address = Адрес
field-place = Место:
field-signature = Подпись
field-administration = Администрация Государства-Члена

reply-salutation =
    Уважаемая госпожа,
    уважаемый господин,

# $circular: circular-name.
reply-intro = Ссылаясь на { $circular }, касающийся консультаций с Государствами-Членами по перечисленным в нем определенным текстам, сообщаю Вам мнение моей Администрации, изложенное в приведенной ниже таблице.

reply-hint = Просьба отметить одно из двух полей

## The table of choices: its column headings.

choices-head-draft = Проект Рекомендации
choices-head-opinion = Мнение Администрации

## The choices for each draft Recommendation. $sg: the study group's number; $mark: the drawn
## circle of the option buttons (a small picture, not text), where the sentence points to them.

choice-authorize = Уполномочивает { $sg }-ю Исследовательскую комиссию рассмотреть этот текст для утверждения (в этом случае просьба выбрать один из двух вариантов { $mark }):
choice-no-comments = Замечания или предлагаемые изменения отсутствуют
choice-comments-attached = Замечания и предлагаемые изменения прилагаются
choice-refuse = Не уполномочивает { $sg }-ю Исследовательскую комиссию рассмотреть этот текст для утверждения (причины такой позиции и краткое описание возможных изменений, которые позволили бы продолжить работу, прилагаются)

reply-closing = С уважением,

## The answers as the e-mail sent from the web form lists them. $sg: the study group's number.

answer-authorize-no-comments = Уполномочивает { $sg }-ю Исследовательскую комиссию рассмотреть этот текст для утверждения; замечания или предлагаемые изменения отсутствуют
answer-authorize-comments = Уполномочивает { $sg }-ю Исследовательскую комиссию рассмотреть этот текст для утверждения; замечания и предлагаемые изменения прилагаются
answer-refuse = Не уполномочивает { $sg }-ю Исследовательскую комиссию рассмотреть этот текст для утверждения; причины такой позиции и краткое описание возможных изменений прилагаются
answer-missing = Ответ не указан

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = флажок
form-radio = переключатель

## Names of the PDF form fields that hold the choices, for readers that speak the form aloud.
## $draft: the draft Recommendation's name ("Draft new Recommendation ITU-T X.1214 (ex X.samtn)").

field-decision = { $draft }: предоставление полномочий
field-comments = { $draft }: замечания

## Sending and printing the form (web page only).

form-send = Отправить по электронной почте
form-send-note = Открывает Вашу почтовую программу с сообщением на адрес { $email }, в котором перечислены Ваши ответы; просьба до отправки приложить замечания, если таковые имеются.
form-print = Распечатать или сохранить в формате PDF
form-clear = Очистить форму
form-no-script = Для ответа распечатайте эту форму или сохраните ее в формате PDF с помощью меню браузера и отправьте по электронной почте по адресу:
form-kept = Ваши ответы хранятся в этом браузере, пока Вы не очистите форму.
mail-subject = Ответ Государства-Члена на { $circular }
