//! Regressions (session 14): quotations with marks whose speaker or cue the rules missed or
//! misread. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // the subject pattern (no verb of saying) names the predicate after the subject as the cue:
    // an auxiliary or adverb with the verb after it, or the verb alone
    subject_pattern_cue_is_the_predicate:
        "Mayor Linda Haverford has coined a new phrase, “pier people,” for the volunteers who rebuilt the dock.", []
        => [(Partial, "pier people,", "Linda Haverford", "has coined")];
    subject_pattern_cue_after_an_adverb:
        "Mayor Linda Haverford also bemoaned the “endless paperwork of the state” at the meeting.", []
        => [(Partial, "endless paperwork of the state", "Linda Haverford", "also bemoaned")];
    subject_pattern_cue_present_tense:
        "Councilwoman Ann Roe hits the mayor for “wasting the harbour fund on consultants.”", []
        => [(Partial, "wasting the harbour fund on consultants.", "Ann Roe", "hits")];
    // a verb outside the lexicon between the subject and the colon before the quotation
    verb_colon_outside_the_lexicon:
        "Ms. Ruiz then boomed: “Nobody leaves this room until the vote is done.”", []
        => [(Direct, "Nobody leaves this room until the vote is done.", "Ruiz", "then boomed")];
    verb_colon_present_tense:
        "The harbour study makes the point plainly: “The pier cannot be saved.”", []
        => [(Direct, "The pier cannot be saved.", "The harbour study", "makes")];
    // a form in -s before the base form of a cue is a plural noun of the subject, not its verb
    plural_noun_before_a_base_form_cue:
        "Local TV shows show the mayor was “very angry with the council” after the vote.", []
        => [(Partial, "very angry with the council", "Local TV", "show")];
}
