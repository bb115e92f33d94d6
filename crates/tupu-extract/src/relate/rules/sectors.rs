//! Fields said of a whole list and techniques said with a possessive:
//!
//! - 盘古大模型在政务、工业、金融三个领域…, 推动其在药物研发、临床诊断等
//!   领域的落地: an artifact, 在, a list of fields closed by a field's head
//!   word (领域, 行业, 场景): it is applied in every field of the list;
//! - 汽车、证券、医疗等行业纷纷接入DeepSeek, 物流行业首批接入X的企业: fields
//!   standing for their firms, then a verb of adoption and a model: the model
//!   is applied in every field of the list;
//! - R1的长思维链, DeepSeek的MoE架构: a model's own technique.

use super::{is_clause_break, Clauses, Emitter};
use crate::model::{EntityType::*, Predicate};
use crate::rule::Rule;

pub(super) fn apply(c: &Clauses, e: &mut Emitter) {
    for run in sector_runs(c) {
        artifact_in_fields(c, &run, e);
        artifact_serves_fields(c, &run, e);
        fields_adopt_model(c, &run, e);
    }
    possessed_technology(c, e);
    field_kind_copula(c, e);
}

/// TikTok是全球最受欢迎的社交媒体平台之一: an artifact said to be a field's
/// kind of product.
fn field_kind_copula(c: &Clauses, e: &mut Emitter) {
    for (n, &s) in c.members.iter().enumerate() {
        if c.kind(s) != Sector || n == 0 {
            continue;
        }
        let sm = &c.mentions[s];
        let clause = c.clause_of(sm.span.start);
        let after = c.text(sm.span.end, (sm.span.end + 6).min(clause.end));
        let after = crate::cues::FIELD_HEADS.iter().find_map(|h| after.strip_prefix(h)).unwrap_or(after);
        if !crate::cues::FIELD_KIND_NOUNS.iter().any(|k| after.starts_with(k)) {
            continue;
        }
        let a = c.members[n - 1];
        let am = &c.mentions[a];
        if !c.kind(a).is_artifact() || am.span.start < clause.start || am.span.end > sm.span.start {
            continue;
        }
        let between = c.text(am.span.end, sm.span.start);
        let Some(at) = between.find('是') else { continue };
        let (lead, tail) = (&between[..at], &between[at + '是'.len_utf8()..]);
        // (X不是…平台: denied.)
        if !strip_gap_words(lead).is_empty() || lead.contains('不') || tail.chars().count() > 12 {
            continue;
        }
        e.emit(c, a, Predicate::AppliedIn, s, Rule::REL_FIELD_KIND);
    }
}

/// Runs of the sentence's sector mentions joined by list separators; a head
/// word may close each member (金融行业和汽车行业).
fn sector_runs(c: &Clauses) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for &i in &c.members {
        if c.kind(i) != Sector {
            if !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            continue;
        }
        let joined = current.last().is_some_and(|&prev| {
            let (a, b) = (&c.mentions[prev], &c.mentions[i]);
            a.span.end <= b.span.start && {
                let gap = c.text(a.span.end, b.span.start);
                let gap = crate::cues::FIELD_HEADS.iter().find_map(|h| gap.strip_prefix(h)).unwrap_or(gap);
                crate::cues::LIST_SEPARATORS.contains(&gap.trim())
            }
        });
        // (Nested mentions: 医疗 inside 医疗影像 is not a member of its own.)
        let nested = current.last().is_some_and(|&prev| c.mentions[prev].span.end > c.mentions[i].span.start);
        if nested {
            continue;
        }
        if !joined && !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
        current.push(i);
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// How the text after a list of fields closes it: the char count of
/// 等 / a count word (三个, 多个, 各大) / a head word (领域, 行业, 场景), and
/// whether a head word was there.
fn list_closing(after: &str) -> (usize, bool) {
    let mut rest = after;
    for w in ["等等", "等"] {
        if let Some(r) = rest.strip_prefix(w) {
            rest = r;
            break;
        }
    }
    if let Some(r) = crate::cues::FIELD_COUNT_WORDS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    } else {
        // 三个, 两大, 10个: a numeral and a measure word.
        let digits =
            rest.chars().take_while(|ch| ch.is_ascii_digit() || "一二两三四五六七八九十".contains(*ch)).count();
        let tail: String = rest.chars().skip(digits).collect();
        if digits > 0 && (tail.starts_with('个') || tail.starts_with('大')) {
            let skip = rest.char_indices().nth(digits + 1).map_or(rest.len(), |(b, _)| b);
            rest = &rest[skip..];
        }
    }
    let head = crate::cues::FIELD_LIST_HEADS.iter().find(|h| rest.starts_with(*h));
    let rest = head.map_or(rest, |h| &rest[h.len()..]);
    (after.chars().count() - rest.chars().count(), head.is_some())
}

/// 盘古大模型在政务、工业、金融三个领域; 推动其在药物研发、临床诊断等领域的
/// 落地; DeepSeek技术在人形机器人应用场景中: the artifact before 在 is
/// applied in each field of the list.
fn artifact_in_fields(c: &Clauses, run: &[usize], e: &mut Emitter) {
    let (first, last) = (&c.mentions[run[0]], &c.mentions[*run.last().expect("runs have members")]);
    let clause = c.clause_of(first.span.start);
    if last.span.end > clause.end {
        return;
    }
    let after = c.text(last.span.end, clause.end);
    let after = crate::cues::FIELD_HEADS.iter().find_map(|h| after.strip_prefix(h)).unwrap_or(after);
    let (_, head) = list_closing(after);
    // 在金融、医疗等: a list closed by 等 is a list of fields too.
    if !(head || (run.len() > 1 && after.starts_with('等'))) {
        return;
    }
    let before = c.text(clause.start, first.span.start);
    // 在智能问答、投资顾问、个股分析等: fields the dictionary does not know
    // may open the list.
    let Some((lead, at)) = field_list_opening(c, before, clause.start, first.span.start) else { return };
    // The artifact right before 在, past a few words of kind and adverbs.
    let subject =
        c.members.iter().copied().rfind(|&i| c.mentions[i].span.end <= at && c.mentions[i].span.start >= clause.start);
    let subject = match subject {
        Some(s) if c.kind(s).is_artifact() && is_subject_gap(c.text(c.mentions[s].span.end, at)) => {
            // 基于DeepSeek在…: the object of another verb is no subject.
            let lead_in = c.text(clause.start, c.mentions[s].span.start);
            if crate::cues::FIELD_OBJECT_VERBS.iter().any(|v| lead_in.ends_with(v)) {
                return;
            }
            s
        }
        Some(_) => return,
        // 推动其在…: 其 stands for the model named before.
        None if strip_gap_words(lead).ends_with('其')
            && !["尤其", "极其"].iter().any(|w| strip_gap_words(lead).ends_with(w)) =>
        {
            let Some(m) = c.antecedent(clause.start.max(c.span.start), 1, |i| c.kind(i) == Model) else { return };
            m
        }
        // X…的研发，已经在工业、仓储等多个领域展现出…: a clause with only
        // adverbs before 在 goes on about the one artifact of the clause
        // before, when no actor follows it there.
        None if strip_gap_words(lead).is_empty() && clause.start > c.span.start + 1 => {
            let previous = c.clause_of(clause.start - 2);
            let inside: Vec<usize> = c
                .members
                .iter()
                .copied()
                .filter(|&i| c.mentions[i].span.start >= previous.start && c.mentions[i].span.end <= previous.end)
                .collect();
            match inside.as_slice() {
                [only] if c.kind(*only).is_artifact() => *only,
                _ => return,
            }
        }
        None => return,
    };
    for &s in run {
        e.emit(c, subject, Predicate::AppliedIn, s, Rule::REL_FIELD_LIST);
    }
}

/// The text before 在 and the position of 在, when 在 opens the list: right
/// before its first known member, or before a few unknown members joined by
/// 、 (short words, no clause break).
fn field_list_opening<'a>(c: &Clauses, before: &'a str, start: usize, first: usize) -> Option<(&'a str, usize)> {
    let at = before.rfind('在')?;
    let items = &before[at + '在'.len_utf8()..];
    let ok = items.is_empty()
        || (items.ends_with('、')
            && items.trim_end_matches('、').split('、').all(|w| (1..=8).contains(&w.chars().count()))
            && !items.chars().any(|ch| is_clause_break(ch) || matches!(ch, '的' | '在' | '(' | ')')));
    if !ok {
        return None;
    }
    let lead = &before[..at];
    let at = start + lead.chars().count();
    // (在中国、美国等: no other name among them.)
    if c.members.iter().any(|&i| c.mentions[i].span.start > at && c.mentions[i].span.end < first) {
        return None;
    }
    Some((lead, at))
}

/// 保链客全面接入DeepSeek，为保险营销、客户服务、数据分析等场景注入AI新动力;
/// DeepSeek为智能客服赋予了…能力: fields an artifact brings something to.
fn artifact_serves_fields(c: &Clauses, run: &[usize], e: &mut Emitter) {
    let (first, last) = (&c.mentions[run[0]], &c.mentions[*run.last().expect("runs have members")]);
    let clause = c.clause_of(first.span.start);
    if last.span.end > clause.end {
        return;
    }
    let before = c.text(clause.start, first.span.start);
    let Some(lead) = before.strip_suffix('为') else { return };
    let after = c.text(last.span.end, clause.end);
    let after = crate::cues::FIELD_HEADS.iter().find_map(|h| after.strip_prefix(h)).unwrap_or(after);
    let (closing, _) = list_closing(after);
    let rest: String = after.chars().skip(closing).collect();
    if !crate::cues::FIELD_SERVING_VERBS.iter().any(|v| rest.starts_with(v)) {
        return;
    }
    // The artifact: the last one of this clause before 为 (DeepSeek为…), or,
    // for a clause that opens with 为, of the clause before.
    let at = first.span.start - 1;
    let previous = if clause.start > c.span.start + 1 { c.clause_of(clause.start - 2).start } else { clause.start };
    let from = if strip_gap_words(lead).is_empty() { previous } else { clause.start };
    let Some(subject) = c
        .members
        .iter()
        .copied()
        .rfind(|&i| c.mentions[i].span.end <= at && c.mentions[i].span.start >= from)
        .filter(|&i| c.kind(i).is_artifact())
    else {
        return;
    };
    for &s in run {
        e.emit(c, subject, Predicate::AppliedIn, s, Rule::REL_FIELD_SERVED);
    }
}

fn strip_gap_words(text: &str) -> &str {
    let mut rest = text.trim_end();
    loop {
        let before = rest;
        for w in crate::cues::FIELD_SUBJECT_GAP_WORDS {
            rest = rest.strip_suffix(w).unwrap_or(rest).trim_end();
        }
        if rest == before {
            return rest;
        }
    }
}

/// Between an artifact and 在: nothing, or only words of kind and adverbs
/// (模型, 技术, 已经, 有望).
fn is_subject_gap(gap: &str) -> bool {
    let gap = gap.trim_start_matches([')', ' ']);
    let gap = match gap.strip_prefix('(') {
        Some(rest) => rest.split_once(')').map_or(rest, |(_, r)| r),
        None => gap,
    };
    gap.chars().count() <= 10 && strip_gap_words(gap).is_empty()
}

/// 汽车、证券、医疗等行业纷纷接入DeepSeek; 国内三家通信运营商亦相继接入了X:
/// fields standing for their firms adopt a model, which is then applied in
/// each of them.
fn fields_adopt_model(c: &Clauses, run: &[usize], e: &mut Emitter) {
    let (first, last) = (&c.mentions[run[0]], &c.mentions[*run.last().expect("runs have members")]);
    let clause = c.clause_of(first.span.start);
    if last.span.end > clause.end {
        return;
    }
    // 在/为/对…: a field that is the object of a preposition is no adopter.
    let before = c.text(clause.start, first.span.start);
    if crate::cues::FIELD_PREPOSITIONS.iter().any(|p| before.ends_with(p)) {
        return;
    }
    // The verb: the first adoption verb after the list, within reach.
    let after = c.text(last.span.end, clause.end);
    let Some((verb_at, verb)) = crate::cues::FIELD_ADOPTION_VERBS
        .iter()
        .filter_map(|v| after.find(v).map(|p| (p, *v)))
        .min_by_key(|&(p, v)| (p, std::cmp::Reverse(v.len())))
    else {
        return;
    };
    let between = &after[..verb_at];
    if between.chars().count() > 16
        || !crate::cues::FIELD_ADOPTER_NOUNS.iter().any(|n| between.contains(n))
        || crate::cues::FIELD_ADOPTER_BLOCKERS.iter().any(|w| between.contains(w))
        || ["未", "没", "不", "尚未"].iter().any(|n| between.ends_with(n))
    {
        return;
    }
    let verb_end = last.span.end + between.chars().count() + verb.chars().count();
    // No other name between the list and the verb.
    if c.members.iter().any(|&i| c.mentions[i].span.start >= last.span.end && c.mentions[i].span.end <= verb_end) {
        return;
    }
    let Some(&model) = c.members.iter().find(|&&i| c.mentions[i].span.start >= verb_end) else { return };
    let mm = &c.mentions[model];
    let link = c.text(verb_end, mm.span.start);
    if c.kind(model) != Model
        || mm.span.end > clause.end
        || link.chars().count() > 4
        || link.chars().any(is_clause_break)
    {
        return;
    }
    for &s in run {
        e.emit(c, model, Predicate::AppliedIn, s, Rule::REL_FIELD_ADOPTERS);
    }
}

/// R1的长思维链, DeepSeek的MoE架构: a technique written as a model's own;
/// DeepSeek-V3为自研MoE模型, DeepSeek-V2开源MoE模型: a model said to be a
/// model of the technique's kind.
fn possessed_technology(c: &Clauses, e: &mut Emitter) {
    for w in c.members.windows(2) {
        let (m, t) = (w[0], w[1]);
        if c.kind(m) != Model || c.kind(t) != Technology {
            continue;
        }
        let (mm, tm) = (&c.mentions[m], &c.mentions[t]);
        // R1的蒸馏版本, DeepSeek的蒸馏模型: a model made from it by
        // distillation, not a technique of the model; DeepSeek的蒸馏算法:
        // distillation is done from a model, by others.
        if tm.text.contains("蒸馏") {
            continue;
        }
        if mm.span.end <= tm.span.start && is_kind_apposition(c, c.text(mm.span.end, tm.span.start), tm.span.end) {
            e.emit(c, m, Predicate::UsesTechnology, t, Rule::REL_TECHNOLOGY_OWN);
            continue;
        }
        if mm.span.end > tm.span.start {
            continue;
        }
        let link = c.text(mm.span.end, tm.span.start).trim();
        // AlexNet 用一個深度神經網路, AlphaGo 用的是…, AlphaChip 如何用強化學習:
        // 用 right after the model, a measure word or 的是 before the technique.
        let with_yong = link.split_once('用').is_some_and(|(lead, tail)| {
            matches!(lead.trim(), "" | "如何" | "则" | "也" | "还" | "主要")
                && crate::cues::TECHNOLOGY_YONG_TAILS.contains(&tail.trim())
        });
        if with_yong {
            e.emit(c, m, Predicate::UsesTechnology, t, Rule::REL_TECHNOLOGY_OWN);
            continue;
        }
        if !crate::cues::TECHNOLOGY_OWN_LINKS.contains(&link) {
            continue;
        }
        let after = c.text(tm.span.end, (tm.span.end + 4).min(c.span.end));
        if crate::cues::TECHNOLOGY_PRODUCT_WORDS.iter().any(|w| after.trim_start().starts_with(w)) {
            continue;
        }
        e.emit(c, m, Predicate::UsesTechnology, t, Rule::REL_TECHNOLOGY_OWN);
    }
}

/// Between a model and a technique, and after the technique: 为自研 … 模型,
/// ，这是一个全开源 … 模型, 开源 … 大模型 (only a copula and modifiers
/// before, a kind of model after).
fn is_kind_apposition(c: &Clauses, link: &str, technique_end: usize) -> bool {
    let mut rest = link.trim();
    loop {
        let before = rest;
        for w in crate::cues::TECHNOLOGY_APPOSITION_WORDS {
            rest = rest.strip_prefix(w).unwrap_or(rest).trim_start();
        }
        if rest == before {
            break;
        }
    }
    if !rest.is_empty() || link.trim().is_empty() {
        return false;
    }
    let clause = c.clause_of(technique_end.saturating_sub(1));
    let after = c.text(technique_end, (technique_end + 16).min(clause.end)).trim_start();
    let after = match after.strip_prefix('(') {
        Some(r) => r.split_once(')').map_or(r, |(_, r)| r).trim_start(),
        None => after,
    };
    crate::cues::TECHNOLOGY_APPOSITION_KINDS.iter().any(|k| after.starts_with(k))
}
