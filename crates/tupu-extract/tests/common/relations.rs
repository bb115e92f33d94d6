//! Checks on the unhedged relations of a sentence, shared by the rule and
//! sector tests.

/// `subject predicate object` lines of the unhedged relations.
pub fn relations(text: &str) -> Vec<String> {
    super::extract(text)
        .relations
        .iter()
        .filter(|r| !r.hedged)
        .map(|r| format!("{} {} {}", r.subject, r.predicate.as_str(), r.object))
        .collect()
}

pub fn has(text: &str, relation: &str) {
    let got = relations(text);
    assert!(got.iter().any(|r| r == relation), "{relation} not in {got:?}\n  from {text}");
}

pub fn lacks(text: &str, relation: &str) {
    let got = relations(text);
    assert!(!got.iter().any(|r| r == relation), "{relation} should not be in {got:?}\n  from {text}");
}
