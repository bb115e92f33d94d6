//! Provenance: every extracted triple can be traced to its sentence.

use crate::{count, documented_query, hand_made_store, path_str, query_rows, XIHU_TEXT};

#[test]
fn the_provenance_query_returns_the_sentence_and_its_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made_store(dir.path());

    let rows = store
        .select(
            "SELECT ?sentence ?span ?start ?end ?byteStart ?byteEnd ?index WHERE {
               ?s rdfs:label \"西小服\"@zh-Hans . ?o rdfs:label \"通义千问\"@zh-Hans .
               ?st a tupu:Statement ; rdf:subject ?s ; rdf:predicate tupu:usesModel ; rdf:object ?o ;
                   prov:wasDerivedFrom article:xihu.txt ;
                   tupu:sentence ?sentence ; tupu:spanText ?span ; tupu:sentenceIndex ?index ;
                   tupu:charStart ?start ; tupu:charEnd ?end ; tupu:byteStart ?byteStart ; tupu:byteEnd ?byteEnd .
             }",
        )
        .unwrap();
    assert_eq!(rows.len(), 1);
    let value = |name: &str| match rows[0].get(name) {
        Some(tupu::rdf::Term::Literal(l)) => l.value().to_string(),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(value("sentence"), "这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！");
    assert_eq!(value("span"), "依托阿里巴巴的通义千问");
    assert_eq!(value("index"), "2");
    // The offsets index the original article: chars and bytes give the span.
    let (start, end): (usize, usize) = (value("start").parse().unwrap(), value("end").parse().unwrap());
    let by_chars: String = XIHU_TEXT.chars().skip(start).take(end - start).collect();
    assert_eq!(by_chars, value("span"));
    let (byte_start, byte_end): (usize, usize) =
        (value("byteStart").parse().unwrap(), value("byteEnd").parse().unwrap());
    assert_eq!(&XIHU_TEXT[byte_start..byte_end], value("span"));

    // The documented query gives the same sentence through the CLI.
    drop(store);
    let rows = query_rows(dir.path(), &documented_query("rdf:predicate tupu:usesModel"));
    assert_eq!(rows[0][1], "这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！");
}

#[test]
fn every_extracted_triple_has_a_statement_or_mention() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made_store(dir.path());
    // Relations of the article graphs have statements.
    let unsupported = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE {
           GRAPH ?a {
             ?a a tupu:Article .
             ?s ?p ?o .
             FILTER(?s != ?a && STRSTARTS(STR(?s), \"https://tupu.dev/id/\") && ?p NOT IN (rdf:type, rdfs:label, skos:altLabel))
             FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
           }
         }",
    );
    assert_eq!(unsupported, 0);
    // Entities (their types and names) have mentions in the same graph, and
    // a name is written in one of them (or in the other script).
    let entities = count(
        &store,
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?a { ?a a tupu:Article . ?s a ?c ; rdfs:label ?l } }",
    );
    assert!(entities >= 5, "{entities}");
    let unmentioned = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?a a tupu:Article . ?s rdfs:label ?l FILTER NOT EXISTS { ?m tupu:mentionOf ?s } } }",
    );
    assert_eq!(unmentioned, 0);
    let rows = store
        .select(
            "SELECT ?span ?start ?sentence WHERE { GRAPH article:xihu.txt {
               ?m a tupu:Mention ; tupu:mentionOf ?e ; tupu:spanText ?span ; tupu:charStart ?start ; tupu:sentence ?sentence ;
                  prov:wasDerivedFrom article:xihu.txt .
               ?e rdfs:label \"西小服\"@zh-Hans } } ORDER BY ?start",
        )
        .unwrap();
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(row.get("span").unwrap().to_string(), "\"西小服\"");
        assert!(row.get("sentence").unwrap().to_string().contains("西小服"));
    }
    // Entities have no statements of their own any more.
    assert_eq!(count(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?st rdf:predicate rdf:type }"), 0);
    let figures_without_statement = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?f a tupu:Observation FILTER NOT EXISTS { ?st rdf:subject ?f } } }",
    );
    assert_eq!(figures_without_statement, 0);
    // The figure: subject, metric, decimal value, unit, and where it was said.
    let rows = store
        .select(
            "SELECT ?model ?metric ?value ?sentence WHERE {
               ?f a tupu:Observation ; tupu:subject/rdfs:label ?model ; tupu:metric ?metric ; tupu:value ?value .
               ?st rdf:subject ?f ; rdf:predicate tupu:value ; tupu:sentence ?sentence .
             }",
        )
        .unwrap();
    let texts: Vec<String> =
        ["model", "metric", "value", "sentence"].iter().map(|v| rows[0].get(*v).unwrap().to_string()).collect();
    assert_eq!(
        texts,
        [
            "\"Qwen2.5\"",
            "<https://tupu.dev/ontology#parameters>",
            "\"72000000000\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
            "\"阿里云本周发布了Qwen2.5模型，参数规模达到720亿。\"",
        ]
    );
    // Curated knowledge is elsewhere: loading it adds no statements.
    let statements = "SELECT (COUNT(*) AS ?n) WHERE { ?st a tupu:Statement }";
    let before = count(&store, statements);
    tupu::ingest::load_curated(&store, &tupu::dictionary::Dictionary::bundled().unwrap()).unwrap();
    assert_eq!(count(&store, statements), before);
    assert_eq!(count(&store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH graph:curated { ?st a tupu:Statement } }"), 0);
    let _ = path_str;
}
