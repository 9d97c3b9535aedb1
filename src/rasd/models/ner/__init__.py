"""Learned Arabic NER: CoNLL readers, CRF features, lexicon building, training, scoring, inference.

The pipeline stage lives in `rasd.stages.ner`; nothing here is imported until it is used.
"""
