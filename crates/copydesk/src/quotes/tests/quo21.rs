//! Regressions (session 21, helper quo): reported speech and speakers. Sentences written for
//! the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a count of people as the subject: a share with "%", a number in words and "percent",
    // "one in five", a share with an apposed count
    a_percent_sign_count_speaks:
        "In the harbour poll, 62% of ferry riders said the night crossing should stay.", []
        => [(Indirect, "the night crossing should stay", "62% of ferry riders", "said")];
    a_count_in_words_with_a_participle_speaks:
        "Seventy-two percent of registered islanders say the new bridge costs too much.", []
        => [(Indirect, "the new bridge costs too much", "Seventy-two percent of registered islanders", "say")];
    one_in_five_say_reports:
        "One in five say the ferry toll will rise again next year.", []
        => [(Indirect, "the ferry toll will rise again next year", "One in five", "say")];
    a_share_and_its_apposed_count_speak:
        "A third of the pilots, 33%, say they would take the early shift.", []
        => [(Indirect, "they would take the early shift", "A third of the pilots", "say")];
    // ... not a count before a verb of stance: the poll, not the share, is the source
    a_count_that_supports_is_no_report:
        "Of the pilots asked, 40% support the new winter timetable for the quay.", []
        => [];
}

t! {
    // the second half of "Town, State" after "in" closing the chunk before the verb is no
    // speaker: the subject before the chain speaks
    a_state_after_a_town_is_no_speaker:
        "Ann Roe, during a town hall meeting in Elm Bay, Maine, said she was \"going to fix the pier.\"", []
        => [(Partial, "going to fix the pier.", "Ann Roe", "said")];
    places_joined_by_and_after_a_town_are_no_speaker:
        "Westwood, who retired after serving in Elm Bay, Tarn and Holt, praised the new ferry plan.", []
        => [(Indirect, "the new ferry plan", "Westwood", "praised")];
    // ... not a name after a title "of" a town: that is the title's apposition
    a_name_after_a_title_of_a_town_speaks:
        "The deputy mayor of Elm Bay, Ann Roe, said she was \"going to fix the pier.\"", []
        => [(Partial, "going to fix the pier.", "Ann Roe", "said")];
}
