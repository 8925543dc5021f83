//! Regressions (session 36, lead): a past-tense verb outside the lexicon right after a
//! quotation that opens its sentence, then a name ending the sentence, is an inverted
//! attribution (`“…!” beamed Ada Kovic.`); a sentence closed by a named attribution (`…, city
//! planner Joan Fisk says.`) gives the quotation after it that speaker, not the previous
//! paragraph's; the object of "through" inside a longer subject does not speak (`Protesters
//! marching through the streets chanted “…”`). Sentences written for the tests.

use super::{rows, run, speaker_of};
use crate::Parser;

#[test]
fn an_unknown_verb_before_a_name_after_the_quote_is_inverted() {
    let body = "The harbour festival opened on Saturday.\n\n\
                \u{201c}This is a wonderful night for all of us!\u{201d} beamed Ada Kovic of \
                Millport, who drove in from the coast.\n\n\
                \u{201c}We cannot accept a plan that leaves the fishermen behind,\u{201d} \
                reacted Mayor Lena Ortiz.";
    let rows = run(body, &[]);
    // (both had no speaker: neither verb is in the lexicon)
    assert_eq!(
        speaker_of(&rows, "This is a wonderful").as_deref(),
        Some("Ada Kovic"),
        "{rows:?}"
    );
    assert_eq!(
        speaker_of(&rows, "We cannot accept").as_deref(),
        Some("Lena Ortiz"),
        "{rows:?}"
    );
    let cue = rows
        .iter()
        .find(|r| r.1.starts_with("We cannot"))
        .and_then(|r| r.3.clone());
    assert_eq!(cue.as_deref(), Some("reacted"), "{rows:?}");
}

#[test]
fn an_unknown_verb_inside_a_longer_phrase_or_sentence_is_not_read() {
    // the phrase goes on past the name (`moored Ben Pike near the pier`), or the quotation
    // does not open its sentence (a title): no inverted speaker there
    let body = "The harbour festival opened on Saturday.\n\n\
                \u{201c}The boats came back early,\u{201d} moored Ben Pike near the pier.\n\n\
                The film \u{201c}Harbour Lights,\u{201d} starred Nina Ross.";
    let rows = run(body, &[]);
    assert_eq!(speaker_of(&rows, "The boats came back"), None, "{rows:?}");
    assert!(
        rows.iter().all(|r| r.2.as_deref() != Some("Nina Ross")),
        "{rows:?}"
    );
}

#[test]
fn a_named_closing_attribution_before_the_quote_beats_the_previous_speaker() {
    let body = "The council will vote on the harbour plan on Friday.\n\n\
                \u{201c}The new rules will not solve this, but they are a step,\u{201d} Paul \
                Brandt said.\n\n\
                Or maybe the mayor will wait, city planner Joan Fisk says. \u{201c}Several \
                surveys suggest a second look is coming for the plan.\u{201d}";
    let rows = run(body, &[]);
    // (it was Paul Brandt's, as a continuation of the paragraph before)
    assert_eq!(
        speaker_of(&rows, "Several surveys").as_deref(),
        Some("Joan Fisk"),
        "{rows:?}"
    );
}

#[test]
fn a_pronoun_closing_the_sentence_before_the_quote_keeps_the_previous_speaker() {
    let body = "The council will vote on the harbour plan on Friday.\n\n\
                \u{201c}The new rules will not solve this,\u{201d} Paul Brandt said.\n\n\
                Also, the ferry is late again, he said. \u{201c}We have asked for a new \
                timetable.\u{201d}";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "We have asked").as_deref(),
        Some("Paul Brandt"),
        "{rows:?}"
    );
}

#[test]
fn a_role_before_the_name_in_a_closing_attribution_with_no_speaker_before() {
    // no quotation before: the closing attribution was read only with a capital right after
    // the comma
    let text = "A Headline For The Test\n\n\
                The pier stays shut for now, harbour engineer Tom Reyes said. \u{201c}We \
                will know more after the storm.\u{201d}\n";
    let rows = rows(&Parser::builder().build().expect("parser").parse(text));
    assert_eq!(
        speaker_of(&rows, "We will know more").as_deref(),
        Some("Tom Reyes"),
        "{rows:?}"
    );
}

#[test]
fn the_object_of_through_inside_the_subject_does_not_speak() {
    let body = "The curfew began at midnight.\n\n\
                Protesters marching through the streets chanted \"No more curfews!\" and kept \
                going until nearly 2 a.m.";
    let rows = run(body, &[]);
    // (it was "the streets": "through" was not among the prepositions of a longer subject)
    assert_eq!(
        speaker_of(&rows, "No more curfews").as_deref(),
        Some("Protesters"),
        "{rows:?}"
    );
}
