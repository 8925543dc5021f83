//! Regressions (session 23, helper quo): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::{Label, QuoteKind};

t! {
    // "declined to comment" and "refused comment" closing the sentence report nothing said;
    // "declined to say" stays unread
    declined_to_comment_reports:
        "A spokesman for the harbour board declined to comment.", []
        => [(Indirect, "to comment", "A spokesman for the harbour board", "declined")];
    refused_comment_reports:
        "Tom Pike refused comment.", [("Tom Pike", Person)]
        => [(Indirect, "comment", "Tom Pike", "refused")];
    declined_to_say_is_no_report:
        "Tom Pike declined to say.", [("Tom Pike", Person)]
        => [];
}

t! {
    // a poll or a study finds, shows, suggests: what follows the verb is what it found, an
    // object as well as a clause, after the poll's modifier ("released Monday", "of island
    // riders"); not a poll inside a relative clause or the object of another verb
    a_poll_released_on_a_day_found_an_object:
        "A poll released Monday found Ann Roe leading Tom Pike by six points.", [("Ann Roe", Person), ("Tom Pike", Person)]
        => [(Indirect, "Ann Roe leading Tom Pike by six points", "A poll", "found")];
    a_survey_of_riders_showed_a_lead:
        "In May, a survey of island riders showed a slim lead for the ferry plan.", []
        => [(Indirect, "a slim lead for the ferry plan", "a survey of island riders", "showed")];
    a_study_by_a_group_found_a_count:
        "A study last spring by the Harbour Institute found 31 cases of fare evasion on the night boats.", [("Harbour Institute", Org)]
        => [(Indirect, "31 cases of fare evasion on the night boats", "A study", "found")];
    a_name_with_the_inside_it_polls:
        "A Harbour Post/Row the Boat Youth Poll finds the fares far beyond what riders pay elsewhere.", [("Harbour Post", Org)]
        => [(Indirect, "the fares far beyond what riders pay elsewhere", "Harbour Post", "finds")];
    polls_there_show_a_clause:
        "Polls there show Tom Pike is trailing Ann Roe before the vote.", [("Ann Roe", Person), ("Tom Pike", Person)]
        => [(Indirect, "Tom Pike is trailing Ann Roe before the vote", "Polls", "show")];
    a_poll_found_is_no_report_after_a_passive:
        "The full survey may be found at the harbour office.", []
        => [];
}

t! {
    // "shows" after "polling" or "poll" is a verb ("Recent polling shows")
    recent_polling_shows_reports:
        "Recent polling shows the new fares cost riders more than the old boats.", []
        => [(Indirect, "the new fares cost riders more than the old boats", "Recent polling", "shows")];
}

t! {
    // a closing attribution whose speaker is a document or a study the phrase reader stops
    // short of: "a Harbour Gazette analysis shows", "a study by …", "disclosures filed …"
    a_closing_analysis_shows:
        "The ferry fares rose sharply in the spring, a Harbour Gazette analysis shows.", [("Harbour Gazette", Org)]
        => [(Indirect, "The ferry fares rose sharply in the spring", "Harbour Gazette", "shows")];
    a_closing_study_by_a_body_found:
        "The fares rose by a third last year, a study by the Institute of Harbour Studies found.", [("Institute of Harbour Studies", Org)]
        => [(Indirect, "The fares rose by a third last year", "Institute of Harbour Studies", "found")];
    closing_disclosures_filed_revealed:
        "The ferry fares rose sharply in the spring, disclosures filed in March revealed.", []
        => [(Indirect, "The ferry fares rose sharply in the spring", "disclosures filed in March", "revealed")];
}

t! {
    // "It" opening a sentence speaks through a verb of saying right after it; "It says a good deal"
    // tells nothing said
    it_said_after_a_body_reports:
        "The harbour agency wrote to the court on Monday. It said the ferry files were lost in a fire.", []
        => [(Indirect, "the ferry files were lost in a fire", "It", "said")];
    it_says_a_lot_is_no_report:
        "The harbour agency wrote to the court on Monday. It says a good deal about the board that nobody came.", []
        => [];
}

t! {
    // a "that" with a verb after it, a few words after "said", is a relative pronoun: the
    // clause starts right after the verb; "said in a notice that" still reads past
    a_relative_that_after_said_is_no_complementizer:
        "The agency said harbour officials hid the files that were sought by the council.", []
        => [(Indirect, "harbour officials hid the files that were sought by the council", "The agency", "said")];
    said_in_a_statement_that_reads_past:
        "The port office said in a notice last week that the files had gone missing.", []
        => [(Indirect, "the files had gone missing", "The port office", "said")];
}

t! {
    // ", with COUNT saying …": the absolute phrase's subject speaks; another participle
    // ("supporting") gives a share of a poll, no report
    with_a_count_saying_reports:
        "The ferry vote was close, with four in 10 saying the new pier would make no difference.", []
        => [(Indirect, "the new pier would make no difference", "four in 10", "saying")];
    with_a_count_supporting_is_no_report:
        "The ferry vote was close, with 40 percent supporting the new pier before the storm.", []
        => [];
}
