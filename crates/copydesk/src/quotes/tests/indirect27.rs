//! Regressions (session 27, helper ind): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a prediction after "be" and "expected to": reported with no speaker, "be" to "expected"
    // the cue
    expected_to_reports_with_no_speaker:
        "Tomas Varik is expected to resign from the ferry board on Friday.", []
        => [(Indirect, "Tomas Varik is expected to resign from the ferry board on Friday", None, "is expected")];
    not_expected_to_keeps_its_not:
        "The night crossing was not expected to reopen before the spring tides.", []
        => [(Indirect, "The night crossing was not expected to reopen before the spring tides", None, "was not expected")];
    // ... the clause after ", but" alone
    expected_to_after_but_is_its_clause:
        "The quay was rebuilt in May, but the new crane is expected to arrive in the autumn.", []
        => [(Indirect, "the new crane is expected to arrive in the autumn", None, "is expected")];
    // ... a relative clause to the comma before the main verb
    which_is_expected_to_ends_at_the_main_verb:
        "The toll plan, which is expected to pass easily, would double the fares at Halden Works.", []
        => [(Indirect, "which is expected to pass easily", None, "is expected")];
    // ... a verb of speech after "to": the subject speaks what follows it
    expected_to_announce_has_its_subject_speak:
        "Halden Works is expected to announce that the yard will close in March.", []
        => [(Indirect, "the yard will close in March", "Halden Works", "is expected to announce")];
    // ... not "expected" with no "to" after it
    expected_with_no_to_is_no_report:
        "The new harbour crane is expected at the quay before the spring tides.", []
        => [];
    results_as_expected_are_no_report:
        "The harbour tolls rose sharply last winter, as many skippers had long expected.", []
        => [];
    // a passive of report or judgment with no agent: reported with no speaker
    was_asked_reports_with_no_speaker:
        "Tomas Varik was asked about the night fares at the harbour meeting.", []
        => [(Indirect, "Tomas Varik was asked about the night fares at the harbour meeting", None, "was asked")];
    is_said_to_takes_its_to:
        "Tomas Varik is said to favour the night fares at the harbour.", []
        => [(Indirect, "Tomas Varik is said to favour the night fares at the harbour", None, "is said")];
    // ... not with its agent after "by", nor after a relative pronoun
    asked_by_an_agent_is_no_unspoken_report:
        "Tomas Varik was asked by the harbour board to stay on until May.", []
        => [];
    a_relative_passive_is_no_report:
        "The old pilot, who was asked twice on the fares, stood at the quay for an hour.", []
        => [];
    // a poll opening the sentence after "In": the poll speaks the clause after its comma
    in_a_poll_opens_a_finding:
        "In a Harbour Gazette poll released Monday, Tomas Varik led the mayor by six points.", []
        => [(Indirect, "Tomas Varik led the mayor by six points", "Harbour Gazette", "In")];
    in_the_survey_with_its_participle:
        "In the latest island survey, conducted in May, the night fares kept a narrow lead.", []
        => [(Indirect, "the night fares kept a narrow lead", "the latest island survey, conducted in May", "In")];
    // ... not a phrase about something else that mentions polls
    in_a_letter_about_polls_is_no_poll:
        "In a letter sent while the polls were open, the ferry board cut the night fares.", []
        => [];
    in_the_polls_without_a_clause_is_no_report:
        "In the polls, anyway.", []
        => [];
}
