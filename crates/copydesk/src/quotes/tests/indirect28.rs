//! Regressions (session 28, helper ind): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // "seems to" / "appeared to" after a plain subject: an impression reported with no speaker,
    // from the subject to the sentence's end, the verb the cue
    seems_to_reports_with_no_speaker:
        "The night ferry seems to be losing riders to the new bridge.", []
        => [(Indirect, "The night ferry seems to be losing riders to the new bridge", None, "seems")];
    appeared_to_after_a_comma_is_its_clause:
        "Indeed, the harbour board appeared to change course on the winter tolls.", []
        => [(Indirect, "the harbour board appeared to change course on the winter tolls", None, "appeared")];
    // ... a personal pronoun is its speaker
    a_pronoun_before_seemed_to_speaks:
        "She seemed to lose patience with the ferry board over the tolls.", []
        => [(Indirect, "She seemed to lose patience with the ferry board over the tolls", "She", "seemed")];
    // ... a verb of speech after "to": the subject speaks what follows it
    seemed_to_suggest_has_its_subject_speak:
        "Tomas Varik seemed to suggest that the yard would close in March.", []
        => [(Indirect, "the yard would close in March", "Tomas Varik", "seemed to suggest")];
    // ... not an empty "it", a relative, a negation or a modal before the verb
    it_appears_to_is_no_report:
        "It appears to mark the close of the old harbour tolls.", []
        => [];
    what_seemed_to_be_is_no_report:
        "What seemed to start as a small leak flooded the lower deck of the ferry.", []
        => [];
    did_not_seem_to_is_no_report:
        "The old crane did not seem to move at all during the storm.", []
        => [];
    may_seem_to_is_no_report:
        "Voters in the port may seem to care less about the tolls.", []
        => [];
    // ... nor "appears" with no "to" after it
    appears_before_an_adjective_is_no_report:
        "The harbour board appears ready to approve the new tolls.", []
        => [];
    // "is confident that": the subject speaks the clause, "be" to the adjective the cue
    is_confident_that_has_its_subject_speak:
        "Tomas Varik is confident that the harbour vote will pass in March.", []
        => [(Indirect, "the harbour vote will pass in March", "Tomas Varik", "is confident")];
    were_worried_that_with_a_plural_subject:
        "The skippers were worried that the tolls would rise again.", []
        => [(Indirect, "the tolls would rise again", "The skippers", "were worried")];
    // ... not the adjective before a noun or "about"
    a_confident_speech_is_no_report:
        "Mira Solten gave a confident speech about the harbour tolls.", []
        => [];
    worried_about_is_no_report:
        "The skippers are worried about the new tolls on the bridge.", []
        => [];
    // "seen as", "known for" make a sentence worth reading: a passive of judgment with no
    // speaker
    is_widely_seen_as_reports_with_no_speaker:
        "The night ferry is widely seen as a test of the new harbour plan.", []
        => [(Indirect, "The night ferry is widely seen as a test of the new harbour plan", None, "is widely seen")];
    seen_at_a_place_is_no_report:
        "The night ferry was seen at the north quay late on Friday.", []
        => [];
    // "Asked whether …," opening a sentence, or "when asked if …": the question is reported with
    // no speaker, "asked" the cue, to the comma or the sentence's end
    asked_whether_opens_a_question:
        "Asked on Monday whether the night ferry would keep running, Tomas Varik shook his head.", []
        => [(Indirect, "whether the night ferry would keep running", None, "Asked")];
    when_asked_if_after_the_verb:
        "Mira Solten kept silent when asked if the harbour tolls would rise in the spring.", []
        => [(Indirect, "if the harbour tolls would rise in the spring", None, "asked")];
    // ... not "asked to" (a request), nor a question too short to hold a clause
    asked_to_is_no_question:
        "Asked to describe the new crane, the old pilot smiled at the crowd.", []
        => [];
    asked_if_so_is_no_question:
        "Asked if so, the old pilot nodded.", []
        => [];
}
