//! Words of a paragraph, with each quotation piece standing as one opaque token.
//!
//! The attribution rules look at the writer's words around a quotation, never inside it; a
//! quotation piece is therefore a single [`Kind::Quote`] token. Words keep internal apostrophes,
//! hyphens and dots (`Dmitriev’s`, `vice-presidential`, `U.S.`), and take a final dot when they are
//! an abbreviation or an initial (`Sen.`, `J.`), so that a sentence end is a [`Kind::Punct`] dot.

use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct,
    /// A quotation piece (marks included in the span); the index is the piece's number.
    Quote(usize),
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: Kind,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr", "sr", "gen", "col", "lt", "sgt",
    "capt", "prof", "rev", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sept", "sep", "oct", "nov", "dec", "vs", "etc", "adm", "maj", "cmdr", "atty", "supt",
    "pres", "sens", "reps", "govs", "mt", "ft", "ave", "blvd",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokens of `text[para]`; `pieces` are the quotation pieces lying in this paragraph, in order,
/// as `(outer span, piece number)`.
pub(crate) fn tokenize(text: &str, para: Span, pieces: &[(Span, usize)]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut pos = para.start;
    let mut next_piece = 0;
    while pos < para.end {
        if let Some(&(outer, n)) = pieces.get(next_piece) {
            if pos >= outer.start {
                out.push(Tok {
                    span: outer,
                    kind: Kind::Quote(n),
                });
                pos = outer.end.max(pos + 1);
                while !text.is_char_boundary(pos) {
                    pos += 1;
                }
                next_piece += 1;
                continue;
            }
        }
        let limit = pieces
            .get(next_piece)
            .map_or(para.end, |&(o, _)| o.start.min(para.end));
        let rest = &text[pos..limit];
        let Some(c) = rest.chars().next() else {
            pos = limit;
            continue;
        };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if !is_word_char(c) {
            // "--" stands for a dash.
            let len = if rest.starts_with("--") {
                2
            } else {
                c.len_utf8()
            };
            out.push(Tok {
                span: Span::new(pos, pos + len),
                kind: Kind::Punct,
            });
            pos += len;
            continue;
        }
        // A word: letters and digits, joined by ' ’ - . & when a word character follows.
        let bytes = rest.as_bytes();
        let mut end = 0;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_word_char(c) {
                end = i + c.len_utf8();
                continue;
            }
            if matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑') {
                if let Some(&(_, n)) = chars.peek() {
                    if is_word_char(n) {
                        continue;
                    }
                }
                // possessive plural: Jones’ (apostrophe after s, then not a word char)
                if matches!(c, '\'' | '’') && end > 0 && bytes[end - 1] == b's' {
                    end = i + c.len_utf8();
                }
            }
            break;
        }
        let word = &rest[..end];
        // Abbreviation, initial or dotted acronym takes its final dot.
        if rest[end..].starts_with('.') {
            let lower = word.to_ascii_lowercase();
            let single_cap = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if single_cap || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str()) {
                end += 1;
            }
        }
        out.push(Tok {
            span: Span::new(pos, pos + end),
            kind: Kind::Word,
        });
        pos += end.max(1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    out
}

/// Helpers on a token's text.
pub(crate) trait TokExt {
    fn text<'t>(&self, text: &'t str) -> &'t str;
    fn is_word(&self) -> bool;
    fn is_punct(&self, text: &str, p: &str) -> bool;
    fn is_cap(&self, text: &str) -> bool;
    fn lower(&self, text: &str) -> String;
}

impl TokExt for Tok {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.as_str(text)
    }
    fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    fn is_punct(&self, text: &str, p: &str) -> bool {
        self.kind == Kind::Punct && p.contains(self.text(text))
    }
    fn is_cap(&self, text: &str) -> bool {
        // capitalised, or a script without case (東京) standing where a name would
        self.kind == Kind::Word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
    }
    fn lower(&self, text: &str) -> String {
        self.text(text).to_lowercase().replace('’', "'")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()), &[])
            .iter()
            .map(|t| t.span.as_str(text))
            .collect()
    }

    #[test]
    fn words_keep_abbreviations_and_possessives() {
        assert_eq!(
            words("Sen. J. Smith of the U.S. said Jones’ dog’s vice-presidential -- no."),
            vec![
                "Sen.",
                "J.",
                "Smith",
                "of",
                "the",
                "U.S.",
                "said",
                "Jones’",
                "dog’s",
                "vice-presidential",
                "--",
                "no",
                "."
            ]
        );
    }

    #[test]
    fn quote_is_one_token() {
        let text = "He said “a b c” today.";
        let outer = Span::new(8, text.find("today").unwrap() - 1);
        let toks = tokenize(text, Span::new(0, text.len()), &[(outer, 7)]);
        assert_eq!(toks[2].kind, Kind::Quote(7));
        assert_eq!(toks[3].span.as_str(text), "today");
    }
}
