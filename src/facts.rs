//! Figures over time: the observations of the store consolidated into one
//! row per subject, metric, unit and period, and the contradictions among
//! them.
//!
//! The store keeps each figure as its article says it (a `tupu:Observation`
//! in the article's graph); nothing here writes to it. [`load`] reads the
//! observations (with their article's dateline and sentence) and
//! [`consolidate`] groups them:
//!
//! - **one consolidated figure** per subject, metric, unit and period
//!   (an undated figure is its own period, `None`);
//! - its **values**: the observations' values, those within 1 % of each
//!   other counted as one value (46.4 and 46.41 agree; 46 and 47 do not);
//! - its **value**: the value the most articles give, ties to the most
//!   confident, then to the smaller;
//! - the number of **articles**, the earliest and latest article date
//!   (`tupu:published`), and every observation;
//! - a **conflict** when two articles give values more than 1 % apart
//!   for a period: one gives a value the other does not, and the other a
//!   value the first does not (several values from one article — three
//!   benchmark scores in one sentence — are things the metric vocabulary
//!   does not tell apart, not sources that disagree). Undated figures share a row,
//!   but two of them may be of different times, so they conflict only for
//!   metrics that do not change ([`STATIC_METRICS`]: a model's parameters).
//!
//! Only facts are consolidated: forecasts (`tupu:Forecast`) and hedged
//! figures are not, so they never conflict with facts.
//!
//! The same table in SPARQL (exact values; this module also merges values
//! within 1 %) is the query [`SPARQL`], which README.md explains.
//!
//! ```
//! use tupu::facts::{consolidate, Observation};
//! let obs = |article: &str, value: f64| Observation {
//!     iri: format!("{article}#f"),
//!     subject: "https://tupu.dev/id/Product/%E8%B1%86%E5%8C%85".into(),
//!     label: "豆包".into(),
//!     kind: "Product".into(),
//!     metric: "dailyActiveUsers".into(),
//!     unit: "users".into(),
//!     period: Some("2025-03".into()),
//!     value,
//!     confidence: 0.75,
//!     article: article.into(),
//!     published: None,
//!     sentence: None,
//! };
//! let figures = consolidate(vec![obs("a.txt", 1e8), obs("b.txt", 1.001e8), obs("c.txt", 2e8)]);
//! assert_eq!(figures.len(), 1);
//! assert_eq!(figures[0].value, 1e8);
//! assert_eq!(figures[0].articles, 3);
//! assert!(figures[0].is_conflict());
//! ```

use crate::graph::ARTICLE_LABEL;
use crate::normalize::fold_name;
use crate::rdf::{
    article_doc, percent_decode, preferred_spelling, term_iri as iri, term_number as number, term_text as text, vocab,
};
use crate::store::{Store, StoreError};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};
use thiserror::Error;

/// How far apart (relative to the larger) two values may be and still be
/// one value.
pub(crate) const TOLERANCE: f64 = 0.01;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum FactsError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error("CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// One figure as one article states it (a `tupu:Observation`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Observation {
    /// Its IRI in the store.
    pub iri: String,
    /// The IRI of the entity it is about.
    #[serde(skip)]
    pub subject: String,
    #[serde(skip)]
    pub label: String,
    #[serde(skip)]
    pub kind: String,
    #[serde(skip)]
    pub metric: String,
    #[serde(skip)]
    pub unit: String,
    #[serde(skip)]
    pub period: Option<String>,
    pub value: f64,
    pub confidence: f64,
    /// The article's file name.
    pub article: String,
    /// The article's dateline (YYYY-MM-DD, YYYY-MM or YYYY), when it has one.
    pub published: Option<String>,
    /// The sentence that states it.
    pub sentence: Option<String>,
}

/// Values within [`TOLERANCE`] of each other, and who gives them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Value {
    /// The value most of its observations give (ties: the most confident).
    pub(crate) value: f64,
    /// Distinct articles that give it.
    pub(crate) articles: usize,
    pub(crate) confidence: f64,
    /// Indexes into [`Figure::observations`].
    #[serde(skip)]
    pub(crate) observations: Vec<usize>,
}

/// One subject, metric, unit and period, over every article that gives it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The entity's IRI.
    pub(crate) subject: String,
    /// The entity's label.
    pub(crate) entity: String,
    /// The entity's type.
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) metric: String,
    pub(crate) unit: String,
    /// YYYY, YYYY-QN or YYYY-MM; `None` when the articles give no period.
    pub(crate) period: Option<String>,
    /// The consolidated value: the one the most articles give.
    pub value: f64,
    /// The highest confidence among the observations of that value.
    pub(crate) confidence: f64,
    /// How many articles give a figure for this subject, metric and period.
    pub articles: usize,
    /// The earliest and latest dateline of those articles.
    pub(crate) first: Option<String>,
    pub(crate) last: Option<String>,
    /// Whether the articles disagree: two articles give values more than
    /// 1 % apart.
    pub(crate) conflict: bool,
    /// Distinct values (within 1 %), the consolidated one first.
    pub(crate) values: Vec<Value>,
    /// Every observation, sorted by article.
    pub(crate) observations: Vec<Observation>,
}

impl Figure {
    /// Whether the articles disagree (two articles give values more than
    /// 1 % apart; several values from one article are not a conflict).
    pub fn is_conflict(&self) -> bool {
        self.conflict
    }

    /// Where the period falls on a time axis, in years (2025-03 → 2025.21),
    /// for plotting; `None` without a period.
    pub(crate) fn time(&self) -> Option<f64> {
        self.period.as_deref().and_then(period_time)
    }
}

/// The middle of a period in fractional years: `2025` → 2025.5,
/// `2025-Q2` → 2025.375, `2025-03` → 2025.208.
pub(crate) fn period_time(period: &str) -> Option<f64> {
    let (year, rest) = period.split_at_checked(4)?;
    let year: f64 = year.parse().ok()?;
    match rest {
        "" => Some(year + 0.5),
        _ => {
            let rest = rest.strip_prefix('-')?;
            if let Some(q) = rest.strip_prefix('Q') {
                let q: f64 = q.parse().ok().filter(|q| (1.0..=4.0).contains(q))?;
                Some(year + (q - 0.5) / 4.0)
            } else {
                let m: f64 = rest.parse().ok().filter(|m| (1.0..=12.0).contains(m))?;
                Some(year + (m - 0.5) / 12.0)
            }
        }
    }
}

/// Which observations to read.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only figures about the entity with this label or alias (simplified
    /// or traditional alike).
    pub entity: Option<String>,
    /// Only this metric (its camelCase name).
    pub metric: Option<String>,
    /// Only figures about the entity with this IRI.
    pub subject: Option<String>,
}

/// The SPARQL of the consolidated table with exact values: one row per
/// subject, metric, unit, period and value, with the number of articles,
/// the first and last dateline and every observation; a subject, metric,
/// unit and period with two rows is a contradiction. README.md shows it.
/// The groups are formed first and named after (one name an entity: the
/// dictionary's, else the least of its article names): joining every label
/// of every article graph before grouping took minutes on a corpus store.
pub const SPARQL: &str = r##"SELECT ?entity ?metric ?period ?value ?unit ?articles ?first ?last ?observations
WHERE {
  {
    SELECT ?e ?metric ?period ?value ?unit
           (COUNT(DISTINCT ?g) AS ?articles) (MIN(STR(?published)) AS ?first) (MAX(STR(?published)) AS ?last)
           (GROUP_CONCAT(DISTINCT STR(?f); separator=" ") AS ?observations)
    WHERE {
      GRAPH ?g {
        ?f tupu:subject ?e ; tupu:metric ?m ; tupu:value ?value .
        FILTER NOT EXISTS { ?f a tupu:Forecast }
        OPTIONAL { ?f tupu:unit ?u }
        OPTIONAL { ?f tupu:period ?p }
        OPTIONAL { ?g tupu:published ?published }
      }
      BIND(STRAFTER(STR(?m), "#") AS ?metric)
      BIND(COALESCE(?p, "") AS ?period)
      BIND(COALESCE(?u, "") AS ?unit)
    }
    GROUP BY ?e ?metric ?period ?value ?unit
  }
  {
    SELECT ?e (COALESCE(MIN(?curated), MIN(?label)) AS ?entity) WHERE {
      ?e rdfs:label ?label .
      OPTIONAL { GRAPH <https://tupu.dev/graph/curated> { ?e rdfs:label ?curated } }
    }
    GROUP BY ?e
  }
}
ORDER BY ?entity ?metric ?period DESC(?articles)"##;

/// The pattern that keeps a figure node `?f` to the observations: the
/// default class, which the mapping writes only for forecasts.
pub(crate) const OBSERVATION: &str = "FILTER NOT EXISTS { ?f a tupu:Forecast }";

/// Reads the facts (figures not typed `tupu:Forecast`: observations, the
/// default class; not hedged) of the store.
pub fn load(store: &Store, selection: &Selection) -> Result<Vec<Observation>, FactsError> {
    let metric = selection
        .metric
        .as_deref()
        .map(|m| format!("VALUES ?m {{ <{}> }}", vocab::metric(m).as_str()))
        .unwrap_or_default();
    // Names of the entities with figures, to find --entity by label or alias.
    let wanted: Option<BTreeSet<String>> = match &selection.entity {
        None => None,
        Some(name) => {
            let key = fold_name(name.trim());
            let mut found = BTreeSet::new();
            for row in store.select(&format!(
                "SELECT DISTINCT ?e ?name WHERE {{ ?f tupu:subject ?e {OBSERVATION} \
                 {{ ?e rdfs:label ?name }} UNION {{ ?e skos:altLabel ?name }} }}"
            ))? {
                if let (Some(e), Some(n)) = (iri(row.get("e")), text(row.get("name"))) {
                    if fold_name(n) == key {
                        found.insert(e.to_string());
                    }
                }
            }
            Some(found)
        }
    };
    let wanted = match (&selection.subject, wanted) {
        (Some(subject), Some(found)) => Some(found.into_iter().filter(|e| e == subject).collect()),
        (Some(subject), None) => Some(BTreeSet::from([subject.clone()])),
        (None, found) => found,
    };
    if wanted.as_ref().is_some_and(BTreeSet::is_empty) {
        return Ok(Vec::new());
    }
    // The VALUES go inside the GRAPH block, beside the patterns they bind:
    // outside it, oxigraph joined them with every figure of the store (an
    // entity page took 0.6 s here on the 2,097-article corpus; 0.1 s now).
    let subjects = wanted.as_ref().map_or(String::new(), |set| {
        format!("VALUES ?e {{ {} }}", set.iter().map(|e| format!("<{e}>")).collect::<Vec<_>>().join(" "))
    });

    let mut sentences: HashMap<String, String> = HashMap::new();
    for row in store.select(&format!(
        "SELECT ?f ?sentence WHERE {{ GRAPH ?g {{ {subjects} {metric} ?f tupu:subject ?e ; tupu:metric ?m . {OBSERVATION} \
         ?f tupu:evidence/tupu:inSentence?/tupu:text ?sentence }} }}"
    ))? {
        if let (Some(f), Some(sentence)) = (iri(row.get("f")), text(row.get("sentence"))) {
            let slot = sentences.entry(f.to_string()).or_insert_with(|| sentence.to_string());
            if sentence < slot.as_str() {
                *slot = sentence.to_string();
            }
        }
    }

    let rows = store.select(&format!(
        "SELECT ?g ?f ?e ?m ?value ?unit ?period ?confidence ?published WHERE {{ \
         GRAPH ?g {{ {subjects} {metric} ?f tupu:subject ?e ; tupu:metric ?m ; tupu:value ?value . {OBSERVATION} \
           OPTIONAL {{ ?f tupu:unit ?unit }} OPTIONAL {{ ?f tupu:period ?period }} \
           OPTIONAL {{ ?f tupu:confidence ?confidence }} OPTIONAL {{ ?g tupu:published ?published }} \
           FILTER NOT EXISTS {{ ?f tupu:hedged true }} }} }}"
    ))?;
    // Entity IRIs hold folded names: each subject is shown by the label
    // most articles give it (ties to the smaller), as in the graph; the
    // curated graph's label counts as one more (an article graph leaves it
    // out when it spells the entity that way: ARTICLE_LABEL gives it back).
    let mut spellings: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for row in store.select(&format!(
        "SELECT ?e ?label (COUNT(DISTINCT ?g) AS ?n) WHERE {{ \
         {{ SELECT DISTINCT ?e WHERE {{ {subjects} ?f tupu:subject ?e {OBSERVATION} }} }} \
         {{ {{ SELECT DISTINCT ?g ?e WHERE {{ {subjects} GRAPH ?g {{ ?g a tupu:Article . ?m tupu:mentionOf ?e }} }} }} \
            {ARTICLE_LABEL} }} \
         UNION {{ GRAPH graph:curated {{ ?e rdfs:label ?label }} BIND(graph:curated AS ?g) }} }} GROUP BY ?e ?label"
    ))? {
        if let (Some(e), Some(label), Some(n)) = (iri(row.get("e")), text(row.get("label")), number(row.get("n"))) {
            spellings.entry(e.to_string()).or_default().push((label.to_string(), n as usize));
        }
    }
    let labels: HashMap<&str, &str> = spellings
        .iter()
        .filter_map(|(e, s)| Some((e.as_str(), preferred_spelling(s.iter().map(|(l, n)| (l.as_str(), *n)))?)))
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let (Some(g), Some(f), Some(e), Some(m), Some(value)) =
            (iri(row.get("g")), iri(row.get("f")), iri(row.get("e")), iri(row.get("m")), number(row.get("value")))
        else {
            continue;
        };
        let Some(article) = article_doc(g) else { continue };
        let (kind, folded) = entity_name(e);
        let label = labels.get(e).map_or(folded, |label| label.to_string());
        out.push(Observation {
            iri: f.to_string(),
            subject: e.to_string(),
            label,
            kind,
            metric: vocab::metric_name(m).unwrap_or(m).to_string(),
            unit: text(row.get("unit")).unwrap_or("").to_string(),
            period: text(row.get("period")).map(str::to_string),
            value,
            confidence: number(row.get("confidence")).unwrap_or(f64::from(vocab::defaults::FIGURE_CONFIDENCE)),
            article,
            published: text(row.get("published")).map(str::to_string),
            sentence: sentences.get(f).cloned(),
        });
    }
    Ok(out)
}

/// Groups observations into consolidated figures, sorted by entity,
/// metric, period (in time order; undated first) and unit.
pub fn consolidate(observations: Vec<Observation>) -> Vec<Figure> {
    type Key = (String, String, String, Option<String>);
    let mut groups: BTreeMap<Key, Vec<Observation>> = BTreeMap::new();
    for o in observations {
        groups.entry((o.subject.clone(), o.metric.clone(), o.unit.clone(), o.period.clone())).or_default().push(o);
    }
    let mut figures: Vec<Figure> = groups
        .into_iter()
        .map(|((subject, metric, unit, period), mut observations)| {
            observations.sort_by(|a, b| a.article.cmp(&b.article).then(a.value.total_cmp(&b.value)));
            let values = cluster(&observations);
            let best = &values[0];
            let articles: BTreeSet<&str> = observations.iter().map(|o| o.article.as_str()).collect();
            let dates: BTreeSet<&str> = observations.iter().filter_map(|o| o.published.as_deref()).collect();
            let conflict =
                (period.is_some() || STATIC_METRICS.contains(&metric.as_str())) && disagree(&values, &observations);
            Figure {
                entity: observations[0].label.clone(),
                kind: observations[0].kind.clone(),
                subject,
                metric,
                unit,
                period,
                value: best.value,
                confidence: best.confidence,
                articles: articles.len(),
                first: dates.first().map(|d| d.to_string()),
                last: dates.last().map(|d| d.to_string()),
                conflict,
                values,
                observations,
            }
        })
        .collect();
    figures.sort_by(|a, b| {
        (fold_name(&a.entity), &a.subject, &a.metric)
            .cmp(&(fold_name(&b.entity), &b.subject, &b.metric))
            .then(a.time().unwrap_or(f64::NEG_INFINITY).total_cmp(&b.time().unwrap_or(f64::NEG_INFINITY)))
            .then(a.period.cmp(&b.period))
            .then(a.unit.cmp(&b.unit))
    });
    figures
}

/// Metrics whose figures hold whenever they are said (how big a model
/// is): undated figures of these can conflict.
pub(crate) const STATIC_METRICS: &[&str] = &["parameters", "activeParameters"];

/// Whether two articles give values more than 1 % apart: one article
/// gives a value the other does not, and the other a value the first does
/// not. Several values from one article (three benchmark scores in one
/// sentence) are things the vocabulary does not tell apart, not sources
/// that disagree; nor does an article that gives both values disagree
/// with one that gives one of them.
fn disagree(values: &[Value], observations: &[Observation]) -> bool {
    let sets: Vec<BTreeSet<&str>> =
        values.iter().map(|v| v.observations.iter().map(|&i| observations[i].article.as_str()).collect()).collect();
    sets.iter().enumerate().any(|(i, a)| {
        sets[i + 1..].iter().any(|b| a.difference(b).next().is_some() && b.difference(a).next().is_some())
    })
}

/// Whether two values are one (within [`TOLERANCE`] of the larger).
pub(crate) fn agree(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE * a.abs().max(b.abs())
}

/// The distinct values of one group, the consolidated one first.
fn cluster(observations: &[Observation]) -> Vec<Value> {
    let mut order: Vec<usize> = (0..observations.len()).collect();
    order.sort_by(|&a, &b| observations[a].value.total_cmp(&observations[b].value));
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match clusters.last_mut() {
            Some(c) if agree(observations[c[0]].value, observations[i].value) => c.push(i),
            _ => clusters.push(vec![i]),
        }
    }
    let mut values: Vec<Value> = clusters
        .into_iter()
        .map(|members| {
            let articles: BTreeSet<&str> = members.iter().map(|&i| observations[i].article.as_str()).collect();
            let confidence = members.iter().map(|&i| observations[i].confidence).fold(0.0, f64::max);
            // The exact value the most members give; ties to the most confident.
            let mut counts: Vec<(f64, usize, f64)> = Vec::new();
            for &i in &members {
                let o = &observations[i];
                match counts.iter_mut().find(|(v, _, _)| *v == o.value) {
                    Some(slot) => {
                        slot.1 += 1;
                        slot.2 = slot.2.max(o.confidence);
                    }
                    None => counts.push((o.value, 1, o.confidence)),
                }
            }
            counts.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)).then(a.0.total_cmp(&b.0)));
            Value { value: counts[0].0, articles: articles.len(), confidence, observations: members }
        })
        .collect();
    values.sort_by(|a, b| {
        b.articles.cmp(&a.articles).then(b.confidence.total_cmp(&a.confidence)).then(a.value.total_cmp(&b.value))
    });
    values
}

/// How `tupu facts` writes its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum FactsFormat {
    /// Aligned columns for a terminal.
    #[default]
    Table,
    /// CSV with a header, for pandas and spreadsheets.
    Csv,
    /// A JSON array of figures, each with its values and observations.
    Json,
}

/// The columns of the CSV table (one row per figure).
pub const CSV_HEADER: [&str; 14] = [
    "entity",
    "type",
    "metric",
    "period",
    "value",
    "unit",
    "articles",
    "first_published",
    "last_published",
    "confidence",
    "conflict",
    "values",
    "subject_iri",
    "observations",
];

/// The columns of the CSV conflict list (one row per observation).
pub(crate) const CONFLICT_CSV_HEADER: [&str; 12] = [
    "entity",
    "type",
    "metric",
    "period",
    "unit",
    "consolidated_value",
    "value",
    "confidence",
    "article",
    "published",
    "sentence",
    "observation",
];

/// A number as people write it: no exponent, no trailing zeros.
pub(crate) fn show_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e17 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.6}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Writes the consolidated table: one row per subject, metric, unit and
/// period.
pub fn write_table(figures: &[Figure], format: FactsFormat, mut out: impl Write) -> Result<(), FactsError> {
    match format {
        FactsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, figures)?;
            out.write_all(b"\n")?;
        }
        FactsFormat::Csv => {
            let mut csv = ::csv::Writer::from_writer(&mut out);
            csv.write_record(CSV_HEADER)?;
            for f in figures {
                csv.write_record(csv_row(f))?;
            }
            csv.flush()?;
        }
        FactsFormat::Table => {
            let header =
                ["entity", "type", "metric", "period", "value", "unit", "articles", "first", "last", "conflict"];
            let rows: Vec<Vec<String>> = figures
                .iter()
                .map(|f| {
                    let mut row = leading_columns(f);
                    row.push(if f.is_conflict() { values(f, " / ") } else { String::new() });
                    row
                })
                .collect();
            aligned(&mut out, &header, &rows, &[4, 6])?;
        }
    }
    out.flush()?;
    Ok(())
}

/// One CSV row of a figure (the columns of [`CSV_HEADER`]).
pub(crate) fn csv_row(f: &Figure) -> Vec<String> {
    let mut row = leading_columns(f);
    row.extend([
        format!("{:.3}", f.confidence).trim_end_matches('0').trim_end_matches('.').to_string(),
        f.is_conflict().to_string(),
        values(f, ";"),
        f.subject.clone(),
        f.observations.iter().map(|o| o.iri.as_str()).collect::<Vec<_>>().join(";"),
    ]);
    row
}

/// The columns the table and the CSV share, in their order: entity, type,
/// metric, period, value, unit, articles, first, last.
fn leading_columns(f: &Figure) -> Vec<String> {
    vec![
        f.entity.clone(),
        f.kind.clone(),
        f.metric.clone(),
        f.period.clone().unwrap_or_default(),
        show_number(f.value),
        f.unit.clone(),
        f.articles.to_string(),
        f.first.clone().unwrap_or_default(),
        f.last.clone().unwrap_or_default(),
    ]
}

/// Every value a figure is given, joined by `separator`.
fn values(f: &Figure, separator: &str) -> String {
    f.values.iter().map(|v| show_number(v.value)).collect::<Vec<_>>().join(separator)
}

/// Writes the contradictions: each conflicting figure with each of its
/// values, the articles that give it and their sentences.
pub fn write_conflicts(figures: &[Figure], format: FactsFormat, mut out: impl Write) -> Result<(), FactsError> {
    let conflicts: Vec<&Figure> = figures.iter().filter(|f| f.is_conflict()).collect();
    match format {
        FactsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &conflicts)?;
            out.write_all(b"\n")?;
        }
        FactsFormat::Csv => {
            let mut csv = ::csv::Writer::from_writer(&mut out);
            csv.write_record(CONFLICT_CSV_HEADER)?;
            for f in &conflicts {
                for v in &f.values {
                    for &i in &v.observations {
                        let o = &f.observations[i];
                        csv.write_record([
                            f.entity.as_str(),
                            &f.kind,
                            &f.metric,
                            f.period.as_deref().unwrap_or(""),
                            &f.unit,
                            &show_number(f.value),
                            &show_number(o.value),
                            &o.confidence.to_string(),
                            &o.article,
                            o.published.as_deref().unwrap_or(""),
                            o.sentence.as_deref().unwrap_or(""),
                            &o.iri,
                        ])?;
                    }
                }
            }
            csv.flush()?;
        }
        FactsFormat::Table => {
            for (n, f) in conflicts.iter().enumerate() {
                if n > 0 {
                    writeln!(out)?;
                }
                writeln!(
                    out,
                    "{} ({}) {} {} [{}]: {} values",
                    f.entity,
                    f.kind,
                    f.metric,
                    f.period.as_deref().unwrap_or("(no period)"),
                    if f.unit.is_empty() { "-" } else { &f.unit },
                    f.values.len()
                )?;
                for v in &f.values {
                    writeln!(
                        out,
                        "  {} {}  ({} article{})",
                        show_number(v.value),
                        f.unit,
                        v.articles,
                        if v.articles == 1 { "" } else { "s" }
                    )?;
                    for &i in &v.observations {
                        let o = &f.observations[i];
                        let date = o.published.as_deref().map_or(String::new(), |d| format!(" {d}"));
                        let sentence = o.sentence.as_deref().unwrap_or("").replace(['\n', '\r'], " ");
                        writeln!(out, "    {}{}: {}", o.article, date, sentence)?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Aligned columns by display width; the columns in `right` align right.
fn aligned(out: &mut impl Write, header: &[&str], rows: &[Vec<String>], right: &[usize]) -> io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let line = |out: &mut dyn Write, cells: &[&str]| -> io::Result<()> {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let pad = " ".repeat(widths[i].saturating_sub(text.width()));
                if right.contains(&i) {
                    format!("{pad}{text}")
                } else {
                    format!("{text}{pad}")
                }
            })
            .collect();
        writeln!(out, "{}", parts.join("  ").trim_end())
    };
    line(out, header)?;
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rules.iter().map(String::as_str).collect::<Vec<_>>())?;
    for row in rows {
        line(out, &row.iter().map(String::as_str).collect::<Vec<_>>())?;
    }
    Ok(())
}

/// The type and label an entity IRI encodes (`id:{Type}/{label}`).
fn entity_name(iri: &str) -> (String, String) {
    let local = iri.strip_prefix(vocab::ENTITY_NS).unwrap_or(iri);
    match local.split_once('/') {
        Some((kind, label)) => (kind.to_string(), percent_decode(label)),
        None => (String::new(), percent_decode(local)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(article: &str, period: Option<&str>, value: f64, confidence: f64) -> Observation {
        Observation {
            iri: format!("https://tupu.dev/article/{article}/figure/{value}"),
            subject: "https://tupu.dev/id/Product/X".into(),
            label: "X".into(),
            kind: "Product".into(),
            metric: "monthlyActiveUsers".into(),
            unit: "users".into(),
            period: period.map(str::to_string),
            value,
            confidence,
            article: article.into(),
            published: Some(format!("2025-0{}", article.len() % 9 + 1)),
            sentence: Some(format!("{article} says {value}")),
        }
    }

    #[test]
    fn one_row_per_period_and_the_majority_value_wins() {
        let figures = consolidate(vec![
            obs("b.txt", Some("2025-03"), 200.0, 0.9),
            obs("a.txt", Some("2025-03"), 100.0, 0.5),
            obs("cc.txt", Some("2025-03"), 100.5, 0.5),
            obs("d.txt", Some("2025-02"), 90.0, 0.7),
            obs("e.txt", None, 50.0, 0.7),
        ]);
        let rows: Vec<(Option<&str>, f64, usize, bool)> =
            figures.iter().map(|f| (f.period.as_deref(), f.value, f.articles, f.is_conflict())).collect();
        assert_eq!(
            rows,
            [(None, 50.0, 1, false), (Some("2025-02"), 90.0, 1, false), (Some("2025-03"), 100.0, 3, true)]
        );
        let march = &figures[2];
        assert_eq!(march.values.len(), 2);
        assert_eq!((march.values[0].articles, march.values[1].value), (2, 200.0));
        assert_eq!(march.observations.len(), 3);
        assert!(march.first <= march.last);
    }

    #[test]
    fn ties_go_to_the_most_confident() {
        let figures = consolidate(vec![obs("a.txt", Some("2025"), 1.0, 0.5), obs("b.txt", Some("2025"), 2.0, 0.9)]);
        assert_eq!(figures[0].value, 2.0);
        assert!(figures[0].is_conflict());
    }

    #[test]
    fn values_of_one_article_do_not_conflict() {
        let figures = consolidate(vec![obs("a.txt", Some("2025"), 1.0, 0.5), obs("a.txt", Some("2025"), 2.0, 0.9)]);
        assert_eq!(figures[0].values.len(), 2);
        assert!(!figures[0].is_conflict());
        // b.txt gives one of a.txt's values: no disagreement.
        let figures = consolidate(vec![
            obs("a.txt", Some("2025"), 1.0, 0.5),
            obs("a.txt", Some("2025"), 2.0, 0.9),
            obs("b.txt", Some("2025"), 1.0, 0.5),
        ]);
        assert!(!figures[0].is_conflict());
        assert_eq!(figures[0].value, 1.0);
        // c.txt gives only the other: it disagrees with b.txt.
        let mut both = figures[0].observations.clone();
        both.push(obs("c.txt", Some("2025"), 2.0, 0.5));
        assert!(consolidate(both)[0].is_conflict());
    }

    #[test]
    fn one_percent_is_one_value() {
        assert!(agree(100.0, 101.0));
        assert!(!agree(100.0, 101.5));
        assert!(agree(0.0, 0.0));
        assert!(!agree(0.0, 1.0));
    }

    #[test]
    fn periods_on_a_time_axis() {
        assert_eq!(period_time("2025"), Some(2025.5));
        assert_eq!(period_time("2025-Q1"), Some(2025.125));
        assert!(period_time("2025-01").unwrap() < period_time("2025-Q1").unwrap());
        assert_eq!(period_time("2025-02"), period_time("2025-Q1"));
        assert_eq!(period_time("2025-13"), None);
        assert_eq!(period_time("x"), None);
    }

    #[test]
    fn tables_in_three_formats() {
        let figures =
            consolidate(vec![obs("a.txt", Some("2025-03"), 1e8, 0.75), obs("b.txt", Some("2025-03"), 3e8, 0.75)]);
        let mut table = Vec::new();
        write_table(&figures, FactsFormat::Table, &mut table).unwrap();
        let table = String::from_utf8(table).unwrap();
        assert!(table.contains("100000000 / 300000000"), "{table}");
        let mut csv = Vec::new();
        write_table(&figures, FactsFormat::Csv, &mut csv).unwrap();
        let csv = String::from_utf8(csv).unwrap();
        assert!(csv.starts_with(&CSV_HEADER.join(",")), "{csv}");
        assert!(csv.contains("X,Product,monthlyActiveUsers,2025-03,100000000,users,2,"), "{csv}");
        let mut json = Vec::new();
        write_conflicts(&figures, FactsFormat::Json, &mut json).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(json[0]["observations"].as_array().unwrap().len(), 2);
        assert_eq!(json[0]["observations"][1]["sentence"], "b.txt says 300000000");
        assert_eq!(show_number(46.4), "46.4");
        assert_eq!(show_number(1.2e12), "1200000000000");
    }
}
