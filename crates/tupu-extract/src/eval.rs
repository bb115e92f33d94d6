//! Scoring an extraction against a gold file, by the rules of
//! `ANNOTATION.md` ("Scoring").
//!
//! Everything here is pure: [`score_document`] compares two [`Extraction`]s
//! and [`Report`] sums the documents up. The only I/O is [`load_extraction`],
//! a convenience for the CLI. Names are compared by [`fold_name`], the one
//! place that defines "the same name".
//!
//! *Invariant*: every matching is one-to-one and of maximum size, so a score
//! never depends on the order of the items in either file.

use crate::model::{Entity, Extraction, Fact, Predicate};
use crate::normalize::fold_name;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum EvalError {
    #[error("cannot read {}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{} is not an extraction JSON file", path.display())]
    Parse { path: PathBuf, source: serde_json::Error },
}

/// Reads a gold file (or a saved extraction: the shape is the same).
pub fn load_extraction(path: &Path) -> Result<Extraction, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Read { path: path.to_path_buf(), source })?;
    serde_json::from_str(&text).map_err(|source| EvalError::Parse { path: path.to_path_buf(), source })
}

/// True positives, false positives and false negatives of one score.
///
/// ```
/// let c = tupu_extract::eval::Counts { tp: 3, fp: 1, fn_: 2 };
/// assert_eq!(c.precision(), 0.75);
/// assert_eq!(c.recall(), 0.6);
/// assert_eq!(tupu_extract::eval::Counts::default().f1(), 0.0);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 0 when there is no gold item.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    /// Nothing to score: no gold item and no prediction.
    /// P, R and F1 to three places; dashes when there was nothing to score.
    fn cells(&self) -> String {
        if self.is_empty() {
            format!("{:>5} {:>5} {:>5}", "-", "-", "-")
        } else {
            format!("{:>5.3} {:>5.3} {:>5.3}", self.precision(), self.recall(), self.f1())
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.tp + self.fp + self.fn_ == 0
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    fn from_matching(matching: &Matching) -> Counts {
        let tp = matching.pairs();
        Counts { tp, fp: matching.pred_to_gold.len() - tp, fn_: matching.gold_to_pred.len() - tp }
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// The JSON carries the derived ratios too, so that readers need not
/// recompute them.
impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Counts", 6)?;
        s.serialize_field("tp", &self.tp)?;
        s.serialize_field("fp", &self.fp)?;
        s.serialize_field("fn", &self.fn_)?;
        s.serialize_field("precision", &self.precision())?;
        s.serialize_field("recall", &self.recall())?;
        s.serialize_field("f1", &self.f1())?;
        s.end()
    }
}

/// The five scores of one document (or of all, in [`Report::total`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocScore {
    pub doc: String,
    pub entities_typed: Counts,
    pub entities_untyped: Counts,
    pub relations: Counts,
    pub facts: Counts,
    pub facts_dated: Counts,
    /// Gold items left unmatched (by the strict scores: typed entities,
    /// relations, facts with date), e.g. `Entity 阿里巴巴 (Company)`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missed: Vec<String>,
    /// Predicted items left unmatched, by the same scores.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spurious: Vec<String>,
}

impl DocScore {
    /// The five scores with short names, in report order.
    pub(crate) fn scores(&self) -> [(&'static str, Counts); 5] {
        [
            ("entities", self.entities_typed),
            ("untyped", self.entities_untyped),
            ("relations", self.relations),
            ("facts", self.facts),
            ("dated", self.facts_dated),
        ]
    }
}

/// Per-document scores and their micro-average (summed counts).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub documents: Vec<DocScore>,
    /// Sums over all documents; `doc` is `TOTAL`, no missed/spurious lists.
    pub total: DocScore,
}

impl Report {
    pub fn new(documents: Vec<DocScore>) -> Report {
        let mut total = DocScore { doc: "TOTAL".to_string(), ..DocScore::default() };
        for d in &documents {
            total.entities_typed.add(d.entities_typed);
            total.entities_untyped.add(d.entities_untyped);
            total.relations.add(d.relations);
            total.facts.add(d.facts);
            total.facts_dated.add(d.facts_dated);
        }
        Report { documents, total }
    }

    /// Aligned columns, one row per document and a `TOTAL` row: P, R and F1
    /// of each score. Doc names are file names, so the columns line up
    /// without regard to wide characters.
    pub fn write_table(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        let rows: Vec<&DocScore> = self.documents.iter().chain([&self.total]).collect();
        let width = rows.iter().map(|d| d.doc.chars().count()).max().unwrap_or(0);
        let mut names = format!("{:width$}", "");
        let mut columns = names.clone();
        for (name, _) in self.total.scores() {
            names.push_str(&format!("  {name:^17}"));
            columns.push_str(&format!("  {:>5} {:>5} {:>5}", "P", "R", "F1"));
        }
        writeln!(out, "{}\n{columns}", names.trim_end())?;
        for row in rows {
            write!(out, "{:width$}", row.doc)?;
            for (_, counts) in row.scores() {
                write!(out, "  {}", counts.cells())?;
            }
            writeln!(out)?;
        }
        Ok(())
    }

    /// The missed and spurious items of each document that has any.
    pub fn write_items(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        for d in self.documents.iter().filter(|d| !d.missed.is_empty() || !d.spurious.is_empty()) {
            writeln!(out, "\n{}", d.doc)?;
            for item in &d.missed {
                writeln!(out, "  missed    {item}")?;
            }
            for item in &d.spurious {
                writeln!(out, "  spurious  {item}")?;
            }
        }
        Ok(())
    }
}

/// Scores one predicted extraction against its gold file.
///
/// ```
/// use tupu_extract::eval::score_document;
/// let gold: tupu_extract::Extraction = serde_json::from_str(r#"{"doc": "a.txt",
///     "entities": [{"label": "阿里巴巴", "type": "Company", "aliases": ["阿里"]}],
///     "relations": [], "facts": []}"#).unwrap();
/// let predicted: tupu_extract::Extraction = serde_json::from_str(r#"{"doc": "a.txt",
///     "entities": [{"label": "阿里", "type": "Company", "aliases": []}],
///     "relations": [], "facts": []}"#).unwrap();
/// let score = score_document(&gold, &predicted);
/// assert_eq!(score.entities_typed.tp, 1);
/// assert_eq!(score.entities_typed.f1(), 1.0);
/// ```
pub fn score_document(gold: &Extraction, predicted: &Extraction) -> DocScore {
    let g = Side::new(gold);
    let p = Side::new(predicted);
    let mut missed = Vec::new();
    let mut spurious = Vec::new();

    // Entities: any shared folded name; exact labels are the preferred pairs.
    let same_label = |gi: usize, pi: usize| g.names[gi].label == p.names[pi].label;
    let untyped = Matching::maximum(
        gold.entities.len(),
        predicted.entities.len(),
        |gi, pi| g.names[gi].shares_with(&p.names[pi]),
        same_label,
    );
    let typed = Matching::maximum(
        gold.entities.len(),
        predicted.entities.len(),
        |gi, pi| gold.entities[gi].kind == predicted.entities[pi].kind && g.names[gi].shares_with(&p.names[pi]),
        same_label,
    );
    missed.extend(typed.unmatched_gold().map(|i| entity_line(&gold.entities[i])));
    spurious.extend(typed.unmatched_pred().map(|i| entity_line(&predicted.entities[i])));

    // Relations: endpoints by the entity name test, partnerOf both ways.
    let gold_relations = g.distinct_relations();
    let pred_relations = p.distinct_relations();
    let relations = Matching::maximum(
        gold_relations.len(),
        pred_relations.len(),
        |gi, pi| {
            let (gr, pr) = (&gold_relations[gi], &pred_relations[pi]);
            gr.predicate == pr.predicate
                && (gr.ends.0.shares_with(&pr.ends.0) && gr.ends.1.shares_with(&pr.ends.1)
                    || gr.predicate.is_symmetric()
                        && gr.ends.0.shares_with(&pr.ends.1)
                        && gr.ends.1.shares_with(&pr.ends.0))
        },
        |gi, pi| gold_relations[gi].key == pred_relations[pi].key,
    );
    missed.extend(relations.unmatched_gold().map(|i| gold_relations[i].line.clone()));
    spurious.extend(relations.unmatched_pred().map(|i| pred_relations[i].line.clone()));

    // Facts: subject by the name test, value within 0.5 % of gold.
    let fact_subjects =
        |side: &Side, facts: &[Fact]| -> Vec<Names> { facts.iter().map(|f| side.resolve(&f.subject)).collect() };
    let gold_subjects = fact_subjects(&g, &gold.facts);
    let pred_subjects = fact_subjects(&p, &predicted.facts);
    let fact_edge = |gi: usize, pi: usize| {
        gold_subjects[gi].shares_with(&pred_subjects[pi])
            && value_matches(gold.facts[gi].value, predicted.facts[pi].value)
    };
    let exact_value = |gi: usize, pi: usize| gold.facts[gi].value == predicted.facts[pi].value;
    let facts = Matching::maximum(gold.facts.len(), predicted.facts.len(), fact_edge, exact_value);
    let facts_dated = Matching::maximum(
        gold.facts.len(),
        predicted.facts.len(),
        |gi, pi| fact_edge(gi, pi) && gold.facts[gi].date == predicted.facts[pi].date,
        exact_value,
    );
    missed.extend(facts_dated.unmatched_gold().map(|i| fact_line(&gold.facts[i])));
    spurious.extend(facts_dated.unmatched_pred().map(|i| fact_line(&predicted.facts[i])));

    DocScore {
        doc: gold.doc.clone(),
        entities_typed: Counts::from_matching(&typed),
        entities_untyped: Counts::from_matching(&untyped),
        relations: Counts::from_matching(&relations),
        facts: Counts::from_matching(&facts),
        facts_dated: Counts::from_matching(&facts_dated),
        missed,
        spurious,
    }
}

/// |value − gold| ≤ 0.5 % of |gold|; a gold 0 needs an exact 0. The tiny
/// extra margin keeps a figure exactly on the boundary from failing by a
/// rounding error of the multiplication.
fn value_matches(gold: f64, value: f64) -> bool {
    if gold == 0.0 {
        return value == 0.0;
    }
    (value - gold).abs() <= 0.005 * gold.abs() * (1.0 + 1e-9)
}

fn entity_line(e: &Entity) -> String {
    format!("Entity {} ({})", e.label, e.kind)
}

fn fact_line(f: &Fact) -> String {
    format!("Fact {} {} {}", f.subject, f.value, f.date.as_deref().unwrap_or("null"))
}

/// The folded names of one entity (or of a bare label).
#[derive(Debug, Clone)]
struct Names {
    label: String,
    all: BTreeSet<String>,
}

impl Names {
    fn of_label(label: &str) -> Names {
        let label = fold_name(label);
        // A name that folds to nothing ("·") must not match another one.
        let all = std::iter::once(label.clone()).filter(|n| !n.is_empty()).collect();
        Names { label, all }
    }

    fn of_entity(e: &Entity) -> Names {
        let mut names = Names::of_label(&e.label);
        names.all.extend(e.aliases.iter().map(|a| fold_name(a)).filter(|n| !n.is_empty()));
        names
    }

    fn shares_with(&self, other: &Names) -> bool {
        self.all.iter().any(|n| other.all.contains(n))
    }
}

/// How a relation endpoint is identified within its own file: the entity it
/// resolves to, or else its folded label.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum EndKey {
    Entity(usize),
    Name(String),
}

struct ScoredRelation {
    predicate: Predicate,
    ends: (Names, Names),
    /// Folded endpoint labels, the preferred pairing when several fit.
    key: (Predicate, String, String),
    line: String,
}

/// One file (gold or predicted) with its entities' names folded once.
struct Side<'a> {
    extraction: &'a Extraction,
    names: Vec<Names>,
}

impl<'a> Side<'a> {
    fn new(extraction: &'a Extraction) -> Side<'a> {
        Side { extraction, names: extraction.entities.iter().map(Names::of_entity).collect() }
    }

    /// The entity a relation or fact names, by label: exactly, else by
    /// folded label, else (a file that refers by alias) by any folded name.
    fn find(&self, label: &str) -> Option<usize> {
        let entities = &self.extraction.entities;
        entities.iter().position(|e| e.label == label).or_else(|| {
            let folded = fold_name(label);
            let by_label = self.names.iter().position(|n| n.label == folded);
            by_label.or_else(|| self.names.iter().position(|n| n.all.contains(&folded)))
        })
    }

    /// The names to compare for a label: its entity's, or the label alone
    /// when no entity carries it.
    fn resolve(&self, label: &str) -> Names {
        match self.find(label) {
            Some(i) => self.names[i].clone(),
            None => Names::of_label(label),
        }
    }

    fn end_key(&self, label: &str) -> EndKey {
        match self.find(label) {
            Some(i) => EndKey::Entity(i),
            None => EndKey::Name(fold_name(label)),
        }
    }

    /// The relations, each claim once: a repeated relation (same predicate
    /// between the same entities, either way round for partnerOf) is one
    /// claim, not a second false positive.
    fn distinct_relations(&self) -> Vec<ScoredRelation> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for r in &self.extraction.relations {
            let mut ends = (self.end_key(&r.subject), self.end_key(&r.object));
            if r.predicate.is_symmetric() && ends.1 < ends.0 {
                ends = (ends.1, ends.0);
            }
            if !seen.insert((r.predicate, ends)) {
                continue;
            }
            let (s, o) = (fold_name(&r.subject), fold_name(&r.object));
            let key = if r.predicate.is_symmetric() && o < s { (r.predicate, o, s) } else { (r.predicate, s, o) };
            out.push(ScoredRelation {
                predicate: r.predicate,
                ends: (self.resolve(&r.subject), self.resolve(&r.object)),
                key,
                line: format!("Relation {} {} {}", r.subject, r.predicate, r.object),
            });
        }
        out
    }
}

/// A one-to-one pairing of gold items with predicted items.
#[derive(Debug)]
struct Matching {
    gold_to_pred: Vec<Option<usize>>,
    pred_to_gold: Vec<Option<usize>>,
}

impl Matching {
    /// A maximum bipartite matching over the pairs `edge` accepts. Pairs
    /// that are also `preferred` (exact labels, exact values) are taken
    /// first, then augmenting paths (Kuhn's algorithm) complete it, so no
    /// match is lost to a greedy choice. Deterministic: items are visited
    /// in file order.
    fn maximum(
        n_gold: usize,
        n_pred: usize,
        edge: impl Fn(usize, usize) -> bool,
        preferred: impl Fn(usize, usize) -> bool,
    ) -> Matching {
        let adjacent: Vec<Vec<usize>> = (0..n_gold).map(|g| (0..n_pred).filter(|&p| edge(g, p)).collect()).collect();
        let mut m = Matching { gold_to_pred: vec![None; n_gold], pred_to_gold: vec![None; n_pred] };
        for (g, preds) in adjacent.iter().enumerate() {
            if let Some(&p) = preds.iter().find(|&&p| m.pred_to_gold[p].is_none() && preferred(g, p)) {
                m.gold_to_pred[g] = Some(p);
                m.pred_to_gold[p] = Some(g);
            }
        }
        // Augmenting never unmatches an item, and a gold item with no
        // augmenting path now will have none later, so one pass suffices.
        for g in 0..n_gold {
            if m.gold_to_pred[g].is_none() {
                let mut visited = vec![false; n_pred];
                m.augment(g, &adjacent, &mut visited);
            }
        }
        m
    }

    fn augment(&mut self, g: usize, adjacent: &[Vec<usize>], visited: &mut [bool]) -> bool {
        for &p in &adjacent[g] {
            if visited[p] {
                continue;
            }
            visited[p] = true;
            let free = match self.pred_to_gold[p] {
                None => true,
                Some(other) => self.augment(other, adjacent, visited),
            };
            if free {
                self.gold_to_pred[g] = Some(p);
                self.pred_to_gold[p] = Some(g);
                return true;
            }
        }
        false
    }

    fn pairs(&self) -> usize {
        self.gold_to_pred.iter().filter(|m| m.is_some()).count()
    }

    fn unmatched_gold(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.gold_to_pred.len()).filter(|&i| self.gold_to_pred[i].is_none())
    }

    fn unmatched_pred(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.pred_to_gold.len()).filter(|&i| self.pred_to_gold[i].is_none())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityType, Relation};

    fn entity(label: &str, kind: EntityType, aliases: &[&str]) -> Entity {
        Entity {
            label: label.to_string(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            confidence: 0.0,
            curated: false,
            mentions: Vec::new(),
        }
    }

    fn company(label: &str) -> Entity {
        entity(label, EntityType::Company, &[])
    }

    fn relation(subject: &str, predicate: Predicate, object: &str) -> Relation {
        Relation {
            subject: subject.to_string(),
            predicate,
            object: object.to_string(),
            ends: None,
            confidence: 0.0,
            hedged: false,
            provenance: Vec::new(),
        }
    }

    fn fact(subject: &str, value: f64, date: Option<&str>) -> Fact {
        Fact {
            subject: subject.to_string(),
            entity: None,
            metric: "count".to_string(),
            value,
            unit: String::new(),
            date: date.map(str::to_string),
            confidence: 0.0,
            hedged: false,
            provenance: Vec::new(),
        }
    }

    fn doc(entities: Vec<Entity>, relations: Vec<Relation>, facts: Vec<Fact>) -> Extraction {
        Extraction { doc: "t.txt".to_string(), entities, relations, facts, ..Extraction::default() }
    }

    fn counts(tp: usize, fp: usize, fn_: usize) -> Counts {
        Counts { tp, fp, fn_ }
    }

    #[test]
    fn names_fold_across_scripts_hyphens_spaces_and_case() {
        let gold = doc(
            vec![
                entity("阿里巴巴", EntityType::Company, &[]),
                entity("Qwen2.5-Max", EntityType::Model, &[]),
                entity("通义千问", EntityType::Model, &[]),
            ],
            vec![],
            vec![],
        );
        let predicted = doc(
            vec![
                entity("阿裏巴巴", EntityType::Company, &[]),
                entity("qwen 2.5 max", EntityType::Model, &[]),
                // An alias is enough.
                entity("Qwen", EntityType::Model, &["通義千問"]),
            ],
            vec![],
            vec![],
        );
        let score = score_document(&gold, &predicted);
        assert_eq!(score.entities_typed, counts(3, 0, 0));
        assert!(score.missed.is_empty() && score.spurious.is_empty());
    }

    #[test]
    fn two_copies_of_one_gold_entity_are_one_hit_and_one_false_positive() {
        let gold = doc(vec![entity("阿里巴巴", EntityType::Company, &["阿里"])], vec![], vec![]);
        let predicted = doc(vec![company("阿里巴巴"), company("阿里")], vec![], vec![]);
        let score = score_document(&gold, &predicted);
        assert_eq!(score.entities_typed, counts(1, 1, 0));
        assert_eq!(score.entities_untyped, counts(1, 1, 0));
        // The exact label wins the pair; the alias copy is the spurious one.
        assert_eq!(score.spurious, ["Entity 阿里 (Company)"]);
    }

    #[test]
    fn typed_score_needs_the_type_untyped_does_not() {
        let gold = doc(vec![entity("豆包", EntityType::Model, &[])], vec![], vec![]);
        let predicted = doc(vec![entity("豆包", EntityType::Product, &[])], vec![], vec![]);
        let score = score_document(&gold, &predicted);
        assert_eq!(score.entities_typed, counts(0, 1, 1));
        assert_eq!(score.entities_untyped, counts(1, 0, 0));
        assert_eq!(score.missed, ["Entity 豆包 (Model)"]);
        assert_eq!(score.spurious, ["Entity 豆包 (Product)"]);
    }

    #[test]
    fn partner_of_matches_reversed_developed_by_does_not() {
        let entities = vec![company("腾讯"), entity("明德医疗", EntityType::Company, &["明德"])];
        let gold = doc(
            entities.clone(),
            vec![
                relation("腾讯", Predicate::PartnerOf, "明德医疗"),
                relation("腾讯", Predicate::DevelopedBy, "明德医疗"),
            ],
            vec![],
        );
        let predicted = doc(
            entities,
            vec![relation("明德", Predicate::PartnerOf, "騰訊"), relation("明德医疗", Predicate::DevelopedBy, "腾讯")],
            vec![],
        );
        let score = score_document(&gold, &predicted);
        assert_eq!(score.relations, counts(1, 1, 1));
        assert_eq!(score.missed, ["Relation 腾讯 developedBy 明德医疗"]);
        assert_eq!(score.spurious, ["Relation 明德医疗 developedBy 腾讯"]);
    }

    #[test]
    fn relation_endpoints_match_by_entity_names_and_repeats_are_one_claim() {
        let gold = doc(
            vec![entity("阿里巴巴", EntityType::Company, &["阿里"]), entity("通义千问", EntityType::Model, &[])],
            // 通义实验室 is not a gold entity: its label alone is compared.
            vec![
                relation("通义千问", Predicate::DevelopedBy, "阿里巴巴"),
                relation("通义千问", Predicate::DevelopedBy, "通义实验室"),
            ],
            vec![],
        );
        let predicted = doc(
            vec![entity("阿里", EntityType::Company, &["阿里巴巴集团"]), entity("通义千问", EntityType::Model, &[])],
            vec![
                relation("通义千问", Predicate::DevelopedBy, "阿里"),
                relation("通义千问", Predicate::DevelopedBy, "阿里"),
                relation("通义千问", Predicate::DevelopedBy, "通义实验室"),
                relation("通义千问", Predicate::DevelopedBy, "阿里巴巴集团"),
            ],
            vec![],
        );
        let score = score_document(&gold, &predicted);
        // The exact repeat is dropped; 阿里巴巴集团 resolves to the same
        // entity as 阿里, so it is the same claim too.
        assert_eq!(score.relations, counts(2, 0, 0));
    }

    #[test]
    fn a_second_predicted_relation_to_the_same_gold_one_is_a_false_positive() {
        let gold = doc(
            vec![entity("阿里巴巴", EntityType::Company, &["阿里"]), entity("夸克", EntityType::Product, &[])],
            vec![relation("夸克", Predicate::DevelopedBy, "阿里巴巴")],
            vec![],
        );
        // Two predicted entities, both named like the one gold company.
        let predicted = doc(
            vec![company("阿里巴巴"), company("阿里"), entity("夸克", EntityType::Product, &[])],
            vec![
                relation("夸克", Predicate::DevelopedBy, "阿里巴巴"),
                relation("夸克", Predicate::DevelopedBy, "阿里"),
            ],
            vec![],
        );
        assert_eq!(score_document(&gold, &predicted).relations, counts(1, 1, 0));
    }

    #[test]
    fn fact_values_match_within_half_a_percent_of_gold() {
        let gold = doc(
            vec![company("阿里云")],
            vec![],
            vec![fact("阿里云", 1000.0, None), fact("阿里云", 2000.0, None), fact("阿里云", 0.0, None)],
        );
        let predicted = doc(
            vec![entity("阿里雲", EntityType::Company, &[])],
            vec![],
            vec![
                fact("阿里雲", 1004.0, None), // 0.4 %: a match
                fact("阿里云", 2012.0, None), // 0.6 %: none
                fact("阿里云", 0.001, None),  // gold 0 needs exactly 0
            ],
        );
        let score = score_document(&gold, &predicted);
        assert_eq!(score.facts, counts(1, 2, 2));
        assert!(value_matches(1000.0, 995.0) && value_matches(1000.0, 1005.0));
        assert!(!value_matches(1000.0, 1005.1));
        assert!(value_matches(-46.4, -46.6));
        assert!(value_matches(0.0, 0.0));
    }

    #[test]
    fn dated_facts_need_equal_dates_and_two_nulls_are_equal() {
        let gold = doc(
            vec![],
            vec![],
            vec![
                fact("夸克App", 33690000.0, Some("2025-01")),
                fact("夸克App", 2e8, None),
                fact("夸克App", 5.0, Some("2024")),
            ],
        );
        let predicted = doc(
            vec![],
            vec![],
            vec![fact("夸克app", 33690000.0, Some("2025-01")), fact("夸克App", 2e8, None), fact("夸克App", 5.0, None)],
        );
        let score = score_document(&gold, &predicted);
        assert_eq!(score.facts, counts(3, 0, 0));
        assert_eq!(score.facts_dated, counts(2, 1, 1));
        assert_eq!(score.missed, ["Fact 夸克App 5 2024"]);
        assert_eq!(score.spurious, ["Fact 夸克App 5 null"]);
    }

    #[test]
    fn maximum_matching_recovers_what_greedy_order_would_lose() {
        // Predicted 阿里 (alias 阿里云) could take gold 阿里巴巴 or gold
        // 阿里云; predicted 阿里巴巴集团 only fits gold 阿里巴巴. Taking
        // the first fit for 阿里 would leave 阿里巴巴集团 unmatched.
        let gold = doc(
            vec![entity("阿里巴巴", EntityType::Company, &["阿里", "阿里巴巴集团"]), company("阿里云")],
            vec![],
            vec![],
        );
        let predicted =
            doc(vec![entity("阿里", EntityType::Company, &["阿里云"]), company("阿里巴巴集团")], vec![], vec![]);
        assert_eq!(score_document(&gold, &predicted).entities_typed, counts(2, 0, 0));

        // Same with facts: 100.3 fits both gold values, 99.7 only 100.
        let gold = doc(vec![], vec![], vec![fact("x", 100.0, None), fact("x", 100.6, None)]);
        let predicted = doc(vec![], vec![], vec![fact("x", 100.3, None), fact("x", 99.7, None)]);
        assert_eq!(score_document(&gold, &predicted).facts, counts(2, 0, 0));
    }

    #[test]
    fn gold_against_itself_scores_one_and_the_total_sums_counts() {
        let gold = doc(
            vec![entity("阿里巴巴", EntityType::Company, &["阿里"]), entity("通义千问", EntityType::Model, &[])],
            vec![relation("通义千问", Predicate::DevelopedBy, "阿里巴巴")],
            vec![fact("通义千问", 1e5, None)],
        );
        let score = score_document(&gold, &gold);
        for (name, c) in score.scores() {
            assert_eq!(c.f1(), 1.0, "{name}");
        }
        let empty = score_document(&gold, &Extraction::default());
        assert_eq!(empty.entities_typed, counts(0, 0, 2));
        assert_eq!(empty.relations.f1(), 0.0);

        let report = Report::new(vec![score, empty]);
        assert_eq!(report.total.doc, "TOTAL");
        assert_eq!(report.total.entities_typed, counts(2, 0, 2));
        assert_eq!(report.total.facts_dated.recall(), 0.5);
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["total"]["relations"]["fn"], 1);
        assert_eq!(json["total"]["relations"]["f1"], 2.0 / 3.0);
        assert_eq!(json["documents"][1]["missed"][0], "Entity 阿里巴巴 (Company)");
    }
}
