//! Relation patterns, one function per rule. Each looks at one sentence
//! (two where ANNOTATION.md allows adjacent sentences) and emits candidates
//! whose types fit the predicate's domain and range.

use super::{is_hedged, RelationCandidate};
use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention, Predicate, Span};
use crate::normalize::Document;
use crate::recognize::TITLES;
use crate::rule::Rule;
use std::collections::{HashMap, HashSet};
use EntityType::*;

mod sectors;

/// One sentence with its mentions, as the rules read it.
pub struct Clauses<'a> {
    pub doc: &'a Document,
    pub mentions: &'a [Mention],
    pub sentence: usize,
    pub span: Span,
    /// Indices of the sentence's mentions, in text order.
    pub members: Vec<usize>,
    pub hedged: bool,
}

impl<'a> Clauses<'a> {
    pub fn new(doc: &'a Document, mentions: &'a [Mention], sentence: usize) -> Self {
        let span = doc.sentences[sentence].span;
        let members: Vec<usize> = super::sentence_members(mentions, sentence).collect();
        let hedged = is_hedged(doc.slice(span));
        Clauses { doc, mentions, sentence, span, members, hedged }
    }

    /// Normalized text between two document positions.
    pub fn text(&self, start: usize, end: usize) -> &'a str {
        if start >= end {
            return "";
        }
        self.doc.slice(Span::new(start, end))
    }

    /// The clause (between , ; : and the sentence ends) around a position.
    pub fn clause_of(&self, pos: usize) -> Span {
        let chars = &self.doc.chars;
        let mut start = pos;
        while start > self.span.start && !is_clause_break(chars[start - 1]) {
            start -= 1;
        }
        let mut end = pos;
        while end < self.span.end && !is_clause_break(chars[end]) {
            end += 1;
        }
        Span::new(start, end)
    }

    /// What 其, 该公司 or 本轮 points back to: the last mention that ends by
    /// `before`, in this sentence or the `window` before it, that `keep`
    /// accepts. Mentions are in text order, so the walk starts at `before`
    /// and stops at the window's edge instead of scanning the article.
    pub fn antecedent(&self, before: usize, window: usize, keep: impl Fn(usize) -> bool) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.span.start < before);
        (0..end)
            .rev()
            .take_while(|&i| self.mentions[i].sentence + window >= self.sentence)
            .find(|&i| self.mentions[i].span.end <= before && keep(i))
    }

    pub fn kind(&self, i: usize) -> EntityType {
        self.mentions[i].kind
    }

    /// Whether the mention sits inside round brackets: (包含通义千问).
    pub fn parenthetical(&self, i: usize) -> bool {
        let before = self.text(self.span.start, self.mentions[i].span.start);
        before.rfind('(').is_some_and(|open| !before[open..].contains(')'))
    }
}

pub fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?' | '，' | '；' | '：')
}

struct Emitter<'a> {
    out: &'a mut Vec<RelationCandidate>,
    /// For what the dictionary already knows of a name's maker.
    dictionary: &'a Dictionary,
    /// The first mention of each name (entry or text, and type): two
    /// mentions of one name are one entity once resolved.
    canonical: Vec<usize>,
    /// What a sentence already said, by rule: a sentence that names 腾讯 and
    /// 混元 sixty times says one thing once. Repeats are not independent
    /// evidence, and keeping every pair made a long line cost gigabytes.
    said: HashSet<(usize, Predicate, usize, usize, &'static str)>,
    /// Each mention as a subject, by predicate, repeats included (rules
    /// that fill in what no other rule said ask about one mention).
    stated: HashSet<(usize, Predicate)>,
}

impl<'a> Emitter<'a> {
    fn new(out: &'a mut Vec<RelationCandidate>, mentions: &[Mention], dictionary: &'a Dictionary) -> Self {
        let mut first: HashMap<(Option<usize>, &str, EntityType), usize> = HashMap::new();
        let canonical = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| *first.entry((m.entry, m.text.as_str(), m.kind)).or_insert(i))
            .collect();
        Emitter { out, dictionary, canonical, said: HashSet::new(), stated: HashSet::new() }
    }

    fn emit(&mut self, c: &Clauses, subject: usize, predicate: Predicate, object: usize, rule: Rule) {
        self.emit_checked(c, subject, predicate, object, rule, true);
    }

    /// [`Self::emit`] for a co-maker the sentence names outright (与X共同开发的Y,
    /// A联合B发布了Y with A the curated maker): the dictionary's maker is
    /// not the only one.
    fn emit_co_maker(&mut self, c: &Clauses, artifact: usize, maker: usize, rule: Rule) {
        self.emit_checked(c, artifact, Predicate::DevelopedBy, maker, rule, false);
    }

    fn emit_checked(
        &mut self,
        c: &Clauses,
        subject: usize,
        predicate: Predicate,
        object: usize,
        rule: Rule,
        check_maker: bool,
    ) {
        let (s, o) = (&c.mentions[subject], &c.mentions[object]);
        if subject == object || !predicate.accepts(s.kind, o.kind) || same_name(s, o) {
            return;
        }
        if check_maker && predicate == Predicate::DevelopedBy && self.made_elsewhere(s, o) {
            return;
        }
        // 《AI Policy Podcast》: a title in book quotes is a programme or a
        // publication, no unit of the firm that puts it out.
        if predicate == Predicate::SubsidiaryOf && c.text(c.span.start, s.span.start).ends_with('《') {
            return;
        }
        // 降低越狱攻击的成功率: an attack is done to a model, not used by it.
        if predicate == Predicate::UsesTechnology && crate::cues::ATTACK_HEADS.iter().any(|h| o.text.ends_with(h)) {
            return;
        }
        self.stated.insert((subject, predicate));
        let key = (self.canonical[subject], predicate, self.canonical[object], c.sentence, rule.id);
        if !self.said.insert(key) {
            return;
        }
        // A plan, a forecast or a rumour states the relation less firmly.
        let confidence = if c.hedged { rule.prior * 0.6 } else { rule.prior };
        self.out.push(RelationCandidate {
            subject,
            predicate,
            object,
            sentence: c.sentence,
            evidence: c.span,
            rule,
            confidence,
            hedged: c.hedged,
        });
    }

    /// 要做中国的OpenAI, 走私到中国的辉达芯片: a curated firm whose
    /// curated home is another country is not at home in this one.
    fn home_elsewhere(&self, c: &Clauses, firm: usize, place: usize) -> bool {
        let (Some(f), Some(p)) = (c.mentions[firm].entry, c.mentions[place].entry) else { return false };
        self.dictionary.homed_elsewhere(f, p)
    }

    /// 国元证券发布「DeepSeek教你学炒股」: a curated artifact whose curated
    /// maker is another firm, not a unit or parent of this one, was not
    /// made by the curated firm a sentence pairs it with.
    fn made_elsewhere(&self, artifact: &Mention, firm: &Mention) -> bool {
        let (Some(a), Some(f)) = (artifact.entry, firm.entry) else { return false };
        let d = self.dictionary;
        // (Called for every pair a rule says made something: no allocation.)
        let mut makers = d.links_from(a).filter(|l| l.predicate == Predicate::DevelopedBy).map(|l| l.object).peekable();
        // (DeepSeek read as the firm stands for its maker 深度求索.)
        let related = |m: usize| {
            m == f
                || d.has_link(f, Predicate::DevelopedBy, m)
                || d.has_link(m, Predicate::SubsidiaryOf, f)
                || d.has_link(f, Predicate::SubsidiaryOf, m)
                || d.links_from(m)
                    .any(|l| l.predicate == Predicate::SubsidiaryOf && d.has_link(f, Predicate::SubsidiaryOf, l.object))
        };
        makers.peek().is_some() && !makers.any(related)
    }
}

fn same_name(a: &Mention, b: &Mention) -> bool {
    (a.entry.is_some() && a.entry == b.entry) || a.text == b.text
}

/// `home`: the curated label of the place the article's domestic words
/// stand for (see [`super::outlet_home`]).
pub fn apply(
    doc: &Document,
    mentions: &[Mention],
    dictionary: &Dictionary,
    home: Option<&str>,
    out: &mut Vec<RelationCandidate>,
) {
    let mut emitter = Emitter::new(out, mentions, dictionary);
    let all: Vec<Clauses> = (0..doc.sentences.len()).map(|s| Clauses::new(doc, mentions, s)).collect();
    let homes = home_words(mentions, dictionary, home);
    for (s, c) in all.iter().enumerate() {
        if c.members.is_empty() {
            continue;
        }
        adjacent_pairs(c, &mut emitter);
        makers(c, &mut emitter);
        owned_after_pause(c, &mut emitter);
        pronoun_own(c, &mut emitter);
        partners(c, &mut emitter);
        joint_actors(c, &mut emitter);
        uses_model(c, &mut emitter);
        models_across_pause(c, &mut emitter);
        objectless_use(c, &mut emitter);
        completed_adaptation(c, &mut emitter);
        sector_scope(c, all.get(s + 1), &mut emitter);
        sector_descriptor(c, &mut emitter);
        sector_in_name(c, &mut emitter);
        sectors::apply(c, &mut emitter);
        technologies(c, &mut emitter);
        benchmarks(c, &mut emitter);
        if let Some(prev) = s.checked_sub(1).and_then(|p| all.get(p)) {
            benchmark_results(prev, c, &mut emitter);
        }
        affiliations(c, &mut emitter);
        careers(c, &mut emitter);
        title_holders(c, &mut emitter);
        career_asides(c, &mut emitter);
        applied_by_verb(c, &mut emitter);
        locations(c, dictionary, &mut emitter);
        place_before_firm(c, dictionary, &mut emitter);
        place_hosts(c, &mut emitter);
        described_home(c, &mut emitter);
        pronoun_home(c, &mut emitter);
        listed_nationality(c, &mut emitter);
        nationality_of_earlier_list(c, &mut emitter);
        if let Some(prev) = s.checked_sub(1).and_then(|p| all.get(p)) {
            if doc.sentences[prev.sentence].paragraph == doc.sentences[s].paragraph {
                counted_nationality(prev, c, &mut emitter);
            }
        }
        domestic_homes(c, &homes, dictionary, &mut emitter);
        sites(c, &mut emitter);
        investments(c, &mut emitter);
        funding_sources(c, &mut emitter);
        sourced_investments(c, &mut emitter);
        aimed_investments(c, &mut emitter);
        stakes(c, &mut emitter);
        position_moves(c, &mut emitter);
        invested_objects(c, &mut emitter);
        invested_colon_list(c, &mut emitter);
        invested_series(c, &mut emitter);
        top_holdings(c, &mut emitter);
        owned_by_person(c, &mut emitter);
        maker_products(c, &mut emitter);
        maker_topic_lists(c, &mut emitter);
        model_lines(c, &mut emitter);
        model_put_into(c, &mut emitter);
        hosted_models(c, &mut emitter);
        round_leaders(c, &mut emitter);
        shareholders(c, &mut emitter);
        incubations(c, &mut emitter);
        named_backers(c, &mut emitter);
        subsidiaries(c, &mut emitter);
        acquisitions(c, &mut emitter);
        headquarters(c, &mut emitter);
        curated_cooccurrence(
            c,
            all.get(s + 1).filter(|n| doc.sentences[n.sentence].paragraph == doc.sentences[s].paragraph),
            dictionary,
            &mut emitter,
        );
    }
    families(doc, mentions, dictionary, &mut emitter);
    owner_prefixed(doc, mentions, dictionary, &mut emitter);
    deployment_profiles(&all, &mut emitter);
    curated_units(doc, mentions, dictionary, &mut emitter);
    name_prefixes(doc, mentions, dictionary, &mut emitter);
}

/// `text.trim_start_matches(word)`, by prefix comparison: with a `&str`
/// pattern, `trim_start_matches` sets up a substring searcher on every
/// call, and the adverbs before a conjunction are trimmed for every pair
/// of mentions.
fn trim_start_word<'a>(mut text: &'a str, word: &&str) -> &'a str {
    if word.is_empty() {
        return text;
    }
    while let Some(rest) = text.strip_prefix(*word) {
        text = rest;
    }
    text
}

/// Found names that begin with another name: 福田区政务服务数据管理局 is an
/// office of 福田区; 美国商务部 is in 美国 (when the article names it).
fn name_prefixes(doc: &Document, mentions: &[Mention], dictionary: &Dictionary, e: &mut Emitter) {
    // The place a name opens with depends on the name alone: looked up once
    // per name, not once per mention (a scan of the article each time made
    // a line that repeats a name thousands of times quadratic).
    let mut places: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if !m.kind.is_actor() {
            continue;
        }
        let c = Clauses::new(doc, mentions, m.sentence);
        // A name that opens with a country or region (中国移动, 美国商务部,
        // 无锡云衡智能科技有限公司) is at home there, when the article names it.
        // Only names that are proper names as a whole: a found 英国数据中心
        // or 美国股票基金 is a description, and its place says nothing.
        // (新加坡海关, 江苏省科技厅: a government office is named by its place.)
        let office = m.kind == Organization
            && ["政府", "海关", "局", "厅", "委", "委员会", "办"].iter().any(|w| m.text.ends_with(w));
        // Only bodies a place governs or hosts (美国政府, 新加坡海关, 香港
        // 应用科技研究院): readers and annotators take a firm's or a
        // university's place-word (中国银河证券, 浙江大学, 北京商报) as part of
        // its name, not as a statement of where it is.
        let school = ["大学", "学院", "学校"].iter().any(|w| m.text.ends_with(w));
        // (韩国智慧城市联盟, 河南分中心: an alliance, a branch or an assembly
        // is written in full from its place, whether curated or not.)
        // (浙江大学干细胞联盟: a body named after another body is that
        // body's, and its place word belongs to that body's name.)
        let body = m.kind == Organization
            && crate::cues::PLACE_NAMED_BODIES.iter().any(|w| m.text.ends_with(w))
            && !mentions.iter().any(|o| {
                o.kind.is_actor()
                    && o.text.chars().count() >= 3
                    && m.text.len() > o.text.len()
                    && m.text.starts_with(o.text.as_str())
            });
        let proper_name = office
            || body
            || m.rule == Rule::PATTERN_GOVERNMENT
            || (m.entry.is_some() && m.kind == Organization && !school);
        let place = proper_name
            .then(|| *places.entry(m.text.as_str()).or_insert_with(|| place_prefix(m, mentions, dictionary)))
            .flatten();
        if let Some(j) = place {
            e.emit(&c, i, Predicate::LocatedIn, j, Rule::REL_NAME_PLACE);
        } else if let Some(j) =
            (m.kind == Company && m.entry.is_none()).then(|| place_branch(m, mentions, dictionary)).flatten()
        {
            e.emit(&c, i, Predicate::LocatedIn, j, Rule::REL_PLACE_BRANCH);
        }
        if m.entry.is_some() {
            continue;
        }
        // The owning body: the longest other actor whose name starts this one.
        let owner = named_after(mentions, &m.text, 3, |j, o| {
            // 携程小贷, 腾讯微保: a unit the recognizer built from a known
            // firm and its business belongs to that firm.
            j != i
                && (o.kind == Organization
                    || o.kind == Company
                        && m.rule == Rule::PATTERN_BUSINESS_UNIT
                        // (CVS健康, 菜鸟物流: the firm's own name in Chinese.)
                        && !["健康", "物流"].iter().any(|w| m.text.ends_with(w))
                    // 某某科技云计算事业部: a division, a lab or an institute
                    // named after a firm is that firm's.
                    || o.kind == Company && crate::cues::FIRM_UNIT_SUFFIXES.iter().any(|w| m.text.ends_with(w)))
        });
        if let Some(j) = owner {
            e.emit(&c, i, Predicate::SubsidiaryOf, j, Rule::REL_NAME_PREFIX);
        }
    }
}

/// 成都星河科技 beside 星河科技, 南京星河科技公司: a firm named by a city or
/// country and then by the whole name of another firm the article names is
/// that firm's company registered there (a branch or a legal entity), and
/// the place word says where it is, unlike in a name such as 中国银河证券.
fn place_branch(m: &Mention, mentions: &[Mention], dictionary: &Dictionary) -> Option<usize> {
    mentions.iter().position(|o| {
        o.kind == Place
            && o.entry.is_some_and(|id| {
                dictionary.entry(id).names().any(|n| {
                    let Some(rest) = m.text.strip_prefix(n) else {
                        return false;
                    };
                    let rest = rest.strip_suffix("公司").unwrap_or(rest);
                    n.chars().count() >= 2
                        && rest.chars().count() >= 2
                        && mentions.iter().any(|f| {
                            // (中国银河证券 beside 银河证券: one firm's full and
                            // short names, not two firms.)
                            let same = f.entry.is_some_and(|fid| dictionary.entry(fid).names().any(|x| x == m.text));
                            f.kind == Company
                                && !same
                                && (f.text == rest
                                    || f.entry.is_some_and(|fid| dictionary.entry(fid).names().any(|x| x == rest)))
                        })
                })
            })
    })
}

fn place_prefix(m: &Mention, mentions: &[Mention], dictionary: &Dictionary) -> Option<usize> {
    mentions.iter().position(|o| {
        o.kind == Place
            && o.entry.is_some_and(|id| {
                dictionary.entry(id).names().any(|n| {
                    n.chars().count() >= 2 && m.text.starts_with(n) && m.text.chars().count() > n.chars().count() + 1
                })
            })
    })
}

/// How many sentences apart a unit and its group may stand in one
/// paragraph for the paragraph to speak of them together.
const UNIT_GROUP_SENTENCES: usize = 8;

/// A business unit and its group named in one paragraph (阿里云 and 阿里巴巴):
/// readers take the ownership as said, and annotators do too. Further apart
/// (a unit in one paragraph, the group in a stock list at the end) the
/// article says nothing of the link.
fn curated_units(doc: &Document, mentions: &[Mention], dictionary: &Dictionary, e: &mut Emitter) {
    for (i, m) in mentions.iter().enumerate() {
        let Some(unit) = m.entry.filter(|_| m.kind.is_actor()) else {
            continue;
        };
        for link in dictionary.links_from(unit).filter(|l| l.predicate == Predicate::SubsidiaryOf) {
            let paragraph = doc.sentences[m.sentence].paragraph;
            // (腾讯云, 微软亚洲研究院: a unit named after its group says
            // whose it is anywhere in the paragraph.)
            let named_after = dictionary
                .entry(link.object)
                .names()
                .any(|n| n.chars().count() >= 2 && m.text.len() > n.len() && m.text.starts_with(n));
            // Only the group in another sentence near by: in the unit's own
            // sentence the sentence itself says how the two stand, and a
            // bare list or stock table (纬创、纬颖等代工厂; 阿里健康涨9%，
            // 阿里巴巴涨5%) says they are peers; many sentences away in a
            // news digest run together as one paragraph, the two are items
            // of different stories.
            let group = mentions.iter().position(|o| {
                o.entry == Some(link.object)
                    && o.kind.is_actor()
                    && doc.sentences[o.sentence].paragraph == paragraph
                    && o.sentence != m.sentence
                    && (o.sentence.abs_diff(m.sentence) <= UNIT_GROUP_SENTENCES || named_after)
            });
            if let Some(j) = group {
                let c = Clauses::new(doc, mentions, m.sentence);
                e.emit(&c, i, Predicate::SubsidiaryOf, j, Rule::CURATED_ARTICLE);
            }
        }
    }
}

/// 腾讯是美团的第二大股东, 美团的大股东腾讯, 日月光为环旭电子间接控股股东;
/// 长安汽车公告称，间接控股股东兵器装备集团…: a holder named by its rank
/// among a company's shareholders. Without a company before the rank
/// (公司第一大股东X, or the rank opening the clause), the company is the one
/// that opens the sentence.
fn shareholders(c: &Clauses, e: &mut Emitter) {
    static RANKS: std::sync::OnceLock<(regex::Regex, regex::Regex)> = std::sync::OnceLock::new();
    let (ends_ranked, starts_ranked) = RANKS.get_or_init(|| {
        let m = crate::cues::SHAREHOLDER_RANKS.join("|");
        // (控股股东、实际控制人为X: the controller named with the rank.)
        // (逐际动力的天使轮投资方: the round the holder came in with.)
        let round = r"(?:(?:天使|种子|战略|Pre-?[A-E]\+?|[A-E]\d?\+?)轮)?";
        let rank = format!("(?:的{round}(?:{m})*|(?:{m})+)(?:股东|投资者|投资人|投资方|出资方)(?:、实际控制人)?");
        let compile = |p: String| regex::Regex::new(&p).expect("literal words compile");
        (compile(format!("{rank}[为是]?$")), compile(format!("^{rank}")))
    });
    // 国科微：股东集成电路基金…: a bare 股东 opening the clause.
    let bare = |before: &str| ["股东", "公司股东", "其股东", "股东为"].contains(&before);
    let first_company = c.members.iter().copied().find(|&i| c.kind(i) == Company);
    for &h in &c.members {
        if !c.kind(h).is_actor() {
            continue;
        }
        let mh = &c.mentions[h];
        let clause = c.clause_of(mh.span.start);
        let before = c.text(clause.start, mh.span.start);
        // 美团的大股东腾讯, 大股东为腾讯: the rank, then the holder.
        // (公司持股5%以上股东X: the size of the holding may stand for the rank.)
        let sized = || before.strip_suffix("股东").filter(|h| holding_size().is_match(h)).map(str::len);
        let ranked = ends_ranked.find(before).map(|m| m.start()).or_else(|| bare(before).then_some(0)).or_else(sized);
        if let Some(rank_at) = ranked {
            // (国科微：股东集成电路基金…: a headline's colon may part them.)
            // (公司持股5%以上的股东X: the size of the holding is no company.)
            let head = before[..rank_at].trim_end_matches(['：', ':']);
            let head = holding_size().find(head).map_or(head, |m| &head[..m.start()]);
            let at = clause.start + head.chars().count();
            let target =
                c.members.iter().copied().find(|&t| c.kind(t) == Company && c.mentions[t].span.end == at).or_else(
                    || {
                        // 长江电力公告，公司接到控股股东X的通知: the firm that
                        // speaks, and the notice it received.
                        let notified = ["近日", "日前", "今日", "昨日"]
                            .iter()
                            .fold(head, |h, w| h.strip_prefix(w).unwrap_or(h))
                            .strip_prefix("公司")
                            .is_some_and(|rest| {
                                rest.chars().count() <= 16 && ["接到", "收到", "获悉"].iter().any(|v| rest.ends_with(v))
                            });
                        first_company.filter(|&t| {
                            (["", "公司", "其", "该公司"].contains(&head) || notified)
                                && c.mentions[t].span.end <= clause.start
                        })
                    },
                );
            // (A holder that is the company itself is dropped by `emit`.)
            if let Some(t) = target {
                e.emit(c, h, Predicate::InvestedIn, t, Rule::REL_SHAREHOLDER);
            }
        }
        // 腾讯是美团的第二大股东, 日月光为环旭电子间接控股股东: the holder,
        // 是/为, the company, the rank.
        let next = c.members.iter().copied().find(|&t| c.mentions[t].span.start >= mh.span.end);
        if let Some(t) = next.filter(|&t| c.kind(t) == Company && t != h) {
            let gap = c.text(mh.span.end, c.mentions[t].span.start);
            let tail = c.text(c.mentions[t].span.end, clause.end);
            // (软银将超越微软成为OpenAI的最大投资方: what is overtaken is no holder.)
            let overtaken = crate::cues::COMPARISON_VERBS.ends(c.text(clause.start, mh.span.start));
            // (A公司变更成了B的股东: a change of holder on the register.)
            let becomes = matches!(gap, "是" | "为" | "成为" | "成为了")
                || crate::cues::HOLDER_CHANGE_VERBS.iter().any(|v| gap.ends_with(v) && gap.chars().count() <= 6);
            if becomes && starts_ranked.is_match(tail) && !overtaken {
                e.emit(c, h, Predicate::InvestedIn, t, Rule::REL_SHAREHOLDER);
            }
        }
    }
    // 日月光是…提供商，为环旭电子间接控股股东: a clause of 为/是 and the
    // company goes on with the sentence's first actor.
    let topic = c.members.iter().copied().find(|&i| c.kind(i).is_actor());
    for &t in c.members.iter().filter(|&&t| c.kind(t) == Company) {
        let mt = &c.mentions[t];
        let clause = c.clause_of(mt.span.start);
        let lead = c.text(clause.start, mt.span.start);
        let Some(h) = topic.filter(|&h| c.mentions[h].span.end <= clause.start) else {
            continue;
        };
        if ["为", "是", "也是", "还是", "亦为", "成为", "成为了"].contains(&lead)
            && starts_ranked.is_match(c.text(mt.span.end, clause.end))
        {
            e.emit(c, h, Predicate::InvestedIn, t, Rule::REL_SHAREHOLDER);
        }
    }
}

/// 持股5%以上 at the end of what comes before 股东: the size of a holding.
fn holding_size() -> &'static regex::Regex {
    static SIZE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    SIZE.get_or_init(|| regex::Regex::new(r"持股(?:比例)?[\d.]+%以上$").expect("pattern compiles"))
}

/// 427.65万股 right after a company: a count of its shares.
fn share_count() -> &'static regex::Regex {
    static COUNT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    COUNT.get_or_init(|| regex::Regex::new(r"^约?[\d.,]+(?:万|亿)?股").expect("pattern compiles"))
}

/// 星动纪元由清华大学交叉信息研究院孵化, 力合科创投资孵化了微灵医疗, 艾昆纬
/// 孵化的璞睿生命科技: an incubator invested in what it incubated
/// (ANNOTATION.md: 由…孵化).
fn incubations(c: &Clauses, e: &mut Emitter) {
    for &x in &c.members {
        if !c.kind(x).is_actor() {
            continue;
        }
        let mx = &c.mentions[x];
        let clause = c.clause_of(mx.span.start);
        let after = c.text(mx.span.end, clause.end);
        let rest = after.trim_start_matches('在').trim_start();
        // (在脑机接口领域投资孵化了…: a field may come first.)
        let Some(at) = rest.find("孵化") else { continue };
        let lead = &rest[..at];
        if lead.chars().count() > 10 || !(lead.is_empty() || lead.ends_with("投资") || lead.ends_with("领域")) {
            continue;
        }
        let verb_at = after.len() - rest.len() + at;
        let verb_end = mx.span.end + after[..verb_at].chars().count() + "孵化".chars().count();
        let by = c.text(clause.start, mx.span.start).ends_with('由');
        let target = if by {
            // Y由X孵化: Y opens the clause.
            c.members.iter().copied().find(|&y| {
                c.kind(y) == Company
                    && c.mentions[y].span.start >= clause.start
                    && c.mentions[y].span.end < mx.span.start
            })
        } else {
            // X孵化了Y, X孵化的Y: the next company, a short descriptor away.
            c.members.iter().copied().find(|&y| {
                c.kind(y) == Company
                    && c.mentions[y].span.start >= verb_end
                    && c.mentions[y].span.end <= clause.end
                    && c.text(verb_end, c.mentions[y].span.start).chars().count() <= 12
            })
        };
        if let Some(y) = target.filter(|&y| y != x) {
            e.emit(c, x, Predicate::InvestedIn, y, Rule::REL_INCUBATED);
        }
    }
}

/// 微软作为OpenAI的早期投资者, 英伟达是OpenAI的投资者, Google持有Anthropic股份:
/// a stake said with 作为/是…的投资者/股东 or 持有…股份/股权; the holder is the
/// actor that opens the clause.
fn stakes(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{HOLDING_VERBS, STAKEHOLDER_NOUNS, STAKE_NOUNS};
    for &t in &c.members {
        if c.kind(t) != Company {
            continue;
        }
        let mt = &c.mentions[t];
        let clause = c.clause_of(mt.span.start);
        let before = c.text(clause.start, mt.span.start);
        let after = c.text(mt.span.end, clause.end.min(mt.span.end + 16));
        // 作为Y的早期投资者: the cue right before Y, the role right after.
        // (X是/成为Y的投资者 says the same.)
        // (Longer cues first: 为 ends 作为 and 成为 too.)
        let stakeholder_cue = ["作为", "成为", "是", "为"].iter().find(|w| before.ends_with(*w));
        let as_stakeholder = stakeholder_cue.is_some()
            && after.strip_prefix('的').is_some_and(|rest| {
                let rest = ["早期", "主要", "最大", "第一大", "重要", "核心", "战略"]
                    .iter()
                    .fold(rest, |r, w| r.strip_prefix(w).unwrap_or(r));
                STAKEHOLDER_NOUNS.iter().any(|n| rest.starts_with(n))
            });
        // 持有（…）Y股份: the verb a few words before Y, the shares right after.
        let holding_verb = HOLDING_VERBS
            .iter()
            .filter_map(|v| before.rfind(v).map(|p| (p, before[p..].chars().count())))
            .filter(|&(_, back)| back <= 14)
            .map(|(p, _)| p)
            .max();
        // (持有月之暗面约36%的股份: a share of the shares between;
        // 持有青云科技427.65万股: a count of them.)
        let holds = holding_verb.is_some()
            && (share_count().is_match(after)
                || STAKE_NOUNS.iter().any(|n| {
                    after.find(n).is_some_and(|p| {
                        let gap = &after[..p];
                        gap.chars().count() <= 2
                            || gap.chars().count() <= 10 && gap.contains('%') && gap.ends_with('的')
                    })
                }));
        // Appaloosa在京东的持股比例增加了43%，在阿里巴巴的持股比例…: the
        // holder's share in each company it names.
        let share_in =
            ["在", "对"].iter().any(|w| before.ends_with(w)) && ["的持股", "持股"].iter().any(|w| after.starts_with(w));
        // 未直接或间接持有深度求索股权: a stake denied.
        // (市场传言X持有Y股权: a rumour, denied after.)
        let denied = holding_verb.is_some_and(|p| {
            ["未", "没有", "并未", "不", "无", "传言", "传闻", "谣言"].iter().any(|w| before[..p].contains(w))
        });
        if denied {
            continue;
        }
        let cue_at = if let (true, Some(cue)) = (as_stakeholder, stakeholder_cue) {
            mt.span.start - cue.chars().count()
        } else if share_in {
            mt.span.start - 1
        } else if let (true, Some(p)) = (holds, holding_verb) {
            clause.start + before[..p].chars().count()
        } else {
            continue;
        };
        // The holder: the last actor before the cue (the sentence's subject
        // when a clause goes on with 还/并/也: Google不仅…，还持有…).
        // (软银将超越微软成为OpenAI的最大投资方: what is overtaken is no holder.)
        // (…，在阿里巴巴的持股…: a company named as where the share is held
        // is not the holder of the next.)
        let held_in = |i: usize| {
            let from = c.clause_of(c.mentions[i].span.start).start;
            ["在", "对"].iter().any(|w| c.text(from, c.mentions[i].span.start).ends_with(w))
                && c.text(c.mentions[i].span.end, c.span.end).starts_with("的持股")
        };
        let holder = c.members.iter().copied().rfind(|&i| {
            c.kind(i).is_actor()
                && !held_in(i)
                && c.mentions[i].span.end <= cue_at
                && !crate::cues::COMPARISON_VERBS
                    .ends(c.text(clause.start.min(c.mentions[i].span.start), c.mentions[i].span.start))
        });
        // 作为OpenAI的早期投资人，马斯克…: a clause that opens with 作为 and
        // names no holder before it describes the one that opens the next.
        let opening_role = stakeholder_cue == Some(&"作为")
            && as_stakeholder
            && c.text(clause.start, cue_at).is_empty()
            && holder.is_none_or(|h| c.mentions[h].span.start < clause.start);
        if opening_role {
            let next = c.members.iter().copied().find(|&i| c.mentions[i].span.start >= clause.end);
            let described = next.filter(|&i| {
                (c.kind(i).is_actor() || c.kind(i) == Person)
                    && c.text(clause.end, c.mentions[i].span.start).trim_start_matches(['，', ',']).is_empty()
            });
            if let Some(h) = described {
                e.emit(c, h, Predicate::InvestedIn, t, Rule::REL_STAKE);
            }
            continue;
        }
        if let Some(h) = holder {
            let gap = c.text(c.mentions[h].span.end, cue_at);
            let same_clause = c.mentions[h].span.start >= clause.start;
            let continued =
                ["还", "并", "也", "同时", "亦"].iter().any(|w| c.text(clause.start, cue_at).starts_with(w));
            // 微软…投资100亿美元，目前控制OpenAI 49%的股权: a clause without
            // a subject of its own goes on with the sentence's.
            let subjectless = !same_clause
                && !c.members.iter().any(|&i| {
                    (c.kind(i).is_actor() || c.kind(i) == Person)
                        && c.mentions[i].span.start >= clause.start
                        && c.mentions[i].span.end <= cue_at
                })
                && c.members.iter().copied().find(|&i| c.kind(i).is_actor()) == Some(h);
            // (A run of 在Y的持股 clauses may go on long after the holder.)
            let reach = if share_in { 80 } else { 30 };
            // X参与股东持有Y, X下属实体持股: the holder is X's, not X.
            let holder_is_its = crate::cues::HOLDER_OF_NOUNS.iter().any(|n| gap.trim_end().ends_with(n));
            if holder_is_its {
                continue;
            }
            if (same_clause && gap.chars().count() <= 12)
                || ((continued || subjectless) && gap.chars().count() <= reach)
            {
                e.emit(c, h, Predicate::InvestedIn, t, Rule::REL_STAKE);
            }
        }
    }
}

/// 摩根大通还大幅增持了博通, 四季度其大笔减持英伟达(NVDA.US): a holder
/// changing its position in a listed company holds a stake in it. The verb
/// (with 了) stands right before the company; the holder is the actor a few
/// words before the verb in the clause, or, for 其/该行/该基金, the firm that
/// opens the sentence or the paragraph's sentence before.
fn position_moves(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{HOLDER_PRONOUNS, POSITION_VERBS};
    for &t in &c.members {
        if c.kind(t) != Company {
            continue;
        }
        let mt = &c.mentions[t];
        let clause = c.clause_of(mt.span.start);
        let before = c.text(clause.start, mt.span.start);
        let before = before.strip_suffix('了').unwrap_or(before);
        let Some(verb) = POSITION_VERBS.iter().find(|v| before.ends_with(*v)) else { continue };
        // (维持“增持”评级, 给予增持评级: a rating, not a holding.)
        let after = after_ticker(c.text(mt.span.end, clause.end));
        if after.starts_with("评级") || after.starts_with("的评级") {
            continue;
        }
        // (增持iShares比特币ETF: a fund the name was cut from, not the firm.)
        let product: String = after.chars().take_while(|ch| !is_clause_break(*ch) && *ch != '、').take(12).collect();
        if ["ETF", "基金", "信托"].iter().any(|w| product.contains(w)) {
            continue;
        }
        let verb_at = clause.start + before.chars().count() - verb.chars().count();
        let lead = c.text(clause.start, verb_at);
        if ["未", "没有", "不", "拒绝"].iter().any(|w| lead.contains(w)) {
            continue;
        }
        let holder = c
            .members
            .iter()
            .copied()
            .rfind(|&i| {
                (c.kind(i).is_actor() || c.kind(i) == Person)
                    && i != t
                    && c.mentions[i].span.start >= clause.start
                    && c.mentions[i].span.end <= verb_at
            })
            .filter(|&h| {
                // (增持英伟达、AMD 减持Meta: a headline's spaces part its
                // clauses, and a company moved in is no holder.)
                let gap = c.text(c.mentions[h].span.end, verb_at);
                let lead = c.text(clause.start, c.mentions[h].span.start);
                gap.chars().count() <= 12
                    && !gap.chars().any(char::is_whitespace)
                    && !POSITION_VERBS.iter().any(|v| lead.trim_end_matches('了').ends_with(v))
            })
            .or_else(|| {
                // (Only a holder this sentence names: a paragraph's first
                // firm may be the outlet that reports the filing.)
                let opener = strip_openers(lead);
                let pronoun = HOLDER_PRONOUNS.iter().any(|p| opener.starts_with(p) || lead.ends_with(p));
                pronoun.then(|| topic_firm(c, verb_at)).flatten().filter(|&h| c.mentions[h].sentence == c.sentence)
            });
        // (A holder that is the company itself is dropped by `emit`.)
        if let Some(h) = holder {
            e.emit(c, h, Predicate::InvestedIn, t, Rule::REL_POSITION_MOVE);
        }
    }
}

/// Appaloosa的前十大重仓股分别是阿里巴巴、亚马逊…, 谷歌、英伟达和微软仍在桥水的
/// 前十大持仓之列: a fund's top holdings, named as a list after it or with
/// the fund after them.
fn top_holdings(c: &Clauses, e: &mut Emitter) {
    static PATTERNS: std::sync::OnceLock<(regex::Regex, regex::Regex, regex::Regex)> = std::sync::OnceLock::new();
    let (listed_after, ranked_in, ranked_tail) = PATTERNS.get_or_init(|| {
        let rank = r"(?:前[一二三四五六七八九十\d]{1,2}大|前[一二三四五六七八九十\d]{1,2}名|第一大|最大)";
        let holding = r"(?:重仓股票?|持仓股|重仓标的|持仓标的|持仓|重仓)";
        let compile = |p: String| regex::Regex::new(&p).expect("literal words compile");
        (
            // X的(美股持仓的)?前十大重仓股分别是 Y
            compile(format!(
                r"^的?(?:[^，。；;,]{{0,10}}?的)?{rank}?{holding}(?:中|里)?(?:分别为|分别是|包括|依次为|为|是)[：:]?$"
            )),
            // Y…仍在/位列/稳居 X
            compile(r"(?:仍在|仍然在|依然在|位列|稳居|跻身|成为|是|为|居)$".to_string()),
            // X 的前十大持仓之列
            compile(format!(r"^的(?:[^，。；;,]{{0,6}}?)?{rank}{holding}")),
        )
    });
    for (n, &x) in c.members.iter().enumerate() {
        if !c.kind(x).is_actor() {
            continue;
        }
        let mx = &c.mentions[x];
        // The list after the holder: the first company right after the cue.
        if let Some(&y) = c.members.get(n + 1) {
            let between = c.text(mx.span.end, c.mentions[y].span.start);
            if c.kind(y) == Company && listed_after.is_match(between) {
                e.emit(c, x, Predicate::InvestedIn, y, Rule::REL_HOLDING);
            }
        }
        // The holdings before the holder: the last company right before it.
        if let Some(&y) = n.checked_sub(1).and_then(|p| c.members.get(p)) {
            let between = c.text(c.mentions[y].span.end, mx.span.start);
            let after = c.text(mx.span.end, c.clause_of(mx.span.start).end);
            if c.kind(y) == Company
                && between.chars().count() <= 6
                && !between.chars().any(is_clause_break)
                && ranked_in.is_match(between)
                && ranked_tail.is_match(after)
            {
                e.emit(c, x, Predicate::InvestedIn, y, Rule::REL_HOLDING);
            }
        }
    }
}

/// 马斯克及其初创公司xAI, 马斯克旗下的SpaceX, 孙正义和他的软银: a person and
/// the firm said to be theirs.
fn owned_by_person(c: &Clauses, e: &mut Emitter) {
    static OWNED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let owned = OWNED.get_or_init(|| {
        regex::Regex::new(
            r"^(?:[^，。；;,、]{0,4}?(?:旗下的?|名下的?)|及其|以及其|和他的|和她的|与他的|与她的|及他的|及她的)(?:[^，。；;,、“”]{0,10}?(?:公司|企业|初创|创企|新创|集团|实验室))?$",
        )
        .expect("literal words compile")
    });
    for (n, &p) in c.members.iter().enumerate() {
        if c.kind(p) != Person {
            continue;
        }
        let Some(&y) = c.members.get(n + 1) else { continue };
        if !matches!(c.kind(y), Company | Organization) {
            continue;
        }
        let between = c.text(c.mentions[p].span.end, c.mentions[y].span.start);
        if owned.is_match(between.trim()) {
            e.emit(c, p, Predicate::AffiliatedWith, y, Rule::REL_PERSON_OWNS);
        }
    }
}

/// 知乎 AI 搜索产品知乎直答: a maker, a few words of what kind of product, the
/// product. 其主要产品包括A、B以及C: the products a firm is said to have,
/// for the firm the pronoun stands for.
fn maker_products(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{OWNED_PRODUCT_LEADS, PRODUCT_KIND_NOUNS};
    for (n, &x) in c.members.iter().enumerate() {
        if !matches!(c.kind(x), Company | Organization) {
            continue;
        }
        let Some(&y) = c.members.get(n + 1) else { continue };
        if !matches!(c.kind(y), Product | Model) {
            continue;
        }
        let between: String = c.text(c.mentions[x].span.end, c.mentions[y].span.start).split_whitespace().collect();
        let kind = PRODUCT_KIND_NOUNS.iter().chain(&["模型", "大模型", "助手", "智能体"]).any(|k| between.ends_with(k));
        let plain = !between.starts_with(['的', '与', '和', '及', '、', '对', '向', '在', '将', '把'])
            && !between.chars().any(|ch| is_clause_break(ch) || matches!(ch, '、' | '的' | '与' | '和' | '及'));
        // (A few words of kind only: 知乎 AI 搜索产品, never a verb phrase.)
        // (Figure通过社交平台X: a means it acts through, not its product.)
        let means = crate::cues::MEANS_LEADS.iter().any(|w| between.starts_with(w));
        if kind && plain && !means && (2..=10).contains(&between.chars().count()) && !between.contains("发布") {
            e.emit(c, y, Predicate::DevelopedBy, x, Rule::REL_MAKER_DESCRIBED);
        }
    }
    // 其主要产品包括…: every product the rest of the sentence names.
    let text = c.text(c.span.start, c.span.end);
    let Some(lead) = OWNED_PRODUCT_LEADS.iter().filter_map(|w| text.find(w).map(|p| (p, w.len()))).min_by_key(|x| x.0)
    else {
        return;
    };
    let lead_end = c.span.start + text[..lead.0 + lead.1].chars().count();
    let before = &text[..lead.0];
    let owner = if let Some(head) = before.strip_suffix('的') {
        c.members.iter().copied().find(|&i| {
            matches!(c.kind(i), Company | Organization) && c.mentions[i].span.end == c.span.start + head.chars().count()
        })
    } else if strip_openers(before).ends_with('其') && strip_openers(before).chars().count() <= 3 {
        topic_firm(c, lead_end)
    } else {
        None
    };
    let Some(owner) = owner else { return };
    for &y in c.members.iter().filter(|&&y| c.mentions[y].span.start >= lead_end) {
        if matches!(c.kind(y), Product | Model) {
            e.emit(c, y, Predicate::DevelopedBy, owner, Rule::REL_MAKER_DESCRIBED);
        }
    }
}

/// 星河科技推出了小星App、星图平台和星云盘: the maker of the first of a run
/// of products or models named after its verb made the rest of the run,
/// when only a kind noun of the one before (App, 平台, 大模型) and a list
/// joint stand between two of them. (The plain list of one kind is
/// [`super::distribute_over_lists`]'s; this is the run a kind noun breaks.)
fn maker_topic_lists(c: &Clauses, e: &mut Emitter) {
    let made: Vec<(usize, usize)> = e
        .out
        .iter()
        .filter(|r| r.sentence == c.sentence && r.rule == Rule::REL_MAKER && r.predicate == Predicate::DevelopedBy)
        .map(|r| (r.subject, r.object))
        .collect();
    for (first, maker) in made {
        let clause = c.clause_of(c.mentions[first].span.start);
        // A和DeepSeek深度融合: the two sides of one act, no run of things made.
        let rest = c.text(c.mentions[first].span.end, clause.end);
        if crate::cues::RECIPROCAL_VERBS.iter().chain(crate::cues::USE_VERBS).any(|v| rest.contains(v)) {
            continue;
        }
        let mut at = first;
        while let Some(next) = c.members.iter().copied().find(|&o| c.mentions[o].span.start >= c.mentions[at].span.end)
        {
            let span = c.mentions[next].span;
            if !matches!(c.kind(next), Product | Model) || span.end > clause.end || next == maker {
                break;
            }
            if !is_loose_list_gap(c.text(c.mentions[at].span.end, span.start)) {
                break;
            }
            // (A plain list of one kind is carried over by the list rule.)
            let plain = c.kind(at) == c.kind(next)
                && super::is_list_separator(&c.doc.chars[c.mentions[at].span.end..span.start]);
            if !plain {
                e.emit(c, next, Predicate::DevelopedBy, maker, Rule::REL_MAKER_TOPIC);
            }
            at = next;
        }
    }
}

/// 」App、「, 平台和, 、多模态模型: what may stand between two members of a
/// run of things made: quotes, a kind noun closing the member before, and
/// a list joint (with a short descriptor of the next member).
fn is_loose_list_gap(gap: &str) -> bool {
    let t: String = gap.chars().filter(|ch| !ch.is_whitespace() && !"“”「」『』\"《》".contains(*ch)).collect();
    let kind = crate::cues::PRODUCT_KIND_NOUNS
        .iter()
        .chain(crate::cues::MEMBER_DESCRIPTOR_KINDS)
        .chain(&["大模型", "系列模型", "系列", "网页版"])
        .filter(|k| t.starts_with(*k))
        .max_by_key(|k| k.len());
    let t = kind.map_or(t.as_str(), |k| &t[k.len()..]);
    let joints = crate::cues::LIST_SEPARATORS.iter().filter(|j| !matches!(**j, "或" | "/"));
    joints.clone().any(|j| t == *j) || super::separator_and_descriptor(t)
}

/// 东风的猛士、奕派、风神等车型; 东风汽车宣布旗下品牌…，猛士、奕派等车型将陆续搭载: a
/// run of products closed by 等 and a noun of a line of vehicles or devices
/// is the line of the firm named right before it with 的/旗下, or of the
/// firm the sentence opens with when 旗下 stands between that firm and the
/// run.
fn model_lines(c: &Clauses, e: &mut Emitter) {
    use crate::cues::MODEL_LINE_NOUNS;
    for (n, &last) in c.members.iter().enumerate() {
        if c.kind(last) != Product {
            continue;
        }
        let lm = &c.mentions[last];
        let after = c.text(lm.span.end, (lm.span.end + 8).min(c.span.end));
        let after = after.trim_start_matches(['”', '」', '"', ' ']);
        let Some(after) = after.strip_prefix('等') else { continue };
        let after = ["多款", "多个", "系列", "众多", "多"].iter().fold(after, |a, w| a.strip_prefix(w).unwrap_or(a));
        if !MODEL_LINE_NOUNS.iter().any(|w| after.starts_with(w)) {
            continue;
        }
        // The run: the products before `last` joined by list joints.
        let mut run = vec![last];
        for &o in c.members[..n].iter().rev() {
            let head = *run.last().expect("run has a member");
            let gap: String = c
                .text(c.mentions[o].span.end, c.mentions[head].span.start)
                .chars()
                .filter(|ch| !ch.is_whitespace() && !"“”「」\"".contains(*ch))
                .collect();
            if c.kind(o) != Product || !crate::cues::LIST_SEPARATORS.contains(&gap.as_str()) {
                break;
            }
            run.push(o);
        }
        let first = &c.mentions[*run.last().expect("run has a member")];
        let lead = c.text(c.span.start, first.span.start).trim_end_matches(['“', '「', '"', ' ']);
        let owner_before = c.members.iter().copied().rfind(|&a| c.mentions[a].span.end <= first.span.start);
        let maker = owner_before.filter(|&a| {
            matches!(c.kind(a), Company | Organization)
                && ["的", "旗下", "旗下的"]
                    .iter()
                    .any(|w| c.text(c.mentions[a].span.end, c.span.start + lead.chars().count()) == *w)
        });
        let maker = maker.or_else(|| {
            // The run opens its clause; the sentence's topic firm said 旗下.
            let clause = c.clause_of(first.span.start);
            if !strip_openers(c.text(clause.start, first.span.start).trim_end_matches(['“', '「', '"'])).is_empty() {
                return None;
            }
            let topic = topic_firm(c, first.span.start).filter(|&a| c.mentions[a].sentence == c.sentence)?;
            c.text(c.mentions[topic].span.end, clause.start).contains("旗下").then_some(topic)
        });
        if let Some(maker) = maker {
            for &p in &run {
                e.emit(c, p, Predicate::DevelopedBy, maker, Rule::REL_MODEL_LINE);
            }
        }
    }
}

/// 已把DeepSeek集成至旗下的SaaS应用金蝶云苍穹, 将DeepSeek-R1接入到小艺助手: a model
/// put into a product with 把/将 and a verb of building in.
fn model_put_into(c: &Clauses, e: &mut Emitter) {
    use crate::cues::MODEL_PUT_VERBS;
    for (n, &m) in c.members.iter().enumerate() {
        if c.kind(m) != Model {
            continue;
        }
        let mm = &c.mentions[m];
        let clause = c.clause_of(mm.span.start);
        let lead = c.text(clause.start, mm.span.start).trim_end();
        if !(lead.ends_with('把') || lead.ends_with('将')) {
            continue;
        }
        // 你可以把Claude接入WhatsApp: a possibility told the reader.
        if crate::cues::ADDRESSEE_MODALS.iter().any(|w| lead.contains(w)) {
            continue;
        }
        // The product: the next member in the clause, past the verb and a
        // short description (旗下的SaaS应用).
        // (部署在了云服务Azure上: a field word in the description is no product.)
        let Some(&p) =
            c.members[n + 1..].iter().find(|&&p| c.mentions[p].span.end <= clause.end && c.kind(p) != Sector)
        else {
            continue;
        };
        let between = c.text(mm.span.end, c.mentions[p].span.start).trim();
        let between =
            ["全系列", "全系", "大模型", "模型", "系列"].iter().fold(between, |b, w| b.strip_prefix(w).unwrap_or(b));
        let Some(rest) = MODEL_PUT_VERBS.iter().find_map(|v| between.trim_start().strip_prefix(v)) else { continue };
        let rest = ["至", "到", "进", "于", "入"].iter().fold(rest, |r, w| r.strip_prefix(w).unwrap_or(r));
        let rest = rest.strip_prefix('了').unwrap_or(rest).trim_end_matches(['“', '「', '"', ' ']);
        // 将DeepSeek模型融入旗下“云信”垂直大模型: a model of the firm's own
        // (旗下, 自研) takes the one put into it.
        let own_model = c.kind(p) == Model && ["旗下", "自研", "自有", "自主研发"].iter().any(|w| rest.contains(w));
        if !(matches!(c.kind(p), Product | Deployment) || own_model) {
            continue;
        }
        if rest.chars().count() <= 16 && !rest.chars().any(|ch| is_clause_break(ch) || ch == '、') {
            e.emit(c, p, Predicate::UsesModel, m, Rule::REL_MODEL_PUT_INTO);
        }
    }
}

/// 小艺App上架的DeepSeek-R1智能体: a product, a verb of taking a model
/// in, 的, the model; 在上线DeepSeek-R1之后，阿里云PAI…: a clause of taking
/// the model in, fronted with 在…后, and the product the next clause opens
/// with.
fn hosted_models(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{FRONTED_TAKE_IN_VERBS, HOSTED_MODEL_LEADS, MODEL_HOSTED_VERBS, PRODUCT_TAKE_IN_VERBS};
    for w in c.members.windows(2) {
        let (p, m) = (w[0], w[1]);
        if !(matches!(c.kind(p), Product | Deployment) && c.kind(m) == Model) {
            continue;
        }
        let between = c.text(c.mentions[p].span.end, c.mentions[m].span.start).trim();
        let between = ["App", "APP", "app"].iter().fold(between, |b, w| b.strip_prefix(w).unwrap_or(b)).trim();
        let between = HOSTED_MODEL_LEADS.iter().fold(between, |b, w| b.strip_prefix(w).unwrap_or(b));
        let Some(rest) = MODEL_HOSTED_VERBS.iter().chain(PRODUCT_TAKE_IN_VERBS).find_map(|v| between.strip_prefix(v))
        else {
            continue;
        };
        let rest = rest.strip_prefix('了').unwrap_or(rest);
        if matches!(rest, "的" | "的满血版" | "的最新" | "的全新") {
            e.emit(c, p, Predicate::UsesModel, m, Rule::REL_USES_MODEL);
        }
    }
    // The fronted clause.
    let Some(&m) = c.members.first().filter(|&&m| c.kind(m) == Model) else {
        return;
    };
    let clause = c.clause_of(c.mentions[m].span.start);
    let lead = c.text(clause.start, c.mentions[m].span.start);
    let Some(verb) = lead.strip_prefix('在') else {
        return;
    };
    let verb = verb.trim_end_matches('了');
    let took_in = MODEL_HOSTED_VERBS.iter().chain(FRONTED_TAKE_IN_VERBS).any(|v| verb == *v);
    let text = c.text(clause.start, clause.end);
    if !took_in || !(text.ends_with("之后") || text.ends_with('后')) || clause.end >= c.span.end {
        return;
    }
    let next = c.clause_of(clause.end + 1);
    let user = c.members.iter().copied().find(|&i| c.mentions[i].span.start > clause.end).filter(|&i| {
        matches!(c.kind(i), Product | Deployment)
            && c.mentions[i].span.end <= next.end
            && c.text(next.start, c.mentions[i].span.start).chars().count() <= 4
    });
    if let Some(u) = user {
        e.emit(c, u, Predicate::UsesModel, m, Rule::REL_USES_MODEL);
    }
}

/// 微软还投资了被称为“欧洲版OpenAI”的法国AI初创公司Mistral AI, 阿里巴巴…，
/// 而且已经投资了智谱、月之暗面等大模型公司: the company an investing verb
/// takes as its object, right after it or after a description of the kind of
/// firm it is (quoted names inside the description are no object). The
/// investor is the actor a few words before the verb in the clause, or, in a
/// clause without one, the firm that opens the sentence.
fn invested_objects(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{FIRM_NOUNS, INVESTED_OBJECT_VERBS, INVESTED_PLACE_VERBS, SUBJECTLESS_OPENERS};
    for &t in &c.members {
        if c.kind(t) != Company {
            continue;
        }
        let mt = &c.mentions[t];
        let clause = c.clause_of(mt.span.start);
        let before = c.text(clause.start, mt.span.start);
        let Some((p, verb)) = INVESTED_OBJECT_VERBS
            .iter()
            .chain(INVESTED_PLACE_VERBS)
            .filter_map(|v| before.rfind(v).map(|p| (p, *v)))
            .max_by_key(|&(p, v)| (p + v.len(), v.len()))
        else {
            continue;
        };
        let described = &before[p + verb.len()..];
        let verb_at = clause.start + before[..p].chars().count();
        let object_at = verb_at + verb.chars().count();
        // Between the verb and the company: nothing, or a description that
        // ends with a kind of firm and names no other actor outside quotes.
        let quoted = |i: usize| {
            let inside = c.text(object_at, c.mentions[i].span.start);
            inside.matches(['“', '"', '「']).count() > inside.matches(['”', '"', '」']).count()
        };
        let other_between = c.members.iter().any(|&o| {
            o != t
                && c.kind(o).is_actor()
                && c.mentions[o].span.start >= object_at
                && c.mentions[o].span.end <= mt.span.start
                && !quoted(o)
        });
        // (投资法国的Mistral: a verb without 了 takes only a firm described
        // by its country; 投资了自动驾驶的X, a short field before 的, too.)
        let bare_verb = INVESTED_PLACE_VERBS.contains(&verb);
        let fits = if bare_verb {
            place_described(c, object_at, mt.span.start)
        } else {
            described.is_empty()
                || described.chars().count() <= 30
                    && FIRM_NOUNS.iter().any(|n| described.ends_with(n))
                    && !described.starts_with('的')
                || field_described(c, object_at, mt.span.start)
        };
        if !fits || other_between {
            continue;
        }
        let lead = c.text(clause.start, verb_at);
        // (被投资, 获投资, 未投资: not this actor's act.)
        if ["被", "获", "由", "未", "没有", "不", "拟", "计划", "将"].iter().any(|w| lead.contains(w)) {
            continue;
        }
        let near = c.members.iter().copied().rfind(|&i| {
            (c.kind(i).is_actor() || c.kind(i) == Person)
                && i != t
                && c.mentions[i].span.start >= clause.start
                && c.mentions[i].span.end <= verb_at
        });
        let investor = match near {
            Some(i) => {
                let gap = c.text(c.mentions[i].span.end, verb_at);
                (gap.chars().count() <= 10 && !gap.contains('的')).then_some(i)
            }
            None if clause.start > c.span.start => {
                let opener = strip_openers(lead);
                let subjectless = opener.is_empty() || SUBJECTLESS_OPENERS.iter().any(|w| opener.starts_with(w));
                let first = c.members.iter().copied().find(|&i| c.kind(i).is_actor());
                first.filter(|&i| {
                    subjectless
                        && c.mentions[i].span.end <= clause.start
                        && strip_openers(c.text(c.span.start, c.mentions[i].span.start)).chars().count() <= 2
                        // (微软的股东，…投资了: the firm's holders act, not it.)
                        && !c.text(c.mentions[i].span.end, clause.start).starts_with('的')
                })
            }
            None => None,
        };
        if let Some(i) = investor {
            e.emit(c, i, Predicate::InvestedIn, t, Rule::REL_INVESTED_OBJECT);
            // …的Mistral和阿联酋的G42, …的深势科技，多模态模型的生数科技: the
            // firms joined to it, each perhaps described the same way.
            let mut prev = t;
            for &o in c.members.iter().filter(|&&o| c.mentions[o].span.start >= mt.span.end) {
                if matches!(c.kind(o), Place | Sector | Technology) {
                    continue;
                }
                if c.kind(o) != Company {
                    break;
                }
                let from = c.mentions[prev].span.end;
                let gap = c.text(from, c.mentions[o].span.start).trim();
                let Some(sep) = [",", "，", "、", "和", "及", "以及"].iter().find(|s| gap.starts_with(*s)) else {
                    break;
                };
                let joined = crate::cues::LIST_SEPARATORS.contains(&gap)
                    || field_described(c, from + sep.chars().count(), c.mentions[o].span.start);
                if !joined {
                    break;
                }
                e.emit(c, i, Predicate::InvestedIn, o, Rule::REL_INVESTED_OBJECT);
                prev = o;
            }
        }
    }
}

/// Between `start` and `end`: a place the sentence names and 的 (法国的).
fn place_described(c: &Clauses, start: usize, end: usize) -> bool {
    let text = c.text(start, end).trim();
    let Some(head) = text.strip_suffix('的') else { return false };
    let head_end = start + c.text(start, end).trim_end().chars().count() - 1;
    !head.is_empty()
        && c.members.iter().any(|&i| {
            c.kind(i) == Place
                && c.mentions[i].span.end == head_end
                && c.text(start, c.mentions[i].span.start).trim().is_empty()
        })
}

/// Between `start` and `end`: a short field and 的 (自动驾驶的, 多模态模型的,
/// Ai4S的) naming no actor, person or artifact.
fn field_described(c: &Clauses, start: usize, end: usize) -> bool {
    let text = c.text(start, end).trim();
    let Some(head) = text.strip_suffix('的') else { return false };
    let n = head.chars().count();
    (2..=8).contains(&n)
        && !head.contains('的')
        && head.chars().all(|ch| ('\u{4E00}'..='\u{9FFF}').contains(&ch) || ch.is_ascii_alphanumeric() || ch == ' ')
        && !crate::cues::INVESTED_FIELD_STOPS.iter().any(|w| head.contains(w))
        && !c.members.iter().any(|&i| {
            let m = &c.mentions[i];
            m.span.start >= start && m.span.end <= end && !matches!(c.kind(i), Place | Sector | Technology)
        })
}

/// 星河资本看好硬科技。入股甲公司，投资乙公司、丙公司，持有丁公司股份……: a
/// sentence that opens with an act of investing and no subject goes on with
/// the actor the sentence before opened with (in the same paragraph); each
/// of its clauses that opens with such a verb names one more investee.
fn invested_series(c: &Clauses, e: &mut Emitter) {
    use crate::cues::SERIAL_INVEST_VERBS;
    let opens = |clause: Span| -> Option<usize> {
        let text = c.text(clause.start, clause.end);
        let verb = SERIAL_INVEST_VERBS.iter().find(|v| text.starts_with(*v))?;
        let at = clause.start + verb.chars().count();
        let t = c.members.iter().copied().find(|&t| c.mentions[t].span.start == at)?;
        // (持有X股份: only a holding of shares.)
        let tail = c.text(c.mentions[t].span.end, clause.end);
        (c.kind(t) == Company && (*verb != "持有" || tail.starts_with("股") || tail.starts_with("的股"))).then_some(t)
    };
    let first = c.clause_of(c.span.start);
    if c.sentence == 0 || opens(first).is_none() {
        return;
    }
    let prev = c.sentence - 1;
    let doc = c.doc;
    if doc.sentences[prev].paragraph != doc.sentences[c.sentence].paragraph {
        return;
    }
    // The previous sentence's first actor, when it opens that sentence.
    let prev_span = doc.sentences[prev].span;
    let at = c.mentions.partition_point(|m| m.span.start < prev_span.start);
    let Some(topic) = c.mentions[at..]
        .iter()
        .position(|m| m.span.start < prev_span.end)
        .map(|p| at + p)
        .filter(|&i| c.mentions[i].kind.is_actor())
        .filter(|&i| strip_openers(c.text(prev_span.start, c.mentions[i].span.start)).chars().count() <= 2)
    else {
        return;
    };
    // Each clause in turn, while the run of subjectless acts goes on.
    let mut clause = first;
    while let Some(t) = opens(clause) {
        e.emit(c, topic, Predicate::InvestedIn, t, Rule::REL_INVESTED_TOPIC);
        if clause.end >= c.span.end {
            break;
        }
        clause = c.clause_of(clause.end + 1);
    }
}

/// 甲公司为乙公司提供了芯片，双方的合作始于去年: 双方 heading a clause of
/// working together stands for the two actors the sentence named before it
/// (a parent that only describes the next firm is no party).
fn both_parties(c: &Clauses, e: &mut Emitter) {
    let text = c.text(c.span.start, c.span.end);
    let mut from = 0;
    while let Some(p) = text[from..].find("双方").map(|p| p + from) {
        from = p + "双方".len();
        let at = c.span.start + text[..p].chars().count();
        let clause = c.clause_of(at);
        let lead = strip_openers(c.text(clause.start, at));
        let tail = c.text(at + 2, clause.end);
        let tail = tail.strip_prefix('的').unwrap_or(tail);
        if !crate::cues::BOTH_PARTIES_LEADS.contains(&lead) || !tail.starts_with("合作") {
            continue;
        }
        let mut parties: Vec<usize> = Vec::new();
        for &i in c.members.iter().filter(|&&i| c.kind(i).is_actor() && c.mentions[i].span.end <= clause.start) {
            let after = c.text(c.mentions[i].span.end, clause.start);
            // (基于英伟达A100的方案: a maker naming its chip is no party.)
            let names_artifact = c.members.iter().any(|&o| {
                c.kind(o).is_artifact()
                    && c.mentions[o].span.start >= c.mentions[i].span.end
                    && c.text(c.mentions[i].span.end, c.mentions[o].span.start).trim().is_empty()
            });
            if names_artifact
                || crate::cues::DESCRIBING_PARENT_TAILS.iter().any(|w| after.starts_with(w))
                || parties.iter().any(|&q| same_name(&c.mentions[q], &c.mentions[i]))
            {
                continue;
            }
            parties.push(i);
        }
        if let [a, b] = parties[..] {
            e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_BOTH_PARTIES);
        }
    }
}

/// 百川智能先后投资了三家公司：AI软件开发商超数智能、金融服务商“智策领航”: a
/// clause of investing in a counted kind of firm or project, a colon, and
/// the firms, each perhaps after a description that ends in a kind of firm.
fn invested_colon_list(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{FIRM_NOUNS, INVESTED_LIST_HEADS, INVESTEE_KINDS};
    for colon in c.span.start + 1..c.span.end {
        if c.doc.chars[colon] != ':' {
            continue;
        }
        let head = c.clause_of(colon - 1);
        let head_text = c.text(head.start, colon);
        let Some(p) = head_text.rfind("投资") else { continue };
        let rest = head_text[p + "投资".len()..].trim_start_matches('了');
        let rest =
            rest.trim_start_matches(|ch: char| ch.is_ascii_digit() || "一二两三四五六七八九十几多数".contains(ch));
        let rest = rest.trim_start_matches(['家', '个', '笔', '款', '只']);
        if !INVESTED_LIST_HEADS.contains(&rest) {
            continue;
        }
        let verb_at = head.start + head_text[..p].chars().count();
        let lead = c.text(head.start, verb_at);
        if ["被", "获", "由", "未", "没有", "不", "拟", "计划", "将"].iter().any(|w| lead.contains(w)) {
            continue;
        }
        // The investor: the last actor before the verb, close to it and not
        // described by what follows (的).
        let Some(investor) = c
            .members
            .iter()
            .copied()
            .rfind(|&i| c.mentions[i].span.end <= verb_at && (c.kind(i).is_actor() || c.kind(i) == Person))
        else {
            continue;
        };
        let gap = c.text(c.mentions[investor].span.end, verb_at);
        if gap.chars().count() > 16 || gap.contains('的') {
            continue;
        }
        let list = c.clause_of(colon + 1);
        let mut from = colon + 1;
        for &t in &c.members {
            let mt = &c.mentions[t];
            // (A field or a place inside a description is no member.)
            if mt.span.start < from || mt.span.end > list.end || !c.kind(t).is_actor() {
                continue;
            }
            let described = c.text(from, mt.span.start).trim().trim_end_matches(['“', '"', '「', ' ']).to_string();
            let other_between = c.members.iter().any(|&o| {
                o != t
                    && c.kind(o).is_actor()
                    && c.mentions[o].span.start >= from
                    && c.mentions[o].span.end <= mt.span.start
            });
            let fits = described.is_empty()
                || described.chars().count() <= 24
                    && FIRM_NOUNS.iter().chain(INVESTEE_KINDS).any(|n| described.ends_with(n))
                    && !described.contains('、');
            if c.kind(t) != Company || other_between || !fits {
                break;
            }
            e.emit(c, investor, Predicate::InvestedIn, t, Rule::REL_INVESTED_OBJECT);
            // The next member starts after the next 、 (a date in brackets
            // or a closing quote may come first).
            let after = c.text(mt.span.end, list.end);
            let Some(sep) = after.find('、') else { break };
            let skipped = &after[..sep];
            let plain = skipped.trim_start_matches(['”', '"', '」']);
            let bracketed = plain.is_empty() || (plain.starts_with('(') && plain.ends_with(')'));
            if !bracketed {
                break;
            }
            from = mt.span.end + skipped.chars().count() + 1;
        }
    }
}

/// 在去年Menlo Ventures领投的一轮融资中，Anthropic估值…, Groq在由思科等领投的
/// 一轮融资中筹得6.4亿美元: the round a firm raised, named by who led it. The
/// leaders stand between 在/由 and the verb; the firm raising is the one
/// right before 在, or the one that opens the clause after the round.
fn round_leaders(c: &Clauses, e: &mut Emitter) {
    use crate::cues::ROUND_LEAD_VERBS;
    let text = c.text(c.span.start, c.span.end);
    for verb in ROUND_LEAD_VERBS {
        let mut from = 0;
        while let Some(p) = text[from..].find(verb).map(|p| p + from) {
            from = p + verb.len();
            let rest = &text[from..];
            // 领投的一轮融资中: the round within a few words after.
            let Some(q) = rest.find("融资") else { continue };
            if rest[..q].chars().count() > 8 || rest[..q].chars().any(is_clause_break) {
                continue;
            }
            let verb_at = c.span.start + text[..p].chars().count();
            let clause = c.clause_of(verb_at);
            let lead = c.text(clause.start, verb_at);
            let Some(m) = ["由", "在"].iter().filter_map(|w| lead.rfind(w)).max() else {
                continue;
            };
            let leaders_from = clause.start + lead[..m].chars().count() + 1;
            // (在由…: the two markers together.)
            let m = if lead[..m].ends_with('在') { m - '在'.len_utf8() } else { m };
            let marker_at = clause.start + lead[..m].chars().count();
            let leaders: Vec<usize> = c
                .members
                .iter()
                .copied()
                .filter(|&i| {
                    c.kind(i).is_actor()
                        && c.mentions[i].span.start >= leaders_from
                        && c.mentions[i].span.end <= verb_at
                })
                .collect();
            let Some(&first) = leaders.first() else { continue };
            // Only time words between the marker and the first leader.
            let gap = c.text(leaders_from, c.mentions[first].span.start);
            if !strip_openers(gap).is_empty() && !["去年", "今年", "此前", "上一轮", "最新一轮"].contains(&gap)
            {
                continue;
            }
            // Y在由X领投的…: the firm right before the marker.
            let before = c
                .members
                .iter()
                .copied()
                .rfind(|&i| c.kind(i) == Company && c.mentions[i].span.end <= marker_at)
                .filter(|&i| {
                    c.mentions[i].span.start >= clause.start && c.text(c.mentions[i].span.end, marker_at).is_empty()
                });
            // 在X领投的一轮融资中，Y…: the firm that opens the next clause.
            let round_end = c.span.start + text[..from + q + "融资".len()].chars().count();
            let round_tail = c.text(round_end, clause.end);
            let after = || {
                let opens_with_marker = strip_openers(c.text(clause.start, marker_at)).is_empty()
                    && ["中", "当中", "之中", "里"].contains(&round_tail);
                c.members.iter().copied().find(|&i| c.mentions[i].span.start > clause.end).filter(|&i| {
                    opens_with_marker
                        && c.kind(i) == Company
                        && c.clause_of(c.mentions[i].span.start).start == c.clause_of(clause.end + 1).start
                        && strip_openers(c.text(c.clause_of(c.mentions[i].span.start).start, c.mentions[i].span.start))
                            .is_empty()
                })
            };
            let Some(raiser) = before.or_else(after) else { continue };
            for &l in leaders.iter().filter(|&&l| l != raiser) {
                e.emit(c, l, Predicate::InvestedIn, raiser, Rule::REL_INVESTED);
            }
        }
    }
}

/// 软银即将完成对OpenAI的400亿美元投资, 软银敲定400亿美元对OpenAI的首轮
/// 投资: an actor, a few words, 对/向 a company, and the investment in it.
fn aimed_investments(c: &Clauses, e: &mut Emitter) {
    static AIMED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // The company's investment: 的, at most 16 chars of amount or round, the
    // noun; never the chance or the value of investing in it.
    let aimed = AIMED.get_or_init(|| {
        regex::Regex::new(r"^(?:进行了?|的[^，,。；;：:！？!?、]{0,16}?)?(?:投资|注资|入股)(?:$|[^机价回逻热者人方标])")
            .expect("pattern compiles")
    });
    for (n, &x) in c.members.iter().enumerate() {
        if !(c.kind(x).is_actor() || c.kind(x) == Person) {
            continue;
        }
        let Some(&y) = c.members.get(n + 1) else { continue };
        if c.kind(y) != Company {
            continue;
        }
        let between = c.text(c.mentions[x].span.end, c.mentions[y].span.start);
        let Some(lead) = between.strip_suffix('对').or_else(|| between.strip_suffix('向')) else { continue };
        let denied = ["未", "没有", "不", "无"].iter().any(|w| lead.contains(w));
        if denied || lead.chars().count() > 16 || lead.chars().any(|ch| is_clause_break(ch) || ch == '、') {
            continue;
        }
        let clause_end = c.clause_of(c.mentions[y].span.start).end;
        if aimed.is_match(c.text(c.mentions[y].span.end, clause_end)) {
            e.emit(c, x, Predicate::InvestedIn, y, Rule::REL_INVESTED);
        }
    }
}

/// 从微软和其他投资者那里筹集资金, 从包括红杉资本、a16z在内的五家投资者那里
/// 筹集了10亿美元: firms named as some of the investors a raise came from
/// backed the firm raising (the last one before 从/向/包括, never one of the
/// list), when the sentence says money was raised.
fn named_backers(c: &Clauses, e: &mut Emitter) {
    let sentence = c.text(c.span.start, c.span.end);
    if !crate::cues::RAISING_VERBS.iter().any(|v| sentence.contains(v)) {
        return;
    }
    for &t in &c.members {
        let tm = &c.mentions[t];
        if !c.kind(t).is_actor() {
            continue;
        }
        let after = c.text(tm.span.end, c.span.end.min(tm.span.end + 14));
        let after = after.trim_start();
        let backer = crate::cues::OTHER_INVESTORS.iter().any(|w| after.starts_with(w))
            || after
                .strip_prefix("在内的")
                .is_some_and(|rest| rest.chars().take(8).collect::<String>().contains("投资者"));
        if !backer {
            continue;
        }
        let lead = c.text(c.span.start, tm.span.start);
        let Some(cue) = crate::cues::BACKER_LIST_OPENERS.iter().filter_map(|w| lead.rfind(w)).max() else {
            continue;
        };
        let cue_at = c.span.start + lead[..cue].chars().count();
        let raiser =
            c.members.iter().copied().rfind(|&i| c.kind(i) == Company && c.mentions[i].span.end <= cue_at && i != t);
        if let Some(raiser) = raiser {
            e.emit(c, t, Predicate::InvestedIn, raiser, Rule::REL_INVESTED);
        }
    }
}

/// 中信证券收购广州证券, Genmab以18亿美元收购普方生物: a deal makes the
/// bought company the buyer's and the buyer its investor; a stake
/// (收购京隆科技26%股权) only the investor. Bids, wishes and rumours
/// (提出收购, 有意收购, 传…) make neither.
fn acquisitions(c: &Clauses, e: &mut Emitter) {
    for &t in &c.members {
        let tm = &c.mentions[t];
        if c.kind(t) != Company {
            continue;
        }
        let clause = c.clause_of(tm.span.start);
        let lead = c.text(clause.start, tm.span.start);
        let Some(verb_at) = lead.strip_suffix("收购").or_else(|| lead.strip_suffix("收购了")).map(str::len) else {
            continue;
        };
        let buyer = c.members.iter().copied().rfind(|&i| {
            let im = &c.mentions[i];
            c.kind(i) == Company
                && im.span.start >= clause.start
                && im.span.end <= tm.span.start
                && !same_name(im, tm)
                && c.text(im.span.end, tm.span.start).chars().count() <= 20
        });
        let Some(buyer) = buyer else { continue };
        let between = c.text(c.mentions[buyer].span.end, tm.span.start);
        let head = c.text(clause.start, c.mentions[buyer].span.end);
        if crate::cues::ACQUISITION_NOT_DONE.iter().any(|w| between.contains(w) || head.contains(w))
            || c.members.iter().any(|&o| {
                o != buyer
                    && c.kind(o).is_actor()
                    && c.mentions[o].span.start >= c.mentions[buyer].span.end
                    && c.mentions[o].span.end <= tm.span.start
            })
            || verb_at == 0
        {
            continue;
        }
        let tail = c.text(tm.span.end, (tm.span.end + 8).min(c.span.end));
        let stake = tail.starts_with(|ch: char| ch.is_ascii_digit()) || tail.starts_with("股");
        if stake {
            e.emit(c, buyer, Predicate::InvestedIn, t, Rule::REL_ACQUIRED);
        } else if tail.is_empty() || crate::cues::ACQUISITION_TAILS.iter().any(|w| tail.starts_with(w)) {
            e.emit(c, buyer, Predicate::InvestedIn, t, Rule::REL_ACQUIRED);
            e.emit(c, t, Predicate::SubsidiaryOf, buyer, Rule::REL_ACQUIRED);
        }
    }
}

/// 杭钢股份的全资子公司浙江省数据管理有限公司: a unit named right after its
/// parent and a noun for a subsidiary.
fn subsidiaries(c: &Clauses, e: &mut Emitter) {
    for (n, &p) in c.members.iter().enumerate() {
        if !c.kind(p).is_actor() {
            continue;
        }
        let Some(&u) = c.members[n + 1..].iter().find(|&&i| c.kind(i).is_actor()) else { continue };
        let between = c.text(c.mentions[p].span.end, c.mentions[u].span.start);
        let between = between.strip_prefix('的').unwrap_or(between);
        let between = strip_subsidiary_modifiers(between);
        if crate::cues::SUBSIDIARY_NOUNS.contains(&between) {
            e.emit(c, u, Predicate::SubsidiaryOf, p, Rule::REL_SUBSIDIARY_NOUN);
        }
        // 星河集团旗下公司星河云, 星河集团旗下的物流企业星河速运: 旗下 and a
        // firm noun (after a few words of what it does).
        let raw_between = c.text(c.mentions[p].span.end, c.mentions[u].span.start);
        if held_firm_noun(raw_between) {
            e.emit(c, u, Predicate::SubsidiaryOf, p, Rule::REL_SUBSIDIARY_NOUN);
        }
        // 月之暗面的母公司循环智能, 这家公司及其母公司Thoma Bravo: the other
        // way round.
        let raw = after_ticker(c.text(c.mentions[p].span.end, c.mentions[u].span.start));
        if crate::cues::PARENT_JOINS.contains(&raw.trim()) {
            e.emit(c, p, Predicate::SubsidiaryOf, u, Rule::REL_SUBSIDIARY_NOUN);
        }
        // 腾讯(00700)的芬兰手游子公司Supercell, 比特大陆旗下的AI子公司X: a
        // ticker, then a few words of what the unit does before the noun.
        let described = {
            let raw = strip_subsidiary_modifiers(raw.strip_prefix('的').unwrap_or(raw));
            let raw = raw.strip_prefix('的').unwrap_or(raw);
            ["子公司", "孙公司"].iter().find_map(|n| raw.strip_suffix(n)).is_some_and(|descriptor| {
                let descriptor = strip_subsidiary_modifiers(descriptor);
                (1..=6).contains(&descriptor.chars().count())
                    && !descriptor.contains('的')
                    && !descriptor.chars().any(|ch| is_clause_break(ch) || "、及和与或并".contains(ch))
            })
        };
        if described {
            e.emit(c, u, Predicate::SubsidiaryOf, p, Rule::REL_SUBSIDIARY_NOUN);
        }
        // 杭钢股份是杭州钢铁集团的控股子公司: the unit, 是/为, its parent and
        // the noun after it.
        if matches!(between, "是" | "为" | "系" | "作为") {
            let after = c.text(c.mentions[u].span.end, c.clause_of(c.mentions[u].span.start).end);
            let after = after.strip_prefix('的').unwrap_or(after);
            let after = strip_subsidiary_modifiers(after);
            // (星河云是星河集团旗下的云计算公司.)
            let raw_after = c.text(c.mentions[u].span.end, c.clause_of(c.mentions[u].span.start).end);
            let held = held_firm_noun(raw_after.split(['。', ',', '，']).next().unwrap_or(""));
            if held || crate::cues::SUBSIDIARY_NOUNS.iter().any(|s| !s.is_empty() && after.starts_with(s)) {
                e.emit(c, p, Predicate::SubsidiaryOf, u, Rule::REL_SUBSIDIARY_NOUN);
            }
        }
    }
    // 智谱AI联合A、B等设立的风险投资基金“Z基金”; 百川智能拥有X等多个机构主体:
    // what an actor set up or owns. Co-founders listed after 联合 are no
    // owners: the one before 联合 is.
    for &u in &c.members {
        if !c.kind(u).is_actor() {
            continue;
        }
        let um = &c.mentions[u];
        let clause = c.clause_of(um.span.start);
        let actors: Vec<usize> = c
            .members
            .iter()
            .copied()
            .filter(|&i| {
                c.kind(i).is_actor()
                    && c.mentions[i].span.start >= clause.start
                    && c.mentions[i].span.end <= um.span.start
            })
            .collect();
        // 隆基绿能公告，公司全资子公司隆基乐叶…: 公司 is the firm that speaks,
        // the sentence's first; 其控股子公司X points back to the last one.
        let lead = c.text(clause.start, um.span.start);
        let (pronoun, rest) = match (lead.strip_prefix("公司"), lead.strip_prefix('其')) {
            (Some(rest), _) => (false, rest),
            (_, Some(rest)) => (true, rest),
            _ => (false, ""),
        };
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        let announced = actors.is_empty() && !lead.is_empty();
        let rest = strip_subsidiary_modifiers(rest.trim_start_matches(['二', '三', '级']));
        let rest = strip_subsidiary_modifiers(rest);
        // 公司拟…对全资子公司X增资, 公司及全资子公司X: the noun after a
        // preposition or a conjunction in the speaking firm's clause.
        let after_joint = || {
            ["对", "向", "及", "和", "与", "为"]
                .iter()
                .filter_map(|w| rest.rfind(w).map(|p| p + w.len()))
                .max()
                .is_some_and(|at| {
                    let tail = strip_subsidiary_modifiers(rest[at..].trim_start_matches(['其']));
                    !pronoun && rest.chars().count() <= 24 && crate::cues::SUBSIDIARY_NOUNS.contains(&tail)
                })
        };
        let noun = crate::cues::SUBSIDIARY_NOUNS.contains(&rest) || after_joint();
        let parent = if !(announced && noun) {
            None
        } else if pronoun {
            c.antecedent(clause.start, 1, |i| c.kind(i).is_actor())
        } else {
            // The firm must be the one speaking (X公告, X宣布): 公司 is its word
            // for itself.
            c.members.iter().copied().find(|&i| c.kind(i).is_actor() && c.mentions[i].span.end <= clause.start).filter(
                |&i| {
                    let after = c.text(c.mentions[i].span.end, clause.start);
                    crate::cues::SPEAKING_FIRM_VERBS.iter().any(|v| after.starts_with(v))
                },
            )
        };
        if let Some(parent) = parent {
            e.emit(c, u, Predicate::SubsidiaryOf, parent, Rule::REL_SUBSIDIARY_NOUN);
        }
        // 其母公司幻方量化: the firm 其 points back to is the unit.
        if actors.is_empty() && lead.ends_with("其母公司") && lead.chars().count() <= 16 {
            if let Some(unit) = c.antecedent(clause.start, 1, |i| matches!(c.kind(i), Company | Organization)) {
                e.emit(c, unit, Predicate::SubsidiaryOf, u, Rule::REL_SUBSIDIARY_NOUN);
            }
        }
        let Some(&first) = actors.first() else { continue };
        let before = c.text(c.mentions[first].span.end, um.span.start);
        let verb = crate::cues::SET_UP_VERBS.iter().filter_map(|v| before.rfind(v).map(|at| (at, v.len()))).max();
        let set_up_by = verb.and_then(|(at, len)| {
            let descriptor = &before[at + len..];
            if descriptor.chars().count() > 12 || descriptor.chars().any(is_clause_break) {
                return None;
            }
            let verb_abs = c.mentions[first].span.end + before[..at].chars().count();
            if before[..at].contains("联合") {
                Some(first)
            } else {
                actors.iter().copied().rfind(|&i| c.mentions[i].span.end <= verb_abs)
            }
        });
        let owner = set_up_by.or_else(|| {
            let last = *actors.last()?;
            crate::cues::OWNING_VERBS.contains(&c.text(c.mentions[last].span.end, um.span.start)).then_some(last)
        });
        if let Some(owner) = owner {
            e.emit(c, u, Predicate::SubsidiaryOf, owner, Rule::REL_SUBSIDIARY_NOUN);
        }
    }
}

/// 旗下公司, 旗下的物流企业, 的旗下品牌: 旗下, then a firm noun after at most
/// a few words of what the unit does, and nothing else.
fn held_firm_noun(text: &str) -> bool {
    let t = text.trim().strip_prefix('的').unwrap_or(text.trim());
    let Some(rest) = t.strip_prefix("旗下") else { return false };
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    crate::cues::HELD_FIRM_NOUNS.iter().any(|n| {
        rest.strip_suffix(n).is_some_and(|descriptor| {
            descriptor.chars().count() <= 6
                && !descriptor.chars().any(|ch| is_clause_break(ch) || "的、及和与或并".contains(ch))
        })
    })
}

/// 腾讯(00700)的…, 京东金融(JD.O)斥资…: the text after a firm's ticker in
/// brackets, which stands between it and what it does.
fn after_ticker(text: &str) -> &str {
    text.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(text, |(_, rest)| rest)
}

/// 全资子公司, 旗下的子公司: the words that say how a unit is held, before
/// the noun for it.
fn strip_subsidiary_modifiers(text: &str) -> &str {
    ["全资", "控股", "直属", "下属", "旗下", "旗下的", "100%控股"]
        .iter()
        .fold(text, |b, w| b.strip_prefix(w).unwrap_or(b))
}

/// 百度北京总部, 腾讯深圳总部大楼: a firm, a place and 总部 (or a campus)
/// right after it.
fn headquarters(c: &Clauses, e: &mut Emitter) {
    for (n, &a) in c.members.iter().enumerate() {
        if !c.kind(a).is_actor() {
            continue;
        }
        let Some(&p) = c.members.get(n + 1) else { continue };
        let (ma, mp) = (&c.mentions[a], &c.mentions[p]);
        if c.kind(p) != Place || mp.span.start != ma.span.end {
            continue;
        }
        // 辉达加州圣克拉拉的办公室: a chain of places, and 的.
        let chain = place_chain(c, p);
        let end = c.mentions[*chain.last().expect("never empty")].span.end;
        let after = c.text(end, (end + 5).min(c.span.end));
        let after = after.strip_prefix('的').unwrap_or(after);
        if ["总部", "园区", "办公室", "研发中心"].iter().any(|w| after.starts_with(w)) {
            for &q in &chain {
                e.emit(c, a, Predicate::LocatedIn, q, Rule::REL_HEADQUARTERS);
            }
        }
    }
}

/// What an article says about a deployment is spread over its sentence and
/// the next: who built it (the actors that open the sentence), which model
/// it runs on (a model named there), and, from the kind of adopter, its
/// sector (a government's is 政务, a hospital's 医疗, a bank's 金融) when
/// the article names that sector in the deployment's paragraph or its lead.
fn deployment_profiles(all: &[Clauses], e: &mut Emitter) {
    let Some(first) = all.first() else { return };
    let mentions = first.mentions;
    for (d, dm) in mentions.iter().enumerate() {
        if dm.kind != Deployment {
            continue;
        }
        let c = &all[dm.sentence];
        let paragraph = c.doc.sentences[dm.sentence].paragraph;
        let next = all.get(dm.sentence + 1).filter(|n| n.doc.sentences[n.sentence].paragraph == paragraph);
        // Builders: the actors that open the deployment's sentence.
        let mut builders: Vec<usize> = actor_group(c, c.span.start, dm.span.start);
        // 2017年之江实验室成立，2020年达摩院发布中文大模型: an actor in the
        // deployment's own clause, before it, is the builder, not the one
        // that opened the sentence.
        let own = c.clause_of(dm.span.start);
        if c.members.iter().any(|&i| {
            c.kind(i).is_actor() && c.mentions[i].span.start >= own.start && c.mentions[i].span.end <= dm.span.start
        }) && own.start > c.span.start + 1
        {
            builders = actor_group(c, own.start, dm.span.start);
        }
        // 云南白药宣布上线DeepSeek。据了解，目前，DeepSeek已接入数字员工“白小柒”:
        // a sentence with no actor before the deployment goes on with the
        // firm that opened the sentence before.
        if builders.is_empty()
            && !c.members.iter().any(|&i| c.kind(i).is_actor() && c.mentions[i].span.end <= dm.span.start)
        {
            builders.extend(topic_firm(c, dm.span.start));
        }
        for &b in &builders {
            e.emit(c, d, Predicate::DevelopedBy, b, Rule::REL_DEPLOYMENT_BUILDER);
        }
        // Models named in its sentence, or in the next one when that one
        // goes on about it (它/该/底层/接入/基于).
        let mut models: Vec<usize> = c.members.iter().copied().filter(|&i| c.kind(i) == Model).collect();
        if let Some(n) = next {
            let text = n.text(n.span.start, n.span.end);
            if ["它", "该", "其", "底层", "接入", "基于", "采用", "依托"].iter().any(|w| text.contains(w))
            {
                models.extend(n.members.iter().copied().filter(|&i| n.kind(i) == Model));
            }
        }
        for m in models {
            e.emit(c, d, Predicate::UsesModel, m, Rule::REL_DEPLOYMENT_MODEL);
        }
        // The adopter's kind gives the sector, when the article names it.
        for &b in &builders {
            let name = &mentions[b].text;
            let Some((_, sector)) =
                crate::cues::ADOPTER_SECTORS.iter().find(|(ends, _)| ends.iter().any(|x| name.ends_with(x)))
            else {
                continue;
            };
            if let Some(s) = mentions.iter().position(|m| {
                m.kind == Sector
                    && m.text == *sector
                    // (Named in the deployment's paragraph or in the lead —
                    // headline, dateline, first sentence — where it frames the
                    // whole article; a sector named only in some other
                    // paragraph is about something else there.)
                    && (c.doc.sentences[m.sentence].paragraph == paragraph || m.sentence < 3)
            }) {
                e.emit(c, d, Predicate::AppliedIn, s, Rule::REL_DEPLOYMENT_SECTOR);
            }
            break;
        }
    }
}

/// 腾讯混元大模型, 阿里通义实验室, 字节豆包: a name written with its
/// owner's name in front says who owns it.
fn owner_prefixed(doc: &Document, mentions: &[Mention], dictionary: &Dictionary, e: &mut Emitter) {
    // Each curated actor once, at its first mention: long articles repeat
    // the same few owners hundreds of times.
    let mut owners: Vec<(usize, usize)> = Vec::new();
    for (j, o) in mentions.iter().enumerate() {
        if let Some(id) = o.entry.filter(|&id| dictionary.entry(id).kind.is_actor()) {
            if !owners.iter().any(|&(_, seen)| seen == id) {
                owners.push((j, id));
            }
        }
    }
    // A found product named with its maker in front (希沃学习机): the maker
    // is the company whose name opens it, named anywhere in the article.
    let mut seen_artifacts: Vec<(usize, &str)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        // …and a listed product (希沃电脑助手、希沃白板等产品) the same way.
        let listed = m.rule == Rule::PATTERN_ENUMERATION && matches!(m.kind, Product | Model | Deployment);
        // …and a curated artifact whose name opens with a curated firm's
        // (联通云桌面 and 联通云, 岚图知音 and 岚图汽车).
        // Only the maker the dictionary knows or a unit of it (not 科大讯飞
        // for 讯飞晓医, which its unit 讯飞医疗 makes), once per name.
        let curated_artifact = m.kind.is_artifact()
            && m.entry.is_some_and(|id| {
                let fresh = !seen_artifacts.contains(&(id, m.text.as_str()));
                seen_artifacts.push((id, m.text.as_str()));
                fresh
            });
        if m.rule != Rule::PATTERN_BRAND_PRODUCT && !listed && !curated_artifact {
            continue;
        }
        let known_makers: Vec<usize> = m
            .entry
            .map(|id| {
                dictionary.links_from(id).filter(|l| l.predicate == Predicate::DevelopedBy).map(|l| l.object).collect()
            })
            .unwrap_or_default();
        let maker = owners.iter().find(|&&(_, id)| {
            (!curated_artifact
                || known_makers.is_empty()
                || known_makers.iter().any(|&k| k == id || dictionary.has_link(id, Predicate::SubsidiaryOf, k)))
                && dictionary
                    .entry(id)
                    .names()
                    .any(|n| m.text.starts_with(n) && m.text.chars().count() >= n.chars().count() + 2)
        });
        if let Some(&(j, _)) = maker {
            let c = Clauses::new(doc, mentions, m.sentence);
            e.emit(&c, i, Predicate::DevelopedBy, j, Rule::REL_OWNER_PREFIX);
        }
    }
    let mut done: Vec<(String, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(id) = m.entry else { continue };
        if done.iter().any(|(text, entry)| *entry == id && *text == m.text) {
            continue;
        }
        done.push((m.text.clone(), id));
        for &(j, owner_id) in &owners {
            if owner_id == id {
                continue;
            }
            let prefixed = dictionary.entry(owner_id).names().any(|n| {
                m.text
                    .strip_prefix(n)
                    .is_some_and(|rest| rest.chars().count() >= 2 && dictionary.lookup(rest) == Some(id))
            });
            if prefixed {
                let predicate = if m.kind.is_actor() { Predicate::SubsidiaryOf } else { Predicate::DevelopedBy };
                let c = Clauses::new(doc, mentions, m.sentence);
                e.emit(&c, i, predicate, j, Rule::REL_OWNER_PREFIX);
                break;
            }
        }
    }
}

/// X的Y, X旗下Y, XY (阿里通义实验室, 字节豆包, 斯坦福大学李飞飞团队).
fn adjacent_pairs(c: &Clauses, e: &mut Emitter) {
    for w in c.members.windows(2) {
        let (a, b) = (w[0], w[1]);
        let between: String = c
            .text(c.mentions[a].span.end, c.mentions[b].span.start)
            .chars()
            .filter(|ch| !matches!(ch, '「' | '」' | '『' | '』' | '“' | '”' | '"' | '《' | '》'))
            .collect();
        // The spaces some outlets set around Latin names join nothing
        // (瑞典支付巨头 Klarna, OpenAI 的 GPT-5); a space alone still parts
        // two names (英伟达 特斯拉).
        let between = if between.trim().is_empty() { between } else { between.replace(' ', "") };
        // (Nothing, a marker of ownership, or a cloud business after one.)
        let linked = between.is_empty()
            || crate::cues::POSSESSIVE_MARKERS.contains(&between.as_str())
            || matches!(between.as_str(), "的云业务" | "旗下的云业务");
        let (ka, kb) = (c.kind(a), c.kind(b));
        // 同花顺DeepSeek概念: an index or a sector of stocks named after the
        // model, which the firm only publishes.
        let after_b = c.text(c.mentions[b].span.end, (c.mentions[b].span.end + 3).min(c.span.end));
        let linked = linked && !["概念", "板块", "指数"].iter().any(|w| after_b.starts_with(w));
        // 芝商所的“美联储观察”工具: a name that opens a longer quoted title is
        // part of that title, not the thing it names.
        let opens_quote = c.mentions[b].span.start > c.span.start
            && matches!(c.text(c.mentions[b].span.start - 1, c.mentions[b].span.start), "“" | "「" | "\"" | "《")
            && !after_b.starts_with(['”', '」', '"', '》', '(', '（']);
        let linked = linked && !opens_quote;
        if linked && ka.is_actor() {
            match kb {
                Model | Product | Deployment => {
                    let rule = if between.contains("旗下") { Rule::REL_OWNED } else { Rule::REL_POSSESSIVE };
                    e.emit(c, b, Predicate::DevelopedBy, a, rule);
                    for other in possessed_list(c, b) {
                        e.emit(c, other, Predicate::DevelopedBy, a, Rule::REL_POSSESSIVE_LIST);
                    }
                }
                // 加拿大网络安全公司Feroot: a firm noun and a name side by side
                // are one firm in apposition, not a parent and its unit.
                // Two curated firms side by side (甲骨文亚马逊微软拟竞购, a
                // headline's list without pauses) are two firms: a known
                // parent and unit are the dictionary's to link.
                // 新亚电子的英伟达间接供应商身份: the second firm names a role
                // the first plays for it, not a unit of the first.
                Company | Organization
                    if crate::cues::FIRM_ROLE_TAILS.iter().any(|w| {
                        c.text(c.mentions[b].span.end, (c.mentions[b].span.end + 6).min(c.span.end)).starts_with(w)
                    }) => {}
                // 脱胎自OpenAI的Anthropic: the second firm came out of the
                // first (its founders left it), it is not the first's unit.
                Company | Organization
                    if crate::cues::ORIGIN_VERBS.iter().any(|v| {
                        c.text(c.mentions[a].span.start.saturating_sub(4).max(c.span.start), c.mentions[a].span.start)
                            .ends_with(v)
                    }) => {}
                Company | Organization
                    if between.contains("旗下")
                        || between == "的"
                        || (between.is_empty()
                            && !(c.mentions[a].entry.is_some() && c.mentions[b].entry.is_some())
                            && !crate::cues::APPOSITIVE_HEADS.iter().any(|h| c.mentions[a].text.ends_with(h))) =>
                {
                    e.emit(c, b, Predicate::SubsidiaryOf, a, Rule::REL_POSSESSIVE_UNIT)
                }
                Person => e.emit(c, b, Predicate::AffiliatedWith, a, Rule::REL_POSSESSIVE),
                _ => {}
            }
        }
        // 阿里云旗下的大模型通义千问, 网易有道旗下AI全科学习助手「有道小P」: a
        // possessive, a short description that ends in a kind of artifact,
        // the artifact.
        if !linked && ka.is_actor() && matches!(kb, Model | Product | Deployment) && is_artifact_descriptor(&between) {
            e.emit(c, b, Predicate::DevelopedBy, a, Rule::REL_POSSESSIVE_DESCRIBED);
        }
        if ka.is_actor() && kb == Person && is_title(&between) {
            e.emit(c, b, Predicate::AffiliatedWith, a, Rule::REL_TITLE);
            // 星河科技云业务事业部总经理王五: the unit named after its firm
            // employs the holder for that firm.
            if let Some(owner) = unit_owner(c, a) {
                e.emit(c, b, Predicate::AffiliatedWith, owner, Rule::REL_TITLE_UNIT_OWNER);
            }
            // 百度执行副总裁兼百度智能云事业群总裁沈抖: the titles joined by 兼
            // are held at both.
            let earlier = c.members.iter().copied().rfind(|&i| c.mentions[i].span.end <= c.mentions[a].span.start);
            if let Some(a0) = earlier.filter(|&i| c.kind(i).is_actor()) {
                let held = c.text(c.mentions[a0].span.end, c.mentions[a].span.start);
                // 前苹果AI高管、Y Combinator的合伙人丹尼尔·格罗斯: titles listed
                // with their firms before one name are all that person's.
                let listed = held.ends_with('、') && held.chars().count() > 1;
                if (held.ends_with('兼') || listed) && is_title(held.trim_end_matches(['兼', '、'])) {
                    e.emit(c, b, Predicate::AffiliatedWith, a0, Rule::REL_TITLE);
                }
            }
            title_chain(c, b, a, e);
        }
        if ka == Person && kb.is_actor() {
            let after = c.text(c.mentions[b].span.end, (c.mentions[b].span.end + 8).min(c.span.end));
            // 奥特曼、微软总裁史密斯: a name right after the title is the title's
            // holder, not the person before the firm.
            let end = c.mentions[b].span.end;
            let holder_follows = c.members.iter().any(|&q| {
                c.kind(q) == Person && c.mentions[q].span.start >= end && c.mentions[q].span.start <= end + 10
            });
            // 朱光是百度(BIDU.US)第二任公关负责人: a ticker, an ordinal and
            // a department may come before the title.
            let post = {
                let clause_end = c.clause_of(c.mentions[b].span.start).end;
                let rest = after_ticker(c.text(c.mentions[b].span.end, clause_end));
                let rest = crate::cues::POST_ORDINALS.iter().find_map(|o| rest.strip_prefix(o)).unwrap_or(rest);
                let rest = rest.split(['、', '兼']).next().unwrap_or("");
                between == "是" && !rest.is_empty() && !rest.contains('的') && is_title(rest)
            };
            if matches!(between.as_str(), "," | "、" | "(" | "是" | "作为" | "为")
                && (starts_with_title(after) || post)
                && !holder_follows
            {
                e.emit(c, a, Predicate::AffiliatedWith, b, Rule::REL_TITLE_AFTER);
            }
            // 马斯克领导的政府效率部, 奥特曼执掌的OpenAI: the one who leads it.
            if crate::cues::LEADING_VERBS.iter().any(|v| between.strip_suffix('的') == Some(*v)) {
                e.emit(c, a, Predicate::AffiliatedWith, b, Rule::REL_CAREER);
            }
        }
        // 美国的OpenAI, 杭州企业深度求索, 美国半导体巨头辉达, 上海GPU厂商格兰菲:
        // a place, a short descriptor that ends in a kind of firm, the firm.
        // (要做中国的OpenAI: a bare 的 before a firm homed elsewhere likens.)
        if ka == Place
            && kb.is_actor()
            && is_firm_descriptor(&between)
            && !likened(c, a)
            && !(between == "的" && e.home_elsewhere(c, b, a))
            // (美国的Meta公司员工: the firm's people there.)
            && !(between == "的" && firm_people_after(c, b))
        {
            e.emit(c, b, Predicate::LocatedIn, a, Rule::REL_NATIONALITY);
        }
        // 中国教育部, 美国商务部: a country right before a body is its
        // government's.
        if ka == Place && kb == Organization && between.is_empty() {
            e.emit(c, b, Predicate::LocatedIn, a, Rule::REL_NATIONALITY);
        }
    }
    // 美国半导体巨头辉达: a field word inside the descriptor is a sector
    // mention between the place and the firm; look past it.
    let sectorless: Vec<usize> = c.members.iter().copied().filter(|&i| c.kind(i) != Sector).collect();
    for w in sectorless.windows(2) {
        let (a, b) = (w[0], w[1]);
        let skipped = c.members.iter().any(|&i| {
            c.kind(i) == Sector
                && c.mentions[i].span.start >= c.mentions[a].span.end
                && c.mentions[i].span.end <= c.mentions[b].span.start
        });
        if !skipped {
            continue;
        }
        let between = c.text(c.mentions[a].span.end, c.mentions[b].span.start).replace(' ', "");
        if c.kind(a) == Place && c.kind(b).is_actor() && is_firm_descriptor(&between) && !likened(c, a) {
            e.emit(c, b, Predicate::LocatedIn, a, Rule::REL_NATIONALITY);
        }
        // Apptronik的人形机器人Apollo: the same for a field word inside the
        // kind of artifact.
        if c.kind(a).is_actor() && matches!(c.kind(b), Model | Product | Deployment) && is_artifact_descriptor(&between)
        {
            e.emit(c, b, Predicate::DevelopedBy, a, Rule::REL_POSSESSIVE_DESCRIBED);
        }
    }
}

/// 旗下的大模型, 的AI助手, 推出的智能体: a possessive marker, at most ten chars
/// of description, and a noun for a kind of artifact.
fn is_artifact_descriptor(between: &str) -> bool {
    // (众擎机器人公司旗下的人形机器人PM01: the firm's noun before the marker.)
    let between = ["公司", "集团"].iter().fold(between, |t, w| t.strip_prefix(w).unwrap_or(t));
    // (宇树科技人形机器人H1: a short kind of artifact alone, with no marker.)
    let (rest, longest) = match crate::cues::POSSESSIVE_MARKERS.iter().find_map(|m| between.strip_prefix(m)) {
        Some(rest) => (rest, 10),
        None => (between, 6),
    };
    (1..=longest).contains(&rest.chars().count())
        && !rest.chars().any(|ch| is_clause_break(ch) || matches!(ch, '、' | '和' | '与' | '及' | '的'))
        // (Figure通过社交平台X宣布: a means the firm uses, not its own.)
        && !crate::cues::MEANS_LEADS.iter().any(|w| rest.starts_with(w))
        && crate::cues::ARTIFACT_NOUNS.iter().any(|n| rest.ends_with(n))
}

/// 的, 企业, 半导体巨头, GPU厂商, 的初创公司: what may stand between a place
/// and the firm it is home to.
fn is_firm_descriptor(between: &str) -> bool {
    let chars = between.chars().count();
    between == "的"
        || (chars <= 8
            && !between.chars().any(|c| is_clause_break(c) || matches!(c, '、' | '和' | '与' | '及' | '在'))
            && crate::cues::FIRM_NOUNS.iter().any(|n| between.ends_with(n)))
}

/// 小米董事长雷军、总裁卢伟冰和首席财务官林世伟; 千帆科技董事长蔡加赞（左三）、
/// 董事沈慧林: titles listed after one firm are all held there, until a
/// name is followed by anything but a list joint and a title.
/// The firm whose name opens a unit's name, when the unit is named as a
/// division of it (星河科技云业务事业部, 星河科技华东分公司): the longest such
/// firm the article names.
fn unit_owner(c: &Clauses, unit: usize) -> Option<usize> {
    let name = c.mentions[unit].text.as_str();
    if c.kind(unit) != Company || !crate::cues::STAFFED_UNIT_NOUNS.iter().any(|n| name.ends_with(n)) {
        return None;
    }
    named_after(c.mentions, name, 0, |_, o| o.kind == Company)
}

/// The longest mention `keep` accepts, of two chars or more, whose name opens
/// `name` and is shorter than it by more than `margin` bytes: the body a
/// unit, a division or a lab is named after (某某科技云计算事业部 → 某某科技).
fn named_after(
    mentions: &[Mention],
    name: &str,
    margin: usize,
    keep: impl Fn(usize, &Mention) -> bool,
) -> Option<usize> {
    mentions
        .iter()
        .enumerate()
        .filter(|&(j, o)| {
            keep(j, o)
                && o.text.chars().count() >= 2
                && name.len() > o.text.len() + margin
                && name.starts_with(o.text.as_str())
        })
        .max_by_key(|(_, o)| o.text.len())
        .map(|(j, _)| j)
}

fn title_chain(c: &Clauses, first: usize, firm: usize, e: &mut Emitter) {
    let mut holder = first;
    while let Some(next) = c.members.iter().copied().find(|&q| c.mentions[q].span.start >= c.mentions[holder].span.end)
    {
        if c.kind(next) != Person {
            return;
        }
        let mut between = c.text(c.mentions[holder].span.end, c.mentions[next].span.start).replace(' ', "");
        // A caption's position (左三) or the holder's other name.
        if between.starts_with(['(', '（']) {
            match between.find([')', '）']) {
                Some(close) => between = between[close..].trim_start_matches([')', '）']).to_string(),
                None => return,
            }
        }
        let Some(title) =
            crate::cues::LIST_SEPARATORS.iter().filter(|j| **j != "或").find_map(|j| between.strip_prefix(j))
        else {
            return;
        };
        // Only a bare title: 波形智能创始人 names a firm the recognizer missed.
        let bare = title.trim_start_matches(|ch| crate::cues::TITLE_RANKS.iter().any(|r| r.starts_with(ch)));
        if !(TITLES.contains(&title) || TITLES.contains(&bare)) {
            return;
        }
        e.emit(c, next, Predicate::AffiliatedWith, firm, Rule::REL_TITLE_LIST);
        holder = next;
    }
}

/// 董事长, 的首席执行官, 权益投资部副总监兼基金经理: titles, joined by 兼
/// or 、, perhaps after the department that holds them; the last is a
/// title and the whole is short enough to be one person's (ten chars of
/// department at most).
fn is_title(between: &str) -> bool {
    // 万泰生物：副总经理, 枫清科技(Fabarta)联合创始人: a colon of a listing
    // or the firm's other name may come first.
    let mut t = between.trim_start_matches(['的', ':', '：']);
    if t.starts_with(['(', '（']) {
        if let Some(close) = t.find([')', '）']) {
            t = t[close..].trim_start_matches([')', '）', ':', '：']);
        }
    }
    // 董事长兼总经理, 创始人、CEO: each of the joined parts is a title, or
    // too short to hide a name (首席技术官王一鸣、云帆智联创始人 holds an
    // unrecognised one).
    if t.contains(['兼', '、'])
        && !t.split(['兼', '、']).all(|part| TITLES.ends(part.trim()) || part.trim().chars().count() <= 4)
    {
        return false;
    }
    let t = t.replace(['兼', '、', ' '], "");
    !t.is_empty()
        && (TITLES.contains(&t.as_str())
            || (t.chars().count() <= 16
                && TITLES.ends(&t)
                && !t.chars().any(|c| is_clause_break(c) || matches!(c, '和' | '与' | '及' | '的' | '在' | '是'))))
}

fn starts_with_title(after: &str) -> bool {
    TITLES.starts(after.trim_start_matches('的'))
}

/// 阿里巴巴发布并开源了QwQ-32B; 腾讯与明德医疗合作开发了…, 名为启元重症大模型;
/// X由Y开发.
fn makers(c: &Clauses, e: &mut Emitter) {
    for &m in &c.members {
        if !c.kind(m).is_artifact() {
            continue;
        }
        let clause = c.clause_of(c.mentions[m].span.start);
        let before = c.text(clause.start, c.mentions[m].span.start);
        // 由X开发/推出: the maker comes after the artifact.
        let after = c.text(c.mentions[m].span.end, clause.end);
        if after.starts_with('由') || after.starts_with("是由") {
            for &a in &c.members {
                let am = &c.mentions[a];
                if am.kind.is_actor() && am.span.start > c.mentions[m].span.end && am.span.end <= clause.end {
                    let tail = c.text(am.span.end, clause.end);
                    if crate::cues::MAKE_VERBS.iter().any(|v| tail.starts_with(v) || tail.contains(v)) {
                        e.emit(c, m, Predicate::DevelopedBy, a, Rule::REL_MADE_BY);
                    }
                }
            }
            continue;
        }
        let mut verb_clause = clause;
        let mut verb_text = before;
        // (推出Gemini 2.0系列模型，涵盖A和B: the members of what was made.)
        let mut members_of_made = false;
        // ", 名为X" continues the clause before it.
        if !crate::cues::MAKE_VERBS.iter().any(|v| before.contains(v)) {
            let trimmed = before.trim_start();
            // …放出了新年第一弹：Qwen2.5-Max: a name alone after a colon is
            // what the clause before it announced.
            let after_colon = trimmed.is_empty()
                && clause.start > c.span.start + 1
                && matches!(c.doc.chars[clause.start - 1], ':' | '：');
            if (trimmed.starts_with("名为")
                || trimmed.starts_with("命名为")
                || trimmed.starts_with("叫做")
                || trimmed.starts_with("即")
                || after_colon)
                && clause.start > c.span.start + 1
            {
                verb_clause = c.clause_of(clause.start - 2);
                verb_text = c.text(verb_clause.start, verb_clause.end);
            } else if crate::cues::MADE_MEMBER_OPENERS.iter().any(|w| trimmed.starts_with(w))
                && clause.start > c.span.start + 1
                && c.doc.chars[clause.start - 1] != '。'
            {
                verb_clause = c.clause_of(clause.start - 2);
                verb_text = c.text(verb_clause.start, verb_clause.end);
                members_of_made = true;
            } else {
                continue;
            }
        }
        let Some(verb_pos) = crate::cues::MAKE_VERBS.iter().filter_map(|v| verb_text.find(v)).min() else {
            continue;
        };
        let verb_abs = verb_clause.start + verb_text[..verb_pos].chars().count();
        // The verb must make this artifact: not when another artifact stands
        // between them (X推出的A接入了M: M is used, not made) or a use verb
        // comes after the make verb (把自研的A与M深度融合, 推出基于M的A).
        let mm = &c.mentions[m];
        let between_verb = c.text(verb_abs, mm.span.start);
        let other_artifact = c.members.iter().any(|&o| {
            o != m
                && c.kind(o).is_artifact()
                && !(members_of_made && c.mentions[o].span.end <= verb_clause.end)
                && c.mentions[o].span.start >= verb_abs
                && c.mentions[o].span.end <= mm.span.start
        });
        // (发布了基于其线上场景的全系产品“AI京医”: a grounding that names no
        // model is part of the description of what was made.)
        let grounded_only = ["基于", "依托", "围绕"]
            .iter()
            .any(|v| between_verb.find(v).is_some_and(|p| between_verb[p + v.len()..].contains('的')))
            && !c.members.iter().any(|&o| {
                c.mentions[o].span.start >= verb_abs && c.mentions[o].span.end <= mm.span.start && c.kind(o) != Sector
            });
        // (把自研的A与M深度融合: 与/和 join the made thing to a model used
        // with it only when a verb of joining follows; 先后推出V3和R1模型
        // lists two things made.)
        let joined_in_use = ["与", "和"].iter().any(|v| between_verb.contains(v)) && {
            let tail = c.text(mm.span.end, verb_clause.end.max(clause.end));
            crate::cues::USE_VERBS
                .iter()
                .chain(crate::cues::JOINING_VERBS)
                .chain(crate::cues::WORKING_TOGETHER_VERBS)
                .any(|v| tail.contains(v))
        };
        let used = !grounded_only && (crate::cues::USE_VERBS.iter().any(|v| between_verb.contains(v)) || joined_in_use);
        // 结合了自研模型以及OpenAI的ChatGPT: an artifact its owner names
        // right before it is that owner's, not the maker's of the clause.
        let owned_by_other = c.members.iter().any(|&o| {
            let om = &c.mentions[o];
            c.kind(o).is_actor()
                && om.span.end <= mm.span.start
                && om.span.start > verb_abs
                && matches!(c.text(om.span.end, mm.span.start), "的" | "旗下的" | "旗下")
        });
        // 发表的论文则显示DeepSeek V3…: what the verb made is the paper the
        // clause then cites.
        use crate::cues::REPORTING_VERBS as REPORTING;
        let reported = REPORTING.iter().any(|w| between_verb.contains(w));
        // 发布两款性能比肩GPT-4o的大模型: what the made thing is compared
        // with is not made (the comparison word stands between).
        let compared =
            crate::cues::COMPARISON_WORDS.iter().chain(crate::cues::COMPARAND_WORDS).any(|w| between_verb.contains(w));
        if other_artifact || used || owned_by_other || reported || compared {
            continue;
        }
        let mut subjects = actor_group(c, verb_clause.start, verb_abs);
        // 兴业证券认为中国本土研发的DeepSeek-R1: the one who holds an opinion
        // about the making is not the maker.
        subjects.retain(|&a| !REPORTING.iter().any(|w| c.text(c.mentions[a].span.end, verb_abs).contains(w)));
        // 它使用英伟达H800芯片来训练V3模型: a firm named as the maker of a
        // thing the clause uses is its supplier, not the maker.
        subjects.retain(|&a| {
            let am = &c.mentions[a];
            let used_before =
                crate::cues::USE_VERBS.iter().any(|v| c.text(verb_clause.start, am.span.start).contains(v));
            !(used_before
                && c.members.iter().any(|&o| {
                    o != m
                        && c.kind(o).is_artifact()
                        && matches!(c.text(am.span.end, c.mentions[o].span.start), "" | "的")
                }))
        });
        // 寒武纪在云端推出思元芯片，边缘端开发MLU220: a clause that names no
        // actor before its verb goes on with the actor that opened the
        // sentence's clause before it, when that one made something too.
        let names_actor = c.members.iter().any(|&i| {
            let span = c.mentions[i].span;
            !matches!(c.kind(i), Place | Sector | Technology) && span.start >= verb_clause.start && span.end <= verb_abs
        });
        // 类ChatGPT应用, DeepSeek相关服务: a likeness or a topic, not the
        // thing made.
        let likeness = c.text(verb_clause.start, mm.span.start).ends_with('类')
            || c.text(mm.span.end, verb_clause.end).starts_with("相关");
        if subjects.is_empty() && !names_actor && !likeness && verb_clause.start > c.span.start + 1 {
            let previous = c.clause_of(verb_clause.start - 2);
            let text = c.text(previous.start, previous.end);
            if let Some(verb) = crate::cues::MAKE_VERBS.iter().filter_map(|v| text.find(v)).min() {
                let verb_at = previous.start + text[..verb].chars().count();
                // The clause before made something itself: an artifact named
                // after its verb.
                let made = c.members.iter().any(|&i| {
                    let span = c.mentions[i].span;
                    c.kind(i).is_artifact() && span.start >= verb_at && span.end <= previous.end
                });
                if made {
                    subjects = actor_group(c, previous.start, verb_at);
                }
            }
        }
        // 豆包大模型团队近日联合北京交通大学、中国科学技术大学，发布了…: a
        // clause that is only its actors (and the words that join them)
        // is the subject of the clause after it.
        if subjects.is_empty() && !names_actor && !likeness && verb_clause.start > c.span.start + 1 {
            subjects = bare_subject_clause(c, c.clause_of(verb_clause.start - 2));
        }
        // 诺安基金宣布完成…部署，并推出…“诺安AI助手”: a clause that opens with
        // a joint and the verb goes on with the actor that is the topic of
        // the clause before it (named first there, and not as an owner: 的).
        if subjects.is_empty() && !names_actor && !likeness && verb_clause.start > c.span.start + 1 {
            let lead = strip_openers(c.text(verb_clause.start, verb_abs));
            let lead = crate::cues::CONTINUING_JOINTS.iter().find_map(|w| lead.strip_prefix(w));
            if lead.is_some_and(|rest| strip_openers(rest).chars().count() <= 1) {
                let previous = c.clause_of(verb_clause.start - 2);
                let first = c.members.iter().copied().find(|&i| {
                    let span = c.mentions[i].span;
                    span.start >= previous.start && span.end <= previous.end
                });
                let topic = first.filter(|&i| {
                    let span = c.mentions[i].span;
                    c.kind(i).is_actor()
                        && !c.parenthetical(i)
                        && strip_openers(c.text(previous.start, span.start)).chars().count() <= 2
                        && !c.text(span.end, previous.end).starts_with('的')
                });
                if let Some(t) = topic {
                    subjects = actor_group(c, previous.start, previous.end)
                        .into_iter()
                        .filter(|&a| a == t || c.mentions[a].span.start > c.mentions[t].span.start)
                        .collect();
                    subjects.retain(|&a| {
                        !REPORTING.iter().any(|w| c.text(c.mentions[a].span.end, previous.end).starts_with(w))
                    });
                    if let Some(&t) = subjects.first() {
                        e.emit(c, m, Predicate::DevelopedBy, t, Rule::REL_MAKER_TOPIC);
                    }
                    subjects.clear();
                }
            }
        }
        if subjects.is_empty() && !names_actor && !likeness {
            let lead = strip_openers(c.text(verb_clause.start, verb_abs));
            if crate::cues::MAKER_PRONOUNS.iter().any(|p| lead.starts_with(p)) {
                if let Some(a) = topic_firm(c, verb_clause.start) {
                    e.emit(c, m, Predicate::DevelopedBy, a, Rule::REL_MAKER_PRONOUN);
                }
            }
        }
        // 苹果已将与阿里巴巴共同开发的Apple Intelligence…: the one it was
        // made with (与X共同开发) made it too.
        let co_maker = c.members.iter().copied().find(|&a| {
            let am = &c.mentions[a];
            c.kind(a).is_actor()
                && am.span.end <= verb_abs
                && am.span.start >= verb_clause.start
                && crate::cues::CO_MAKING_WORDS.contains(&c.text(am.span.end, verb_abs))
                && ["与", "和", "同", "跟"].iter().any(|w| c.text(verb_clause.start, am.span.start).ends_with(w))
        });
        // (与百度共同开发中国iPhone用户的AI功能, 合作推出的DeepSeek一体机: a
        // name that modifies the noun after it is not what was made.)
        let heads_phrase = {
            let after = c.text(mm.span.end, clause.end).trim_start_matches(['”', '」', '"', '》', ' ']);
            after.is_empty() || crate::cues::MADE_NAME_FOLLOWERS.iter().any(|w| after.starts_with(w))
        };
        if let Some(a) = co_maker {
            if heads_phrase {
                e.emit_co_maker(c, m, a, Rule::REL_MAKER);
            } else {
                e.emit(c, m, Predicate::DevelopedBy, a, Rule::REL_MAKER);
            }
        }
        // 豆包大模型团队联合北京交通大学、中国科学技术大学发布了VideoWorld: when
        // one of a joined group is the dictionary's maker, the rest made it
        // with it.
        let curated_in_group = heads_phrase
            && subjects.len() > 1
            && subjects.iter().any(|&a| {
                let (am, mm) = (&c.mentions[a], &c.mentions[m]);
                mm.entry.is_some() && am.entry.is_some() && !e.made_elsewhere(mm, am)
            });
        for a in subjects {
            if curated_in_group {
                e.emit_co_maker(c, m, a, Rule::REL_MAKER);
            } else {
                e.emit(c, m, Predicate::DevelopedBy, a, Rule::REL_MAKER);
            }
        }
    }
}

/// The firm a firm pronoun at `pos` stands for: the first firm of the
/// sentence, when it opens a clause before `pos`, else the firm that opens
/// the sentence before (a paragraph's topic is named first and then called
/// 公司). None when that sentence opens with no firm, or is in another
/// paragraph.
fn topic_firm(c: &Clauses, pos: usize) -> Option<usize> {
    let opens_clause = |i: usize| {
        let m = &c.mentions[i];
        let clause = c.clause_of(m.span.start);
        strip_openers(c.text(clause.start, m.span.start)).chars().count() <= 2
    };
    let firm = |i: usize| matches!(c.kind(i), Company | Organization) && !is_cited(c, i);
    if let Some(&first) = c.members.iter().find(|&&i| c.mentions[i].span.end <= pos && c.kind(i).is_actor()) {
        return (firm(first) && opens_clause(first)).then_some(first);
    }
    let prev = c.sentence.checked_sub(1)?;
    if c.doc.sentences[prev].paragraph != c.doc.sentences[c.sentence].paragraph {
        return None;
    }
    let first = c.mentions.iter().position(|m| m.sentence == prev && m.kind.is_actor())?;
    let span = c.doc.sentences[prev].span;
    let m = &c.mentions[first];
    let lead = strip_openers(c.text(span.start, m.span.start));
    (matches!(m.kind, Company | Organization) && lead.chars().count() <= 2).then_some(first)
}

/// The actors of a clause that holds nothing but them, time words and the
/// words that join them (阿里云，…; X近日联合Y、Z，…); empty otherwise.
fn bare_subject_clause(c: &Clauses, clause: Span) -> Vec<usize> {
    let group = actor_group(c, clause.start, clause.end);
    if group.is_empty() {
        return group;
    }
    let mut rest = String::new();
    let mut from = clause.start;
    for &i in c.members.iter().filter(|&&i| {
        let span = c.mentions[i].span;
        span.start >= clause.start && span.end <= clause.end
    }) {
        if !group.contains(&i) {
            return Vec::new();
        }
        rest.push_str(c.text(from, c.mentions[i].span.start));
        rest.push(' ');
        from = c.mentions[i].span.end;
    }
    rest.push_str(c.text(from, clause.end));
    let filler = |mut t: &str| {
        t = t.trim();
        'strip: while !t.is_empty() {
            use crate::cues::{BARE_SUBJECT_FILLERS, CLAUSE_OPENERS, TIME_ADVERBS};
            for w in BARE_SUBJECT_FILLERS.iter().chain(TIME_ADVERBS).chain(CLAUSE_OPENERS) {
                if let Some(r) = t.strip_prefix(w) {
                    t = r.trim_start();
                    continue 'strip;
                }
            }
            return false;
        }
        true
    };
    if rest.split(' ').all(filler) {
        group
    } else {
        Vec::new()
    }
}

/// `text` without the time words and adverbs that open a clause
/// ([`crate::cues::CLAUSE_OPENERS`]), in the list's order.
fn strip_openers(text: &str) -> &str {
    crate::cues::CLAUSE_OPENERS.iter().fold(text.trim(), |t, w| t.strip_prefix(w).unwrap_or(t))
}

/// 宝骏汽车宣布其灵语智舱系统与DeepSeek完成融合: an artifact after 其 is the
/// firm's that the clause opened with, when only a verb of saying stands
/// between the firm and 其.
fn pronoun_own(c: &Clauses, e: &mut Emitter) {
    for &m in &c.members {
        if !c.kind(m).is_artifact() {
            continue;
        }
        let mm = &c.mentions[m];
        let clause = c.clause_of(mm.span.start);
        let before = c.text(clause.start, mm.span.start);
        let Some(marker) = crate::cues::PRONOUN_OWN_MARKERS.iter().find(|w| before.ends_with(*w)) else { continue };
        let qi_at = mm.span.start - marker.chars().count();
        let in_clause = |i: usize| c.mentions[i].span.end <= qi_at && c.mentions[i].span.start >= clause.start;
        let Some(last) = c.members.iter().copied().rfind(|&i| in_clause(i)) else {
            continue;
        };
        // 科大讯飞也将DeepSeek全系大模型上线其讯飞开放平台: a model put into
        // the product stands between the firm and 其.
        let put_model = c.kind(last) == Model;
        let Some(a) = c
            .members
            .iter()
            .copied()
            .rfind(|&i| in_clause(i) && if put_model { c.kind(i).is_actor() } else { i == last })
        else {
            continue;
        };
        if !c.kind(a).is_actor() {
            continue;
        }
        let lead = c.text(c.mentions[a].span.end, qi_at).trim();
        let put_lead = put_model && {
            let l = ["也", "已", "还", "正式"].iter().fold(lead, |l, w| l.strip_prefix(w).unwrap_or(l));
            let l = l.trim_end_matches(['至', '到', '于', '进', '入', '在']);
            (l.starts_with('将') || l.starts_with('把'))
                && crate::cues::MODEL_PUT_VERBS.iter().any(|v| l.ends_with(v))
                && c.members.iter().all(|&i| {
                    !(c.mentions[i].span.start >= c.mentions[a].span.end && c.mentions[i].span.end <= qi_at)
                        || c.kind(i) == Model
                })
        };
        if lead.is_empty() || crate::cues::PRONOUN_OWN_LEADS.contains(&lead) || put_lead {
            e.emit(c, m, Predicate::DevelopedBy, a, Rule::REL_PRONOUN_OWN);
        }
    }
}

/// 网易有道宣布…，旗下AI全科学习助手“有道小P”…: a clause that opens with 旗下
/// speaks of what the actor that opened the clause before owns.
fn owned_after_pause(c: &Clauses, e: &mut Emitter) {
    for &m in &c.members {
        if !c.kind(m).is_artifact() {
            continue;
        }
        let mm = &c.mentions[m];
        let clause = c.clause_of(mm.span.start);
        if clause.start <= c.span.start {
            continue;
        }
        let lead: String =
            c.text(clause.start, mm.span.start).chars().filter(|ch| !"「」“”\"《》 ".contains(*ch)).collect();
        let Some(rest) = lead.strip_prefix("旗下") else { continue };
        let rest = rest.trim_start_matches('的');
        let described = rest.is_empty()
            || ((1..=10).contains(&rest.chars().count())
                && crate::cues::ARTIFACT_NOUNS.iter().any(|n| rest.ends_with(n))
                && !rest.chars().any(|ch| matches!(ch, '、' | '和' | '与' | '的')));
        if !described {
            continue;
        }
        // The owner opens the clause right before (甚至字节跳动自己，旗下的飞书).
        let previous = c.clause_of(clause.start - 2);
        for a in actor_group(c, previous.start, previous.end) {
            e.emit(c, m, Predicate::DevelopedBy, a, Rule::REL_OWNED);
        }
    }
}

/// 其中, 其他, 尤其, 与其: 其 at byte `at` of `text` inside a word.
fn qi_inside_word(text: &str, at: usize) -> bool {
    let after = &text[at + '其'.len_utf8()..];
    after.starts_with(['中', '他', '它', '余', '实', '次', '后']) || text[..at].ends_with(['尤', '极', '与', '及'])
}

/// The actors that open a clause: the first actor and those joined to it by
/// 与/和/、/及/联合/携手 (腾讯与明德医疗合作开发 → both).
fn actor_group(c: &Clauses, start: usize, before: usize) -> Vec<usize> {
    let mut group = Vec::new();
    let mut last_end = None;
    for &i in &c.members {
        let m = &c.mentions[i];
        if m.span.start < start || m.span.end > before || c.parenthetical(i) {
            continue;
        }
        if !m.kind.is_actor() {
            if matches!(m.kind, Place | Sector) {
                continue;
            }
            break;
        }
        match last_end {
            None => group.push(i),
            Some(end) => {
                // (X近日联合Y: a time word may lead the joining word.)
                let between = c.text(end, m.span.start);
                let between = crate::cues::TIME_ADVERBS.iter().fold(between, |t, w| t.strip_prefix(w).unwrap_or(t));
                if matches!(between, "与" | "和" | "、" | "及" | "以及" | "联合" | "携手" | "同") {
                    group.push(i);
                } else if matches!(between, "旗下" | "旗下的" | "的" | "的云业务" | "通过" | "借助") {
                    // 华为旗下的华为云发布…: the unit acts, not its owner;
                    // 中国电信通过天翼云自研的…: the one it acts through.
                    group.pop();
                    group.push(i);
                } else {
                    break;
                }
            }
        }
        last_end = Some(m.span.end);
    }
    group
}

/// 软银、OpenAI和甲骨文三家公司将共同投资…: firms listed as the joint
/// subject of one act (共同/联合/携手) are each other's partners.
fn joint_actors(c: &Clauses, e: &mut Emitter) {
    let firm = |i: usize| matches!(c.kind(i), Company | Organization) && !c.parenthetical(i);
    for (n, &i) in c.members.iter().enumerate() {
        // The last firm of a list (the next member is not joined to it).
        let next_joined = c.members.get(n + 1).is_some_and(|&j| {
            firm(j) && crate::cues::LIST_SEPARATORS.contains(&c.text(c.mentions[i].span.end, c.mentions[j].span.start))
        });
        if !firm(i) || next_joined {
            continue;
        }
        let run = joined_run_ending_at(c, n, firm);
        if run.len() < 2 {
            continue;
        }
        // What follows the list: a count of firms at most (三家公司), adverbs,
        // then the joint word, all before the clause ends.
        let clause_end = c.clause_of(c.mentions[i].span.start).end;
        let after = c.text(c.mentions[i].span.end, (c.mentions[i].span.end + 12).min(clause_end));
        let joint = crate::cues::JOINT_ACT_WORDS
            .iter()
            .find_map(|w| after.find(w).map(|p| (&after[..p], &after[p + w.len()..])));
        let Some((lead, act)) = joint else { continue };
        let lead = lead.trim();
        // (以及Palantir联合创始人X: a title, not a joint act.)
        if crate::cues::JOINT_WORD_TITLE_TAILS.iter().any(|w| act.starts_with(w)) {
            continue;
        }
        // 投资者包括A、B、C: an enumeration, not firms acting together;
        // 本次融资由A和B共同投资: co-investors in a round are no partners.
        let first = c.mentions[run[0]].span.start;
        let opening = c.text(c.clause_of(first).start, first);
        let sentence = c.text(c.span.start, c.span.end);
        if crate::cues::LIST_OPENERS.iter().any(|w| opening.ends_with(w))
            || crate::cues::INVEST_VERBS.iter().chain(&["出资"]).any(|v| act.starts_with(v))
                && crate::cues::FINANCING_WORDS.within(sentence)
        {
            continue;
        }
        let filler = lead
            .chars()
            .all(|ch| crate::cues::COUNT_PHRASE_CHARS.contains(ch) || crate::cues::JOINT_ACT_LEAD_CHARS.contains(ch));
        // (A、B与C共同: a list closed by 与 has C as its last member already.)
        if !filler || lead.chars().count() > 8 {
            continue;
        }
        for (x, &a) in run.iter().enumerate() {
            for &b in &run[x + 1..] {
                e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_JOINT_ACT);
            }
        }
    }
}

/// The members joined by list separators (、/和/及…) that end with
/// `c.members[n]`, in text order, as long as `keep` holds for each.
fn joined_run_ending_at(c: &Clauses, n: usize, keep: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut run = vec![c.members[n]];
    for &o in c.members[..n].iter().rev() {
        let next = c.mentions[*run.last().expect("never empty")].span.start;
        if !keep(o) || !crate::cues::LIST_SEPARATORS.contains(&c.text(c.mentions[o].span.end, next)) {
            break;
        }
        run.push(o);
    }
    run.reverse();
    run
}

/// X与Y合作, X携手Y, X和Y达成战略合作.
fn partners(c: &Clauses, e: &mut Emitter) {
    for (n, &a) in c.members.iter().enumerate() {
        if !c.kind(a).is_actor() {
            continue;
        }
        for &b in &c.members[n + 1..] {
            if !c.kind(b).is_actor() {
                continue;
            }
            let (ma, mb) = (&c.mentions[a], &c.mentions[b]);
            // 本田与中国华为: a place written right before the partner is its
            // home, not part of what joins them.
            let home = c.members.iter().copied().find(|&p| {
                c.kind(p) == Place && c.mentions[p].span.end == mb.span.start && c.mentions[p].span.start >= ma.span.end
            });
            let joint_end = home.map_or(mb.span.start, |p| c.mentions[p].span.start);
            let between = partner_joint(c.text(ma.span.end, joint_end));
            let clause_end = c.clause_of(mb.span.start).end;
            let after = c.text(mb.span.end, clause_end);
            // 软通动力和润和软件都是华为的合作伙伴: both are the third
            // one's partners, not each other's (the list carries it on).
            let shared = c.members.iter().copied().find(|&w| {
                let mw = &c.mentions[w];
                c.kind(w).is_actor()
                    && mw.span.start > mb.span.end
                    && mw.span.end <= clause_end
                    && matches!(
                        c.text(mb.span.end, mw.span.start),
                        "都是" | "均为" | "均是" | "同为" | "都为" | "是" | "为"
                    )
                    && ["的合作伙伴", "的战略合作伙伴", "合作伙伴", "的合作方"]
                        .iter()
                        .any(|t| c.text(mw.span.end, clause_end).starts_with(t))
            });
            if let Some(w) = shared {
                e.emit(c, b, Predicate::PartnerOf, w, Rule::REL_PARTNER);
                break;
            }
            // 包括A、B和C在内的药企都与中国公司签署了协议: a list whose
            // members each deal with a third party, not with each other.
            // 星河与腾讯和百度等合作伙伴签约: a list closed by 等 and a word
            // for partners names someone else's partners, not each other's.
            let listed_partners = after.strip_prefix('等').is_some_and(|rest| {
                let head: String = rest.chars().take(6).collect();
                crate::cues::PARTNER_NOUNS.iter().any(|w| head.contains(w))
            });
            let each_with_another = after.starts_with("在内")
                || listed_partners
                || ["都与", "均与", "分别与", "纷纷与", "都和", "均和", "分别和"].iter().any(|w| after.contains(w));
            // 华为、上汽之间的合作: two firms and what is between them.
            let mutual = matches!(between, "、" | "与" | "和") && after.starts_with("之间");
            // (早期在Google和OpenAI的合作: work done at both, not between them.)
            let at_both =
                c.text(c.clause_of(ma.span.start).start, ma.span.start).ends_with('在') && after.starts_with('的');
            let joined = !each_with_another
                && !at_both
                && (mutual || matches!(between, "与" | "和" | "同" | "携手" | "联合" | "联手" | "牵手" | "跟"));
            // 本轮由A和B共同投资: a round's co-investors, not partners.
            // 高瓴资本和红杉中国联合领投了这轮融资: a round's co-leads too
            // (but 和软银共同投资了星际之门 builds something together).
            // 获得A和B的联合投资: a round's co-investors too.
            let received = c.text(c.clause_of(ma.span.start).start, ma.span.start).contains('获')
                && ["联合投资", "共同投资", "联合注资", "共同注资"].iter().any(|w| after.contains(w));
            let invest = received
                || !after.contains("合作")
                    && (c.text(c.clause_of(ma.span.start).start, ma.span.start).contains('由')
                        && ["共同投资", "共同出资", "联合投资", "共同领投", "联合领投"]
                            .iter()
                            .any(|w| after.contains(w))
                        || ["领投", "跟投", "参投"]
                            .iter()
                            .any(|w| after.trim_start_matches(['联', '合', '共', '同']).starts_with(w)));
            let cooperate = !invest && crate::cues::COOPERATION_WORDS.iter().any(|w| after.contains(w));
            // 与谷歌旗下人工智能公司DeepMind合作: the unit named after the
            // parent is the partner.
            let unit = c.members.iter().copied().find(|&w| {
                let mw = &c.mentions[w];
                c.kind(w).is_actor() && mw.span.start >= mb.span.end && mw.span.end <= clause_end && {
                    let joint = c.text(mb.span.end, mw.span.start).replace(' ', "");
                    (joint.starts_with("旗下") || joint.starts_with("的"))
                        && joint.chars().count() <= 12
                        && (joint == "旗下"
                            || joint == "旗下的"
                            || crate::cues::FIRM_NOUNS.iter().any(|n| joint.ends_with(n)))
                }
            });
            let b = unit.unwrap_or(b);
            // X联合A、B等设立/发起…: joining with others to make something.
            // (X联合A、B，发布了…: the act may open the next clause.)
            let act_next = clause_end < c.span.end && c.doc.chars[clause_end] == ',' && {
                let next = c.clause_of(clause_end + 1);
                let lead = c.text(next.start, next.end);
                let lead = crate::cues::JOINT_ACT_LEADS.iter().fold(lead, |t, w| t.strip_prefix(w).unwrap_or(t));
                crate::cues::JOINT_ACTS.iter().any(|w| lead.starts_with(w))
            };
            // (X联合石景山某产业基金、A、B等设立…: the first one joined is a
            // name not recognized, the list goes on with the names found.)
            let unnamed_first = c.text(ma.span.end, joint_end).trim().strip_prefix("联合").is_some_and(|rest| {
                rest.strip_suffix('、').is_some_and(|item| {
                    (2..=20).contains(&item.chars().count())
                        && item.chars().all(|ch| ('\u{4E00}'..='\u{9FFF}').contains(&ch) || ch.is_ascii_alphanumeric())
                        && !item.contains('的')
                        && !c
                            .members
                            .iter()
                            .any(|&w| c.mentions[w].span.start >= ma.span.end && c.mentions[w].span.end <= joint_end)
                })
            });
            let jointly_made = (between == "联合" || unnamed_first)
                && (act_next || crate::cues::JOINT_ACTS.iter().any(|w| after.contains(w)));
            if (joined && cooperate) || jointly_made || matches!(between, "携手" | "联手" | "牵手") {
                e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_PARTNER);
            }
            break;
        }
    }
    // 百川智能是…公司，其与海淀区卫健委签署战略合作: 其/该公司 opening the
    // clause stands for the sentence's first actor.
    // (财联社2月12日电: a wire's byline is not the sentence's actor.)
    let byline = |i: usize| {
        let after = c.text(c.mentions[i].span.end, (c.mentions[i].span.end + 10).min(c.span.end));
        after.starts_with(|ch: char| ch.is_ascii_digit()) && (after.contains('电') || after.contains('讯'))
    };
    let topic = c.members.iter().copied().find(|&i| c.kind(i).is_actor() && !byline(i));
    for &b in &c.members {
        let Some(a) = topic.filter(|&a| a != b && c.kind(b).is_actor()) else { continue };
        let clause = c.clause_of(c.mentions[b].span.start);
        if c.mentions[a].span.end > clause.start {
            continue;
        }
        let lead = c.text(clause.start, c.mentions[b].span.start);
        let after = c.text(c.mentions[b].span.end, clause.end);
        // 松下…，并与甲骨文合作: a clause that opens with the conjunction
        // goes on with the sentence's actor.
        // (Not when that actor is a cited source, 路透社表示，…并与博通…, or
        // is itself the object of a conjunction or preposition, 公司与联想…，与纬创….)
        let topic_acts = {
            let from = c.clause_of(c.mentions[a].span.start).start;
            let before = c.text(from, c.mentions[a].span.start).trim_end();
            let said = c.text(c.mentions[a].span.end, (c.mentions[a].span.end + 3).min(c.span.end));
            !is_cited(c, a)
                && !crate::cues::REPORTING_VERBS.iter().chain(&["称", "说"]).any(|v| said.starts_with(v))
                && !before.ends_with(['与', '和', '跟', '同', '对', '向', '据', '被', '把', '给', '及', '、'])
        };
        let subjectless = topic_acts
            && matches!(partner_joint(lead.trim_start_matches(['并', '同', '时'])), "与" | "同" | "跟")
            && !c.members.iter().any(|&i| {
                i != b
                    && c.kind(i).is_actor()
                    && c.mentions[i].span.start >= clause.start
                    && c.mentions[i].span.end <= c.mentions[b].span.start
            });
        if (crate::cues::PRONOUN_PARTNER_LEADS.contains(&lead) || subjectless)
            && crate::cues::COOPERATION_WORDS.iter().any(|w| after.contains(w))
            && !["未", "没有", "无任何", "不存在"].iter().any(|w| c.text(clause.start, clause.end).contains(w))
        {
            e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_PARTNER);
        }
    }
    fronted_partner(c, e);
    both_parties(c, e);
    advisors(c, e);
    partner_nouns(c, e);
}

/// 受与苹果合作消息催化，阿里巴巴股价连续飙涨; 与苹果的合作，对阿里来说…: a
/// sentence that opens with a subjectless 与X合作 is about the actor its next
/// clause names, and that actor is X's partner.
fn fronted_partner(c: &Clauses, e: &mut Emitter) {
    // The first name of the sentence, in its first clause or after a short
    // one of time (近日，受与苹果合作…).
    let Some(&b) = c.members.first().filter(|&&i| c.kind(i).is_actor()) else {
        return;
    };
    let clause = c.clause_of(c.mentions[b].span.start);
    if c.text(c.span.start, clause.start).chars().count() > 8 || clause.end >= c.span.end {
        return;
    }
    let lead = c.text(clause.start, c.mentions[b].span.start).trim();
    let lead = crate::cues::FRONTED_OCCASIONS.iter().fold(lead, |t, w| t.strip_prefix(w).unwrap_or(t));
    if !matches!(lead, "与" | "同" | "跟") {
        return;
    }
    let text = c.text(clause.start, clause.end);
    let cooperate = crate::cues::COOPERATION_WORDS.iter().any(|w| text.contains(w));
    // 与谷歌合作相比, 与X的合作不同: a comparison; 未与X合作: none.
    let contrast = ["相比", "不同", "一样", "类似", "竞争", "未", "没有", "无"].iter().any(|w| text.contains(w));
    if !cooperate || contrast {
        return;
    }
    let partner = c.members.iter().copied().find(|&i| {
        c.kind(i).is_actor()
            && c.mentions[i].span.start > clause.end
            && c.mentions[i].text != c.mentions[b].text
            && !is_cited(c, i)
    });
    if let Some(a) = partner {
        e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_PARTNER);
    }
}

/// What joins two firms said to work together, with what may stand around
/// it taken away: adverbs and stances before the conjunction (腾讯也将与…,
/// OpenAI正在与…, 三星选择了与…), an occasion (在CES展上宣布与…), and a
/// description of the second firm after it (与韩国最大的社交应用运营商Kakao,
/// 跟地球观测卫星公司 Planet Labs). Returns the bare conjunction when that is
/// all there is.
fn partner_joint(between: &str) -> &str {
    let mut rest = between.trim();
    // 在2023年CES电子消费展上宣布与…: an occasion first.
    if let Some(tail) = rest.strip_prefix('在') {
        // (在大模型方面也选择了与…: a field as the occasion.)
        let end = tail
            .find(['上', '中'])
            .map(|e| (e, '上'.len_utf8()))
            .or_else(|| tail.find("方面").map(|e| (e, "方面".len())));
        if let Some((end, len)) = end {
            let occasion = &tail[..end];
            if occasion.chars().count() <= 14 && !occasion.chars().any(is_clause_break) {
                rest = &tail[end + len..];
            }
        }
    }
    loop {
        let trimmed = crate::cues::PARTNER_ADVERBS.iter().fold(rest.trim_start(), trim_start_word);
        if trimmed == rest {
            break;
        }
        rest = trimmed;
    }
    let rest = rest.trim();
    // 与韩国最大的社交应用运营商Kakao: the conjunction, then a firm noun.
    for conj in ["与", "和", "同", "跟"] {
        if let Some(description) = rest.strip_prefix(conj) {
            let description = description.trim();
            if description.is_empty() {
                return conj;
            }
            let short = description.chars().count() <= 16;
            let plain = !description.chars().any(|ch| is_clause_break(ch) || matches!(ch, '、' | '与' | '和' | '及'));
            if short && plain && crate::cues::FIRM_NOUNS.iter().any(|n| description.ends_with(n)) {
                return conj;
            }
        }
    }
    rest
}

/// 联合国产算力合作伙伴沐曦, 选取阿里巴巴作为AI合作伙伴: a firm named as the
/// partner of the clause's actor.
fn partner_nouns(c: &Clauses, e: &mut Emitter) {
    for &b in &c.members {
        if !c.kind(b).is_actor() {
            continue;
        }
        let mb = &c.mentions[b];
        let clause = c.clause_of(mb.span.start);
        let before = c.text(clause.start, mb.span.start);
        let after = c.text(mb.span.end, clause.end);
        let named_partner = crate::cues::PARTNER_NOUNS.iter().any(|n| before.ends_with(n));
        let as_partner = after.starts_with("作为") && {
            let rest = &after["作为".len()..];
            // (选择阿里作为在中国的本地化合作伙伴: a few words of scope.)
            rest.find("合作伙伴").is_some_and(|at| rest[..at].chars().count() <= 12)
        };
        if !(named_partner || as_partner) {
            continue;
        }
        // The actor: the last one named before it that is no cited source
        // (据The Information报道，苹果…选择了百度作为合作伙伴).
        let actor =
            c.members.iter().copied().rfind(|&i| {
                i != b && c.kind(i).is_actor() && c.mentions[i].span.end <= mb.span.start && !is_cited(c, i)
            });
        if let Some(a) = actor {
            e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_PARTNER);
        }
    }
}

/// 辅导机构为海通证券, 联席保荐人为高盛: the bank that takes a company to
/// market works with it (ANNOTATION.md's gold counts it as partnerOf).
fn advisors(c: &Clauses, e: &mut Emitter) {
    for &b in &c.members {
        if c.kind(b) != Company {
            continue;
        }
        let mb = &c.mentions[b];
        let clause = c.clause_of(mb.span.start);
        let before = c.text(clause.start, mb.span.start);
        if !crate::cues::ADVISOR_ROLES.iter().any(|r| before.contains(r)) {
            continue;
        }
        // The company going to market: the last company named before the
        // role's clause in this sentence, not the exchange it goes to
        // (向港交所递交招股书).
        let client = c.members.iter().copied().rfind(|&i| {
            c.kind(i) == Company
                && c.mentions[i].span.end <= clause.start
                && !c.text(c.clause_of(c.mentions[i].span.start).start, c.mentions[i].span.start).ends_with('向')
        });
        if let Some(a) = client {
            e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_ADVISOR);
        }
    }
    // 摩根士丹利和高盛是此次SailPoint上市的承销商: the banks open the
    // clause, the company going to market stands between 是 and the role.
    for &b in &c.members {
        let mb = &c.mentions[b];
        let clause = c.clause_of(mb.span.start);
        let after = c.text(mb.span.end, clause.end);
        let Some(role) = crate::cues::ADVISOR_ROLES.iter().filter_map(|r| after.find(r)).min() else {
            continue;
        };
        let Some(copula) = after[..role].find(['是', '为']) else { continue };
        let copula_at = mb.span.end + after[..copula].chars().count();
        let role_at = mb.span.end + after[..role].chars().count();
        // Nothing but banks and the words that list them before 是.
        let mut lead = c.text(clause.start, copula_at).to_string();
        for &o in c.members.iter().filter(|&&o| c.kind(o) == Company) {
            lead = lead.replacen(c.mentions[o].text.as_str(), "", 1);
        }
        let banks_only = lead.chars().all(|ch| "、和与及".contains(ch) || ch.is_whitespace());
        let client = c.members.iter().copied().find(|&i| {
            c.kind(i) == Company && c.mentions[i].span.start > copula_at && c.mentions[i].span.end <= role_at
        });
        if let (Company, Some(a), true) = (c.kind(b), client, banks_only) {
            e.emit(c, a, Predicate::PartnerOf, b, Rule::REL_ADVISOR);
        }
    }
}

/// 推出了App“青鸾”，其背后是M: the model behind the last product or
/// deployment of the clause before. 依托M，X推出了“青鸾”和“白鹭”: a
/// clause that only leans on a model, opening the sentence, gives it to
/// what the next clause makes.
fn models_across_pause(c: &Clauses, e: &mut Emitter) {
    let user_kind = |i: usize| matches!(c.kind(i), Product | Deployment);
    for &model in &c.members {
        if c.kind(model) != Model {
            continue;
        }
        let mm = &c.mentions[model];
        let clause = c.clause_of(mm.span.start);
        let before = c.text(clause.start, mm.span.start).trim();
        if crate::cues::MODEL_BEHIND_CUES.contains(&before) && clause.start > c.span.start {
            let previous = c.clause_of(clause.start - 1);
            let user = c.members.iter().copied().rfind(|&i| {
                user_kind(i) && c.mentions[i].span.start >= previous.start && c.mentions[i].span.end <= previous.end
            });
            if let Some(u) = user {
                e.emit(c, u, Predicate::UsesModel, model, Rule::REL_MODEL_ACROSS_PAUSE);
            }
            continue;
        }
        // 依托M， opening the sentence, with nothing else in its clause.
        let after = c.text(mm.span.end, clause.end).trim();
        if clause.start != c.span.start
            || !crate::cues::LEADING_USE_VERBS.contains(&before)
            || !after.is_empty()
            || clause.end >= c.span.end
        {
            continue;
        }
        let next = c.clause_of(clause.end + 1);
        let text = c.text(next.start, next.end);
        let Some(made_at) = crate::cues::MAKE_VERBS.iter().filter_map(|v| text.find(v)).min() else { continue };
        let made_pos = next.start + text[..made_at].chars().count();
        for &u in &c.members {
            let mu = &c.mentions[u];
            if user_kind(u) && mu.span.start > made_pos && mu.span.end <= next.end {
                e.emit(c, u, Predicate::UsesModel, model, Rule::REL_MODEL_ACROSS_PAUSE);
            }
        }
    }
}

/// 依托通义千问开发的西小服; 元宝接入DeepSeek-R1; 混元应用于微信、QQ.
fn uses_model(c: &Clauses, e: &mut Emitter) {
    for &model in &c.members {
        if c.kind(model) != Model {
            continue;
        }
        let mm = &c.mentions[model];
        let clause = c.clause_of(mm.span.start);
        let before = c.text(clause.start, mm.span.start);
        // Artifact … 接入/基于 Model
        // (工具的整合点: a verb that heads a noun is no act of using.)
        let acts = |v: &&str| {
            before
                .rfind(*v)
                .is_some_and(|at| !crate::cues::VERB_NOUN_HEADS.iter().any(|h| before[at + v.len()..].starts_with(h)))
        };
        if let Some(verb) = crate::cues::MODEL_USE_VERBS.iter().filter(|v| acts(v)).max_by_key(|v| before.rfind(*v)) {
            let verb_pos = clause.start + before[..before.rfind(verb).unwrap()].chars().count();
            // The user is an artifact before the verb, or the one the
            // clause goes on to make (依托M开发的D).
            let after = c.text(mm.span.end, clause.end);
            let made_after =
                ["开发的", "打造的", "构建的", "推出的", "研发的", "训练的", "的"].iter().any(|v| after.contains(v));
            let mut users: Vec<usize> = c
                .members
                .iter()
                .copied()
                .filter(|&i| {
                    c.kind(i).is_artifact()
                        // 医渡科技的YiduCore接入DeepSeek: a model right before
                        // the verb is its user too.
                        && (c.kind(i) != Model
                            || c.mentions[i].entry.is_none_or(|en| Some(en) != mm.entry)
                                && ["接入", "融合", "集成", "整合"].contains(verb)
                                && crate::cues::USE_ADVERBS
                                    .iter()
                                    .fold(c.text(c.mentions[i].span.end, mm.span.start).trim(), |t, a| {
                                        t.strip_prefix(a).unwrap_or(t)
                                    })
                                    .trim_end_matches('了')
                                    == *verb
                                // 融合了BERT和GPT的优势: what it took, not a model it runs.
                                && !c.text(mm.span.end, clause.end).contains("优势"))
                        && c.mentions[i].span.end <= verb_pos
                        && c.mentions[i].span.start >= clause.start
                        // 在昇腾服务器上部署了M: where it runs, not what uses it.
                        && !c.text(clause.start, c.mentions[i].span.start).contains('在')
                        // 通过微信公众号发布《X集成M》: the verb is inside a title.
                        && !{
                            let gap = c.text(c.mentions[i].span.end, verb_pos);
                            gap.contains('《') && !gap.contains('》')
                        }
                        // 抖音上还有接入M的玩具: 有 says there is a thing that
                        // took the model in; the thing after 的 is the user.
                        && !(c.text(c.mentions[i].span.end, verb_pos).trim_end().ends_with('有')
                            && c.text(mm.span.end, clause.end).starts_with('的'))
                })
                .collect();
            // 基于鸿蒙操作系统的小艺助手App已接入M: an artifact that only
            // describes a later one (X的Y, no list between) is not the user.
            let modifiers: Vec<usize> = users
                .iter()
                .copied()
                .filter(|&i| {
                    users.iter().any(|&j| {
                        let gap = c.text(c.mentions[i].span.end, c.mentions[j].span.start);
                        c.mentions[j].span.start >= c.mentions[i].span.end
                            && gap.contains('的')
                            && gap.chars().count() <= 12
                            && !gap.chars().any(|ch| is_clause_break(ch) || matches!(ch, '、' | '和' | '与' | '及'))
                    })
                })
                .collect();
            users.retain(|u| !modifiers.contains(u));
            if made_after {
                users.extend(c.members.iter().copied().filter(|&i| {
                    matches!(c.kind(i), Product | Deployment)
                        && c.mentions[i].span.start >= mm.span.end
                        && c.mentions[i].span.end <= clause.end
                }));
            }
            // 其后又上线基于混元T1的…: the user is the sentence's app.
            if users.is_empty() {
                let lead = c.text(clause.start, verb_pos);
                // (其直播间标题为“接入M的…”: a verb inside a quoted title is
                // no act of the sentence's app.)
                let quoted = lead.contains(['“', '「', '"', '《']);
                if !quoted
                    && (lead.starts_with('其')
                        || lead.starts_with('又')
                        || lead.starts_with('并')
                        || lead.starts_with("还"))
                {
                    users.extend(
                        c.members
                            .iter()
                            .copied()
                            .filter(|&i| {
                                matches!(c.kind(i), Product | Deployment) && c.mentions[i].span.end <= clause.start
                            })
                            .take(1),
                    );
                }
            }
            // 接入四款DeepSeek模型，分别为DeepSeek-R1、DeepSeek-V3: the next
            // clause lists the models the count stood for.
            let next_start = clause.end + 1;
            let listed: Vec<usize> = if next_start < c.span.end
                && ["分别为", "分别是", "包括"].iter().any(|w| c.text(next_start, c.span.end).starts_with(w))
            {
                let next_end = c.clause_of(next_start).end;
                c.members
                    .iter()
                    .copied()
                    .filter(|&i| {
                        c.kind(i) == Model
                            && c.mentions[i].span.start >= next_start
                            && c.mentions[i].span.end <= next_end
                    })
                    .collect()
            } else {
                Vec::new()
            };
            for u in users {
                e.emit(c, u, Predicate::UsesModel, model, Rule::REL_USES_MODEL);
                for &m in &listed {
                    e.emit(c, u, Predicate::UsesModel, m, Rule::REL_USES_MODEL);
                }
            }
        }
        // 把自研的星睿大模型与DeepSeek-R1深度融合: the adopter's own artifact,
        // joined with a model, uses it.
        let tail = c.text(mm.span.end, clause.end);
        let before_trimmed = before.trim_end();
        if let Some(stem) = before_trimmed.strip_suffix('与').or_else(|| before_trimmed.strip_suffix('和')) {
            let joined = crate::cues::JOINING_VERBS.iter().any(|v| tail.contains(v));
            // 其X系统已与M完成融合: an adverb may stand before 与.
            let stem = stem.trim_end().trim_end_matches(['已', '也', '均', '经', '现']).trim_end();
            let stem_end = clause.start + stem.chars().count();
            let own = c.members.iter().copied().find(|&i| {
                i != model && c.kind(i).is_artifact() && c.mentions[i].span.end == stem_end && {
                    let lead = c.text(clause.start, c.mentions[i].span.start);
                    // 红旗九章平台灵犀座舱已与DeepSeek完成深度融合: a product or
                    // deployment needs no marker of its own.
                    matches!(c.kind(i), Product | Deployment)
                        || crate::cues::OWN_MARKERS.iter().any(|w| lead.ends_with(w))
                }
            });
            if let (true, Some(user)) = (joined, own) {
                e.emit(c, user, Predicate::UsesModel, model, Rule::REL_USES_MODEL);
            }
        }
        // (该模型)以X为基座/为基础: the sentence's model builds on X.
        // (采用/基于X作为基座 says the same.)
        let as_base = ["采用", "基于", "选用", "使用"].iter().any(|v| before.ends_with(v))
            && ["作为基座", "作为基础", "作为底座", "作为基础模型", "作为基座模型"].iter().any(|w| tail.starts_with(w));
        if (before.ends_with('以') || before.ends_with("以自家的") || before.ends_with("以自研的"))
            && ["为基座", "为基础", "为底座", "为底层", "为核心"].iter().any(|w| tail.starts_with(w))
            || as_base
        {
            let app = c
                .members
                .iter()
                .copied()
                .find(|&i| matches!(c.kind(i), Product | Deployment) && c.mentions[i].span.end <= mm.span.start);
            if let Some(user) = app.or_else(|| subject_model(c)).filter(|&u| u != model) {
                e.emit(c, user, Predicate::UsesModel, model, Rule::REL_BASE_MODEL);
            }
        }
        // Model 应用于/接入 A、B、C (the model may be the clause's carried subject).
        let after = c.text(mm.span.end, c.span.end);
        // The verb nearest the model (上线讯飞开放平台，支持调用: not the
        // later 调用), the longer one where two start together.
        let nearest = crate::cues::SERVE_VERBS
            .iter()
            .filter_map(|v| after.find(v).map(|p| (p, std::cmp::Reverse(v.len()), v)))
            .min()
            .map(|(p, _, v)| (p, v));
        if let Some((verb_byte, verb)) = nearest {
            let verb_at = mm.span.end + after[..verb_byte].chars().count();
            // Only up to the end of the clause after the verb (brackets included).
            let mut end = c.clause_of(verb_at).end;
            let chars = &c.doc.chars;
            let mut depth = 0;
            let mut p = verb_at;
            while p < c.span.end {
                match chars[p] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    ch if depth == 0 && is_clause_break(ch) => break,
                    _ => {}
                }
                p += 1;
            }
            end = end.max(p);
            let intermediate_model = c.members.iter().any(|&i| {
                i != model
                    && c.kind(i) == Model
                    && c.mentions[i].span.start > mm.span.end
                    && c.mentions[i].span.start < verb_at
            });
            if intermediate_model || c.text(mm.span.end, verb_at).contains('。') {
                continue;
            }
            // 该模型将整合大量技术，包括o3，并应用于ChatGPT: a member of what
            // another subject takes in is not what serves the product.
            if crate::cues::LISTED_OBJECT_LEADS.iter().any(|w| before.ends_with(w)) {
                continue;
            }
            // 你可以把Claude接入WhatsApp: what the reader is told they can do
            // is a possibility, not a product's use of the model.
            if crate::cues::ADDRESSEE_MODALS.iter().any(|w| c.text(clause.start, mm.span.start).contains(w)) {
                continue;
            }
            let live = crate::cues::LIVE_VERBS.contains(verb);
            let said_live = !live || {
                let gap = c.text(mm.span.end, verb_at);
                let gap =
                    crate::cues::USE_ADVERBS.iter().fold(gap.trim(), |t, a| t.strip_prefix(a).unwrap_or(t).trim());
                let gap = gap.trim_start_matches(['全', '系', '尺', '寸', '版', '本', '大', '模', '型', ' ']);
                matches!(gap, "" | "正式" | "全面" | "已" | "已经" | "正" | "率先" | "陆续" | "也" | "将")
            };
            let host_at = verb_at + verb.chars().count();
            for &u in &c.members {
                let um = &c.mentions[u];
                let placed = said_live
                    && (!live || matches!(c.text(host_at, um.span.start).trim(), "" | "了" | "到" | "至" | "于"));
                if matches!(um.kind, Product | Deployment) && um.span.start > verb_at && um.span.end <= end && placed {
                    e.emit(c, u, Predicate::UsesModel, model, Rule::REL_SERVES);
                    // 上线讯飞开放平台(包括DeepSeek-V3和DeepSeek-R1): the
                    // versions the bracket lists are what it runs.
                    for m in bracketed_models(c, um.span.end) {
                        e.emit(c, u, Predicate::UsesModel, m, Rule::REL_SERVES);
                    }
                }
            }
        }
        // R1已经在知乎直答网页和知乎App双端集成上线: 在, where it runs, a verb
        // of going live.
        let tail = c.text(mm.span.end, clause.end);
        if let Some(at) = tail.find('在') {
            let lead = &tail[..at];
            let at_pos = mm.span.end + lead.chars().count();
            let rest = &tail[at + '在'.len_utf8()..];
            let verb = crate::cues::MODEL_HOSTED_VERBS.iter().filter_map(|v| rest.find(v)).min();
            let lead_ok = lead.chars().count() <= 8
                && !c.members.iter().any(|&i| {
                    c.mentions[i].span.start >= mm.span.end && c.mentions[i].span.end <= at_pos && c.kind(i) != Sector
                });
            if let (Some(v), true) = (verb, lead_ok) {
                let verb_at = at_pos + 1 + rest[..v].chars().count();
                let hosts: Vec<usize> = c
                    .members
                    .iter()
                    .copied()
                    .filter(|&i| c.mentions[i].span.start > at_pos && c.mentions[i].span.end <= verb_at)
                    .collect();
                // 在微软的AI平台Azure AI Foundry上线: the owner named on the
                // way hosts nothing itself; its products do.
                let products: Vec<usize> =
                    hosts.iter().copied().filter(|&i| matches!(c.kind(i), Product | Deployment)).collect();
                if !products.is_empty()
                    && hosts.iter().all(|&i| {
                        let owner = c.kind(i).is_actor()
                            && c.text(c.mentions[i].span.end, (c.mentions[i].span.end + 1).min(c.span.end)) == "的";
                        // (…Azure AI Foundry和GitHub: a site joined to a product.)
                        let joined = c.kind(i).is_actor()
                            && hosts.iter().any(|&q| {
                                matches!(c.kind(q), Product | Deployment)
                                    && matches!(
                                        c.text(c.mentions[q].span.end, c.mentions[i].span.start).trim(),
                                        "和" | "、" | "及" | "与"
                                    )
                            });
                        matches!(c.kind(i), Product | Deployment) || owner || joined
                    })
                    && c.text(at_pos + 1, verb_at).chars().count() <= 36
                {
                    for u in products {
                        e.emit(c, u, Predicate::UsesModel, model, Rule::REL_SERVES);
                    }
                }
            }
        }
    }
}

/// The models a bracket right after `pos` lists: (包括DeepSeek-V3和DeepSeek-R1).
fn bracketed_models(c: &Clauses, pos: usize) -> Vec<usize> {
    let head = c.text(pos, (pos + 4).min(c.span.end));
    if !["(包括", "(含", "(即"].iter().any(|w| head.starts_with(w)) {
        return Vec::new();
    }
    let close = (pos..c.span.end).find(|&p| c.doc.chars[p] == ')').unwrap_or(pos);
    c.members
        .iter()
        .copied()
        .filter(|&i| c.kind(i) == Model && c.mentions[i].span.start > pos && c.mentions[i].span.end <= close)
        .collect()
}

/// “息壤”智算平台，率先完成国产算力与DeepSeek-R1的深度适配; 基于星罗平台实现
/// 国产算力适配DeepSeek-R1模型: a platform that completes the work of running
/// a model (完成/实现 … 适配/接入/部署) runs it. The platform is the last
/// product named before 完成/实现 in the sentence, with no other model or
/// product on the way.
fn completed_adaptation(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{ADAPTATION_NOUNS, COMPLETION_VERBS};
    for &m in &c.members {
        if c.kind(m) != Model {
            continue;
        }
        let mm = &c.mentions[m];
        let clause = c.clause_of(mm.span.start);
        let before = c.text(clause.start, mm.span.start);
        let after = c.text(mm.span.end, clause.end);
        // 完成…与M的深度适配 (the noun after M), 实现…适配M (the verb before).
        let noun_after = after.strip_prefix("系列大模型").or_else(|| after.strip_prefix("大模型")).unwrap_or(after);
        let noun_after = noun_after.trim_start_matches(['模', '型']);
        let noun_after = noun_after
            .strip_prefix('的')
            .map(|t| t.trim_start_matches("深度").trim_start_matches("全面"))
            .is_some_and(|t| ADAPTATION_NOUNS.iter().any(|n| t.starts_with(n)));
        let verb_before = ADAPTATION_NOUNS.iter().any(|n| before.contains(n));
        let Some(done) = COMPLETION_VERBS.iter().filter_map(|v| before.find(v)).min() else { continue };
        if !(noun_after || verb_before) {
            continue;
        }
        let done_at = clause.start + before[..done].chars().count();
        let user = c
            .members
            .iter()
            .copied()
            .rfind(|&i| c.mentions[i].span.end <= done_at && matches!(c.kind(i), Product | Deployment | Model));
        let Some(user) = user.filter(|&u| matches!(c.kind(u), Product | Deployment)) else { continue };
        let between_models = c.members.iter().any(|&i| {
            i != m
                && c.kind(i) == Model
                && c.mentions[i].span.start >= c.mentions[user].span.end
                && c.mentions[i].span.end <= mm.span.start
                && c.text(c.mentions[i].span.end, mm.span.start).chars().count() > 1
        });
        if !between_models && c.mentions[user].span.start + 60 >= mm.span.start {
            e.emit(c, user, Predicate::UsesModel, m, Rule::REL_USES_MODEL);
        }
    }
}

/// …完成DeepSeek全系列模型的接入，猛士、奕派等车型将陆续搭载: a use verb
/// that closes its clause with no model after it takes the model of the
/// clause before, and the products before the verb are its users.
fn objectless_use(c: &Clauses, e: &mut Emitter) {
    for &u in &c.members {
        if !matches!(c.kind(u), Product | Deployment) {
            continue;
        }
        let um = &c.mentions[u];
        let clause = c.clause_of(um.span.start);
        if clause.start < c.span.start + 2 {
            continue;
        }
        let after = c.text(um.span.end, clause.end);
        let rest = after.trim_end_matches(['了', '。', '!', '？', '?', ' ']);
        let closes = crate::cues::OBJECTLESS_USE_VERBS.iter().any(|v| rest.ends_with(v));
        let model_after = c.members.iter().any(|&i| {
            c.kind(i) == Model && c.mentions[i].span.start >= um.span.end && c.mentions[i].span.end <= clause.end
        });
        if !closes || model_after {
            continue;
        }
        let previous = c.clause_of(clause.start - 2);
        let model = c.members.iter().copied().rfind(|&i| {
            c.kind(i) == Model && c.mentions[i].span.start >= previous.start && c.mentions[i].span.end <= previous.end
        });
        if let Some(model) = model {
            e.emit(c, u, Predicate::UsesModel, model, Rule::REL_USES_MODEL);
        }
    }
}

/// 在政务领域, … 西小服 …: deployments and products in a sector's
/// sentence (and the next one) are applied in that sector.
fn sector_scope(c: &Clauses, next: Option<&Clauses>, e: &mut Emitter) {
    for &s in &c.members {
        if c.kind(s) != Sector || c.mentions[s].rule != Rule::DICT_SECTOR_SCOPE {
            continue;
        }
        let sm = &c.mentions[s];
        let before = c.text(c.clause_of(sm.span.start).start, sm.span.start);
        // 在社交媒体发文: where someone posts, not a field something serves.
        let after = c.text(sm.span.end, (sm.span.end + 3).min(c.span.end));
        if crate::cues::VENUE_WORDS_AFTER.iter().any(|w| after.starts_with(w)) {
            continue;
        }
        // 传媒、汽车、机器人概念拉升: stocks of a field, not a field served;
        // 通信行业资深观察人士X: a field that describes a person.
        let clause = c.clause_of(sm.span.start);
        let tail = c.text(sm.span.end, (sm.span.end + 8).min(clause.end));
        let tail = ["行业", "领域", "产业"].iter().fold(tail, |t, w| t.strip_prefix(w).unwrap_or(t));
        if crate::cues::STOCK_GROUP_WORDS.iter().any(|w| c.text(clause.start, clause.end).contains(w))
            || crate::cues::FIELD_PERSON_WORDS.iter().any(|w| tail.starts_with(w))
        {
            continue;
        }
        if !(before.ends_with('在')
            || before.ends_with("在这一")
            || before.is_empty()
            || before.ends_with("面向")
            || before.ends_with("针对")
            || before.ends_with("聚焦"))
        {
            continue;
        }
        let mut targets: Vec<(&Clauses, usize)> =
            c.members.iter().filter(|&&i| c.mentions[i].span.start > sm.span.end).map(|&i| (c, i)).collect();
        if let Some(n) = next.filter(|n| c.doc.sentences[n.sentence].paragraph == c.doc.sentences[c.sentence].paragraph)
        {
            targets.extend(n.members.iter().map(|&i| (n, i)));
        }
        // X…,在医疗领域已有…试用: the artifact the sentence is about may come first.
        if targets.is_empty() {
            if let Some(&i) =
                c.members.iter().rfind(|&&i| c.kind(i).is_artifact() && c.mentions[i].span.end <= sm.span.start)
            {
                targets.push((c, i));
            }
        }
        // The sentence's model is applied there, unless an app stands in
        // the scope: then the field is the app's, and an app's field from a
        // sentence's scope was right 1 time in 7 by reading (samples 8 to
        // 12), so none is drawn; ones built for a field are left to the
        // deployment rules.
        if targets.iter().any(|(cl, i)| matches!(cl.kind(*i), Deployment | Product)) {
            continue;
        }
        if let Some(&(_, m)) = targets.iter().find(|(cl, i)| cl.kind(*i) == Model && cl.sentence == c.sentence) {
            e.emit(c, m, Predicate::AppliedIn, s, Rule::REL_SECTOR_SCOPE_MODEL);
        }
    }
}

/// 天眼查App信息显示, 告诉钛媒体App: a source the sentence cites, not what
/// it is about.
fn is_cited(c: &Clauses, i: usize) -> bool {
    let m = &c.mentions[i];
    let after = c.text(m.span.end, (m.span.end + 4).min(c.span.end));
    let before = c.text(m.span.start.saturating_sub(2).max(c.span.start), m.span.start);
    crate::cues::CITING_VERBS.iter().any(|v| after.starts_with(v) || after.starts_with(&format!("信息{v}")))
        || after.starts_with("报道")
        || after.starts_with("援引")
        // (C114了解到，…: the outlet that learned it.)
        || ["了解到", "获悉", "获知"].iter().any(|w| after.starts_with(w))
        || before.ends_with("告诉")
        || before.ends_with('据')
}

/// 百度自动驾驶出行服务平台Apollo Go: a sector word in the description
/// right before a product's name.
fn sector_descriptor(c: &Clauses, e: &mut Emitter) {
    for w in c.members.windows(2) {
        let (s, a) = (w[0], w[1]);
        if c.kind(s) != Sector || !matches!(c.kind(a), Product | Deployment | Model) {
            continue;
        }
        // 人工智能大模型DeepSeek: an AI model, not one applied in AI.
        if crate::cues::OPEN_FIELD_WORDS.contains(&c.mentions[s].text.as_str()) {
            continue;
        }
        let between = c.text(c.mentions[s].span.end, c.mentions[a].span.start);
        if between.chars().count() <= 8
            && !between.chars().any(is_clause_break)
            && ["平台", "服务", "应用", "产品", "助手", "系统", "大模型", "模型", "品牌", "App"]
                .iter()
                .any(|n| between.ends_with(n))
        {
            e.emit(c, a, Predicate::AppliedIn, s, Rule::REL_SECTOR_DESCRIPTOR);
        }
    }
    // 抖音、快手等短视频平台, 包括TikTok在内的短视频平台: a list closed by 等
    // (or 在内的) and a field's kind of product is that field's.
    for (n, &s) in c.members.iter().enumerate() {
        if c.kind(s) != Sector || n == 0 {
            continue;
        }
        let after = c.text(c.mentions[s].span.end, (c.mentions[s].span.end + 3).min(c.span.end));
        if !crate::cues::SECTOR_GROUP_KINDS.iter().any(|k| after.starts_with(k)) {
            continue;
        }
        let closing = c.text(c.mentions[c.members[n - 1]].span.end, c.mentions[s].span.start);
        if !matches!(closing, "等" | "在内的" | "等等") {
            continue;
        }
        // From the last member back, while list joints join them.
        for k in (0..n).rev() {
            let last = c.members[k];
            if matches!(c.kind(last), Product | Deployment | Model) {
                e.emit(c, last, Predicate::AppliedIn, s, Rule::REL_SECTOR_GROUP);
            }
            let Some(&prev) = k.checked_sub(1).and_then(|p| c.members.get(p)) else { break };
            let joint = c.text(c.mentions[prev].span.end, c.mentions[last].span.start);
            // (微信、抖音以及淘宝、拼多多等电商平台: 以及 may join two lists.)
            if !crate::cues::LIST_SEPARATORS.contains(&joint) || joint.contains("以及") {
                break;
            }
        }
    }
}

/// 讯飞星火医疗大模型 → 医疗: the sector word inside the name.
fn sector_in_name(c: &Clauses, e: &mut Emitter) {
    for &s in &c.members {
        if c.mentions[s].rule != Rule::DICT_SECTOR_IN_NAME {
            continue;
        }
        let inner = c.mentions[s].span;
        if let Some(&a) = c.members.iter().find(|&&a| a != s && c.mentions[a].span.contains(inner)) {
            e.emit(c, a, Predicate::AppliedIn, s, Rule::REL_SECTOR_IN_NAME);
        }
    }
}

/// 基于混合专家(MoE)架构的豆包·深度思考模型; 混元采用MoE架构; MoE模型DeepSeek-V3.
fn technologies(c: &Clauses, e: &mut Emitter) {
    for &t in &c.members {
        if c.kind(t) != Technology {
            continue;
        }
        let tm = &c.mentions[t];
        // MoE模型DeepSeek-V3, (MoE架构)的Step-2: the technique describes
        // the model named right after it.
        let described = c.members.iter().copied().find(|&i| {
            c.kind(i) == Model
                && c.mentions[i].span.start >= tm.span.end
                && c.mentions[i].span.start <= tm.span.end + 8
                && {
                    let link: String = c
                        .text(tm.span.end, c.mentions[i].span.start)
                        .chars()
                        .filter(|ch| !matches!(ch, ' ' | ')' | '）'))
                        .collect();
                    crate::cues::TECHNOLOGY_MODEL_LINKS.contains(&link.as_str())
                }
        });
        // 没有检索增强的GPT-4o: a model described by what it lacks.
        let lacks = || {
            let before = c.text(tm.span.start.saturating_sub(3).max(c.span.start), tm.span.start);
            ["没有", "未", "无", "不", "不用", "未经"].iter().any(|w| before.ends_with(w))
        };
        // 生成式AI模型Lava, 开源模型X: a word for a kind of model says what
        // the model is, not a technique it uses.
        let category = crate::cues::MODEL_CATEGORY_WORDS.contains(&tm.text.as_str());
        if let Some(m) = described {
            if !lacks() && !category {
                e.emit(c, m, Predicate::UsesTechnology, t, Rule::REL_TECHNOLOGY_DESCRIBED);
            }
            continue;
        }
        let clause = c.clause_of(tm.span.start);
        let before = c.text(clause.start, tm.span.start);
        // (没有使用MCTS: a technique denied.)
        let uses = crate::cues::TECHNOLOGY_USE_VERBS.iter().any(|v| {
            // (是否应使用PPO: a technique asked about.)
            before.find(v).is_some_and(|p| {
                !["没有", "未", "并未", "不", "没", "是否", "是否应", "是否要", "无需", "不再"]
                    .iter()
                    .any(|n| before[..p].ends_with(n))
            })
        });
        // V3、R1模型是具有…能力的MoE（多专家）架构大模型: a copula and a kind
        // of model the technique builds.
        let kind_after = {
            let after = c.text(tm.span.end, (tm.span.end + 16).min(clause.end));
            let after = match after.strip_prefix(['(', '（']) {
                Some(rest) => rest.split_once([')', '）']).map_or(rest, |(_, r)| r),
                None => after,
            };
            crate::cues::TECHNOLOGY_KIND_OF_MODEL.iter().any(|k| after.trim_start().starts_with(k))
        };
        // (R1的对手是MoE架构大模型: what is said to be of that kind is
        // another subject, after 的.)
        let copula = before.rfind('是').is_some_and(|at| {
            let shi = clause.start + before[..at].chars().count();
            c.members.iter().rev().any(|&i| {
                c.kind(i) == Model
                    && c.mentions[i].span.end <= shi
                    && c.mentions[i].span.start >= clause.start
                    && !c.text(c.mentions[i].span.end, shi).contains('的')
            })
        });
        let uses = uses || (kind_after && copula);
        if !uses {
            continue;
        }
        // The model the clause is about: the first one after the
        // technology (基于MoE架构的X), else the last one before it.
        let after_model = c.members.iter().copied().find(|&i| {
            c.kind(i) == Model && c.mentions[i].span.start > tm.span.end && c.mentions[i].span.end <= clause.end
        });
        let before_model = c.members.iter().copied().rfind(|&i| {
            c.kind(i) == Model && c.mentions[i].span.end <= tm.span.start && c.mentions[i].span.start >= clause.start
        });
        // 允许用户通过模型蒸馏训练其他模型, 大模型基于大数据…: the clause has a
        // subject of its own (people, or models in general), not the
        // sentence's model.
        let previous_clause =
            if clause.start > c.span.start + 1 { c.clause_of(clause.start - 2).start } else { clause.start };
        let own_subject =
            crate::cues::OTHER_TECHNIQUE_USERS.iter().any(|w| c.text(previous_clause, tm.span.start).contains(w));
        // A clause without a model of its own carries the model of the
        // clause before it (发布豆包1.5 Pro，采用新的MoE架构), not the
        // sentence's first model when several are named.
        let fallback = || {
            if own_subject {
                return None;
            }
            let earlier = |i: usize| c.kind(i) == Model && c.mentions[i].span.end <= clause.start;
            let models: Vec<usize> = c.members.iter().copied().filter(|&i| earlier(i)).collect();
            let one_model = models.windows(2).all(|w| c.mentions[w[0]].text == c.mentions[w[1]].text);
            if models.is_empty() || one_model {
                return subject_model(c);
            }
            c.members.iter().copied().rfind(|&i| earlier(i) && c.mentions[i].span.start >= previous_clause)
        };
        if let Some(m) = after_model.or(before_model).or_else(fallback) {
            // 基于Qwen-32B蒸馏的模型, 从Gemini中蒸馏: the model distilled from
            // is the teacher, not a user of distillation.
            let mm = &c.mentions[m];
            let teacher = tm.text.contains("蒸馏")
                && mm.span.end <= tm.span.start
                && (["", "中", "模型中", "模型", "的"].contains(&c.text(mm.span.end, tm.span.start))
                    || ["从", "基于", "利用", "用"].iter().any(|w| c.text(clause.start, mm.span.start).ends_with(w)));
            if !teacher {
                e.emit(c, m, Predicate::UsesTechnology, t, Rule::REL_TECHNOLOGY);
            }
        }
    }
}

/// The model a sentence is about: its first model that is not the object
/// of 以/基于, or, for 该模型/其, the last model named before the sentence.
fn subject_model(c: &Clauses) -> Option<usize> {
    let text = c.text(c.span.start, c.span.end);
    if text.starts_with("该模型")
        || text.starts_with("这个模型")
        || text.starts_with("该系列")
        || text.starts_with('其')
    {
        return c.antecedent(c.span.start, 1, |i| c.kind(i) == Model);
    }
    c.members.iter().copied().find(|&i| {
        let before = c.text(c.span.start, c.mentions[i].span.start);
        c.kind(i) == Model
            && !["以", "基于", "依托", "接入", "采用"]
                .iter()
                .any(|v| before.ends_with(v) || before.ends_with(&format!("{v}自家的")))
    })
}

/// 在VBench中位居榜首, 在AIME上得分…: the clause's model was evaluated there.
fn benchmarks(c: &Clauses, e: &mut Emitter) {
    for &b in &c.members {
        if c.kind(b) != Benchmark {
            continue;
        }
        let bm = &c.mentions[b];
        // The model is named earlier in the sentence (possibly in an earlier
        // clause: 通义万相2.1已…, 并在VBench中位居榜首).
        // 在AIME 2024测试中,DeepSeek-R1的准确率…: the model may follow.
        let model = c
            .members
            .iter()
            .copied()
            .rfind(|&i| c.kind(i) == Model && c.mentions[i].span.end <= bm.span.start)
            .or_else(|| {
                let clause = c.clause_of(bm.span.start);
                let next_clause_end = c.clause_of((clause.end + 1).min(c.span.end.saturating_sub(1))).end;
                c.members.iter().copied().find(|&i| {
                    c.kind(i) == Model
                        && c.mentions[i].span.start >= bm.span.end
                        && c.mentions[i].span.end <= next_clause_end
                })
            })
            .or_else(|| {
                // 在A、B…等测评中，M…: the frame closes clauses later.
                let rest = c.text(bm.span.end, c.span.end);
                let frame_end = rest.find("中,").or_else(|| rest.find("上,"))?;
                let frame_end = bm.span.end + rest[..frame_end].chars().count();
                c.members.iter().copied().find(|&i| c.kind(i) == Model && c.mentions[i].span.start > frame_end)
            });
        let after = c.text(bm.span.end, c.clause_of(bm.span.start).end.min(c.span.end));
        let before = c.text(c.clause_of(bm.span.start).start, bm.span.start);
        let scored = [
            "榜首",
            "第一",
            "得分",
            "分数",
            "成绩",
            "排名",
            "领先",
            "超越",
            "位居",
            "登顶",
            "评测",
            "测评",
            "基准测试",
            "测试",
            "准确率",
            "达到",
            "取得",
            "表现",
            "登上",
            "霸榜",
            "斩获",
            "上榜",
            "夺冠",
            "冠军",
        ]
        .iter()
        .any(|w| after.contains(w) || before.contains(w));
        let sentence = c.text(c.span.start, c.span.end);
        // 登上/霸榜/位列 X榜单: the verb puts the model on the benchmark.
        let on = before.contains('在')
            || before.contains("于")
            || crate::cues::RANKING_VERBS.iter().any(|v| before.contains(v))
            || after.starts_with("上")
            || after.starts_with("中")
            || after.starts_with("榜")
            || (sentence.contains('在') && ["基准", "评测", "榜单", "测试"].iter().any(|w| sentence.contains(w)));
        let scored = scored || ["得分", "分数", "成绩", "准确率", "榜"].iter().any(|w| sentence.contains(w));
        if let (Some(m), true, true) = (model, scored, on) {
            e.emit(c, m, Predicate::EvaluatedOn, b, Rule::REL_BENCHMARK);
            // A comparison on the benchmark (X比肩Y, 超越了A、B及C), or a
            // sentence framed by the benchmark (在X等测评中, …), puts every
            // model it names on that benchmark.
            let framed = before.contains('在') && (after.contains('中') || after.contains('上'));
            if framed || crate::cues::COMPARISON_WORDS.iter().any(|w| sentence.contains(w)) {
                for &other in c.members.iter().filter(|&&i| i != m && c.kind(i) == Model && !c.parenthetical(i)) {
                    e.emit(c, other, Predicate::EvaluatedOn, b, Rule::REL_BENCHMARK_COMPARED);
                }
            }
        }
    }
}

/// Chatbot Arena 榜单放榜。Qwen2.5-Max以1332分，超过DeepSeek V3…: a
/// sentence about one benchmark, then results that name no benchmark of
/// their own. The first model scored is on it, and so are those it is
/// compared with.
fn benchmark_results(prev: &Clauses, c: &Clauses, e: &mut Emitter) {
    let mut benchmarks = prev.members.iter().copied().filter(|&i| prev.kind(i) == Benchmark);
    let (Some(b), None) = (benchmarks.next(), benchmarks.next()) else {
        return;
    };
    if c.members.iter().any(|&i| c.kind(i) == Benchmark) {
        return;
    }
    let sentence = c.text(c.span.start, c.span.end);
    let result = crate::cues::BENCHMARK_RESULT_WORDS.iter().any(|w| sentence.contains(w))
        || sentence.char_indices().any(|(at, ch)| ch == '分' && sentence[..at].ends_with(|d: char| d.is_ascii_digit()));
    if !result {
        return;
    }
    let Some(m) = c.members.iter().copied().find(|&i| c.kind(i) == Model && !c.parenthetical(i)) else {
        return;
    };
    e.emit(c, m, Predicate::EvaluatedOn, b, Rule::REL_BENCHMARK);
    if crate::cues::COMPARISON_WORDS.iter().any(|w| sentence.contains(w)) {
        for &other in c.members.iter().filter(|&&i| i != m && c.kind(i) == Model && !c.parenthetical(i)) {
            e.emit(c, other, Predicate::EvaluatedOn, b, Rule::REL_BENCHMARK_COMPARED);
        }
    }
}

/// 斯坦福大学李飞飞团队; 月之暗面创始人杨植麟 (the pairs are in
/// [`adjacent_pairs`]); here: X的创始人Y across a few words.
fn affiliations(c: &Clauses, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Person {
            continue;
        }
        let pm = &c.mentions[p];
        let clause = c.clause_of(pm.span.start);
        let actor = c.members.iter().copied().rfind(|&i| {
            c.kind(i).is_actor() && c.mentions[i].span.end <= pm.span.start && c.mentions[i].span.start >= clause.start
        });
        if let Some(a) = actor {
            let between = c.text(c.mentions[a].span.end, pm.span.start);
            let n = between.chars().count();
            // (美联储放慢降息步伐以及美国总统特朗普: another clause's subject
            // and a country's post stand between.)
            let place_between = c.members.iter().any(|&o| {
                c.kind(o) == Place
                    && c.mentions[o].span.start >= c.mentions[a].span.end
                    && c.mentions[o].span.end <= pm.span.start
                    // (民主党籍夏威夷州参议员X: a state's seat, the party's member.)
                    && opens_with_state_post(c.text(c.mentions[o].span.end, pm.span.start), false)
            });
            // (欧盟贸易主管与特朗普团队会谈: the post's holder is unnamed and
            // the person after the conjunction is the other party.)
            let joined_on = ["以及", "并且", "而"].iter().any(|w| between.contains(w))
                || between.ends_with(crate::cues::COUNTERPART_JOINTS);
            // (耐克创始人菲尔·奈特和妻子佩妮: the post is the husband's; a
            // person named by kinship to another holds none of it.)
            let kin = crate::cues::kinship_words().any(|w| between.ends_with(w));
            if n <= 12 && TITLES.within(between) && !place_between && !joined_on && !kin {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_TITLE_AFTER);
            }
            // 汇丰环球私人银行及财富管理中国首席投资总监匡正: the unit and the
            // post run on, but end in a title right before the person. A
            // quote or bracket would be another name the recognizer missed.
            let unit_words = !between.contains(['“', '”', '"', '(', ')', '《', '》']) && !between.contains("包括");
            let (from, to) = (c.mentions[a].span.end, pm.span.start);
            let inside = |o: usize| c.mentions[o].span.start >= from && c.mentions[o].span.end <= to;
            // Another person or firm on the way (百度创始人李彦宏与阿联酋AI
            // 部长X), or a country's post (美国总统X): the title is theirs.
            let named_between = c.members.iter().any(|&o| {
                inside(o)
                    && matches!(c.kind(o), Person | Company | Organization | Place)
                    && (c.kind(o) != Place || {
                        let post = c.text(c.mentions[o].span.end, to);
                        post.chars().count() <= 4 && TITLES.ends(post)
                    })
            });
            // 北京外国语大学欧盟与区域发展研究中心: a name inside a unit's name.
            let inner =
                c.members.iter().any(|&o| c.kind(o).is_actor() && c.mentions[o].span.end == c.mentions[a].span.start);
            // Each post of a list (副院长、教授; 执行副总裁兼…总经理) ends in a
            // title; one that does not holds a name the recognizer missed
            // (首席技术官王一鸣、云帆智联创始人).
            let posts = between.split(['、', '兼']).all(|post| TITLES.ends(post.trim()));
            if (13..=30).contains(&n) && posts && unit_words && !named_between && !inner {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_TITLE_UNIT);
            }
            continue;
        }
        // 该公司核心技术人员张岭, 其创始人X: the firm the pronoun points back
        // to, named within the two sentences before.
        let lead = c.text(clause.start, pm.span.start);
        let pronoun = crate::cues::FIRM_PRONOUNS.iter().any(|w| lead.contains(w));
        if pronoun && lead.chars().count() <= 14 && TITLES.ends(lead) {
            if let Some(a) = c.antecedent(clause.start, 2, |i| c.kind(i).is_actor()) {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_TITLE_PRONOUN);
            }
            continue;
        }
        // 星河科技的宣传很高调，与CEO张伟的背景有关: a bare title opens the
        // clause, and the sentence has named one actor only before it: the
        // title is that actor's.
        // (而高管 Michael Clark: the space set before a Latin name.)
        let bare = lead.trim_start_matches(['与', '和', '由', '而', '但', '对']).trim();
        if TITLES.contains(&bare) {
            let mut before = c.members.iter().filter(|&&i| {
                c.kind(i).is_actor()
                    && c.mentions[i].span.end <= clause.start
                    && c.mentions[i].span.start >= c.span.start
            });
            if let Some(&a) = before.next() {
                // Two spellings of one firm (英伟达(NVIDIA)) read as two: the
                // title could be either's, and a looser check gave 分析师X
                // to the firm the analyst only writes about.
                let name = c.text(c.mentions[a].span.start, c.mentions[a].span.end);
                // Not a firm a preposition makes the frame of the clause (在
                // CNBC专访中，总裁X; 当Sequoia的主持人问…时，创办人Y).
                let a_clause = c.clause_of(c.mentions[a].span.start);
                let framing = c.text(a_clause.start, c.mentions[a].span.start).trim_end();
                let subject = !crate::cues::FRAMING_PREPOSITIONS.iter().any(|w| framing.ends_with(w));
                if subject && before.all(|&i| c.text(c.mentions[i].span.start, c.mentions[i].span.end) == name) {
                    e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_TITLE_BARE);
                }
            }
        }
    }
}

/// 潘梓正2021年加入蒙纳许大学; 他在阿德莱德大学获硕士: a person, then a
/// verb of joining or studying and the organization, before the sentence
/// names anyone else.
fn careers(c: &Clauses, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Person {
            continue;
        }
        let pm = &c.mentions[p];
        for &a in &c.members {
            let am = &c.mentions[a];
            if !c.kind(a).is_actor() || am.span.start < pm.span.end {
                continue;
            }
            // 曾在新加坡南洋理工大学担任教授: a place written right before the
            // employer is part of how it is named.
            let named_from = c
                .members
                .iter()
                .copied()
                .find(|&o| c.kind(o) == Place && c.mentions[o].span.end == am.span.start)
                .map_or(am.span.start, |o| c.mentions[o].span.start)
                .max(pm.span.end);
            let between = c.text(pm.span.end, named_from);
            // Another name in between (中国加入世贸组织), or a new clause
            // (奥特曼回任，员工威胁加入微软), is what the verb is about.
            let other_name = c.members.iter().any(|&o| {
                matches!(c.kind(o), Person | Place | Company | Organization)
                    && c.mentions[o].span.start >= pm.span.end
                    && c.mentions[o].span.end <= named_from
            });
            if between.chars().any(is_clause_break) {
                if chained_career(c, p, a) {
                    e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_CAREER);
                    let mut at = a;
                    while let Some(next) = post_list_next(c, at) {
                        e.emit(c, p, Predicate::AffiliatedWith, next, Rule::REL_CAREER);
                        at = next;
                    }
                }
                continue;
            }
            if other_name || between.chars().count() > 30 {
                continue;
            }
            let before = crate::cues::CAREER_VERBS_BEFORE.iter().any(|v| {
                between.ends_with(v) || between.rfind(v).is_some_and(|at| between[at + v.len()..].chars().count() <= 2)
            });
            // (年仅16岁就进入中科大少年班学习: 进入 reads like 在 before a
            // verb of studying or working.)
            let after = (between.ends_with('在') || between.ends_with("进入")) && {
                let tail = c.text(am.span.end, (am.span.end + 10).min(c.span.end));
                let tail = tail.split(|ch: char| is_clause_break(ch)).next().unwrap_or("");
                crate::cues::CAREER_AFTER_PLACE.iter().any(|v| tail.contains(v))
            };
            // 朱光曾任联想集团大中华区公关及整合推广高级总监: a post verb, the
            // employer, its unit and the title, in one clause.
            let post = crate::cues::POST_VERBS.iter().any(|v| between.ends_with(v)) && {
                let clause_end = c.clause_of(am.span.start).end;
                let tail = c.text(am.span.end, clause_end.min(am.span.end + 16));
                // (现任百川智能CEO、前搜狗CEO: the post ends at 、, a firm after
                // it is the next post's.)
                let tail = tail.split('、').next().unwrap_or("");
                let named_in_tail = c.members.iter().any(|&o| {
                    matches!(c.kind(o), Person | Company | Organization)
                        && c.mentions[o].span.start >= am.span.end
                        && c.mentions[o].span.start < am.span.end + tail.chars().count()
                });
                !named_in_tail && TITLES.within(tail)
            };
            // 曾任华创证券分析师、中银国际证券业务经理: a list of posts, each
            // an employer and its title.
            let post_list =
                !post && crate::cues::POST_VERBS.iter().any(|v| between.ends_with(v)) && post_list_next(c, a).is_some();
            if before || after || post || post_list {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_CAREER);
                if post || post_list {
                    let mut at = a;
                    while let Some(next) = post_list_next(c, at) {
                        e.emit(c, p, Predicate::AffiliatedWith, next, Rule::REL_CAREER);
                        at = next;
                    }
                }
            }
        }
        // 曾在苹果领导AI项目的丹尼尔·格罗斯, 来自清华大学的研究员张三: a
        // verb of working or coming from, the employer, what was done there,
        // 的 (and a title), the person.
        let clause = c.clause_of(pm.span.start);
        for &a in &c.members {
            let am = &c.mentions[a];
            if !c.kind(a).is_actor() || am.span.end > pm.span.start || am.span.start < clause.start {
                continue;
            }
            let lead = c.text(clause.start.max(am.span.start.saturating_sub(6)), am.span.start);
            if !crate::cues::CAREER_BEFORE_EMPLOYER.iter().any(|v| lead.ends_with(v)) {
                continue;
            }
            let between = c.text(am.span.end, pm.span.start).replace(' ', "");
            let named_between = c.members.iter().any(|&o| {
                o != a
                    && matches!(c.kind(o), Person | Company | Organization)
                    && c.mentions[o].span.start >= am.span.end
                    && c.mentions[o].span.end <= pm.span.start
            });
            let holder = between.rsplit_once('的').is_some_and(|(done, title)| {
                done.chars().count() <= 12 && !done.contains('的') && (title.is_empty() || is_title(title))
            });
            if holder && !named_between {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_CAREER);
            }
        }
        // 星河科技是前百度副总裁张伟和执行总监李娜共同创立: the firm, 是/由, its
        // founders (with their titles) and the verb of founding after them.
        let clause_end = c.clause_of(pm.span.start).end;
        let founded_at = {
            let tail = c.text(pm.span.end, clause_end);
            crate::cues::FOUNDING_VERBS
                .iter()
                .filter_map(|v| tail.find(v))
                .min()
                .map(|at| pm.span.end + tail[..at].chars().count())
        };
        if let Some(verb_at) = founded_at {
            // Between the founder and the verb: other founders, their
            // titles and joints, 共同/联合 — no firm.
            let mut gap = c.text(pm.span.end, verb_at).to_string();
            let firm_between = c.members.iter().any(|&o| {
                let om = &c.mentions[o];
                om.span.start >= pm.span.end && om.span.end <= verb_at && matches!(c.kind(o), Company | Organization)
            });
            for &o in c.members.iter().filter(|&&o| {
                let om = &c.mentions[o];
                c.kind(o) == Person && om.span.start >= pm.span.end && om.span.end <= verb_at
            }) {
                gap = gap.replacen(c.mentions[o].text.as_str(), "", 1);
            }
            let gap = ["共同", "联合", "一起", "一手"].iter().fold(gap.as_str(), |g, w| g.strip_suffix(w).unwrap_or(g));
            let gap_ok = !firm_between
                && gap.chars().count() <= 16
                && (gap.is_empty()
                    || gap.split(['和', '、', '与', '及']).all(|part| part.is_empty() || is_title(part)));
            let firm = c.members.iter().copied().rfind(|&a| {
                let am = &c.mentions[a];
                if !matches!(c.kind(a), Company | Organization) || am.span.end > pm.span.start {
                    return false;
                }
                let lead = c.text(am.span.end, pm.span.start);
                let Some(rest) = ["是由", "由", "是", "系"].iter().find_map(|w| lead.strip_prefix(w)) else {
                    return false;
                };
                rest.chars().count() <= 30 && !rest.chars().any(is_clause_break)
            });
            // (The firm must be the nearest firm before the founder but for
            // the ones named inside the founders' description.)
            if let (true, Some(a)) = (gap_ok, firm) {
                if c.text(c.mentions[a].span.end, pm.span.start) != "由" {
                    e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_CAREER);
                }
            }
        }
        // 星河科技由张伟于2020年创立: the firm, 由, its founder, the verb.
        for &a in &c.members {
            let am = &c.mentions[a];
            if !c.kind(a).is_actor() || am.span.end > pm.span.start {
                continue;
            }
            let tail = c.text(pm.span.end, (pm.span.end + 12).min(c.clause_of(pm.span.start).end));
            if c.text(am.span.end, pm.span.start) == "由"
                && ["创立", "创办", "创建", "联合创立", "联合创办"].iter().any(|v| tail.contains(v))
            {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_CAREER);
            }
        }
    }
}

/// SSI的联合创始人还包括曾在苹果领导AI项目的格罗斯和前OpenAI研究员列维;
/// 星河科技成立于2020年，另外两位联合创始人分别为A和B; …，分别为董事长A和副
/// 总经理B: a post, a word that lists its holders, and the people the clause
/// goes on to name hold it at the firm named before the post, or else at
/// the firm that opens the sentence.
fn title_holders(c: &Clauses, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Person || c.parenthetical(p) {
            continue;
        }
        let pm = &c.mentions[p];
        // (A的校友: a person who only describes another is no holder.)
        if c.text(pm.span.end, (pm.span.end + 1).min(c.span.end)) == "的" {
            continue;
        }
        let clause = c.clause_of(pm.span.start);
        let lead = c.text(clause.start, pm.span.start);
        let Some((at, cue)) = crate::cues::TITLE_HOLDER_CUES
            .iter()
            .filter_map(|w| lead.find(w).map(|at| (at, *w)))
            .min_by_key(|&(at, w)| (at, std::cmp::Reverse(w.len())))
        else {
            continue;
        };
        let cue_at = clause.start + lead[..at].chars().count();
        let cue_end = cue_at + cue.chars().count();
        let inside =
            |i: usize, from: usize, to: usize| c.mentions[i].span.start >= from && c.mentions[i].span.end <= to;
        if c.members.iter().any(|&i| c.kind(i) == Person && inside(i, clause.start, cue_at)) {
            continue;
        }
        let firm_before = c.members.iter().copied().rfind(|&i| c.kind(i).is_actor() && inside(i, clause.start, cue_at));
        // The post before the cue, held by all the people listed after it.
        let held = match firm_before {
            Some(a) => is_title(c.text(c.mentions[a].span.end, cue_at)).then_some(a),
            None => {
                let mut post = c.text(clause.start, cue_at).trim();
                'strip: loop {
                    for w in crate::cues::TITLE_HOLDER_LEADS.iter().chain(crate::cues::CLAUSE_OPENERS) {
                        if let Some(r) = post.strip_prefix(w) {
                            post = r.trim_start();
                            continue 'strip;
                        }
                    }
                    break;
                }
                if TITLES.contains(&post) {
                    topic_firm(c, clause.start)
                } else {
                    None
                }
            }
        };
        if let Some(a) = held {
            e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_TITLE_MEMBERS);
            continue;
        }
        // Each listed person after a bare post of their own (分别为董事长A和副
        // 总经理B), with no firm named on the way: the sentence's firm.
        // (参会的嘉宾包括国家主席X: 包括 lists guests of all kinds; 分别为
        // lists the holders of the posts just counted.)
        if !cue.starts_with("分别")
            || firm_before.is_some()
            || c.members.iter().any(|&i| c.kind(i).is_actor() && inside(i, cue_end, pm.span.start))
        {
            continue;
        }
        let previous = c
            .members
            .iter()
            .copied()
            .rfind(|&i| c.kind(i) == Person && !c.parenthetical(i) && inside(i, cue_end, pm.span.start));
        let from = previous.map_or(cue_end, |q| c.mentions[q].span.end);
        let mut own = c.text(from, pm.span.start).trim();
        if previous.is_some() {
            // (周曦（左）和副总经理李继伟: a caption or other name first.)
            if own.starts_with(['(', '（']) {
                let Some(close) = own.find([')', '）']) else { continue };
                own = own[close..].trim_start_matches([')', '）']).trim_start();
            }
            let Some(rest) = crate::cues::LIST_SEPARATORS.iter().find_map(|j| own.strip_prefix(j)) else { continue };
            own = rest.trim_start();
        }
        if is_title(own) {
            if let Some(a) = topic_firm(c, clause.start) {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_TITLE_MEMBERS);
            }
        }
    }
}

/// 彼得·克里夫兰（Peter Cleveland，曾任英特尔副总法律顾问及…主任）; 派翠克
/// ·威尔森（Patrick Wilson，当时在商务部工作）: a bracketed aside right
/// after a person's name, a part of which opens with a post verb and an
/// employer and its title, or with a workplace and a verb of working, tells
/// that person's career.
fn career_asides(c: &Clauses, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Person {
            continue;
        }
        let pm = &c.mentions[p];
        let rest = c.text(pm.span.end, c.span.end);
        if !rest.starts_with(['(', '（']) {
            continue;
        }
        let Some(close) = rest.find([')', '）']) else { continue };
        let open = rest.chars().next().map_or(1, char::len_utf8);
        let mut at = pm.span.end + 1;
        for part in rest[open..close].split([',', '，', ';', '；']) {
            let start = at;
            at += part.chars().count() + 1;
            let part_end = start + part.chars().count();
            let opens = |words: &[&str]| words.iter().find(|w| part.starts_with(*w)).map(|w| start + w.chars().count());
            let (post_at, place_at) = (opens(crate::cues::ASIDE_POST_VERBS), opens(crate::cues::ASIDE_PLACE_LEADS));
            let Some(employer_at) = post_at.or(place_at) else { continue };
            // The employer right after the verb (a place may name it first).
            let Some(a) = c.members.iter().copied().find(|&i| {
                let span = c.mentions[i].span;
                span.start >= employer_at && span.end <= part_end
            }) else {
                continue;
            };
            let a = if c.kind(a) == Place && c.text(employer_at, c.mentions[a].span.start).is_empty() {
                match c.members.iter().copied().find(|&i| c.mentions[i].span.start == c.mentions[a].span.end) {
                    Some(next) => next,
                    None => continue,
                }
            } else {
                a
            };
            let from = c.mentions[a].span.start;
            let lead_ok = c.text(employer_at, from).is_empty()
                || c.members.iter().any(|&i| {
                    c.kind(i) == Place && c.mentions[i].span.end == from && c.mentions[i].span.start == employer_at
                });
            if !c.kind(a).is_actor() || !lead_ok {
                continue;
            }
            let tail = c.text(c.mentions[a].span.end, part_end);
            let fits = if post_at.is_some() {
                is_title(tail.split(['及', '、', '兼']).next().unwrap_or(""))
            } else {
                crate::cues::CAREER_AFTER_PLACE.iter().any(|v| tail.contains(v))
            };
            if fits {
                e.emit(c, p, Predicate::AffiliatedWith, a, Rule::REL_CAREER);
            }
        }
    }
}

/// In a list of posts (曾任华创证券分析师、中银国际证券业务经理，工银瑞信基金
/// 研究部基金经理), the employer after the post held at `at`: the text
/// between is a title (after a unit of the employer), then 、 or a comma,
/// and nothing else.
fn post_list_next(c: &Clauses, at: usize) -> Option<usize> {
    let end = c.mentions[at].span.end;
    let next = c.members.iter().copied().find(|&o| c.mentions[o].span.start >= end)?;
    if !c.kind(next).is_actor() {
        return None;
    }
    let between = c.text(end, c.mentions[next].span.start);
    // (现任A公司CEO、前B公司副总裁: a word of when before the next employer.)
    let between = crate::cues::POST_TENSE_WORDS.iter().fold(between, |b, w| b.strip_suffix(w).unwrap_or(b));
    let title = between.strip_suffix(['、', ',', ';'])?.trim();
    let n = title.chars().count();
    ((2..=16).contains(&n)
        && TITLES.ends(title)
        && !title.chars().any(|ch| is_clause_break(ch) || matches!(ch, '和' | '与' | '及' | '的' | '在' | '是')))
    .then_some(next)
}

/// 潘梓正本科毕业于哈尔滨工业大学，后在阿德莱德大学获硕士，2021年加入蒙纳许
/// 大学: the person a sentence is about is the subject of its later clauses
/// too, so a clause that opens with a verb of joining or studying (after
/// adverbs and a year) or with 在 and a verb of studying or working names
/// another of that person's organizations — as long as no one else is
/// named in between.
fn chained_career(c: &Clauses, p: usize, a: usize) -> bool {
    let (pm, am) = (&c.mentions[p], &c.mentions[a]);
    let person_between = |from: usize, to: usize| {
        c.members
            .iter()
            .any(|&o| c.kind(o) == Person && c.mentions[o].span.start >= from && c.mentions[o].span.end <= to)
    };
    // The person opens the sentence's first clause that names anyone.
    let own_clause = c.clause_of(pm.span.start);
    if person_between(c.span.start, pm.span.start) || pm.span.start - own_clause.start > 10 {
        return false;
    }
    if person_between(pm.span.end, am.span.start) {
        return false;
    }
    let clause = c.clause_of(am.span.start);
    if clause.start <= own_clause.start {
        return false;
    }
    let mut lead = c.text(clause.start, am.span.start).trim();
    // 2021年加入…, 随后在…: a year and adverbs before the verb.
    loop {
        let digits = lead.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(lead.len());
        if digits > 0 && lead[digits..].starts_with('年') {
            lead = &lead[digits + '年'.len_utf8()..];
            continue;
        }
        match crate::cues::CAREER_LEAD_WORDS.iter().find(|w| lead.starts_with(*w)) {
            Some(w) => lead = &lead[w.len()..],
            None => break,
        }
    }
    // 创办了xAI: the verb's aspect mark is no part of it.
    let lead = lead.strip_suffix('了').unwrap_or(lead);
    if crate::cues::CAREER_VERBS_BEFORE.contains(&lead) {
        return true;
    }
    // …，曾任华创证券分析师: a post verb, the employer and a title filling
    // the clause (or opening a list of posts).
    if crate::cues::CHAINED_POST_VERBS.contains(&lead) {
        return is_title(c.text(am.span.end, clause.end)) || post_list_next(c, a).is_some();
    }
    matches!(lead, "在" | "于") && {
        let tail = c.text(am.span.end, clause.end);
        crate::cues::CAREER_AFTER_PLACE.iter().any(|v| tail.contains(v))
    }
}

/// 盘古大模型已经覆盖了政务、金融、制造等多个领域; 这些模型可用于智能客服等场景:
/// a model or product, a verb of reaching a field, and the fields.
fn applied_by_verb(c: &Clauses, e: &mut Emitter) {
    for &s in &c.members {
        if c.kind(s) != Sector {
            continue;
        }
        let sm = &c.mentions[s];
        // 应用于聊天机器人ChatGPT: a field word right before a named
        // artifact describes it; the artifact is no field.
        let describes = c.members.iter().any(|&i| {
            matches!(c.kind(i), Model | Product | Deployment)
                && c.mentions[i].span.start >= sm.span.end
                && c.text(sm.span.end, c.mentions[i].span.start).trim().is_empty()
        });
        if describes {
            continue;
        }
        let before = c.text(c.span.start, sm.span.start);
        // The verb right before the first field of the list.
        let trimmed = before.trim_end_matches(['、', '和']);
        let Some(verb_at) = crate::cues::APPLY_VERBS.iter().filter_map(|v| trimmed.rfind(v).map(|p| p + v.len())).max()
        else {
            continue;
        };
        // Only sector words and separators between the verb and this field.
        let gap = &trimmed[verb_at..];
        // 面临智驾+机器人赋能的重估: a verb that modifies a noun (…的) is
        // said of nothing applied.
        if gap.starts_with('的') {
            continue;
        }
        let gap_ok = gap.chars().count() <= 24
            && !gap.chars().any(|ch| is_clause_break(ch) && ch != '、')
            && c.members.iter().all(|&i| {
                let m = &c.mentions[i];
                m.span.end <= c.span.start + before[..verb_at].chars().count()
                    || m.span.start >= sm.span.start
                    || m.kind == Sector
            });
        if !gap_ok {
            continue;
        }
        let verb_pos = c.span.start + before[..verb_at].chars().count();
        // The artifact the clause is about: the last one before the verb.
        // 一个能与擎天柱相媲美的人形机器人，并用于…: a model compared with
        // is the standard, not the artifact put to use.
        let compared = |i: usize| {
            let end = c.mentions[i].span.end;
            let after = c.text(end, (end + 4).min(c.clause_of(c.mentions[i].span.start).end));
            crate::cues::COMPARISON_WORDS.iter().any(|w| after.contains(w))
                // 基于DeepSeek的微信小程序，赋能…: the mini program on the
                // platform is what is applied, not the platform.
                || crate::cues::PLATFORM_CHANNEL_NOUNS.iter().any(|w| c.text(end, c.span.end).starts_with(w))
                // 该模型将整合大量技术，包括o3，并应用于…: a member of what
                // another subject takes in is not what is applied.
                || crate::cues::LISTED_OBJECT_LEADS
                    .iter()
                    .any(|w| c.text(c.span.start, c.mentions[i].span.start).trim_end().ends_with(w))
        };
        let subject = c.members.iter().copied().rfind(|&i| {
            matches!(c.kind(i), Model | Product | Deployment) && c.mentions[i].span.end <= verb_pos && !compared(i)
        });
        // …的智能应用场景，也是当前大模型赋能医疗的典型: the verb's clause
        // has an artifact noun of its own before the verb, so an artifact
        // named in an earlier clause is not what is applied.
        let verb_clause = c.clause_of(verb_pos.saturating_sub(1).max(c.span.start));
        // (这两款大模型产品赋能…, 其相关的技术被改用于…: a demonstrative
        // points back to the artifact named before.)
        let verb_lead = c.text(verb_clause.start, verb_pos);
        let own_subject = crate::cues::CLAUSE_ARTIFACT_NOUNS.iter().any(|w| verb_lead.contains(w))
            && !crate::cues::BACK_DEMONSTRATIVES.iter().any(|w| verb_lead.contains(w));
        let subject = subject.filter(|&i| !(own_subject && c.mentions[i].span.end <= verb_clause.start));
        // 这些模型可用于智能客服、代码生成等场景: a pronoun for the artifact
        // the sentence before named.
        let lead = c.text(c.span.start, verb_pos);
        let pronoun = crate::cues::ARTIFACT_PRONOUNS.iter().find(|w| lead.starts_with(*w));
        let subject = subject.or_else(|| {
            let pronoun = pronoun?;
            let model = pronoun.contains("模型");
            let fits = |i: usize| match c.kind(i) {
                Model => model,
                Product | Deployment => !model,
                _ => false,
            };
            // 这些模型 after GLM系列大模型，包括开源的ChatGLM: the plural is
            // the family the sentence before is about, its first model.
            if pronoun.starts_with("这些") && c.sentence > 0 {
                return super::sentence_members(c.mentions, c.sentence - 1).find(|&i| fits(i));
            }
            c.antecedent(c.span.start, 1, fits)
        });
        if let Some(a) = subject {
            e.emit(c, a, Predicate::AppliedIn, s, Rule::REL_APPLIED_VERB);
        }
    }
}

/// Whether people of the firm `i` follow its name (Meta公司员工, 英伟达的
/// 工程师): a place said of them is theirs, not the firm's.
fn firm_people_after(c: &Clauses, i: usize) -> bool {
    let end = c.mentions[i].span.end;
    let clause_end = c.clause_of(c.mentions[i].span.start).end;
    let after = c.text(end, (end + 8).min(clause_end));
    let after = after.strip_prefix("公司").unwrap_or(after);
    let after = after.strip_prefix('的').unwrap_or(after);
    crate::cues::FIRM_PEOPLE_NOUNS.iter().any(|w| after.starts_with(w))
}

/// 总部位于北京; 美国的OpenAI (in [`adjacent_pairs`]); 中国云厂商 for the
/// companies the sentence lists, where the curated home country agrees.
fn locations(c: &Clauses, dictionary: &Dictionary, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Place {
            continue;
        }
        let pm = &c.mentions[p];
        let clause = c.clause_of(pm.span.start);
        let before = c.text(clause.start, pm.span.start);
        // 诞生在杭州, DeepSeek在杭州诞生: born there.
        let born_in = before.ends_with('在') && {
            let end = c.mentions[*place_chain(c, p).last().expect("the chain holds p")].span.end;
            c.text(end, (end + 2).min(clause.end)) == "诞生"
                && c.members
                    .iter()
                    .any(|&i| c.kind(i).is_actor() && c.mentions[i].span.end + 1 == pm.span.start && i != p)
        };
        // (未必诞生于硅谷: not born there.)
        let denied = ["未必", "不会", "没有", "并非", "不是", "不", "未"]
            .iter()
            .any(|w| before.trim_end_matches(['诞', '生', '于', '在']).ends_with(w));
        if ((born_in || ["诞生于", "诞生在"].iter().any(|v| before.ends_with(v))) && !denied)
            || ["总部位于", "总部设在", "总部在", "位于", "落户", "坐落于", "扎根", "总部设于", "成立于"]
                .iter()
                .any(|v| before.ends_with(v))
        {
            let subject =
                c.members.iter().copied().rfind(|&i| c.kind(i).is_actor() && c.mentions[i].span.end <= pm.span.start);
            // 总部位于美国德克萨斯州奥斯汀: each place of the chain.
            let chain = place_chain(c, p);
            let last_end = c.mentions[*chain.last().expect("the chain holds p")].span.end;
            // 总部位于北京的智谱: the located one follows 的.
            let follows = c.members.iter().copied().find(|&i| {
                c.kind(i).is_actor()
                    && c.mentions[i].span.start > last_end
                    && c.text(last_end, c.mentions[i].span.start) == "的"
            });
            // 位于欧洲、亚洲和美国的Meta公司员工: the place (or the list of
            // places it opens) is the people's.
            let mut list_end = last_end;
            for &q in c.members.iter().filter(|&&q| c.kind(q) == Place) {
                let qm = &c.mentions[q];
                if qm.span.start >= list_end
                    && super::is_list_separator(&c.doc.chars[list_end..qm.span.start])
                    && qm.span.end <= clause.end
                {
                    list_end = qm.span.end;
                }
            }
            let people = c.members.iter().copied().any(|i| {
                c.kind(i).is_actor()
                    && c.mentions[i].span.start > list_end
                    && c.text(list_end, c.mentions[i].span.start) == "的"
                    && firm_people_after(c, i)
            });
            if people {
                continue;
            }
            if let Some(s) = follows.or(subject) {
                for &q in &chain {
                    e.emit(c, s, Predicate::LocatedIn, q, Rule::REL_LOCATED);
                }
            }
        }
    }
    // Nationality: a country with a group noun (中国云厂商, 美国科技巨头) or
    // opening the sentence, and companies whose curated home it is.
    let text = c.text(c.span.start, c.span.end);
    for &p in &c.members {
        let Some(place) = c.mentions[p].entry.filter(|_| c.kind(p) == Place) else {
            continue;
        };
        let pm = &c.mentions[p];
        let after = c.text(pm.span.end, (pm.span.end + 6).min(c.span.end));
        // 在中国AI产业，…：A、B、C: a sentence framed by the country.
        // (美国当地时间周二: a clock, not a frame.)
        let clock = ["当地时间", "时间"].iter().any(|w| after.starts_with(w));
        // (中国人更熟悉…: the country's people, not a frame.)
        let clock = clock || after.starts_with('人') && !["人工", "人形"].iter().any(|w| after.starts_with(w));
        // (美国对英伟达H20祭出管制, 美国前国防部长: the state acts or its
        // officials speak; the sentence is not framed by the country.)
        // (美国对冲基金: a kind of fund.)
        let acts = crate::cues::STATE_ACT_LEADS.iter().any(|w| after.starts_with(w))
            && !["对冲", "對沖"].iter().any(|w| after.starts_with(w));
        let opens = !clock
            && !acts
            && (pm.span.start == c.span.start
                || c.text(c.span.start, pm.span.start) == "在"
                || c.text(c.span.start, pm.span.start).chars().count() <= 6 && after.starts_with('在'));
        // The group noun must follow the country closely (中国云厂商), and
        // 中国企业级 is an adjective, not a group.
        // (美国科技媒体Wired: the group word modifies an outlet, not firms.)
        let wide = c.text(pm.span.end, (pm.span.end + 10).min(c.span.end));
        let near = |g: &&str| {
            after.find(g).is_some_and(|p| {
                let rest = &wide[p + g.len()..];
                after[..p].chars().count() <= 2
                    && !rest.starts_with('级')
                    && !crate::cues::NATIONALITY_GROUP_NOT_FIRMS.iter().any(|w| rest.starts_with(w))
            })
        };
        // (美国风投公司Valor: a group noun right before one name describes
        // that firm alone, which `rel.nationality` reads; the sentence's
        // other firms are not framed by it.)
        let appositive = crate::cues::NATIONALITY_GROUPS.iter().filter(|g| near(g)).any(|g| {
            let at = after.find(g).map_or(0, |p| after[..p].chars().count() + g.chars().count());
            let end = pm.span.end + at;
            c.members.iter().any(|&o| {
                let start = c.mentions[o].span.start;
                start >= end && c.text(end, start).trim().is_empty()
            })
        });
        // 非美国公司: the firm is said not to be from there.
        let negated = c.text(pm.span.start.saturating_sub(1).max(c.span.start), pm.span.start) == "非";
        // (美国钢铁公司、Nucor、…: a name that opens a list of firms, the
        // country word part of that name; no group is framed.)
        let list_item = crate::cues::NATIONALITY_GROUPS.iter().filter(|g| near(g)).any(|g| {
            let at = after.find(g).map_or(0, |p| after[..p].chars().count() + g.chars().count());
            let end = pm.span.end + at;
            c.doc.chars.get(end) == Some(&'、')
                && c.members.iter().any(|&o| c.kind(o).is_actor() && c.mentions[o].span.start == end + 1)
        });
        let grouped = (crate::cues::NATIONALITY_GROUPS.iter().any(near) && !appositive && !negated && !list_item)
            || (text.contains("为代表") && crate::cues::NATIONALITY_GROUPS.iter().any(|g| text.contains(g)));
        // 美国地区法官…, 法国数字部长对…说: the country's state acts; the
        // firms it names are not framed by it.
        if !(opens && !opens_with_state_post(after, true) || grouped) {
            continue;
        }
        // 在中国的AI行业中，DeepSeek是一个特例，因为它由幻方量化资助: the frame
        // holds the main clauses; a clause of reason after it (因为, 由于)
        // names firms that explain, not firms of the framed group.
        let reason_at = (!grouped)
            .then(|| {
                let rest = c.text(pm.span.end, c.span.end);
                crate::cues::REASON_CLAUSE_OPENERS
                    .iter()
                    .filter_map(|w| {
                        rest.match_indices(w).map(|(b, _)| b).find(|&b| {
                            rest[..b].ends_with(['，', ',', '；', ';'])
                                || rest[..b].ends_with(",而")
                                || rest[..b].ends_with("，而")
                        })
                    })
                    .min()
                    .map(|b| pm.span.end + rest[..b].chars().count())
            })
            .flatten();
        for &o in &c.members {
            let Some(org) = c.mentions[o].entry.filter(|_| c.kind(o) == Company) else {
                continue;
            };
            if reason_at.is_some_and(|r| c.mentions[o].span.start >= r) {
                continue;
            }
            // 兴业证券认为中国科技企业…: a firm that speaks before the
            // country is framed is the speaker, not one of the group.
            // (It opens its clause, and a word of saying follows it in that
            // clause: 兴业证券认为, 中信建投发布研报称, 中信证券：.)
            let om = &c.mentions[o];
            let speaker = om.span.end <= pm.span.start && {
                let clause = c.clause_of(om.span.start);
                let opens = strip_openers(c.text(clause.start, om.span.start)).chars().count() <= 2;
                let said = c.text(om.span.end, (om.span.end + 30).min(clause.end).min(pm.span.start));
                let colon = c.doc.chars.get(om.span.end).is_some_and(|&ch| matches!(ch, ':' | '：'));
                opens
                    && (colon
                        || crate::cues::REPORTING_VERBS
                            .iter()
                            .chain(crate::cues::SPEAKER_WORDS)
                            .any(|w| said.contains(w)))
            };
            if !speaker && dictionary.has_link(org, Predicate::LocatedIn, place) {
                e.emit(c, o, Predicate::LocatedIn, p, Rule::REL_NATIONALITY_CURATED);
            }
        }
    }
}

/// 杭州…，这里有阿里巴巴、网易等巨头; 再比如深圳，的确诞生了腾讯; 杭州还有
/// 顶级学府——浙江大学: a clause about a place (it opens with the place, with
/// 这里 for the place the sentence opens with, or follows a clause that is
/// the place alone) says the place has or gave rise to the firms right
/// after its verb, and to the firms listed with them.
fn place_hosts(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{HOST_VERBS, NOT_HAVING, PLACE_PRONOUNS, TOPIC_ADVERBS, TOPIC_OPENERS};
    let bare = |t: &str| {
        let t = t.trim();
        t.is_empty() || TOPIC_OPENERS.iter().any(|o| t.strip_prefix(o).is_some_and(|r| r.trim().is_empty()))
    };
    // The places a clause that starts at `start` opens with (再比如深圳,
    // 美国加州): a place and the places written right after it. (Members
    // are in text order: only the few that start near `start` are read.)
    let opening_places = |start: usize| -> Vec<usize> {
        let from = c.members.partition_point(|&q| c.mentions[q].span.start < start);
        c.members[from..]
            .iter()
            .copied()
            .take_while(|&q| c.mentions[q].span.start <= start + 4)
            .find(|&q| c.kind(q) == Place && bare(c.text(start, c.mentions[q].span.start)))
            .map(|q| place_chain(c, q))
            .unwrap_or_default()
    };
    let ends_at = |chain: Vec<usize>, end: usize| -> Vec<usize> {
        if chain.last().is_some_and(|&q| c.mentions[q].span.end == end) {
            chain
        } else {
            Vec::new()
        }
    };
    let mut sentence_topic: Option<Vec<usize>> = None;
    let mut n = 0;
    while n < c.members.len() {
        let a = c.members[n];
        n += 1;
        if !matches!(c.kind(a), Company | Organization) {
            continue;
        }
        let am = &c.mentions[a];
        let clause = c.clause_of(am.span.start);
        // The first actor after the verb: no actor between the clause's start and it.
        if c.members[..n - 1]
            .iter()
            .rev()
            .take_while(|&&q| c.mentions[q].span.start >= clause.start)
            .any(|&q| c.kind(q).is_actor())
        {
            continue;
        }
        let before = c.text(clause.start, am.span.start);
        // The verb: the first host verb in the clause, not a 有 of 有望.
        let Some((at, verb)) = HOST_VERBS
            .iter()
            .filter_map(|v| before.find(v).map(|p| (p, *v)))
            .filter(|(p, _)| !NOT_HAVING.iter().any(|w| before[*p..].starts_with(w)))
            .min_by_key(|(p, v)| (*p, std::cmp::Reverse(v.len())))
        else {
            continue;
        };
        // (北京有来自腾讯的工程师: the firm of a preposition is not had.)
        let object = &before[at + verb.len()..];
        if object.chars().count() > 24 || crate::cues::HOST_OBJECT_PREPOSITIONS.iter().any(|w| object.contains(w)) {
            continue;
        }
        // What stands before the verb, less adverbs: the place, a pronoun
        // for it, or nothing (the place was the clause before).
        let mut head = &before[..at];
        while let Some(r) = TOPIC_ADVERBS.iter().find_map(|w| head.strip_suffix(w)) {
            head = r;
        }
        let head_end = clause.start + head.chars().count();
        let topic = if head.is_empty() {
            // 再比如深圳，的确诞生了…: the clause before is the place alone.
            if clause.start > c.span.start {
                let prev = c.clause_of(clause.start - 1);
                ends_at(opening_places(prev.start), prev.end)
            } else {
                Vec::new()
            }
        } else if PLACE_PRONOUNS.contains(&head) {
            let topic = sentence_topic.get_or_insert_with(|| opening_places(c.span.start));
            if topic.iter().all(|&q| c.mentions[q].span.end <= clause.start) {
                topic.clone()
            } else {
                Vec::new()
            }
        } else {
            ends_at(opening_places(clause.start), head_end)
        };
        if topic.is_empty() {
            continue;
        }
        // 杭州有阿里巴巴、网易等巨头: the firms listed with the first.
        let mut hosted = vec![a];
        let mut m = n;
        while let Some(&q) = c.members.get(m) {
            let last = &c.mentions[*hosted.last().expect("never empty")];
            if !crate::cues::LIST_SEPARATORS.contains(&c.text(last.span.end, c.mentions[q].span.start)) {
                break;
            }
            if matches!(c.kind(q), Company | Organization) {
                hosted.push(q);
            } else {
                break;
            }
            m += 1;
        }
        n = n.max(m);
        for f in hosted {
            for &p in &topic {
                e.emit(c, f, Predicate::LocatedIn, p, Rule::REL_PLACE_HOSTS);
            }
        }
    }
}

/// What follows a country's name opens with its state's post or body
/// within two chars (美国总统, 法国数字部长, 美国地区法官); `seats` counts a
/// legislator's seat (议员) among them.
fn opens_with_state_post(after_place: &str, seats: bool) -> bool {
    // (北美政府事务主管, 政府关系副总裁: a firm's department that deals
    // with governments, not a state's post.)
    crate::cues::STATE_ACTORS.iter().filter(|w| seats || **w != "议员").any(|w| {
        after_place.find(w).is_some_and(|p| {
            after_place[..p].chars().count() <= 2
                && !["事务", "关系"].iter().any(|d| after_place[p + w.len()..].starts_with(d))
        })
    })
}

/// 日本任天堂, 以美国英伟达为例, 英国《金融时报》: a place written right before
/// a firm's name is where the firm is.
///
/// Not when the pair is a figure of speech or a branch: a curated firm
/// whose home is another country (中国特斯拉, "中国OpenAI", 台湾Google), or
/// a firm followed by one of its sites (加州迪士尼乐园, 长沙盒马门店).
fn place_before_firm(c: &Clauses, dictionary: &Dictionary, e: &mut Emitter) {
    for w in c.members.windows(2) {
        let (p, f) = (w[0], w[1]);
        // 英国《金融时报》: a masthead's marks part nothing.
        let adjacent = c
            .text(c.mentions[p].span.end, c.mentions[f].span.start)
            .chars()
            .all(|ch| ch.is_whitespace() || matches!(ch, '《' | '「' | '“' | '"'));
        if c.kind(p) != Place || c.kind(f) != Company || !adjacent {
            continue;
        }
        if let (Some(place), Some(firm)) = (c.mentions[p].entry, c.mentions[f].entry) {
            if dictionary.homed_elsewhere(firm, place) {
                continue;
            }
        }
        let end = c.mentions[f].span.end;
        let after = c.text(end, (end + 4).min(c.span.end));
        if crate::cues::FIRM_SITES.iter().any(|s| after.starts_with(s)) {
            continue;
        }
        e.emit(c, f, Predicate::LocatedIn, p, Rule::REL_NATIONALITY_ADJACENT);
    }
}

/// 美国德克萨斯州奥斯汀: a place and the places written right after it,
/// each inside the one before.
fn place_chain(c: &Clauses, first: usize) -> Vec<usize> {
    let mut chain = vec![first];
    loop {
        let end = c.mentions[*chain.last().expect("never empty")].span.end;
        match c.members.iter().copied().find(|&q| c.kind(q) == Place && c.mentions[q].span.start == end) {
            Some(q) => chain.push(q),
            None => return chain,
        }
    }
}

/// 艾司摩尔…在康涅狄格州和加利福尼亚州设有制造基地, OpenAI宣布在巴黎开设
/// 办事处: the places where a firm has a site, for the firm the sentence
/// is about (the last firm named before them).
fn sites(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{SITE_NOUNS, SITE_VERBS};
    let mut n = 0;
    while n < c.members.len() {
        let p = c.members[n];
        n += 1;
        if c.kind(p) != Place {
            continue;
        }
        let pm = &c.mentions[p];
        let clause = c.clause_of(pm.span.start);
        if !c.text(clause.start, pm.span.start).ends_with('在') {
            continue;
        }
        // The places joined by 、/和/及 (在中国、越南、墨西哥设有…), each
        // possibly a chain (美国亚利桑那州).
        let mut places = place_chain(c, p);
        loop {
            let end = c.mentions[*places.last().expect("never empty")].span.end;
            let next = c.members.iter().copied().find(|&q| {
                c.kind(q) == Place
                    && c.mentions[q].span.start > end
                    && crate::cues::LIST_SEPARATORS.contains(&c.text(end, c.mentions[q].span.start))
            });
            match next {
                Some(q) => places.extend(place_chain(c, q)),
                None => break,
            }
        }
        let last_place = *places.last().expect("never empty");
        n = n.max(c.members.iter().position(|&q| q == last_place).map_or(n, |i| i + 1));
        let end = c.mentions[last_place].span.end;
        let after = c.text(end, clause.end);
        // (在美国境外设有生产基地: outside it.)
        let after = crate::cues::SITE_ADVERBS.iter().fold(after, |t, w| t.strip_prefix(w).unwrap_or(t));
        let Some(rest) = SITE_VERBS.iter().find_map(|v| after.strip_prefix(v)) else { continue };
        let described = rest.chars().take(14).collect::<String>();
        if !SITE_NOUNS.iter().any(|w| described.contains(w)) {
            continue;
        }
        let Some(firm) = c
            .members
            .iter()
            .copied()
            .rfind(|&i| matches!(c.kind(i), Company | Organization) && c.mentions[i].span.end <= pm.span.start)
        else {
            continue;
        };
        // Another place or actor named between the firm and 在 (X的美国子公司…)
        // makes the site someone else's to place.
        let between_firm = c.members.iter().any(|&i| {
            i != firm
                && c.mentions[i].span.start >= c.mentions[firm].span.end
                && c.mentions[i].span.end <= pm.span.start
                && (c.kind(i).is_actor() || c.kind(i) == Person)
        });
        if between_firm {
            continue;
        }
        for &q in &places {
            e.emit(c, firm, Predicate::LocatedIn, q, Rule::REL_SITE);
        }
    }
}

/// 先导智能、利元亨等中国锂电设备企业, 深势科技和生数科技等超过百家中国初创
/// 企业: a list closed by 等 and a country's group of firms names firms of
/// that country, whether the dictionary knows their home or not.
fn listed_nationality(c: &Clauses, e: &mut Emitter) {
    for (n, &p) in c.members.iter().enumerate() {
        if c.kind(p) != Place || n == 0 {
            continue;
        }
        let pm = &c.mentions[p];
        let clause = c.clause_of(pm.span.start);
        let after = c.text(pm.span.end, (pm.span.end + 8).min(clause.end));
        let grouped = crate::cues::NATIONALITY_GROUPS
            .iter()
            .any(|g| after.find(g).is_some_and(|at| !after[..at].chars().any(|ch| ch == '的' || ch == '和')));
        if !grouped || opens_with_state_post(after, true) {
            continue;
        }
        let last = c.members[n - 1];
        if !c.kind(last).is_actor() {
            continue;
        }
        // 等, then at most a count (超过百家, 多家, 16家).
        let Some(count) = c.text(c.mentions[last].span.end, pm.span.start).strip_prefix('等') else { continue };
        if count.chars().count() > 5 || !count.chars().all(|ch| crate::cues::COUNT_PHRASE_CHARS.contains(ch)) {
            continue;
        }
        for o in joined_run_ending_at(c, n - 1, |o| c.kind(o).is_actor()) {
            if matches!(c.kind(o), Company | Organization) {
                e.emit(c, o, Predicate::LocatedIn, p, Rule::REL_NATIONALITY);
            }
        }
    }
}

/// 先导智能、利元亨等在欧洲市场取得突破，印证中国锂电设备企业已具备…: a
/// list closed by 等 that opens the sentence's first clauses, and a later
/// clause of the sentence that speaks of a country's group of firms with no
/// other actor named between, the place group standing for the list (see
/// [`listed_nationality`] for the group right after 等).
fn nationality_of_earlier_list(c: &Clauses, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Place {
            continue;
        }
        let pm = &c.mentions[p];
        let clause = c.clause_of(pm.span.start);
        if clause.start <= c.span.start {
            continue;
        }
        if !heads_place_group(c, p) {
            continue;
        }
        // The place group opens its clause, perhaps after a verb of showing
        // (印证, 表明): never after a word that makes it another party (与中国
        // 企业竞争, 对中国公司, 为中国厂商).
        let lead = strip_openers(c.text(clause.start, pm.span.start));
        if lead.chars().count() > 4 || lead.chars().any(|ch| crate::cues::OTHER_PARTY_CHARS.contains(ch)) {
            continue;
        }
        // The last actor before the place's clause closes a list with 等
        // (places may stand between: 在欧洲市场).
        let Some(n) = c.members.iter().rposition(|&i| c.kind(i).is_actor() && c.mentions[i].span.end <= clause.start)
        else {
            continue;
        };
        let last = c.members[n];
        if !c.text(c.mentions[last].span.end, clause.start).starts_with('等') {
            continue;
        }
        let run = joined_run_ending_at(c, n, |o| c.kind(o).is_actor());
        // (A list of one is no group; the list is the sentence's subject.)
        let first = &c.mentions[run[0]];
        let list_clause = c.clause_of(first.span.start);
        // (A、B等美国大厂…，欧洲科技界也…: a list its own clause places is
        // framed already, and the later group is another.)
        let framed = c.members.iter().any(|&i| {
            c.kind(i) == Place
                && c.mentions[i].span.start >= c.mentions[last].span.end
                && c.mentions[i].span.end <= list_clause.end
                && heads_place_group(c, i)
        });
        if run.len() < 2
            || framed
            || list_clause.start != c.span.start
            || strip_openers(c.text(list_clause.start, first.span.start)).chars().count() > 2
        {
            continue;
        }
        for o in run {
            if matches!(c.kind(o), Company | Organization) && !e.home_elsewhere(c, o, p) {
                e.emit(c, o, Predicate::LocatedIn, p, Rule::REL_NATIONALITY_BACK);
            }
        }
    }
}

/// 阿里云领跑，华为云和腾讯云分列第二、第三。三家中国云厂商…: a counted group
/// of a country's firms (三家中国云厂商) that opens a sentence stands for the
/// firms the sentence before named, when their number is the count.
fn counted_nationality(prev: &Clauses, c: &Clauses, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Place {
            continue;
        }
        let pm = &c.mentions[p];
        let clause = c.clause_of(pm.span.start);
        if !heads_place_group(c, p) {
            continue;
        }
        // 三家, 这两家, 上述四家 right before the place, at the head of its
        // clause, with no name before it in the sentence.
        let lead = c.text(clause.start, pm.span.start);
        let Some(count) = lead.strip_suffix('家').and_then(|t| {
            let t = ["这", "上述", "以上", "前述"].iter().fold(t, |t, w| t.strip_prefix(w).unwrap_or(t));
            let mut chars = t.chars();
            let digit = chars.next()?;
            chars.next().is_none().then(|| crate::cues::small_count(digit))?
        }) else {
            continue;
        };
        if c.members.iter().any(|&i| c.mentions[i].span.start < pm.span.start) {
            continue;
        }
        let mut firms: Vec<usize> = Vec::new();
        for &i in &prev.members {
            if c.kind(i).is_actor() && !firms.iter().any(|&f| same_name(&c.mentions[f], &c.mentions[i])) {
                firms.push(i);
            }
        }
        if firms.len() != count || firms.iter().any(|&f| c.kind(f) != Company) {
            continue;
        }
        for f in firms {
            if !e.home_elsewhere(c, f, p) {
                e.emit(c, f, Predicate::LocatedIn, p, Rule::REL_NATIONALITY_BACK);
            }
        }
    }
}

/// A place right before a group of its firms (中国锂电设备企业, 美国科技巨头),
/// not a state's post or body (美国政府).
fn heads_place_group(c: &Clauses, p: usize) -> bool {
    let pm = &c.mentions[p];
    let clause = c.clause_of(pm.span.start);
    let after = c.text(pm.span.end, (pm.span.end + 8).min(clause.end));
    crate::cues::NATIONALITY_GROUPS
        .iter()
        .any(|g| after.find(g).is_some_and(|at| !after[..at].chars().any(|ch| ch == '的' || ch == '和')))
        && !opens_with_state_post(after, true)
}

/// The words that stand for a place the article names, each with the
/// place's first mention and its curated entry: the domestic words for the
/// outlet's home, 本港 for Hong Kong. A word whose place the article never
/// names stands for nothing here.
fn home_words<'w>(mentions: &[Mention], dictionary: &Dictionary, home: Option<&str>) -> Vec<(&'w str, usize, usize)> {
    let named = |label: &str| {
        let id = dictionary.by_label(label)?;
        mentions.iter().position(|m| m.kind == Place && m.entry == Some(id)).map(|i| (i, id))
    };
    let mut words = Vec::new();
    if let Some((i, id)) = home.and_then(named) {
        words.extend(crate::cues::DOMESTIC_WORDS.iter().map(|w| (*w, i, id)));
    }
    for (w, label) in crate::cues::PLACE_WORDS {
        if let Some((i, id)) = named(label) {
            words.push((*w, i, id));
        }
    }
    words
}

/// 华为、小米、vivo等国产厂商; 国内人工智能企业X; X作为本土企业; A、B是国内…的
/// 两家创业公司; 国内市场，A、B等头部电池企业…: a domestic word says of the
/// firms it describes what a country's name would (see [`listed_nationality`],
/// [`described_home`], `rel.nationality`, the frame of [`locations`]), for
/// the place it stands for (`homes`, from [`home_words`]).
fn domestic_homes(c: &Clauses, homes: &[(&str, usize, usize)], dictionary: &Dictionary, e: &mut Emitter) {
    use crate::cues::{DESCRIBED_CLOSERS, FIRM_NOUNS, NATIONALITY_GROUPS, NOT_DOMESTIC};
    if homes.is_empty() {
        return;
    }
    let firm = |i: usize| matches!(c.kind(i), Company | Organization);
    let text = c.text(c.span.start, c.span.end);
    for &(word, place, entry) in homes {
        for (b, _) in text.match_indices(word) {
            if NOT_DOMESTIC.iter().any(|w| text[b..].starts_with(w)) {
                continue;
            }
            let w = c.span.start + text[..b].chars().count();
            let w_end = w + word.chars().count();
            let clause = c.clause_of(w);
            let after = c.text(w_end, (w_end + 8).min(clause.end));
            // 国内头部企业, 国产厂商 (not 国内的企业和…: the group follows closely).
            let grouped = NATIONALITY_GROUPS
                .iter()
                .any(|g| after.find(g).is_some_and(|at| !after[..at].chars().any(|ch| ch == '的' || ch == '和')))
                && !opens_with_state_post(after, true);
            let last_before = c.members.iter().rposition(|&i| c.mentions[i].span.end <= w);
            // A、B、C等国产厂商, A、B等超过百家国内企业.
            if let Some(n) = last_before.filter(|_| grouped) {
                let last = c.members[n];
                let count = c.text(c.mentions[last].span.end, w).strip_prefix('等');
                let counted = count.is_some_and(|t| {
                    t.chars().count() <= 5 && t.chars().all(|ch| crate::cues::COUNT_PHRASE_CHARS.contains(ch))
                });
                if c.kind(last).is_actor() && counted {
                    for o in joined_run_ending_at(c, n, |o| c.kind(o).is_actor()) {
                        if firm(o) {
                            e.emit(c, o, Predicate::LocatedIn, place, Rule::REL_DOMESTIC);
                        }
                    }
                }
            }
            // 国内人工智能企业DeepSeek: a short descriptor ending in a kind of firm, the firm.
            if let Some(&next) = c.members.iter().find(|&&i| c.mentions[i].span.start >= w_end) {
                let between = c.text(w_end, c.mentions[next].span.start);
                if firm(next) && between != "的" && is_firm_descriptor(between) {
                    e.emit(c, next, Predicate::LocatedIn, place, Rule::REL_DOMESTIC);
                }
            }
            // X作为本土企业, A、B是国内…的两家创业公司: the firm, 是/作为, the
            // domestic word and a description that closes on a kind of firm.
            if let Some(n) = last_before.filter(|&n| c.mentions[c.members[n]].span.start >= clause.start) {
                let subject = c.members[n];
                let lead = c.text(c.mentions[subject].span.end, w);
                let described = ["是", "作为", "系"].contains(&lead) || crate::cues::DESCRIBED_AS.contains(&lead);
                let descriptor = c.text(w_end, (clause.end + 1).min(c.span.end));
                let closed = FIRM_NOUNS.iter().any(|noun| {
                    descriptor.match_indices(noun).any(|(at, _)| {
                        let rest = &descriptor[at + noun.len()..];
                        descriptor[..at].chars().count() <= 18
                            && !descriptor[..at].chars().any(|ch| matches!(ch, '、' | '和' | '与' | '及'))
                            && (rest.is_empty() || DESCRIBED_CLOSERS.iter().any(|w| rest.starts_with(w)))
                    })
                });
                // (是国内企业的首选供应商: the domestic word describes other firms.)
                let others = FIRM_NOUNS.iter().any(|noun| descriptor.contains(&format!("{noun}的")));
                if firm(subject) && described && closed && !others {
                    for o in joined_run_ending_at(c, n, firm) {
                        e.emit(c, o, Predicate::LocatedIn, place, Rule::REL_DOMESTIC);
                    }
                }
            }
            // 国内市场，A、B、C等头部电池企业积极扩产; …；国内以A、B为代表: the
            // domestic word is what the sentence (or its ；-part) is about;
            // its firms whose curated home is the place are framed by it.
            let before = c.text(c.span.start, w);
            let opens = before.trim().is_empty() || before == "在" || before.ends_with(['；', ';']);
            let topic = ["，", ",", "市场", "方面", "以", "来看", "而言"].iter().any(|t| after.starts_with(t));
            if opens && topic {
                let end = text[b..].find(['；', ';']).map_or(c.span.end, |at| w + text[b..b + at].chars().count());
                for &o in &c.members {
                    let om = &c.mentions[o];
                    if om.span.start >= w_end
                        && om.span.end <= end
                        && c.kind(o) == Company
                        && om.entry.is_some_and(|f| dictionary.has_link(f, Predicate::LocatedIn, entry))
                    {
                        e.emit(c, o, Predicate::LocatedIn, place, Rule::REL_DOMESTIC_CURATED);
                    }
                }
            }
        }
    }
}

/// Mistral AI是一家法国人工智能初创公司, 苹果作为一家美国公司, SailPoint是一家
/// 总部位于美国的身份安全公司: a firm described as a firm of a place.
fn described_home(c: &Clauses, e: &mut Emitter) {
    for &p in &c.members {
        if c.kind(p) != Place {
            continue;
        }
        let pm = &c.mentions[p];
        let clause = c.clause_of(pm.span.start);
        let Some(firm) =
            c.members.iter().copied().rfind(|&i| c.kind(i).is_actor() && c.mentions[i].span.end <= pm.span.start)
        else {
            continue;
        };
        // (阿里巴巴，又是杭州的企业: the firm may be a clause of its own
        // right before.)
        let firm_clause = c.clause_of(c.mentions[firm].span.start);
        let bare_before = firm_clause.end + 1 == clause.start && bare_subject_clause(c, firm_clause) == [firm];
        if c.mentions[firm].span.start < clause.start && !bare_before {
            continue;
        }
        let between = c.text(c.mentions[firm].span.end, pm.span.start);
        let between = if bare_before { between.trim_start_matches([',', '，', ' ']) } else { between };
        // (X是杭州的企业: a plain 是 right before the place, then 的 and the
        // kind of firm.)
        let plain = crate::cues::PLAIN_DESCRIBED_AS.contains(&between)
            && c.text(c.mentions[*place_chain(c, p).last().expect("never empty")].span.end, clause.end)
                .starts_with('的');
        let Some(rest) = crate::cues::DESCRIBED_AS.iter().find_map(|w| between.strip_prefix(w)).or(plain.then_some(""))
        else {
            continue;
        };
        // (是一家总部位于…, 是一家来自…: a few words may lead to the place.)
        if rest.chars().count() > 6 || rest.chars().any(|ch| is_clause_break(ch) || ch == '的') {
            continue;
        }
        let chain = place_chain(c, p);
        let after_chain = c.mentions[*chain.last().expect("never empty")].span.end;
        let descriptor = c.text(after_chain, (after_chain + 14).min(clause.end));
        let described = crate::cues::FIRM_NOUNS.iter().any(|n| {
            descriptor.find(n).is_some_and(|at| !descriptor[..at].chars().any(|ch| matches!(ch, '、' | '和' | '与')))
        });
        if described {
            for &q in &chain {
                e.emit(c, firm, Predicate::LocatedIn, q, Rule::REL_DESCRIBED_HOME);
            }
        }
    }
}

/// 蚂蚁集团坚持自研。这家总部位于杭州的金融科技公司…: a sentence that
/// opens with 这家, where it is at home and a kind of firm speaks of the firm
/// the sentence before opened with.
fn pronoun_home(c: &Clauses, e: &mut Emitter) {
    let text = strip_openers(c.text(c.span.start, c.span.end));
    let Some(rest) = text.strip_prefix("这家") else { return };
    let Some(lead) = crate::cues::HOME_LEADS.iter().find(|w| rest.starts_with(*w)) else { return };
    let at = c.span.start + (c.text(c.span.start, c.span.end).chars().count() - text.chars().count()) + 2;
    let place_at = at + lead.chars().count();
    let Some(&p) = c.members.iter().find(|&&i| c.mentions[i].span.start == place_at && c.kind(i) == Place) else {
        return;
    };
    let chain = place_chain(c, p);
    let after = c.mentions[*chain.last().expect("never empty")].span.end;
    let clause = c.clause_of(after);
    let descriptor = c.text(after, (after + 14).min(clause.end));
    let described = descriptor.starts_with('的')
        && crate::cues::FIRM_NOUNS.iter().any(|n| {
            descriptor.find(n).is_some_and(|at| !descriptor[..at].chars().any(|ch| matches!(ch, '、' | '和' | '与')))
        });
    // (这家…公司名为X, 这家…公司及其母公司Y: a clause that names an actor
    // may introduce the firm it describes.)
    if !described || c.members.iter().any(|&i| c.kind(i).is_actor() && c.mentions[i].span.start < clause.end) {
        return;
    }
    if let Some(firm) = topic_firm(c, c.span.start) {
        for &q in &chain {
            if !e.home_elsewhere(c, firm, q) {
                e.emit(c, firm, Predicate::LocatedIn, q, Rule::REL_DESCRIBED_HOME);
            }
        }
    }
}

/// 阿里巴巴领投, 红杉中国、美团参投; 获高瓴投资的星河智能; 智谱的股东包括X;
/// 本轮融资由X领投 (the company that raises is the one that 完成…融资, the
/// one whose 股东 are listed, or the one 本轮/其/该公司 points back to).
fn investments(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{FINANCING_WORDS, INVESTOR_LIST_CUES, INVEST_VERBS, RAISE_WORDS, ROUND_REFERENCES};
    let text = c.text(c.span.start, c.span.end);
    let financing = FINANCING_WORDS.within(text);
    if !financing && !text.contains("投资") {
        return;
    }
    let investor_kind = |k: EntityType| k.is_actor() || k == Person;
    let is_investor = |i: usize| {
        let m = &c.mentions[i];
        if !investor_kind(m.kind) {
            return false;
        }
        let clause = c.clause_of(m.span.start);
        let tail = c.text(m.span.end, clause.end);
        let tail = tail.split("融资").next().unwrap_or("");
        // The verb follows the investor closely (X领投, X和Y跟投), not at the
        // end of a long clause about something else.
        // No other actor between the investor and its verb: in 由阿里前员工创立、
        // 获高瓴投资的X the verb is 高瓴's. Lists (A、B和C跟投) reach the
        // others through `distribute_over_lists`.
        // 风险投资基金, 投资机构: the verb's word inside a noun names a kind
        // of firm, not an act.
        let noun_compound = |after: &str| crate::cues::INVEST_NOUN_TAILS.iter().any(|n| after.starts_with(n));
        let verb_near = INVEST_VERBS.iter().any(|v| {
            tail.find(v).filter(|&p| !noun_compound(&tail[p + v.len()..])).is_some_and(|p| {
                let verb_at = m.span.end + tail[..p].chars().count();
                // Other actors between are fine only as co-investors joined
                // to this one (A与B共同参与, A和B领投).
                let others: Vec<usize> = c
                    .members
                    .iter()
                    .copied()
                    .filter(|&o| {
                        o != i
                            && investor_kind(c.kind(o))
                            && c.mentions[o].span.start >= m.span.end
                            && c.mentions[o].span.start < verb_at
                    })
                    .collect();
                let mut rest = c.text(m.span.end, verb_at).to_string();
                for &o in &others {
                    rest = rest.replacen(c.mentions[o].text.as_str(), "", 1);
                }
                let rest = rest.trim_end_matches(['共', '同', '均', '也', '都', '亦', '联', '合']);
                let joined = rest.chars().all(|ch| matches!(ch, '与' | '和' | '及' | '、' | '以'));
                // 软银向OpenAI注资: the one other is the target, after 向/对.
                let aimed = others.len() == 1
                    && crate::cues::INVEST_TARGET_MARKERS
                        .contains(&c.text(m.span.end, c.mentions[others[0]].span.start))
                    && c.text(c.mentions[others[0]].span.end, verb_at).chars().count() <= 2;
                // (A、B等初创企业获得投资: the verb is received, not done.)
                let received = crate::cues::RECEIVE_WORDS.iter().any(|g| tail[..p].trim_end().ends_with(g));
                let denied = crate::cues::INVEST_DENIED.iter().any(|w| tail[..p].contains(w));
                tail[..p].chars().count() <= 12
                    && !received
                    && !denied
                    && (others.is_empty() || joined || aimed)
                    && (financing || !v.contains("参与"))
            })
        });
        let head = c.text(c.span.start, m.span.start);
        // 投资者包括A、B…支持此次收购: backers of a takeover bid, not of the
        // company bid for.
        let listed = INVESTOR_LIST_CUES.within(head) && !text.contains("收购");
        // 获X投资, 获得X的投资: the investor sits between 获 and 投资.
        let before = c.text(clause.start, m.span.start);
        // (获得腾讯和阿里巴巴的联合投资: several investors between the two.)
        let co_investors = |text: &str| {
            let mut rest = text.to_string();
            for &o in &c.members {
                if investor_kind(c.kind(o)) {
                    rest = rest.replace(c.mentions[o].text.as_str(), "");
                }
            }
            rest.chars().all(|ch| matches!(ch, '和' | '与' | '及' | '、' | ' '))
        };
        let got_at = ["获得了", "获得", "获"].iter().find_map(|w| before.rfind(w).map(|p| (p, w.len())));
        let got = got_at.is_some_and(|(p, len)| co_investors(&before[p + len..]))
            && ["投资", "的投资", "的联合投资", "的共同投资", "联合投资", "战略投资", "的战略投资", "注资", "领投"]
                .iter()
                .any(|w| tail.find(w).is_some_and(|at| co_investors(&tail[..at])));
        // 软银向OpenAI注资: what follows 向/对 receives the money.
        let aimed_at = crate::cues::INVEST_TARGET_MARKERS.iter().any(|w| before.ends_with(w));
        // 云锋基金(阿里巴巴关联公司): a name inside a bracket that goes on to
        // describe the investor before it is not itself an investor (a bare
        // other name, 德同环球(德同资本), is the same investor).
        let describes = c.parenthetical(i) && {
            let rest = c.text(m.span.end, c.span.end);
            rest.find(')').is_some_and(|p| !rest[..p].trim().is_empty())
        };
        (verb_near || listed || got) && !aimed_at && !describes
    };
    let investors: Vec<usize> = c.members.iter().copied().filter(|&i| is_investor(i)).collect();
    if investors.is_empty() {
        return;
    }
    let raises = |i: usize| {
        let m = &c.mentions[i];
        let clause = c.clause_of(m.span.start);
        let after = c.text(m.span.end, clause.end);
        // (同时获得阿里云的资源和X的投资: the one raising is named before
        // the word, not after it.)
        RAISE_WORDS.iter().any(|w| after.contains(w))
            || ["的股东", "的第一大股东", "的投资方", "的投资人", "的大股东", "的控股股东"]
                .iter()
                .any(|w| after.starts_with(w))
    };
    // A company whose own clause goes on to an investing verb is one of a
    // list of investors (君联资本、顺为资本和高瓴创投跟投), not the target.
    let in_investor_list = |i: usize| {
        let m = &c.mentions[i];
        let tail = c.text(m.span.end, c.clause_of(m.span.start).end);
        // (OpenAI获软银领投的融资: OpenAI receives.)
        ["领投", "跟投", "参投"].iter().any(|v| tail.contains(v)) && !tail.starts_with('获')
    };
    let targets: Vec<usize> = c
        .members
        .iter()
        .copied()
        .filter(|&i| c.kind(i) == Company && !investors.contains(&i) && !in_investor_list(i))
        // (A、B和C等机构洽谈参与本轮融资: a fellow of an investor's list is
        // one of them, not the company funded.)
        .filter(|&i| !investors.iter().any(|&o| one_list(c, o, i)))
        .collect();
    let target = targets.iter().copied().find(|&i| raises(i)).or_else(|| {
        // 月之暗面获阿里巴巴投资: the company that 获 follows closely,
        // with an investor after it in the same clause.
        targets.iter().copied().find(|&t| {
            let mt = &c.mentions[t];
            let clause = c.clause_of(mt.span.start);
            let tail = c.text(mt.span.end, clause.end);
            tail.find('获').is_some_and(|p| {
                let got_at = mt.span.end + tail[..p].chars().count();
                // (Only adverbs between: 由OpenAI前员工创立、获谷歌投资的
                // Anthropic does not make OpenAI the one that got it.)
                let between = crate::cues::PARTNER_ADVERBS.iter().fold(tail[..p].trim(), trim_start_word);
                matches!(between, "" | "宣布" | "成功" | "再次" | "近日宣布")
                    && investors
                        .iter()
                        .any(|&i| c.mentions[i].span.start > got_at && c.mentions[i].span.end <= clause.end)
            })
        })
    });
    // X投资Y, 获X投资的Y: the company right after an investor's verb.
    let takes = |i: usize, t: usize| {
        let between = c.text(c.mentions[i].span.end, c.mentions[t].span.start);
        // 京东金融(JD.O)斥资…收购: the investor's ticker is no gap.
        let between = after_ticker(between);
        // 谷歌斥资20亿美元投资Anthropic: the amount before the verb.
        let spending = crate::cues::SPENDING_WORDS.iter().any(|w| between.starts_with(w));
        let reach = if spending { 18 } else { 8 };
        c.mentions[i].span.end < c.mentions[t].span.start
            && between.chars().count() <= reach
            && !between.chars().any(is_clause_break)
            && crate::cues::TRANSITIVE_INVEST_VERBS.iter().any(|v| {
                between.match_indices(v).any(|(p, _)| {
                    let after = &between[p + v.len()..];
                    !crate::cues::INVEST_NOUN_TAILS.iter().any(|n| after.starts_with(n))
                })
            })
    };
    let by_verb = target.is_none();
    let target = target
        .or_else(|| targets.iter().copied().find(|&t| investors.iter().any(|&i| takes(i, t))))
        .or_else(|| {
            // 软银向OpenAI注资, 亚马逊对Anthropic的投资: the company after 向/对.
            targets.iter().copied().find(|&t| {
                investors.iter().any(|&i| {
                    crate::cues::INVEST_TARGET_MARKERS
                        .contains(&c.text(c.mentions[i].span.end, c.mentions[t].span.start))
                })
            })
        })
        .or_else(|| {
            // 本轮融资由X领投, 其股东包括X: the last company named before this
            // sentence, within two sentences.
            // Investors named back there (美团参投) are not what 其 means.
            // (其 as a pronoun, not inside 其他, 其中, 尤其.)
            let refers =
                ROUND_REFERENCES.iter().any(|w| text.match_indices(w).any(|(at, _)| funded_reference(text, at, w)));
            refers
                .then(|| {
                    c.antecedent(c.span.start, 2, |i| {
                        c.kind(i) == Company && !invests_in_its_clause(c.doc, c.mentions, i)
                    })
                })
                .flatten()
        });
    let Some(target) = target else { return };
    // 英特尔的晶圆代工事业部: a unit of the company is what is invested in.
    let unit = {
        let m = &c.mentions[target];
        let tail = c.text(m.span.end, c.clause_of(m.span.start).end);
        tail.find('的').is_some_and(|p| {
            let after = &tail[p..];
            tail[..p].chars().count() <= 2
                && crate::cues::COMPANY_UNIT_NOUNS
                    .iter()
                    .any(|u| after.find(u).is_some_and(|q| after[..q].chars().count() <= 10))
        })
    };
    if unit {
        return;
    }
    // 阿里投资银泰…；京东入股永辉: a company found as one investor's
    // object is that investor's (and its list's), or of those in its clause,
    // not every investor's of the sentence.
    let takers: Vec<usize> = investors.iter().copied().filter(|&i| takes(i, target)).collect();
    let reaches = |i: usize| {
        !by_verb
            || takers.is_empty()
            || takers.iter().any(|&k| k == i || one_list(c, i, k))
            || c.clause_of(c.mentions[i].span.start) == c.clause_of(c.mentions[target].span.start)
    };
    for i in investors {
        // Fellow members of one list are not each other's investee.
        if i != target && !same_name(&c.mentions[i], &c.mentions[target]) && !one_list(c, i, target) && reaches(i) {
            e.emit(c, i, Predicate::InvestedIn, target, Rule::REL_INVESTED);
        }
    }
}

/// Whether the reference word `w` at byte `at` of a funding sentence points
/// back at the company funded: round words always (本轮融资由X领投); a
/// pronoun (其, 这家…公司, 该公司) only after a word aimed at the funded
/// (向其投资, 参与该公司…融资) or before one of what the funded has (其股东,
/// 该公司最新融资). 其持有, 通过其投资基金, 这家互联网巨头否认, 其三 name
/// the investor, another actor or nothing.
fn funded_reference(text: &str, at: usize, w: &str) -> bool {
    use crate::cues::{FUNDED_REFERENCE_LEADS, FUNDED_REFERENCE_TAILS};
    let mut after = &text[at + w.len()..];
    match w {
        "其" => {
            if qi_inside_word(text, at)
                || after.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'])
            {
                return false;
            }
        }
        // 这家新兴公司: the noun that 这家 opens must be a firm's.
        "这家" => match after
            .char_indices()
            .take(8)
            .find(|&(p, _)| ["公司", "企业"].iter().any(|n| after[p..].starts_with(n)))
        {
            Some((p, _)) => after = &after[p + "公司".len()..],
            None => return false,
        },
        "该公司" | "该企业" => {}
        _ => return true,
    }
    let before = text[..at].trim_end();
    FUNDED_REFERENCE_LEADS.iter().any(|l| before.ends_with(l))
        || FUNDED_REFERENCE_TAILS.iter().any(|t| after.trim_start().starts_with(t))
}

/// Whether mentions `a` and `b` are members of one list (A、B和C, A、阿联酋
/// 投资公司B): every gap between the mentions from one to the other opens
/// with a list joiner and runs on to the next name without a clause break.
fn one_list(c: &Clauses, a: usize, b: usize) -> bool {
    let (first, last) = if c.mentions[a].span.start < c.mentions[b].span.start { (a, b) } else { (b, a) };
    let (from, to) = (c.mentions[first].span.end, c.mentions[last].span.start);
    if from > to {
        return false;
    }
    // The names between, as members; other mentions (places) are words of
    // a member's description.
    let mut cuts: Vec<(usize, usize)> = c
        .members
        .iter()
        .copied()
        .filter(|&i| c.kind(i).is_actor() || c.kind(i) == Person)
        .map(|i| (c.mentions[i].span.start, c.mentions[i].span.end))
        .filter(|&(start, end)| start >= from && end <= to)
        .collect();
    cuts.sort();
    cuts.push((to, to));
    let mut gap_start = from;
    for (start, end) in cuts {
        if start < gap_start {
            continue;
        }
        // (A(AAPL)、B: a bracket after a name is no gap.)
        let gap = after_ticker(c.text(gap_start, start).trim()).trim();
        let verb = crate::cues::INVEST_VERBS.iter().any(|v| {
            gap.match_indices(v).any(|(p, _)| {
                let after = &gap[p + v.len()..];
                !crate::cues::INVEST_NOUN_TAILS.iter().any(|n| after.starts_with(n))
            })
        });
        if !crate::cues::LIST_JOINERS.iter().any(|j| gap.starts_with(j))
            || gap.chars().count() > 12
            || gap.chars().any(is_clause_break)
            || gap.contains('的')
            || verb
        {
            return false;
        }
        gap_start = end;
    }
    true
}

/// SSI从红杉资本、a16z和DST Global等五家投资机构筹集了10亿美元; OpenAI设立子公司，
/// 从微软等投资者那里筹集资金: the actors between 从 and a raising verb
/// whose object is money invested in the company the clause is about.
fn funding_sources(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{
        FUNDING_SOURCE_FILLERS, FUNDING_SOURCE_MONEY, FUNDING_SOURCE_NOT_INVESTMENT, FUNDING_SOURCE_VERBS,
    };
    let text = c.text(c.span.start, c.span.end);
    for (at, _) in text.match_indices('从') {
        // 从而, 从中, 从未, 从事, 自从: not a source.
        if text[at + '从'.len_utf8()..].starts_with(['而', '中', '未', '事', '业', '来', '头', '小'])
            || text[..at].ends_with(['自', '服', '遵', '随', '听'])
        {
            continue;
        }
        let from = c.span.start + text[..at].chars().count();
        let clause = c.clause_of(from);
        let rest = c.text(from + 1, clause.end);
        let Some((verb_byte, verb)) =
            FUNDING_SOURCE_VERBS.iter().filter_map(|v| rest.find(v).map(|p| (p, *v))).min_by_key(|&(p, _)| p)
        else {
            continue;
        };
        let after = &rest[verb_byte + verb.len()..];
        if !FUNDING_SOURCE_MONEY.iter().any(|w| after.contains(w))
            || FUNDING_SOURCE_NOT_INVESTMENT.iter().any(|w| after.contains(w))
        {
            continue;
        }
        let verb_at = from + 1 + rest[..verb_byte].chars().count();
        let inside: Vec<usize> = c
            .members
            .iter()
            .copied()
            .filter(|&i| c.mentions[i].span.start > from && c.mentions[i].span.end <= verb_at)
            .collect();
        if inside.is_empty() || !inside.iter().all(|&i| c.kind(i).is_actor()) {
            continue;
        }
        // Only the investors' names, their other names in brackets and
        // words that list or count them: 从X的客户中获得 is no source.
        let mut rest_words = String::new();
        let mut depth = 0;
        for pos in from + 1..verb_at {
            if inside.iter().any(|&i| c.mentions[i].span.start <= pos && pos < c.mentions[i].span.end) {
                continue;
            }
            let ch = c.doc.chars[pos];
            // (The text is NFKC: full-width brackets are ASCII here.)
            match ch {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 && !ch.is_whitespace() && !ch.is_ascii_digit() => rest_words.push(ch),
                _ => {}
            }
        }
        let mut left = rest_words;
        for w in FUNDING_SOURCE_FILLERS {
            left = left.replace(w, "");
        }
        if !left.chars().all(|ch| "一二三四五六七八九十".contains(ch)) {
            continue;
        }
        // The company raising: the last actor named before 从 in the
        // sentence, or what 该公司/其 points back to.
        let before = c.members.iter().copied().rfind(|&i| c.mentions[i].span.end <= from && c.kind(i).is_actor());
        let lead = c.text(clause.start, from);
        let target = match before {
            Some(t) if !lead.contains("该公司") => Some(t),
            _ => c.antecedent(from, 1, |i| c.kind(i) == Company && !inside.contains(&i)),
        };
        let Some(target) = target.filter(|&t| c.kind(t) == Company) else { continue };
        for &i in &inside {
            if !same_name(&c.mentions[i], &c.mentions[target]) {
                e.emit(c, i, Predicate::InvestedIn, target, Rule::REL_FUNDED_FROM);
            }
        }
    }
}

/// 获得来自德国风险资本Picus Capital的投资, 敲定来自软银集团(SBG)的400亿美元
/// 首轮投资: a receiving verb, 来自, the investors (with their descriptions,
/// other names and places), 的, and investment money in the same clause; the
/// company receiving is the last one named before.
fn sourced_investments(c: &Clauses, e: &mut Emitter) {
    use crate::cues::{
        FUNDING_SOURCE_FILLERS, FUNDING_SOURCE_NOT_INVESTMENT, SOURCED_INVESTMENT_MONEY, SOURCED_INVESTMENT_VERBS,
    };
    let text = c.text(c.span.start, c.span.end);
    for (at, _) in text.match_indices("来自") {
        let from = c.span.start + text[..at].chars().count();
        let clause = c.clause_of(from);
        let lead = c.text(clause.start, from);
        if !SOURCED_INVESTMENT_VERBS.iter().any(|v| lead.ends_with(v)) {
            continue;
        }
        let rest = c.text(from + 2, clause.end);
        let Some(de) = rest.find('的') else { continue };
        let de_at = from + 2 + rest[..de].chars().count();
        let after = &rest[de + '的'.len_utf8()..];
        let money =
            SOURCED_INVESTMENT_MONEY.iter().filter_map(|w| after.find(w).map(|p| (p, *w))).min_by_key(|&(p, _)| p);
        let Some((money_at, word)) = money else { continue };
        // (投资者, 投资基金: people or funds, not the money.)
        let tail = &after[money_at + word.len()..];
        if after[..money_at].chars().count() > 16
            || after[..money_at].contains('的')
            || crate::cues::INVEST_NOUN_TAILS.iter().any(|t| tail.starts_with(t))
            || FUNDING_SOURCE_NOT_INVESTMENT.iter().any(|w| after[..money_at].contains(w))
        {
            continue;
        }
        let inside: Vec<usize> = c
            .members
            .iter()
            .copied()
            .filter(|&i| c.mentions[i].span.start >= from + 2 && c.mentions[i].span.end <= de_at)
            .collect();
        let investors: Vec<usize> = inside.iter().copied().filter(|&i| c.kind(i).is_actor()).collect();
        if investors.is_empty() || inside.iter().any(|&i| !c.kind(i).is_actor() && c.kind(i) != Place) {
            continue;
        }
        // The investors close the span before 的: only their other names in
        // brackets and words that list or count them come after the last.
        let last_end = inside.iter().map(|&i| c.mentions[i].span.end).max().unwrap_or(de_at);
        let mut left = c.text(last_end, de_at).replace(' ', "");
        if let Some(open) = left.find('(') {
            match left[open..].find(')') {
                Some(close) => left.replace_range(open..open + close + 1, ""),
                None => continue,
            }
        }
        for w in FUNDING_SOURCE_FILLERS {
            left = left.replace(w, "");
        }
        if !left.is_empty() {
            continue;
        }
        let target = c
            .members
            .iter()
            .copied()
            .rfind(|&i| c.mentions[i].span.end <= from && c.kind(i) == Company)
            .filter(|&t| c.mentions[t].span.start >= c.span.start);
        let Some(target) = target else { continue };
        for &i in &investors {
            if !same_name(&c.mentions[i], &c.mentions[target]) {
                e.emit(c, i, Predicate::InvestedIn, target, Rule::REL_FUNDED_FROM);
            }
        }
    }
}

/// 美团参投, 红杉中国、小红书、美团参投: a company that its own clause goes on
/// to call an investor, alone or in a list.
fn invests_in_its_clause(doc: &Document, mentions: &[Mention], i: usize) -> bool {
    let m = &mentions[i];
    let chars = &doc.chars;
    let limit = chars.len().min(m.span.end + 40);
    let end = (m.span.end..limit).find(|&p| is_clause_break(chars[p])).unwrap_or(limit);
    let tail: String = chars[m.span.end..end].iter().collect();
    crate::cues::INVEST_VERBS.iter().any(|v| tail.find(v).is_some_and(|p| tail[..p].chars().count() <= 24))
}

/// What the dictionary knows (阿里云 is 阿里巴巴's, 张一鸣 is 字节跳动's),
/// said by a sentence that names both, or by two adjacent ones.
fn curated_cooccurrence(c: &Clauses, next: Option<&Clauses>, dictionary: &Dictionary, e: &mut Emitter) {
    // A quote list (阿里健康(00241.HK)…阿里巴巴(09988.HK)) or a plain list
    // (Claude、GPT、OpenAI) names its members side by side: it says nothing
    // of how they are linked.
    let listed = |a: usize, b: usize| {
        let (ma, mb) = (&c.mentions[a], &c.mentions[b]);
        if ma.sentence != mb.sentence {
            return false;
        }
        let quoted = |m: &Mention| {
            let after = c.text(m.span.end, (m.span.end + 12).min(c.doc.chars.len()));
            after.starts_with('(') && after.chars().nth(1).is_some_and(|d| d.is_ascii_digit())
        };
        let (first, second) = if ma.span.start < mb.span.start { (ma, mb) } else { (mb, ma) };
        let between = c.text(first.span.end, second.span.start);
        (quoted(ma) && quoted(mb)) || crate::cues::LIST_SEPARATORS.contains(&between)
    };
    let mut pool: Vec<usize> = c.members.clone();
    if let Some(n) = next {
        pool.extend(n.members.iter().copied());
    }
    for &a in &c.members {
        let Some(ea) = c.mentions[a].entry else {
            continue;
        };
        for &b in &pool {
            let Some(eb) = c.mentions[b].entry else {
                continue;
            };
            if listed(a, b) {
                continue;
            }
            for predicate in [Predicate::SubsidiaryOf, Predicate::DevelopedBy, Predicate::AffiliatedWith] {
                if dictionary.has_link(ea, predicate, eb) {
                    let rule = if c.mentions[b].sentence == c.sentence {
                        Rule::CURATED_COOCCUR
                    } else {
                        Rule::CURATED_COOCCUR_ADJACENT
                    };
                    e.emit(c, a, predicate, b, rule);
                }
                if c.mentions[b].sentence != c.sentence && dictionary.has_link(eb, predicate, ea) {
                    e.emit(c, b, predicate, a, Rule::CURATED_COOCCUR_ADJACENT);
                }
            }
        }
    }
}

/// Qwen2.5-VL is a Qwen (通义千问): a version found by pattern, or a curated
/// version, is a variant of its family when the article names the family.
fn families(doc: &Document, mentions: &[Mention], dictionary: &Dictionary, e: &mut Emitter) {
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != Model {
            continue;
        }
        let parent_family =
            |id: usize| dictionary.links_from(id).find(|l| l.predicate == Predicate::VariantOf).map(|l| l.object);
        let mut family_entry =
            m.family.filter(|&f| dictionary.entry(f).kind == Model).or_else(|| parent_family(m.entry?));
        // Qwen2.5-VL → Qwen2.5 → 通义千问: climb to the ancestor the article names.
        let mentioned = |f: usize| mentions.iter().any(|o| o.entry == Some(f));
        let mut steps = 0;
        while let Some(f) = family_entry.filter(|&f| !mentioned(f)) {
            match parent_family(f) {
                Some(up) if steps < 4 => family_entry = Some(up),
                _ => break,
            }
            steps += 1;
        }
        let Some(family) = family_entry else { continue };
        if m.entry == Some(family) {
            continue;
        }
        // The text must show the kinship: the version carries a family name
        // (Qwen3, 通义千问Qwen3, 文心4.5) or the two stand in one or two
        // adjacent sentences. A brand of its own (文心一言, QwQ) named far
        // from its family says nothing of it.
        let carries_name = dictionary
            .entry(family)
            .names()
            .any(|n| n.chars().count() >= 2 && m.text.to_lowercase().starts_with(&n.to_lowercase()))
            || m.family.is_some();
        let near = |o: &Mention| o.sentence + 1 >= m.sentence && o.sentence <= m.sentence + 1;
        if let Some(f) =
            mentions.iter().position(|o| o.entry == Some(family) && o.kind == Model && (carries_name || near(o)))
        {
            let c = Clauses::new(doc, mentions, m.sentence);
            e.emit(&c, i, Predicate::VariantOf, f, Rule::REL_FAMILY);
            // Qwen2.5-Max is a Qwen2.5 and a 通义千问: every ancestor the
            // article names is a family of the version too.
            let mut up = parent_family(family);
            let mut steps = 0;
            while let Some(a) = up.filter(|_| steps < 4) {
                if let Some(f) = mentions.iter().position(|o| o.entry == Some(a) && o.kind == Model) {
                    e.emit(&c, i, Predicate::VariantOf, f, Rule::REL_FAMILY);
                }
                up = parent_family(a);
                steps += 1;
            }
        }
        // A version inherits its family's curated maker when the article
        // names that maker (Qwen2.5-VL → 阿里巴巴, DeepSeek-R1 → 深度求索):
        // readers take the family's maker as said, and annotators do too.
        let has_maker = e.stated.contains(&(i, Predicate::DevelopedBy));
        if !has_maker {
            let mut f = Some(family);
            let mut steps = 0;
            while let Some(id) = f.filter(|_| steps < 4) {
                // A pattern-found version takes the maker from anywhere in the
                // article; a curated one, which the article could have tied
                // to its maker itself, only from its own paragraph.
                let paragraph = doc.sentences[m.sentence].paragraph;
                let close = |o: &Mention| m.entry.is_none() || doc.sentences[o.sentence].paragraph == paragraph;
                let mut makers: Vec<usize> = dictionary
                    .links_from(id)
                    .filter(|l| l.predicate == Predicate::DevelopedBy)
                    .filter_map(|l| mentions.iter().position(|o| o.entry == Some(l.object) && close(o)))
                    .collect();
                // 国内人工智能企业DeepSeek先后推出V3和R1模型: the family's own
                // name read as the firm stands for its maker.
                if makers.is_empty() {
                    makers.extend(mentions.iter().position(|o| o.entry == Some(id) && o.kind == Company && close(o)));
                }
                if !makers.is_empty() {
                    let c = Clauses::new(doc, mentions, m.sentence);
                    for a in makers {
                        e.emit(&c, i, Predicate::DevelopedBy, a, Rule::CURATED_FAMILY_MAKER);
                    }
                    break;
                }
                f = parent_family(id);
                steps += 1;
            }
        }
    }
    // Step-1o Vision is a Step-1o, Baichuan4-Turbo a Baichuan4: a model
    // whose name is another model's of the article, then a separator and
    // more, is its version, whether or not the dictionary knows either.
    // Names are compared once per distinct name: an article may repeat one
    // model name thousands of times.
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| m.kind == Model) {
        first_of.entry(m.text.as_str()).or_insert(i);
    }
    let base_of: HashMap<&str, usize> = first_of
        .keys()
        .filter_map(|&name| {
            first_of
                .iter()
                .filter(|(base, _)| {
                    base.chars().count() >= 3
                        && name
                            .strip_prefix(**base)
                            .is_some_and(|rest| rest.starts_with(['-', ' ', '_']) && rest.len() > 1)
                })
                .max_by_key(|(base, _)| base.len())
                .map(|(_, &b)| (name, b))
        })
        .collect();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != Model || e.stated.contains(&(i, Predicate::VariantOf)) {
            continue;
        }
        if let Some(&b) = base_of.get(m.text.as_str()) {
            if mentions[b].entry.is_none() || mentions[b].entry != m.entry {
                let c = Clauses::new(doc, mentions, m.sentence);
                e.emit(&c, i, Predicate::VariantOf, b, Rule::REL_FAMILY);
            }
        }
    }
    // 小米15 Ultra is a 小米15: an edition of a curated product takes the
    // line's curated maker when the article names it in the same paragraph.
    for (i, m) in mentions.iter().enumerate() {
        let Some(line) = m.family.filter(|&f| dictionary.entry(f).kind == Product) else { continue };
        if m.kind != Product || e.stated.contains(&(i, Predicate::DevelopedBy)) {
            continue;
        }
        let paragraph = doc.sentences[m.sentence].paragraph;
        let makers: Vec<usize> = dictionary
            .links_from(line)
            .filter(|l| l.predicate == Predicate::DevelopedBy)
            .filter_map(|l| {
                mentions
                    .iter()
                    .position(|o| o.entry == Some(l.object) && doc.sentences[o.sentence].paragraph == paragraph)
            })
            .collect();
        let c = Clauses::new(doc, mentions, m.sentence);
        for a in makers {
            e.emit(&c, i, Predicate::DevelopedBy, a, Rule::CURATED_FAMILY_MAKER);
        }
    }
    // A version found by its maker's prefix (DeepSeek-V4 → DeepSeek).
    for (i, m) in mentions.iter().enumerate() {
        let Some(maker) = m.family.filter(|&f| dictionary.entry(f).kind.is_actor()) else {
            continue;
        };
        if let Some(a) = mentions.iter().position(|o| o.entry == Some(maker)) {
            let c = Clauses::new(doc, mentions, m.sentence);
            e.emit(&c, i, Predicate::DevelopedBy, a, Rule::REL_MAKER_PREFIX);
        }
    }
}

/// Yandex常被称为“俄罗斯的谷歌”: a place opening a likening in quotes names
/// where the one likened is, not the firm it is likened to.
fn likened(c: &Clauses, place: usize) -> bool {
    let start = c.mentions[place].span.start;
    let lead = c.text(c.clause_of(start).start, start);
    let Some(lead) = lead.strip_suffix(['“', '"', '「', '‘', '《']) else { return false };
    crate::cues::LIKENING_VERBS.iter().any(|v| lead.ends_with(v))
}

/// 云学堂的AI制课专家、AI学习地图、AI对练等产品: the things listed after a
/// possessive, when the list closes with 等 and a kind of product, are all
/// the owner's. Without that close the list may run on to others' things.
fn possessed_list(c: &Clauses, first: usize) -> Vec<usize> {
    let artifact = |i: usize| matches!(c.kind(i), Model | Product | Deployment);
    let Some(n) = c.members.iter().position(|&i| i == first) else { return Vec::new() };
    let mut run = Vec::new();
    let mut last = first;
    for &o in &c.members[n + 1..] {
        if !artifact(o)
            || !crate::cues::LIST_SEPARATORS.contains(&c.text(c.mentions[last].span.end, c.mentions[o].span.start))
        {
            break;
        }
        run.push(o);
        last = o;
    }
    let end = c.mentions[last].span.end;
    // (…、AI对练等产品: one more item the recognizer did not name may
    // come before 等.)
    let tail = c.text(end, (end + 16).min(c.span.end));
    let unnamed_item = |t: &str| {
        t.is_empty()
            || ["、", "和", "及", "以及"].iter().any(|w| t.starts_with(w))
                && t.chars().count() <= 10
                && !t.chars().any(|ch| is_clause_break(ch) || ch == '的')
    };
    let closed = tail.find('等').filter(|&p| unnamed_item(&tail[..p])).is_some_and(|p| {
        let rest = &tail[p + '等'.len_utf8()..];
        let rest = rest.trim_start_matches(|ch: char| crate::cues::COUNT_PHRASE_CHARS.contains(ch));
        crate::cues::POSSESSED_LIST_KINDS.iter().any(|k| rest.starts_with(k))
    });
    if closed {
        run
    } else {
        Vec::new()
    }
}
