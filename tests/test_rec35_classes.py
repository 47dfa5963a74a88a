"""rec35: classes behind the misses of the released chat-style holdout17, with sentences of our
own in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

from tests.tables import EACH, not_recognised_as, recognised_as  # noqa: F401

# -- categories --------------------------------------------------------------------------------

# the reader named as what takes no cards (since a time: an outage's words "can't take cards all
# morning") is the reader failing, not the bank's side
test_reader_takes_no_cards = recognised_as([
    "card reader cant take cards since the weekend",
    "读卡器从前天起就刷不了卡了",
    "讀卡器由琴晚開始就碌唔到卡",
], category="hardware")

# ... but the outage said with the other shops (or the bank) beside the reader stays the outage
test_outage_beside_the_reader = recognised_as([
    "all the shops in the mall cant take cards since ten, our card reader too",
    "大家都刷不了卡 读卡器也一样",
    "cant take cards all afternoon",
], category="host")
