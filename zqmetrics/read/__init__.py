"""Read stage: a report file or text, decoded once, into one row per task (:mod:`.reader`).

Uses the text stage only (normalisation, the header lexicon).
"""
