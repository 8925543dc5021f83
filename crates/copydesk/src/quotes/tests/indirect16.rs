//! Regressions (session 16): reported speech after a sentence's last quotation with marks.
//! Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // after the last quotation the first speaker goes on: `, but said …` (the first verb
    // stands before the first quotation)
    after_the_quote_but_said:
        "Ann Roe called the ruling “a disgrace to the valley,” but said the council would not appeal it.", []
        => [
            (Partial, "a disgrace to the valley,", "Ann Roe", "called"),
            (Indirect, "the council would not appeal it", "Ann Roe", "said")
        ];
    // ... `and` before a finite verb of indirect speech
    after_the_quote_and_warned:
        "Tom Brandt described the ferry timetable as “a work of fiction” and warned that the winter service would be cut.", []
        => [
            (Partial, "a work of fiction", "Tom Brandt", "described"),
            (Indirect, "the winter service would be cut", "Tom Brandt", "warned")
        ];
    // ... `but` before a personal pronoun with its own verb (the two-word scare quote is no
    // quotation of its own)
    after_the_quote_but_he_added:
        "The harbour master praised the night crew for their “quick thinking” during the storm, but he added that the pier would stay shut until spring.", []
        => [(Indirect, "the pier would stay shut until spring", "he", "added")];
    // a first verb after the first quotation is the quotation's own: nothing more is read
    after_the_quote_no_first_verb_before_it:
        "“The vote was close,” Ann Roe said on Monday, and said the count would be checked again.", []
        => [(Direct, "The vote was close,", "Ann Roe", "said")];
    // an inverted attribution after the quotation goes on with a participle after the
    // speaker's apposition
    after_the_quote_a_participle_after_an_apposition:
        "“The pier will not last another winter,” said Ann Roe, a lawyer for the harbour board, noting that the repairs had been put off twice.", []
        => [
            (Direct, "The pier will not last another winter,", "Ann Roe", "said"),
            (Indirect, "the repairs had been put off twice", "Ann Roe", "noting")
        ];
    // a relative clause of saying in the subject reports too; "who" speaks for the name
    a_relative_clause_of_saying_before_the_verb:
        "Tom Brandt, who said last week that the ferry would run all winter, told the board the boats needed new engines.", []
        => [
            (Indirect, "the ferry would run all winter", "Tom Brandt", "said"),
            (Indirect, "the boats needed new engines", "Tom Brandt", "told")
        ];
    // ... not a relative clause of another verb
    a_relative_clause_of_another_verb_is_no_report:
        "Tom Brandt, who runs the ferry company on the island, said the boats needed new engines.", []
        => [(Indirect, "the boats needed new engines", "Tom Brandt", "said")];
    // a verb of speech with a short object, then "and" and the speaker's own verb: two reports
    a_verb_of_speech_with_an_object_then_and_a_second_verb:
        "Tom Pike questioned the new toll on the old bridge and refused to back a second bridge over the river.", []
        => [
            (Indirect, "the new toll on the old bridge", "Tom Pike", "questioned"),
            (Indirect, "to back a second bridge over the river", "Tom Pike", "refused")
        ];
    // ... an object of one or two words is enough
    a_two_word_object_before_and_said:
        "Governor Ann Roe blasted the council and said the state set aside more than $26 million for the repairs.", []
        => [
            (Indirect, "the council", "Ann Roe", "blasted"),
            (Indirect, "the state set aside more than $26 million for the repairs", "Ann Roe", "said")
        ];
    // ... not a clause with its own subject: one report
    a_clause_with_a_subject_before_and_stays_one_report:
        "Ann Roe said she was tired and hoped to rest before the vote on the budget.", []
        => [(Indirect, "she was tired and hoped to rest before the vote on the budget", "Ann Roe", "said")];
    // "asked for" reports what is asked for
    asked_for_reports:
        "The harbour board asked for a full review of the ferry contracts.", []
        => [(Indirect, "a full review of the ferry contracts", "The harbour board", "asked")];
    // "asked X about" reports what is asked about
    asked_a_listener_about_reports:
        "A reporter asked the mayor about the delays on the northern line.", []
        => [(Indirect, "the delays on the northern line", "A reporter", "asked")];
    // an inverted attribution after the quotation goes on with ", who" and a verb of speech
    after_the_quote_who_added:
        "“The pier will not last another winter,” said Ann Roe, who added that the repairs had been put off twice.", []
        => [
            (Direct, "The pier will not last another winter,", "Ann Roe", "said"),
            (Indirect, "the repairs had been put off twice", "Ann Roe", "added")
        ];
    // ... not ", who" and another verb
    after_the_quote_who_and_another_verb_is_no_report:
        "“The pier will not last another winter,” said Tom Pike, who runs the ferry company on the island.", []
        => [(Direct, "The pier will not last another winter,", "Tom Pike", "said")];
}
