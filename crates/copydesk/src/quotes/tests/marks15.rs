//! Regressions (session 15): quotations with marks whose speaker or cue the rules missed or
//! misread. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a later clause opened by a conjunction, with its own subject and verb of saying right
    // before the quotation, names the speaker instead of the sentence's leftmost verb
    later_clause_after_but:
        "The ferry chief Tom Pike said the timetable was fine, but he called the new fares “plainly too high.”", []
        => [(Partial, "plainly too high.", "Tom Pike", "called")];
    later_clause_after_while:
        "Ann Roe said the budget was not a priority, while Tom Pike said that the “stakes are too high” for the town.", []
        => [(Partial, "stakes are too high", "Tom Pike", "said")];
    // ... not a clause with a comma between its verb and the quotation (the reported words of
    // the leftmost verb go on after it)
    later_clause_not_across_a_comma:
        "Ann Roe said that while Tom Pike criticized the plan, it was “the best on offer.”", []
        => [(Partial, "the best on offer.", "Ann Roe", "said")];
}

t! {
    // in a comma chain before the verb, a name after "whose …" or after a description of the
    // person named first is an apposition, not the speaker
    chain_name_after_whose:
        "Tom Pike, whose latest company, Harbourline, builds ferries, said the mayor was “a builder at heart.”", []
        => [(Partial, "a builder at heart.", "Tom Pike", "said")];
    chain_name_after_a_description:
        "Ivo Marsh, the editor of the town's weekly paper, Harbour Gazette, said every mayor was “both a builder and a politician.”", []
        => [(Partial, "both a builder and a politician.", "Ivo Marsh", "said")];
    chain_name_after_a_description_from_a_place:
        "Dana Cole, a retired welder from Ashton, North Dakota, says the mayor will “leave the pier in ruins.”", []
        => [(Partial, "leave the pier in ruins.", "Dana Cole", "says")];
    // ... but an introductory phrase before the description is no name: the name after the
    // description speaks
    chain_name_after_a_description_and_a_phrase:
        "In a letter to the board, her deputy, Tom Pike, said: “The pier will open in June.”", []
        => [(Direct, "The pier will open in June.", "Tom Pike", "said")];
}

t! {
    // a fronted clause of time behind a short opening phrase is skipped like one that opens
    // the sentence: its verb is not the attribution
    fronted_clause_behind_an_opening_phrase:
        "Later in the evening, after the Pike interview concluded, Ann Roe stated that the board's report “was not good.”", []
        => [(Partial, "was not good.", "Ann Roe", "stated")];
}

t! {
    // a title in marks is no earlier quotation: the clause after it does not take the quotation
    // from the sentence's leftmost verb
    title_in_marks_is_no_earlier_quotation:
        "But he told the radio show “Harbour Morning Live” that he agrees the mayor is a “total opportunist” on the pier.", []
        => [(Partial, "total opportunist", "he", "told")];
}

t! {
    // a quotation opening a sentence after a sentence of its paragraph whose subject names
    // someone is theirs, not the previous speaker's; the word after the subject is the cue
    previous_sentence_names_the_speaker:
        "“The pier is ready for the summer,” said Tom Pike, the harbour master.\n\nAnn Roe agreed. “The council should open it in June.”", []
        => [(Direct, "The pier is ready for the summer,", "Tom Pike", "said"), (Direct, "The council should open it in June.", "Ann Roe", "agreed")];
    // ... but a pronoun there is the previous speaker
    previous_sentence_pronoun_keeps_the_speaker:
        "“The pier is ready for the summer,” Tom Pike said after meeting the mayor, Ann Roe. He did not say more. “We will open it in June.”", []
        => [(Direct, "The pier is ready for the summer,", "Tom Pike", "said"), (Direct, "We will open it in June.", "Tom Pike", "said")];
}

t! {
    // any verb after the quotation's speaker is its attribution also when the sentence goes on
    // after it with "with", "and", "as", "before", "after", "while"
    verb_after_the_speaker_then_with:
        "“They are all here for the free parking,” Tom Pike shot back with a laugh.", []
        => [(Direct, "They are all here for the free parking,", "Tom Pike", "shot back")];
    verb_after_the_speaker_then_and:
        "“Go back to your office,” the mayor barked and a guard led the man out.", []
        => [(Direct, "Go back to your office,", "the mayor", "barked")];
}

t! {
    // a capitalised "Will" inside a sentence before another capitalised word is a first name,
    // not the modal (the name keeps the surname only: the speaker's name drops the word)
    will_as_a_first_name:
        "“It is a costly way to run a ferry,” said Will Pike, a professor of shipping.", []
        => [(Direct, "It is a costly way to run a ferry,", "Pike", "said")];
}
