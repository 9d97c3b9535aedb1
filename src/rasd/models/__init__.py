"""Feature extraction and training code for the learned stages."""
