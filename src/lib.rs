//! tupu (图谱): a knowledge-graph builder for the Chinese AI ecosystem.
//!
//! The pipeline runs one way, one module per stage:
//! [`normalize`] → [`segment`] → [`recognize`] → [`relate`] → [`resolve`]
//! → `rdf` → `store` → `query` / `export` / `serve`.
//! [`pipeline`] is the only module that chains the stages.

pub mod dictionary;
pub mod eval;
pub mod export;
pub mod graph;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod push;
pub mod query;
pub mod rdf;
pub mod recognize;
pub mod relate;
pub mod resolve;
pub mod segment;
pub mod serve;
pub mod store;
pub mod validate;

pub use model::{Entity, EntityType, Extraction, Fact, Mention, Predicate, Provenance, Relation, Span};
pub use pipeline::Pipeline;
