//! Regressions (session 21): "he" and "she" against the honorifics the article itself gives
//! its people. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // "she" skips a person the article calls "Mr." (first names the census gives to both
    // sexes, so only the honorific tells)
    she_skips_a_mister:
        "Robin Adler and Casey Brook met the council on Monday.\n\nMs. Adler asked for a vote. Mr. Brook wanted a delay.\n\n“The town cannot wait,” she said.", []
        => [(Direct, "The town cannot wait,", "Robin Adler", "said")];
    // ... and "he" a person it calls "Ms."
    he_skips_a_miz:
        "Casey Brook and Robin Adler met the council on Monday.\n\nMr. Brook asked for a vote. Ms. Adler wanted a delay.\n\n“The town cannot wait,” he said.", []
        => [(Direct, "The town cannot wait,", "Casey Brook", "said")];
    // ... the honorific opening the mention works the same
    she_after_a_quote_by_a_mister:
        "Robin Adler chairs the board; Casey Brook runs the ferry.\n\n“We sail at dawn,” said Mr. Brook.\n\nLater, “the board agrees,” she said.", []
        => [(Direct, "We sail at dawn,", "Casey Brook", "said"), (Partial, "the board agrees,", "Robin Adler", "said")];
}
