### The letter of a consultation circular and its Annex 1.
### $sg: study group number; $sg_field: the study group's field of work;
### $drafts: the draft Recommendations as one phrase (the `drafts` messages, declined for the place);
### $count: how many drafts there are, for agreement.

# Subject line. $meeting_dates: date-range-days; $meeting_place: place name; $count: how many drafts.
subject = 就已确定并建议在ITU-T第{ $sg }研究组会议（{ $meeting_dates }，{ $meeting_place }）上批准的{ $drafts }与成员国进行磋商

salutation = 尊敬的先生/女士：

# $meeting_dates: date-range-days-text; $wtsa_place, $wtsa_year: where and when WTSA last revised Resolution 1;
# $collective_letter: e.g. 3/17; $count: how many drafts.
para-announce = ITU-T第{ $sg }研究组（{ $sg_field }）准备采用WTSA第1号决议（{ $wtsa_year }年，{ $wtsa_place }，修订版）第9节所述的传统批准程序在{ $meeting_dates }于{ $meeting_place }召开的下一次会议上批准上述{ $drafts }。有关ITU-T第{ $sg }研究组会议的议程和所有相关信息将在第{ $collective_letter }号集体函中提供。

para-annex = 建议批准的ITU-T建议书草案的标题、概要及其出处见附件1。

# $deadline_date: long date; $deadline_time: the time, formatted by time-of-day (23:59, 23 h 59, 23.59).
para-consultation = 本通函启动了根据第1号决议第9.4节，就可否在即将召开的会议上审议并批准这些建议书与国际电联成员国进行正式磋商。请成员国在{ $deadline_date }{ $deadline_time }（协调世界时）前填妥并返回附件2中的表格。

# $threshold: the approval threshold in per cent, e.g. 70.
para-threshold = 如果{ $threshold }％以上的成员国在回复中支持审议并批准，则将专门召开一次全体会议，适用批准程序。不支持授权继续往前推动的成员国应向电信标准化局主任通报其反对意见的理由并说明为继续推动该项工作而可能采取的变更措施。

closing = 顺致敬意！

# $count: the number of annexes.
annexes = 附件：{ $count }件

# Heading of an annex. $number: 1, 2.
annex-heading = 附件{ $number }

# Title of Annex 1. $count: how many drafts.
annex-summaries-title = { $drafts }的概要和出处

# Heading of one draft Recommendation in Annex 1. $rec: draft-name; $source: e.g. R14.
annex-summaries-item = { $rec }（{ $source }）

summary-heading = 概要
