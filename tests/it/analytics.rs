//! `tupu stats` and `tupu path` on the hand-made store, against answers
//! worked out by hand.
//!
//! The hand-made store (tests/it/main.rs) has 7 entities and 6 relations:
//! 西小服 → 西湖区 (developedBy), 西小服 → 通义千问 (usesModel), 西小服 → 政务
//! (appliedIn), 通义千问 → 阿里巴巴 (developedBy), 阿里云 → 阿里巴巴
//! (subsidiaryOf), Qwen2.5 → 阿里云 (developedBy), and one fact.

use crate::{hand_made_store, path_str, tupu};
use serde_json::Value;
use std::collections::HashMap;

fn stats_json(args: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let mut all = vec!["stats", "--store", path_str(dir.path()), "--format", "json", "--top", "7"];
    all.extend_from_slice(args);
    let run = tupu(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn labels(ranking: &Value) -> Vec<(String, f64)> {
    ranking
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["label"].as_str().unwrap().to_string(), r["score"].as_f64().unwrap()))
        .collect()
}

#[test]
fn stats_match_the_hand_count() {
    let stats = stats_json(&[]);
    assert_eq!((stats["articles"].as_u64(), stats["entities"].as_u64()), (Some(2), Some(7)));
    assert_eq!((stats["relations"].as_u64(), stats["facts"].as_u64()), (Some(6), Some(1)));
    let by_type = &stats["entities_by_type"];
    assert_eq!(
        [
            by_type["Company"].as_u64(),
            by_type["Organization"].as_u64(),
            by_type["Model"].as_u64(),
            by_type["Deployment"].as_u64(),
            by_type["Sector"].as_u64(),
            by_type["Person"].as_u64()
        ],
        [Some(2), Some(1), Some(2), Some(1), Some(1), Some(0)]
    );
    let by_predicate = &stats["relations_by_predicate"];
    assert_eq!(
        [
            by_predicate["developedBy"].as_u64(),
            by_predicate["usesModel"].as_u64(),
            by_predicate["appliedIn"].as_u64(),
            by_predicate["subsidiaryOf"].as_u64()
        ],
        [Some(3), Some(1), Some(1), Some(1)]
    );
    // Degrees: 西小服 3; 通义千问, 阿里云, 阿里巴巴 2 (ties by label); the rest 1.
    let degree = labels(&stats["top_degree"]);
    let expected: Vec<(String, f64)> = [
        ("西小服", 3.0),
        ("通义千问", 2.0),
        ("阿里云", 2.0),
        ("阿里巴巴", 2.0),
        ("Qwen2.5", 1.0),
        ("政务", 1.0),
        ("西湖区", 1.0),
    ]
    .map(|(l, s)| (l.to_string(), s))
    .to_vec();
    assert_eq!(degree, expected);
    // One component of all 7.
    assert_eq!(stats["components"], serde_json::json!({ "count": 1, "sizes": [7], "isolated": 0 }));
    // 阿里巴巴 is named by both articles; every other entity by one.
    assert_eq!(labels(&stats["top_articles"])[0], ("阿里巴巴".to_string(), 2.0));
    assert_eq!(stats["articles_per_entity"], serde_json::json!({ "1": 6, "2": 1 }));
}

#[test]
fn pagerank_matches_the_closed_form() {
    // With d = 0.85, n = 7 and b the rank every entity gets from random
    // jumps and from the dangling entities (西湖区, 政务, 阿里巴巴):
    //   西小服 = Qwen2.5 = b (no relation points at them)
    //   西湖区 = 政务 = 通义千问 = b + d·b/3  (西小服 has three relations)
    //   阿里云 = b + d·b
    //   阿里巴巴 = b + d·通义千问 + d·阿里云 = b·(1 + 2d + 4d²/3)
    // and b = (1-d)/7 + d·(西湖区 + 政务 + 阿里巴巴)/7 gives
    //   b = (1-d) / (7 - 3d - 8d²/3 - 4d³/3).
    let d: f64 = 0.85;
    let b = (1.0 - d) / (7.0 - 3.0 * d - 8.0 * d * d / 3.0 - 4.0 * d.powi(3) / 3.0);
    let third = b + d * b / 3.0;
    let expected: HashMap<&str, f64> = HashMap::from([
        ("西小服", b),
        ("Qwen2.5", b),
        ("西湖区", third),
        ("政务", third),
        ("通义千问", third),
        ("阿里云", b + d * b),
        ("阿里巴巴", b * (1.0 + 2.0 * d + 4.0 * d * d / 3.0)),
    ]);
    assert!((expected.values().sum::<f64>() - 1.0).abs() < 1e-12, "the closed form sums to 1");
    let ranks = labels(&stats_json(&[])["top_pagerank"]);
    assert_eq!(ranks.len(), 7);
    assert_eq!(ranks[0].0, "阿里巴巴");
    assert_eq!(ranks[1].0, "阿里云");
    for (label, rank) in ranks {
        assert!((rank - expected[label.as_str()]).abs() < 1e-9, "{label}: {rank} vs {}", expected[label.as_str()]);
    }
}

#[test]
fn stats_follow_the_filters() {
    let stats = stats_json(&["--graph", "qwen25.txt"]);
    assert_eq!((stats["entities"].as_u64(), stats["relations"].as_u64()), (Some(3), Some(2)));
    let stats = stats_json(&["--predicates", "developedBy"]);
    // 西小服–西湖区, 通义千问–阿里巴巴, Qwen2.5–阿里云; 政务 alone.
    assert_eq!(stats["components"], serde_json::json!({ "count": 4, "sizes": [2, 2, 2, 1], "isolated": 1 }));
}

#[test]
fn path_gives_each_hop_with_its_sentence() {
    let dir = tempfile::tempdir().unwrap();
    drop(hand_made_store(dir.path()));
    let store = path_str(dir.path());
    // Traditional spelling of 西湖区.
    let run = tupu(&["path", "西湖區", "Qwen2.5", "--store", store, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!((path["from"].as_str(), path["to"].as_str()), (Some("西湖区"), Some("Qwen2.5")));
    let hops: Vec<[&str; 5]> = path["hops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| ["subject", "predicate", "object", "article", "sentence"].map(|k| h[k].as_str().unwrap()))
        .collect();
    let xihu_2 = "这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！";
    assert_eq!(
        hops,
        [
            ["西小服", "developedBy", "西湖区", "xihu.txt", "杭州市西湖区近日上线了政务助手「西小服」。"],
            ["西小服", "usesModel", "通义千问", "xihu.txt", xihu_2],
            ["通义千问", "developedBy", "阿里巴巴", "xihu.txt", xihu_2],
            ["阿里云", "subsidiaryOf", "阿里巴巴", "qwen25.txt", "阿里云是阿里巴巴旗下的云计算公司。"],
            ["Qwen2.5", "developedBy", "阿里云", "qwen25.txt", "阿里云本周发布了Qwen2.5模型，参数规模达到720亿。"],
        ]
    );

    let text = tupu(&["path", "通义千问", "阿里巴巴", "--store", store]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert_eq!(
        text.stdout,
        format!(
            "通义千问 (Model) → 阿里巴巴 (Company): 1 hop\n1. 通义千问 —developedBy→ 阿里巴巴\n   xihu.txt: {xihu_2}\n"
        )
    );

    // Without usesModel the two halves are apart: exit 1.
    let apart =
        tupu(&["path", "西小服", "阿里巴巴", "--store", store, "--predicates", "developedBy,subsidiaryOf,appliedIn"]);
    assert_eq!((apart.code, apart.stdout.as_str()), (1, ""));
    assert!(apart.stderr.contains("no path between 西小服 and 阿里巴巴"), "{}", apart.stderr);

    let unknown = tupu(&["path", "西小服", "腾讯", "--store", store]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("no entity is named `腾讯`"), "{}", unknown.stderr);
}
