//! Regressions (session 15): reported speech in sentences that also hold a quotation with
//! marks, before the first quotation. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // the words before the quotation, up to a comma before a participle of saying
    before_the_quote_up_to_a_participle:
        "Mayor Linda Haverford praised the new harbour wall, saying: “It will hold for fifty years.”", []
        => [
            (Indirect, "the new harbour wall", "Linda Haverford", "praised"),
            (Direct, "It will hold for fifty years.", "Linda Haverford", "saying")
        ];
    // ... up to "and" before a finite verb of saying
    before_the_quote_up_to_and_said:
        "Tom Brandt backed the ferry budget for next year and said, “The boats need new engines.”", []
        => [
            (Indirect, "the ferry budget for next year", "Tom Brandt", "backed"),
            (Direct, "The boats need new engines.", "Tom Brandt", "said")
        ];
    // ... up to a comma before "while" (the clause after it is the quotation's)
    before_the_quote_up_to_while:
        "Ann Roe argued the bridge should stay closed, while Tom Pike told the board: “The repairs are nearly done.”", []
        => [
            (Indirect, "the bridge should stay closed", "Ann Roe", "argued"),
            (Direct, "The repairs are nearly done.", "Tom Pike", "told")
        ];
    // ... or a semicolon
    before_the_quote_up_to_a_semicolon:
        "Ann Roe defended the new pier budget at length; Tom Pike told the board: “It is far too high.”", []
        => [
            (Indirect, "the new pier budget at length", "Ann Roe", "defended"),
            (Direct, "It is far too high.", "Tom Pike", "told")
        ];
    // with no such break the words are the quotation's own clause: no reported speech
    no_break_before_the_quote:
        "The clerk said the count was “a mess from start to finish” and would be redone.", []
        => [(Partial, "a mess from start to finish", "The clerk", "said")];
}
