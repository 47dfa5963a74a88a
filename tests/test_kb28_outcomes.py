"""kb28: outcome words of typed dev14's merchants, as classes, with sentences of our own: the
present perfect of a sale that went through ("it has passed", "the card has gone through") is a
fix that worked; negated or counted at none it stays a failure or unread."""

from tests.tables import outcome_is

test_present_perfect_is_worked = outcome_is([
    "ok we keyed it properly and it has passed",
    "the card has gone through now, thanks",
    "both sales have passed this time",
], "worked")

test_near_misses = outcome_is([
    ("nothing has gone through", "failed"),
    ("none have passed", "failed"),
    ("still has not gone through", "failed"),
    ("it has not passed", None),
])
