//! Attribution patterns, end to end through the parser.
