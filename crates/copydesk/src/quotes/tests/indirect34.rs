//! Regressions (session 34, helper speech): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a closing attribution whose source is qualified by its tie to someone: the whole phrase
    // speaks
    closing_people_familiar_with:
        "The ferry board will vote on the new fares next week, people familiar with the talks said.", []
        => [(Indirect, "The ferry board will vote on the new fares next week", "people familiar with the talks", "said")];
    closing_a_source_close_to_a_pronoun:
        "Ada Merrow will change how she deals with the pilots, a source close to him said.", []
        => [(Indirect, "Ada Merrow will change how she deals with the pilots", "a source close to him", "said")];
    closing_source_close_to_told_a_listener:
        "The harbour board will sell the old dredger, two aides briefed on the sale told the Gazette.", []
        => [(Indirect, "The harbour board will sell the old dredger", "two aides briefed on the sale", "told")];
    // ... not a qualifier without a head that names anyone
    closing_bare_qualifier_is_no_source:
        "The harbour board will sell the old dredger, close to the pier said.", []
        => [];
}

t! {
    // a participle of saying right after "by" reports the words of the sentence's subject
    answered_by_saying:
        "Ada Merrow answered the pilots by saying the pier will reopen in May.", []
        => [(Indirect, "the pier will reopen in May", "Ada Merrow", "saying")];
    // ... after a stance's object, a second report of the same speaker
    defended_the_plan_by_arguing_that:
        "Tom Pike defended the tolls by arguing that the ferry cannot run without them.", []
        => [
            (Indirect, "the tolls", "Tom Pike", "defended"),
            (Indirect, "the ferry cannot run without them", "Tom Pike", "arguing")
        ];
    // ... not after a passive's "by", nor inside a clause opened by "while", nor a participle
    // whose object is no report ("admitting" students)
    passive_by_arguing_is_no_report:
        "The closure is often justified by arguing that the pier is unsafe.", []
        => [];
    while_clause_by_saying_is_not_the_first_subjects:
        "Voters on the island watch the mayor closely, while her rival has gained ground by saying the tolls are too high.", []
        => [];
    by_admitting_is_no_report:
        "The college grew quickly by admitting more students from the mainland every year.", []
        => [];
}

t! {
    // "As reported by X, CONTENT": X is the source of the rest of the sentence
    as_reported_by_a_paper:
        "As reported by the Harbour Gazette, the ferry will stop running at the end of May.", []
        => [(Indirect, "the ferry will stop running at the end of May", "Harbour Gazette", "reported by")];
    as_first_reported_by:
        "As first reported by the Gazette on Monday, the board will sell the old dredger.", []
        => [(Indirect, "the board will sell the old dredger", "Gazette", "reported by")];
    // ... not "As reported," with no source
    as_reported_without_a_source:
        "As reported, the ferry will stop running at the end of May.", []
        => [];
}

t! {
    // "by" after a copula names a way, not a report
    copula_by_saying_is_no_report:
        "The surest way to win the crowd is by telling the pilots their pier will stay open.", []
        => [];
}

t! {
    // a quantifier standing alone as the subject of a verb of saying or stance, opening its
    // sentence or clause
    most_believe_that:
        "Most riders approve of the new ferry. Most believe that the crossing has become safer since the pier reopened.", []
        => [(Indirect, "the crossing has become safer since the pier reopened", "Most", "believe")];
    but_few_think:
        "Both captains want a deal. But few think the harbour board will agree to the new fares.", []
        => [(Indirect, "the harbour board will agree to the new fares", "few", "think")];
    many_fear_after_a_semicolon:
        "The pilots are angry; many fear the board will close the pier for good.", []
        => [(Indirect, "the board will close the pier for good", "many", "fear")];
    // ... not a quantifier inside a phrase ("have some say"), nor "most" as an adverb
    some_say_as_a_noun_is_no_report:
        "The crews have some say in the plan for the pier this winter.", []
        => [];
    most_informed_is_no_report:
        "Most informed riders aren’t too interested in the fares, even if they can name every boat.", []
        => [];
}
