//! Arguments shared by `export`, `stats` and `path`: which store, and what
//! part of the graph.

use std::path::PathBuf;
use tupu::graph::Filter;
use tupu::store::DEFAULT_PATH;
use tupu::{EntityType, Predicate};

#[derive(Debug, Clone, clap::Args)]
pub struct GraphArgs {
    /// The store directory; it must exist (see `tupu ingest`).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_PATH)]
    pub store: PathBuf,
    /// Keep only entities of these types (comma-separated: Company,
    /// Organization, Model, Product, Deployment, Person, Benchmark, Sector,
    /// Place, Technology).
    #[arg(long, value_name = "TYPES", value_delimiter = ',', value_parser = parse_type)]
    pub types: Vec<EntityType>,
    /// Keep only relations with these predicates (comma-separated:
    /// developedBy, subsidiaryOf, usesModel, variantOf, partnerOf, appliedIn,
    /// usesTechnology, evaluatedOn, affiliatedWith, locatedIn, investedIn).
    #[arg(long, value_name = "PREDICATES", value_delimiter = ',', value_parser = parse_predicate)]
    pub predicates: Vec<Predicate>,
    /// Keep only relations with a statement at least this confident (0 to 1).
    #[arg(long, value_name = "X", value_parser = parse_confidence)]
    pub min_confidence: Option<f64>,
    /// Read only this article (its file name, e.g. b1_gov_services.txt).
    #[arg(long = "graph", value_name = "ARTICLE")]
    pub article: Option<String>,
}

impl GraphArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            types: self.types.clone(),
            predicates: self.predicates.clone(),
            min_confidence: self.min_confidence,
            article: self.article.clone(),
            ..Filter::default()
        }
    }
}

fn parse_type(value: &str) -> Result<EntityType, String> {
    EntityType::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(value.trim())).ok_or_else(|| {
        format!("unknown entity type `{value}` (one of: {})", names(EntityType::ALL.map(|t| t.as_str())))
    })
}

fn parse_predicate(value: &str) -> Result<Predicate, String> {
    Predicate::ALL
        .into_iter()
        .find(|p| p.as_str().eq_ignore_ascii_case(value.trim()))
        .ok_or_else(|| format!("unknown predicate `{value}` (one of: {})", names(Predicate::ALL.map(|p| p.as_str()))))
}

fn parse_confidence(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("`{value}` is not a confidence between 0 and 1")),
    }
}

fn names<const N: usize>(names: [&str; N]) -> String {
    names.join(", ")
}
