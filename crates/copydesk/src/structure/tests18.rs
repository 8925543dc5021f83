//! Session 18's rules (titles and body on full pages), each with the case it was made for.

use super::test_text::{P1, P2, P3, P4, title};

#[test]
fn a_heading_cut_short_of_the_page_title_gives_the_page_title() {
    let text = format!(
        "Best Reading Lamps for Small Rooms | Harbor Home\n\nHome\n\nLighting\n\nReviews\n\n\
         Best Reading Lamps\n\nBy Jane Roe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(title(&text), Some("Best Reading Lamps for Small Rooms"));
}

#[test]
fn a_heading_before_the_page_titles_separator_stays_the_title() {
    for first in [
        "Best Reading Lamps: Our Top Picks | Harbor Home",
        "Best Reading Lamps, Tested by Editors | Harbor Home",
    ] {
        let text = format!(
            "{first}\n\nHome\n\nLighting\n\nReviews\n\n\
             Best Reading Lamps\n\nBy Jane Roe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
        );
        assert_eq!(title(&text), Some("Best Reading Lamps"), "{first}");
    }
}

#[test]
fn a_headline_over_a_standfirst_and_a_credit_is_the_title() {
    let text = format!(
        "Harbor Home Awards 2025: Lamps and Reading Lights - Harbor Home\n\nHome\n\nLighting\n\n\
         Reviews\n\nThese are the best reading lamps of 2025\n\n\
         Here is what we liked this spring\n\nPhoto: Harbor Home\n\nBy Jane Roe\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(
        title(&text),
        Some("These are the best reading lamps of 2025")
    );
}

#[test]
fn three_lines_up_a_line_sharing_little_with_the_page_title_is_no_headline() {
    let text = format!(
        "Harbor Home Awards 2025: Lamps and Reading Lights - Harbor Home\n\nHome\n\nLighting\n\n\
         Reviews\n\nOur favourite desks with lamps\n\n\
         Here is what we liked this spring\n\nPhoto: Harbor Home\n\nBy Jane Roe\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_ne!(title(&text), Some("Our favourite desks with lamps"));
}

#[test]
fn the_line_that_ends_the_breadcrumb_trail_above_it_is_the_headline() {
    for trail in [
        "Home » Guides » Lighting » ",
        "Home > Guides > ",
        "Guides / Lighting / ",
        "Home Guides ",
    ] {
        let text = format!(
            "Lamps We Like in 2025 | Harbor Home\n\nHome\n\nLighting\n\nReviews\n\n\
             {trail}How to Choose a Reading Lamp\n\nHow to Choose a Reading Lamp\n\n\
             {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
        );
        assert_eq!(
            title(&text),
            Some("How to Choose a Reading Lamp"),
            "{trail}"
        );
    }
}

#[test]
fn a_page_title_opening_with_home_is_no_breadcrumb_trail() {
    let text = format!(
        "Home Lighting and Lamps for Every Room in the House Talking About Lamps\n\n\
         Talking About Lamps\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_ne!(title(&text), Some("Talking About Lamps"));
}

#[test]
fn a_question_over_the_date_is_the_headline() {
    let text = format!(
        "Reading Lamps Explained: Five Things to Know | Harbor Home\n\nHome\n\nLighting\n\n\
         Reviews\n\nWhat Makes a Good Reading Lamp?\n\nMarch 3, 2025\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(title(&text), Some("What Makes a Good Reading Lamp?"));
}

const LONG: &str = "When the council first met to talk about the plan, few of the members in the room \
                    expected the debate to last for two whole years.";

#[test]
fn the_line_between_a_blog_date_and_its_text_is_the_headline() {
    let text = format!(
        "Reading Corners for Small Homes, Explained | Harbor Home\n\nHome\n\nLighting\n\n\
         Reviews\n\nMarch 3, 2025\n\nHow to Choose a Reading Lamp for Any Room\n\n\
         {LONG}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(
        title(&text),
        Some("How to Choose a Reading Lamp for Any Room")
    );
}

#[test]
fn a_byline_under_the_date_is_no_headline() {
    let text =
        format!("Harbor Home\n\nMarch 3, 2025\n\nBy Jane Roe and John Doe\n\n{LONG}\n\n{P1}\n");
    assert_ne!(title(&text), Some("By Jane Roe and John Doe"));
}

#[test]
fn a_byline_past_a_reading_time_under_the_date_is_no_headline() {
    // The date's header block ends at the reading time (furniture), so the byline after it is
    // the first line the blog-date rule looks at: only its byline test refuses it.
    let text = format!(
        "Reading Corners by Jane Roe | Harbor Home\n\nHome\n\nLighting\n\nMarch 3, 2025\n\n\
         5 min read\n\nBy Jane Roe and John Doe\n\n{LONG}\n\n{P1}\n\n{P2}\n"
    );
    assert_ne!(title(&text), Some("By Jane Roe and John Doe"));
}
