//! Dictionary matching: the longest curated name at each position.

use super::SentenceView;
use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention, Span};
use crate::normalize::{to_simplified, Document};
use crate::rule::Rule;
use crate::segment::{is_cjk, Token};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Curated names keyed by their matching form: NFKC, simplified, ASCII
/// lower case, spaces kept (and a space-free variant), so that keys line up
/// char for char with the normalized text.
pub struct Lexicon {
    /// Every key, found in one pass over a sentence: all keys that start at
    /// each position come out (overlapping search), which is what the
    /// longest-match scan needs. It replaced a hash look-up of every prefix
    /// at every position, a tenth of extraction time.
    automaton: AhoCorasick,
    /// Entry index of each key, by the automaton's pattern id.
    ids: Vec<usize>,
}

fn match_key(name: &str) -> String {
    let nfkc: String = name.nfkc().collect();
    to_simplified(&nfkc).chars().map(|c| c.to_ascii_lowercase()).collect()
}

/// The matching keys of a curated name: its key and the spellings articles
/// also use; none for a name under two chars, which would match anywhere.
fn spellings(name: &str) -> Vec<String> {
    let key = match_key(name);
    if key.chars().count() < 2 {
        return Vec::new();
    }
    let compact: String = key.chars().filter(|c| *c != ' ').collect();
    // MMLU-Pro is also written "MMLU Pro" and "MMLUPro".
    let spaced = key.replace('-', " ");
    let joined: String = key.chars().filter(|c| *c != '-' && *c != ' ').collect();
    // Claude 3.5 Sonnet is also written Claude-3.5-Sonnet.
    let hyphened = key.replace(' ', "-");
    // Qwen2.5 is also written Qwen 2.5: a space where letters meet digits
    // (three letters at least: AI 2 is no AI2).
    let mut letters = 0;
    let split = with_spaces(&joined, |ch| {
        let at = letters >= 3 && ch.is_ascii_digit();
        letters = if ch.is_ascii_alphabetic() { letters + 1 } else { 0 };
        at
    });
    // OpenAI is also written Open AI, DeepSeek Deep Seek: a space where a
    // lower-case letter meets a capital (read on the name, before the key
    // lowers it).
    let mut lower = false;
    let camel = match_key(&with_spaces(name, |ch| {
        let at = lower && ch.is_ascii_uppercase();
        lower = ch.is_ascii_lowercase();
        at
    }));
    let mut all = vec![key, compact, spaced, joined, hyphened, split, camel];
    // 伯克希尔·哈撒韦 is also written 伯克希尔-哈撒韦 and 伯克希尔哈撒韦: the
    // middle dot of a transliterated name as a hyphen, or left out.
    if all[0].contains('·') {
        let dotted = all[0].clone();
        all.push(dotted.replace('·', "-"));
        all.push(dotted.replace('·', ""));
    }
    all
}

/// `text` with a space before each char that `before` (called on every char
/// in order) says starts a new part.
fn with_spaces(text: &str, mut before: impl FnMut(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for ch in text.chars() {
        if before(ch) {
            out.push(' ');
        }
        out.push(ch);
    }
    out
}

fn is_ascii_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl Lexicon {
    pub fn new(dictionary: &Dictionary) -> Lexicon {
        let mut keys: HashMap<String, usize> = HashMap::new();
        for (id, entry) in dictionary.entries().iter().enumerate() {
            for name in entry.names() {
                for k in spellings(name) {
                    // The first entry to claim a key keeps it.
                    keys.entry(k).or_insert(id);
                }
            }
        }
        let (keys, ids): (Vec<String>, Vec<usize>) = keys.into_iter().unzip();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .expect("the dictionary's keys fit an automaton");
        Lexicon { automaton, ids }
    }

    /// Curated names in one sentence, longest first at each position.
    pub fn find(&self, view: &SentenceView, dictionary: &Dictionary) -> Vec<Mention> {
        let lower: Vec<char> = view.chars.iter().map(|c| c.to_ascii_lowercase()).collect();
        // (start, end, entry) in sentence chars, by start then length.
        let mut keys: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(&view.text.to_ascii_lowercase())
            .map(|m| {
                let span = view.char_span(m.start()..m.end());
                (span.start, span.end, self.ids[m.pattern().as_usize()])
            })
            .collect();
        keys.sort_unstable();
        let mut found = Vec::new();
        // Left to right: at the first position where a key starts, the
        // longest key whose boundaries hold wins and the scan goes on after
        // it; keys that start inside it are passed over.
        let mut i = 0;
        let mut k = 0;
        while k < keys.len() {
            let start = keys[k].0;
            let group_end = k + keys[k..].iter().take_while(|key| key.0 == start).count();
            let group = &keys[k..group_end];
            k = group_end;
            if start < i || start > 0 && is_ascii_word(lower[start]) && is_ascii_word(lower[start - 1]) {
                continue;
            }
            let fits = |&&(_, end, id): &&(usize, usize, usize)| {
                self.boundaries_ok(view, &lower, start, end, dictionary.entry(id).kind == EntityType::Place)
            };
            let Some(&(_, mut key_end, mut id)) = group.iter().rev().find(fits) else {
                continue;
            };
            // 百度文心一言: the longest name here (百度文心) would cut a longer
            // one that starts inside it (文心一言); a shorter name that ends
            // where that one starts (百度) splits the text into two names.
            // (Not when the longer name is jieba's one word and the other
            // key starts inside a word: 中银国际证券|业务 holds no 证券业.)
            let one_word = |s2: usize, e2: usize| {
                let (abs_start, abs_end, abs_s2, abs_e2) =
                    (view.abs(start), view.abs(key_end), view.abs(s2), view.abs(e2));
                view.tokens.iter().any(|t| t.span.start == abs_start && t.span.end == abs_end)
                    && !view.tokens.iter().any(|t| t.span.start == abs_s2 || t.span.end == abs_e2)
            };
            let cut = keys[group_end..]
                .iter()
                .any(|&(s2, e2, _)| s2 > start && s2 < key_end && e2 > key_end && !one_word(s2, e2));
            if cut {
                if let Some(&(_, end, shorter)) = group
                    .iter()
                    .rev()
                    .filter(fits)
                    .find(|&&(_, end, _)| keys[group_end..].iter().any(|&(s2, e2, _)| s2 == end && e2 > key_end))
                {
                    key_end = end;
                    id = shorter;
                }
            }
            // Wind River Linux, Las Vegas Desert Dogs: a curated place or
            // product set beside a capitalized Latin word the dictionary does
            // not know is a word of a longer name. (Not a person's name, Jeff
            // Hinton, nor a model's, Claude Sonnet; nor before an edition
            // word, iPad Air.)
            let kind = dictionary.entry(id).kind;
            if matches!(kind, EntityType::Place | EntityType::Product | EntityType::Company)
                && view.chars[start..key_end].iter().all(|c| c.is_ascii())
                && inside_latin_name(view.chars, &keys, start, key_end, kind == EntityType::Company)
            {
                continue;
            }
            // 期待中国会创造, 中國會不會: jieba cut 中/国会, but a place's
            // name (中国) runs over the short name's first char, so the text
            // reads the place and a verb, not the name.
            let straddled = key_end - start <= 3
                && view.chars[start..key_end].iter().all(|c| is_cjk(*c))
                && dictionary.entry(id).kind != EntityType::Place
                && keys.iter().any(|&(s2, e2, other)| {
                    s2 < start && e2 > start && e2 < key_end && dictionary.entry(other).kind == EntityType::Place
                });
            if straddled {
                continue;
            }
            // MIT License, MIT许可协议: a licence named after a body is no
            // mention of the body.
            if kind == EntityType::Organization && view.chars[start..key_end].iter().all(|c| c.is_ascii()) {
                let mut next = key_end;
                while view.chars.get(next) == Some(&' ') {
                    next += 1;
                }
                if crate::cues::LICENCE_WORDS.iter().any(|w| starts_with_at(view.chars, next, w)) {
                    continue;
                }
            }
            let mut end = key_end;
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
            // "CVS Health Corp", "Tempus AI Inc.": the article's spelling
            // keeps the firm's legal suffix.
            if entry.kind == EntityType::Company && view.chars[end - 1].is_ascii_alphanumeric() {
                if let Some(suffix) = crate::cues::LATIN_FIRM_SUFFIXES.iter().find(|s| {
                    starts_with_at(view.chars, end, s)
                        && !view.chars.get(end + s.chars().count()).is_some_and(|c| c.is_ascii_alphanumeric())
                }) {
                    end += suffix.chars().count();
                }
            }
            // 纽约联储银行, 安永-博智隆: the longer name the text writes is
            // the entity (a unit or the full registered name), not the
            // curated one.
            if end == key_end && matches!(entry.kind, EntityType::Company | EntityType::Organization) {
                let glued = glued_firm_name_end(view, start, end, entry.kind == EntityType::Company);
                // (A Latin firm's registered form, EPFR Global, Coinbase
                // Global Inc, is the curated firm itself, as CVS Health Corp.)
                if glued > end && view.chars[end - 1].is_ascii_alphanumeric() {
                    end = glued;
                } else if glued > end {
                    found.push(view.mention(Span::new(start, glued), entry.kind, Rule::DICT_GLUED_FIRM));
                    i = glued;
                    continue;
                }
            }
            found.push(curated_mention(view, Span::new(start, end), id, entry.kind, Rule::DICT));
            i = end;
        }
        found
    }

    /// Latin names must not run into other Latin letters or digits; short
    /// Chinese names must start where a word starts (美团 is not in 美团队).
    fn boundaries_ok(&self, view: &SentenceView, lower: &[char], start: usize, end: usize, place: bool) -> bool {
        if is_ascii_word(lower[end - 1]) && end < lower.len() && is_ascii_word(lower[end]) {
            return false;
        }
        // 1688.99万元, GPT-4.5: digits that run on past a point are a longer
        // number or version than the name.
        if lower[end - 1].is_ascii_digit()
            && lower.get(end) == Some(&'.')
            && lower.get(end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            return false;
        }
        if start > 0 && is_ascii_word(lower[start]) && is_ascii_word(lower[start - 1]) {
            return false;
        }
        // DeepSeek应用 (the app) is not DeepSeek应用于金融 (applying the
        // model to finance): 应用于, 应用到 are a verb.
        if lower[start..end].ends_with(&['应', '用']) && matches!(lower.get(end), Some('于' | '到')) {
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
                    // 美国公司, 日本政府: jieba's one word for a country and
                    // the kind of body it is home to.
                    || (place
                        && t.span.start == abs_start
                        && t.span.end > abs_end
                        && crate::cues::PLACE_WORD_TAILS
                            .contains(&lower[end..end + (t.span.end - abs_end)].iter().collect::<String>().as_str()))
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
                    // 搜索 of 百度搜索, 外卖 of 美团外卖: a kind of service is
                    // no name, whatever the article named before.
                    if rest.chars().count() >= 2
                        && rest.chars().all(is_cjk)
                        && dictionary.lookup(rest).is_none()
                        && !crate::cues::SERVICE_KINDS.contains(&rest)
                    {
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

/// A capitalized Latin word (River, not CEO or AI) right before or after the
/// name across one space, that no dictionary key covers and that is no
/// edition or part word (Air, Pro, Desktop, Gen). A firm's short name opens its full one (CVS
/// Health Corp): beside a firm, the longer name must run on to another
/// curated name (Wind River Linux).
fn inside_latin_name(chars: &[char], keys: &[(usize, usize, usize)], start: usize, end: usize, firm: bool) -> bool {
    let capitalized = |w: &[char]| {
        let word: String = w.iter().collect();
        w.len() >= 3
            && w[0].is_ascii_uppercase()
            && w[1..].iter().all(|c| c.is_ascii_lowercase())
            && !crate::cues::EDITION_WORDS.contains(&word.as_str())
            && !crate::cues::PRODUCT_PART_WORDS.contains(&word.as_str())
    };
    let before = start >= 2 && chars[start - 1] == ' ' && {
        let to = start - 1;
        let from = (0..to).rev().take_while(|&p| chars[p].is_ascii_alphanumeric()).last().unwrap_or(to);
        capitalized(&chars[from..to]) && !keys.iter().any(|&(s, e, _)| s <= from && e >= to)
    };
    let after = chars.get(end) == Some(&' ') && {
        let from = end + 1;
        let to = (from..chars.len()).take_while(|&p| chars[p].is_ascii_alphanumeric()).last().map_or(from, |p| p + 1);
        capitalized(&chars[from..to])
            && !keys.iter().any(|&(s, e, _)| s <= from && e >= to)
            // (The other name is a whole word: S&P Global Market
            // Intelligence and Corning Gorilla Armor hold no Intel or Arm.)
            && (!firm
                || chars.get(to) == Some(&' ')
                    && keys
                        .iter()
                        .any(|&(s, e, _)| s == to + 1 && !chars.get(e).is_some_and(|c| c.is_ascii_alphanumeric()))
                    || longer_firm_name(chars, start, from, &capitalized))
    };
    (before && !firm) || after
}

/// Fidelity National Information Services: a one-word firm's name, then
/// capitalized words and a last word of a firm of services or systems, is
/// a longer firm's name. (A
/// curated name of two words or more is the firm's whole name already: CVS
/// Health Corp.)
fn longer_firm_name(chars: &[char], start: usize, from: usize, capitalized: &dyn Fn(&[char]) -> bool) -> bool {
    if chars[start..from - 1].contains(&' ') {
        return false;
    }
    let mut at = from;
    for _ in 0..4 {
        let to = (at..chars.len()).take_while(|&p| chars[p].is_ascii_alphanumeric() || chars[p] == '.').count() + at;
        let word: String = chars[at..to].iter().collect();
        // (Not a legal form or a kind of firm right after the name:
        // Coinbase Global Inc, Palantir Technologies are the firm's own.)
        if at > from && crate::cues::LATIN_FIRM_TAILS.contains(&word.as_str()) {
            return true;
        }
        if !capitalized(&chars[at..to]) || chars.get(to) != Some(&' ') {
            return false;
        }
        at = to + 1;
    }
    false
}

/// Where the name the text writes ends when a firm's curated name runs on
/// with no pause into a longer firm name (纽约联储银行, 巴伦资本集团, EPFR
/// Global, Robinhood Markets Inc, 安永-博智隆): the longer name is the one
/// the article uses, so the mention takes it. A firm word must end a jieba
/// word (中银国际证券|业务, 腾讯|银行业务 stay); after a hyphen only a word jieba
/// does not know (a transliterated second name) runs on.
fn glued_firm_name_end(view: &SentenceView, start: usize, end: usize, firm: bool) -> usize {
    let chars = view.chars;
    let ends_word = |at: usize| view.tokens.iter().any(|t| t.span.end == view.abs(at));
    let noun_at = |at: usize| view.tokens.iter().any(|t| t.span.start == view.abs(at) && t.pos.starts_with('n'));
    let last = chars[end - 1];
    if is_cjk(last) {
        if let Some(w) = crate::cues::GLUED_FIRM_WORDS.iter().find(|w| {
            let n = w.chars().count();
            starts_with_at(chars, end, w)
                && !chars[start..end].ends_with(&w.chars().collect::<Vec<_>>())
                && ends_word(end + n)
                && !crate::cues::GLUED_FIRM_WORD_NOT_BEFORE.iter().any(|x| starts_with_at(chars, end + n, x))
                && (!crate::cues::GLUED_FIELD_WORDS.contains(w) || firm && !noun_at(end + n))
        }) {
            return end + w.chars().count();
        }
        if firm && matches!(chars.get(end), Some('-' | '–')) {
            let abs = view.abs(end + 1);
            if let Some(t) = view.tokens.iter().find(|t| t.span.start == abs) {
                let n = t.span.end - t.span.start;
                if !t.known
                    && (2..=4).contains(&n)
                    && chars[end + 1..end + 1 + n].iter().all(|c| is_cjk(*c))
                    && !crate::cues::JOINT_BODY_WORDS.iter().any(|x| starts_with_at(chars, end + 1 + n, x))
                {
                    return end + 1 + n;
                }
            }
        }
        return end;
    }
    // A one-word Latin firm, then a word of its longer name and maybe a
    // legal form (EPFR Global, Robinhood Markets Inc).
    if last.is_ascii_alphanumeric() && !chars[start..end].contains(&' ') && chars.get(end) == Some(&' ') {
        if let Some(w) = crate::cues::GLUED_LATIN_FIRM_WORDS.iter().find(|w| {
            starts_with_at(chars, end + 1, w)
                && !chars.get(end + 1 + w.chars().count()).is_some_and(|c| c.is_ascii_alphanumeric())
        }) {
            let mut to = end + 1 + w.chars().count();
            if let Some(s) = crate::cues::LATIN_FIRM_SUFFIXES.iter().find(|s| {
                starts_with_at(chars, to, s)
                    && !chars.get(to + s.chars().count()).is_some_and(|c| c.is_ascii_alphanumeric())
            }) {
                to += s.chars().count();
            }
            // (Not a word of a still longer name: Allianz Global Investors.)
            let next_capitalized =
                chars.get(to) == Some(&' ') && chars.get(to + 1).is_some_and(|c| c.is_ascii_uppercase());
            return if next_capitalized { end } else { to };
        }
    }
    end
}

/// "文心大模型" after "文心": the suffix starts another name's word, not ours.
fn followed_by_cjk_name(chars: &[char], at: usize) -> bool {
    // A suffix followed directly by 的/和/、/punctuation closes the name; one
    // followed by more Han characters is usually a longer compound
    // (模型训练), which the suffix must not be taken from.
    matches!(chars.get(at), Some(c) if is_cjk(*c) && !matches!(c, '的' | '和' | '与' | '及' | '在' | '是' | '已' | '将' | '也' | '等' | '为' | '则'))
}
