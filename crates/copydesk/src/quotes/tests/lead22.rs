//! Regressions (session 22): "the company", "the union", "the agency" as speakers stand for the
//! one organisation named before that the noun fits (its name's last word, a business's legal
//! ending, or its description's head). Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // the name ends in the noun, or in a business's legal ending for "company" and "firm"
    the_noun_names_the_organisation_whose_name_ends_in_it:
        "The Harbor Workers Union met the owners of Varen Freight Inc. on Monday.\n\n“We will strike in May,” the union said.\n\n“We are ready to talk,” the company said.", []
        => [(Direct, "We will strike in May,", "Harbor Workers Union", "said"), (Direct, "We are ready to talk,", "Varen Freight Inc.", "said")];
    // ... or in its description's head
    the_noun_names_the_organisation_it_describes:
        "The mayor met the Varen Shipping Company, a Tolan freight firm, on Monday.\n\n“We will hire 200 people,” the firm said.", []
        => [(Direct, "We will hire 200 people,", "Varen Shipping Company", "said")];
    // two organisations that fit: no one
    two_that_fit_name_no_one:
        "Varen Freight Inc. bought Tolan Ferries Ltd. on Monday.\n\n“The deal is done,” the company said.", []
        => [(Direct, "The deal is done,", "the company", "said")];
    // an organisation of no known kind named since may be the one meant: no one
    one_of_no_known_kind_named_since_blocks:
        "Varen Freight Inc. sold its boats to Tolan Ferries on Monday.\n\n“The deal is done,” the company said.", []
        => [(Direct, "The deal is done,", "the company", "said")];
    // a noun no organisation fits stays the words
    a_noun_nothing_fits_stays_the_words:
        "The Harbor Workers Union met the mayor on Monday.\n\n“The pier will open,” the agency said.", []
        => [(Direct, "The pier will open,", "the agency", "said")];
}
