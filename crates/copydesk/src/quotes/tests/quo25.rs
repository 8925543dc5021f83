//! Regressions (session 25, helper quo): reported speech and page text. Sentences written for
//! the tests.

use super::{Row, rows, run};
use crate::{Label, Parser, QuoteKind};

t! {
    // an imperative or a sentence adverb alone names no speaker
    please_note_that_reports_nothing:
        "Please note that our ferry office shuts at noon on Saturdays.", []
        => [];
    stay_informed_about_reports_nothing:
        "Stay informed about new parking rules at the harbour.", []
        => [];
    a_sentence_adverb_and_an_apposition_report_nothing:
        "Additionally, mooring fees, usually set by the marina, can add a tenth to the bill.", []
        => [];
    // an additive adverb opening the sentence is skipped: the subject after it speaks
    a_participle_after_plus_is_the_subjects:
        "Plus, most of the stalls now take cards, showing how fast the market has changed.", []
        => [(Indirect, "how fast the market has changed", "most of the stalls", "showing")];
    likewise_then_the_subject_speaks:
        "Likewise, Ann Roe went after the harbour board for its delays and called for a new chair to be named.", [("Ann Roe", Person)]
        => [(Indirect, "a new chair to be named", "Ann Roe", "called")];
}

/// The quotes of an article with its own headline and body.
fn titled(title: &str) -> Vec<Row> {
    let parser = Parser::builder().build().expect("parser builds");
    rows(&parser.parse(&format!(
        "{title}\n\nThe harbour board met on Monday to set the fares for the coming year.\n"
    )))
}

#[test]
fn a_how_to_headline_names_no_speaker() {
    // (session 25) a question word before "To" and a colon is a guide's title, not a speaker
    for title in [
        "How To Mend A Fishing Net: A Short Guide",
        "Why To Visit The Harbour In Winter: Five Reasons",
    ] {
        assert_eq!(titled(title), Vec::<Row>::new(), "{title}");
    }
}

t! {
    // (session 25) a line of labels in capitals, each with its colon, is a sheet of facts
    // (`CPU: … | RAM: …`), not a transcript line of the person the first label names
    a_line_of_labels_is_no_transcript:
        "The ferry timetable was set by Ann Roe.\n\nROE: The boats will run all winter | FARES: two pounds a trip", [("Ann Roe", Person)]
        => [];
    a_transcript_line_with_one_label_still_reports:
        "The mayor spoke to Ann Roe on the radio.\n\nROE: The night boats will keep running all winter.", [("Ann Roe", Person)]
        => [(Indirect, "The night boats will keep running all winter", "Ann Roe", ":")];
}
