"""lead17: classes found by using posbot as merchants type, with sentences of our own in zh,
zh-hant and en, and near-misses that keep their old reading."""

from tests.tables import EACH, answer_not_read, answer_read

# -- a bare "no" to "any of these?" is the ordinary answer --------------------------------------

# "出问题之前有没有什么变化？" - "没有": nothing changed. It had been read as "not sure" (no
# choice made), after which only easy questions are asked; the question's `no_means` names the
# answer a bare no gives.
NOTHING_CHANGED = ["没有", "没有啊", "都没有", "冇", "冇喎", "沒有啊", "no", "nope", "nah nothing",
                   "no, not that i know", "没有 今天早上才这样"]
test_bare_no_is_nothing_changed = answer_read(NOTHING_CHANGED, "q_recent_change", "nothing")
test_bare_no_is_the_plain_sale = answer_read(["没有", "冇啊", "no", "nope, none of that"],
                                             "q_sale_steps", "normal")
test_bare_no_is_cables_fine = answer_read(["没有", "冇", "no"], "q_cables", "fine")
test_bare_no_is_nothing_by_the_place = answer_read(["没有", "冇呀", "nope"], "q_place", "counter")
test_bare_no_is_tap_area_clear = answer_read(["没有", "沒有", "no"], "q_tap_area", "clear")
test_bare_no_is_neither_on_the_completion = answer_read(["没有", "no"], "q_preauth_completion",
                                                        "neither")

# near misses: a fact after the no answers by itself; "no" as a determiner is no bare no
test_fact_after_no_answers = answer_read([("没有 就是前天摔了一下", "dropped"),
                                          ("no but we got a new router", "router"),
                                          ("冇呀 就係換咗個路由器", "router")], "q_recent_change", EACH)
test_determiner_no_is_not_counter = answer_not_read(["no signal out there", "没有信号",
                                                     "no power at the stall"], "q_place", "counter")
test_fact_after_no_is_not_nothing = answer_not_read(["没有 就是前天摔了一下",
                                                     "no but we got a new router"],
                                                    "q_recent_change", "nothing")

