//! Regressions (session 35, lead): a quotation broken by an aside between dashes takes the
//! attribution after its second piece; a verb whose object is a person (`thanked`) is never
//! read inverted after a title in marks; a statement issued "saying" names its issuer; a
//! noun of saying after a possessive no longer names the speaker when someone else sums the
//! words up (`played down X's remarks as “…”`) or another verb of saying stands between; a
//! possessive "her" or "his" stands for the person named before it in its sentence.
//! Sentences written for the tests.

use super::{run, speaker_of};

#[test]
fn a_dash_aside_between_two_pieces_takes_the_later_attribution() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                \"We will win the vote,\" Ortega said.\n\n\
                \"I don't think the old plan\" -- that the harbour would close in winter -- \
                \"is going to last,\" Lopez says.";
    let rows = run(body, &[]);
    // (it was the previous paragraph's speaker, Ortega, as a continuation)
    assert_eq!(
        speaker_of(&rows, "I don't think").as_deref(),
        Some("Ana Lopez"),
        "{rows:?}"
    );
    assert_eq!(
        speaker_of(&rows, "is going to last").as_deref(),
        Some("Ana Lopez"),
        "{rows:?}"
    );
}

#[test]
fn a_dash_aside_alone_at_the_paragraph_start_is_attributed_too() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                \"The ferry plan\" -- a deal made in the spring -- \"was never fair,\" Ortega \
                said.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "The ferry plan").as_deref(),
        Some("Bill Ortega"),
        "{rows:?}"
    );
}

#[test]
fn a_sign_off_after_a_dash_is_still_read_first() {
    let body = "The board met on Friday to settle the budget.\n\n\
                \"We will not raise the fares this year.\" -- Commissioner Jane Roe";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "We will not raise").as_deref(),
        Some("Jane Roe"),
        "{rows:?}"
    );
}

#[test]
fn thanked_after_a_title_in_marks_is_not_read_inverted() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                Carter, host of the radio show \"Morning Tide,\" thanked Lopez for \"keeping the \
                harbour open in the storm.\"";
    let rows = run(body, &[]);
    // (it was "Lopez", read as `thanked Lopez` = `said Lopez`)
    assert_ne!(
        speaker_of(&rows, "keeping the harbour").as_deref(),
        Some("Ana Lopez"),
        "{rows:?}"
    );
}

#[test]
fn said_after_a_quotation_is_still_read_inverted() {
    let body = "The council met on Friday.\n\n\
                \"We have waited long enough,\" said Ann Roe, who chairs the board.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "We have waited").as_deref(),
        Some("Ann Roe"),
        "{rows:?}"
    );
}

#[test]
fn a_statement_issued_saying_names_its_issuer() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                Harbour Trust President Jessica Marlow issued a statement saying his comment \
                \"has no place in this town\" and said voters will remember.";
    let rows = run(body, &[]);
    // (it was "his", resolved to Ortega, through "his comment")
    assert_eq!(
        speaker_of(&rows, "has no place").as_deref(),
        Some("Jessica Marlow"),
        "{rows:?}"
    );
}

#[test]
fn a_statement_issued_saying_that_names_its_issuer_past_a_possessive_earlier() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                In response to Ortega's comments in Portland, Jessica Marlow released a \
                statement saying that Ortega had \"lost his way\" during the campaign.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "lost his way").as_deref(),
        Some("Jessica Marlow"),
        "{rows:?}"
    );
}

#[test]
fn remarks_summed_up_as_a_phrase_are_not_their_author_s() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                Last year, Lopez played down Ortega's remarks as \"just part of the race\" and \
                moved on.";
    let rows = run(body, &[]);
    let row = rows.iter().find(|r| r.1.starts_with("just part of"));
    assert!(
        row.is_none_or(|r| r.2.as_deref() != Some("Bill Ortega")),
        "{rows:?}"
    );
}

#[test]
fn a_possessive_claim_before_the_quote_still_names_its_owner() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                The row began with Ortega's claim that the mayor \"sold the harbour\" to a \
                friend.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "sold the harbour").as_deref(),
        Some("Bill Ortega"),
        "{rows:?}"
    );
}

#[test]
fn her_stands_for_the_person_named_before_it_in_its_sentence() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                Kate Dunn asked about the port.\n\n\
                As the debate went on and Lopez stood by her comment Monday that \"the port is \
                dying,\" Ortega again tried to answer.";
    let rows = run(body, &[]);
    // (it was Kate Dunn: "Lopez" after "and" is not subject-like for the wider search)
    assert_eq!(
        speaker_of(&rows, "the port is dying").as_deref(),
        Some("Ana Lopez"),
        "{rows:?}"
    );
}

#[test]
fn her_with_no_one_before_it_in_its_sentence_keeps_the_wider_search() {
    let body = "Mayor Ana Lopez spoke at the harbour on Monday.\n\n\
                The crowd cheered her promise of \"a port for every family\" as the rain fell.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "a port for every family").as_deref(),
        Some("Ana Lopez"),
        "{rows:?}"
    );
}

#[test]
fn her_does_not_take_a_man_named_before_it() {
    let body = "Mayor Ana Lopez spoke at the harbour on Monday.\n\n\
                Senator Bill Ortega met the crowd, which cheered her promise of \"a port for \
                every family\" as the rain fell.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "a port for every family").as_deref(),
        Some("Ana Lopez"),
        "{rows:?}"
    );
}

#[test]
fn a_count_of_people_in_a_clause_before_the_participle_chants() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                Lopez spoke near the old cannery, where about 50 fishermen had gathered on \
                Monday, chanting \"no quota, no peace\" after the talks failed.";
    let rows = run(body, &[]);
    // (it was Lopez: "about" opened no phrase, so the clause had no subject)
    assert_eq!(
        speaker_of(&rows, "no quota").as_deref(),
        Some("about 50 fishermen"),
        "{rows:?}"
    );
}

#[test]
fn a_count_of_things_in_a_clause_before_the_participle_does_not_chant() {
    let body = "Mayor Ana Lopez and Senator Bill Ortega met the press on Monday.\n\n\
                Lopez spoke near the old cannery, where about 50 crates had been stacked on \
                Monday, chanting \"no quota, no peace\" to the crowd.";
    let rows = run(body, &[]);
    assert_ne!(
        speaker_of(&rows, "no quota").as_deref(),
        Some("about 50 crates"),
        "{rows:?}"
    );
}
