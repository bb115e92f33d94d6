//! Dictionary matching: the longest curated name at each position.

use super::SentenceView;
use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention, Span};
use crate::normalize::{to_simplified, Document};
use crate::rule::Rule;
use crate::segment::{is_cjk, Token};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Curated names keyed by their matching form: NFKC, simplified, ASCII
/// lower case, spaces kept (and a space-free variant), so that keys line up
/// char for char with the normalized text.
pub struct Lexicon {
    keys: HashMap<String, usize>,
    /// Every proper prefix of a key: the scan stops as soon as the text
    /// leaves them, so most positions cost one or two look-ups.
    prefixes: std::collections::HashSet<String>,
    max_chars: usize,
}

fn match_key(name: &str) -> String {
    let nfkc: String = name.nfkc().collect();
    to_simplified(&nfkc).chars().map(|c| c.to_ascii_lowercase()).collect()
}

fn is_ascii_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl Lexicon {
    pub fn new(dictionary: &Dictionary) -> Lexicon {
        let mut keys = HashMap::new();
        let mut max_chars = 0;
        for (id, entry) in dictionary.entries().iter().enumerate() {
            for name in entry.names() {
                let key = match_key(name);
                if key.chars().count() < 2 {
                    continue;
                }
                let compact: String = key.chars().filter(|c| *c != ' ').collect();
                // MMLU-Pro is also written "MMLU Pro" and "MMLUPro".
                let spaced = key.replace('-', " ");
                let joined: String = key.chars().filter(|c| *c != '-' && *c != ' ').collect();
                for k in [key, compact, spaced, joined] {
                    max_chars = max_chars.max(k.chars().count());
                    keys.entry(k).or_insert(id);
                }
            }
        }
        let mut prefixes = std::collections::HashSet::new();
        for key in keys.keys() {
            let mut prefix = String::new();
            for c in key.chars() {
                prefix.push(c);
                prefixes.insert(prefix.clone());
            }
        }
        Lexicon { keys, prefixes, max_chars }
    }

    /// Curated names in one sentence, longest first at each position.
    pub fn find(&self, view: &SentenceView, dictionary: &Dictionary) -> Vec<Mention> {
        let lower: Vec<char> = view.chars.iter().map(|c| c.to_ascii_lowercase()).collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < lower.len() {
            if i > 0 && is_ascii_word(lower[i]) && is_ascii_word(lower[i - 1]) {
                i += 1;
                continue;
            }
            let mut longest = None;
            let mut key = String::new();
            for len in 1..=self.max_chars.min(lower.len() - i) {
                key.push(lower[i + len - 1]);
                if !self.prefixes.contains(&key) {
                    break;
                }
                if len >= 2 {
                    if let Some(&id) = self.keys.get(&key) {
                        if self.boundaries_ok(view, &lower, i, i + len) {
                            longest = Some((len, id));
                        }
                    }
                }
            }
            match longest {
                Some((len, id)) => {
                    let mut end = i + len;
                    let entry = dictionary.entry(id);
                    // "Llama模型", "O1模型": the type word belongs to the name.
                    if entry.kind == EntityType::Model && !entry.label.ends_with("模型") {
                        for suffix in ["大模型", "模型"] {
                            if starts_with_at(view.chars, end, suffix)
                                && !followed_by_cjk_name(view.chars, end + suffix.chars().count())
                            {
                                end += suffix.chars().count();
                                break;
                            }
                        }
                    }
                    found.push(curated_mention(view, Span::new(i, end), id, entry.kind, Rule::DICT));
                    i = end;
                }
                None => i += 1,
            }
        }
        found
    }

    /// Latin names must not run into other Latin letters or digits; short
    /// Chinese names must start where a word starts (美团 is not in 美团队).
    fn boundaries_ok(&self, view: &SentenceView, lower: &[char], start: usize, end: usize) -> bool {
        if is_ascii_word(lower[end - 1]) && end < lower.len() && is_ascii_word(lower[end]) {
            return false;
        }
        if start > 0 && is_ascii_word(lower[start]) && is_ascii_word(lower[start - 1]) {
            return false;
        }
        let cjk_only = lower[start..end].iter().all(|c| is_cjk(*c));
        if cjk_only && end - start <= 3 {
            let abs_start = view.abs(start);
            let abs_end = view.abs(end);
            let starts_word = view.tokens.iter().any(|t| t.span.start == abs_start);
            let ends_word = view.tokens.iter().any(|t| {
                t.span.end == abs_end
                    || (t.span.start < abs_end
                        && t.span.end == abs_end + 1
                        && matches!(lower.get(end), Some('市' | '省' | '区' | '县' | '州' | '的')))
            });
            return starts_word && ends_word;
        }
        true
    }

    /// Once an article has named 百度文库 or 腾讯元宝 in full, 文库 and 元宝
    /// alone mean the same thing in that article.
    pub fn find_short_forms(
        &self,
        doc: &Document,
        tokens: &[Vec<Token>],
        dictionary: &Dictionary,
        mentions: &[Mention],
    ) -> Vec<Mention> {
        let mut short: HashMap<String, (usize, EntityType)> = HashMap::new();
        for m in mentions {
            let Some(id) = m.entry else { continue };
            let entry = dictionary.entry(id);
            if !matches!(entry.kind, EntityType::Product | EntityType::Model) {
                continue;
            }
            let Some(parent) = entry.parent.as_deref().and_then(|p| dictionary.by_label(p)) else {
                continue;
            };
            for prefix in dictionary.entry(parent).names() {
                if let Some(rest) = m.text.strip_prefix(prefix) {
                    if rest.chars().count() >= 2 && rest.chars().all(is_cjk) && dictionary.lookup(rest).is_none() {
                        short.insert(rest.to_string(), (id, entry.kind));
                    }
                }
            }
        }
        let mut found = Vec::new();
        if short.is_empty() {
            return found;
        }
        for sentence in doc.sentences.iter().filter(|s| !s.boilerplate) {
            for token in &tokens[sentence.index] {
                if let Some(&(id, kind)) = short.get(&token.text) {
                    if mentions.iter().any(|m| m.span.overlaps(token.span)) {
                        continue;
                    }
                    let view_start = sentence.span.start;
                    let rel = Span::new(token.span.start - view_start, token.span.end - view_start);
                    let view = SentenceView::new(doc, sentence, &tokens[sentence.index]);
                    found.push(curated_mention(&view, rel, id, kind, Rule::DICT_SHORT_FORM));
                }
            }
        }
        found
    }
}

fn curated_mention(view: &SentenceView, rel: Span, id: usize, kind: EntityType, rule: Rule) -> Mention {
    Mention { entry: Some(id), ..view.mention(rel, kind, rule) }
}

pub(crate) fn starts_with_at(chars: &[char], at: usize, s: &str) -> bool {
    s.chars().enumerate().all(|(k, c)| chars.get(at + k) == Some(&c))
}

/// "文心大模型" after "文心": the suffix starts another name's word, not ours.
fn followed_by_cjk_name(chars: &[char], at: usize) -> bool {
    // A suffix followed directly by 的/和/、/punctuation closes the name; one
    // followed by more Han characters is usually a longer compound
    // (模型训练), which the suffix must not be taken from.
    matches!(chars.get(at), Some(c) if is_cjk(*c) && !matches!(c, '的' | '和' | '与' | '及' | '在' | '是' | '已' | '将' | '也' | '等' | '为' | '则'))
}
