//! tupu-extract: the extractor of tupu (图谱), with no storage and no server.
//!
//! Chinese articles in (simplified or traditional; text, Markdown or HTML;
//! UTF-8, GBK or Big5), an [`Extraction`] out: entities, typed relations and
//! normalized figures, each with the span of the article that says it.
//!
//! The stages run one way, one module each:
//! [`normalize`] → [`segment`] → [`recognize`] → [`relate`] → [`resolve`].
//! [`pipeline`] is the only module that chains them; [`eval`] scores an
//! extraction against gold files (`ANNOTATION.md` of the evaluation set).
//!
//! Nothing here touches the network or a store: this crate's dependency tree
//! has no oxigraph, tokio, axum or ureq, so it builds and tests in seconds and
//! can be embedded alone.
//!
//! ```
//! let pipeline = tupu_extract::Pipeline::new().unwrap();
//! let extraction = pipeline.extract("demo.txt", "阿里巴巴发布了通义千问。");
//! assert!(extraction.entities.iter().any(|e| e.label == "通义千问"));
//! ```

pub(crate) mod cues;
pub mod dictionary;
pub mod eval;
pub mod metric;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod recognize;
pub mod relate;
pub mod resolve;
pub(crate) mod rule;
pub mod segment;
pub(crate) mod words;

pub use model::{Entity, EntityId, EntityType, Extraction, Fact, Mention, Predicate, Provenance, Relation, Span};
pub use pipeline::Pipeline;
pub use rule::Rule;
