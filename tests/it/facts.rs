//! `tupu facts`: figures consolidated over articles, contradictions, the
//! SPARQL of README.md and the exports that carry them.

use crate::browser::doubao_store;
use crate::{path_str, tupu};

#[test]
fn facts_table_and_conflicts_of_three_articles() {
    let dir = tempfile::tempdir().unwrap();
    let store = doubao_store(dir.path());
    let store = path_str(&store);

    // The table, as pandas reads it: one row per month.
    let run = tupu(&["facts", "--store", store, "--entity", "豆包App", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, tupu::facts::CSV_HEADER);
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    let cols = |row: &Vec<String>, names: &[&str]| -> Vec<String> {
        names.iter().map(|n| row[header.iter().position(|h| h == n).unwrap()].clone()).collect()
    };
    let wanted =
        ["entity", "metric", "period", "value", "unit", "articles", "first_published", "last_published", "conflict"];
    let table: Vec<Vec<String>> = rows.iter().map(|r| cols(r, &wanted)).collect();
    assert_eq!(
        table,
        [
            ["豆包App", "monthlyActiveUsers", "2025-01", "75000000", "users", "1", "2025-02-10", "2025-02-10", "false"],
            // One article each and the same confidence: the tie goes to the smaller value.
            ["豆包App", "monthlyActiveUsers", "2025-03", "80000000", "users", "2", "2025-04-08", "2025-04-20", "true"],
        ]
    );
    assert_eq!(cols(&rows[1], &["values"]), ["80000000;100000000"]);
    assert_eq!(rows[1][header.iter().position(|h| h == "observations").unwrap()].split(';').count(), 2);

    // The aligned table, for a terminal.
    let run = tupu(&["facts", "--store", store, "--metric", "monthlyActiveUsers"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("80000000 / 100000000"), "{}", run.stdout);

    // The conflict list: each value with its article and sentence.
    let run = tupu(&["facts", "--store", store, "--conflicts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for expected in [
        "豆包App (Product) monthlyActiveUsers 2025-03 [users]: 2 values",
        "doubao_mar.txt 2025-04-08: 第三方机构统计，豆包App在2025年3月的月活跃用户达到1亿。",
        "doubao_mar_other.txt 2025-04-20: 另一家数据公司给出的数字不同：豆包App在2025年3月的月活跃用户为8000万。",
    ] {
        assert!(run.stdout.contains(expected), "no `{expected}` in\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("2025-01"), "January agrees: {}", run.stdout);
    assert!(run.stderr.contains("1 conflicting figure of 2"), "{}", run.stderr);
    let run = tupu(&["facts", "--store", store, "--conflicts", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["observations"].as_array().unwrap().len(), 2);

    // A metric outside the vocabulary is refused, with the list.
    let run = tupu(&["facts", "--store", store, "--metric", "mau"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown metric `mau`") && run.stderr.contains("monthlyActiveUsers"), "{}", run.stderr);

    // The SPARQL of README.md: the same groups, one row per exact value.
    let run = tupu(&["query", "--store", store, "--format", "tsv", tupu::facts::SPARQL]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().skip(1).collect();
    assert_eq!(lines.len(), 3, "{}", run.stdout);
    assert!(lines.iter().all(|l| l.contains("monthlyActiveUsers")), "{}", run.stdout);

    // The metric is a term of the ontology, with labels and a usual unit.
    let run = tupu(&[
        "query",
        "--store",
        store,
        "--format",
        "tsv",
        "SELECT ?zh ?unit WHERE { ?f tupu:metric ?m . ?m a tupu:Metric ; rdfs:label ?zh ; tupu:usualUnit ?unit FILTER(lang(?zh) = 'zh-hans') } LIMIT 1",
    ]);
    assert!(run.stdout.contains("月活跃用户数") && run.stdout.contains("\"users\""), "{}", run.stdout);
}

#[test]
fn exports_carry_consolidated_figures() {
    let dir = tempfile::tempdir().unwrap();
    let store = doubao_store(dir.path());
    let out = dir.path().join("csv");
    let run = tupu(&["export", "--store", path_str(&store), "--format", "csv", "-o", path_str(&out)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let figures = std::fs::read_to_string(out.join("figures.csv")).unwrap();
    assert!(figures.starts_with(&tupu::facts::CSV_HEADER.join(",")), "{figures}");
    assert!(
        figures.contains("豆包App,Product,monthlyActiveUsers,2025-03,80000000,users,2,2025-04-08,2025-04-20"),
        "{figures}"
    );
    assert!(std::fs::read_to_string(out.join("facts.csv")).unwrap().lines().count() == 4, "per-article facts stay");

    let run = tupu(&["export", "--store", path_str(&store), "--format", "jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = run
        .stdout
        .lines()
        .find(|l| {
            let iri = tupu::rdf::entity_iri(tupu::EntityType::Product, "豆包App");
            l.starts_with(&format!("{{\"iri\":\"{}\"", iri.as_str()))
        })
        .expect("豆包App's line");
    let line: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(line["facts"].as_array().unwrap().len(), 3);
    let figures = line["figures"].as_array().unwrap();
    assert_eq!(figures.len(), 2);
    assert_eq!(figures[1]["conflict"], true);
    assert_eq!(figures[1]["articles"], 2);
    assert_eq!(figures[1]["period"], "2025-03");
}
