### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = Предмет: Ответ Государства-Члена на { $circular }: «Консультации по { $drafts }»

# The addressee's postal address, one line each.
reply-to-line-1 = Директору Бюро стандартизации электросвязи
reply-to-line-2 = Международного союза электросвязи
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH-1211 Женева 20, Швейцария

## Fields the Member State fills in.

placeholder-name = [Ф. И. О.]
placeholder-title = [Официальная должность]
placeholder-address = [Адрес]
placeholder-date-place = [Дата], [Место]
placeholder-administration = Администрация [Государства-Члена]

reply-salutation =
    Уважаемая госпожа,
    уважаемый господин,

# $circular: circular-name.
reply-intro = Ссылаясь на { $circular }, касающийся консультаций с Государствами-Членами по перечисленным в нем определенным текстам, сообщаю Вам мнение моей Администрации, изложенное в приведенной ниже таблице.

reply-hint = Просьба отметить одно из двух полей

## The choices for each draft Recommendation. $sg: the study group's number.

choice-authorize = Уполномочивает { $sg }-ю Исследовательскую комиссию рассмотреть этот текст для утверждения (в этом случае просьба выбрать один из двух вариантов ⃝):
choice-no-comments = Замечания или предлагаемые изменения отсутствуют
choice-comments-attached = Замечания и предлагаемые изменения прилагаются
choice-refuse = Не уполномочивает { $sg }-ю Исследовательскую комиссию рассмотреть этот текст для утверждения (причины такой позиции и краткое описание возможных изменений, которые позволили бы продолжить работу, прилагаются)

reply-closing = С уважением,

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = флажок
form-radio = переключатель
