"""Event extraction: lexicon triggers, clauses, modality, learned filters, arguments, scoring.

The events stage (rasd.stages.events) wires these together; nothing here loads at import time.
"""
