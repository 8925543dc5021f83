//! Regressions (session 34, lead): a quotation whose attribution comes later in its sentence,
//! after a comma in the middle (`“…” income, she said, rather than …`) or after a second
//! quotation of the sentence closing on its comma (`“…” but needed “…,” she said.`); an aside
//! set off before the verb (`Tom Ruiz, for one, called “…”`) and never a number as the speaker;
//! an adverb before a subordinator opening the sentence (`Ever since …,`); a past verb before a
//! particle ending the speaker's phrase (`his campaign sent out a text saying`). Sentences
//! written for the tests.

use super::{run, speaker_of};

#[test]
fn said_between_commas_later_in_the_sentence_attributes_the_opening_quote() {
    let body = "Ann Poole, an economist at the institute, has studied the code for years.\n\n\
                \"Most of the work in the code comes from measuring\" income, she said, rather \
                than from breaks for homes.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "Most of the work").as_deref(),
        Some("Ann Poole"),
        "{rows:?}"
    );
}

#[test]
fn a_second_quote_closing_on_its_comma_carries_the_attribution_to_the_first() {
    let body = "Ann Poole, an economist at the institute, has studied the code for years.\n\n\
                \"They are costly\" but needed \"for the long run of the firm,\" she said.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "They are costly").as_deref(),
        Some("Ann Poole"),
        "{rows:?}"
    );
    assert_eq!(
        speaker_of(&rows, "for the long run").as_deref(),
        Some("Ann Poole"),
        "{rows:?}"
    );
}

#[test]
fn a_verb_of_saying_before_the_second_quote_keeps_the_first_unattributed() {
    // "bristled" is the paper's word for the man's mood, not the paper's quotation of itself.
    let body = "Asked about the race, Dan Cole \"bristled\" and said, \"No comment,\" the \
                Harbour Herald reported.";
    let rows = run(body, &[]);
    assert!(
        rows.iter()
            .all(|r| !(r.1 == "bristled" && r.2.as_deref() == Some("Harbour Herald"))),
        "{rows:?}"
    );
}

#[test]
fn said_between_commas_before_a_quotation_introduces_that_quotation_only() {
    // The show's title before ", he said, “…”" stays a title, not the start of his quotation.
    let body = "Ned Voss spoke to the press on Monday.\n\n\
                On the station's \"Morning Harbour Hour\" Tuesday, he said, \"I never promised \
                to pay for the repairs.\"";
    let rows = run(body, &[]);
    let quote = rows
        .iter()
        .find(|r| r.1.contains("I never promised"))
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert!(quote.1.starts_with("I never promised"), "{rows:?}");
    assert_eq!(quote.2.as_deref(), Some("Ned Voss"), "{rows:?}");
}

#[test]
fn an_aside_before_the_verb_leaves_the_name_before_it_the_speaker() {
    let body = "The mayor's attack on the board in a debate on Saturday, including a claim \
                that it ignored warnings before the March 4, 2019, floods, convinced many voters \
                that she had gone too far, and made charges that Tom Ruiz, for one, called \
                \"city hall talk.\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "city hall talk").as_deref(),
        Some("Tom Ruiz"),
        "{rows:?}"
    );
}

#[test]
fn a_number_is_never_the_farthest_phrase_of_a_comma_chain() {
    // No name in the chain: before the rule the year "2019" spoke. (The farthest phrase,
    // "floods", still does: the chain of commas is read as appositions; noted, left.)
    let body = "The warnings before the March 4, 2019, floods, critics, in turn, called \
                \"a plain lie.\"";
    let rows = run(body, &[]);
    assert!(
        rows.iter().all(|r| r.2.as_deref() != Some("2019")),
        "{rows:?}"
    );
}

#[test]
fn ever_since_opens_a_clause_not_a_name() {
    let body = "Ever since she joined the race this month, Ms. Lane has been a strong voice, \
                attacking the mayor and visiting the offices in town to urge staff with a \
                simple message: \"Do not give up!\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "Do not give up").as_deref(),
        Some("Lane"),
        "{rows:?}"
    );
}

#[test]
fn shortly_after_opens_a_clause_and_even_rendell_stays_a_name() {
    let body = "Shortly after the vote closed, Ms. Lane wrote to her staff with a short note: \
                \"We did it.\"\n\n\
                Even Rendell, a longtime Lopez ally, said, \"The count was fair.\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "We did it").as_deref(),
        Some("Lane"),
        "{rows:?}"
    );
    assert_eq!(
        speaker_of(&rows, "The count was fair").as_deref(),
        Some("Rendell"),
        "{rows:?}"
    );
}

#[test]
fn a_past_verb_before_a_particle_ends_the_speakers_phrase() {
    let body = "Even before Roe took the stage on Tuesday night, his campaign sent out a text \
                to backers saying: \"We won the county! Give now.\"\n\n\
                The Lopez campaign shrugged off the claim, telling reporters, \"Nobody asked \
                for that.\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "We won the county").as_deref(),
        Some("his campaign"),
        "{rows:?}"
    );
    assert_eq!(
        speaker_of(&rows, "Nobody asked").as_deref(),
        Some("The Lopez campaign"),
        "{rows:?}"
    );
}

#[test]
fn having_opening_the_sentence_is_no_speaker() {
    // "Having" read as a capitalised name before the reporting verb "said".
    let body = "Having said that she would not run, Judge Perrin went on to speak of the \
                budget.";
    let rows = run(body, &[]);
    assert!(
        rows.iter().all(|r| r.2.as_deref() != Some("Having")),
        "{rows:?}"
    );
}

#[test]
fn a_capitalised_ing_name_before_a_past_verb_is_the_subject() {
    // "King" read as a participle opening a phrase up to a comma that never came: no speaker.
    let body = "The vote was close.\n\n\
                King smiled and said the count was \"fair and quick.\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "fair and quick").as_deref(),
        Some("King"),
        "{rows:?}"
    );
}

#[test]
fn a_gerund_opening_the_sentence_is_still_no_speaker() {
    let body = "Using a soft filter adds \"depth and warmth\" to a photo, the guide says.";
    let rows = run(body, &[]);
    assert!(
        rows.iter().all(|r| r.2.as_deref() != Some("Using")),
        "{rows:?}"
    );
}

#[test]
fn a_plural_subject_before_a_present_verb_of_saying_speaks() {
    // "argue" is a base form, read as a verb of saying only after an auxiliary before.
    let body = "The two experts argue that \"there is no rule for this at all.\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "there is no rule").as_deref(),
        Some("two experts"),
        "{rows:?}"
    );
}

#[test]
fn a_later_verb_of_saying_keeps_the_quotation_from_the_plural_present() {
    let body = "Dan Pike was sentenced on Monday.\n\n\
                Prosecutors say that he told an agent, \"I would do it all again.\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "I would do it").as_deref(),
        Some("Dan Pike"),
        "{rows:?}"
    );
}

#[test]
fn said_first_after_an_opening_but_is_inverted() {
    let body = "The mayor was firm on the budget.\n\n\
                But, said Ruiz, \"I do not want a fight with the board.\"";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "I do not want").as_deref(),
        Some("Ruiz"),
        "{rows:?}"
    );
}

#[test]
fn an_object_pronoun_closes_a_qualified_speaker() {
    // "him" and "them" are stop words: the phrase before "said" came out empty and the
    // quotation had no speaker at all.
    let body = "The port talks went on late.\n\n\
                \"We will sign it soon,\" a source close to him said.\n\n\
                \"We will sign it later,\" an aide close to them said.";
    let rows = run(body, &[]);
    assert_eq!(
        speaker_of(&rows, "We will sign it soon").as_deref(),
        Some("a source close to him"),
        "{rows:?}"
    );
    assert_eq!(
        speaker_of(&rows, "We will sign it later").as_deref(),
        Some("an aide close to them"),
        "{rows:?}"
    );
}
