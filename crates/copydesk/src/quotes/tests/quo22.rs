//! Regressions (session 22, helper quo): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::{Label, QuoteKind};

t! {
    // a relative clause after a comma reports through its verb even when its own report holds
    // a finite verb ("the crew believes"); a verb after the comma closing the clause is the main one
    a_relative_clause_reports_a_clause_with_its_own_verb:
        "The harbour board met Tom Pike, who said the crew believes the new ferry will run by June.", [("Tom Pike", Person)]
        => [(Indirect, "the crew believes the new ferry will run by June", "Tom Pike", "said")];
    a_relative_clause_before_the_main_verb_is_read_as_before:
        "Ann Roe, who said the old pier is unsafe, told reporters the ferry will run late.", [("Ann Roe", Person)]
        => [(Indirect, "the old pier is unsafe", "Ann Roe", "said"),
            (Indirect, "the ferry will run late", "Ann Roe", "told")];
}

t! {
    // "which" after a named body and a comma speaks through any verb of the lists, not only
    // through a verb of saying; not after a time ("in May, which showed …")
    a_named_body_which_endorsed_reports:
        "The Harbour Trust, which has endorsed Ann Roe, printed new posters for the vote.", [("Harbour Trust", Org), ("Ann Roe", Person)]
        => [(Indirect, "Ann Roe", "Harbour Trust", "has endorsed")];
    a_month_which_showed_is_no_speaker:
        "The council published its accounts in May, which showed the ferry made a loss.", []
        => [];
}

t! {
    // a passive of stance with its agent after "by": the subject is what is reported, the
    // agent speaks (up to a preposition opening an adjunct); a margin is no agent
    a_passive_with_its_agent_reports:
        "The ferry plan was backed by 62 percent of the riders.", []
        => [(Indirect, "The ferry plan", "62 percent of the riders", "was backed")];
    a_passive_agent_ends_before_an_adjunct:
        "Ann Roe has been hotly criticized by several of her rivals for her votes on the pier.", [("Ann Roe", Person)]
        => [(Indirect, "Ann Roe", "several of her rivals", "has been hotly criticized")];
    a_margin_is_no_agent:
        "The harbour bill was rejected by a two-vote margin.", []
        => [];
}

t! {
    // a plural subject with a prepositional modifier before a present plural: "aides to X",
    // "critics of X"; the modifier's preposition is read past when no plural stands before it
    aides_to_someone_say_reports:
        "Aides to the harbour master say the night ferry will stop in May.", []
        => [(Indirect, "the night ferry will stop in May", "Aides to the harbour master", "say")];
    critics_of_a_plan_say_reports:
        "Critics of the pier plan say the fares will rise.", []
        => [(Indirect, "the fares will rise", "Critics of the pier plan", "say")];
    supporters_who_sailed_from_somewhere_say_reports:
        "Supporters who sailed from the island say the quay needs a second crane.", []
        => [(Indirect, "the quay needs a second crane", "Supporters", "say")];
}

t! {
    // an adverb set off by commas between a plural subject and its present tense
    others_however_say_reports:
        "Others, however, say the second pier is overdue.", []
        => [(Indirect, "the second pier is overdue", "Others", "say")];
    pilots_meanwhile_say_reports:
        "Many pilots, meanwhile, say the night ferry is unsafe.", []
        => [(Indirect, "the night ferry is unsafe", "Many pilots", "say")];
}
