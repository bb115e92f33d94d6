//! Types that only the sentence can tell.
//!
//! A Deployment is a named application built for an adopter or a sector
//! (ANNOTATION.md): an assistant a district government builds on a model,
//! an ICU model a company builds with a hospital group. No list can hold
//! them; the sentence around a newly found name says what it is.

use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention};
use crate::normalize::Document;

/// Adopters outside the AI trade, recognizable by the end of their name.
const ADOPTER_ENDINGS: &[&str] = &[
    "银行", "证券", "保险", "电网", "电力", "钢铁", "矿业", "石化", "石油", "航空", "医院", "医疗", "医药", "政府",
    "区", "县", "市", "局", "集团",
];

const BUILD_VERBS: &[&str] = &["开发", "打造", "推出", "上线", "部署", "研发", "建设", "构建", "发布", "定制", "引入", "落地"];

pub fn retype(doc: &Document, mentions: &mut [Mention], dictionary: &Dictionary) {
    let scopes: Vec<bool> = doc
        .sentences
        .iter()
        .map(|s| sector_scope(&doc.slice(s.span), mentions, s.index, dictionary))
        .collect();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.kind == EntityType::Sector && is_field_word(doc, m) {
            mentions[i].rule = "dict.sector-scope";
            continue;
        }
        if m.entry.is_some() || !matches!(m.kind, EntityType::Product | EntityType::Model) {
            continue;
        }
        if !matches!(m.rule, "pattern.named" | "pattern.quoted" | "pattern.model-head") {
            continue;
        }
        let sentence = m.sentence;
        let paragraph = doc.sentences[sentence].paragraph;
        let in_scope = scopes[sentence]
            || (sentence > 0 && doc.sentences[sentence - 1].paragraph == paragraph && scopes[sentence - 1]);
        let text = doc.slice(doc.sentences[sentence].span);
        let builds = BUILD_VERBS.iter().any(|v| text.contains(v));
        let adopter = mentions.iter().any(|o| {
            o.sentence == sentence
                && o.span.end <= m.span.start
                && (o.kind == EntityType::Organization
                    || (o.kind == EntityType::Company && ADOPTER_ENDINGS.iter().any(|e| o.text.ends_with(e))))
        });
        let deployed = match m.kind {
            EntityType::Model => in_scope && builds,
            _ => in_scope || (adopter && builds),
        };
        if deployed {
            mentions[i].kind = EntityType::Deployment;
        }
    }
}

/// "在医疗领域", "金融行业": the sentence is about a field of application.
fn sector_scope(sentence: &str, mentions: &[Mention], index: usize, dictionary: &Dictionary) -> bool {
    let _ = dictionary;
    mentions.iter().any(|m| {
        m.sentence == index && m.kind == EntityType::Sector && {
            let after_start = sentence.find(m.text.as_str()).map(|p| p + m.text.len());
            after_start.is_some_and(|p| {
                let rest = &sentence[p..];
                rest.starts_with("领域") || rest.starts_with("行业") || rest.starts_with("场景")
            })
        }
    })
}

/// A sector word followed by 领域/行业/场景 names a field, not a modifier.
fn is_field_word(doc: &Document, m: &Mention) -> bool {
    let after: String = doc.chars[m.span.end.min(doc.chars.len())..].iter().take(2).collect();
    matches!(after.as_str(), "领域" | "行业" | "场景" | "板块" | "赛道")
}
