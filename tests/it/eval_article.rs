//! The first evaluation article, when `../shared/eval/articles` is there (it
//! is in CI): ingested by the real extractor, checked through SPARQL.
//!
//! This depends on the extractor's quality, not only on the store.

use crate::{crate_dir, path_str, query_rows, tupu};

#[test]
fn eval_article_deployments_and_aliases() {
    let article = crate_dir().join("../shared/eval/articles/000_c47ead0c47adb238.txt");
    if !article.exists() {
        eprintln!("skipped: {} is not there", article.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let run = tupu(&["ingest", path_str(&article), "--store", path_str(&store)]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The relations of the article's own graph (not the curated one's);
    // the labels of a dictionary entity are in the curated graph.
    let deployment = |label: &str| {
        query_rows(
            &store,
            &format!(
                "SELECT (GROUP_CONCAT(DISTINCT ?m; separator=\"|\") AS ?models)
                        (GROUP_CONCAT(DISTINCT ?dv; separator=\"|\") AS ?developers)
                        (GROUP_CONCAT(DISTINCT ?s; separator=\"|\") AS ?sectors)
                 WHERE {{
                   GRAPH article:000_c47ead0c47adb238.txt {{
                     ?d a tupu:Deployment ; rdfs:label \"{label}\"@zh-Hans .
                     OPTIONAL {{ ?d tupu:usesModel ?mi }}
                     OPTIONAL {{ ?d tupu:developedBy ?dvi }}
                     OPTIONAL {{ ?d tupu:appliedIn ?si }}
                   }}
                   OPTIONAL {{ ?mi rdfs:label ?m }}
                   OPTIONAL {{ ?dvi rdfs:label ?dv }}
                   OPTIONAL {{ ?si rdfs:label ?s }}
                 }}"
            ),
        )
        .remove(0)
    };
    let sorted = |cell: &str| {
        let mut parts: Vec<&str> = cell.split('|').filter(|p| !p.is_empty()).collect();
        parts.sort_unstable();
        parts.join("|")
    };

    let xixiaofu = deployment("西小服");
    assert_eq!(xixiaofu[0], "通义千问", "model of 西小服");
    assert_eq!(xixiaofu[1], "西湖区", "developer of 西小服");
    assert_eq!(xixiaofu[2], "政务", "sector of 西小服");

    let qiyuan = deployment("启元重症大模型");
    assert_eq!(sorted(&qiyuan[1]), "明德医疗|腾讯", "developers of 启元重症大模型");
    assert_eq!(qiyuan[2], "医疗", "sector of 启元重症大模型");

    let aliases = query_rows(
        &store,
        "SELECT DISTINCT ?alias WHERE {
           { SELECT DISTINCT ?q WHERE { ?q a tupu:Model ; rdfs:label \"通义千问\"@zh-Hans } }
           GRAPH article:000_c47ead0c47adb238.txt { ?q skos:altLabel ?alias }
         } ORDER BY ?alias",
    );
    let aliases: Vec<&str> = aliases.iter().map(|r| r[0].as_str()).collect();
    assert!(aliases.contains(&"通義千問") && aliases.contains(&"Qwen"), "{aliases:?}");

    // The sentence that says 西小服 uses 通义千问, as written (traditional).
    let sources = query_rows(
        &store,
        "SELECT DISTINCT ?sentence WHERE {
           ?st rdf:subject/rdfs:label \"西小服\"@zh-Hans ; rdf:predicate tupu:usesModel ;
               rdf:object/rdfs:label \"通义千问\"@zh-Hans ; tupu:evidence/tupu:inSentence?/tupu:text ?sentence .
         }",
    );
    assert!(sources.iter().any(|r| r[0].contains("「西小服」")), "{sources:?}");

    let validate = tupu(&["validate", "--store", path_str(&store)]);
    assert_eq!(validate.code, 0, "{}{}", validate.stdout, validate.stderr);
}
