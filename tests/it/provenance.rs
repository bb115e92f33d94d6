//! Provenance: every extracted triple can be traced to its sentence.

use crate::{count, documented_query, hand_made_store, path_str, query_rows, XIHU_TEXT};

#[test]
fn the_provenance_query_returns_the_sentence_and_its_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made_store(dir.path());

    let rows = store
        .select(
            "SELECT ?sentence ?span ?index ?rule ?from WHERE {
               ?s rdfs:label \"西小服\"@zh-Hans . ?o rdfs:label \"通义千问\"@zh-Hans .
               GRAPH article:xihu.txt {
                 ?st rdf:subject ?s ; rdf:predicate tupu:usesModel ; rdf:object ?o ;
                     tupu:rule ?rule ; tupu:evidence ?span .
                 ?span tupu:inSentence? ?sentenceNode .
                 ?sentenceNode tupu:text ?sentence ; tupu:sentenceIndex ?index .
               }
             }",
        )
        .unwrap();
    assert_eq!(rows.len(), 1);
    let value = |name: &str| match rows[0].get(name) {
        Some(tupu::rdf::Term::Literal(l)) => l.value().to_string(),
        Some(tupu::rdf::Term::NamedNode(n)) => n.as_str().to_string(),
        other => panic!("{name}: {other:?}"),
    };
    let sentence = value("sentence");
    assert_eq!(sentence, "这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！");
    // The index is the document's: the title and the dateline are sentences
    // 0 and 1.
    assert_eq!(value("index"), "3");
    assert_eq!(value("rule"), "rel.uses-model");
    // The span's name holds its offsets into the original article (chars):
    // they give the text that said it, and so do the sentence's.
    let range = |iri: &str| -> (usize, usize) {
        let (start, end) = iri.split_once("#char=").unwrap().1.split_once(',').unwrap();
        (start.parse().unwrap(), end.parse().unwrap())
    };
    let span = value("span");
    assert!(span.starts_with("https://tupu.dev/article/xihu.txt#char="), "{span}");
    let (start, end) = range(&span);
    let by_chars: String = XIHU_TEXT.chars().skip(start).take(end - start).collect();
    assert_eq!(by_chars, "依托阿里巴巴的通义千问");
    let sentence_node = store
        .select("SELECT ?s WHERE { GRAPH article:xihu.txt { ?s tupu:sentenceIndex 3 } }")
        .unwrap()
        .iter()
        .filter_map(|r| r.get("s").map(|t| t.to_string()))
        .collect::<Vec<_>>();
    assert_eq!(sentence_node.len(), 1, "{sentence_node:?}");
    let (from, to) = range(sentence_node[0].trim_matches(['<', '>']));
    assert_eq!(XIHU_TEXT.chars().skip(from).take(to - from).collect::<String>(), sentence);
    // Byte offsets follow from the chars and the text.
    let byte_start = XIHU_TEXT.char_indices().nth(start).unwrap().0;
    assert!(XIHU_TEXT[byte_start..].starts_with("依托阿里巴巴的通义千问"));

    // The documented query gives the same sentence through the CLI, and the
    // dictionary's default rule where the span has none.
    drop(store);
    let rows = query_rows(dir.path(), &documented_query("rdf:predicate tupu:usesModel"));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0][1], "这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！");
    assert_eq!(rows[0][2], "rel.uses-model");
    assert_eq!(rows[0][3], "0.8");
}

#[test]
fn the_mention_query_says_where_and_how_an_entity_is_named() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let rows = query_rows(dir.path(), &documented_query("?m tupu:mentionOf ?e ;"));
    // 通义千问 is named three times in xihu.txt, once as 通義千問.
    let spans: Vec<(&str, &str)> = rows.iter().map(|r| (r[0].as_str(), r[3].as_str())).collect();
    assert!(spans.iter().all(|(article, _)| article.ends_with("xihu.txt")), "{rows:?}");
    assert!(spans.iter().any(|(_, span)| *span == "通义千问"), "{rows:?}");
    assert!(spans.iter().any(|(_, span)| *span == "通義千問"), "{rows:?}");
    for row in &rows {
        let (start, end): (usize, usize) = (row[1].parse().unwrap(), row[2].parse().unwrap());
        assert_eq!(XIHU_TEXT.chars().skip(start).take(end - start).collect::<String>(), row[3], "{row:?}");
        assert!(row[4].contains(&row[3]), "{row:?}");
    }
}

#[test]
fn every_extracted_triple_has_a_statement_mention_or_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made_store(dir.path());
    // Relations of the article graphs have statements.
    let unsupported = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE {
           GRAPH ?a {
             ?a a tupu:Article .
             ?s ?p ?o .
             FILTER(?s != ?a && STRSTARTS(STR(?s), \"https://tupu.dev/id/\") && ?p NOT IN (rdf:type, rdfs:label, skos:altLabel, tupu:confidence))
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
            "SELECT ?m ?sentence WHERE { GRAPH article:xihu.txt {
               ?m tupu:mentionOf ?e ; tupu:inSentence?/tupu:text ?sentence .
               ?e rdfs:label \"西小服\"@zh-Hans } }",
        )
        .unwrap();
    assert_eq!(rows.len(), 2);
    for row in &rows {
        let m = row.get("m").unwrap().to_string();
        let (start, end) = m.trim_matches(['<', '>']).split_once("#char=").unwrap().1.split_once(',').unwrap();
        let (start, end): (usize, usize) = (start.parse().unwrap(), end.parse().unwrap());
        assert_eq!(XIHU_TEXT.chars().skip(start).take(end - start).collect::<String>(), "西小服");
        assert!(row.get("sentence").unwrap().to_string().contains("西小服"));
    }
    // Entities and figures have no statements of their own.
    assert_eq!(count(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?st rdf:predicate rdf:type }"), 0);
    let figures_without_evidence = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?f tupu:value ?v FILTER NOT EXISTS { ?f tupu:evidence/tupu:inSentence ?s } } }",
    );
    assert_eq!(figures_without_evidence, 0);
    // The figure: subject, metric, decimal value, unit, and where it was said.
    let rows = store
        .select(
            "SELECT ?model ?metric ?value ?sentence WHERE {
               ?f tupu:subject/rdfs:label ?model ; tupu:metric ?metric ; tupu:value ?value .
               ?f tupu:evidence/tupu:inSentence?/tupu:text ?sentence .
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
    let statements = "SELECT (COUNT(*) AS ?n) WHERE { ?st rdf:subject ?s }";
    let before = count(&store, statements);
    tupu::ingest::load_curated(&store, &tupu::dictionary::Dictionary::bundled().unwrap()).unwrap();
    assert_eq!(count(&store, statements), before);
    assert_eq!(count(&store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH graph:curated { ?st rdf:subject ?s } }"), 0);
    let _ = path_str;
}
