//! Regressions (session 21): "he" and "she" against the honorifics the article itself gives
//! its people. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // "she" skips a person the article calls "Mr." (first names the census gives to both
    // sexes, so only the honorific tells)
    she_skips_a_mister:
        "Robin Adler and Casey Brook met the council on Monday.\n\nMs. Adler asked for a vote. Mr. Brook wanted a delay.\n\n“The town cannot wait,” she said.", []
        => [(Direct, "The town cannot wait,", "Robin Adler", "said")];
    // ... and "he" a person it calls "Ms."
    he_skips_a_miz:
        "Casey Brook and Robin Adler met the council on Monday.\n\nMr. Brook asked for a vote. Ms. Adler wanted a delay.\n\n“The town cannot wait,” he said.", []
        => [(Direct, "The town cannot wait,", "Casey Brook", "said")];
    // ... the honorific opening the mention works the same
    she_after_a_quote_by_a_mister:
        "Robin Adler chairs the board; Casey Brook runs the ferry.\n\n“We sail at dawn,” said Mr. Brook.\n\nLater, “the board agrees,” she said.", []
        => [(Direct, "We sail at dawn,", "Casey Brook", "said"), (Partial, "the board agrees,", "Robin Adler", "said")];
}

t! {
    // "it" and "they" after no quotation stay the pronoun unless a body opens the sentence
    // before (its subject): a body deeper in it, or a place, is too rarely the one they stand
    // for ("the report" here)
    it_and_they_after_no_subject_stay_the_pronoun:
        "The council read the report of the Harbor Authority on Monday.\n\n“The pier needs repairs,” it says.\n\nSouthport voted for the plan.\n\n“The fares will rise,” they said.", []
        => [(Direct, "The pier needs repairs,", "it", "says"), (Direct, "The fares will rise,", "they", "said")];
    // ... "they" a party named in the plural as that subject, not in the singular
    they_is_a_plural_party_as_the_subject_before:
        "Harbor Democrats blocked the ferry budget on Monday.\n\n“The fares are too high,” they said.\n\nHarbor Democrat leaders met the mayor.\n\n“We will talk again,” they said.", []
        => [(Direct, "The fares are too high,", "Democrat", "said"), (Direct, "We will talk again,", "they", "said")];
    // ... but a body's quotation goes on with "it"
    it_after_a_quotation_by_a_body:
        "“The pier needs repairs,” the Harbor Authority said on Monday.\n\n“The fares will rise in May,” it added.", []
        => [(Direct, "The pier needs repairs,", "Harbor Authority", "said"), (Direct, "The fares will rise in May,", "Harbor Authority", "added")];
}

t! {
    // ... the first name of that sentence, never a later one (here no one: a name stands
    // between the sentence's speaker and "they")
    they_is_never_a_later_name_of_the_sentence_before:
        "Republicans say Democrats blocked the ferry budget.\n\n“The fares are too high,” they said.", []
        => [(Indirect, "Democrats blocked the ferry budget", "Republican", "say"), (Direct, "The fares are too high,", "they", "said")];
}
