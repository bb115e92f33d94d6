//! The types that flow between the pipeline stages and out of the library.
//!
//! The serialized form of [`Extraction`] is the public JSON interface of
//! `tupu extract` (see README.md, "Extraction JSON"): it is a superset of the
//! gold-file shape of `ANNOTATION.md`, so an extraction can be scored as is.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A half-open range `[start, end)` of positions.
///
/// Which positions (chars or bytes, original or normalized text) is said by
/// the field that holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub(crate) fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub(crate) fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The entity types of `ANNOTATION.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityType {
    Company,
    Organization,
    Model,
    Product,
    Deployment,
    Person,
    Benchmark,
    Sector,
    Place,
    Technology,
}

impl EntityType {
    pub const ALL: [EntityType; 10] = [
        EntityType::Company,
        EntityType::Organization,
        EntityType::Model,
        EntityType::Product,
        EntityType::Deployment,
        EntityType::Person,
        EntityType::Benchmark,
        EntityType::Sector,
        EntityType::Place,
        EntityType::Technology,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Company => "Company",
            EntityType::Organization => "Organization",
            EntityType::Model => "Model",
            EntityType::Product => "Product",
            EntityType::Deployment => "Deployment",
            EntityType::Person => "Person",
            EntityType::Benchmark => "Benchmark",
            EntityType::Sector => "Sector",
            EntityType::Place => "Place",
            EntityType::Technology => "Technology",
        }
    }

    /// Companies and other organizations: the actors that develop, own,
    /// invest and partner.
    pub(crate) fn is_actor(self) -> bool {
        matches!(self, EntityType::Company | EntityType::Organization)
    }

    /// Things that are built: models, products and deployments.
    pub(crate) fn is_artifact(self) -> bool {
        matches!(self, EntityType::Model | EntityType::Product | EntityType::Deployment)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntityType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s).ok_or_else(|| format!("unknown entity type `{s}`"))
    }
}

/// The relation predicates of `ANNOTATION.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Predicate {
    DevelopedBy,
    SubsidiaryOf,
    UsesModel,
    VariantOf,
    PartnerOf,
    AppliedIn,
    UsesTechnology,
    EvaluatedOn,
    AffiliatedWith,
    LocatedIn,
    InvestedIn,
}

impl Predicate {
    pub const ALL: [Predicate; 11] = [
        Predicate::DevelopedBy,
        Predicate::SubsidiaryOf,
        Predicate::UsesModel,
        Predicate::VariantOf,
        Predicate::PartnerOf,
        Predicate::AppliedIn,
        Predicate::UsesTechnology,
        Predicate::EvaluatedOn,
        Predicate::AffiliatedWith,
        Predicate::LocatedIn,
        Predicate::InvestedIn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Predicate::DevelopedBy => "developedBy",
            Predicate::SubsidiaryOf => "subsidiaryOf",
            Predicate::UsesModel => "usesModel",
            Predicate::VariantOf => "variantOf",
            Predicate::PartnerOf => "partnerOf",
            Predicate::AppliedIn => "appliedIn",
            Predicate::UsesTechnology => "usesTechnology",
            Predicate::EvaluatedOn => "evaluatedOn",
            Predicate::AffiliatedWith => "affiliatedWith",
            Predicate::LocatedIn => "locatedIn",
            Predicate::InvestedIn => "investedIn",
        }
    }

    /// partnerOf holds both ways; every other predicate is directed.
    pub fn is_symmetric(self) -> bool {
        self == Predicate::PartnerOf
    }

    /// Whether `subject predicate object` respects the domain and range
    /// table of `ANNOTATION.md`.
    pub fn accepts(self, subject: EntityType, object: EntityType) -> bool {
        use EntityType::*;
        match self {
            Predicate::DevelopedBy => subject.is_artifact() && object.is_actor(),
            Predicate::SubsidiaryOf | Predicate::PartnerOf => subject.is_actor() && object.is_actor(),
            Predicate::UsesModel => subject.is_artifact() && object == Model,
            Predicate::VariantOf => subject == Model && object == Model,
            Predicate::AppliedIn => subject.is_artifact() && object == Sector,
            Predicate::UsesTechnology => subject == Model && object == Technology,
            Predicate::EvaluatedOn => subject == Model && object == Benchmark,
            Predicate::AffiliatedWith => subject == Person && object.is_actor(),
            Predicate::LocatedIn => (subject.is_actor() || subject == Deployment) && object == Place,
            Predicate::InvestedIn => (subject.is_actor() || subject == Person) && object == Company,
        }
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Predicate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Predicate::ALL.into_iter().find(|p| p.as_str() == s).ok_or_else(|| format!("unknown predicate `{s}`"))
    }
}

/// Where a statement came from: the article, the sentence, the exact span
/// in the original file (chars and bytes), and the rule that produced it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// The article's document name (its file name).
    pub doc: String,
    /// Zero-based index of the sentence in the article.
    pub sentence: usize,
    /// Char offsets into the original (decoded) article text.
    pub chars: Span,
    /// Byte offsets into the original (decoded, UTF-8) article text.
    pub bytes: Span,
    /// Identifier of the recognizer or relation rule, e.g. `dict`, `rel.possessive`.
    pub rule: String,
}

/// One occurrence of a name in the text, before resolution into entities.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The surface form as written in the original article.
    pub(crate) surface: String,
    /// The surface form after normalization (simplified, NFKC).
    pub(crate) text: String,
    pub(crate) kind: EntityType,
    /// Char span in the normalized text.
    pub(crate) span: Span,
    pub(crate) sentence: usize,
    /// Index into the dictionary when the name is curated.
    pub(crate) entry: Option<usize>,
    /// For a model version found by pattern: the dictionary entry of its
    /// family (Qwen2.5-VL → 通义千问) or of its maker (DeepSeek-V4 → DeepSeek).
    pub(crate) family: Option<usize>,
    /// A short name the article introduces for another mention
    /// (…有限公司（下称"曦言智能"）): that mention's start.
    pub(crate) alias_of: Option<usize>,
    pub(crate) rule: crate::rule::Rule,
    pub(crate) confidence: f32,
}

/// A resolved entity of one article: all mentions of one thing merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Other surface forms the article uses (normalized label excluded).
    pub aliases: Vec<String>,
    #[serde(default)]
    pub confidence: f32,
    /// True when the name is in the curated dictionary.
    #[serde(default)]
    pub curated: bool,
    #[serde(default)]
    pub mentions: Vec<Provenance>,
}

/// Which entity of an [`Extraction`]: an index into its `entities`.
///
/// Relations and facts point at their entities with it, so that two entities
/// of one label (豆包 the model, 豆包 the app) are never confused. It lives in
/// memory only: the JSON names entities by label, as `ANNOTATION.md` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub usize);

impl EntityId {
    /// The position in [`Extraction::entities`].
    pub fn index(self) -> usize {
        self.0
    }
}

/// A typed relation between two entities of the same article.
///
/// `subject` and `object` are the entities' labels, for readers and the
/// scorer; `ends` says which entities they are. [`crate::resolve`] sets
/// both; an extraction read from JSON or built by hand has no `ends` until
/// someone says which entities are meant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub subject: String,
    pub predicate: Predicate,
    pub object: String,
    /// The subject and object entities (not serialized).
    #[serde(skip)]
    pub ends: Option<(EntityId, EntityId)>,
    #[serde(default)]
    pub confidence: f32,
    /// The sentence hedges (计划, 拟, 传闻, 预计 …): reported, not asserted.
    #[serde(default)]
    pub hedged: bool,
    #[serde(default)]
    pub provenance: Vec<Provenance>,
}

/// A number the text states about an entity, normalized.
///
/// `subject` is the entity's label; `entity` says which entity it is, as
/// [`Relation::ends`] does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub subject: String,
    /// The subject entity (not serialized).
    #[serde(skip)]
    pub entity: Option<EntityId>,
    pub metric: String,
    pub value: f64,
    pub unit: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-QN`; `None` when the text gives no period.
    pub date: Option<String>,
    #[serde(default)]
    pub confidence: f32,
    #[serde(default)]
    pub hedged: bool,
    #[serde(default)]
    pub provenance: Vec<Provenance>,
}

/// What tupu extracted from one article.
///
/// `facts` holds only what the article states as fact; forecasts and other
/// hedged figures go to `forecasts`, which scoring ignores.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Extraction {
    pub doc: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The article's own dateline (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    pub facts: Vec<Fact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forecasts: Vec<Fact>,
}

impl Extraction {
    /// The entity an id points at; `None` when it points past the end.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.index())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicate_names_round_trip() {
        for p in Predicate::ALL {
            assert_eq!(p.as_str().parse::<Predicate>().unwrap(), p);
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.as_str()));
        }
    }

    #[test]
    fn domain_and_range_follow_annotation_table() {
        use EntityType::*;
        assert!(Predicate::DevelopedBy.accepts(Deployment, Organization));
        assert!(!Predicate::DevelopedBy.accepts(Company, Company));
        assert!(Predicate::UsesModel.accepts(Product, Model));
        assert!(!Predicate::UsesModel.accepts(Product, Product));
        assert!(Predicate::InvestedIn.accepts(Person, Company));
        assert!(!Predicate::InvestedIn.accepts(Company, Organization));
        assert!(Predicate::LocatedIn.accepts(Deployment, Place));
    }
}
