//! What the rule, name and fact tests share: one pipeline with the bundled
//! dictionary, as a user's run has, built once per test binary.

use std::sync::OnceLock;
use tupu_extract::{Extraction, Pipeline};

pub fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("the bundled dictionary loads"))
}

/// The extraction of one sentence or article written for a test.
pub fn extract(text: &str) -> Extraction {
    pipeline().extract("t.txt", text)
}

/// Relation checks; the name and fact tests build this module too and use
/// none of it.
#[allow(dead_code)]
pub mod relations;
