//! Regressions (session 21, helper quo): reported speech and speakers. Sentences written for
//! the tests.

use super::{Row, run};
use crate::{Label, QuoteKind};

t! {
    // a count of people as the subject: a share with "%", a number in words and "percent",
    // "two in five", a share with an apposed count
    a_percent_sign_count_speaks:
        "In the harbour poll, 62% of ferry riders said the night crossing should stay.", []
        => [(Indirect, "the night crossing should stay", "62% of ferry riders", "said")];
    a_count_in_words_with_a_participle_speaks:
        "Seventy-two percent of registered islanders say the new bridge costs too much.", []
        => [(Indirect, "the new bridge costs too much", "Seventy-two percent of registered islanders", "say")];
    two_in_five_say_reports:
        "Two in five say the ferry toll will rise again next year.", []
        => [(Indirect, "the ferry toll will rise again next year", "Two in five", "say")];
    a_share_and_its_apposed_count_speak:
        "A third of all pilots, 33%, say they would take the early shift.", []
        => [(Indirect, "they would take the early shift", "A third of all pilots", "say")];
    // ... not a count before a verb of stance: the poll, not the share, is the source
    // ... and names no one in it: not the paper whose poll counted them
    a_count_names_no_one_in_it:
        "One in four riders in a Harbour Gazette poll said the fares were too high.", [("Harbour Gazette", Org)]
        => [(Indirect, "the fares were too high", "One in four riders in a Harbour Gazette poll", "said")];
    a_count_that_supports_is_no_report:
        "Of the pilots asked, 40% support the new winter timetable for the quay.", []
        => [];
}

t! {
    // the second part of "Town, State" after "in" closing the chunk before the verb is no
    // speaker: the subject before the chain speaks
    a_state_after_a_town_is_no_speaker:
        "Ann Roe, at a harbour forum in Elm Bay, Maine, said she would \"mend the pier first.\"", []
        => [(Partial, "mend the pier first.", "Ann Roe", "said")];
    places_joined_by_and_after_a_town_are_no_speaker:
        "Westwood, who retired after serving in Elm Bay, Tarn and Holt, praised the new ferry plan.", []
        => [(Indirect, "the new ferry plan", "Westwood", "praised")];
    // ... not a name after a title "of" a town: that is the title's apposition
    a_name_after_a_title_of_a_town_speaks:
        "The harbour master of Elm Bay, Ann Roe, said she would \"mend the pier first.\"", []
        => [(Partial, "mend the pier first.", "Ann Roe", "said")];
}

t! {
    // a short answer ending the sentence: "said yes", "said no", "said the same"
    a_count_said_the_same_reports:
        "Last spring, 26 percent of the pilots said the same.", []
        => [(Indirect, "the same", "26 percent of the pilots", "said")];
    // (session 28: and the question after "Asked", with no speaker)
    asked_then_said_no_reports:
        "Asked if the old pier was safe, the harbour master said no.", []
        => [(Indirect, "if the old pier was safe", None, "Asked"), (Indirect, "no", "the harbour master", "said")];
    // ... not after a modal or a negation
    would_not_say_so_is_no_report:
        "The night pilots would not say so.", []
        => [];
    // "but" meaning "except": the whole phrase speaks, not the name after it
    everyone_but_a_name_speaks_as_a_whole:
        "Everyone but Tom Pike said the night ferry should keep running.", []
        => [(Indirect, "the night ferry should keep running", "Everyone but Tom Pike", "said")];
}
