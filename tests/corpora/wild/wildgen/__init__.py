"""Generator package for the synthetic PHI evaluation corpus."""
