//! Integration tests: one binary, one module per area. They run the built
//! `tupu` binary and the library against real on-disk stores in temporary
//! folders.

mod analytics;
mod browser;
mod eval_article;
mod export;
mod extract;
mod facts;
mod ingest;
mod provenance;
mod push;
mod query;
mod robust;
mod scale;
mod serve;
mod validate;

use std::path::{Path, PathBuf};
use std::process::Command;
use tupu::store::Store;
use tupu::{Entity, EntityId, EntityType, Extraction, Fact, Predicate, Provenance, Relation, Span};

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the built `tupu` binary.
pub fn tupu(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_tupu")).args(args).output().expect("tupu runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn samples_dir() -> PathBuf {
    crate_dir().join("samples")
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// `tupu query --format tsv`, as rows of cells (the TSV header dropped,
/// literals reduced to their value).
pub fn query_rows(store: &Path, sparql: &str) -> Vec<Vec<String>> {
    let run = tupu(&["query", "--store", path_str(store), "--format", "tsv", sparql]);
    assert_eq!(run.code, 0, "query failed: {}\n{sparql}", run.stderr);
    run.stdout.lines().skip(1).map(|line| line.split('\t').map(tsv_value).collect()).collect()
}

/// The value of a TSV cell: `"x"@zh-hans` → `x`, `"1"^^<…>` → `1`, `<iri>` → `iri`.
pub fn tsv_value(cell: &str) -> String {
    if let Some(rest) = cell.strip_prefix('"') {
        let end = rest.rfind('"').unwrap_or(rest.len());
        rest[..end].replace("\\\"", "\"").replace("\\\\", "\\")
    } else if let Some(iri) = cell.strip_prefix('<').and_then(|c| c.strip_suffix('>')) {
        iri.to_string()
    } else {
        cell.to_string()
    }
}

/// A count from a `SELECT (COUNT(…) AS ?n)` query run through the library.
pub fn count(store: &Store, sparql: &str) -> usize {
    let solutions = store.select(sparql).expect("count query runs");
    match solutions[0].get("n") {
        Some(tupu::rdf::Term::Literal(l)) => l.value().parse().unwrap(),
        other => panic!("no count: {other:?}"),
    }
}

// ---------------------------------------------------------------------
// A hand-made article and its extraction (offsets computed from the text),
// so that store, query and provenance tests do not depend on the extractor.

/// Written for these tests.
pub const XIHU_TEXT: &str = "西湖区推出政务助手「西小服」\n\
2025-06-02\n\
\n\
杭州市西湖区近日上线了政务助手「西小服」。这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！\n\
通义千问在海外也叫Qwen，繁体写作通義千問。\n";

/// Written for these tests.
pub const QWEN25_TEXT: &str = "阿里云发布新模型\n\
\n\
阿里云是阿里巴巴旗下的云计算公司。阿里云本周发布了Qwen2.5模型，参数规模达到720亿。\n";

/// The provenance of the `nth` (0-based) occurrence of `needle`.
pub fn prov(doc: &str, text: &str, needle: &str, nth: usize, sentence: usize, rule: &str) -> Provenance {
    let byte = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("`{needle}` #{nth} not in text")).0;
    let start = text[..byte].chars().count();
    Provenance {
        doc: doc.into(),
        sentence,
        chars: Span::new(start, start + needle.chars().count()),
        bytes: Span::new(byte, byte + needle.len()),
        rule: rule.into(),
    }
}

pub fn entity(label: &str, kind: EntityType, aliases: &[&str], mentions: Vec<Provenance>) -> Entity {
    Entity {
        label: label.into(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        confidence: 0.9,
        curated: false,
        mentions,
    }
}

pub fn relation(subject: &str, predicate: Predicate, object: &str, provenance: Vec<Provenance>) -> Relation {
    Relation {
        subject: subject.into(),
        predicate,
        object: object.into(),
        ends: None,
        confidence: 0.8,
        hedged: false,
        provenance,
    }
}

/// Points the relations and facts of a hand-made extraction at their
/// entities, as `resolve` does; each label must name one entity.
pub fn linked(mut extraction: Extraction) -> Extraction {
    let entities = extraction.entities.clone();
    let id = |label: &str| {
        let mut ids = entities.iter().enumerate().filter(|(_, e)| e.label == label).map(|(i, _)| EntityId(i));
        let id = ids.next().unwrap_or_else(|| panic!("no entity `{label}`"));
        assert!(ids.next().is_none(), "two entities `{label}`");
        id
    };
    for r in &mut extraction.relations {
        r.ends = Some((id(&r.subject), id(&r.object)));
    }
    for f in extraction.facts.iter_mut().chain(&mut extraction.forecasts) {
        f.entity = Some(id(&f.subject));
    }
    extraction
}

/// The extraction a perfect extractor would give for [`XIHU_TEXT`].
pub fn xihu_extraction() -> Extraction {
    let d = "xihu.txt";
    let t = XIHU_TEXT;
    linked(Extraction {
        doc: d.into(),
        title: Some("西湖区推出政务助手「西小服」".into()),
        dateline: Some("2025-06-02".into()),
        entities: vec![
            entity(
                "西小服",
                EntityType::Deployment,
                &[],
                vec![prov(d, t, "西小服", 0, 0, "pattern.quoted"), prov(d, t, "西小服", 1, 1, "pattern.quoted")],
            ),
            entity(
                "西湖区",
                EntityType::Organization,
                &["杭州市西湖区"],
                vec![prov(d, t, "杭州市西湖区", 0, 1, "dict")],
            ),
            entity("阿里巴巴", EntityType::Company, &[], vec![prov(d, t, "阿里巴巴", 0, 2, "dict")]),
            entity(
                "通义千问",
                EntityType::Model,
                &["Qwen", "通義千問"],
                vec![
                    prov(d, t, "通义千问", 0, 2, "dict"),
                    prov(d, t, "Qwen", 0, 3, "dict"),
                    prov(d, t, "通義千問", 0, 3, "dict"),
                ],
            ),
            entity("政务", EntityType::Sector, &[], vec![prov(d, t, "政务", 2, 2, "dict")]),
        ],
        relations: vec![
            relation(
                "西小服",
                Predicate::DevelopedBy,
                "西湖区",
                vec![prov(d, t, "杭州市西湖区近日上线了政务助手「西小服", 0, 1, "rel.launch")],
            ),
            relation(
                "西小服",
                Predicate::UsesModel,
                "通义千问",
                vec![prov(d, t, "依托阿里巴巴的通义千问", 0, 2, "rel.uses-model")],
            ),
            relation("西小服", Predicate::AppliedIn, "政务", vec![prov(d, t, "在政务领域", 0, 2, "rel.sector")]),
            relation(
                "通义千问",
                Predicate::DevelopedBy,
                "阿里巴巴",
                vec![prov(d, t, "阿里巴巴的通义千问", 0, 2, "rel.possessive")],
            ),
        ],
        facts: vec![],
        forecasts: vec![],
    })
}

/// The extraction a perfect extractor would give for [`QWEN25_TEXT`].
pub fn qwen25_extraction() -> Extraction {
    let d = "qwen25.txt";
    let t = QWEN25_TEXT;
    linked(Extraction {
        doc: d.into(),
        title: Some("阿里云发布新模型".into()),
        dateline: None,
        entities: vec![
            entity(
                "阿里云",
                EntityType::Company,
                &[],
                vec![prov(d, t, "阿里云", 1, 1, "dict"), prov(d, t, "阿里云", 2, 2, "dict")],
            ),
            entity("阿里巴巴", EntityType::Company, &[], vec![prov(d, t, "阿里巴巴", 0, 1, "dict")]),
            entity("Qwen2.5", EntityType::Model, &[], vec![prov(d, t, "Qwen2.5", 0, 2, "dict")]),
        ],
        relations: vec![
            relation(
                "阿里云",
                Predicate::SubsidiaryOf,
                "阿里巴巴",
                vec![prov(d, t, "阿里巴巴旗下的云计算公司", 0, 1, "rel.subsidiary")],
            ),
            relation(
                "Qwen2.5",
                Predicate::DevelopedBy,
                "阿里云",
                vec![prov(d, t, "阿里云本周发布了Qwen2.5", 0, 2, "rel.launch")],
            ),
        ],
        facts: vec![Fact {
            subject: "Qwen2.5".into(),
            entity: None,
            metric: "parameters".into(),
            value: 72_000_000_000.0,
            unit: "".into(),
            date: None,
            confidence: 0.8,
            hedged: false,
            provenance: vec![prov(d, t, "参数规模达到720亿", 0, 2, "fact.amount")],
        }],
        forecasts: vec![],
    })
}

/// A store in `dir` holding the two hand-made articles (through the library).
pub fn hand_made_store(dir: &Path) -> Store {
    let store = Store::open(dir).unwrap();
    let ingestor = tupu::ingest::Ingestor::new(&store);
    ingestor.ingest_extraction(Path::new("hand/xihu.txt"), XIHU_TEXT, &xihu_extraction()).unwrap();
    ingestor.ingest_extraction(Path::new("hand/qwen25.txt"), QWEN25_TEXT, &qwen25_extraction()).unwrap();
    tupu::ingest::load_ontology(&store).unwrap();
    store
}

/// The fenced ```sparql blocks of the store documentation (docs/store.md,
/// and README.md once it has merged them).
pub fn documented_queries() -> Vec<String> {
    let mut queries = Vec::new();
    for file in ["docs/store.md", "README.md"] {
        let Ok(text) = std::fs::read_to_string(crate_dir().join(file)) else {
            continue;
        };
        let mut block: Option<String> = None;
        for line in text.lines() {
            match &mut block {
                None if line.trim_start().starts_with("```sparql") => block = Some(String::new()),
                Some(b) if line.trim_start().starts_with("```") => {
                    queries.push(std::mem::take(b));
                    block = None;
                }
                Some(b) => {
                    b.push_str(line);
                    b.push('\n');
                }
                None => {}
            }
        }
    }
    queries
}

/// The documented query that contains `marker`.
pub fn documented_query(marker: &str) -> String {
    documented_queries()
        .into_iter()
        .find(|q| q.contains(marker))
        .unwrap_or_else(|| panic!("no ```sparql block containing `{marker}` in docs/store.md or README.md"))
}
