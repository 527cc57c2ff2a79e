"""Per-article analysis: sentences, mentions, quantities, times, attribution, claims."""
