//! Stage 5: mentions merged into entities; relations and facts re-pointed
//! at entities, deduplicated, with their provenance.
//!
//! Two mentions are one entity when they are names of one dictionary entry
//! (騰訊 and 腾讯, Qwen and 通义千问, 阿里 and 阿里巴巴) or fold to the same
//! name (DeepSeek and Deepseek). A newly found name that is a curated name
//! plus a type word (通义千问大模型) joins that entry, unless
//! `ontology/never_merge.tsv` keeps the two apart (豆包App is not 豆包大模型).

use crate::dictionary::Dictionary;
use crate::model::{Entity, EntityId, EntityType, Extraction, Fact, Mention, Predicate, Provenance, Relation, Span};
use crate::normalize::{fold_name, Document};
use crate::relate::Related;
use crate::rule::Rule;
use std::collections::{BTreeMap, HashMap, HashSet};

pub fn resolve(
    doc_name: &str,
    doc: &Document,
    mentions: &[Mention],
    related: &Related,
    dictionary: &Dictionary,
) -> Extraction {
    let mut keys: Vec<String> = mentions.iter().map(|m| entity_key(m, dictionary)).collect();
    merge_short_government_names(mentions, &mut keys);
    merge_surnames(mentions, &mut keys);
    merge_registered_names(doc, mentions, &mut keys);
    merge_group_names(mentions, &mut keys);
    merge_bracketed_names(doc, mentions, &mut keys);
    merge_initials(mentions, &mut keys);
    merge_bare_versions(doc, mentions, dictionary, &mut keys);
    // Short names the article introduced are their full name's entity.
    for i in 0..mentions.len() {
        if let Some(full) = mentions[i].alias_of.and_then(|start| mentions.iter().position(|m| m.span.start == start)) {
            let full_key = keys[full].clone();
            let short_key = keys[i].clone();
            for key in keys.iter_mut().filter(|k| **k == short_key) {
                *key = full_key.clone();
            }
        }
    }
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        groups.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            Vec::new()
        });
        groups.get_mut(key).unwrap().push(i);
    }

    let provenance = |span: Span, sentence: usize, rule: Rule| {
        let (chars, bytes) = doc.original_span(span);
        Provenance { doc: doc_name.to_string(), sentence, chars, bytes, rule: rule.id.to_string() }
    };

    let mut entities: Vec<Entity> = Vec::new();
    let mut entity_of_key: HashMap<String, usize> = HashMap::new();
    for key in &order {
        let members = &groups[key];
        // A key may name an entry no member carries (DeepSeek-R1/V3 → the
        // entry of DeepSeek-V3, or 豆包大模型 → 豆包's).
        let entry = members
            .iter()
            .find_map(|&i| mentions[i].entry)
            .or_else(|| key.strip_prefix("entry:").and_then(|id| id.parse().ok()));
        let mut kind = choose_kind(members.iter().map(|&i| &mentions[i]));
        // A family named after its firm (DeepSeek), written bare: the firm,
        // unless more of its mentions read it as the model (接入DeepSeek,
        // 大模型DeepSeek) than as the firm (DeepSeek团队): most articles
        // talk about the firm (DeepSeek概念股, DeepSeek的母公司, DeepSeek爆火).
        let votes = |rule: Rule| members.iter().filter(|&&i| mentions[i].rule == rule).count();
        if kind == EntityType::Model
            && members.iter().all(|&i| {
                let m = &mentions[i];
                m.text.is_ascii() && m.entry.is_some_and(|id| dictionary.brand_names_its_maker(id))
            })
            && votes(Rule::DICT_BRAND_AS_COMPANY) >= votes(Rule::DICT_BRAND_AS_MODEL)
            && !used_as_a_model(members, related)
        {
            kind = EntityType::Company;
        }
        // A curated entity is known by its curated label; the article's
        // spellings become aliases, so nothing is lost for matching.
        let label = match entry {
            Some(id) => dictionary.entry(id).label.clone(),
            // A registered name (…股份有限公司) gives way to the short name
            // the article goes on to use.
            None => {
                let short: Vec<usize> =
                    members.iter().copied().filter(|&i| !is_registered_name(&mentions[i].text)).collect();
                let names = if short.is_empty() { members.as_slice() } else { short.as_slice() };
                let label = most_common(names.iter().map(|&i| tidy_label(&mentions[i].text)));
                // A person is known by the full name the bare surname ends.
                let full = (kind == EntityType::Person).then(|| {
                    members.iter().map(|&i| tidy_label(&mentions[i].text)).find(|n| {
                        n.len() > label.len()
                            && n.strip_suffix(label.as_str())
                                .is_some_and(|head| head.ends_with(crate::cues::NAME_PART_SEPARATORS))
                    })
                });
                full.flatten().unwrap_or(label)
            }
        };
        let mut aliases: Vec<String> = Vec::new();
        for &i in members {
            // Surfaces as written; the normalized text adds nothing the
            // scorer's own t2s folding does not.
            let name = tidy_label(&mentions[i].surface);
            if name != label && !aliases.contains(&name) && !name.is_empty() {
                aliases.push(name);
            }
        }
        let confidence = members.iter().map(|&i| mentions[i].confidence).fold(0.0f32, f32::max);
        let mentions_provenance =
            members.iter().map(|&i| provenance(mentions[i].span, mentions[i].sentence, mentions[i].rule)).collect();
        entity_of_key.insert(key.clone(), entities.len());
        entities.push(Entity {
            label,
            kind,
            aliases,
            confidence,
            curated: entry.is_some(),
            mentions: mentions_provenance,
        });
    }
    let entity_of = |mention: usize| entity_of_key[&keys[mention]];

    // Relations, merged by (subject, predicate, object).
    let mut merged: BTreeMap<(usize, Predicate, usize), Relation> = BTreeMap::new();
    // The evidence each relation has, to skip repeats in constant time: a
    // line that says one thing thousands of times gives one relation with
    // thousands of sentences, and `Vec::contains` made that quadratic.
    let mut seen_evidence: HashSet<((usize, Predicate, usize), Provenance)> = HashSet::new();
    for r in &related.relations {
        let (mut s, mut o) = (entity_of(r.subject), entity_of(r.object));
        // A version of a brand that the article treats as a company
        // (DeepSeek-R1 of DeepSeek, the firm) is that company's model.
        let predicate = match r.predicate {
            Predicate::VariantOf if entities[o].kind.is_actor() => Predicate::DevelopedBy,
            p => p,
        };
        if s == o || !predicate.accepts(entities[s].kind, entities[o].kind) {
            continue;
        }
        if predicate.is_symmetric() && s > o {
            std::mem::swap(&mut s, &mut o);
        }
        let evidence = provenance(r.evidence, r.sentence, r.rule);
        let relation = merged.entry((s, predicate, o)).or_insert_with(|| Relation {
            subject: entities[s].label.clone(),
            predicate,
            object: entities[o].label.clone(),
            ends: Some((EntityId(s), EntityId(o))),
            confidence: 0.0,
            hedged: true,
            provenance: Vec::new(),
        });
        // Independent evidence adds up (noisy-or).
        relation.confidence = 1.0 - (1.0 - relation.confidence) * (1.0 - r.confidence);
        relation.hedged &= r.hedged;
        if seen_evidence.insert(((s, predicate, o), evidence.clone())) {
            relation.provenance.push(evidence);
        }
    }

    // Sector words are entities only where they name a field the text
    // applies something in.
    let mut keep: Vec<bool> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            e.kind != EntityType::Sector
                || groups[&order[i]].iter().any(|&m| mentions[m].rule == Rule::DICT_SECTOR_SCOPE)
        })
        .collect();
    for &(s, _, o) in merged.keys() {
        keep[s] = true;
        keep[o] = true;
    }

    let mut facts = Vec::new();
    let mut forecasts = Vec::new();
    let mut seen = Vec::new();
    for f in &related.facts {
        let s = entity_of(f.subject);
        keep[s] = true;
        // Metrics and units of the vocabulary (crate::metric), so that
        // figures of one thing compare across articles.
        let unit = crate::metric::normalize_unit(&f.unit);
        let key = (s, f.value.to_bits(), unit.clone(), f.date.clone(), f.hedged);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let fact = Fact {
            subject: entities[s].label.clone(),
            entity: Some(EntityId(s)),
            metric: crate::metric::canonical(&f.metric).to_string(),
            value: f.value,
            unit,
            date: f.date.clone(),
            confidence: f.confidence,
            hedged: f.hedged,
            provenance: vec![provenance(f.evidence, f.sentence, f.rule)],
        };
        if f.hedged {
            forecasts.push(fact);
        } else {
            facts.push(fact);
        }
    }

    // Entities without a role are dropped: the ids of relations and facts
    // (all of whose entities are kept) move down to the kept positions.
    let mut kept_id = Vec::with_capacity(keep.len());
    let mut kept = 0;
    for &k in &keep {
        kept_id.push(EntityId(kept));
        kept += usize::from(k);
    }
    let renumber = |id: EntityId| {
        debug_assert!(keep[id.0], "a relation or fact points at a dropped entity");
        kept_id[id.0]
    };
    let mut relations: Vec<Relation> = merged.into_values().collect();
    for relation in &mut relations {
        relation.ends = relation.ends.map(|(s, o)| (renumber(s), renumber(o)));
    }
    for fact in facts.iter_mut().chain(&mut forecasts) {
        fact.entity = fact.entity.map(renumber);
    }
    let entities: Vec<Entity> = entities.into_iter().zip(keep).filter_map(|(e, k)| k.then_some(e)).collect();
    Extraction {
        doc: doc_name.to_string(),
        title: doc.title.clone(),
        dateline: doc.dateline.clone(),
        entities,
        relations,
        facts,
        forecasts,
    }
}

/// 上海兆芯集成电路股份有限公司 and 兆芯, 格兰菲智能科技股份有限公司 and
/// 格兰菲: a registered company name and the short name the article uses are
/// one company. The short name must open the registered one, after at most
/// a place of three chars (上海, 北京市).
fn is_registered_name(text: &str) -> bool {
    ["有限公司", "有限责任公司", "(有限合伙)"].iter().any(|s| text.ends_with(s))
}

fn merge_registered_names(doc: &Document, mentions: &[Mention], keys: &mut [String]) {
    for i in 0..mentions.len() {
        let full = &mentions[i];
        if full.kind != EntityType::Company || !is_registered_name(&full.text) {
            continue;
        }
        // 度小满旗下重庆度小满小额贷款有限公司: a unit named after its parent
        // is not the parent.
        let lead = doc.slice(Span::new(full.span.start.saturating_sub(6), full.span.start));
        if crate::cues::UNIT_MARKERS_BEFORE_NAME.iter().any(|w| lead.ends_with(w)) {
            continue;
        }
        let short = mentions.iter().enumerate().filter(|(j, m)| {
            *j != i
                && m.kind == EntityType::Company
                && keys[*j] != keys[i]
                && m.text.chars().count() >= 2
                && m.text.len() < full.text.len()
                && full.text.find(m.text.as_str()).is_some_and(|at| full.text[..at].chars().count() <= 3)
        });
        if let Some((j, _)) = short.max_by_key(|(_, m)| m.text.len()) {
            let (from, to) = (keys[i].clone(), keys[j].clone());
            for key in keys.iter_mut().filter(|k| **k == from) {
                *key = to.clone();
            }
        }
    }
}

/// 高通公司 and 高通, 中芯国际集团 and 中芯国际, 鹏华基金 and 鹏华: a company
/// named with a plain firm word (公司, 集团, 基金, 证券) after the name the
/// article also uses alone is that company (not 科技: 腾讯科技 is a news
/// channel, not 腾讯).
fn merge_group_names(mentions: &[Mention], keys: &mut [String]) {
    // The first company mention of each name, found once: an article may
    // repeat a name thousands of times.
    let mut company: HashMap<&str, usize> = HashMap::new();
    for (j, m) in mentions.iter().enumerate().filter(|(_, m)| m.kind == EntityType::Company) {
        company.entry(m.text.as_str()).or_insert(j);
    }
    for i in 0..mentions.len() {
        let long = &mentions[i];
        // A curated name (DeepSeek公司 is 深度求索's) is what the dictionary says.
        if long.kind != EntityType::Company || long.entry.is_some() {
            continue;
        }
        let Some(stem) = crate::cues::FIRM_SUFFIXES_AFTER_SHORT_NAME.iter().find_map(|s| long.text.strip_suffix(s))
        else {
            continue;
        };
        if stem.chars().count() < 2 {
            continue;
        }
        if let Some(&j) = company.get(stem).filter(|&&j| keys[j] != keys[i]) {
            let (from, to) = (keys[i].clone(), keys[j].clone());
            for key in keys.iter_mut().filter(|k| **k == from) {
                *key = to.clone();
            }
        }
    }
}

/// Every key `from` becomes `to`: the mentions of one entity move together.
fn rekey(keys: &mut [String], from: &str, to: &str) {
    if from == to {
        return;
    }
    let (from, to) = (from.to_string(), to.to_string());
    for key in keys.iter_mut().filter(|k| **k == from) {
        *key = to.clone();
    }
}

/// A name in one script with its name in the other right after it in
/// brackets (英仕曼集团(Man Group), Man Group(英仕曼集团)): one company or
/// one body with two spellings; so is a registered name with the name it
/// trades as in brackets. Both names must be of one type; two curated
/// names stay what the dictionary says they are (谷歌(Alphabet) names the
/// parent), and two other Chinese names may be a firm and its unit
/// (亚马逊(亚马逊云科技)).
fn merge_bracketed_names(doc: &Document, mentions: &[Mention], keys: &mut [String]) {
    let actor = |m: &Mention| matches!(m.kind, EntityType::Company | EntityType::Organization);
    let mut starting: HashMap<usize, Vec<usize>> = HashMap::new();
    for (j, m) in mentions.iter().enumerate().filter(|(_, m)| actor(m)) {
        starting.entry(m.span.start).or_default().push(j);
    }
    let skip_spaces = |mut at: usize| {
        while doc.chars.get(at) == Some(&' ') {
            at += 1;
        }
        at
    };
    for i in 0..mentions.len() {
        let outer = &mentions[i];
        if !actor(outer) {
            continue;
        }
        let open = skip_spaces(outer.span.end);
        if doc.chars.get(open) != Some(&'(') {
            continue;
        }
        let Some(inner) = starting.get(&skip_spaces(open + 1)) else {
            continue;
        };
        for &j in inner {
            let m = &mentions[j];
            let closed = doc.chars.get(skip_spaces(m.span.end)) == Some(&')');
            // (A registered name with the brand it trades as in brackets,
            // 上海某某技术有限公司（某某机器人）, is one company too.)
            let scripts = is_latin_name(&outer.text) && is_han_name(&m.text)
                || is_han_name(&outer.text) && is_latin_name(&m.text)
                || is_registered_name(&outer.text) && !is_registered_name(&m.text);
            let both_curated = outer.entry.is_some() && m.entry.is_some();
            if !closed || !scripts || both_curated || m.kind != outer.kind || keys[i] == keys[j] {
                continue;
            }
            // The curated name's entry keeps its key.
            let (from, to) = if m.entry.is_some() { (i, j) } else { (j, i) };
            let (from, to) = (keys[from].clone(), keys[to].clone());
            rekey(keys, &from, &to);
        }
    }
}

/// A name of Latin letters, digits and the marks between Latin words, with
/// at least one letter.
fn is_latin_name(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-' | '\'' | ','))
}

/// A name with Han chars and no Latin letter.
fn is_han_name(text: &str) -> bool {
    text.chars().any(crate::segment::is_cjk) && !text.chars().any(|c| c.is_ascii_alphabetic())
}

/// Semiconductor Manufacturing International Corporation and SMIC: a
/// Latin name of a firm or a body (its last word says so: Inc, Corporation,
/// Institute) whose words' initials spell another name of the article in
/// capitals is that name's entity, when exactly one such name spells it.
fn merge_initials(mentions: &[Mention], keys: &mut [String]) {
    let actor = |m: &Mention| matches!(m.kind, EntityType::Company | EntityType::Organization);
    let acronym = |t: &str| (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase());
    let spelled = |t: &str| -> Option<[String; 2]> {
        let words: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
        let last = words.last()?.trim_end_matches(',');
        let formal = crate::cues::LATIN_FIRM_WORDS
            .iter()
            .chain(crate::cues::LATIN_ORGANIZATION_WORDS)
            .any(|w| w.trim_end_matches('.') == last.trim_end_matches('.'));
        if words.len() < 2
            || !formal
            || !is_latin_name(t)
            || !words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()))
        {
            return None;
        }
        let all: String = words.iter().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
        // Bank of America: the small words may be left out.
        let capitals: String = words.iter().filter_map(|w| w.chars().next()).filter(char::is_ascii_uppercase).collect();
        Some([all, capitals])
    };
    let long: Vec<(usize, [String; 2])> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| actor(m) && m.entry.is_none())
        .filter_map(|(j, m)| spelled(&m.text).map(|s| (j, s)))
        .collect();
    for i in 0..mentions.len() {
        let short = &mentions[i];
        if !actor(short) || !acronym(&short.text) {
            continue;
        }
        let mut matches = long.iter().filter(|(j, s)| mentions[*j].kind == short.kind && s.contains(&short.text));
        let Some(&(j, _)) = matches.next() else {
            continue;
        };
        // Two names that spell the same letters leave the short one alone.
        if matches.all(|(k, _)| keys[*k] == keys[j]) && keys[i] != keys[j] {
            let (from, to) = (keys[j].clone(), keys[i].clone());
            rekey(keys, &from, &to);
        }
    }
}

/// A bare version (V3, R1) of a model the article names in full: that
/// model. DeepSeek-R1/V3 names DeepSeek-V3 after the slash (when the
/// dictionary knows it); elsewhere a bare V3 is the one model of the article
/// whose name ends in -V3 or " V3", if there is exactly one.
fn merge_bare_versions(doc: &Document, mentions: &[Mention], dictionary: &Dictionary, keys: &mut [String]) {
    let bare = |m: &Mention| {
        m.kind == EntityType::Model && m.entry.is_none() && {
            let mut chars = m.text.chars();
            let letters = chars.by_ref().take_while(|c| c.is_ascii_alphabetic()).count();
            (1..=2).contains(&letters)
                && m.text[letters..].starts_with(|c: char| c.is_ascii_digit())
                && m.text[letters..].chars().all(|c| c.is_ascii_digit() || c == '.')
                && m.text.len() <= 6
        }
    };
    for i in 0..mentions.len() {
        let short = &mentions[i];
        if !bare(short) {
            continue;
        }
        // DeepSeek-R1/V3: the full name before the slash lends its prefix.
        let slashed = (short.span.start > 0 && doc.chars[short.span.start - 1] == '/')
            .then(|| mentions.iter().find(|m| m.kind == EntityType::Model && m.span.end + 1 == short.span.start))
            .flatten()
            .and_then(|m| m.text.rfind(['-', ' ']).map(|at| format!("{}{}", &m.text[..=at], short.text)))
            .and_then(|name| dictionary.lookup(&name));
        // Every bare mention of that version goes with it.
        let merge_into = |keys: &mut [String], to: String| {
            let from = keys[i].clone();
            for key in keys.iter_mut().filter(|k| **k == from) {
                *key = to.clone();
            }
        };
        if let Some(id) = slashed {
            merge_into(keys, format!("entry:{id}"));
            continue;
        }
        let mut full = mentions.iter().enumerate().filter(|(j, m)| {
            *j != i
                && m.kind == EntityType::Model
                && m.text.len() > short.text.len()
                && m.text
                    .to_lowercase()
                    .strip_suffix(&short.text.to_lowercase())
                    .is_some_and(|p| p.ends_with(['-', ' ']))
        });
        if let Some((j, _)) = full.next() {
            let key = keys[j].clone();
            if full.all(|(k, _)| keys[k] == key) {
                merge_into(keys, key);
            }
        }
    }
}

/// A person named in full and then by the last part of the name alone
/// (彼得·克里夫兰 … 克里夫兰, Jensen Huang … Huang): one person, known by the
/// full name when exactly one person of the article ends so.
fn merge_surnames(mentions: &[Mention], keys: &mut [String]) {
    let is_person = |m: &Mention| m.kind == EntityType::Person && m.entry.is_none();
    let mut full_names: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, m) in mentions.iter().enumerate().filter(|(_, m)| is_person(m)) {
        if let Some(at) = m.text.rfind(crate::cues::NAME_PART_SEPARATORS) {
            let sep = m.text[at..].chars().next().map_or(0, char::len_utf8);
            let last = &m.text[at + sep..];
            if last.chars().count() >= 2 && at > 0 {
                let same: &mut Vec<usize> = full_names.entry(last).or_default();
                if !same.iter().any(|&k| mentions[k].text == m.text) {
                    same.push(j);
                }
            }
        }
    }
    for i in 0..mentions.len() {
        if !is_person(&mentions[i]) {
            continue;
        }
        // Two people sharing a surname leave the bare surname alone.
        if let Some([j]) = full_names.get(mentions[i].text.as_str()).map(Vec::as_slice) {
            keys[i] = keys[*j].clone();
        }
    }
}

/// 福田区 after 深圳市福田区: a government named without its city is the
/// same body.
fn merge_short_government_names(mentions: &[Mention], keys: &mut [String]) {
    for i in 0..mentions.len() {
        let short = &mentions[i];
        if short.entry.is_some() || short.kind != EntityType::Organization {
            continue;
        }
        let full = mentions.iter().enumerate().find(|(_, m)| {
            m.entry.is_none()
                && m.kind == EntityType::Organization
                && m.text.len() > short.text.len()
                && m.text.ends_with(short.text.as_str())
                && m.text[..m.text.len() - short.text.len()].ends_with(['市', '省'])
        });
        if let Some((j, _)) = full {
            keys[i] = keys[j].clone();
        }
    }
}

/// The merge key of a mention: its dictionary entry, a curated name it
/// extends with a type word, or its folded name.
fn entity_key(m: &Mention, dictionary: &Dictionary) -> String {
    if let Some(id) = m.entry {
        return format!("entry:{id}");
    }
    let folded = fold_name(&m.text);
    for suffix in ["大模型", "模型", "app"] {
        if let Some(stem) = folded.strip_suffix(suffix) {
            if let Some(id) = dictionary.lookup_folded(stem) {
                let entry = dictionary.entry(id);
                if matches!(entry.kind, EntityType::Model | EntityType::Product)
                    && !dictionary.never_merge(&m.text, &entry.label)
                {
                    return format!("entry:{id}");
                }
            }
        }
    }
    format!("name:{folded}")
}

/// Whether a relation of the article reads one of these mentions as a model:
/// something runs on it (灵犀座舱已与DeepSeek完成深度融合), it serves a field
/// (DeepSeek已经进入多家医院) or it uses a technique.
fn used_as_a_model(members: &[usize], related: &Related) -> bool {
    related.relations.iter().any(|r| match r.predicate {
        Predicate::UsesModel => members.contains(&r.object),
        Predicate::AppliedIn | Predicate::UsesTechnology | Predicate::EvaluatedOn => members.contains(&r.subject),
        _ => false,
    })
}

/// A name found both as a Deployment and as a plain Model keeps the more
/// specific reading; otherwise the most frequent type wins.
fn choose_kind<'a>(mentions: impl Iterator<Item = &'a Mention> + Clone) -> EntityType {
    let mut counts: BTreeMap<EntityType, (usize, f32)> = BTreeMap::new();
    // A brand read both ways (DeepSeek the company, DeepSeek the model):
    // the mentions whose context decided the reading vote, bare ones do not.
    let decided = |m: &&Mention| [Rule::DICT_BRAND_AS_COMPANY, Rule::DICT_BRAND_AS_MODEL].contains(&m.rule);
    let any_decided = mentions.clone().any(|m| decided(&m));
    for m in mentions.filter(|m| !any_decided || decided(m)) {
        let c = counts.entry(m.kind).or_default();
        c.0 += 1;
        c.1 = c.1.max(m.confidence);
    }
    if counts.contains_key(&EntityType::Deployment) {
        return EntityType::Deployment;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(a.1 .1.total_cmp(&b.1 .1)))
        .map(|(k, _)| k)
        .unwrap_or(EntityType::Company)
}

fn most_common(names: impl Iterator<Item = String>) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for n in names {
        match counts.iter_mut().find(|(m, _)| *m == n) {
            Some((_, c)) => *c += 1,
            None => counts.push((n, 1)),
        }
    }
    // Ties go to the first seen: the article's own first spelling.
    let best = counts.iter().map(|(_, c)| *c).max().unwrap_or(0);
    counts.into_iter().find(|(_, c)| *c == best).map(|(n, _)| n).unwrap_or_default()
}

/// A label as a reader writes it: no white space at either end, one space
/// where the text had several (`Anthropic `, `Qwen  3` are `Anthropic`,
/// `Qwen 3`).
fn tidy_label(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use crate::model::Extraction;
    use crate::pipeline::{read_article, Pipeline};

    /// Every relation and fact points at the entity its label names, with a
    /// type its predicate accepts, after the entities without a role were
    /// dropped.
    fn check_ids(x: &Extraction) {
        for r in &x.relations {
            let (s, o) = r.ends.expect("resolve sets the ends");
            let (s, o) = (x.entity(s).unwrap(), x.entity(o).unwrap());
            assert_eq!((s.label.as_str(), o.label.as_str()), (r.subject.as_str(), r.object.as_str()), "{}", x.doc);
            assert!(r.predicate.accepts(s.kind, o.kind), "{}: {r:?}", x.doc);
        }
        for f in x.facts.iter().chain(&x.forecasts) {
            let e = x.entity(f.entity.expect("resolve sets the entity")).unwrap();
            assert_eq!(e.label, f.subject, "{}", x.doc);
        }
    }

    #[test]
    fn relations_and_facts_point_at_their_entities() {
        let pipeline = Pipeline::new().unwrap();
        // 医疗 and 金融 are sector words without a role here: dropped, so
        // the entities after them move down.
        let x = pipeline
            .extract("a.txt", "医疗和金融都很热。阿里巴巴发布了通义千问，腾讯发布了混元大模型，月活跃用户达1亿。");
        assert!(!x.relations.is_empty());
        check_ids(&x);
        let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
        let mut files: Vec<_> = std::fs::read_dir(samples).unwrap().map(|e| e.unwrap().path()).collect();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        assert!(files.len() >= 10);
        for path in files {
            let name = crate::pipeline::doc_name(&path);
            check_ids(&pipeline.extract(&name, &read_article(&path, None).unwrap()));
        }
    }
}
