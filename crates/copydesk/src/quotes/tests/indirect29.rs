//! Regressions (session 29, helper ind): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // "made it clear that" / "has made clear": the subject speaks the clause, its auxiliaries
    // and "clear" the cue
    made_it_clear_that_has_its_subject_speak:
        "Mira Solten made it clear that she would not back the winter tolls.", []
        => [(Indirect, "she would not back the winter tolls", "Mira Solten", "made it clear")];
    has_also_made_clear_keeps_its_auxiliary:
        "The harbour board has also made clear that the north pier will close in May.", []
        => [(Indirect, "the north pier will close in May", "The harbour board", "has also made clear")];
    // ... a time, or "to" and a listener, before "that"
    made_clear_a_time_then_that:
        "Tomas Varik made clear on Tuesday that the ferry would keep running.", []
        => [(Indirect, "the ferry would keep running", "Tomas Varik", "made clear")];
    made_it_clear_to_a_listener_that:
        "Tomas Varik made it clear to the skippers that the tolls would rise.", []
        => [(Indirect, "the tolls would rise", "Tomas Varik", "made it clear")];
    // ... a clause opening at once, with no "that", and a "that" inside it left there
    made_it_clear_with_no_that:
        "Mira Solten made it clear the remark about the crane had hurt her crew.", []
        => [(Indirect, "the remark about the crane had hurt her crew", "Mira Solten", "made it clear")];
    // ... the outer report wins over a verb of speech inside the clause
    made_clear_wins_over_a_verb_inside:
        "Tomas Varik made it clear that he wants the night ferry to keep running.", []
        => [(Indirect, "he wants the night ferry to keep running", "Tomas Varik", "made it clear")];
    // ... not "clear" as an adjective or a verb, nor a preposition after it
    it_is_not_clear_is_no_report:
        "It is not clear whether the north pier will close in May.", []
        => [];
    cleared_the_way_is_no_report:
        "The harbour board made the road clear for the new cranes last week.", []
        => [];
    made_clear_in_a_letter_is_no_report:
        "Mira Solten made clear in a long letter her anger at the board.", []
        => [];
    // "talks about" after a name or a pronoun: the words after "about" are reported
    talks_about_after_a_name:
        "Mira Solten talks about a new harbour for the island and its ferries.", []
        => [(Indirect, "a new harbour for the island and its ferries", "Mira Solten", "talks")];
    talks_about_after_a_pronoun:
        "She frequently talks about the way the dockers saved the old crane.", []
        => [(Indirect, "the way the dockers saved the old crane", "She", "frequently talks")];
    talks_about_after_often:
        "Mira Solten often talks about the old crane and the dockers who saved it.", []
        => [(Indirect, "the old crane and the dockers who saved it", "Mira Solten", "often talks")];
    // ... not the noun: "the talks", "the peace talks"
    the_talks_about_is_no_report:
        "The talks about the border crossing broke down on Friday night.", []
        => [];
    peace_talks_about_is_no_report:
        "The long peace talks about the border crossing broke down on Friday night.", []
        => [];
    // "encouraged" and "ordered" take a listener, then "to" (or "that"), as "urged" does
    encouraged_a_listener_to:
        "Mira Solten encouraged the skippers to join her in a strike on the pier.", []
        => [(Indirect, "to join her in a strike on the pier", "Mira Solten", "encouraged")];
    ordered_that_reports_its_clause:
        "Judge Tomas Varik ordered that the ferry records be released by Thursday.", []
        => [(Indirect, "the ferry records be released by Thursday", "Tomas Varik", "ordered")];
    // ... not an object with no "to", nor the adjective or the noun
    ordered_an_object_is_no_report:
        "Judge Tomas Varik ordered the release of the ferry records last week.", []
        => [];
    were_encouraged_by_is_no_report:
        "The skippers were encouraged by the results of the harbour vote.", []
        => [];
    the_orders_are_no_report:
        "The orders from the harbour board reached the skippers on Friday.", []
        => [];
    // "reminded X of/about …": the words after the particle are reported, a "that" inside
    // them left there
    reminded_a_listener_of:
        "Mira Solten reminded the mayor of the storm that flooded the north pier.", []
        => [(Indirect, "the storm that flooded the north pier", "Mira Solten", "reminded")];
    reminded_a_listener_that:
        "Mira Solten reminded voters that the north pier had been closed for years.", []
        => [(Indirect, "the north pier had been closed for years", "Mira Solten", "reminded")];
    // "reportedly" after a plain subject: the clause reported with no speaker, "reportedly"
    // the cue
    reportedly_reports_with_no_speaker:
        "The harbour board has reportedly sold the north pier to a shipping firm.", []
        => [(Indirect, "The harbour board has reportedly sold the north pier to a shipping firm", None, "reportedly")];
    // ... a verb of speech after it keeps its subject as the speaker
    reportedly_argued_has_its_subject_speak:
        "Mira Solten reportedly argued that the winter tolls were far too high.", []
        => [(Indirect, "the winter tolls were far too high", "Mira Solten", "reportedly argued")];
    // ... not opening the sentence, nor before a capitalised word
    reportedly_opening_is_no_report:
        "Reportedly, the harbour board sold the north pier to a shipping firm.", []
        => [];
}
