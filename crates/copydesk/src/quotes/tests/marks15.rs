//! Regressions (session 15): quotations with marks whose speaker or cue the rules missed or
//! misread. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a later clause opened by a conjunction, with its own subject and verb of saying right
    // before the quotation, names the speaker instead of the sentence's leftmost verb (the
    // words before the break are the first speaker's reported speech: reported speech before a
    // quotation, session 15)
    later_clause_after_but:
        "The ferry chief Tom Pike said the timetable was fine, but he called the new fares “plainly too high.”", []
        => [(Indirect, "the timetable was fine", "Tom Pike", "said"), (Partial, "plainly too high.", "Tom Pike", "called")];
    later_clause_after_while:
        "Ann Roe said the budget was not a priority, while Tom Pike said that the “ferry fares are unfair” to riders.", []
        => [(Indirect, "the budget was not a priority", "Ann Roe", "said"), (Partial, "ferry fares are unfair", "Tom Pike", "said")];
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
        "Tom Pike, whose company, Harbourline, builds ferries, said the mayor was “a builder at heart.”", []
        => [(Partial, "a builder at heart.", "Tom Pike", "said")];
    chain_name_after_a_description:
        "Ivo Marsh, the editor of the town's weekly paper, Harbour Gazette, said the mayor had “done more harm than good.”", []
        => [(Partial, "done more harm than good.", "Ivo Marsh", "said")];
    chain_name_after_a_description_from_a_place:
        "Dana Cole, a retired welder from Ashton, North Dakota, says the ferry plan is “a waste of money.”", []
        => [(Partial, "a waste of money.", "Dana Cole", "says")];
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
        "Later that evening, after Tom Pike testified, Ann Roe stated that the harbour plan “would cost too much.”", []
        => [(Partial, "would cost too much.", "Ann Roe", "stated")];
}

t! {
    // a title in marks is no earlier quotation: the clause after it does not take the quotation
    // from the sentence's leftmost verb
    title_in_marks_is_no_earlier_quotation:
        "But she told the radio show “Harbour Hour Live” that she insists the budget is “a real mess” for the town.", []
        => [(Partial, "a real mess", "she", "told")];
}

t! {
    // a quotation opening a sentence after a sentence of its paragraph whose subject names
    // someone is theirs, not the previous speaker's; the word after the subject is the cue
    previous_sentence_names_the_speaker:
        "“The pier is ready for the summer,” said Tom Pike, the harbour master.\n\nAnn Roe agreed. “The council should open it in June.”", []
        => [(Direct, "The pier is ready for the summer,", "Tom Pike", "said"), (Direct, "The council should open it in June.", "Ann Roe", "agreed")];
    // ... not a sentence reporting someone else's words further on
    previous_sentence_with_another_verb_of_saying:
        "“The pier is ready for the summer,” said Tom Pike, the harbour master.\n\nAshton leads the coast in ferry trips, as the mayor confirmed. “We will open it in June.”", []
        => [(Direct, "The pier is ready for the summer,", "Tom Pike", "said"), (Direct, "We will open it in June.", "Tom Pike", "said")];
    // ... but a pronoun there is the previous speaker
    previous_sentence_pronoun_keeps_the_speaker:
        "“The pier is ready for the summer,” Tom Pike said after meeting the mayor, Ann Roe. He did not say more. “We will open it in June.”", []
        => [(Direct, "The pier is ready for the summer,", "Tom Pike", "said"), (Direct, "We will open it in June.", "Tom Pike", "said")];
}

t! {
    // any verb after the quotation's speaker is its attribution also when the sentence goes on
    // after it with "with", "and", "as", "before", "after", "while", after a name or a pronoun
    verb_after_the_speaker_then_with:
        "“The bridge was never safe,” Tom Pike shot back with a grin.", []
        => [(Direct, "The bridge was never safe,", "Tom Pike", "shot back")];
    verb_after_the_speaker_then_and:
        "“Sit down and wait your turn,” Mayor Ann Roe barked and the clerk rang the bell.", []
        => [(Direct, "Sit down and wait your turn,", "Ann Roe", "barked")];
    // ... not after a description: "filled with" describes the thing named in marks
    verb_after_a_description_then_with:
        "The menu is short. Try the “harbour stew,” a thick soup filled with mussels and leeks.", []
        => [];
}

t! {
    // a capitalised "Will" inside a sentence before another capitalised word is a first name,
    // not the modal (the name keeps the surname only: the speaker's name drops the word)
    will_as_a_first_name:
        "“The tide tables are wrong again,” said Will Pike, a harbour pilot.", []
        => [(Direct, "The tide tables are wrong again,", "Pike", "said")];
}

t! {
    // a leading adverb is no name before a description in a comma chain
    chain_adverb_before_a_description:
        "Meanwhile, the head of the ferry board, Tom Pike, said the fares were “too high by half.”", []
        => [(Partial, "too high by half.", "Tom Pike", "said")];
}

t! {
    // a name between an article and a noun modifies the noun ("the Roe hearing", "a Pike
    // rally"): no later "he" or "she" is that person (before, both quotes went to the name
    // nearest the pronoun)
    pronoun_skips_a_name_that_modifies_a_noun:
        "Tom Pike met the mayor after the Roe hearing ended. “We are done here,” he said.", []
        => [(Direct, "We are done here,", "Tom Pike", "said")];
    pronoun_skips_a_name_after_a:
        "Ann Roe spoke at a Pike rally on the pier. “It went well,” she said.", []
        => [(Direct, "It went well,", "Ann Roe", "said")];
    // ... but a name followed by its verb is the subject
    pronoun_takes_a_name_before_its_verb:
        "Ann Roe left early. The Pike campaign said nothing, and then Tom Pike spoke. “It went well,” he said.", []
        => [(Direct, "It went well,", "Tom Pike", "said")];
}

t! {
    // "I" outside the marks is the writer, not the latest person named: the speaker stays the
    // pronoun, with no entity
    writer_i_is_not_the_latest_name:
        "Ann Roe runs the night ferry. “It is late again,” I said.", []
        => [(Direct, "It is late again,", "I", "said")];
    // ... and no "she" after it is the writer
    she_after_the_writer_i:
        "Ann Roe runs the night ferry. “It is late again,” I said. “It is never late,” she said.", []
        => [(Direct, "It is late again,", "I", "said"), (Direct, "It is never late,", "Ann Roe", "said")];
}
