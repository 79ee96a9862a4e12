### The letter of a consultation circular and its Annex 1.
### $sg: study group number; $sg_field: the study group's field of work;
### $drafts: the draft Recommendations as one phrase (the `drafts` messages, declined for the place);
### $count: how many drafts there are, for agreement.

# Subject line. $meeting_dates: date-range-days; $meeting_place: place name; $count: how many drafts.
subject = Консультации с Государствами-Членами по { $drafts }, { $count ->
        [1] предлагаемому
       *[other] предлагаемым
    } для утверждения на собрании { $sg }-й Исследовательской комиссии МСЭ-Т ({ $meeting_place }, { $meeting_dates })

salutation =
    Уважаемая госпожа,
    уважаемый господин,

# $meeting_dates: date-range-days-text; $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1;
# $collective_letter: e.g. 3/17; $count: how many drafts.
para-announce = { $sg }-я Исследовательская комиссия МСЭ-Т ({ $sg_field }) намерена применить традиционную процедуру утверждения, описанную в разделе 9 Резолюции 1 ВАСЭ (Пересм. { $wtsa_place }, { $wtsa_year }{ "\u202F" }г.), для утверждения { $drafts } на своем следующем собрании ({ $meeting_place }, { $meeting_dates }). Повестка дня и вся соответствующая информация, касающаяся собрания { $sg }-й Исследовательской комиссии МСЭ-Т, будут представлены в Коллективном письме { $collective_letter }.

para-annex = Названия, резюме и источники проектов Рекомендаций МСЭ-Т, предлагаемых для утверждения, приводятся в Приложении 1.

# $deadline_date: long date; $deadline_time: the time, formatted by time-of-day (23:59, 23 h 59, 23.59).
para-consultation = Настоящий циркуляр открывает официальные консультации с Государствами – Членами МСЭ в соответствии с пунктом 9.4 Резолюции 1 по вопросу о том, могут ли эти тексты быть рассмотрены для утверждения на предстоящем собрании. Государствам-Членам предлагается до { $deadline_time } UTC { $deadline_date } заполнить форму, содержащуюся в Приложении 2, и возвратить ее.

# $threshold: the approval threshold in per cent, e.g. 70.
para-threshold = Если { $threshold }% или более Государств-Членов, представивших ответы, поддержат рассмотрение для утверждения, то применению процедуры утверждения будет посвящено пленарное заседание. Государствам-Членам, не поддерживающим предоставление полномочий для продолжения работы, следует сообщить Директору БСЭ о причинах своих возражений и указать изменения, которые могли бы позволить продолжить работу.

closing = С уважением,

# $count: the number of annexes.
annexes = { $count ->
        [1] Приложение: { $count }
       *[other] Приложения: { $count }
    }

# Heading of an annex. $number: 1, 2.
annex-heading = Приложение { $number }

# Title of Annex 1. $count: how many drafts.
annex-summaries-title = Резюме и источники { $drafts }

# Heading of one draft Recommendation in Annex 1. $rec: draft-name; $source: e.g. R14.
annex-summaries-item = { $rec } ({ $source })

summary-heading = Резюме
