//! Entities: mentions found by rules and gazetteers, clustered one entity per real-world thing.
//!
//! (Skeleton: only user-supplied names. The full recogniser lands with issue 3.)

use aho_corasick::{AhoCorasick, MatchKind};

use crate::article::{Article, Entity, Label};
use crate::{Error, Span};

/// The entity recogniser: compiled gazetteers and user lists.
#[derive(Debug)]
pub struct Recognizer {
    user: Option<(AhoCorasick, Vec<(String, Label)>)>,
}

impl Recognizer {
    /// Build the recogniser with the built-in gazetteers and the user's own `(name, label)` list.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] for an empty name.
    pub fn new(user: &[(String, Label)]) -> Result<Recognizer, Error> {
        for (index, (name, _)) in user.iter().enumerate() {
            if name.trim().is_empty() {
                return Err(Error::Gazetteer {
                    index,
                    reason: "empty name".into(),
                });
            }
        }
        let user = if user.is_empty() {
            None
        } else {
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(user.iter().map(|(n, _)| n.as_str()))
                .map_err(|e| Error::Build(e.to_string()))?;
            Some((ac, user.to_vec()))
        };
        Ok(Recognizer { user })
    }

    /// Entities of an article whose structure is already known.
    pub fn extract(&self, article: &Article) -> Vec<Entity> {
        let mut out: Vec<Entity> = Vec::new();
        let Some((ac, names)) = &self.user else {
            return out;
        };
        for p in article.paragraphs() {
            let s = p.span.as_str(&article.text);
            for m in ac.find_iter(s) {
                let span = Span::new(p.span.start + m.start(), p.span.start + m.end());
                let (name, label) = &names[m.pattern().as_usize()];
                if let Some(e) = out.iter_mut().find(|e| &e.name == name) {
                    e.mentions.push(span);
                } else {
                    out.push(Entity {
                        id: format!("E{}", out.len() + 1),
                        label: *label,
                        name: name.clone(),
                        aliases: Vec::new(),
                        mentions: vec![span],
                        descriptions: Vec::new(),
                    });
                }
            }
        }
        out
    }
}
