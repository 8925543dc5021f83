//! Regressions (session 24, helper quo): reported speech. Sentences written for the tests.

use super::{Row, rows, run};
use crate::{Label, Parser, QuoteKind};

t! {
    // a verb with a one-word name as its object, then a comma and a participle of the same
    // speaker: two reports, the object the first one's (before a quotation, and in a
    // sentence without one)
    a_name_object_then_saying_before_a_quotation:
        "Tom Pike endorsed Venn, saying, \"She will keep the night boats running all winter.\"", [("Tom Pike", Person), ("Venn", Person)]
        => [(Indirect, "Venn", "Tom Pike", "endorsed"), (Direct, "She will keep the night boats running all winter.", "Tom Pike", "saying")];
    a_name_object_then_saying_without_a_quotation:
        "Tom Pike endorsed Venn, saying she would keep the night boats running.", [("Tom Pike", Person), ("Venn", Person)]
        => [(Indirect, "Venn", "Tom Pike", "endorsed"), (Indirect, "she would keep the night boats running", "Tom Pike", "saying")];
}

t! {
    // a verb of speech with a long object, then "and" and a verb of the same speaker: two
    // reports (the object is no clause: no pronoun, "that" or auxiliary in it)
    a_long_object_then_and_said:
        "The harbour board announced on Tuesday a sale of the old net shed beside the fish market on the far shore of the bay and said a new shed would open in May.", []
        => [(Indirect, "a sale of the old net shed beside the fish market on the far shore of the bay", "The harbour board", "announced"), (Indirect, "a new shed would open in May", "The harbour board", "said")];
}

t! {
    // a fronted clause of contrast or time before a quotation of the main clause: its report
    // is its own (the quotation is the main clause's)
    a_fronted_while_clause_before_a_quotation:
        "While Ann Roe said the pier was safe, the board called it \"a hazard to every swimmer.\"", [("Ann Roe", Person)]
        => [(Indirect, "the pier was safe", "Ann Roe", "said"), (Partial, "a hazard to every swimmer.", "the board", "called")];
    a_fronted_when_clause_before_a_quotation:
        "When Tom Pike noted that fares went up after the winter, Ann Roe said: \"We will not cut the service.\"", [("Ann Roe", Person), ("Tom Pike", Person)]
        => [(Indirect, "fares went up after the winter", "Tom Pike", "noted"), (Direct, "We will not cut the service.", "Ann Roe", "said")];
    a_fronted_clause_with_no_verb_of_speech_reports_nothing:
        "As the gulls circled the pier, the director said, \"Please be quiet for the speech.\"", []
        => [(Direct, "Please be quiet for the speech.", "the director", "said")];
}

/// The quotes of an article with its own headline and body.
fn titled(title: &str) -> Vec<Row> {
    let parser = Parser::builder().build().expect("parser builds");
    rows(&parser.parse(&format!(
        "{title}\n\nThe harbour board met on Monday to set the fares for the coming year.\n"
    )))
}

#[test]
fn a_headline_name_to_someone_and_colon_reports_its_words() {
    // (session 24) the words before "to", "on" or "at" are the speaker; the colon the cue
    for (title, words, speaker) in [
        (
            "Mayor Roe to Riders: Fares will go up after the winter",
            "Fares will go up after the winter",
            "Roe",
        ),
        (
            "Ann Roe on Ferry Fares: The Rise Is Unfair",
            "The Rise Is Unfair",
            "Ann Roe",
        ),
        (
            "Harbour Mayor Roe To Riders Worried About Fares: It Will Be Fine",
            "It Will Be Fine",
            "Harbour Mayor Roe",
        ),
    ] {
        assert_eq!(
            titled(title),
            vec![(
                QuoteKind::Indirect,
                words.to_string(),
                Some(speaker.to_string()),
                Some(":".to_string())
            )],
            "{title}"
        );
    }
    // a lower-case word after "to" is no headline of this form
    assert_eq!(
        titled("Ann Roe to riders: Fares will go up after the winter"),
        vec![]
    );
}

t! {
    // after a quotation and its attribution, "emphasizing" before a clause and "mocking"
    // report the speaker's words; "emphasizing" before the words it stresses does not
    emphasizing_a_clause_after_the_quotation:
        "\"The ferry is the town's lifeline,\" Ann Roe said at the harbour, emphasizing riders need a safer pier.", [("Ann Roe", Person)]
        => [(Direct, "The ferry is the town's lifeline,", "Ann Roe", "said"), (Indirect, "riders need a safer pier", "Ann Roe", "emphasizing")];
    emphasizing_the_words_is_no_report:
        "\"The ferry is the town's lifeline,\" Ann Roe said at the harbour, emphasizing those last words with a smile.", [("Ann Roe", Person)]
        => [(Direct, "The ferry is the town's lifeline,", "Ann Roe", "said")];
    mocking_after_the_quotation:
        "\"Nobody rides it in winter,\" Tom Pike told the council, mocking fears about the new timetable.", [("Tom Pike", Person)]
        => [(Direct, "Nobody rides it in winter,", "Tom Pike", "told"), (Indirect, "fears about the new timetable", "Tom Pike", "mocking")];
}

t! {
    // a document, a memo or a complaint with its participle speaks
    a_memo_released_on_a_day_says:
        "A county memo released Tuesday says the ferry contract was never signed.", []
        => [(Indirect, "the ferry contract was never signed", "A county memo", "says")];
}
