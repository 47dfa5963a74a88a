"""dlg58: replies misread during questions and fixes (found walking the bot as a busy merchant),
each fixed as a class of reading, with sentences of our own in zh, zh-hant and en (none copied
from an eval file), and near-misses that keep their old reading."""

from tests.conversation import converse
from tests.tables import answer_read, events, fact_not_read, fact_read, outcome_is

# -- a text from the bank said only as arrived is no debit ----------------------------------------

test_sms_arrived_is_no_debit = fact_not_read([
    "顾客那边收到银行发的短信了",
    "客人話收到銀行短訊",
    "the customer got the bank's sms a minute ago",
    "she got a text from her bank",
], "obs_customer_debited")

test_sms_saying_money_left_is_a_debit = fact_read([
    "顾客收到扣款短信了 三百块",
    "短信说扣了一百二",
    "個客收到消費短訊 扣咗錢",
    "he got an sms saying he was charged 60 dollars",
    "the customer got charged, she showed me",          # no SMS: the money said to have left
], "obs_customer_debited", plain=True)

# ... and to the question that names the bank's SMS, the SMS arriving is its yes
test_sms_arrived_answers_the_sms_question = answer_read([
    "收到短信了",
    "有短信",
    "yes she got the sms",
], "q_debited", "yes")


# -- a try once more that worked is how it went, not a second charge --------------------------------

test_retry_that_worked_is_no_double_charge = fact_not_read([
    "我又按了一次 现在好了",
    "再撳一次 而家得咗",
    "ran the card again and now it works",
    "pressed it again, works now",
], "obs_charged_twice", plain=True)

test_retry_that_worked_is_a_success = outcome_is([
    "我又按了一次 现在好了",
    "ran the card again and now it works",
], "worked")

test_money_twice_is_still_a_double_charge = fact_read([
    "我又按了一次 结果客人说被扣了两笔",                 # the retry, then the money twice
    "再按咗一次 個客話扣咗兩次錢",
    "pressed it again and now the customer was charged twice",
    "swiped again and it timed out again",               # no success said: may have charged
    "又刷了一次还是失败",
], "obs_charged_twice", plain=True)
