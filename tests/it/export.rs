//! `tupu export`: every format read back by a real consumer (Graphviz,
//! NetworkX, the csv crate, oxigraph's parsers), checked against counts the
//! store gives by SPARQL.

use crate::{hand_made_store, path_str, query_rows, samples_dir, tupu};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad, Triple};
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use tupu::store::Store;

const PREDICATES: &str = "VALUES ?p { tupu:developedBy tupu:subsidiaryOf tupu:usesModel tupu:variantOf tupu:partnerOf \
    tupu:appliedIn tupu:usesTechnology tupu:evaluatedOn tupu:affiliatedWith tupu:locatedIn tupu:investedIn }";
const CLASSES: &str = "VALUES ?c { tupu:Company tupu:Organization tupu:Model tupu:Product tupu:Deployment \
    tupu:Person tupu:Benchmark tupu:Sector tupu:Place tupu:Technology }";

/// Whether an outside tool runs; on CI (env CI set) a missing tool fails
/// the test, elsewhere the test is skipped with a message.
pub fn tool_available(program: &str, args: &[&str]) -> bool {
    let ok = Command::new(program).args(args).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var_os("CI").is_none(), "`{program} {}` is needed on CI and does not run", args.join(" "));
        eprintln!("skipping: `{program} {}` does not run here", args.join(" "));
    }
    ok
}

/// A store of the samples in a fresh temporary folder.
fn samples_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let run = tupu(&["ingest", path_str(&samples_dir()), "--store", path_str(&store)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (dir, store)
}

fn count_of(store: &Path, sparql: &str) -> usize {
    query_rows(store, sparql)[0][0].parse().unwrap()
}

/// Entities, relations and facts of the article graphs, counted by SPARQL.
fn expected_counts(store: &Path) -> (usize, usize, usize) {
    // Named by an article: a dictionary entity's type is in the curated graph.
    let entities = count_of(
        store,
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?g a tupu:Article . ?m tupu:mentionOf ?e } }",
    );
    let relations = count_of(
        store,
        &format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {PREDICATES} GRAPH ?g {{ ?g a tupu:Article . ?s ?p ?o }} }} }}"
        ),
    );
    let facts = count_of(
        store,
        "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?g a tupu:Article . ?f tupu:value ?v FILTER NOT EXISTS { ?f a tupu:Forecast } } }",
    );
    (entities, relations, facts)
}

fn export(store: &Path, args: &[&str]) -> String {
    let mut all = vec!["export", "--store", path_str(store)];
    all.extend_from_slice(args);
    let run = tupu(&all);
    assert_eq!(run.code, 0, "tupu {all:?}: {}", run.stderr);
    run.stdout
}

#[test]
fn graphviz_accepts_the_dot_and_renders_chinese_labels() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let dot = export(dir.path(), &["--format", "dot"]);
    let parsed = graphviz_rust::parse(&dot).expect("graphviz-rust parses the DOT back");
    assert!(matches!(parsed, graphviz_rust::dot_structures::Graph::DiGraph { .. }));
    if !tool_available("dot", &["-V"]) {
        return;
    }
    let file = dir.path().join("graph.dot");
    std::fs::write(&file, &dot).unwrap();
    let out = Command::new("dot").args(["-Tsvg", path_str(&file)]).output().unwrap();
    assert!(out.status.success(), "dot -Tsvg: {}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    // 7 entities + 5 legend entries (one per type shown); 6 relations (the
    // legend's links are invisible, so not drawn).
    assert_eq!(svg.matches("class=\"node\"").count(), 7 + 5, "{svg}");
    assert_eq!(svg.matches("class=\"edge\"").count(), 6);
    for label in ["西小服", "通义千问", "阿里巴巴", "Qwen2.5", "usesModel"] {
        assert!(svg.contains(&format!(">{label}</text>")), "{label} not drawn");
    }

    // svg and png straight from tupu.
    let svg_file = dir.path().join("graph.svg");
    export(dir.path(), &["-o", path_str(&svg_file)]);
    assert!(std::fs::read_to_string(&svg_file).unwrap().contains(">西小服</text>"));
    let png_file = dir.path().join("graph.png");
    export(dir.path(), &["-o", path_str(&png_file)]);
    assert!(std::fs::read(&png_file).unwrap().starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[test]
fn missing_graphviz_says_how_to_install_it() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tupu"))
        .args(["export", "--store", path_str(dir.path()), "-o", path_str(&dir.path().join("g.svg"))])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("`dot` is not installed") && stderr.contains("apt install graphviz"), "{stderr}");
    assert!(!dir.path().join("g.svg").exists(), "no empty file left behind");
}

#[test]
fn graphml_loads_in_networkx_with_the_store_counts() {
    if !tool_available("python3", &["-c", "import networkx"]) {
        return;
    }
    let (dir, store) = samples_store();
    let (entities, relations, _) = expected_counts(&store);
    let file = dir.path().join("samples.graphml");
    export(&store, &["-o", path_str(&file)]);
    let script = "import sys, networkx as nx\n\
        g = nx.read_graphml(sys.argv[1])\n\
        types = {type(d['confidence']).__name__ for _, _, d in g.edges(data=True)}\n\
        types |= {type(d['articles']).__name__ for _, d in g.nodes(data=True)}\n\
        kinds = sorted({d['type'] for _, d in g.nodes(data=True)})\n\
        print(g.number_of_nodes(), g.number_of_edges(), ','.join(sorted(types)), ','.join(kinds))";
    let out = Command::new("python3").args(["-c", script, path_str(&file)]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let kinds = query_rows(
        &store,
        &format!(
            "SELECT DISTINCT ?c WHERE {{ {CLASSES} GRAPH ?g {{ ?g a tupu:Article . ?m tupu:mentionOf ?e }} \
             {{ GRAPH ?g {{ ?e a ?c }} }} UNION {{ GRAPH graph:curated {{ ?e a ?c }} }} }} ORDER BY ?c"
        ),
    )
    .into_iter()
    .map(|r| r[0].trim_start_matches("https://tupu.dev/ontology#").to_string())
    .collect::<Vec<_>>()
    .join(",");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("{entities} {relations} float,int {kinds}"));
}

#[test]
fn csv_has_the_neo4j_headers_and_the_store_counts() {
    let (dir, store) = samples_store();
    let (entities, relations, facts) = expected_counts(&store);
    let out = dir.path().join("neo4j");
    export(&store, &["--format", "csv", "-o", path_str(&out)]);
    let read = |name: &str| -> (Vec<String>, Vec<csv::StringRecord>) {
        let mut reader = csv::Reader::from_path(out.join(name)).unwrap();
        let headers = reader.headers().unwrap().iter().map(str::to_string).collect();
        (headers, reader.records().map(Result::unwrap).collect())
    };
    let (headers, nodes) = read("nodes.csv");
    assert_eq!(headers, ["id:ID", "name", ":LABEL", "aliases:string[]", "articles:int"]);
    assert_eq!(nodes.len(), entities);
    let (headers, edges) = read("relationships.csv");
    assert_eq!(headers, [":START_ID", ":END_ID", ":TYPE", "confidence:double", "articles:string[]", "sentence"]);
    assert_eq!(edges.len(), relations);
    let (headers, figures) = read("facts.csv");
    assert_eq!(
        headers,
        ["entity", "name", "metric", "value:double", "unit", "period", "confidence:double", "article", "sentence"]
    );
    assert_eq!(figures.len(), facts);
    // What neo4j-admin needs: unique ids, and every relationship end among them.
    let ids: HashSet<&str> = nodes.iter().map(|r| &r[0]).collect();
    assert_eq!(ids.len(), nodes.len());
    assert!(edges.iter().all(|r| ids.contains(&r[0]) && ids.contains(&r[1])));
    assert!(figures.iter().all(|r| ids.contains(&r[0]) && r[3].parse::<f64>().is_ok()));
    assert!(nodes.iter().all(|r| r[2].starts_with("Entity;") && r[4].parse::<usize>().unwrap() >= 1));
}

/// The quads of the store's article graphs (the store closed afterwards).
fn article_quads(store: &Path, only: Option<&str>) -> HashSet<Quad> {
    let store = Store::open(store).unwrap();
    let mut quads = HashSet::new();
    for doc in store.articles().unwrap() {
        if only.is_none_or(|o| o == doc) {
            quads.extend(store.graph_quads(&tupu::rdf::article_iri(&doc)).unwrap());
        }
    }
    quads
}

fn parse(format: RdfFormat, text: &str) -> HashSet<Quad> {
    RdfParser::from_format(format).for_slice(text.as_bytes()).collect::<Result<_, _>>().expect("parses back")
}

#[test]
fn rdf_dumps_parse_back_to_the_store_quads() {
    let (_dir, store) = samples_store();
    let nquads = export(&store, &["--format", "nquads"]);
    let trig = export(&store, &["--format", "trig"]);
    let turtle = export(&store, &["--format", "turtle"]);
    let jsonld = export(&store, &["--format", "jsonld"]);
    let one = export(&store, &["--format", "nquads", "--graph", "b1_gov_services.txt"]);
    let expected = article_quads(&store, None);
    // The samples map to about 5,000 quads (mapping version 2).
    assert!(expected.len() > 3_000, "{}", expected.len());
    assert_eq!(parse(RdfFormat::NQuads, &nquads), expected);
    assert_eq!(parse(RdfFormat::TriG, &trig), expected);
    let jsonld_quads = parse(RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }, &jsonld);
    assert_eq!(jsonld_quads.len(), expected.len());
    assert_eq!(jsonld_quads, expected);
    let triples: HashSet<Triple> = expected.iter().cloned().map(Triple::from).collect();
    let turtle_triples: HashSet<Triple> = parse(RdfFormat::Turtle, &turtle).into_iter().map(Triple::from).collect();
    assert_eq!(turtle_triples, triples);
    assert!(parse(RdfFormat::Turtle, &turtle).iter().all(|q| q.graph_name == GraphName::DefaultGraph));
    assert_eq!(parse(RdfFormat::NQuads, &one), article_quads(&store, Some("b1_gov_services.txt")));

    // The context compacts to the ontology's terms.
    let document: serde_json::Value = serde_json::from_str(&jsonld).unwrap();
    assert_eq!(document["@context"]["usesModel"], "tupu:usesModel");
    assert!(jsonld.contains("\"@type\": [\n") && jsonld.contains("\"Deployment\""));
    assert!(jsonld.contains("\"usesModel\": [") && jsonld.contains("\"text\": ["));
}

/// The labels of the entities of a JSONL export.
fn jsonl_iris(jsonl: &str) -> BTreeSet<String> {
    jsonl
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["iri"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn focus_and_depth_return_exactly_the_neighbourhood() {
    let (_dir, store) = samples_store();
    // The neighbourhood by SPARQL: entities linked to 通义千问 by a relation
    // any article asserts, in either direction, one or two hops away.
    let linked = |a: &str, b: &str, g: &str| {
        format!("GRAPH {g} {{ {g} a tupu:Article . {{ {a} ?p{g2} {b} }} UNION {{ {b} ?p{g2} {a} }} FILTER(?p{g2} IN ({list})) }}",
            g2 = &g[2..],
            list = "tupu:developedBy, tupu:subsidiaryOf, tupu:usesModel, tupu:variantOf, tupu:partnerOf, tupu:appliedIn, \
                    tupu:usesTechnology, tupu:evaluatedOn, tupu:affiliatedWith, tupu:locatedIn, tupu:investedIn")
    };
    let iri = "<https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE>";
    let focus = format!("VALUES ?f {{ {iri} }}");
    let one = format!(
        "SELECT DISTINCT ?e WHERE {{ {focus} {{ VALUES ?e {{ {iri} }} }} UNION {{ {} }} }}",
        linked("?f", "?e", "?g1")
    );
    let two = format!(
        "SELECT DISTINCT ?e WHERE {{ {focus} {{ VALUES ?e {{ {iri} }} }} UNION {{ {} }} UNION {{ {} {} }} }}",
        linked("?f", "?e", "?g1"),
        linked("?f", "?x", "?g2"),
        linked("?x", "?e", "?g3")
    );
    let rows =
        |sparql: &str| -> BTreeSet<String> { query_rows(&store, sparql).into_iter().map(|r| r[0].clone()).collect() };
    let (depth1, depth2) = (rows(&one), rows(&two));
    assert!(depth1.len() > 3 && depth2.len() > depth1.len(), "{depth1:?} {depth2:?}");

    // Traditional spelling of the focus.
    assert_eq!(jsonl_iris(&export(&store, &["--format", "jsonl", "--focus", "通義千問"])), depth1);
    assert_eq!(jsonl_iris(&export(&store, &["--format", "jsonl", "--focus", "通义千问", "--depth", "2"])), depth2);

    // GraphML of the same focus has the same entities, and the relations among them.
    let graphml = export(&store, &["--format", "graphml", "--focus", "通义千问"]);
    assert_eq!(graphml.matches("<node id=").count(), depth1.len());

    // --max-nodes keeps the focus and names what it left out.
    let run = tupu(&[
        "export",
        "--store",
        path_str(&store),
        "--format",
        "jsonl",
        "--focus",
        "通义千问",
        "--depth",
        "2",
        "--max-nodes",
        "3",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let kept = jsonl_iris(&run.stdout);
    assert_eq!(kept.len(), 3);
    assert!(kept.contains("https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE"));
    assert!(run.stderr.contains(&format!("left out {} entities", depth2.len() - 3)), "{}", run.stderr);

    let unknown = tupu(&["export", "--store", path_str(&store), "--format", "dot", "--focus", "不存在的公司"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("no entity is named `不存在的公司`"), "{}", unknown.stderr);
}

#[test]
fn narrowed_rdf_keeps_the_focus_and_its_statements() {
    let (_dir, store) = samples_store();
    let nquads = export(&store, &["--format", "nquads", "--focus", "通义千问"]);
    let quads = parse(RdfFormat::NQuads, &nquads);
    let jsonl = export(&store, &["--format", "jsonl", "--focus", "通义千问"]);
    let kept = jsonl_iris(&jsonl);
    let entity_subjects: BTreeSet<String> = quads
        .iter()
        .filter_map(|q| match &q.subject {
            oxigraph::model::NamedOrBlankNode::NamedNode(n) if n.as_str().starts_with("https://tupu.dev/id/") => {
                Some(n.as_str().to_string())
            }
            _ => None,
        })
        .collect();
    assert_eq!(entity_subjects, kept);
    // Every kept relation triple comes with its statements.
    let all = article_quads(&store, None);
    assert!(quads.is_subset(&all));
    let statements = quads
        .iter()
        .filter(|q| q.predicate.as_str().ends_with("#subject") && q.predicate.as_str().contains("rdf-syntax"))
        .count();
    assert!(statements > 0, "{statements}");
    // Every kept entity comes with its mentions, and no other mention is kept.
    let mentioned: BTreeSet<String> = quads
        .iter()
        .filter(|q| q.predicate.as_str() == "https://tupu.dev/ontology#mentionOf")
        .map(|q| q.object.to_string().trim_matches(['<', '>']).to_string())
        .collect();
    assert_eq!(mentioned, kept);
    // Each kept span comes with its sentence, and the sentence with its text.
    let with = |predicate: &str| -> BTreeSet<String> {
        quads.iter().filter(|q| q.predicate.as_str().ends_with(predicate)).map(|q| q.subject.to_string()).collect()
    };
    let spans = with("#mentionOf");
    assert!(spans.is_subset(&with("#inSentence")), "{spans:?}");
    let sentences: BTreeSet<String> =
        quads.iter().filter(|q| q.predicate.as_str().ends_with("#inSentence")).map(|q| q.object.to_string()).collect();
    assert_eq!(sentences, with("#text"));
    // Sentences that only hold what was left out are left out too.
    assert!(sentences.len() < all.iter().filter(|q| q.predicate.as_str().ends_with("#text")).count());
}

#[test]
fn format_comes_from_the_extension_or_is_required() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let store = path_str(dir.path());
    let run = tupu(&["export", "--store", store]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("give --format"), "{}", run.stderr);
    let run = tupu(&["export", "--store", store, "-o", path_str(&dir.path().join("x.weird"))]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot tell the format from"), "{}", run.stderr);
    let run = tupu(&["export", "--store", store, "--format", "csv"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("-o DIR"), "{}", run.stderr);
    let run = tupu(&["export", "--store", store, "--format", "jsonl", "--types", "Robot"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown entity type `Robot`"), "{}", run.stderr);
    let run = tupu(&["export", "--store", store, "--format", "jsonl", "--graph", "nope.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no article `nope.txt` in the store"), "{}", run.stderr);
    let run = tupu(&["export", "--store", store, "--format", "jsonl", "--min-confidence", "2"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`2` is not a confidence between 0 and 1"), "{}", run.stderr);
    let file = dir.path().join("x.jsonl");
    let run = tupu(&["export", "--store", store, "-o", path_str(&file), "--types", "Company,Model"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let labels: BTreeSet<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["label"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(labels, BTreeSet::from(["Qwen2.5", "通义千问", "阿里云", "阿里巴巴"].map(String::from)));
}

#[test]
fn a_full_device_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::serve::sample_store(dir.path());
    let run = tupu(&["query", "--store", path_str(&store), "SELECT * { ?s ?p ?o }", "-o", "/dev/full"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("No space left on device"), "{}", run.stderr);
    let run = tupu(&["export", "--store", path_str(&store), "--format", "csv", "-o", "/dev/full"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a directory"), "{}", run.stderr);
    let run = tupu(&["export", "--store", path_str(&store), "--format", "graphml", "-o", "/dev/full"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("No space left on device"), "{}", run.stderr);
}

#[test]
fn confidences_carry_no_float_noise() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::serve::sample_store(dir.path());
    let out = dir.path().join("csv");
    let run = tupu(&["export", "--store", path_str(&store), "--format", "csv", "-o", path_str(&out)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let jsonl = tupu(&["export", "--store", path_str(&store), "--format", "jsonl"]);
    assert_eq!(jsonl.code, 0, "{}", jsonl.stderr);
    let mut seen = 0;
    for (file, column) in [("relationships.csv", 3), ("facts.csv", 6)] {
        let mut reader = csv::Reader::from_path(out.join(file)).unwrap();
        for record in reader.records() {
            let value = record.unwrap()[column].to_string();
            let decimals = value.split('.').nth(1).map_or(0, str::len);
            assert!(decimals <= 3, "{file}: confidence {value}");
            seen += 1;
        }
    }
    for at in jsonl.stdout.match_indices("\"confidence\":").map(|(at, _)| at + 13) {
        let value: String = jsonl.stdout[at..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        assert!(value.split('.').nth(1).map_or(0, str::len) <= 3, "JSONL: confidence {value}");
        seen += 1;
    }
    assert!(seen > 20);
}

#[test]
fn missing_chinese_font_is_named() {
    if !crate::serve::tool_available("fc-list", &["--version"]) || !crate::serve::tool_available("dot", &["-V"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = crate::serve::sample_store(dir.path());
    let svg = dir.path().join("g.svg");
    let run = tupu(&["export", "--store", path_str(&store), "-o", path_str(&svg)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("no font for Chinese"), "{}", run.stderr);
    // A fontconfig that knows no font at all.
    let conf = dir.path().join("fonts.conf");
    std::fs::write(&conf, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_tupu"))
        .args(["export", "--store", path_str(&store), "-o", path_str(&svg)])
        .env("FONTCONFIG_FILE", &conf)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no font for Chinese"), "{stderr}");
}

/// The nodes of a Graphviz SVG: (title, polygon points, label positions).
type SvgNode = (String, Vec<(f64, f64)>, Vec<(f64, f64)>);

fn svg_nodes(svg: &str) -> Vec<SvgNode> {
    let attribute = |text: &str, name: &str| -> Vec<String> {
        text.split(&format!(" {name}=\""))
            .skip(1)
            .filter_map(|rest| rest.split('"').next().map(str::to_string))
            .collect()
    };
    let number = |s: &str| s.parse::<f64>().unwrap();
    svg.split("class=\"node\"")
        .skip(1)
        .map(|chunk| {
            let chunk = chunk.split("class=\"edge\"").next().unwrap_or(chunk);
            let title =
                chunk.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or("").to_string();
            let points = attribute(chunk, "points")
                .iter()
                .flat_map(|p| p.split_whitespace().map(|xy| xy.split_once(',').unwrap()).collect::<Vec<_>>())
                .map(|(x, y)| (number(x), number(y)))
                .collect();
            let texts = chunk
                .split("<text")
                .skip(1)
                .map(|t| (number(&attribute(t, "x")[0]), number(&attribute(t, "y")[0])))
                .collect();
            (title, points, texts)
        })
        .collect()
}

#[test]
fn layout_engines_keep_the_legend_apart_from_the_entities() {
    let (dir, store) = samples_store();
    let dot = export(&store, &["--format", "dot", "--layout", "neato", "--max-nodes", "40"]);
    assert!(dot.contains("layout=neato"), "{dot}");
    assert!(!dot.contains("cluster_legend") && dot.contains("legend[label=<<TABLE"), "{dot}");
    assert!(dot.contains("未显示"), "the note of what was left out: {dot}");
    let layered = export(&store, &["--format", "dot", "--max-nodes", "40"]);
    assert!(layered.contains("cluster_legend") && !layered.contains("layout="), "{layered}");
    if !tool_available("dot", &["-V"]) {
        return;
    }
    for layout in ["neato", "sfdp", "fdp", "circo", "twopi"] {
        let file = dir.path().join(format!("{layout}.svg"));
        export(&store, &["-o", path_str(&file), "--layout", layout, "--max-nodes", "40"]);
        let svg = std::fs::read_to_string(&file).unwrap();
        assert!(!svg.contains("class=\"cluster\""), "{layout}: no frame around entities");
        let nodes = svg_nodes(&svg);
        let legend: Vec<&SvgNode> = nodes.iter().filter(|n| n.0 == "legend").collect();
        assert_eq!(legend.len(), 1, "{layout}: one legend node");
        let (xs, ys): (Vec<f64>, Vec<f64>) = legend[0].1.iter().copied().unzip();
        let low = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
        let high = |v: &[f64]| v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let (x0, x1, y0, y1) = (low(&xs), high(&xs), low(&ys), high(&ys));
        assert!(x1 - x0 > 50.0 && y1 - y0 > 50.0, "{layout}: the legend is drawn");
        let inside = |&(x, y): &(f64, f64)| x > x0 && x < x1 && y > y0 && y < y1;
        let entities: Vec<&SvgNode> = nodes.iter().filter(|n| n.0.starts_with('n')).collect();
        assert_eq!(entities.len(), 40, "{layout}");
        for entity in entities {
            assert!(!entity.2.iter().any(inside), "{layout}: entity {} drawn inside the legend", entity.0);
        }
    }
}

/// The README's Kùzu and DuckDB block, run on the samples' exports: both
/// load everything, and unnesting the JSONL's relations gives one row per
/// relation and end without a duplicate column.
#[test]
fn the_readme_loads_the_exports_into_kuzu_and_duckdb() {
    let readme = std::fs::read_to_string(crate::crate_dir().join("README.md")).unwrap();
    let section = readme.split("#### Into Kùzu and DuckDB").nth(1).expect("the README has the section");
    let block = section.split("```python\n").nth(1).and_then(|b| b.split("```").next()).expect("a python block");
    let (dir, store) = samples_store();
    let folder = dir.path();
    export(&store, &["--format", "csv", "-o", path_str(&folder.join("neo4j"))]);
    export(&store, &["-o", path_str(&folder.join("entities.jsonl"))]);
    let rows = |name: &str| csv::Reader::from_path(folder.join("neo4j").join(name)).unwrap().records().count();
    let (entities, relations) = (rows("nodes.csv"), rows("relationships.csv"));
    let jsonl = std::fs::read_to_string(folder.join("entities.jsonl")).unwrap();
    let ends: usize = jsonl
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["relations"].as_array().unwrap().len())
        .sum();
    assert!(entities > 100 && relations > 100 && ends == 2 * relations, "{entities} {relations} {ends}");
    if !tool_available("python3", &["-c", "import kuzu, duckdb"]) {
        return;
    }
    let script = folder.join("load.py");
    std::fs::write(&script, block).unwrap();
    let out = Command::new("python3").arg(&script).current_dir(folder).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains(&format!("kuzu: {entities} entities, {relations} relations")), "{stdout}");
    assert!(stdout.contains(&format!("duckdb: {ends} relation rows")), "{stdout}");
    let columns = stdout.lines().find_map(|l| l.strip_prefix("columns: ")).expect("the columns are printed");
    let columns: Vec<&str> = columns.split(", ").collect();
    let unique: BTreeSet<&str> = columns.iter().copied().collect();
    assert_eq!(unique.len(), columns.len(), "no duplicate column: {columns:?}");
    assert!(columns.contains(&"other_label") && columns.contains(&"relation_articles"), "{columns:?}");
    assert!(stdout.contains("通义千问"), "{stdout}");
}
