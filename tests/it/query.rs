//! `tupu query`: the documented example queries, formats, syntax errors.

use crate::{documented_query, hand_made_store, path_str, query_rows, samples_dir, tupu};

#[test]
fn documented_queries_return_the_expected_rows() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));

    // All models of a company, subsidiaries included.
    let rows = query_rows(dir.path(), &documented_query("tupu:subsidiaryOf*"));
    assert_eq!(rows, [["Qwen2.5", "阿里云"], ["通义千问", "阿里巴巴"]]);

    // Every deployment with its model, developer and sector.
    let rows = query_rows(dir.path(), &documented_query("?d a tupu:Deployment"));
    assert_eq!(rows, [["西小服", "通义千问", "西湖区", "政务"]]);

    // The sentences that say 西小服 uses 通义千问.
    let rows = query_rows(dir.path(), &documented_query("rdf:predicate tupu:usesModel"));
    assert_eq!(
        rows,
        [[
            "hand/xihu.txt",
            "这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！",
            "rel.uses-model",
            "0.8"
        ]]
    );
}

#[test]
fn documented_queries_run_on_the_samples() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(tupu(&["ingest", path_str(&samples_dir()), "--store", path_str(&store)]).code, 0);
    // The curated graph alone says that 阿里巴巴 makes 通义千问.
    let models = query_rows(&store, &documented_query("tupu:subsidiaryOf*"));
    assert!(models.iter().any(|r| r[0] == "通义千问"), "{models:?}");
    let deployments = query_rows(&store, &documented_query("?d a tupu:Deployment"));
    assert!(!deployments.is_empty());
    assert!(deployments.iter().all(|r| r.len() == 4 && !r[0].is_empty()), "{deployments:?}");
    // The samples do not mention 西小服: no rows, but the query runs.
    query_rows(&store, &documented_query("rdf:predicate tupu:usesModel"));
}

#[test]
fn results_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let store = path_str(dir.path());
    let select = "SELECT ?label WHERE { ?d a tupu:Deployment ; rdfs:label ?label }";
    let expected = [
        ("table", "label\n------\n西小服\n"),
        ("csv", "label\r\n西小服\r\n"),
        ("tsv", "?label\n\"西小服\"@zh-hans\n"),
        (
            "json",
            "{\"head\":{\"vars\":[\"label\"]},\"results\":{\"bindings\":[{\"label\":{\"type\":\"literal\",\"value\":\"西小服\",\"xml:lang\":\"zh-hans\"}}]}}",
        ),
    ];
    for (format, output) in expected {
        let run = tupu(&["query", "--store", store, "--format", format, select]);
        assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, output, ""), "{format}");
    }
    let xml = tupu(&["query", "--store", store, "--format", "xml", select]);
    assert!(xml.stdout.starts_with("<?xml") && xml.stdout.contains("西小服"), "{}", xml.stdout);

    let ask = tupu(&["query", "--store", store, "ASK { ?d tupu:usesModel ?m }"]);
    assert_eq!((ask.code, ask.stdout.as_str()), (0, "true\n"));

    let construct = "CONSTRUCT { ?d tupu:usesModel ?m } WHERE { ?d tupu:usesModel ?m }";
    let nt = tupu(&["query", "--store", store, "--format", "ntriples", construct]);
    assert_eq!(
        nt.stdout,
        "<https://tupu.dev/id/Deployment/%E8%A5%BF%E5%B0%8F%E6%9C%8D> <https://tupu.dev/ontology#usesModel> \
         <https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE> .\n"
    );
    let ttl = tupu(&["query", "--store", store, construct]);
    assert!(ttl.stdout.contains("@prefix tupu: <https://tupu.dev/ontology#>"), "{}", ttl.stdout);
    let table = tupu(&["query", "--store", store, "--format", "table", construct]);
    assert_eq!(
        table.stdout,
        "subject               predicate       object\n\
         --------------------  --------------  -----------------\n\
         id:Deployment/西小服  tupu:usesModel  id:Model/通义千问\n"
    );
    let describe = tupu(&["query", "--store", store, "DESCRIBE id:Sector\\/%E6%94%BF%E5%8A%A1"]);
    assert!(describe.stdout.contains("\"政务\"@zh-hans"), "{}", describe.stdout);

    // A query from a file, results to a file whose extension gives the format.
    let rq = dir.path().join("labels.rq");
    std::fs::write(&rq, select).unwrap();
    let out = dir.path().join("labels.csv");
    let run = tupu(&["query", "--store", store, "-f", path_str(&rq), "-o", path_str(&out)]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(out).unwrap(), "label\r\n西小服\r\n");

    // A format that cannot hold the results is an error, not empty output.
    let wrong = tupu(&["query", "--store", store, "--format", "turtle", select]);
    assert_eq!(wrong.code, 2);
    assert_eq!(
        wrong.stderr,
        "tupu: error: turtle cannot write the results of SELECT; use table, json, csv, tsv or xml\n"
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let run = tupu(&["query", "--store", path_str(dir.path()), "SELECT ?x\nWHERE { ?x tupu:usesModel }"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    let first = run.stderr.lines().next().unwrap();
    assert!(
        first.starts_with("tupu: error: SPARQL syntax error in query at line 2, column 27: expected"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("  2 | WHERE { ?x tupu:usesModel }\n    |                           ^\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_default_graph_is_the_union_unless_asked_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let store = path_str(dir.path());
    let union = tupu(&["query", "--store", store, "ASK { ?d a tupu:Deployment }"]);
    assert_eq!(union.stdout, "true\n");
    let default_only = tupu(&["query", "--store", store, "--no-union", "ASK { ?d a tupu:Deployment }"]);
    assert_eq!(default_only.stdout, "false\n");
    let one_article = tupu(&[
        "query",
        "--store",
        store,
        "SELECT ?label WHERE { GRAPH article:qwen25.txt { ?m a tupu:Model ; rdfs:label ?label } }",
    ]);
    assert_eq!(one_article.stdout, "label\n-------\nQwen2.5\n");
}
