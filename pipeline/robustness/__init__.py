"""Does the row depend on the facts only? Fact-keeping text transformations and the invariance check."""
