//! `tupu validate`: the samples conform; broken graphs are caught.

use crate::{hand_made_store, path_str, samples_dir, tupu};
use tupu::store::Store;

#[test]
fn samples_conform_to_the_shapes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(tupu(&["ingest", path_str(&samples_dir()), "--store", path_str(&store)]).code, 0);
    let run = tupu(&["validate", "--store", path_str(&store)]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{}", run.stderr);
    assert!(run.stderr.contains("conforms to the shapes"), "{}", run.stderr);
}

#[test]
fn a_broken_graph_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let ok = tupu(&["validate", "--store", path_str(dir.path())]);
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);

    // A relation whose object has the wrong type, asserted without provenance,
    // and a statement whose evidence lost its sentence.
    let store = Store::open_existing(dir.path()).unwrap();
    store
        .update(
            "INSERT DATA { GRAPH article:xihu.txt {
               id:Deployment\\/%E8%A5%BF%E5%B0%8F%E6%9C%8D tupu:usesModel id:Sector\\/%E6%94%BF%E5%8A%A1 .
             } }",
        )
        .unwrap();
    store
        .update(
            "DELETE { GRAPH ?g { ?span tupu:inSentence ?s . ?span tupu:text ?t } } WHERE {
               GRAPH ?g { ?st rdf:predicate tupu:subsidiaryOf ; tupu:evidence ?span .
                          OPTIONAL { ?span tupu:inSentence ?s } OPTIONAL { ?span tupu:text ?t } }
             }",
        )
        .unwrap();
    drop(store);

    let run = tupu(&["validate", "--store", path_str(dir.path())]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines.contains(
            &"violation tupu:UsesModelShape: id:Deployment/西小服 tupu:usesModel id:Sector/政务: \
              usesModel points to a model (sh:class tupu:Model) (in article:xihu.txt)"
        ),
        "{}",
        run.stdout
    );
    assert!(
        lines.iter().any(|l| l.starts_with("violation tupu:ArticleShape: article:xihu.txt")
            && l.contains("id:Deployment/西小服 tupu:usesModel id:Sector/政务 has no statement")),
        "{}",
        run.stdout
    );
    assert!(
        lines.iter().any(|l| l.starts_with("violation tupu:ArticleShape: article:qwen25.txt")
            && l.contains("is evidence, yet neither a sentence of the article nor in one")),
        "{}",
        run.stdout
    );
    assert!(run.stderr.contains("3 violations"), "{}", run.stderr);
}

#[test]
fn an_entity_without_mentions_and_a_mention_of_a_non_entity_are_caught() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made_store(dir.path());
    // 西小服 loses its mentions; one 通义千问 mention names the article.
    store
        .update(
            "DELETE { GRAPH ?g { ?m ?p ?o } } WHERE {
               GRAPH ?g { ?m tupu:mentionOf id:Deployment\\/%E8%A5%BF%E5%B0%8F%E6%9C%8D ; ?p ?o }
             }",
        )
        .unwrap();
    store
        .update(
            "INSERT { GRAPH ?g { ?m tupu:mentionOf ?g } } WHERE {
               GRAPH ?g { ?m tupu:mentionOf ?e . ?e rdfs:label \"通义千问\"@zh-Hans }
             }",
        )
        .unwrap();
    drop(store);

    let run = tupu(&["validate", "--store", path_str(dir.path())]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.lines().any(|l| l.starts_with("violation tupu:ArticleShape: article:xihu.txt")
            && l.contains("id:Deployment/西小服 rdf:type tupu:Deployment has no mention (tupu:mentionOf)")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.lines().any(|l| l.starts_with("violation tupu:MentionShape:")
            && l.contains("a mention names entities (sh:class tupu:Entity)")),
        "{}",
        run.stdout
    );
}
