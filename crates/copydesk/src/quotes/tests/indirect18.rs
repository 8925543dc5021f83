//! Regressions (session 18): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // more base forms read as a present tense after a plural subject
    critics_oppose_reports_its_object:
        "Critics oppose the plan to close the night ferry.", []
        => [(Indirect, "the plan to close the night ferry", "Critics", "oppose")];
    residents_complain_reports_its_clause:
        "Island residents complain that the ferry is always late.", []
        => [(Indirect, "the ferry is always late", "Island residents", "complain")];
    // ... a form as often a noun after a word in -s
    families_hope_reports_its_clause:
        "Island families hope the harbour board will keep the night ferry.", []
        => [(Indirect, "the harbour board will keep the night ferry", "Island families", "hope")];
    farmers_blame_reports_its_object:
        "Local farmers blame the new toll for the empty quay.", []
        => [(Indirect, "the new toll for the empty quay", "Local farmers", "blame")];
    // ... never after a capitalised singular, a possessive or a determiner with "only"
    a_name_before_support_is_no_subject:
        "Harbour support for the new toll has faded since the spring.", []
        => [];
    a_possessive_before_support_is_no_subject:
        "The board's support for the toll faded after the vote in the spring.", []
        => [];
    the_only_hope_is_a_noun:
        "The only hope the islanders have is that the board said the ferry will stay.", []
        => [(Indirect, "the ferry will stay", "the board", "said")];
    // ... and a description after "who", not a report
    voters_who_support_is_no_report:
        "Voters who support the new toll are few on the island this year.", []
        => [];
    // a base form after an auxiliary in a sentence with no other verb of speech
    would_support_is_read:
        "The harbour board would support a second ferry in the summer.", []
        => [(Indirect, "a second ferry in the summer", "The harbour board", "would support")];
    did_not_mention_is_read:
        "The mayor did not mention the price of the second pier.", []
        => [(Indirect, "the price of the second pier", "The mayor", "did not mention")];
}
