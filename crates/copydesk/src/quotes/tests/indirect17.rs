//! Regressions (session 17): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a doubled past of a listed verb: "slammed", "slamming"
    slammed_reports_its_object:
        "The ferry captain slammed the new toll on the harbour bridge.", []
        => [(Indirect, "the new toll on the harbour bridge", "The ferry captain", "slammed")];
    // "rail" with its particle: against, at, about
    railed_against_reports_its_object:
        "Ann Roe railed against the plan to close the night ferry.", []
        => [(Indirect, "the plan to close the night ferry", "Ann Roe", "railed")];
    // ... never without it
    railed_without_its_particle_is_no_report:
        "The old pier railed for most of a century before the storm took it.", []
        => [];
    // "tweeted" reports a clause or its object ("tweets" stays a plural noun)
    tweeted_reports_its_clause:
        "Mayor Ann Roe tweeted that the ferry would run all winter.", []
        => [(Indirect, "the ferry would run all winter", "Ann Roe", "tweeted")];
    tweets_is_a_plural_noun:
        "His tweets about the ferry drew many replies from the island.", []
        => [];
    // a verb of stance reports a name of one or two words
    endorsed_a_short_name:
        "The harbour board endorsed Ann Roe.", []
        => [(Indirect, "Ann Roe", "The harbour board", "endorsed")];
    backed_a_one_word_name:
        "He backed Pike.", []
        => [(Indirect, "Pike", "He", "backed")];
    // ... not a short object that is no name, nor a name after another verb
    endorsed_a_pronoun_is_no_report:
        "The harbour board endorsed it.", []
        => [];
    praised_a_short_name_is_no_report:
        "The harbour board praised Ann Roe.", []
        => [];
    // a comma and a conjunction of contrast open a second report with its own subject
    while_opens_a_second_speakers_report:
        "Most riders said the ferry was too slow, while the harbour board said the timetable would stay as it is.", []
        => [
            (Indirect, "the ferry was too slow", "Most riders", "said"),
            (Indirect, "the timetable would stay as it is", "the harbour board", "said")
        ];
    though_opens_a_second_report_of_the_same_speaker:
        "Ann Roe said the pier would reopen in June, though she conceded that the repairs might run late.", []
        => [
            (Indirect, "the pier would reopen in June", "Ann Roe", "said"),
            (Indirect, "the repairs might run late", "Ann Roe", "conceded")
        ];
    // a fronted clause of contrast holds a report of its own, up to its comma
    a_report_in_a_fronted_while_clause:
        "While Ann Roe said the pier was safe, the harbour board closed it for the winter.", []
        => [(Indirect, "the pier was safe", "Ann Roe", "said")];
    // ... beside the main clause's report
    a_fronted_though_clause_and_a_main_report:
        "Though the mayor has repeatedly said the ferry will run all winter, the harbour board says the boats need new engines.", []
        => [
            (Indirect, "the ferry will run all winter", "the mayor", "has repeatedly said"),
            (Indirect, "the boats need new engines", "the harbour board", "says")
        ];
    // ... not a fronted clause of condition
    no_report_in_a_fronted_if_clause:
        "If Ann Roe says the pier is safe, the harbour board will reopen it in June.", []
        => [];
}
