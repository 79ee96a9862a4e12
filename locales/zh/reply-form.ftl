### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = 事由：成员国对{ $circular }“就已确定的{ $drafts }进行磋商”的回复

# The addressee's postal address, one line each.
reply-to-line-1 = 国际电信联盟
reply-to-line-2 = 电信标准化局主任
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH 1211 Geneva 20, Switzerland

## Fields the Member State fills in.

placeholder-name = [姓名]
placeholder-title = [正式职务]
placeholder-address = [地址]
placeholder-date-place = [日期，][地点]
placeholder-administration = [成员国]主管部门

reply-salutation = 尊敬的先生/女士：

# $circular: circular-name.
reply-intro = 有关就{ $circular }中所列的已确定案文与成员国进行磋商一事，我谨向您通报我主管部门的意见，如下表所述。

reply-hint = 请选择两个方框中的一个

## The choices for each draft Recommendation. $sg: the study group's number.

choice-authorize = 授权第{ $sg }研究组审议批准该案文（在这种情况下，请选择两种方案⃝中的一种）：
choice-no-comments = 没有意见或不建议修改
choice-comments-attached = 意见和建议的变更附后
choice-refuse = 不授权第{ $sg }研究组审议批准该案文（秉持这种意见的理由并附上为继续推动该项工作而可能采取的变更措施概述）

reply-closing = 顺致敬意！

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = 复选框
form-radio = 单选按钮
