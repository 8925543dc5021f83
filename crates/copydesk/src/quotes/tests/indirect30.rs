//! Regressions (session 30, helper ind): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a relative clause in the subject whose verb is itself a verb of stance or speech, with a
    // plain object: the phrase before the pronoun speaks through the sentence's verb
    a_relative_with_a_stance_verb_in_the_subject:
        "Parents who opposed the toll said the ferry should keep running.", []
        => [(Indirect, "the ferry should keep running", "Parents", "said")];
    a_relative_with_spoke_with_in_the_subject:
        "Skippers who spoke with the harbour board said the north pier was unsafe.", []
        => [(Indirect, "the north pier was unsafe", "Skippers", "said")];
    // ... "whose" opens one too, and a plural before it takes a present "say"
    a_relative_with_whose_in_the_subject:
        "Captains whose boats were seized say the new rules came too late.", []
        => [(Indirect, "the new rules came too late", "Captains", "say")];
    // ... (regression) a present "say" after the relative's own object is the main verb, not
    // the end of a report of "have backed"
    a_relative_with_an_auxiliary_then_say:
        "Dockers who have backed the strike say the cranes are too old.", []
        => [(Indirect, "the cranes are too old", "Dockers", "say")];
    // ... not when the relative verb has a clause of its own (a subject pronoun, "that")
    a_relative_reporting_a_clause_is_not_passed_over:
        "The skipper who told reporters he was tired said the ferry would stop.", []
        => [];
    // a participle phrase in the subject: the phrase before it speaks
    an_ing_phrase_in_the_subject:
        "Islanders hoping to save the night ferry say they have found a buyer.", []
        => [(Indirect, "they have found a buyer", "Islanders", "say")];
    a_past_participle_before_on_in_the_subject:
        "A letter posted on the harbour website said the tolls would rise in May.", []
        => [(Indirect, "the tolls would rise in May", "A letter", "said")];
    a_past_participle_before_a_time_in_the_subject:
        "A report released this week said the night boat will stop in winter.", []
        => [(Indirect, "the night boat will stop in winter", "A report", "said")];
    a_past_participle_before_to_in_the_subject:
        "The hour of the forum devoted to fares revealed a gulf between the two captains.", []
        => [(Indirect, "a gulf between the two captains", "The hour of the forum", "revealed")];
    // ... not a finite past verb before "with", nor a phrase opened by a preposition
    a_finite_verb_before_with_is_no_participle:
        "The harbour board responded with the plan Mira Solten announced last week.", []
        => [];
    // "with" after a noun inside a plain subject
    people_with_knowledge_of_speak:
        "Skippers with knowledge of the talks said the board would sell the crane.", []
        => [(Indirect, "the board would sell the crane", "Skippers with knowledge of the talks", "said")];
    // a comma and a participle of speech after an object of one or two words: a second
    // report of the same speaker, the first ending at the comma
    a_two_word_object_then_saying:
        "Other skippers echoed those comments, saying the new pier is too short for the ferry.", []
        => [
            (Indirect, "those comments", "Other skippers", "echoed"),
            (Indirect, "the new pier is too short for the ferry", "Other skippers", "saying")
        ];
    declined_to_comment_then_saying_that:
        "A spokeswoman for the board also declined to answer, saying that nobody involved still works there.", []
        => [
            (Indirect, "to answer", "A spokeswoman for the board", "also declined"),
            (Indirect, "nobody involved still works there", "A spokeswoman for the board", "saying")
        ];
    // ... not a participle that is no verb of speech
    a_two_word_object_then_another_participle:
        "Mira Solten met the skippers, smiling at the crowd.", []
        => [];
}
