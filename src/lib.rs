//! tupu (图谱): a knowledge-graph builder for the Chinese AI ecosystem.
//!
//! The pipeline runs one way, one module per stage. The extraction stages
//! live in the `tupu-extract` crate and are re-exported here:
//! [`normalize`] → [`segment`] → [`recognize`] → [`relate`] → [`resolve`]
//! → [`rdf`] → [`store`]; [`ingest`] chains extraction, mapping and the store → [`query`] / [`export`] / [`serve`].
//! [`pipeline`] is the only module that chains the extraction stages; this
//! crate adds everything that knows RDF, the store, HTTP and output formats.

pub use tupu_extract::{dictionary, eval, metric, model, normalize, pipeline};

pub mod export;
pub mod facts;
pub mod graph;
pub mod guard;
pub mod ingest;
pub mod push;
pub mod query;
pub mod rdf;
pub mod serve;
pub mod store;
pub mod validate;

pub use model::{Entity, EntityId, EntityType, Extraction, Fact, Mention, Predicate, Provenance, Relation, Span};
pub use pipeline::Pipeline;
