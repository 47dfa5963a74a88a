"""What the recogniser makes of a message, as the recogniser tests compare it."""


def recognised(recogniser, text):
    """(code, category) of the message."""
    rec = recogniser.recognise(text)
    return rec.code, rec.category
