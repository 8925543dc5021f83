//! Regressions (session 17): quotations with marks that the rules joined or split wrongly.
//! Sentences written for the tests.

use super::{Row, run};
use crate::{Label, QuoteKind};

t! {
    // a participle cue right before the next quotation opens an attribution of its own: two
    // quotes, the second with the participle as its cue and the same speaker
    participle_before_the_next_quotation_splits:
        "“The pier will open in May,” Ann Roe said, adding: “The ferry will follow in June.”", []
        => [
            (Direct, "The pier will open in May,", "Ann Roe", "said"),
            (Direct, "The ferry will follow in June.", "Ann Roe", "adding")
        ];
    participle_and_comma_before_the_next_quotation_splits:
        "“The pier will open in May,” Ann Roe said, noting, “The ferry will follow in June.”", []
        => [
            (Direct, "The pier will open in May,", "Ann Roe", "said"),
            (Direct, "The ferry will follow in June.", "Ann Roe", "noting")
        ];
    // ... but a participle that reports a clause of its own before the next quotation leaves
    // that quotation to the first one's attribution
    participle_with_a_clause_keeps_one_quote:
        "“The pier will open in May,” Ann Roe said, noting that the council did not vote on the plan. “The ferry will follow in June.”", []
        => [
            (Direct, "The pier will open in May, The ferry will follow in June.", "Ann Roe", "said"),
            (Indirect, "the council did not vote on the plan", "Ann Roe", "noting")
        ];
}

t! {
    // after a closed sentence, an attribution ending in a colon introduces the next quotation:
    // the quotation before it continues the earlier speaker
    colon_attribution_introduces_the_next_quotation:
        "“We are sailors,” Ann Roe said. “We are not pirates.” Tom Pike said: “The storm was the worst in years.”", []
        => [
            (Direct, "We are sailors, We are not pirates.", "Ann Roe", "said"),
            (Direct, "The storm was the worst in years.", "Tom Pike", "said")
        ];
    colon_pronoun_attribution_introduces_the_next_quotation:
        "“The pier is open,” Tom Pike wrote. “Go and see it.” He added: “The ferry is late again.”", []
        => [
            (Direct, "The pier is open, Go and see it.", "Tom Pike", "wrote"),
            (Direct, "The ferry is late again.", "Tom Pike", "added")
        ];
    // ... but a quotation closed by a comma still takes the attribution after it
    colon_attribution_after_a_comma_keeps_the_quotation:
        "“We are sailors,” Ann Roe said: “We are not pirates.”", []
        => [(Direct, "We are sailors, We are not pirates.", "Ann Roe", "said")];
}

t! {
    // a relative clause between the speaker's words and the verb after the quotation: a verb of
    // speech inside it is the clause's own (`asked` in `who asked that her name be withheld`), not the attribution
    relative_clause_with_a_speech_verb_before_the_cue:
        "“It is a mess,” one official, who asked that her name be withheld, said of the pier.", []
        => [(Direct, "It is a mess,", "one official", "said")];
    relative_clause_with_a_reporting_verb_before_the_cue:
        "“It is a mess,” Tom Pike, who told reporters he was tired, said on Monday.", [("Tom Pike", Person)]
        => [(Direct, "It is a mess,", "Tom Pike", "said")];
}
