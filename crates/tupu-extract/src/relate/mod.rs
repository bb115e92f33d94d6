//! Stage 4: relations between mentions, and the numbers stated about them.
//!
//! Works on mentions (not yet merged into entities), one sentence at a time
//! with a little memory of the sentence before: what a pronoun (其, 该模型,
//! 这款应用) points to, what the paragraph is about. [`rules`] holds the
//! relation patterns, [`facts`] the numeric facts, [`numbers`] the parsing
//! of Chinese numbers and periods.

pub mod facts;
pub mod numbers;
pub mod rules;
#[cfg(test)]
mod tests;

use crate::dictionary::Dictionary;
use crate::model::{Mention, Predicate, Span};
use crate::normalize::Document;

/// A relation between two mentions (indices into the mention list).
#[derive(Debug, Clone, PartialEq)]
pub struct RelationCandidate {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: usize,
    pub sentence: usize,
    /// The sentence (doc char span) that states it.
    pub evidence: Span,
    pub rule: &'static str,
    pub confidence: f32,
    pub hedged: bool,
}

/// A numeric fact about a mention.
#[derive(Debug, Clone, PartialEq)]
pub struct FactCandidate {
    pub subject: usize,
    pub metric: String,
    pub value: f64,
    pub unit: String,
    pub date: Option<String>,
    pub sentence: usize,
    /// Where the number is (doc char span).
    pub evidence: Span,
    pub rule: &'static str,
    pub confidence: f32,
    /// Forecasts and plans: kept apart from the facts.
    pub hedged: bool,
}

#[derive(Debug, Default)]
pub struct Related {
    pub relations: Vec<RelationCandidate>,
    pub facts: Vec<FactCandidate>,
}

/// Words that make a statement a plan, a forecast or a rumour.
pub fn is_hedged(text: &str) -> bool {
    const HEDGES: &[&str] = &[
        "计划",
        "拟",
        "传闻",
        "据传",
        "预计",
        "有望",
        "或将",
        "打算",
        "考虑",
        "洽谈",
        "商谈",
        "谈判中",
        "可能会",
        "预期",
        "目标是",
        "力争",
        "预测",
    ];
    // One pass of a literal automaton instead of a search per word: this
    // runs for every sentence and clause.
    static ANY_HEDGE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    ANY_HEDGE.get_or_init(|| regex::Regex::new(&HEDGES.join("|")).expect("literal words compile")).is_match(text)
}

/// The indices of one sentence's mentions. Mentions come in text order, so
/// this is a binary search, not a scan: articles can be long.
pub fn sentence_members(mentions: &[Mention], sentence: usize) -> std::ops::Range<usize> {
    let start = mentions.partition_point(|m| m.sentence < sentence);
    let end = mentions.partition_point(|m| m.sentence <= sentence);
    start..end.max(start)
}

pub fn relate(doc: &Document, mentions: &[Mention], dictionary: &Dictionary) -> Related {
    let mut related = Related::default();
    rules::apply(doc, mentions, dictionary, &mut related.relations);
    facts::extract(doc, mentions, &mut related.facts);
    related
}
