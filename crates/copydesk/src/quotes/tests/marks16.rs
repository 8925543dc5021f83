//! Regressions (session 16): quotations with marks whose cue or speaker the rules misread.
//! Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // the cue starts right after the speaker: an adverb in -ly, a modal, a negation or an
    // auxiliary between them belongs to it
    cue_takes_an_adverb_in_ly:
        "Tom Pike recently said the pier was “a waste of money.”", []
        => [(Partial, "a waste of money.", "Tom Pike", "recently said")];
    cue_takes_a_modal_and_a_negation:
        "Ann Roe would not comment on “the ferry business.”", []
        => [(Partial, "the ferry business.", "Ann Roe", "would not comment")];
    cue_takes_an_auxiliary_and_adverbs:
        "Ann Roe has also loudly called for “a new pier by June.”", []
        => [(Partial, "a new pier by June.", "Ann Roe", "has also loudly called")];
    // ... the participle after the finite verb's clause is still the cue
    cue_participle_after_an_adverb_and_a_verb:
        "Ann Roe formally announced her deputy on Monday, calling the harbour master Tom Pike “the best in the county.”", []
        => [(Indirect, "her deputy on Monday", "Ann Roe", "formally announced"), (Partial, "the best in the county.", "Ann Roe", "calling")];
    // ... but a capitalised word is no modal: it is part of the speaker's name
    cue_no_capital_modal:
        "Harbour master Ann May said this week that the ferry was “late again.”", []
        => [(Partial, "late again.", "Ann May", "said")];
    // ... nor is a hyphenated name's last part in -ly (regression: it led the cue)
    cue_no_hyphenated_name_in_ly:
        "Omar al-Nakhly said the ferry was “late again.”", []
        => [(Partial, "late again.", "Omar al-Nakhly", "said")];
}

t! {
    // a subject and words of its own before the colon: the cue is those words from the verb,
    // not the colon alone
    speaker_colon_takes_the_verb:
        "When the mayor asked about the ferry, Tom Pike shot back quickly: “The pier stays open.”", []
        => [(Direct, "The pier stays open.", "Tom Pike", "shot back quickly:")];
    // ... and the colon alone right after the subject
    speaker_colon_alone:
        "On the ferry, Tom Pike: “The pier stays open.”", []
        => [(Direct, "The pier stays open.", "Tom Pike", ":")];
}

t! {
    // the participle that introduces the quotation after the finite verb is its cue also when
    // the comma before it closes an earlier quotation, or `before`/`while`/`after` leads it
    participle_after_a_quotation_closing_on_a_comma:
        "Ann Roe said of the plan, “It is late,” adding that the pier was “a waste of money.”", []
        => [(Direct, "It is late,", "Ann Roe", "said"), (Partial, "a waste of money.", "Ann Roe", "adding")];
    participle_after_before:
        "Tom Pike told the board, before insisting the ferry had a “great future” in the town.", []
        => [(Partial, "great future", "Tom Pike", "insisting")];
}

t! {
    // an attribution closing the sentence may go on after its verb with a phrase a preposition
    // opens
    closing_attribution_then_a_phrase:
        "Harbour traffic had “fallen by half” since the storm, the mayor said in a letter to the council.", []
        => [(Partial, "fallen by half", "the mayor", "said")];
}
