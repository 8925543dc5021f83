//! Regressions (session 15): reported speech in sentences that also hold a quotation with
//! marks, before the first quotation or after the last one. Sentences written for the tests.

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
    // with no such break the words are the quotation's own clause: no reported speech
    no_break_before_the_quote:
        "The clerk said the count was “a mess from start to finish” and would be redone.", []
        => [(Partial, "a mess from start to finish", "The clerk", "said")];
    // after the last quotation, the first speaker goes on: `, but said …`
    after_the_quote_the_first_speaker_goes_on:
        "Ann Roe called the ruling “a disgrace,” but said the council would not appeal it.", []
        => [
            (Partial, "a disgrace,", "Ann Roe", "called"),
            (Indirect, "the council would not appeal it", "Ann Roe", "said")
        ];
    // ... or a clause with its own subject after `, and`
    after_the_quote_a_clause_with_its_own_subject:
        "The mayor criticized the plan as “a gamble” on Monday, and council members said they would vote against it.", []
        => [
            (Partial, "a gamble", "The mayor", "criticized"),
            (Indirect, "they would vote against it", "council members", "said")
        ];
}
