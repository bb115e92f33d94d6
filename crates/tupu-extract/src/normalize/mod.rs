//! Stage 1: from the article as written to the text the later stages read.
//!
//! Width folding (NFKC) and traditional → simplified conversion (OpenCC's
//! t2s tables via `ferrous-opencc`), sentence splitting, and the dateline.
//! Every position in the normalized text maps back to the original text, in
//! chars and bytes, so provenance always points into the file as written.
//!
//! Before that, [`decode`] turns a file's bytes into text (UTF-8, UTF-16,
//! GB18030/GBK, Big5; see `decode.rs`) and [`HtmlArticle`] turns an HTML
//! page into the article's text (see `html.rs`).

use crate::model::Span;
use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use std::sync::OnceLock;
use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

mod decode;
mod html;

pub use decode::{decode, Decoded, Detection, TextEncoding};
pub use html::{is_html, HtmlArticle};

#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum NormalizeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not valid UTF-8 (first bad byte at offset {offset}); if it is in another encoding, name it with --encoding")]
    InvalidUtf8 { offset: usize },
    #[error("the file is not valid {encoding} (first bad byte at offset {offset})")]
    Malformed { encoding: TextEncoding, offset: usize },
    #[error("the page has no article text")]
    EmptyPage,
    #[error("the file looks binary (NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error(
        "the page declares charset `{label}`, which tupu does not read (it reads utf-8, utf-16, gb18030/gbk and big5)"
    )]
    UnsupportedCharset { label: String },
}

fn t2s_converter() -> &'static OpenCC {
    static CONVERTER: OnceLock<OpenCC> = OnceLock::new();
    CONVERTER.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).expect("the bundled OpenCC t2s config loads"))
}

/// Traditional → simplified Chinese (OpenCC t2s); other text is unchanged.
///
/// Every key of the t2s tables is made of chars in U+3400..U+30000, so no
/// match spans a char outside that range: the text converts run by run of
/// such chars, and a run with no char t2s could change (see
/// [`t2s_may_change`]) is its own conversion. Most articles are simplified
/// already; for them OpenCC runs on a few runs (覆盖, 昇腾), not the text —
/// it was a seventh of extraction time.
pub(crate) fn to_simplified(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run: Option<(usize, bool)> = None;
    let flush = |out: &mut String, run: &str, may_change: bool| {
        if may_change {
            out.push_str(&t2s_converter().convert(run));
        } else {
            out.push_str(run);
        }
    };
    for (at, c) in text.char_indices() {
        if in_t2s_keys(c) {
            let (_, may_change) = run.get_or_insert((at, false));
            *may_change |= t2s_may_change(c);
        } else {
            if let Some((start, may_change)) = run.take() {
                flush(&mut out, &text[start..at], may_change);
            }
            out.push(c);
        }
    }
    if let Some((start, may_change)) = run {
        flush(&mut out, &text[start..], may_change);
    }
    out
}

/// The range of the chars in the keys of OpenCC's t2s tables.
const T2S_KEYS: std::ops::Range<u32> = 0x3400..0x30000;

fn in_t2s_keys(c: char) -> bool {
    T2S_KEYS.contains(&(c as u32))
}

/// Whether OpenCC's t2s tables could change `c` (alone or in a phrase).
///
/// The tables' keys all lie in [`T2S_KEYS`]. The chars that change on
/// their own are found by converting each of those once; the phrase table
/// (TSPhrases) changes six more chars only in context (反覆 → 反复, 沈默 →
/// 沉默), listed here from ferrous-opencc 0.4's copy of the table. A text
/// with none of these chars matches no key that changes anything, so its
/// conversion is the identity.
fn t2s_may_change(c: char) -> bool {
    const FIRST: u32 = T2S_KEYS.start;
    const END: u32 = T2S_KEYS.end;
    const CHANGED_ONLY_IN_PHRASES: [char; 6] = ['沈', '牴', '瞭', '藉', '衹', '覆'];
    static CHANGING: OnceLock<Vec<u64>> = OnceLock::new();
    let code = c as u32;
    if !(FIRST..END).contains(&code) {
        return false;
    }
    let bits = CHANGING.get_or_init(|| {
        let probe: Vec<char> = (FIRST..END).filter_map(char::from_u32).collect();
        let mut lines = String::with_capacity(probe.len() * 5);
        for c in &probe {
            lines.push(*c);
            lines.push('\n');
        }
        let converted = t2s_converter().convert(&lines);
        let mut bits = vec![0u64; ((END - FIRST) as usize).div_ceil(64)];
        let mut set = |c: char| {
            let i = (c as u32 - FIRST) as usize;
            bits[i / 64] |= 1 << (i % 64);
        };
        for (c, line) in probe.iter().zip(converted.split('\n')) {
            if line.len() != c.len_utf8() || !line.starts_with(*c) {
                set(*c);
            }
        }
        CHANGED_ONLY_IN_PHRASES.into_iter().for_each(set);
        bits
    });
    let i = (code - FIRST) as usize;
    bits[i / 64] & (1 << (i % 64)) != 0
}

/// The key under which two names are "the same name" (ANNOTATION.md,
/// Scoring): t2s, NFKC, lower case, without white space, hyphens, `·`, `・`
/// and quotes. "Qwen 2.5 Max", "Qwen2.5-Max" and "qwen2.5max" fold alike.
pub fn fold_name(name: &str) -> String {
    // Dictionary look-ups fold every candidate name, and most are ASCII or
    // plain Han: those are their own NFKC form (as in `Document::new`), and
    // ASCII is its own simplified form, so both passes are skipped for them.
    let nfkc: std::borrow::Cow<str> = if name.chars().all(is_own_nfkc) {
        std::borrow::Cow::Borrowed(name)
    } else {
        std::borrow::Cow::Owned(name.nfkc().collect())
    };
    let simplified = if nfkc.is_ascii() { nfkc } else { std::borrow::Cow::Owned(to_simplified(&nfkc)) };
    simplified.chars().filter(|c| !c.is_whitespace() && !is_dropped_in_names(*c)).flat_map(char::to_lowercase).collect()
}

/// ASCII and the CJK Unified Ideographs (U+4E00..U+9FFF) have no
/// decomposition and no combining class: NFKC leaves them, and any text
/// made only of them, unchanged.
fn is_own_nfkc(c: char) -> bool {
    c.is_ascii() || ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn is_dropped_in_names(c: char) -> bool {
    matches!(
        c,
        '-' | '‐'
            | '‑'
            | '‒'
            | '–'
            | '—'
            | '·'
            | '・'
            | '•'
            | '「'
            | '」'
            | '『'
            | '』'
            | '“'
            | '”'
            | '"'
            | '\''
            | '‘'
            | '’'
    )
}

/// One sentence of the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub(crate) index: usize,
    /// Char span in the normalized text, without the closing punctuation's
    /// trailing white space.
    pub span: Span,
    /// Index of the paragraph (block of lines between blank lines).
    pub(crate) paragraph: usize,
    /// Bylines, mastheads and disclaimers: kept for offsets, not read.
    pub(crate) boilerplate: bool,
}

/// An article after normalization.
#[derive(Debug, Clone)]
pub struct Document {
    /// The text as decoded, untouched.
    pub original: String,
    /// NFKC + simplified; what the later stages read.
    pub(crate) text: String,
    /// `text` as chars, for O(1) indexing by char positions.
    pub(crate) chars: Vec<char>,
    /// Byte offset in `text` of each char, plus the length at the end: for
    /// O(1) slicing by char positions.
    text_bytes: Vec<usize>,
    /// For each char of `text`, the index of the original char it came from.
    to_original: Vec<usize>,
    /// Byte offset of each original char, plus the total length at the end.
    original_bytes: Vec<usize>,
    pub sentences: Vec<Sentence>,
    pub(crate) title: Option<String>,
    /// The article's own date, `YYYY-MM-DD` (or `YYYY-MM`), when its first
    /// lines give one.
    pub(crate) dateline: Option<String>,
}

/// Some outlets set a space between Han text and numbers (`市值达 579 亿港元`,
/// `2021 年`, `超过 12 轮融资`); figures, periods and the cue words before
/// them are written unspaced everywhere else. Such a space is left out of
/// the normalized text (the position map skips it, so spans still point into
/// the original); spaces between Latin words and numbers (`Claude 3.5`,
/// `40 GB`) stay.
fn is_figure_spacing(before: Option<char>, c: char, after: Option<char>) -> bool {
    let spacing = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}');
    if !spacing(c) {
        return false;
    }
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    // One space, not a run: a run is layout (a table's columns), not typesetting.
    let (Some(before), Some(after)) = (before, after) else {
        return false;
    };
    // Full-width digits fold to ASCII ones later: judge them alike, so that
    // normalizing twice gives what normalizing once gave.
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    (han(before) && digit(after)) || ((digit(before) || before == '%' || before == '％') && han(after))
}

/// Web addresses and site-generator shortcodes (`{{< youtube … >}}`) name
/// no one: `youtube` or `openai` in them is markup, not a mention. They are
/// blanked char for char, so that positions stay aligned.
fn blank_markup(text: String, mut chars: Vec<char>) -> (String, Vec<char>) {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"https?://[^\s)\]>」』\p{Han}]+|www\.[A-Za-z0-9.\-]+[^\s)\]>\p{Han}]*|\{\{<[^>\n]{0,200}>\}\}",
        )
        .expect("the pattern compiles")
    });
    if !text.contains("://") && !text.contains("www.") && !text.contains("{{<") {
        return (text, chars);
    }
    let spans: Vec<(usize, usize)> = re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
    if spans.is_empty() {
        return (text, chars);
    }
    let char_at = |byte: usize| text[..byte].chars().count();
    for (start, end) in spans {
        let (from, to) = (char_at(start), char_at(end));
        for c in &mut chars[from..to] {
            *c = ' ';
        }
    }
    (chars.iter().collect(), chars)
}

/// Taiwan and Hong Kong text joins the parts of a transliterated name with a
/// full-width stop or a bullet (山姆．奧特曼, NFKC makes it "."): between two
/// Han chars that is the middle dot of a name (山姆·奥特曼), never the end of
/// a sentence. One char for one char, so positions stay aligned.
fn name_dots(text: String) -> (String, Vec<char>) {
    let mut chars: Vec<char> = text.chars().collect();
    let han = |c: Option<&char>| c.is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(c));
    let mut changed = false;
    for i in 1..chars.len().saturating_sub(1) {
        if matches!(chars[i], '.' | '•' | '‧' | '∙' | '・') && han(chars.get(i - 1)) && han(chars.get(i + 1)) {
            chars[i] = '·';
            changed = true;
        }
    }
    if changed {
        (chars.iter().collect(), chars)
    } else {
        (text, chars)
    }
}

/// Some sources wrap a line where the text had a space between two Latin
/// words (私募股权公司Thoma⏎Bravo, 分析师Alex⏎Yao, (Elliott⏎Investment⏎
/// Management)): the break cuts the name and the sentence. A break between
/// Latin letters is that space when the word before it is glued to Han text
/// or opens a bracket on a line of running prose (40 chars or more), or
/// when the line before was itself joined this way; a heading or list line
/// that ends in a Latin word (图：检索DeepSeek⏎DeepSeek的…) is shorter, and
/// a word set off by spaces (一群 Claude⏎Boris 说) is left alone. One char
/// for one char, so positions stay aligned.
fn wrapped_spaces(text: String, mut chars: Vec<char>) -> (String, Vec<char>) {
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let latin = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-');
    let mut changed = false;
    let mut last_joined: Option<usize> = None;
    // Where the current line starts, joined lines included: kept as the
    // loop goes, since scanning back for it from each break made a text of
    // many joined lines cost the square of its length.
    let mut line_start = 0;
    for i in 0..chars.len() {
        if chars[i] != '\n' {
            continue;
        }
        let between_latin =
            i > 0 && chars[i - 1].is_ascii_alphanumeric() && chars.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic());
        if between_latin {
            let word_start = (0..i).rev().find(|&j| !latin(chars[j]));
            let glued =
                word_start.is_some_and(|j| han(chars[j]) || matches!(chars[j], '(' | '（')) && i - line_start >= 40;
            let chained = word_start.is_some_and(|j| Some(j) == last_joined);
            if glued || chained {
                chars[i] = ' ';
                last_joined = Some(i);
                changed = true;
                continue;
            }
        }
        line_start = i + 1;
    }
    if changed {
        (chars.iter().collect(), chars)
    } else {
        (text, chars)
    }
}

impl Document {
    pub fn new(original: &str) -> Document {
        // The byte offsets straight from the text, not from a list of
        // (offset, char) pairs that was built only to be read twice.
        let mut original_bytes: Vec<usize> = original.char_indices().map(|(b, _)| b).collect();
        let original_len = original_bytes.len();
        original_bytes.push(original.len());

        // NFKC char by char keeps the map exact; the few chars whose NFKC
        // form is longer (ligatures, ㈠) map each output char to their source.
        let mut folded = String::with_capacity(original.len());
        let mut folded_to_original = Vec::with_capacity(original_len);
        let mut prev: Option<char> = None;
        let mut chars = original.chars().enumerate().peekable();
        while let Some((index, c)) = chars.next() {
            let spacing = is_figure_spacing(prev, c, chars.peek().map(|&(_, next)| next));
            prev = Some(c);
            if spacing {
                continue;
            }
            // ASCII and the CJK Unified Ideographs are their own NFKC form.
            if is_own_nfkc(c) {
                folded.push(c);
                folded_to_original.push(index);
                continue;
            }
            for n in std::iter::once(c).nfkc() {
                folded.push(n);
                folded_to_original.push(index);
            }
        }
        let simplified = to_simplified(&folded);
        let (text, to_original) = if simplified.chars().count() == folded_to_original.len() {
            (simplified, folded_to_original)
        } else {
            // A phrase conversion changed the length: convert char by char
            // instead, so that positions still line up.
            let mut text = String::with_capacity(folded.len());
            for c in folded.chars() {
                let mut buf = [0u8; 4];
                let converted = to_simplified(c.encode_utf8(&mut buf));
                let mut it = converted.chars();
                match (it.next(), it.next()) {
                    (Some(s), None) => text.push(s),
                    _ => text.push(c),
                }
            }
            (text, folded_to_original)
        };
        let (text, chars) = name_dots(text);
        let (text, chars) = wrapped_spaces(text, chars);
        let (text, chars) = blank_markup(text, chars);
        let mut text_bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        text_bytes.push(text.len());
        let mut sentences = split_sentences(&chars);
        for sentence in &mut sentences {
            let span = sentence.span;
            sentence.boilerplate = is_boilerplate(&text[text_bytes[span.start]..text_bytes[span.end]]);
        }
        mark_mastheads(&chars, &mut sentences);
        let title = first_line(&chars);
        let dateline = find_dateline(&chars);
        Document {
            original: original.to_string(),
            text,
            chars,
            text_bytes,
            to_original,
            original_bytes,
            sentences,
            title,
            dateline,
        }
    }

    /// Whether the article is written in traditional script: of its first
    /// 2,000 Han chars, at least one in twenty-five is one that t2s changes
    /// (a simplified article has only the few that change in phrases).
    pub(crate) fn is_traditional(&self) -> bool {
        let han = self.original.chars().filter(|&c| in_t2s_keys(c)).take(2000);
        let (all, changing) = han.fold((0usize, 0usize), |(a, t), c| (a + 1, t + usize::from(t2s_may_change(c))));
        all > 0 && changing * 25 >= all
    }

    /// Normalized char span → (original char span, original byte span).
    pub fn original_span(&self, span: Span) -> (Span, Span) {
        if self.to_original.is_empty() {
            return (Span::new(0, 0), Span::new(0, 0));
        }
        let start = self.to_original[span.start.min(self.to_original.len() - 1)];
        let end =
            if span.end == 0 { start } else { self.to_original[(span.end - 1).min(self.to_original.len() - 1)] + 1 };
        let chars = Span::new(start, end.max(start));
        let bytes = Span::new(self.original_bytes[chars.start], self.original_bytes[chars.end]);
        (chars, bytes)
    }

    /// The original text under a normalized span.
    pub(crate) fn original_text(&self, span: Span) -> &str {
        let (_, bytes) = self.original_span(span);
        &self.original[bytes.start..bytes.end]
    }

    /// The normalized text under a char span.
    pub fn slice(&self, span: Span) -> &str {
        let end = span.end.min(self.chars.len());
        let start = span.start.min(end);
        &self.text[self.text_bytes[start]..self.text_bytes[end]]
    }

    /// Byte offsets in [`Document::text`] of the chars of `span`, plus the
    /// end: maps a byte position inside a slice back to a char position.
    pub(crate) fn byte_offsets(&self, span: Span) -> &[usize] {
        let end = span.end.min(self.chars.len());
        &self.text_bytes[span.start.min(end)..=end]
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '！' | '？' | '…')
}

/// Text without end marks (a table dump, a page on one line) is cut into
/// pieces of this many chars: segmentation and the rules read a sentence
/// at a time, and their cost must not grow with a runaway line. Real news
/// sentences run past 200 chars (the development article has one of 213),
/// so the cap sits well above them: cutting a real sentence loses its
/// relations.
pub const MAX_SENTENCE_CHARS: usize = 600;

/// Sentences end at 。！？ and at line breaks, and are at most
/// [`MAX_SENTENCE_CHARS`] long; closing quotes and brackets
/// right after the end mark stay with the sentence. Each non-empty line is a
/// paragraph: plain-text exports put one paragraph on a line.
fn split_sentences(chars: &[char]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut line_start = 0;
    while line_start <= chars.len() {
        let line_end = chars[line_start..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| line_start + p);
        let before = sentences.len();
        let mut start = line_start;
        let mut i = line_start;
        while i < line_end {
            if i - start >= MAX_SENTENCE_CHARS {
                push_sentence(chars, start, i, paragraph, &mut sentences);
                start = i;
            }
            if is_sentence_end(chars[i]) {
                let mut end = i + 1;
                while end < line_end && (is_sentence_end(chars[end]) || is_closing(chars[end])) {
                    end += 1;
                }
                push_sentence(chars, start, end, paragraph, &mut sentences);
                start = end;
                i = end;
            } else {
                i += 1;
            }
        }
        push_sentence(chars, start, line_end, paragraph, &mut sentences);
        if sentences.len() > before {
            paragraph += 1;
        }
        line_start = line_end + 1;
    }
    sentences
}

fn push_sentence(chars: &[char], start: usize, end: usize, paragraph: usize, sentences: &mut Vec<Sentence>) {
    let (mut s, mut e) = (start, end);
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if s < e {
        // Boilerplate is told by the text, in Document::new, where the
        // sentence is a slice: collecting its chars here cost more than
        // the test.
        sentences.push(Sentence { index: sentences.len(), span: Span::new(s, e), paragraph, boilerplate: false });
    }
}

/// The outlet's name on a line of its own under the headline (新浪科技,
/// 蓝鲸财经) credits the publisher: ANNOTATION.md leaves mastheads out.
fn mark_mastheads(chars: &[char], sentences: &mut [Sentence]) {
    let whole_line = |s: &Sentence| {
        (s.span.start == 0
            || chars[s.span.start - 1] == '\n'
            || chars[..s.span.start].iter().rev().take_while(|c| **c != '\n').all(|c| c.is_whitespace()))
            && (s.span.end == chars.len()
                || chars[s.span.end..].iter().take_while(|c| **c != '\n').all(|c| c.is_whitespace()))
    };
    for i in 1..sentences.len().min(5) {
        let s = &sentences[i];
        let len = s.span.len();
        let has_end_mark =
            chars[s.span.start..s.span.end].iter().any(|c| is_sentence_end(*c) || matches!(c, ',' | '，'));
        let text: String = chars[s.span.start..s.span.end].iter().collect();
        if whole_line(s) && len <= 10 && !has_end_mark && parse_full_date(&text).is_none() {
            sentences[i].boilerplate = true;
        }
    }
}

fn is_closing(c: char) -> bool {
    matches!(c, '」' | '』' | '”' | '’' | ')' | '）' | '】' | '》' | '"')
}

/// Lines that credit the publisher rather than say anything (ANNOTATION.md:
/// bylines and mastheads are not annotated), and legal disclaimers.
fn is_boilerplate(sentence: &str) -> bool {
    let s = sentence.trim_start();
    const PREFIXES: [&str; 12] = [
        "文|",
        "文 |",
        "编辑|",
        "编辑 |",
        "作者|",
        "作者:",
        "来源:",
        "责任编辑",
        "免责声明",
        "图片来源",
        "校对",
        "原标题",
    ];
    // A publisher's own promotion (更多精彩内容，关注X微信号…, 扫码关注X公众号)
    // names its accounts, not anything the article says.
    let promotion = s.starts_with("更多精彩")
        || s.contains("扫码关注")
        || (s.contains("关注") && (s.contains("微信号") || s.contains("公众号")) && s.chars().count() <= 80);
    PREFIXES.iter().any(|p| s.starts_with(p))
        || s.contains("本文并非投资建议")
        || s.contains("不承担任何责任")
        || promotion
}

fn first_line(chars: &[char]) -> Option<String> {
    let text: String = chars.iter().take(400).collect();
    text.lines().map(str::trim).find(|l| !l.is_empty()).map(|l| l.trim_start_matches('#').trim().to_string())
}

/// A date within the first lines, e.g. `2025/07/23`, `2025-07-23` or
/// `2025年7月23日`.
fn find_dateline(chars: &[char]) -> Option<String> {
    let head: String = chars.iter().take(300).collect();
    for line in head.lines().take(8) {
        if let Some(date) = parse_full_date(line) {
            return Some(date);
        }
    }
    None
}

fn parse_full_date(line: &str) -> Option<String> {
    let re = date_regex();
    let caps = re.captures(line)?;
    let year: u32 = caps.get(1)?.as_str().parse().ok()?;
    let month: u32 = caps.get(2)?.as_str().parse().ok()?;
    if !(1990..=2100).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    match caps.get(3).and_then(|d| d.as_str().parse::<u32>().ok()) {
        Some(day) if (1..=31).contains(&day) => Some(format!("{year:04}-{month:02}-{day:02}")),
        _ => Some(format!("{year:04}-{month:02}")),
    }
}

fn date_regex() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"(\d{4})\s*[年/\-.]\s*(\d{1,2})\s*(?:[月/\-.]\s*(\d{1,2})\s*日?)?").unwrap())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_becomes_simplified_with_offsets_into_the_original() {
        let doc = Document::new("騰訊與明德醫療合作開發了「啓元重症大模型」。");
        assert_eq!(doc.text, "腾讯与明德医疗合作开发了「启元重症大模型」。");
        let at = doc.text.chars().position(|c| c == '明').unwrap();
        let span = Span::new(at, at + 4);
        assert_eq!(doc.original_text(span), "明德醫療");
        let (chars, bytes) = doc.original_span(span);
        assert_eq!(chars, Span::new(3, 7));
        assert_eq!(bytes, Span::new(9, 21));
    }

    #[test]
    fn a_space_between_han_text_and_a_number_is_left_out() {
        let doc = Document::new("市值达 579 亿港元，Claude 3.5 与 40 GB，两栏  12 行。");
        assert_eq!(doc.text, "市值达579亿港元,Claude 3.5与40 GB,两栏  12行。");
        // 579 is at chars 3..6 of the normalized text and 4..7 of the original.
        assert_eq!(doc.original_text(Span::new(3, 9)), "579 亿港元");
        assert_eq!(doc.original_span(Span::new(3, 6)).0, Span::new(4, 7));
    }

    #[test]
    fn web_addresses_and_shortcodes_are_blanked_in_place() {
        let doc = Document::new("见 https://openai.com/podcast 与 {{< youtube 6Unxqr >}} 。OpenAI发布了模型。");
        assert!(!doc.text[..doc.text.find('。').unwrap()].contains("openai"), "{}", doc.text);
        assert!(doc.text.contains("OpenAI发布了模型"));
        assert_eq!(doc.chars.len(), doc.original.chars().count());
    }

    #[test]
    fn full_width_folds_and_positions_still_map() {
        let doc = Document::new("ＱｗＱ－３２Ｂ，开源。");
        assert_eq!(doc.text, "QwQ-32B,开源。");
        assert_eq!(doc.original_text(Span::new(0, 7)), "ＱｗＱ－３２Ｂ");
    }

    #[test]
    fn sentences_split_on_end_marks_and_lines_with_boilerplate_flagged() {
        let doc = Document::new("标题\n\n文|某某\n\n第一句。第二句!「第三句。」\n第四句");
        let texts: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(texts, ["标题", "文|某某", "第一句。", "第二句!", "「第三句。」", "第四句"]);
        assert!(doc.sentences[1].boilerplate);
        assert!(!doc.sentences[2].boilerplate);
        assert_eq!(doc.sentences[2].paragraph, doc.sentences[3].paragraph);
        assert_ne!(doc.sentences[0].paragraph, doc.sentences[2].paragraph);
        let masthead = Document::new("大模型观察\n\n某财经\n2025/07/23\n\n正文。");
        assert!(!masthead.sentences[0].boilerplate, "the headline is read");
        assert!(masthead.sentences[1].boilerplate, "the masthead is not");
        assert!(!masthead.sentences[3].boilerplate);
    }

    #[test]
    fn a_line_wrapped_between_latin_words_in_running_prose_is_a_space() {
        let text = "标题\n\n2022年，一家总部位于美国得克萨斯州的大型私募股权投资公司，也就是市场熟悉的Thoma\nBravo，以61亿美元收购了该公司。\n";
        let doc = Document::new(text);
        assert!(doc.text.contains("Thoma Bravo"), "{}", doc.text);
        assert_eq!(doc.original_text(Span::new(0, 2)), "标题");
        // A heading that ends in a Latin word, or a word set off by spaces,
        // keeps its line.
        let doc = Document::new("标题\n\n投资人开抢DeepSeek\nOpenAI的焦虑来自竞争。\n");
        assert!(!doc.text.contains("DeepSeek OpenAI"), "{}", doc.text);
        let doc = Document::new(
            "标题\n\n他现在的工作方式是同时照顾一群正在运行的智能体，也就是一群 Claude\nBoris 说，这很高效。\n",
        );
        assert!(!doc.text.contains("Claude Boris"), "{}", doc.text);
    }

    #[test]
    fn runaway_lines_are_cut_into_bounded_sentences() {
        let line = "腾讯".repeat(MAX_SENTENCE_CHARS + 10);
        let doc = Document::new(&format!("{line}。下一句。"));
        let lengths: Vec<usize> = doc.sentences.iter().map(|s| s.span.len()).collect();
        assert_eq!(lengths, [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 21, 4]);
    }

    #[test]
    fn dateline_and_title_from_the_first_lines() {
        let doc = Document::new("大模型观察\n\n某财经\n2025/07/23\n\n正文。");
        assert_eq!(doc.title.as_deref(), Some("大模型观察"));
        assert_eq!(doc.dateline.as_deref(), Some("2025-07-23"));
        let doc = Document::new("标题\n2025年6月12日\n正文");
        assert_eq!(doc.dateline.as_deref(), Some("2025-06-12"));
        assert_eq!(Document::new("没有日期的文章").dateline, None);
    }

    #[test]
    fn names_fold_for_comparison() {
        assert_eq!(fold_name("Qwen 2.5-Max"), fold_name("qwen2.5max"));
        assert_eq!(fold_name("通義千問"), "通义千问");
        assert_eq!(fold_name("豆包·深度思考模型"), "豆包深度思考模型");
        assert_eq!(fold_name("「西小服」"), "西小服");
    }

    #[test]
    fn folding_skips_nfkc_only_where_it_changes_nothing() {
        // The full folding, without the shortcuts.
        let slow = |name: &str| -> String {
            let nfkc: String = name.nfkc().collect();
            to_simplified(&nfkc)
                .chars()
                .filter(|c| !c.is_whitespace() && !is_dropped_in_names(*c))
                .flat_map(char::to_lowercase)
                .collect()
        };
        for name in [
            "GPT-4o Mini",
            "Ｑｗｅｎ２．５",
            "通義千問",
            "通义千问",
            "ＡＩ助手",
            "café",
            "cafe\u{301}",
            "Ⅻ号",
            "㈠期",
            "\u{3000}百度\u{3000}",
            "DeepSeek-V3",
            "",
        ] {
            assert_eq!(fold_name(name), slow(name), "{name}");
        }
    }

    #[test]
    fn simplified_text_is_left_alone_and_phrases_still_convert() {
        assert!(!"腾讯发布混元大模型，西湖区上线西小服。".chars().any(t2s_may_change));
        assert_eq!(to_simplified("覆盖全国。騰訊、阿里"), "覆盖全国。腾讯、阿里");
        assert!("騰訊".chars().all(t2s_may_change));
        // 覆 alone stays 覆 in t2s; only the phrase 反覆 becomes 反复.
        assert!(t2s_may_change('覆'));
        assert_eq!(to_simplified("他反覆思量"), "他反复思量");
        assert_eq!(to_simplified("騰訊發布"), "腾讯发布");
        assert_eq!(to_simplified("Qwen 2.5，沈阳"), "Qwen 2.5，沈阳");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn pipeline() -> &'static crate::Pipeline {
        static PIPELINE: OnceLock<crate::Pipeline> = OnceLock::new();
        PIPELINE.get_or_init(|| crate::Pipeline::new().unwrap())
    }

    /// Chinese news-like text: CJK (simplified and traditional), full-width
    /// forms, digits, punctuation, line breaks and some odd chars.
    fn article() -> impl Strategy<Value = String> {
        proptest::string::string_regex(
            "[腾讯阿里巴巴發布通義千問大模型亿万去年今年２０２５年月日0-9.%，。！？「」\n A-Za-zＱｗ㈠ﬁ\u{301}]{0,120}",
        )
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn normalize_is_idempotent(text in article()) {
            let once = Document::new(&text);
            let twice = Document::new(&once.text);
            prop_assert_eq!(&twice.text, &once.text);
            prop_assert_eq!(twice.sentences, once.sentences);
        }

        /// The shortcut for text t2s leaves alone never changes the result:
        /// simplified text with at most a few traditional chars and
        /// phrase-only ones (反覆, 沈默) mixed in.
        #[test]
        fn to_simplified_equals_opencc(text in proptest::string::string_regex(
            "[腾讯发布通义千问大模型反复沉默沈阳覆盖反覆沈默明瞭藉口昇騰乾隆後台裡面發義問只衹牴触，。、 \nA-Za-z0-9「」]{0,60}"
        ).unwrap()) {
            prop_assert_eq!(to_simplified(&text), t2s_converter().convert(&text));
        }

        #[test]
        fn decoding_utf8_text_gives_it_back(text in article()) {
            prop_assume!(!text.trim().is_empty());
            prop_assert_eq!(decode(text.as_bytes(), None).unwrap().text, text);
        }

        #[test]
        fn spans_are_in_bounds_and_on_char_boundaries(text in article()) {
            let doc = Document::new(&text);
            for sentence in &doc.sentences {
                prop_assert!(sentence.span.end <= doc.chars.len());
                let (chars, bytes) = doc.original_span(sentence.span);
                prop_assert!(chars.end <= text.chars().count() && bytes.end <= text.len());
                prop_assert!(text.is_char_boundary(bytes.start) && text.is_char_boundary(bytes.end));
            }
            let extraction = pipeline().extract("p.txt", &text);
            let provenance = extraction.entities.iter().flat_map(|e| &e.mentions)
                .chain(extraction.relations.iter().flat_map(|r| &r.provenance))
                .chain(extraction.facts.iter().flat_map(|f| &f.provenance));
            for p in provenance {
                prop_assert!(p.bytes.end <= text.len() && text.is_char_boundary(p.bytes.start) && text.is_char_boundary(p.bytes.end), "{:?}", p);
                prop_assert_eq!(text[p.bytes.start..p.bytes.end].chars().count(), p.chars.len());
            }
        }
    }
}
