"""What a record is: enumerations, validation and Turkic-aware text folding. Knows no SQL and no Qt."""
