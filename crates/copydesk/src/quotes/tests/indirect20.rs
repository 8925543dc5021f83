//! Regressions (session 20): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a relative clause whose reported clause lacks its subject: the pronoun stands for it
    which_the_mayor_said_reports_to_the_closing_comma:
        "The board cut the night fares, which the mayor said were far too high, on Monday.", []
        => [(Indirect, "were far too high", "the mayor", "said")];
    what_critics_believe_reports_its_clause:
        "The ferry plan rests on what critics believe is a faulty count of riders.", []
        => [(Indirect, "is a faulty count of riders", "critics", "believe")];
    a_pier_that_engineers_said_would_fail:
        "Work went on at the old pier that the engineers said would fail within a decade.", []
        => [(Indirect, "would fail within a decade", "the engineers", "said")];
    // ... not a verb with an object, whose relative clause ends before the main verb
    the_records_that_she_questioned_are_no_report:
        "The old ledgers that Ann Roe questioned are kept in a locked room at the quay.", []
        => [];
    // ... not a question after "asked" (session 27: the passive is a report with no speaker)
    asked_what_they_think_is_no_report:
        "The pilots were asked what the islanders think is the best route north.", []
        => [(Indirect, "The pilots were asked what the islanders think is the best route north", None, "were asked")];
    // a conjunction opening the sentence before a subject and its apposition
    but_before_a_name_and_its_apposition:
        "But Tom Pike, a ferry pilot, said that the night crossing lost money.", []
        => [(Indirect, "the night crossing lost money", "Tom Pike", "said")];
    // "since" between a perfect's auxiliary and its verb
    has_since_said_reports_its_clause:
        "Ann Roe has since said the night ferry will run all winter.", []
        => [(Indirect, "the night ferry will run all winter", "Ann Roe", "has since said")];
    // a lower-case plural after a leading phrase's comma, before a present plural
    forecasters_after_a_fronted_clause:
        "If the tides keep rising, forecasters say the lower quay will flood by spring.", []
        => [(Indirect, "the lower quay will flood by spring", "forecasters", "say")];
    harbour_surveys_after_yet:
        "The ferry lost riders last winter, yet harbour surveys show riders have come back.", []
        => [(Indirect, "riders have come back", "harbour surveys", "show")];
    // ... not a relative pronoun's subject ("which skippers say" is an object's clause)
    which_skippers_say_is_no_plural_subject:
        "The board kept the old toll, which skippers say hurts the island families.", []
        => [];
}
