### The notice that announces the approval of Recommendations after a consultation.
### $sg: study group number; $approved: the approved Recommendations as one phrase (the
### `approved` messages, declined for the place); $count: how many, for agreement.

# Approved Recommendations of one status in running text: "new Recommendations ITU-T X.1214 and ITU-T X.1331".
# $status: new or revised; $count: how many; $refs: their codes (rec-code or rec-ref-former), joined as a list;
# $case: where the phrase stands, for languages that decline it: subject (the Subject line), approval (paragraph 1).
approved = { $case ->
        [approval] { $status ->
            [new] { $count ->
                [1] новую Рекомендацию { $refs }
               *[other] новые Рекомендации { $refs }
            }
           *[revised] { $count ->
                [1] пересмотренную Рекомендацию { $refs }
               *[other] пересмотренные Рекомендации { $refs }
            }
        }
       *[subject] { $status ->
            [new] { $count ->
                [1] новой Рекомендации { $refs }
               *[other] новых Рекомендаций { $refs }
            }
           *[revised] { $count ->
                [1] пересмотренной Рекомендации { $refs }
               *[other] пересмотренных Рекомендаций { $refs }
            }
        }
    }
# An approved amendment in running text. $amendment: its number; $ref: the amended Recommendation (rec-code or
# rec-ref-former); $case: as for approved.
approved-amendment = { $case ->
        [approval] Изменение { $amendment } к Рекомендации { $ref }
       *[subject] Изменения { $amendment } к Рекомендации { $ref }
    }

# Subject line. $count: how many Recommendations.
approval-subject = Утверждение { $approved }

# Paragraph 1. $consultation: circular-name of the consultation; $consultation_date: its long date;
# $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1; $approved_on: the long date of the approval;
# $meeting_place: place name; $meeting_dates: date-range-days-text; $count: how many Recommendations.
approval-para-approval = Со ссылкой на { $consultation } от { $consultation_date } и в соответствии с пунктом 9.5 Резолюции 1 (Пересм. { $wtsa_place }, { $wtsa_year }{ "\u202F" }г.) настоящим сообщаю, что { $approved_on } на своем собрании ({ $meeting_place }, { $meeting_dates }) { $sg }-я Исследовательская комиссия МСЭ-Т утвердила { $approved }.

# Paragraph 2, before the list of titles. $count: how many Recommendations.
approval-para-list = { $count ->
        [1] Название утвержденной Рекомендации:
       *[other] Названия утвержденных Рекомендаций:
    }

# One item of that list. $status: new, revised or amendment; $ref: rec-code or rec-ref-former;
# $amendment: the amendment's number (0 when not an amendment); $title: the Recommendation's title.
approval-item = { $status ->
        [amendment] Изменение { $amendment } к Рекомендации { $ref }: { $title }
       *[other] Рекомендация { $ref }: { $title }
    }

# Paragraph 3. $url: ITU-T's page of Recommendations; $count: how many Recommendations.
approval-para-prepublished = { $count ->
        [1] Предварительно опубликованная Рекомендация будет размещена на веб-сайте МСЭ-Т по адресу: { $url }.
       *[other] Предварительно опубликованные Рекомендации будут размещены на веб-сайте МСЭ-Т по адресу: { $url }.
    }

# Paragraph 4. $count: how many Recommendations.
approval-para-publication = { $count ->
        [1] МСЭ опубликует текст Рекомендации в кратчайшие сроки.
       *[other] МСЭ опубликует тексты Рекомендаций в кратчайшие сроки.
    }
