//! Regressions (session 23, helper quo): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::{Label, QuoteKind};

t! {
    // "declined to comment" and "refused comment" closing the sentence report nothing said;
    // "declined to say" stays unread
    declined_to_comment_reports:
        "A spokesman for the harbour board declined to comment.", []
        => [(Indirect, "to comment", "A spokesman for the harbour board", "declined")];
    refused_comment_reports:
        "Tom Pike refused comment.", [("Tom Pike", Person)]
        => [(Indirect, "comment", "Tom Pike", "refused")];
    declined_to_say_is_no_report:
        "Tom Pike declined to say.", [("Tom Pike", Person)]
        => [];
}
