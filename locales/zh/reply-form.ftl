### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = 事由：成员国对{ $circular }“就已确定的{ $drafts }进行磋商”的回复

# The addressee's postal address, one line each.
reply-to-line-1 = 国际电信联盟
reply-to-line-2 = 电信标准化局主任
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH 1211 Geneva 20, Switzerland

## Fields the Member State fills in: the labels of the web form and of the printed form.

field-name = 姓名
field-title = 正式职务
field-address = 地址
field-place = 地点：
field-signature = 签字
field-administration = 成员国主管部门

reply-salutation = 尊敬的先生/女士：

# $circular: circular-name.
reply-intro = 有关就{ $circular }中所列的已确定案文与成员国进行磋商一事，我谨向您通报我主管部门的意见，如下表所述。

reply-hint = 请选择两个方框中的一个

## The table of choices: its column headings.

choices-head-draft = 建议书草案
choices-head-opinion = 主管部门的意见

## The choices for each draft Recommendation. $sg: the study group's number; $mark: the drawn
## circle of the option buttons (a small picture, not text), where the sentence points to them.

choice-authorize = 授权第{ $sg }研究组审议批准该案文（在这种情况下，请选择两种方案{ $mark }中的一种）：
choice-no-comments = 没有意见或不建议修改
choice-comments-attached = 意见和建议的变更附后
choice-refuse = 不授权第{ $sg }研究组审议批准该案文（秉持这种意见的理由并附上为继续推动该项工作而可能采取的变更措施概述）

reply-closing = 顺致敬意！

## The answers as the e-mail sent from the web form lists them. $sg: the study group's number.

answer-authorize-no-comments = 授权第{ $sg }研究组审议批准该案文，没有意见或不建议修改
answer-authorize-comments = 授权第{ $sg }研究组审议批准该案文，意见和建议的变更附后
answer-refuse = 不授权第{ $sg }研究组审议批准该案文，秉持这种意见的理由及可能采取的变更措施概述附后
answer-missing = 未作答

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = 复选框
form-radio = 单选按钮

## Names of the PDF form fields that hold the choices, for readers that speak the form aloud.
## $draft: the draft Recommendation's name ("Draft new Recommendation ITU-T X.1214 (ex X.samtn)").

field-decision = { $draft }：授权
field-comments = { $draft }：意见

## Sending and printing the form (web page only).

form-send = 通过电子邮件发送
form-send-note = 将打开您的电子邮件程序，生成一封发往{ $email }并列出您各项答复的邮件；如有意见，请在发送前附上。
form-print = 打印或另存为PDF
form-clear = 清除表格
form-no-script = 如需回复，请通过浏览器菜单打印本表格或将其另存为PDF，然后以电子邮件发送至：
form-kept = 在您清除表格之前，您的答复将保存在本浏览器中。
mail-subject = 成员国对{ $circular }的回复
