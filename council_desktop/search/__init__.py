"""Full-text search over records and attached PDFs, Turkic-language aware."""
