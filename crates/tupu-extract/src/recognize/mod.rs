//! Stage 3: entity mentions.
//!
//! Two sources: the curated dictionary ([`lexicon`]) and patterns that find
//! names no dictionary has yet ([`pattern`]). Overlaps are settled here
//! (the longer, more specific span wins), then [`context`] types what only
//! the sentence can tell: a named assistant built for a district government
//! is a Deployment, a sector word is kept only where it names a field.

pub mod context;
pub mod lexicon;
pub mod pattern;

use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention, Span};
use crate::normalize::Document;
use crate::rule::Rule;
use crate::segment::Token;

pub use lexicon::Lexicon;

/// One sentence as the recognizers see it.
pub struct SentenceView<'a> {
    pub index: usize,
    pub span: Span,
    /// The sentence's chars (normalized text).
    pub chars: &'a [char],
    /// The same, as text: what the patterns match on.
    pub text: &'a str,
    /// Byte offset in the document's text of each char, plus the end.
    bytes: &'a [usize],
    pub tokens: &'a [Token],
}

impl<'a> SentenceView<'a> {
    pub fn new(doc: &'a Document, sentence: &crate::normalize::Sentence, tokens: &'a [Token]) -> Self {
        SentenceView {
            index: sentence.index,
            span: sentence.span,
            chars: &doc.chars[sentence.span.start..sentence.span.end],
            text: doc.slice(sentence.span),
            bytes: doc.byte_offsets(sentence.span),
            tokens,
        }
    }

    /// A byte range of [`SentenceView::text`] → the sentence-relative char span.
    pub fn char_span(&self, bytes: std::ops::Range<usize>) -> Span {
        let base = self.bytes[0];
        let at = |byte: usize| self.bytes.partition_point(|&b| b - base < byte);
        Span::new(at(bytes.start), at(bytes.end))
    }

    /// Sentence-relative char position → document position.
    pub fn abs(&self, rel: usize) -> usize {
        self.span.start + rel
    }

    pub fn text(&self, rel: Span) -> String {
        self.str(rel).to_string()
    }

    /// The text of a sentence-relative char span, borrowed: a slice of
    /// [`SentenceView::text`] by the char offsets, no chars collected.
    pub fn str(&self, rel: Span) -> &'a str {
        let base = self.bytes[0];
        &self.text[self.bytes[rel.start] - base..self.bytes[rel.end] - base]
    }

    /// A new, uncurated mention of the sentence-relative span `rel`.
    pub fn mention(&self, rel: Span, kind: EntityType, rule: Rule) -> Mention {
        Mention {
            surface: String::new(),
            text: self.text(rel),
            kind,
            span: Span::new(self.abs(rel.start), self.abs(rel.end)),
            sentence: self.index,
            entry: None,
            family: None,
            alias_of: None,
            rule,
            confidence: rule.prior,
        }
    }
}

/// Finds every mention of a document, sentence by sentence.
pub fn recognize(doc: &Document, tokens: &[Vec<Token>], dictionary: &Dictionary, lexicon: &Lexicon) -> Vec<Mention> {
    let mut all = Vec::new();
    for sentence in &doc.sentences {
        if sentence.boilerplate {
            continue;
        }
        let view = SentenceView::new(doc, sentence, &tokens[sentence.index]);
        let mut found = lexicon.find(&view, dictionary);
        let patterns = pattern::find(&view, dictionary, &found);
        found.extend(patterns.into_iter().filter_map(|m| trim_name(&view, m)).map(|m| partnership(&view, m)));
        all.extend(settle_overlaps(found));
    }
    // Short forms that only mean the entity once the article named it in
    // full (文库 after 百度文库).
    let extra = lexicon.find_short_forms(doc, tokens, dictionary, &all);
    if !extra.is_empty() {
        all.extend(extra);
        all.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        all = settle_overlaps(all);
    }
    let mut introduced = short_names(doc, &all);
    // A short name the dictionary already knows (…有限公司（以下简称“兵装集团”）)
    // is that mention, now also known as the full name's other spelling;
    // two names of two different entries stay what the dictionary says.
    introduced.retain(|short| {
        let Some(known) = all.iter_mut().find(|m| m.span == short.span) else {
            return true;
        };
        let two_entries = short.entry.is_some() && known.entry.is_some() && short.entry != known.entry;
        if known.alias_of.is_none() && known.kind == short.kind && !two_entries {
            known.alias_of = short.alias_of;
        }
        false
    });
    if !introduced.is_empty() {
        all.extend(introduced);
        all = settle_overlaps(all);
    }
    // (Before the repeats: the author's name in a credit line is no
    // mention either.)
    all.retain(|m| !author_of_title(doc, m));
    lengthen_cut_persons(doc, &mut all);
    lengthen_surnameless_persons(doc, &mut all);
    let repeated = repeats(doc, &all);
    if !repeated.is_empty() {
        all.extend(repeated);
        all = settle_overlaps(all);
    }
    series_type(&mut all);
    slashed_versions(doc, &mut all, dictionary);
    let siblings = slash_siblings(doc, &all, dictionary);
    if !siblings.is_empty() {
        all.extend(siblings);
        all.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        all = settle_overlaps(all);
    }
    let employers = employers_before_titles(doc, &all);
    if !employers.is_empty() {
        all.extend(employers);
        all.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        all = settle_overlaps(all);
    }
    let mut listed = enumerations(doc, tokens, &all);
    listed.extend(kinded_lists(doc, tokens, &all));
    listed.extend(firm_lists(doc, tokens, &all));
    if !listed.is_empty() {
        all.extend(listed);
        all = settle_overlaps(all);
    }
    let units = business_units(doc, &all);
    if !units.is_empty() {
        all.extend(units);
        all.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        all = settle_overlaps(all);
    }
    university_units(doc, &mut all, dictionary);
    government_units(doc, tokens, &mut all);
    all.retain(|m| {
        !outlet_credit(doc, m) && !wire_credit(doc, m) && !names_a_project(doc, m) && !exchange_in_ticker(doc, m)
    });
    for mention in &mut all {
        mention.surface = doc.original_text(mention.span).to_string();
    }
    spell_with_parent(doc, &mut all, dictionary);
    all = split_maker_prefix(doc, all, dictionary);
    context::retype(doc, &mut all, dictionary);
    context::drop_open_field_words(&mut all, dictionary);
    context::sectors_in_names(&mut all, dictionary);
    all
}

/// 上汽智己, 广汽昊铂: a curated subsidiary written right after its parent's
/// name is spelled with it, and articles name it so. Both mentions stay
/// (the parent is named too); the subsidiary's surface takes the parent's
/// words, so that the article's spelling becomes one of its aliases.
fn spell_with_parent(doc: &Document, mentions: &mut [Mention], dictionary: &Dictionary) {
    for j in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(j);
        let (parent, child) = (&head[j - 1], &mut tail[0]);
        let (Some(p), Some(c)) = (parent.entry, child.entry) else { continue };
        let (p, c) = (dictionary.entry(p), dictionary.entry(c));
        if parent.span.end == child.span.start
            && p.kind == EntityType::Company
            && c.kind == EntityType::Company
            && c.parent.as_deref() == Some(p.label.as_str())
        {
            child.surface = doc.original_text(Span::new(parent.span.start, child.span.end)).to_string();
        }
    }
}

/// OpenAI o1, 谷歌Gemini: a curated spelling of a model or product that
/// opens with its maker's name names the maker too. When the article names
/// the maker nowhere else, its words become a mention of the maker (once);
/// the model keeps the whole spelling (an alias).
fn split_maker_prefix(doc: &Document, mentions: Vec<Mention>, dictionary: &Dictionary) -> Vec<Mention> {
    let named: std::collections::HashSet<usize> = mentions.iter().filter_map(|m| m.entry).collect();
    let mut added: std::collections::HashSet<usize> = std::collections::HashSet::new();
    // (千 of 通义千问 is no figure: chars of other names are skipped.)
    let named_spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let maker = m.entry.and_then(|id| {
            let entry = dictionary.entry(id);
            if !entry.kind.is_artifact() {
                return None;
            }
            let maker = dictionary.by_label(entry.parent.as_deref()?)?;
            (dictionary.entry(maker).kind == EntityType::Company).then_some(maker)
        });
        // A maker the article names elsewhere gains nothing from one more
        // mention inside a model's name, and the figures and relations
        // around the model should see the model first.
        let maker = maker.filter(|p| !named.contains(p) && !added.contains(p));
        // A figure later in the sentence is the model's (OpenAI o1表现最优，
        // 准确率为59%): a maker inside its name must not stand there to take
        // it.
        // (Only read for a maker to add, and only to the sentence's end: an
        // article may be one long line.)
        let clause_figure = || {
            let end = doc.sentences[m.sentence].span.end.max(m.span.end);
            (m.span.end..end).any(|i| {
                let c = doc.chars[i];
                (c.is_ascii_digit() || "十百千万亿".contains(c))
                    && !named_spans.iter().any(|s| s.start <= i && i < s.end)
            })
        };
        let Some(maker) = maker.filter(|_| !clause_figure()) else {
            out.push(m);
            continue;
        };
        let entry = dictionary.entry(maker);
        let lower = m.text.to_lowercase();
        let prefix = std::iter::once(&entry.label)
            .chain(&entry.aliases)
            .filter(|n| lower.starts_with(&n.to_lowercase()) && n.len() < m.text.len())
            .map(|n| n.chars().count())
            .max();
        let Some(n) = prefix else {
            out.push(m);
            continue;
        };
        let rest: String = m.text.chars().skip(n).collect();
        // The rest must be a name of its own: OpenAI o1, not a maker's
        // name with a letter glued on (Snapchat is no Snap + chat).
        let glued_latin = rest.starts_with(|c: char| c.is_ascii_alphanumeric())
            && m.text.chars().nth(n - 1).is_some_and(|c| c.is_ascii_alphanumeric());
        // 百度文库, 腾讯元宝: a name the maker's words belong to is one
        // word; only a spelling whose rest is itself a name of the model
        // (OpenAI o1 → o1, 谷歌Gemini → Gemini) joins two names.
        let own = dictionary.entry(m.entry.expect("curated"));
        let rest_is_name =
            std::iter::once(&own.label).chain(&own.aliases).any(|a| a.to_lowercase() == rest.trim().to_lowercase());
        if rest.trim().chars().count() < 2 || glued_latin || !rest_is_name {
            out.push(m);
            continue;
        }
        // The model keeps its whole span, so that what reads it as the
        // object of a verb (采用腾讯混元) still finds it first; the maker's
        // mention lies inside it, after it in text order.
        let maker_span = Span::new(m.span.start, m.span.start + n);
        let maker_mention = Mention {
            surface: doc.original_text(maker_span).to_string(),
            text: m.text.chars().take(n).collect(),
            kind: EntityType::Company,
            span: maker_span,
            entry: Some(maker),
            family: None,
            alias_of: None,
            ..m.clone()
        };
        added.insert(maker);
        out.push(maker_mention);
        out.push(m);
    }
    out
}

/// 清华大学计算机系, 复旦大学计算机学院: a curated university followed by one
/// of its departments names the department, an organization of its own
/// (ANNOTATION.md's gold marks it so, with the people who work there); the
/// relation rules tie it to the university by the name it starts with.
fn university_units(doc: &Document, mentions: &mut Vec<Mention>, dictionary: &Dictionary) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        let units = crate::cues::UNIVERSITY_UNITS.join("|");
        regex::Regex::new(&format!(r"^[\p{{Han}}]{{1,10}}?(?:{units})")).expect("a literal pattern compiles")
    });
    let mut extended = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(id) = m.entry else { continue };
        if m.kind != EntityType::Organization
            || !dictionary.entry(id).label.ends_with("大学")
            || !m.text.ends_with("大学")
        {
            continue;
        }
        let sentence_end = doc.sentences[m.sentence].span.end;
        let rest: String = doc.chars[m.span.end..sentence_end.min(m.span.end + 14)].iter().collect();
        let Some(unit) = re.find(&rest) else { continue };
        let unit = unit.as_str();
        // 大学与…研究所, 大学的实验室: a list or a possessive is no unit name;
        // 大学生 is a student.
        if unit.chars().any(|c| matches!(c, '与' | '和' | '的' | '、' | '及' | '在' | '等' | '生' | '是'))
            || unit.starts_with(['校', '附'])
            // 与南京大学联合实验室, 纽约大学开设实验室, 当过…系: an act, not a name.
            || ["联合", "开设", "当过", "设立", "成立", "共建", "建立", "合作", "读"].iter().any(|w| unit.contains(w))
        {
            continue;
        }
        extended.push((i, m.span.end + unit.chars().count(), unit.to_string()));
    }
    if extended.is_empty() {
        return;
    }
    // (Names the department's span now covers, 计算机 as a field, go.)
    extend_to_units(mentions, &extended, Rule::PATTERN_UNIVERSITY_UNIT);
}

/// Each curated body of `extended` (mention index, new end, the unit's
/// words) becomes the unit named after it, found by `rule`; names the
/// unit's span now covers go.
fn extend_to_units(mentions: &mut Vec<Mention>, extended: &[(usize, usize, String)], rule: Rule) {
    for (i, end, unit) in extended {
        let m = &mut mentions[*i];
        m.text = format!("{}{unit}", m.text);
        m.span = Span::new(m.span.start, *end);
        m.entry = None;
        m.rule = rule;
        m.confidence = rule.prior;
    }
    let units: Vec<Span> = extended.iter().map(|&(i, _, _)| mentions[i].span).collect();
    mentions.retain(|m| !units.iter().any(|u| *u != m.span && u.start <= m.span.start && m.span.end <= u.end));
}

/// 本文首发于钛媒体App, 告诉钛媒体App, 下载新浪财经APP, 截图来自…APP: a news
/// outlet's app in the line that credits or promotes the outlet is the
/// outlet speaking, and ANNOTATION.md leaves credit lines unannotated.
/// 腾讯微保, 蚂蚁保险, 携程小贷, 腾讯金融: a known firm's short name and the
/// business it runs, standing as a name of its own (before a pause, a list
/// word or a verb), is that business unit: a Company (ANNOTATION.md).
fn business_units(doc: &Document, mentions: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    // 湖南移动, 河南联通: a province's or a city's branch of a carrier goes
    // by the place and the carrier's short name.
    let words = |m: &Mention| match m.kind {
        EntityType::Company => crate::cues::BUSINESS_UNIT_WORDS,
        _ => crate::cues::CARRIER_SHORT_NAMES,
    };
    for m in mentions.iter().filter(|m| m.entry.is_some() && matches!(m.kind, EntityType::Company | EntityType::Place))
    {
        let after: String = doc.chars[m.span.end..doc.chars.len().min(m.span.end + 4)].iter().collect();
        let Some(unit) = words(m).iter().find(|w| after.starts_with(*w)) else { continue };
        let end = m.span.end + unit.chars().count();
        let next = doc.chars.get(end).copied();
        // 腾讯金融科技, 蚂蚁保险业务: a longer noun goes on; only a clause's
        // edge or a word that joins or acts may follow.
        let edge = next.is_none_or(|c| !crate::segment::is_cjk(c) || "等和与及的在将已也都是为于".contains(c))
            // 河南联通相关群成员, 腾讯金融分别拥有: a word that refers back
            // or distributes follows a name too.
            || {
                let rest: String = doc.chars[end..doc.chars.len().min(end + 2)].iter().collect();
                crate::cues::AFTER_UNIT_NAME.contains(&rest.as_str())
            };
        // 美团外卖 as part of 美团外卖员: nothing known may start inside.
        let clash =
            mentions.iter().any(|o| o.span.start > m.span.start && o.span.start < end && o.kind != EntityType::Sector);
        if edge && !clash {
            let span = Span::new(m.span.start, end);
            found.push(found_name(doc.slice(span), EntityType::Company, span, m.sentence, Rule::PATTERN_BUSINESS_UNIT));
        }
    }
    found
}

/// 财联社2月13日讯（编辑 卞纯）, （财联社 卞纯）: an outlet's dateline or
/// its closing credit names the publisher, which ANNOTATION.md leaves out;
/// the same outlet acting in the body (据财联社报道) stays.
fn wire_credit(doc: &Document, m: &Mention) -> bool {
    if m.kind != EntityType::Company {
        return false;
    }
    let after: String = doc.chars[m.span.end..doc.chars.len().min(m.span.end + 12)].iter().collect();
    let before = m.span.start.checked_sub(1).map(|p| doc.chars[p]);
    // A dateline: the month and day (a city may come first), then 讯 or 电.
    let dateline = after.find('月').is_some_and(|p| {
        let rest = &after[p..];
        rest.find('日').is_some_and(|d| rest[d + '日'.len_utf8()..].starts_with(['讯', '电']))
            && after[..p].trim_start().chars().rev().take_while(char::is_ascii_digit).count() >= 1
    });
    // A closing credit: the outlet and an editor's name in brackets.
    let closing = matches!(before, Some('（' | '('))
        && after.split_once(['）', ')']).is_some_and(|(name, _)| {
            let name = name.trim();
            (2..=4).contains(&name.chars().count())
                && name.chars().all(crate::segment::is_cjk)
                && after.starts_with(' ')
        });
    // （财联社记者 付静）: the closing credit of a reporter.
    let reporter_closing = matches!(before, Some('（' | '('))
        && after.strip_prefix("记者").is_some_and(|rest| {
            rest.starts_with(' ')
                && rest.split_once(['）', ')']).is_some_and(|(name, _)| {
                    let name = name.trim();
                    (2..=4).contains(&name.chars().count()) && name.chars().all(crate::segment::is_cjk)
                })
        });
    dateline || closing || reporter_closing || credit_line(doc, m, &after)
}

/// “星际之门”项目, 星际之门计划: a firm's or a body's name quoted before
/// the word for a plan or a project, or spelled with it, names the project
/// (ANNOTATION.md: plans and strategies are no entities). A firm that plans
/// (OpenAI计划推出…) is not quoted.
fn names_a_project(doc: &Document, m: &Mention) -> bool {
    if !matches!(m.kind, EntityType::Company | EntityType::Organization) {
        return false;
    }
    if crate::cues::PROJECT_WORDS.iter().any(|w| m.text.ends_with(w)) {
        return true;
    }
    let before = m.span.start.checked_sub(1).map(|p| doc.chars[p]);
    let quoted = matches!(before, Some('“' | '「' | '『' | '"'));
    let bracketed = matches!(before, Some('(' | '（'));
    let after: String = doc.chars[m.span.end..doc.chars.len().min(m.span.end + 30)].iter().collect();
    let mut rest = after.as_str();
    let mut closed = false;
    // “星际之门”项目, “星际之门（Stargate）”计划: the quotes close right
    // before the word, the other spelling may come in brackets inside them.
    // (Alphabet（GOOG）计划在…: no quotes, a firm that plans.)
    for _ in 0..2 {
        if let Some(r) = rest.strip_prefix(['”', '」', '』', '"']).filter(|_| quoted || bracketed) {
            rest = r;
            closed = true;
        }
        if let Some(r) = rest.strip_prefix([')', '）']).filter(|_| bracketed) {
            rest = r;
        }
        if let Some((inner, r)) = rest.strip_prefix(['(', '（']).and_then(|r| r.split_once([')', '）'])) {
            if inner.chars().count() <= 20 && !closed {
                rest = r;
            }
        }
    }
    closed && crate::cues::PROJECT_WORDS.iter().any(|w| rest.starts_with(w))
}

/// 新浪科技讯 2月14日, 界面新闻记者 | 李彪, 量子位 | 公众号, (本文来自第一财经),
/// 综合自财联社、界面新闻: the publisher's or a source's credit, not the
/// outlet acting in the body. (An outlet that 获悉 something, opening the
/// story, is read as acting: the tuning gold keeps 智通财经APP获悉.)
fn credit_line(doc: &Document, m: &Mention, after: &str) -> bool {
    let line_start = doc.chars[..m.span.start].iter().rev().take_while(|c| **c != '\n').all(|c| c.is_whitespace());
    let rest = after.trim_start();
    // 新浪科技讯 2月14日消息, C114讯 北京时间…
    let dateline = rest
        .strip_prefix('讯')
        .is_some_and(|r| r.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit() || "(（:：,，".contains(c)));
    // A byline: the outlet's reporter or editor, then a bar and a name.
    let byline = crate::cues::CREDIT_ROLES
        .iter()
        .any(|w| rest.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with(['|', '｜'])));
    // A masthead line: the outlet, a bar, then its account or the story.
    let masthead = line_start && rest.starts_with(['|', '｜']);
    // (本文来自第一财经), 综合自财联社、界面新闻、新智元: the sources a
    // story is taken from, in one run of names after the credit word.
    let back: String = doc.chars[m.span.start.saturating_sub(40)..m.span.start].iter().collect();
    let sourced = crate::cues::CREDIT_SOURCE_WORDS.iter().any(|w| {
        back.rfind(w).is_some_and(|p| {
            let between = &back[p + w.len()..];
            !between.contains(['，', ',', '。', '(', '（', ')', '）', '\n'])
        })
    });
    dateline || byline || masthead || sourced
}

fn outlet_credit(doc: &Document, m: &Mention) -> bool {
    if m.kind != EntityType::Product {
        return false;
    }
    let Some(brand) = ["App", "APP", "app", "客户端"].iter().find_map(|w| m.text.strip_suffix(w)) else {
        return false;
    };
    if !crate::cues::OUTLET_ENDS.iter().any(|w| brand.trim_end().ends_with(w)) {
        return false;
    }
    let before: String = doc.chars[m.span.start.saturating_sub(4)..m.span.start].iter().collect();
    let after: String = doc.chars[m.span.end..doc.chars.len().min(m.span.end + 3)].iter().collect();
    crate::cues::CREDIT_BEFORE.iter().any(|w| before.ends_with(w))
        || crate::cues::CREDIT_AFTER.iter().any(|w| after.starts_with(w))
}

/// 工业和信息化部运行监测协调局, 证监会浙江监管局: the gold and the news
/// name the unit that acts, not the ministry it belongs to, so a curated body
/// followed by a unit's name becomes that unit. Only bureaus, departments and
/// offices: 中心 and 研究院 after a ministry are as often its projects.
fn government_units(doc: &Document, tokens: &[Vec<Token>], mentions: &mut Vec<Mention>) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        let ends = crate::cues::GOVERNMENT_UNIT_ENDS.join("|");
        regex::Regex::new(&format!(r"^[\p{{Han}}]{{2,10}}?(?:{ends})")).expect("a literal pattern compiles")
    });
    let mut extended = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.entry.is_none() || m.kind != EntityType::Organization || m.text.ends_with("大学") {
            continue;
        }
        let sentence_end = doc.sentences[m.sentence].span.end;
        let rest: String = doc.chars[m.span.end..sentence_end.min(m.span.end + 14)].iter().collect();
        let Some(unit) = re.find(&rest) else { continue };
        let unit = unit.as_str();
        let end = m.span.end + unit.chars().count();
        // 工信部和国家数据局: a joining word first makes a second body; a
        // curated name inside (商务部市场监管总局) is another body too.
        // 上交所受理公司 ends in a firm, 立法院陷入僵局 in an idiom (a word
        // or a set phrase of its own: 产业/安全局 is no 全局), and
        // 保护局代理局长 in a title: none is a unit.
        if unit.starts_with(['和', '或', '暨'])
            || unit.ends_with("公司")
            || tokens[m.sentence].iter().find(|t| t.span.end == end).is_some_and(|t| {
                crate::cues::NOT_OFFICES
                    .iter()
                    .any(|w| t.text == *w || t.text.ends_with(w) && t.text.chars().count() >= 4)
            })
            || doc.chars.get(end) == Some(&'长')
            || crate::cues::GOVERNMENT_UNIT_BREAKS.iter().any(|w| unit.contains(w))
            || mentions.iter().any(|o| {
                o.entry.is_some()
                    && matches!(o.kind, EntityType::Organization | EntityType::Company)
                    && o.span.start >= m.span.end
                    && o.span.start < end
            })
        {
            continue;
        }
        extended.push((i, end, unit.to_string()));
    }
    // (Names the unit's span now covers, 工业 as a field, go.)
    extend_to_units(mentions, &extended, Rule::PATTERN_GOVERNMENT_UNIT);
}

/// …科技有限公司（下称"曦言智能"）: the short name the article will use.
fn short_names(doc: &Document, mentions: &[Mention]) -> Vec<Mention> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r#"^\((?:下称|以下简称|简称|下文简称|以下称)[“「"]?([\p{Han}A-Za-z0-9]{2,12})[”」"]?\)"#)
            .unwrap()
    });
    let mut found = Vec::new();
    for m in mentions.iter().filter(|m| m.kind.is_actor() || m.kind.is_artifact()) {
        // The pattern opens with a bracket: most mentions have none after
        // them, and need no copy of what follows and no regex search.
        if doc.chars.get(m.span.end) != Some(&'(') {
            continue;
        }
        let after = doc.slice(Span::new(m.span.end, doc.chars.len().min(m.span.end + 24)));
        let Some(caps) = re.captures(after) else {
            continue;
        };
        let g = caps.get(1).unwrap();
        let start = m.span.end + after[..g.start()].chars().count();
        let span = Span::new(start, start + g.as_str().chars().count());
        found.push(Mention {
            surface: String::new(),
            text: g.as_str().to_string(),
            span,
            alias_of: Some(m.span.start),
            rule: Rule::PATTERN_SHORT_NAME,
            confidence: m.confidence * Rule::PATTERN_SHORT_NAME.prior,
            ..m.clone()
        });
    }
    found
}

/// A name found once by a pattern (名为「梁溪小智」) is the same name where
/// the article repeats it without the pattern's cue.
/// 胡义/南正面临, 胡义/南要回: jieba's guess cut a three-char name after
/// its second char, and the person rules found the first two. When the
/// article writes those two chars three times or more, always followed by
/// the same char, and what follows that char varies, the name is three
/// chars long (a verb after the name, 王鹏表示 each time, is always followed
/// by the same char too).
fn lengthen_cut_persons(doc: &Document, mentions: &mut [Mention]) {
    let cut: Vec<String> = mentions
        .iter()
        .filter(|m| {
            m.kind == EntityType::Person
                && m.entry.is_none()
                && m.text.chars().count() == 2
                && m.text.chars().next().is_some_and(|c| pattern::SURNAMES.contains(c))
        })
        .map(|m| m.text.clone())
        .collect();
    let mut longer: Vec<(String, char)> = Vec::new();
    for name in cut {
        if longer.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let (next, varied) = pair_neighbours(doc, &name, 2, 3);
        let Some(Some(third)) = next.first().copied() else { continue };
        let same = next.iter().all(|c| *c == Some(third));
        // 王益为对…, 王益为说, 王益为认为: a third char that often ends a
        // name (为, 在) is the name's when what follows it is, each time, a
        // word that follows people.
        let ends_name = crate::cues::NAME_END_CHARS.contains(third)
            && !(next.len() >= 3 && same && followed_by_speech(doc, &format!("{name}{third}")));
        if next.len() >= 3 && same && varied >= 2 && crate::segment::is_cjk(third) && !ends_name {
            longer.push((name, third));
        }
    }
    for m in mentions.iter_mut() {
        if let Some((_, third)) = longer.iter().find(|(n, _)| *n == m.text && m.kind == EntityType::Person) {
            if doc.chars.get(m.span.end) == Some(third) {
                m.span = Span::new(m.span.start, m.span.end + 1);
                m.text.push(*third);
            }
        }
    }
}

/// Whether every place the body writes `name` is followed by a word that
/// follows people (说, 表示, 认为, 对, 的) or ends the sentence.
fn followed_by_speech(doc: &Document, name: &str) -> bool {
    use crate::cues::{NAME_FOLLOWERS, NAME_FOLLOWER_STARTS};
    let mut seen = 0;
    for sentence in doc.sentences.iter().filter(|s| !s.boilerplate) {
        let chars = &doc.chars[sentence.span.start..sentence.span.end];
        let text: String = chars.iter().collect();
        for (at, _) in text.match_indices(name) {
            let rest = &text[at + name.len()..];
            let follows = rest.chars().next().is_none_or(|c| !crate::segment::is_cjk(c))
                || NAME_FOLLOWERS.iter().chain(NAME_FOLLOWER_STARTS).any(|w| rest.starts_with(w));
            if !follows {
                return false;
            }
            seen += 1;
        }
    }
    seen >= 3
}

/// Where the two-char `name` stands in the body's sentences: the char at
/// offset `near` from each occurrence (None past the sentence's edge), and
/// how many different chars (or edges) stand at offset `far`. Both name
/// lengtheners read a name's neighbours this way, one to the right, one to
/// the left.
fn pair_neighbours(doc: &Document, name: &str, near: isize, far: isize) -> (Vec<Option<char>>, usize) {
    let two: Vec<char> = name.chars().collect();
    let mut nears = Vec::new();
    let mut fars = Vec::new();
    for sentence in doc.sentences.iter().filter(|s| !s.boilerplate) {
        let chars = &doc.chars[sentence.span.start..sentence.span.end];
        let at = |i: usize, off: isize| i.checked_add_signed(off).and_then(|p| chars.get(p).copied());
        for i in 0..chars.len().saturating_sub(1) {
            if chars[i] == two[0] && chars[i + 1] == two[1] {
                nears.push(at(i, near));
                fars.push(at(i, far));
            }
        }
    }
    fars.sort_unstable();
    fars.dedup();
    (nears, fars.len())
}

/// 张/雪峰: jieba read the surname as a word of its own (a classifier) and
/// the given name as a name, and the person rules found the given name. When
/// the article writes the two chars twice or more, always after the same
/// surname char, and what comes before that char varies, the name opens with
/// the surname.
fn lengthen_surnameless_persons(doc: &Document, mentions: &mut [Mention]) {
    let given: Vec<String> = mentions
        .iter()
        .filter(|m| {
            m.kind == EntityType::Person
                && m.entry.is_none()
                && m.text.chars().count() == 2
                && m.text.chars().all(crate::segment::is_cjk)
                && m.text.chars().next().is_some_and(|c| !pattern::SURNAMES.contains(c))
        })
        .map(|m| m.text.clone())
        .collect();
    let mut longer: Vec<(String, char)> = Vec::new();
    for name in given {
        if longer.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let (prev, varied) = pair_neighbours(doc, &name, -1, -2);
        let Some(Some(surname)) = prev.first().copied() else { continue };
        if prev.len() >= 2
            && prev.iter().all(|c| *c == Some(surname))
            && varied >= 2
            && pattern::SURNAMES.contains(surname)
        {
            longer.push((name, surname));
        }
    }
    for m in mentions.iter_mut() {
        if let Some((_, surname)) = longer.iter().find(|(n, _)| *n == m.text && m.kind == EntityType::Person) {
            if m.span.start > 0 && doc.chars.get(m.span.start - 1) == Some(surname) {
                m.span = Span::new(m.span.start - 1, m.span.end);
                m.text.insert(0, *surname);
            }
        }
    }
}

/// (NYSE:QSR), (NASDAQ:HOOD): the exchange in a ticker is part of a code,
/// not a mention of the exchange.
fn exchange_in_ticker(doc: &Document, m: &Mention) -> bool {
    let before = doc.chars[..m.span.start].iter().rev().take_while(|c| **c == ' ').count();
    let open = m.span.start.checked_sub(before + 1).map(|p| doc.chars[p]);
    let after: String = doc.chars[m.span.end..doc.chars.len().min(m.span.end + 3)].iter().collect();
    matches!(open, Some('(' | '（')) && after.trim_start().starts_with([':', '：']) && m.text.is_ascii()
}

/// 王朔：欧洲AI发展仅有时间表还不够: a name before a colon in the title
/// that the body never names again, or names only in a credit (作者 肖峰),
/// is the opinion piece's author, whom a byline would name.
fn author_of_title(doc: &Document, m: &Mention) -> bool {
    if m.rule != Rule::PATTERN_PERSON_SPEAKER || doc.sentences.first().is_none_or(|s| !s.span.contains(m.span)) {
        return false;
    }
    let body = doc.slice(Span::new(m.span.end, doc.chars.len()));
    body.match_indices(m.text.as_str()).all(|(at, _)| {
        let before = body[..at].trim_end();
        crate::cues::AUTHOR_CREDITS.iter().any(|w| before.ends_with(w))
    })
}

fn repeats(doc: &Document, mentions: &[Mention]) -> Vec<Mention> {
    let mut names: Vec<&Mention> = Vec::new();
    for m in mentions.iter().filter(|m| m.entry.is_none() && m.text.chars().count() >= 2) {
        if !names.iter().any(|n| n.text == m.text) {
            names.push(m);
        }
    }
    // Each name's searcher once, not once per sentence. memchr's memmem
    // finds a name's occurrences left to right without overlap, as the
    // scan char by char did, but skips through the text at SIMD speed: the
    // scan compared every char of the article with every name's first char.
    let needles: Vec<(memchr::memmem::Finder, usize)> =
        names.iter().map(|n| (memchr::memmem::Finder::new(n.text.as_bytes()), n.text.chars().count())).collect();
    let mut found = Vec::new();
    for sentence in doc.sentences.iter().filter(|s| !s.boilerplate) {
        let chars = &doc.chars[sentence.span.start..sentence.span.end];
        let text = doc.slice(sentence.span).as_bytes();
        let bytes = doc.byte_offsets(sentence.span);
        for (name, (finder, len)) in names.iter().zip(&needles) {
            for at in finder.find_iter(text) {
                // A valid UTF-8 needle matches on char boundaries only.
                let i = bytes.partition_point(|&b| b - bytes[0] < at);
                let span = Span::new(sentence.span.start + i, sentence.span.start + i + len);
                // Latin names must stand alone (Step-3 is not in Step-35).
                let glued = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                // (B2 is no name in B2-W, nor Step-3 in Step-3.5: a code
                // that runs on past a joining mark is a longer one.)
                let joined =
                    |at: usize| chars.get(at).is_some_and(|c| matches!(c, '-' | '.' | '_')) && glued(chars.get(at + 1));
                let alone = !(name.text.is_ascii()
                    && (glued(i.checked_sub(1).map(|p| &chars[p])) || glued(chars.get(i + len)) || joined(i + len)));
                if alone && !mentions.iter().any(|m| m.span == span || m.span.contains(span)) {
                    found.push(Mention {
                        span,
                        sentence: sentence.index,
                        rule: Rule::PATTERN_REPEAT,
                        confidence: name.confidence * Rule::PATTERN_REPEAT.prior,
                        ..(*name).clone()
                    });
                }
            }
        }
    }
    found
}

/// DeepSeek-R1/V3系列: a bare version (V3) right after a slash that follows
/// a model's full name is that model's sibling, named with the prefix before
/// the slash, when the dictionary knows the sibling: the mention is the
/// curated model, so the relations of curated models (family, maker) reach it.
fn slashed_versions(doc: &Document, mentions: &mut [Mention], dictionary: &Dictionary) {
    for i in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(i);
        let short = &mut tail[0];
        let bare = short.kind == EntityType::Model && short.entry.is_none() && {
            let letters = short.text.chars().take_while(|c| c.is_ascii_alphabetic()).count();
            (1..=2).contains(&letters)
                && short.text[letters..].starts_with(|c: char| c.is_ascii_digit())
                && short.text[letters..].chars().all(|c| c.is_ascii_digit() || c == '.')
                && short.text.len() <= 6
        };
        if !bare || short.span.start == 0 || doc.chars[short.span.start - 1] != '/' {
            continue;
        }
        let Some(full) = head.iter().rev().find(|m| m.kind == EntityType::Model && m.span.end + 1 == short.span.start)
        else {
            continue;
        };
        if let Some(id) = sibling_model(dictionary, &full.text, &short.text) {
            short.entry = Some(id);
            short.family = None;
        }
    }
}

/// GPT-4.5/5, GPT-4/4o, Qwen2.5-Max/VL: a short tail after a slash that
/// follows a curated model's full name, which no mention reads, names the
/// sibling model spelled with the full name's prefix, when the dictionary
/// knows that model.
fn slash_siblings(doc: &Document, mentions: &[Mention], dictionary: &Dictionary) -> Vec<Mention> {
    let mut found = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == EntityType::Model && m.entry.is_some()) {
        let at = m.span.end;
        if doc.chars.get(at) != Some(&'/') {
            continue;
        }
        let tail: String = doc.chars[at + 1..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == '.').collect();
        let tail = tail.trim_end_matches('.');
        let end = at + 1 + tail.chars().count();
        if tail.is_empty() || tail.len() > 6 || doc.chars.get(end).is_some_and(|c| *c == '-' || *c == '/') {
            continue;
        }
        let span = Span::new(at + 1, end);
        if span.end > doc.sentences[m.sentence].span.end || mentions.iter().any(|o| o.span.overlaps(span)) {
            continue;
        }
        let Some(id) = sibling_model(dictionary, &m.text, tail).filter(|&id| Some(id) != m.entry) else { continue };
        let mut sibling = found_name(tail, EntityType::Model, span, m.sentence, Rule::PATTERN_SLASH_SIBLING);
        sibling.entry = Some(id);
        found.push(sibling);
    }
    found
}

/// The curated model named by `full`'s prefix up to its last dash or space
/// and `tail` in place of the rest (DeepSeek-R1 and V3 → DeepSeek-V3).
fn sibling_model(dictionary: &Dictionary, full: &str, tail: &str) -> Option<usize> {
    let cut = full.rfind(['-', ' '])?;
    let id = dictionary.lookup(&format!("{}{}", &full[..=cut], tail))?;
    (dictionary.entry(id).kind == EntityType::Model).then_some(id)
}

/// S25 after "S25系列…机型": a Latin version that the article names as a
/// series of devices (a product) is that product's version wherever the
/// article names it bare, not a model the sentence alone could not tell.
fn series_type(mentions: &mut [Mention]) {
    let series: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Product && m.rule == Rule::PATTERN_LATIN_VERSION && m.entry.is_none())
        .filter_map(|m| m.text.strip_suffix(crate::cues::SERIES_WORD).map(str::to_string))
        .collect();
    if series.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let bare = m.text.strip_suffix(crate::cues::SERIES_WORD).unwrap_or(&m.text);
        if m.kind == EntityType::Model
            && m.entry.is_none()
            && matches!(m.rule, Rule::PATTERN_LATIN_VERSION | Rule::PATTERN_REPEAT)
            && series.iter().any(|s| s == bare)
        {
            m.kind = EntityType::Product;
            m.family = None;
        }
    }
}

/// Unknown items of a list whose other items are one type take that type:
/// MMATH in "MMLU、MMMU、MMATH和HumanEval", 腾讯客服 in "如腾讯元宝、QQ、腾讯客服等",
/// 微星 in "华硕、微星、技嘉" (a firm among firms, when jieba reads it as a
/// name).
fn enumerations(doc: &Document, tokens: &[Vec<Token>], mentions: &[Mention]) -> Vec<Mention> {
    let listable = |k: EntityType| {
        matches!(k, EntityType::Product | EntityType::Benchmark | EntityType::Model | EntityType::Company)
    };
    let mut found = Vec::new();
    let push = |start: usize, end: usize, like: &Mention, found: &mut Vec<Mention>| {
        let text = doc.slice(Span::new(start, end));
        let len = text.chars().count();
        let name_like = (2..=10).contains(&len)
            && text
                .chars()
                .all(|c| crate::segment::is_cjk(c) || c.is_ascii_alphanumeric() || c == ' ' || c == '-' || c == '.')
            && !is_generic_head(text)
            && !text.chars().all(|c| c.is_ascii_digit());
        // Chinese items must lean on a known name (腾讯客服), or be a name to
        // jieba in a list of firms (an unknown word, or tagged as a name
        // other than a place's); Latin ones (MMATH) are names by their
        // spelling.
        let anchored = text.is_ascii()
            || mentions.iter().any(|m| m.kind == EntityType::Company && text.starts_with(&m.text))
            || like.kind == EntityType::Company && jieba_name(&tokens[like.sentence], Span::new(start, end));
        // 苹果以及微软 is two items, not one: a joining word inside ends the item.
        let joined = ["等", "以及", "及", "与"].iter().any(|w| text.contains(w));
        if name_like && anchored && !joined {
            found.push(list_item(text, like.kind, Span::new(start, end), like.sentence));
        }
    };
    for pair in mentions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.sentence != b.sentence || a.kind != b.kind || !listable(a.kind) || a.span.end >= b.span.start {
            continue;
        }
        let between: Vec<char> = doc.chars[a.span.end..b.span.start].to_vec();
        if between.len() < 4
            || !crate::cues::ENUMERATION_SEPARATORS.contains(&between[0])
            || !crate::cues::ENUMERATION_SEPARATORS.contains(&between[between.len() - 1])
        {
            continue;
        }
        // Split the gap on separators: each piece is an item.
        let mut start = a.span.end + 1;
        for (i, c) in between.iter().enumerate().skip(1) {
            if crate::cues::ENUMERATION_SEPARATORS.contains(c) {
                push(start, a.span.end + i, a, &mut found);
                start = a.span.end + i + 1;
            }
        }
    }
    // The tail of a list of two or more: "…、腾讯新闻、腾讯客服等".
    for pair in mentions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.sentence != b.sentence || a.kind != b.kind || !listable(b.kind) || a.span.end >= b.span.start {
            continue;
        }
        if doc.chars[a.span.end..b.span.start] != ['、'] {
            continue;
        }
        let after = &doc.chars[b.span.end..doc.chars.len().min(b.span.end + 14)];
        if after.first() != Some(&'、') {
            continue;
        }
        let end =
            after[1..].iter().position(|c| matches!(c, '等' | ')' | ',' | '。' | '、' | '和')).map_or(0, |p| p + 1);
        if end > 1 && matches!(after[end], '等' | ')') {
            push(b.span.end + 1, b.span.end + end, b, &mut found);
        }
    }
    // An item may hold its maker's name (腾讯 in 腾讯客服): the longer item
    // wins when overlaps are settled; any other overlap means it is no item.
    found.retain(|f| {
        !mentions.iter().any(|m| {
            m.span.overlaps(f.span)
                && !(f.span.contains(m.span) && matches!(m.kind, EntityType::Company | EntityType::Sector))
        })
    });
    found
}

/// 猛士、奕派、风神等车型, 希沃电脑助手、希沃白板等产品: a list that 等 and
/// a kind of product close names products, known or not. The list opens
/// after a pause or after the words that introduce it (旗下, 包括, 接入);
/// each item is a name, not a common word (电机、蛋糕等产品 name nothing).
fn kinded_lists(doc: &Document, tokens: &[Vec<Token>], mentions: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    for sentence in doc.sentences.iter().filter(|s| !s.boilerplate) {
        let words = &tokens[sentence.index];
        for (k, t) in words.iter().enumerate() {
            // 甲、乙、丙三款机型: a count of the items closes the list as 等 does.
            let counted = counts_items(&t.text);
            if t.text != "等" && counted.is_none() {
                continue;
            }
            let mut next = k + 1;
            while words
                .get(next)
                .is_some_and(|w| matches!(w.text.as_str(), "多款" | "多个" | "几款" | "一系列" | "多" | "款"))
            {
                next += 1;
            }
            // 等八大行业模型, 等三个垂直模型: a count and a field word before
            // a noun for models make the list's items models.
            let mut model_next = next;
            while words.get(model_next).is_some_and(|w| {
                w.text.chars().all(|c| crate::cues::COUNT_WORD_CHARS.contains(c))
                    && w.text.chars().any(|c| crate::cues::NUMERAL_CHARS.contains(c))
                    || crate::cues::MODEL_FIELD_WORDS.contains(&w.text.as_str())
            }) {
                model_next += 1;
            }
            // (四款大模型: jieba may cut the noun in two.)
            let model_noun = |at: usize| {
                let one = words.get(at).map_or("", |w| w.text.as_str());
                let two = words.get(at + 1).map_or(String::new(), |w| format!("{one}{}", w.text));
                if crate::cues::MODEL_KIND_NOUNS.contains(&two.as_str()) {
                    Some(2)
                } else {
                    crate::cues::MODEL_KIND_NOUNS.contains(&one).then_some(1)
                }
            };
            // 四款大模型应用: applications of models are products.
            let kind = match model_noun(model_next) {
                Some(len)
                    if !words
                        .get(model_next + len)
                        .is_some_and(|w| crate::cues::MODEL_APPLICATION_NOUNS.contains(&w.text.as_str())) =>
                {
                    next = model_next;
                    EntityType::Model
                }
                Some(len) => {
                    next = model_next + len;
                    EntityType::Product
                }
                None => EntityType::Product,
            };
            if kind == EntityType::Product
                && !words.get(next).is_some_and(|w| crate::cues::PRODUCT_KIND_NOUNS.contains(&w.text.as_str()))
            {
                continue;
            }
            // 华为、荣耀等手机厂商: the kind is the makers', not the products'.
            let makers = words.get(next + 1).is_some_and(|w| {
                crate::cues::FIRM_NOUNS.contains(&w.text.as_str()) || w.text.ends_with('商') || w.text.ends_with('厂')
            });
            if makers {
                continue;
            }
            // Items back to the list's opening, split on 、.
            let mut items: Vec<Vec<&Token>> = vec![Vec::new()];
            let mut p = k;
            while p > 0 {
                let w = &words[p - 1];
                // (甲、乙和丙等: the last joint of the list may be a word.)
                if w.text == "、" || items.len() == 1 && crate::cues::LAST_LIST_JOINTS.contains(&w.text.as_str()) {
                    items.push(Vec::new());
                } else if w.pos == "x"
                    && w.text.chars().all(|c| !c.is_alphanumeric())
                    && w.text.trim() != ""
                    && !latin_suffix(words, p - 1)
                {
                    break;
                } else {
                    items.last_mut().expect("one item at least").insert(0, w);
                }
                p -= 1;
            }
            // (The count must be the items': 推出两款机型 after a list of three
            // counts something else.)
            if items.len() < 2 || counted.is_some_and(|n| n != items.len()) {
                continue;
            }
            // The first item (the last pushed) starts after the words that
            // lead into the list.
            let first = items.last_mut().expect("two items");
            let lead = first.iter().rposition(|w| {
                crate::cues::LIST_OPENERS.contains(&w.text.as_str())
                    || (w.known && matches!(w.pos.chars().next(), Some('p' | 'd' | 'c' | 'u' | 't' | 'r' | 'm' | 'f')))
            });
            if let Some(lead) = lead {
                // (给麦APP、…三款应用: a list no 等 closes must open after a
                // pause or a word that introduces it, not a function word that
                // may be the first name's first char.)
                if counted.is_some() && !crate::cues::LIST_OPENERS.contains(&first[lead].text.as_str()) {
                    first.clear();
                } else {
                    first.drain(..=lead);
                }
            }
            // 宣布Hi Echo、…: a verb that opens the first item leads into the
            // list (verbs inside a name, AI备课助手, stay).
            while first.first().is_some_and(|w| w.known && w.pos.starts_with('v')) {
                first.remove(0);
            }
            // An item names something when a word of it is a name to jieba
            // (unknown, proper, Latin, a bound morpheme) or it is a name
            // already found; known common words (电机, 风险管理) name nothing.
            // Half the list at least must be names.
            let named = |item: &[&Token]| {
                // (R1 和 V3等: the spaces around a joint are no part of a name.)
                let start = item.iter().position(|w| !w.text.trim().is_empty())?;
                let end = item.iter().rposition(|w| !w.text.trim().is_empty())?;
                let item = &item[start..=end];
                let (Some(a), Some(b)) = (item.first(), item.last()) else { return None };
                let span = Span::new(a.span.start, b.span.end);
                let text = doc.slice(span);
                // AI电商, 5G手机 (a kind word and one noun) are kinds, AI学习地图
                // is a name; MCU, LNG are categories.
                let latin: String = text.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
                // 7B和14B等模型: a size is no name.
                let size = latin == text
                    && latin.ends_with(['B', 'b', 'M', 'T'])
                    && latin[..latin.len() - 1].chars().all(|c| c.is_ascii_digit());
                let kind_word = size
                    || (matches!(latin.as_str(), "AI" | "AIGC" | "5G" | "PC" | "App" | "APP") && item.len() <= 2)
                    || (latin.len() <= 4 && latin == text && latin.chars().all(|c| c.is_ascii_uppercase()));
                // Otherwise the Chinese words decide (AI制课专家 names, AI手机
                // does not).
                let name = (!latin.is_empty() && !kind_word)
                    || item
                        .iter()
                        .filter(|w| !w.text.is_ascii())
                        .any(|w| !w.known || matches!(w.pos.as_str(), "nz" | "nt" | "nrt" | "nr" | "j" | "zg" | "ng"));
                let len = text.chars().count();
                (name && (2..=12).contains(&len) && !is_generic_head(text)).then_some((span, text))
            };
            let mut names: Vec<(Span, &str)> = items.iter().filter_map(|item| named(item)).collect();
            if names.len() * 2 < items.len() || names.len() < 2 {
                continue;
            }
            // 猛士、奕派、风神、纳米等车型: a kind that only models of a
            // make are (车型, 机型), where half the list are names already,
            // makes a name of a one-word item jieba knows as a common noun.
            if kind == EntityType::Product && crate::cues::MODEL_LINE_KINDS.contains(&words[next].text.as_str()) {
                for item in &items {
                    let [w] = item.as_slice() else { continue };
                    let len = w.text.chars().count();
                    if (2..=4).contains(&len)
                        && w.text.chars().all(crate::segment::is_cjk)
                        && w.pos.starts_with('n')
                        && !is_generic_head(&w.text)
                        && !names.iter().any(|(span, _)| *span == w.span)
                    {
                        names.push((w.span, doc.slice(w.span)));
                    }
                }
            }
            // 甲公司客悦、乙、丙等产品: a maker's name opening the first item
            // alone, before a Chinese name, is the list's maker, not a word
            // of that name, when no other item has a maker before it.
            let maker_end = |span: Span| {
                mentions
                    .iter()
                    .find(|m| m.kind == EntityType::Company && m.span.start == span.start && m.span.end < span.end)
                    .map(|m| m.span.end)
            };
            if let Some((first, _)) = items.last().and_then(|item| named(item)) {
                // (The rest must be a name by its own words: 腾讯客服 keeps
                // its maker, 客服 alone names nothing.)
                let rest_cjk = |cut: usize| {
                    let rest: Vec<&Token> =
                        items.last().into_iter().flatten().copied().filter(|w| w.span.start >= cut).collect();
                    first.end - cut >= 2
                        && doc.chars[cut..first.end].iter().all(|c| crate::segment::is_cjk(*c))
                        && rest.first().is_some_and(|w| w.span.start == cut)
                        && named(&rest).is_some()
                };
                if let Some(cut) = maker_end(first).filter(|&cut| rest_cjk(cut)) {
                    if names.iter().filter(|(s, _)| *s != first).all(|(s, _)| maker_end(*s).is_none()) {
                        for n in names.iter_mut().filter(|(s, _)| *s == first) {
                            let span = Span::new(cut, first.end);
                            *n = (span, doc.slice(span));
                        }
                    }
                }
            }
            for (span, text) in names {
                // A name found already stays what it is. One inside an item
                // must open it (腾讯 in 腾讯客服, not 需向苹果) and be the
                // item's maker, field or technique (AI in AI备课助手); it
                // makes way when overlaps are settled.
                let inside = |m: &&Mention| m.span.overlaps(span);
                // (S25 in S25+: a shorter name of the same kind found again
                // opens the item as a maker's does.)
                let part = |m: &Mention| {
                    m.span != span
                        && m.span.start == span.start
                        && span.contains(m.span)
                        && (matches!(m.kind, EntityType::Company | EntityType::Sector | EntityType::Technology)
                            || m.kind == kind && m.rule == Rule::PATTERN_REPEAT)
                };
                if mentions.iter().filter(inside).all(part) {
                    found.push(list_item(text, kind, span, sentence.index));
                }
            }
        }
    }
    found
}

/// 三款, 4款: a count of items (a numeral from two to nine and the
/// classifier of `cues::COUNTED_LIST_CLASSIFIERS`), which may close a list
/// as 等 does; the number it counts.
fn counts_items(word: &str) -> Option<usize> {
    let mut chars = word.chars();
    let last = chars.next_back()?;
    let numeral = chars.next()?;
    if chars.next().is_some() || !crate::cues::COUNTED_LIST_CLASSIFIERS.contains(&last) {
        return None;
    }
    crate::cues::small_count(numeral)
}

/// The mark at `at` ends a Latin name (S25+): it follows a Latin word and
/// comes before a pause or the list's close.
fn latin_suffix(words: &[Token], at: usize) -> bool {
    let mark = words[at].text.as_str();
    crate::cues::LATIN_NAME_SUFFIX_MARKS.contains(&mark)
        && at > 0
        && words[at - 1].text.ends_with(|c: char| c.is_ascii_alphanumeric())
        && words.get(at + 1).is_none_or(|w| w.text == "、" || counts_items(&w.text).is_some() || w.text == "等")
}

/// 博众精工、赛腾股份、快克智能、燕麦科技等: a list closed by 等 (or …)
/// whose items are mostly firms the dictionary knows, at least two, names
/// firms in its other items too, though jieba reads them as common words
/// (七彩虹) or a verb (派诺科技). Words that open the list (包括, 剔除, 拥有)
/// are no part of the first item; an item with a verb or 的 inside is a
/// clause, no name. A list no 等 closes ends at the clause's pause, and
/// after an analyst's pick word (推荐, 关注：) one known firm will do.
fn firm_lists(doc: &Document, tokens: &[Vec<Token>], mentions: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    for sentence in doc.sentences.iter().filter(|s| !s.boilerplate) {
        let words = &tokens[sentence.index];
        let chars = &doc.chars[sentence.span.start..sentence.span.end];
        let mut end = 0;
        // The text is NFKC-folded: an ellipsis (……) reads as dots.
        let closes =
            |i: usize| chars[i] == '等' || chars[i] == '…' || (chars[i] == '.' && chars.get(i + 1) == Some(&'.'));
        // A list that runs to the clause's end closes there (…、青穹、云岫
        // 精工。), unless 等 closed it already.
        let pause = |i: usize| i == chars.len() || crate::cues::FIRM_LIST_PAUSES.contains(&chars[i]);
        while let Some(close) = (end..=chars.len()).find(|&i| (i < chars.len() && closes(i)) || pause(i)) {
            end = close + 1;
            let at_pause = close == chars.len() || !closes(close);
            // The items back from the closing word, split on 、.
            let mut items = Vec::new();
            let mut item_end = close;
            let mut p = close;
            while p > 0 {
                let c = chars[p - 1];
                if c == '、' {
                    items.push(Span::new(sentence.span.start + p, sentence.span.start + item_end));
                    item_end = p - 1;
                } else if !(crate::segment::is_cjk(c) || c.is_ascii_alphanumeric()) {
                    break;
                }
                p -= 1;
            }
            items.push(Span::new(sentence.span.start + p, sentence.span.start + item_end));
            // (A list 等 closed is the first reading's; a clause that holds
            // 等 or an ellipsis before its pause is one.)
            let closed_before = at_pause && (p..close).any(&closes);
            if closed_before || items.len() < 2 || items.iter().any(|s| s.start >= s.end) {
                continue;
            }
            // 推荐A、B; 关注：A、B、C: an analyst's picks are stocks, so one
            // known firm among two picks is enough. (Read in place, and only
            // for a list: every pause of every sentence comes here.)
            let lead_end = chars[..p].iter().rposition(|c| !matches!(c, ':' | '：')).map_or(0, |k| k + 1);
            let picked = crate::cues::STOCK_PICK_WORDS.iter().any(|w| {
                let n = w.chars().count();
                (lead_end >= n && lexicon::starts_with_at(chars, lead_end - n, w))
                    || (item_end - p >= n && lexicon::starts_with_at(chars, p, w))
            });
            if items.len() < 3 && !picked {
                continue;
            }
            // The first item runs back to the clause's edge: a firm that ends
            // it after the words that lead into the list (包括学而思) is known.
            let first_span = *items.last().expect("one item");
            let known = items
                .iter()
                .filter(|s| {
                    mentions.iter().any(|m| {
                        m.kind == EntityType::Company
                            && (m.span == **s || (**s == first_span && m.span.end == s.end && m.span.start > s.start))
                    })
                })
                .count();
            if !(known >= 2 && known * 2 >= items.len() || picked && known >= 1) {
                continue;
            }
            let first_item = items.len() - 1;
            for (k, item) in items.iter().enumerate() {
                // (壁仞科技、登临科技等: 科技 ending a name is the name's.)
                let open_tail = |m: &Mention| {
                    m.kind == EntityType::Sector
                        && m.span.end == item.end
                        && m.span.start > item.start
                        && crate::cues::OPEN_FIELD_WORDS.contains(&m.text.as_str())
                };
                // (江苏岫山: a place may open a listed firm's short name.)
                let place_head = |m: &Mention| {
                    m.kind == EntityType::Place && m.span.start == item.start && item.end >= m.span.end + 2
                };
                if mentions.iter().any(|m| m.span.overlaps(*item) && !open_tail(m) && !place_head(m)) {
                    continue;
                }
                let inside: Vec<&Token> = words.iter().filter(|w| item.contains(w.span)).collect();
                // A one-char verb may start a name (会畅通讯): only words of
                // two chars or more are cut as the list's opening verb.
                let function = |w: &Token| {
                    w.known
                        && w.text.chars().count() >= 2
                        && (w.pos.starts_with('v') || w.pos.starts_with('p') || w.pos.starts_with('c'))
                };
                let lead = if k == first_item {
                    inside
                        .iter()
                        .take_while(|w| {
                            function(w)
                                || crate::cues::LIST_OPENERS.contains(&w.text.as_str())
                                || crate::cues::FIRM_LIST_OPENERS.contains(&w.text.as_str())
                        })
                        .count()
                } else {
                    0
                };
                let rest = &inside[lead..];
                let Some(first) = rest.first() else { continue };
                let span = Span::new(first.span.start, item.end);
                let text = doc.slice(span);
                let len = text.chars().count();
                let clause = rest
                    .iter()
                    .any(|w| w.text == "的" || w.pos == "r" || w.pos == "d" || w.pos.starts_with('u') || w.pos == "m");
                // 三大运营商 counts firms; 沪深交易所 and 社科基金 are bodies
                // and funds; a first item after Latin or a space (ETF KWEB)
                // continues a name the list did not start with.
                let mut lead_chars = text.chars();
                let counted = lead_chars.next().is_some_and(|c| "一二三四五六七八九十两几多".contains(c))
                    && lead_chars.next().is_some_and(|c| "大家个款类种位所强".contains(c));
                // (汽车制造行业, 智能驾驶领域: a field in the list is no firm.)
                let body = crate::cues::FIRM_LIST_NOT_FIRMS
                    .iter()
                    .chain(crate::cues::NAMES33_NOT_FIRM_ENDINGS)
                    .any(|w| text.ends_with(w));
                let glued = k == first_item
                    && span.start > sentence.span.start
                    && doc.chars[span.start - 1].is_ascii()
                    && !doc.chars[span.start - 1].is_ascii_punctuation();
                if counted
                    || body
                    || glued
                    || !(2..=8).contains(&len)
                    || first.span.start != rest[0].span.start
                    || clause
                    || is_generic_head(text)
                    || rest.iter().any(|w| w.pos.starts_with("ns") && rest.len() == 1)
                    || rest.iter().filter(|w| w.known && w.pos.starts_with('v')).count() > 1
                    // The item before a pause holds what the list is said to
                    // do (云岫精工涨停): a verb there ends no name.
                    || (at_pause && k == 0 && rest.iter().any(|w| w.known && w.pos.starts_with('v')))
                    // (…、TQQQ、亚马逊。: a Latin code in a list no 等 closes
                    // is as often a fund's ticker as a firm.)
                    || (at_pause && (len > 6 || !text.chars().all(crate::segment::is_cjk)))
                {
                    continue;
                }
                found.push(found_name(text, EntityType::Company, span, sentence.index, Rule::PATTERN_FIRM_LIST));
            }
        }
    }
    found
}

/// Whether jieba reads the words of `span` as a name: the span is whole
/// words, one of them unknown or tagged a proper name (nz, nt, nr, j), none
/// a place (ns) or a number, and not all of them common words.
fn jieba_name(words: &[Token], span: Span) -> bool {
    let inside: Vec<&Token> = words.iter().filter(|w| span.contains(w.span)).collect();
    let (Some(first), Some(last)) = (inside.first(), inside.last()) else { return false };
    if first.span.start != span.start || last.span.end != span.end {
        return false;
    }
    // 三大运营商 counts firms, 眼镜品牌LOHO describes one, 优必 选 is cut.
    let text: String = inside.iter().map(|w| w.text.as_str()).collect();
    let mut chars = text.chars();
    let counted = chars.next().is_some_and(|c| "一二三四五六七八九十两几多".contains(c))
        && chars.next().is_some_and(|c| "大家个款类种位所强".contains(c));
    if counted || text.contains("品牌") || text.contains(' ') {
        return false;
    }
    let place_or_number = inside.iter().any(|w| w.pos.starts_with("ns") || w.pos == "m" || w.pos == "t");
    let name = inside.iter().any(|w| !w.known || matches!(w.pos.as_str(), "nz" | "nt" | "nr" | "nrt" | "j"));
    name && !place_or_number
}

/// 恒业资本创始合伙人江一, 汉坤律师事务所合伙人顾泱, 众惠财产相互保险社
/// 董事长李静: before a title and a person already found, the words back to
/// a pause (or to 的) name the employer when they end like a firm or an
/// institution. The title and the person vouch for it, so common words
/// (恒业, 财产) may make the name that the suffix patterns alone would not
/// take.
fn employers_before_titles(doc: &Document, mentions: &[Mention]) -> Vec<Mention> {
    use crate::cues::EMPLOYER_SUFFIXES as EXTRA_SUFFIXES;
    let mut found = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == EntityType::Person) {
        let sentence_start = doc.sentences[m.sentence].span.start;
        let before = &doc.chars[sentence_start..m.span.start];
        // The longest title that ends right before the person.
        let Some(title_len) = (2..=6.min(before.len())).rev().find(|&n| {
            let t: String = before[before.len() - n..].iter().collect();
            crate::cues::TITLES.contains(&t.as_str())
        }) else {
            continue;
        };
        let mut title_start = before.len() - title_len;
        // 高级合伙人, 首席执行官: a rank before the title is part of it.
        for rank in crate::cues::TITLE_RANKS {
            let r: Vec<char> = rank.chars().collect();
            if title_start >= r.len() && before[title_start - r.len()..title_start] == r[..] {
                title_start -= r.len();
            }
        }
        let title_len = before.len() - title_start;
        let mut start = title_start;
        while start > 0 && title_start - start < 14 {
            let c = before[start - 1];
            if !(crate::segment::is_cjk(c) || c.is_ascii_alphanumeric()) || c == '的' {
                break;
            }
            start -= 1;
        }
        let run: String = before[start..title_start].iter().collect();
        // A clause's own words end where the name begins: after the last
        // function char or digit (进一步加剧了他与该公司 → 该公司, 当庆应
        // 义塾大学 → 庆应义塾大学).
        let run = match run.rfind(|c: char| "了他她们当自被把".contains(c) || c.is_ascii_digit()) {
            Some(at) => run[at..].chars().skip(1).collect::<String>(),
            None => run,
        };
        // Words that lead into the name (与该公司, 在与…), never inside one
        // at its start: 与, 和 and 及 inside join remits (发展和改革委员会).
        let mut run = run.as_str();
        while let Some(rest) = ["在", "与", "和", "及", "据", "而", "但", "并", "由", "对", "为", "从", "向", "将"]
            .iter()
            .find_map(|w| run.strip_prefix(w))
        {
            run = rest;
        }
        // 保险资管协会和精算师协会副秘书长: two bodies of one kind joined,
        // each a whole name; the post is read for the one next to it. (Of
        // one kind: 数据中心和人工智能事业部 is one unit named by two fields.)
        let same_kind = |head: &str, tail: &str| {
            crate::cues::COMPANY_SUFFIXES
                .iter()
                .chain(crate::cues::ORGANIZATION_SUFFIXES)
                .any(|s| head.ends_with(s) && tail.ends_with(s) && head.chars().count() > s.chars().count() + 1)
        };
        if let Some((at, joint)) = run
            .char_indices()
            .rev()
            .find(|&(at, ch)| "和及与".contains(ch) && same_kind(&run[..at], &run[at + ch.len_utf8()..]))
        {
            run = &run[at + joint.len_utf8()..];
        }
        let run = run.to_string();
        let n = run.chars().count();
        let suffix = crate::cues::COMPANY_SUFFIXES
            .iter()
            .chain(crate::cues::ORGANIZATION_SUFFIXES)
            .chain(EXTRA_SUFFIXES.iter())
            .filter(|s| run.ends_with(*s))
            .max_by_key(|s| s.len());
        let Some(suffix) = suffix else { continue };
        let stem = &run[..run.len() - suffix.len()];
        if !(3..=12).contains(&n)
            || n < suffix.chars().count() + 2
            || suffix.chars().count() == 1 && n < 4
            || crate::cues::COMPANY_SUFFIXES.iter().any(|s| stem.ends_with(s))
            || run.starts_with(['该', '这', '其', '本', '各', '多', '某', '公', '前', '原', '现'])
            || is_generic_head(&run)
        {
            continue;
        }
        let span = Span::new(m.span.start - title_len - n, m.span.start - title_len);
        // A field or a place inside the name (保险 of …保险社) gives way to it.
        let inside_word = |o: &Mention| {
            span.contains(o.span) && matches!(o.kind, EntityType::Sector | EntityType::Place | EntityType::Technology)
        };
        if mentions.iter().any(|o| o.span.overlaps(span) && !inside_word(o)) {
            continue;
        }
        // The Federal Reserve's banks (纽约联储, …联邦储备银行) are public bodies.
        let kind =
            if crate::cues::ORGANIZATION_SUFFIXES.contains(suffix) || run.contains("联储") || run.contains("储备银行")
            {
                EntityType::Organization
            } else {
                EntityType::Company
            };
        found.push(found_name(&run, kind, span, m.sentence, Rule::PATTERN_TITLED_EMPLOYER));
    }
    found
}

/// A name found as an item of a list.
fn list_item(text: &str, kind: EntityType, span: Span, sentence: usize) -> Mention {
    found_name(text, kind, span, sentence, Rule::PATTERN_ENUMERATION)
}

/// A name found by `rule` across words (its surface is filled in later, from
/// the span).
fn found_name(text: &str, kind: EntityType, span: Span, sentence: usize, rule: Rule) -> Mention {
    Mention {
        surface: String::new(),
        text: text.to_string(),
        kind,
        span,
        sentence,
        entry: None,
        family: None,
        alias_of: None,
        rule,
        confidence: rule.prior,
    }
}

/// Keeps the best of overlapping mentions: the longer span, then the
/// curated one, then the more confident.
pub fn settle_overlaps(mut mentions: Vec<Mention>) -> Vec<Mention> {
    mentions.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(b.entry.is_some().cmp(&a.entry.is_some()))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Mention> = Vec::new();
    for m in mentions {
        if kept.iter().all(|k| !k.span.overlaps(m.span)) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.span.start);
    kept
}

/// Words that describe a kind of thing rather than name one: never the head
/// of a discovered name.
pub fn is_generic_head(word: &str) -> bool {
    crate::cues::GENERIC_HEADS.contains(&word) || crate::cues::MORE_GENERIC_HEADS.contains(&word)
}

pub use crate::cues::TITLES;

/// The type a role noun after a name gives it (「西小服」AI专员 → an app).
pub fn type_of_role_suffix(suffix: &str) -> Option<EntityType> {
    if suffix.ends_with("大模型") || suffix.ends_with("模型") {
        return Some(EntityType::Model);
    }
    crate::cues::APP_WORDS.iter().any(|s| suffix.ends_with(s)).then_some(EntityType::Product)
}

#[cfg(test)]
mod tests;

/// A found name never opens or closes with a function word or a bracket:
/// 由煜华资本 is 煜华资本, 魏德巍及 is 魏德巍, )旗下投资基金 is no name at all
/// once trimmed. Only whole jieba words are trimmed (和辉光电 keeps its 和,
/// which jieba reads as part of the name), and nothing under two chars is
/// left standing.
fn trim_name(view: &SentenceView, mut m: Mention) -> Option<Mention> {
    // Book marks bound a title exactly (《冠军来了》 ends in 了); so does a
    // transliteration whose original follows (本·阿弗莱克 opens with 本), and
    // a dotted one that a title, a pause or a function word opens (特拉维斯·
    // 凯尔西 opens with 特).
    if matches!(m.rule, Rule::PATTERN_TITLED_WORK | Rule::PATTERN_PERSON_ORIGINAL | Rule::PATTERN_PERSON_DOTTED) {
        return Some(m);
    }
    // 业内首个金融对话大模型, 一款AI助手: a description counts or ranks, a
    // name does neither.
    if m.kind.is_artifact() && crate::cues::RANKING_DESCRIPTIONS.iter().any(|w| m.text.contains(w)) {
        return None;
    }
    // A quoted or named artifact that is a description (灵光的助手, 2亿人的AI
    // 全能助手), a number (排名为41) or a firm (名为浙江九章资产管理有限公司,
    // 更名为泛华金融控股集团) is no app, model or deployment.
    if m.kind.is_artifact()
        && matches!(
            m.rule,
            Rule::PATTERN_QUOTED | Rule::PATTERN_NAMED | Rule::PATTERN_QUOTED_ROLE | Rule::PATTERN_QUOTED_KIND
        )
        && (m.text.contains('的')
            || m.text.chars().all(|c| c.is_ascii_digit() || c == '.')
            || crate::cues::FIRM_NAME_ENDS.iter().any(|w| m.text.ends_with(w))
            || (m.text.chars().count() >= 5 && m.text.ends_with("公司")))
    {
        return None;
    }
    // 秘书长和理事会委员: a title, or the head of a body's name (理事会,
    // 董事会), is no person.
    if m.kind == EntityType::Person {
        let next = view.chars.get(m.span.end - view.span.start).copied();
        let title = crate::cues::TITLES.contains(&m.text.as_str())
            || crate::cues::TITLES.contains(&format!("{}长", m.text).as_str());
        let body = next == Some('会') && ["理事", "董事", "监事", "委员", "议"].iter().any(|w| m.text.ends_with(w));
        // 创始人宁可亏损: a word jieba's dictionary tags as a name that is an
        // adverb or a verb (宁可, 许可) is no person, whatever found it.
        if title || body || crate::cues::NOT_PERSONS.contains(&m.text.as_str()) {
            return None;
        }
    }
    let function_word = |t: &Token| {
        t.text.chars().count() == 1
            && (matches!(t.pos.chars().next(), Some('p' | 'c' | 'u' | 'r' | 'd'))
                || t.text.chars().all(|c| c.is_ascii_punctuation() || "()（）、，,。:：;；“”「」《》".contains(c)))
    };
    let words: Vec<&Token> = view.tokens.iter().filter(|t| m.span.contains(t.span)).collect();
    let mut start = m.span.start;
    let mut end = m.span.end;
    // The ticker pattern has already judged a leading 和/合/会 part of the
    // name it found (根据和辉光电（688538.SH）).
    let judged = |t: &Token| m.rule == Rule::PATTERN_TICKER && matches!(t.text.as_str(), "和" | "合" | "会");
    for t in &words {
        if t.span.start == start && function_word(t) && !judged(t) {
            start = t.span.end;
        }
    }
    // 由现东风汽车集团有限公司, 原上美股份: "current" or "former" as a word of
    // its own qualifies the firm and is not part of its name.
    if m.kind.is_actor() {
        if let Some(t) = words
            .iter()
            .find(|t| t.span.start == start && ["现", "原", "前", "由现", "从原", "由原"].contains(&t.text.as_str()))
        {
            if m.span.end - t.span.end >= 4 {
                start = t.span.end;
            }
        }
    }
    for t in words.iter().rev() {
        if t.span.end == end && function_word(t) {
            end = t.span.start;
        }
    }
    // jieba's guesses glue a function char to an unknown name (由煜华,
    // 魏德巍及): trim it from a word jieba did not know.
    if let Some(first) = words.iter().find(|t| t.span.start == start && !t.known && t.text.chars().count() >= 3) {
        // (于 and 为 also open names of persons: 于东来.)
        let glued_function = first.text.starts_with(['由', '被', '向', '从', '把', '据', '与', '及'])
            || m.kind != EntityType::Person && first.text.starts_with(['于', '为', '称', '仍']);
        if glued_function {
            start += 1;
        }
    }
    if let Some(last) = words.iter().find(|t| t.span.end == end && !t.known && t.text.chars().count() >= 3) {
        if last.text.ends_with(['及', '和', '与', '等', '的']) {
            end -= 1;
        }
    }
    // 这批数据中心, 整家公司, 旗下投资基金: a name found by its suffix that
    // opens with a determiner points at firms the text names elsewhere.
    let found_by_suffix = [Rule::PATTERN_ORG_SUFFIX, Rule::PATTERN_ORG_REGISTERED, Rule::PATTERN_BRAND_SUFFIX];
    if m.kind.is_actor() && found_by_suffix.contains(&m.rule) {
        let name: String = view.chars[start.min(end) - view.span.start..end - view.span.start].iter().collect();
        if crate::cues::DETERMINER_OPENINGS.iter().any(|d| name.starts_with(d)) {
            return None;
        }
    }
    // 亚洲各国政府, 商务部各大咨询委员会, 各省市: a name found by its
    // suffix or its government word that holds a word for "each, many" is a
    // group of bodies, not one.
    if (m.kind.is_actor() && found_by_suffix.contains(&m.rule)) || m.rule == Rule::PATTERN_GOVERNMENT_PLACE {
        let name: String = view.chars[start.min(end) - view.span.start..end - view.span.start].iter().collect();
        if crate::cues::GROUP_QUANTIFIERS.iter().any(|w| name.contains(w)) {
            return None;
        }
    }
    // Brackets glued to the name inside one token: (智谱生态基金.
    let chars = &view.chars[start - view.span.start..end.max(start) - view.span.start];
    let lead = chars.iter().take_while(|c| matches!(c, '(' | ')' | '（' | '）' | '、' | ',')).count();
    start += lead;
    // (A one-letter platform is a name its frame proved: 在X上发文.)
    if end <= start || end - start < 2 && m.rule != Rule::PATTERN_POSTING_PLATFORM {
        return None;
    }
    // 超过650亿个参数的大模型: a phrase with 的 found by its head noun is a
    // description, not a name (quoted and introduced names may hold 的).
    let shaped =
        [Rule::PATTERN_MODEL_HEAD, Rule::PATTERN_MADE_MODEL, Rule::PATTERN_ORG_SUFFIX, Rule::PATTERN_BRAND_SUFFIX];
    if shaped.contains(&m.rule) && view.chars[start - view.span.start..end - view.span.start].contains(&'的') {
        return None;
    }
    // DeepSeek引领大模型, 旗下包括V3大模型: a verb inside a name found by its
    // head noun makes it a clause, not a name.
    let made = [Rule::PATTERN_MODEL_HEAD, Rule::PATTERN_MADE_MODEL, Rule::PATTERN_FAMILY_FIELD];
    if made.contains(&m.rule)
        && words.iter().any(|t| {
            t.span.start > start && t.span.end <= end && t.known && t.pos == "v" && t.text.chars().count() >= 2
        })
    {
        return None;
    }
    // 股份有限公司, 有限公司 alone: the name before it was cut off.
    let text: String = view.chars[start - view.span.start..end - view.span.start].iter().collect();
    // Reports and rankings are no entities; a counted phrase (R1两款大模型)
    // describes several things.
    let bare = text.trim_end_matches('版').trim_end_matches(|c: char| c.is_ascii_digit());
    let report = crate::cues::REPORT_ENDINGS.iter().any(|w| bare.ends_with(w))
        && !matches!(m.kind, EntityType::Person | EntityType::Place);
    // 北京)有限公司: a bracket closed that the name never opened.
    let unbalanced = text.matches(['(', '（']).count() != text.matches([')', '）']).count();
    if report || unbalanced || crate::cues::COUNTED_PHRASES.iter().any(|w| text.contains(w)) {
        return None;
    }
    if crate::cues::COMPANY_SUFFIXES.contains(&text.as_str())
        || crate::cues::ORGANIZATION_SUFFIXES.contains(&text.as_str())
    {
        return None;
    }
    if (start, end) != (m.span.start, m.span.end) {
        m.span = Span::new(start, end);
        m.text = view.text(Span::new(start - view.span.start, end - view.span.start));
    }
    Some(m)
}

/// 海南云锋基金中心(有限合伙): a limited partnership is a firm, and the
/// bracketed form is part of its registered name.
fn partnership(view: &SentenceView, mut m: Mention) -> Mention {
    if !m.kind.is_actor() {
        return m;
    }
    let end = m.span.end - view.span.start;
    let after: String = view.chars[end..].iter().take(6).collect();
    if after.starts_with("(有限合伙)") {
        m.span = Span::new(m.span.start, m.span.end + 6);
        m.text.push_str("(有限合伙)");
        m.kind = EntityType::Company;
    }
    m
}
