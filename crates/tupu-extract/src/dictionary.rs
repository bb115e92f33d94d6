//! The curated dictionary of the ecosystem, `ontology/dictionary.tsv`.
//!
//! The file is compiled into the binary so that tupu runs anywhere with no
//! set-up; [`Dictionary::from_tsv`] loads another one. The format is
//! documented in `ontology/README.md`.

use crate::model::{EntityType, Predicate};
use crate::normalize::fold_name;
use std::collections::HashMap;
use thiserror::Error;

/// The dictionary bundled with this build.
pub const BUNDLED_TSV: &str = include_str!("../../../ontology/dictionary.tsv");
/// Names that look alike but must never be merged, one pair per line.
pub(crate) const BUNDLED_NEVER_MERGE: &str = include_str!("../../../ontology/never_merge.tsv");

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum DictionaryError {
    #[error("dictionary line {line}: expected 6 tab-separated fields, found {found}")]
    FieldCount { line: usize, found: usize },
    #[error("dictionary line {line}: {message}")]
    Invalid { line: usize, message: String },
    #[error("dictionary line {line}: `{name}` is already a name of `{other}`")]
    Collision { line: usize, name: String, other: String },
    #[error("dictionary: `{label}` refers to `{target}`, which is not a label")]
    Dangling { label: String, target: String },
}

/// One curated entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: String,
    pub kind: EntityType,
    pub aliases: Vec<String>,
    /// subsidiaryOf (organizations), developedBy (models, products) or
    /// affiliatedWith (persons).
    pub(crate) parent: Option<String>,
    /// variantOf, for model versions.
    pub(crate) family: Option<String>,
    /// locatedIn, for organizations.
    pub(crate) place: Option<String>,
}

impl Entry {
    /// The predicate that links this entry to its `parent`.
    pub(crate) fn parent_predicate(&self) -> Option<Predicate> {
        self.parent.as_ref()?;
        match self.kind {
            EntityType::Company | EntityType::Organization => Some(Predicate::SubsidiaryOf),
            EntityType::Model | EntityType::Product | EntityType::Deployment => Some(Predicate::DevelopedBy),
            EntityType::Person => Some(Predicate::AffiliatedWith),
            _ => None,
        }
    }

    /// Every name of the entry: label first, then aliases.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.label.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A curated fact: `subject predicate object`, by entry index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CuratedLink {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: usize,
}

#[derive(Debug, Clone)]
pub struct Dictionary {
    entries: Vec<Entry>,
    /// Folded name (see [`fold_name`]) → entry index.
    by_name: HashMap<String, usize>,
    by_label: HashMap<String, usize>,
    links: Vec<CuratedLink>,
    never_merge: Vec<(String, String)>,
    /// Stems that two curated models of one maker share before a hyphen
    /// (Step- of Step-1, Step-2): the maker of each, by folded stem.
    model_stems: HashMap<String, usize>,
}

impl Dictionary {
    /// The dictionary compiled into this build.
    pub fn bundled() -> Result<Self, DictionaryError> {
        let mut dictionary = Self::from_tsv(BUNDLED_TSV)?;
        dictionary.never_merge = parse_never_merge(BUNDLED_NEVER_MERGE);
        Ok(dictionary)
    }

    pub(crate) fn from_tsv(tsv: &str) -> Result<Self, DictionaryError> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        let mut by_label = HashMap::new();
        let mut header_seen = false;
        for (index, raw) in tsv.lines().enumerate() {
            let line = index + 1;
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if fields.len() != 6 {
                return Err(DictionaryError::FieldCount { line, found: fields.len() });
            }
            if !header_seen {
                header_seen = true;
                if fields[0] == "label" {
                    continue;
                }
            }
            let kind: EntityType = fields[1].parse().map_err(|message| DictionaryError::Invalid { line, message })?;
            let optional = |s: &str| (!s.is_empty()).then(|| s.to_string());
            let entry = Entry {
                label: fields[0].to_string(),
                kind,
                aliases: fields[2].split('|').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect(),
                parent: optional(fields[3]),
                family: optional(fields[4]),
                place: optional(fields[5]),
            };
            if entry.label.is_empty() {
                return Err(DictionaryError::Invalid { line, message: "empty label".into() });
            }
            let id = entries.len();
            for name in entry.names() {
                let folded = fold_name(name);
                match by_name.get(&folded) {
                    Some(&other) if other != id => {
                        return Err(DictionaryError::Collision {
                            line,
                            name: name.to_string(),
                            other: entries[other].label.clone(),
                        })
                    }
                    _ => {
                        by_name.insert(folded, id);
                    }
                }
            }
            by_label.insert(entry.label.clone(), id);
            entries.push(entry);
        }
        let mut links = Vec::new();
        for (id, entry) in entries.iter().enumerate() {
            let targets = [
                (entry.parent.as_ref(), entry.parent_predicate()),
                (entry.family.as_ref(), Some(Predicate::VariantOf)),
                (entry.place.as_ref(), Some(Predicate::LocatedIn)),
            ];
            for (target, predicate) in targets {
                let (Some(target), Some(predicate)) = (target, predicate) else {
                    continue;
                };
                let Some(&object) = by_label.get(target) else {
                    return Err(DictionaryError::Dangling { label: entry.label.clone(), target: target.clone() });
                };
                links.push(CuratedLink { subject: id, predicate, object });
            }
        }
        debug_assert!(links.is_sorted_by_key(|l| l.subject), "links_from relies on this order");
        let model_stems = model_stems(&entries, &by_label);
        Ok(Dictionary { entries, by_name, by_label, links, never_merge: Vec::new(), model_stems })
    }

    /// The maker whose curated models all begin with `stem` and a hyphen
    /// (Step → 阶跃星辰, from Step-1, Step-2, Step-3).
    pub(crate) fn model_stem_maker(&self, stem: &str) -> Option<usize> {
        self.model_stems.get(&fold_name(stem)).copied()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub(crate) fn entry(&self, id: usize) -> &Entry {
        &self.entries[id]
    }

    /// The entry one of whose names folds to the same key as `name`.
    pub(crate) fn lookup(&self, name: &str) -> Option<usize> {
        self.by_name.get(&fold_name(name)).copied()
    }

    /// Like [`Dictionary::lookup`], for a key already folded.
    pub(crate) fn lookup_folded(&self, folded: &str) -> Option<usize> {
        self.by_name.get(folded).copied()
    }

    pub(crate) fn by_label(&self, label: &str) -> Option<usize> {
        self.by_label.get(label).copied()
    }

    /// A model family named after the firm that makes it: one of the maker's
    /// own names is the family's name with more after it (DeepSeek is
    /// 深度求索's, which is also DeepSeek公司). Unlike Claude or Gemini, the
    /// bare name is as often the firm as the model.
    pub(crate) fn brand_names_its_maker(&self, id: usize) -> bool {
        let entry = self.entry(id);
        if entry.kind != EntityType::Model {
            return false;
        }
        let Some(maker) = entry.parent.as_deref().and_then(|p| self.by_label(p)) else { return false };
        let maker = self.entry(maker);
        let brand = fold_name(&entry.label);
        maker.kind == EntityType::Company
            && maker.names().map(fold_name).any(|n| n.len() > brand.len() && n.starts_with(&brand))
    }

    /// Curated links (subsidiaries, developers, families, home countries).
    pub fn links(&self) -> &[CuratedLink] {
        &self.links
    }

    /// Curated links leaving `subject`.
    pub(crate) fn links_from(&self, subject: usize) -> impl Iterator<Item = &CuratedLink> {
        // Links are built entry by entry, so they are sorted by subject: the
        // relation rules ask this for every pair of mentions in a sentence,
        // and a scan of every link was a fifth of the extraction time.
        let start = self.links.partition_point(|l| l.subject < subject);
        self.links[start..].iter().take_while(move |l| l.subject == subject)
    }

    /// Whether the curated dictionary says `subject predicate object`.
    pub(crate) fn has_link(&self, subject: usize, predicate: Predicate, object: usize) -> bool {
        self.links_from(subject).any(|l| l.predicate == predicate && l.object == object)
    }

    /// Whether `place` is the curated home of some entry: a country or
    /// region (中国, 台湾), as against a city.
    pub(crate) fn is_home(&self, place: usize) -> bool {
        // Only asked of the rare place written right before a firm homed
        // elsewhere, so a scan is cheap enough.
        self.links.iter().any(|l| l.predicate == Predicate::LocatedIn && l.object == place)
    }

    /// Whether the curated dictionary homes `firm` somewhere, `place` is a
    /// country or region (see [`Dictionary::is_home`]), and `place` is not
    /// among the firm's homes: 中国的OpenAI, 中国特斯拉 are figures of speech
    /// or branches, not where the firm is.
    pub(crate) fn homed_elsewhere(&self, firm: usize, place: usize) -> bool {
        let mut homes = self.links_from(firm).filter(|l| l.predicate == Predicate::LocatedIn).peekable();
        // (The firm's own links first: `is_home` scans every link.)
        homes.peek().is_some() && !homes.any(|l| l.object == place) && self.is_home(place)
    }

    /// Whether two names are listed as never to be merged.
    pub(crate) fn never_merge(&self, a: &str, b: &str) -> bool {
        let (a, b) = (fold_name(a), fold_name(b));
        self.never_merge.iter().any(|(x, y)| (*x == a && *y == b) || (*x == b && *y == a))
    }

    /// All names with their entry, for building a segmenter's user words.
    pub(crate) fn names(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries.iter().flat_map(|e| e.names().map(move |n| (n, e)))
    }
}

fn parse_never_merge(tsv: &str) -> Vec<(String, String)> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split('\t');
            Some((fold_name(parts.next()?), fold_name(parts.next()?)))
        })
        .collect()
}

/// Stems shared by two curated models or more of one maker, and no other
/// maker, before a hyphen: Step- (Step-1, Step-2 → 阶跃星辰). A stem that is
/// itself a name is left to the dictionary.
fn model_stems(entries: &[Entry], by_label: &HashMap<String, usize>) -> HashMap<String, usize> {
    let mut makers: HashMap<String, Vec<usize>> = HashMap::new();
    for entry in entries.iter().filter(|e| e.kind == EntityType::Model) {
        let (Some((stem, _)), Some(parent)) = (entry.label.split_once('-'), entry.parent.as_deref()) else {
            continue;
        };
        let Some(&maker) = by_label.get(parent) else { continue };
        if stem.chars().count() >= 3 && stem.is_ascii() && entries[maker].kind.is_actor() {
            makers.entry(fold_name(stem)).or_default().push(maker);
        }
    }
    makers
        .into_iter()
        .filter(|(_, m)| m.len() >= 2 && m.iter().all(|&x| x == m[0]))
        .map(|(stem, m)| (stem, m[0]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "label\ttype\taliases\tparent\tfamily\tplace\n\
        阿里巴巴\tCompany\t阿里|Alibaba\t\t\t中国\n\
        阿里云\tCompany\t阿里雲\t阿里巴巴\t\t中国\n\
        通义千问\tModel\t通義千問|Qwen\t阿里巴巴\t\t\n\
        Qwen3\tModel\t\t阿里巴巴\t通义千问\t\n\
        中国\tPlace\t中國\t\t\t\n";

    #[test]
    fn loads_names_and_links() {
        let d = Dictionary::from_tsv(SMALL).unwrap();
        assert_eq!(d.entries().len(), 5);
        let qwen = d.lookup("qwen").unwrap();
        assert_eq!(d.entry(qwen).label, "通义千问");
        assert_eq!(d.lookup("通義千問"), Some(qwen));
        let aliyun = d.by_label("阿里云").unwrap();
        let ali = d.by_label("阿里巴巴").unwrap();
        assert!(d.has_link(aliyun, Predicate::SubsidiaryOf, ali));
        assert!(d.has_link(d.by_label("Qwen3").unwrap(), Predicate::VariantOf, qwen));
        assert!(d.has_link(ali, Predicate::LocatedIn, d.by_label("中国").unwrap()));
    }

    #[test]
    fn rejects_collisions_and_dangling_references() {
        let collide = format!("{SMALL}阿里妈妈\tCompany\t阿里\t\t\t\n");
        assert!(matches!(Dictionary::from_tsv(&collide), Err(DictionaryError::Collision { line: 7, .. })));
        let dangling = format!("{SMALL}GLM-4\tModel\t\t智谱\t\t\n");
        assert!(matches!(Dictionary::from_tsv(&dangling), Err(DictionaryError::Dangling { .. })));
        assert!(matches!(Dictionary::from_tsv("a\tCompany\n"), Err(DictionaryError::FieldCount { line: 1, found: 2 })));
    }

    #[test]
    fn never_merge_pairs_hold_both_ways() {
        let d = Dictionary::bundled().unwrap();
        assert!(d.never_merge("豆包App", "豆包大模型"));
        assert!(d.never_merge("豆包大模型", "豆包app"));
        assert!(!d.never_merge("豆包大模型", "通义千问"));
    }

    #[test]
    fn bundled_dictionary_is_valid_and_broad() {
        let d = Dictionary::bundled().unwrap();
        assert!(d.entries().len() >= 400, "only {} entries", d.entries().len());
        for kind in [EntityType::Company, EntityType::Model, EntityType::Product, EntityType::Benchmark] {
            assert!(d.entries().iter().filter(|e| e.kind == kind).count() >= 20, "few {kind}");
        }
    }
}
