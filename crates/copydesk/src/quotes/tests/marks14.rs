//! Regressions (session 14): quotations with marks whose speaker or cue the rules missed or
//! misread. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // the subject pattern (no verb of saying) names the predicate after the subject as the cue:
    // an auxiliary or adverb with the verb after it, or the verb alone
    subject_pattern_cue_is_the_predicate:
        "Mayor Linda Haverford has coined a new phrase, “pier people,” for the volunteers who rebuilt the dock.", []
        => [(Partial, "pier people,", "Linda Haverford", "has coined")];
    subject_pattern_cue_after_an_adverb:
        "Mayor Linda Haverford also bemoaned the “endless paperwork of the state” at the meeting.", []
        => [(Partial, "endless paperwork of the state", "Linda Haverford", "also bemoaned")];
    subject_pattern_cue_present_tense:
        "Councilwoman Ann Roe hits the mayor for “wasting the harbour fund on consultants.”", []
        => [(Partial, "wasting the harbour fund on consultants.", "Ann Roe", "hits")];
    // a verb outside the lexicon between the subject and the colon before the quotation
    verb_colon_outside_the_lexicon:
        "Ms. Ruiz then boomed: “Nobody leaves this room until the vote is done.”", []
        => [(Direct, "Nobody leaves this room until the vote is done.", "Ruiz", "then boomed")];
    verb_colon_present_tense:
        "The harbour study makes the point plainly: “The pier cannot be saved.”", []
        => [(Direct, "The pier cannot be saved.", "The harbour study", "makes")];
    // ... but a passive before the colon names no speaker
    verb_colon_not_a_passive:
        "The trouble is captured in one number: “Nine of ten piles are rotten.”", []
        => [(Direct, "Nine of ten piles are rotten.", None, None)];
    // a form in -s before the base form of a cue is a plural noun of the subject, not its verb
    plural_noun_before_a_base_form_cue:
        "Local TV shows show the mayor was “very angry with the council” after the vote.", []
        => [(Partial, "very angry with the council", "Local TV", "show")];
    // a sign-off paragraph after the quote's paragraph: a dash and a name
    sign_off_paragraph_after_the_quote:
        "The council met on Monday to hear the residents of the harbour district.\n\n\"Nobody here pays a cent for the pier, not one of us.\"\n\n- Ann Roe.\n\nThat claim is false: the county paid for the pier out of its own harbour fund in 2019.", []
        => [(Direct, "Nobody here pays a cent for the pier, not one of us.", "Ann Roe", "-")];
    sign_off_paragraph_with_a_description:
        "The council met on Monday to hear the residents of the harbour district.\n\n\"Nobody here pays a cent for the pier, not one of us.\"\n\n-Tom Pike, a reader in Ashton.\n\nThat claim is false.", []
        => [(Direct, "Nobody here pays a cent for the pier, not one of us.", "Tom Pike", "-")];
    // "as X puts it"
    as_x_puts_it:
        "That is because, as Ann Roe puts it, “the pier is the heart of the town.”", []
        => [(Partial, "the pier is the heart of the town.", "Ann Roe", "puts")];
    // a determiner standing alone as the subject of a past form
    another_said:
        "“The pier is gone,” one resident said. Another said, “We will rebuild it by the summer.”", []
        => [(Direct, "The pier is gone,", "one resident", "said"), (Direct, "We will rebuild it by the summer.", "Another", "said")];
    several_said:
        "The residents met on Monday. Several said they would rather see the pier “rebuilt in stone.”", []
        => [(Partial, "rebuilt in stone.", "Several", "said")];
}
