//! Regressions (session 17): speakers of quotations with marks. Sentences written for the
//! tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a clause after a comma with its own subject and verb of saying introduces the quotation:
    // a relative pronoun as the object, or a subordinator of time or cause
    relative_object_clause_after_a_comma:
        "Ann Roe praised the new harbour master, whom Tom Pike described as “a steady hand” in the storm.", []
        => [(Partial, "a steady hand", "Tom Pike", "described")];
    when_clause_after_a_comma:
        "Ann Roe questioned Tom Pike about the ferry, when Pike claimed the fares were “fair to everyone.”", []
        => [(Partial, "fair to everyone.", "Tom Pike", "claimed")];
}

t! {
    // a participle after ", with" and the words naming its subject
    participle_of_an_absolute_phrase:
        "The council met at dawn, with dozens of fishermen chanting “Save the pier!” outside the hall.", []
        => [(Partial, "Save the pier!", "dozens of fishermen", "chanting")];
    // a phrase after a preposition is not the participle's subject
    participle_after_a_prepositional_phrase:
        "Tom Pike sent a long memo to the Harbour Board explaining that the fares were “fair to everyone.”", []
        => [(Partial, "fair to everyone.", "Tom Pike", "explaining")];
    // ... but "footage of X asking" is still X's
    participle_after_footage_of:
        "The clip shows footage of Ann Roe asking the crowd, “Who pays for the pier?”", []
        => [(Direct, "Who pays for the pier?", "Ann Roe", "asking")];
}

t! {
    // after the quotation, a verb and the phrase it governs is no inverted attribution when
    // "as" or a modal follows the phrase
    object_with_as_is_no_inverted_speaker:
        "Ann Roe summed up the ferry as “a floating ruin,” denounced its owners as greedy and left the room.", []
        => [(Partial, "a floating ruin,", "Ann Roe", "summed")];
    subject_of_a_reported_clause_is_no_inverted_speaker:
        "Tom Pike, citing “the storm of the century,” said the pier could close for a year.", []
        => [(Partial, "the storm of the century,", "Tom Pike", "citing")];
    // ... but "known as" still names the speaker
    inverted_speaker_known_as:
        "“The pier will hold,” said the harbour master known as Bob, who asked that his surname be left out.", []
        => [(Direct, "The pier will hold,", "the harbour master known", "said")];
    // "what X called “…,”" is X's, whatever attribution follows the comma
    what_x_called_before_a_comma:
        "In 2019, under what Ann Roe called “the old model,” the club charged every member a fee.", []
        => [(Partial, "the old model,", "Ann Roe", "called")];
}

t! {
    // the sentence before a quotation, opened by "he", "she" or "they" and a verb of saying,
    // introduces it, not the previous quotation's speaker
    pronoun_and_verb_of_saying_before_the_quotation:
        "Ann Roe chairs the board. Tom Pike runs the ferry.\n\n“The fares are fair,” Pike said.\n\nShe says the fares are too high. “Nobody can pay that much.”", []
        => [
            (Direct, "The fares are fair,", "Tom Pike", "said"),
            (Indirect, "the fares are too high", "Ann Roe", "says"),
            (Direct, "Nobody can pay that much.", "Ann Roe", "says")
        ];
    // and so does a name with an apposition before its verb of saying
    apposed_name_and_verb_of_saying_before_the_quotation:
        "“The fares are fair,” Tom Pike said.\n\nAnn Roe, the board's lawyer, argues that the fares break the law. “Nobody can pay that much.”", []
        => [
            (Direct, "The fares are fair,", "Tom Pike", "said"),
            (Indirect, "the fares break the law", "Ann Roe", "argues"),
            (Direct, "Nobody can pay that much.", "Ann Roe", "argues")
        ];
}

t! {
    // a past participle and a preposition open a phrase before the subject, like "-ing"
    subject_after_a_participle_phrase:
        "Alarmed by the price of a ferry ticket, Ann Roe wants a board that will “take sides.”", []
        => [(Partial, "take sides.", "Ann Roe", "wants")];
    // ... and a name's apposition after it belongs to the phrase
    subject_after_a_participle_phrase_and_an_apposition:
        "Greeted at the door by Tom Pike, the harbour master and the longest serving clerk, Ann Roe launched into a speech about the “forgotten ferries.”", []
        => [(Partial, "forgotten ferries.", "Ann Roe", "launched")];
    // "it seems" names no one
    it_seems_is_no_speaker:
        "It seems the board has “a plan nobody has ever seen before” for the ferries.", []
        => [(Partial, "a plan nobody has ever seen before", None, None)];
    it_seems_after_a_participle_phrase:
        "Based on the notice, it seems the board has “a plan nobody has ever seen before” for the ferries.", []
        => [(Partial, "a plan nobody has ever seen before", None, None)];
}

t! {
    // a quotation opening its sentence after one closed by ", NAME said." in its paragraph,
    // with no quotation before it, is that speaker's
    after_a_sentence_closed_by_its_attribution:
        "The board may wait until the storm passes, Ann Roe said. “The other worry is what a ferry ticket will do to every family in town.”", []
        => [
            (Indirect, "The board may wait until the storm passes", "Ann Roe", "said"),
            (Direct, "The other worry is what a ferry ticket will do to every family in town.", "Ann Roe", "said")
        ];
}
