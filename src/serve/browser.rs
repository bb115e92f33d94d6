//! The browser view: server-rendered HTML, no scripts, no external
//! resources (the tool works offline). Every text from the store is
//! HTML-escaped; the neighbourhood graph is drawn by the system `dot`.

use super::sparql::{evaluate, Dataset, Evaluated};
use super::{blocking, ApiError, AppState, Shared};
use crate::normalize::fold_name;
use crate::rdf::vocab::{self, compact};
use crate::rdf::{article_doc, NamedNode, Term};
use axum::extract::{RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// Most hits a search lists.
const MAX_HITS: usize = 50;
/// How long the home page may spend totalling the store.
const HOME_COUNTS_TIME: std::time::Duration = std::time::Duration::from_secs(2);

/// Most neighbours drawn around an entity.
const MAX_NEIGHBOURS: usize = 30;

const EXAMPLE_QUERY: &str = "SELECT ?应用 ?模型 WHERE {\n  ?d tupu:usesModel ?m .\n  ?d rdfs:label ?应用 .\n  ?m rdfs:label ?模型 .\n}\nORDER BY ?应用\nLIMIT 50";

/// `GET /`
pub(crate) async fn home(State(state): State<Shared>) -> Result<Response, ApiError> {
    let timeout = Some(state.config.query_timeout);
    // Totals are full scans: on a large store the page goes without them.
    let counts = blocking(&state, timeout, |state, _| Ok(state.store.counts_within(HOME_COUNTS_TIME)?)).await?;
    let mut body = String::new();
    body.push_str(&search_form(""));
    if let Some(counts) = counts {
        let _ = write!(
            body,
            "<p class=\"muted\">图谱收录 {} 篇文章、{} 个实体（词典 {} 个）、{} 处提及、{} 条关系与数字陈述、{} 个三元组。</p>",
            counts.articles, counts.entities, counts.curated_entities, counts.mentions, counts.statements, counts.quads
        );
    }
    body.push_str("<p>试试：");
    for example in ["西小服", "通義千問", "DeepSeek", "华为", "文心一言"] {
        let _ = write!(body, "<a class=\"chip\" href=\"/search?q={}\">{}</a> ", url_encode(example), escape(example));
    }
    body.push_str("</p><p>也可以在 <a href=\"/query\">SPARQL 页面</a> 直接查询，或用任意 SPARQL 客户端访问 <code>/sparql</code>。</p>");
    Ok(page("tupu 图谱", &body))
}

/// One entity found by a search.
struct Hit {
    iri: String,
    label: String,
    types: BTreeSet<String>,
    /// The names (label or alias) that matched.
    matched: BTreeSet<String>,
    /// 0 exact, 1 prefix, 2 substring.
    rank: u8,
}

/// `GET /search?q=`: entities with a label or alias like `q`, simplified
/// or traditional alike (names compare by [`fold_name`]). One exact hit
/// goes straight to its page.
pub(crate) async fn search(State(state): State<Shared>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = param(raw.as_deref(), "q").unwrap_or_default();
    let key = fold_name(q.trim());
    if key.is_empty() {
        return Ok(Redirect::to("/").into_response());
    }
    let timeout = Some(state.config.query_timeout);
    let hits = blocking(&state, timeout, move |state, _| find(state, &key)).await?;
    let exact: Vec<&Hit> = hits.iter().filter(|h| h.rank == 0).collect();
    if exact.len() == 1 {
        return Ok(Redirect::to(&entity_href(&exact[0].iri)).into_response());
    }
    let labels = blocking(&state, timeout, |state, _| zh_labels(state)).await?;
    let mut body = search_form(&q);
    if hits.is_empty() {
        let _ = write!(body, "<p>没有找到名称或别名像「{}」的实体。</p>", escape(&q));
    } else {
        let _ =
            write!(body, "<p class=\"muted\">「{}」的结果：{} 个实体</p><ul class=\"hits\">", escape(&q), hits.len());
        for hit in &hits {
            let types: Vec<String> = hit.types.iter().map(|t| type_name(&labels, t)).collect();
            let _ = write!(
                body,
                "<li><a href=\"{}\">{}</a> <span class=\"tag\">{}</span>",
                escape(&entity_href(&hit.iri)),
                escape(&hit.label),
                escape(&types.join(" · "))
            );
            let others: Vec<&String> = hit.matched.iter().filter(|m| **m != hit.label).collect();
            if !others.is_empty() {
                let names: Vec<String> = others.iter().map(|m| escape(m)).collect();
                let _ = write!(body, " <span class=\"muted\">（别名：{}）</span>", names.join("、"));
            }
            body.push_str("</li>");
        }
        body.push_str("</ul>");
    }
    Ok(page(&format!("搜索「{q}」· tupu"), &body))
}

/// One name (label or alias) of an entity, folded once for searching.
pub(crate) struct IndexedName {
    iri: String,
    kind: String,
    label: String,
    name: String,
    folded: String,
}

/// Every name of every entity, with its folded form: built on the first
/// search and kept until the store changes (see `AppState::names`).
pub(crate) fn name_index(state: &AppState) -> Result<Vec<IndexedName>, ApiError> {
    let rows = state.store.select(&format!(
        "SELECT DISTINCT ?e ?type ?label ?name WHERE {{
           ?e a ?type ; rdfs:label ?label .
           {{ ?e rdfs:label ?name }} UNION {{ ?e skos:altLabel ?name }}
           FILTER(STRSTARTS(STR(?e), \"{}\") && STRSTARTS(STR(?type), \"{}\"))
         }}",
        vocab::ENTITY_NS,
        vocab::ONTOLOGY_NS
    ))?;
    let mut folded: HashMap<String, String> = HashMap::new();
    Ok(rows
        .iter()
        .filter_map(|row| {
            let (Some(Term::NamedNode(e)), Some(Term::NamedNode(kind)), Some(label), Some(name)) =
                (row.get("e"), row.get("type"), row.get("label").map(value), row.get("name").map(value))
            else {
                return None;
            };
            let fold = folded.entry(name.clone()).or_insert_with(|| fold_name(&name)).clone();
            Some(IndexedName {
                iri: e.as_str().to_string(),
                kind: kind.as_str().to_string(),
                label,
                name,
                folded: fold,
            })
        })
        .collect())
}

/// Every entity with a label or alias whose folded form contains `key`.
fn find(state: &AppState, key: &str) -> Result<Vec<Hit>, ApiError> {
    let index = state.names()?;
    let mut hits: BTreeMap<&str, Hit> = BTreeMap::new();
    for entry in index.iter() {
        let rank = if entry.folded == key {
            0
        } else if entry.folded.starts_with(key) {
            1
        } else if entry.folded.contains(key) {
            2
        } else {
            continue;
        };
        let hit = hits.entry(&entry.iri).or_insert_with(|| Hit {
            iri: entry.iri.clone(),
            label: entry.label.clone(),
            types: BTreeSet::new(),
            matched: BTreeSet::new(),
            rank,
        });
        hit.types.insert(entry.kind.clone());
        hit.matched.insert(entry.name.clone());
        hit.rank = hit.rank.min(rank);
    }
    let mut hits: Vec<Hit> = hits.into_values().collect();
    hits.sort_by(|a, b| (a.rank, a.label.chars().count(), &a.label).cmp(&(b.rank, b.label.chars().count(), &b.label)));
    hits.truncate(MAX_HITS);
    Ok(hits)
}

/// A relation of the entity, with every place it was found.
struct Related {
    /// The entity is the subject (else the object).
    outgoing: bool,
    predicate: String,
    other: String,
    /// The other entity's label (its IRI holds the folded name only).
    name: String,
    /// (graph, sentence) of each piece of evidence.
    evidence: BTreeSet<(String, Option<String>)>,
}

/// A figure about the entity.
struct FigureRow {
    forecast: bool,
    metric: String,
    value: String,
    unit: String,
    period: String,
    graph: String,
    sentence: Option<String>,
}

/// `GET /entity?iri=`
pub(crate) async fn entity(State(state): State<Shared>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let iri = param(raw.as_deref(), "iri").ok_or_else(|| ApiError::BadRequest("missing `iri`".into()))?;
    let node = NamedNode::new(&iri).map_err(|e| ApiError::BadRequest(format!("`{iri}` is not an IRI: {e}")))?;
    let timeout = Some(state.config.query_timeout);
    let html = blocking(&state, timeout, move |state, _| entity_page(state, &node)).await?;
    Ok(html)
}

fn entity_page(state: &AppState, node: &NamedNode) -> Result<Response, ApiError> {
    let store = &state.store;
    let e = format!("<{}>", node.as_str());
    let strings = |sparql: String| -> Result<Vec<String>, ApiError> {
        let rows = store.select(&sparql)?;
        let mut values: Vec<String> = rows.iter().filter_map(|r| r.get("x").map(value)).collect();
        values.sort();
        values.dedup();
        Ok(values)
    };
    let types =
        strings(format!("SELECT DISTINCT ?x {{ {e} a ?x FILTER(STRSTARTS(STR(?x), \"{}\")) }}", vocab::ONTOLOGY_NS))?;
    let labels = strings(format!("SELECT DISTINCT ?x {{ {e} rdfs:label ?x }}"))?;
    if types.is_empty() && labels.is_empty() {
        return Err(ApiError::NotFound(format!("the store says nothing about <{}>", node.as_str())));
    }
    let aliases: Vec<String> = strings(format!("SELECT DISTINCT ?x {{ {e} skos:altLabel ?x }}"))?
        .into_iter()
        .filter(|a| !labels.contains(a))
        .collect();
    let zh = zh_labels(state)?;

    let mut related: BTreeMap<(bool, String, String), Related> = BTreeMap::new();
    let relation_query = |outgoing: bool| {
        let (pattern, statement) = if outgoing {
            (
                format!("{e} ?p ?o"),
                format!("?st rdf:subject {e} ; rdf:predicate ?p ; rdf:object ?o ; tupu:evidence/tupu:inSentence?/tupu:text ?sentence"),
            )
        } else {
            (
                format!("?o ?p {e}"),
                format!("?st rdf:subject ?o ; rdf:predicate ?p ; rdf:object {e} ; tupu:evidence/tupu:inSentence?/tupu:text ?sentence"),
            )
        };
        format!(
            "SELECT ?p ?o ?g ?sentence WHERE {{ GRAPH ?g {{ {pattern} .
               FILTER(STRSTARTS(STR(?p), \"{ns}\") && STRSTARTS(STR(?o), \"{id}\"))
               OPTIONAL {{ {statement} }} }} }}",
            ns = vocab::ONTOLOGY_NS,
            id = vocab::ENTITY_NS
        )
    };
    for outgoing in [true, false] {
        for row in store.select(&relation_query(outgoing))? {
            let (Some(p), Some(o), Some(g)) =
                (row.get("p").map(value), row.get("o").map(value), row.get("g").map(value))
            else {
                continue;
            };
            let entry = related.entry((outgoing, p.clone(), o.clone())).or_insert_with(|| Related {
                outgoing,
                predicate: p,
                name: entity_name(&o).1,
                other: o,
                evidence: BTreeSet::new(),
            });
            entry.evidence.insert((g, row.get("sentence").map(value)));
        }
    }
    // Hedged relations have statements but no asserted triple.
    let mut reported: BTreeMap<(bool, String, String), Related> = BTreeMap::new();
    for outgoing in [true, false] {
        let (subject, object) = if outgoing { (e.as_str(), "?o") } else { ("?o", e.as_str()) };
        let sparql = format!(
            "SELECT DISTINCT ?p ?o ?g ?sentence WHERE {{ GRAPH ?g {{
               ?st rdf:subject {subject} ; rdf:predicate ?p ; rdf:object {object} ; tupu:hedged true ;
                   tupu:evidence/tupu:inSentence?/tupu:text ?sentence .
               FILTER(STRSTARTS(STR(?p), \"{ns}\") && STRSTARTS(STR(?o), \"{id}\"))
               FILTER NOT EXISTS {{ {subject} ?p {object} }} }} }}",
            ns = vocab::ONTOLOGY_NS,
            id = vocab::ENTITY_NS
        );
        for row in store.select(&sparql)? {
            let (Some(p), Some(o), Some(g)) =
                (row.get("p").map(value), row.get("o").map(value), row.get("g").map(value))
            else {
                continue;
            };
            if related.contains_key(&(outgoing, p.clone(), o.clone())) {
                continue;
            }
            let entry = reported.entry((outgoing, p.clone(), o.clone())).or_insert_with(|| Related {
                outgoing,
                predicate: p,
                name: entity_name(&o).1,
                other: o,
                evidence: BTreeSet::new(),
            });
            entry.evidence.insert((g, row.get("sentence").map(value)));
        }
    }
    // A statement found for one graph is evidence enough: drop the bare
    // (graph, no sentence) twin the OPTIONAL leaves only when none matched.
    for relation in related.values_mut() {
        let with_sentence: BTreeSet<String> =
            relation.evidence.iter().filter(|(_, s)| s.is_some()).map(|(g, _)| g.clone()).collect();
        relation.evidence.retain(|(g, s)| s.is_some() || !with_sentence.contains(g));
    }
    // Entity IRIs hold folded names (lower case, no spaces): show a label,
    // the smallest when articles spell the entity differently.
    let others: BTreeSet<&str> = related.values().chain(reported.values()).map(|r| r.other.as_str()).collect();
    if !others.is_empty() {
        let values: String = others.iter().map(|o| format!("<{o}> ")).collect();
        let mut names: HashMap<String, String> = HashMap::new();
        for row in store.select(&format!(
            "SELECT ?o (MIN(STR(?l)) AS ?x) WHERE {{ VALUES ?o {{ {values} }} ?o rdfs:label ?l }} GROUP BY ?o"
        ))? {
            if let (Some(o), Some(x)) = (row.get("o").map(value), row.get("x").map(value)) {
                names.insert(o, x);
            }
        }
        for relation in related.values_mut().chain(reported.values_mut()) {
            if let Some(name) = names.get(&relation.other) {
                relation.name = name.clone();
            }
        }
    }

    // Every figure has evidence (a shape checks it): the span is bound
    // before the OPTIONAL, so that oxigraph follows it from this figure's
    // spans instead of joining with the sentence of every figure's
    // evidence in the store (1.3 s → 0.04 s for DeepSeek on the corpus).
    let figures: Vec<FigureRow> = store
        .select(&format!(
            "SELECT ?class ?metric ?value ?unit ?period ?g ?sentence WHERE {{ GRAPH ?g {{
               ?f tupu:subject {e} ; tupu:metric ?m ; tupu:value ?value ; tupu:evidence ?span .
               BIND(STRAFTER(STR(?m), \"#\") AS ?metric)
               OPTIONAL {{ ?f a ?class }}
               OPTIONAL {{ ?f tupu:unit ?unit }} OPTIONAL {{ ?f tupu:period ?period }}
               OPTIONAL {{ ?span tupu:inSentence?/tupu:text ?sentence }} }} }}
             ORDER BY ?metric ?period ?g"
        ))?
        .iter()
        .map(|row| FigureRow {
            forecast: row.get("class").map(value).is_some_and(|c| c.ends_with("Forecast")),
            metric: row.get("metric").map(value).unwrap_or_default(),
            value: row.get("value").map(value).unwrap_or_default(),
            unit: row.get("unit").map(value).unwrap_or_default(),
            period: row.get("period").map(value).unwrap_or_default(),
            graph: row.get("g").map(value).unwrap_or_default(),
            sentence: row.get("sentence").map(value),
        })
        .collect();
    let titles = article_titles(state)?;
    let dates = article_dates(state)?;
    // Facts consolidated over articles, for the timelines.
    let selection = crate::facts::Selection { subject: Some(node.as_str().to_string()), ..Default::default() };
    let consolidated = crate::facts::consolidate(crate::facts::load(store, &selection)?);

    let label = labels.first().cloned().unwrap_or_else(|| entity_name(node.as_str()).1);
    let type_names: Vec<String> = types.iter().map(|t| type_name(&zh, t)).collect();
    let mut body = search_form("");
    let _ = write!(
        body,
        "<h1>{}</h1><p><span class=\"tag\">{}</span> <code class=\"muted\">{}</code></p>",
        escape(&label),
        escape(&type_names.join(" · ")),
        escape(&compact(node.as_str()))
    );
    if !aliases.is_empty() {
        let names: Vec<String> = aliases.iter().map(|a| escape(a)).collect();
        let _ = write!(body, "<p>别名：{}</p>", names.join("、"));
    }

    let svg = neighbourhood_svg(node.as_str(), &label, &related, &zh);
    body.push_str("<h2>关系网</h2>");
    match svg {
        Ok(svg) if !related.is_empty() => {
            let _ = write!(body, "<div class=\"nbh\">{svg}</div>");
        }
        Ok(_) => body.push_str("<p class=\"muted\">没有关系。</p>"),
        Err(why) => {
            let _ = write!(body, "<p class=\"muted\">无法绘制关系图：{}</p>", escape(&why));
        }
    }

    let _ = write!(body, "<h2>关系（{}）</h2>", related.len());
    relation_table(&mut body, &related, &zh, &titles, &dates);
    if !reported.is_empty() {
        let _ = write!(
            body,
            "<h2>未证实的关系（{}）</h2><p class=\"muted\">原文用“计划、拟、预计、传闻”等措辞，只作报道，不计入图谱。</p>",
            reported.len()
        );
        relation_table(&mut body, &reported, &zh, &titles, &dates);
    }

    let _ = write!(body, "<h2>数据（{}）</h2>", figures.len());
    if !figures.is_empty() {
        body.push_str("<table><thead><tr><th>指标</th><th>数值</th><th>时期</th><th>出处</th></tr></thead><tbody>");
        for figure in &figures {
            let _ = write!(
                body,
                "<tr><td>{}{}</td><td class=\"num\">{} {}</td><td>{}</td><td><div class=\"ev\">",
                escape(&figure.metric),
                if figure.forecast { " <span class=\"tag\">预测</span>" } else { "" },
                escape(&figure.value),
                escape(&figure.unit),
                escape(&figure.period)
            );
            if let Some(sentence) = &figure.sentence {
                let _ = write!(body, "<q>{}</q> ", escape(sentence));
            }
            let _ = write!(
                body,
                "<span class=\"src\">{}</span></div></td></tr>",
                escape(&source_name(&titles, &figure.graph))
            );
        }
        body.push_str("</tbody></table>");
    }
    timelines(&mut body, &consolidated, &titles);
    let describe = format!("DESCRIBE <{}>", node.as_str());
    let _ = write!(
        body,
        "<p class=\"muted\"><a href=\"/query?q={}\">在 SPARQL 页面查看全部三元组</a></p>",
        url_encode(&describe)
    );
    Ok(page(&format!("{label} · tupu"), &body))
}

/// Relations as a table: relation, the other entity, each sentence with
/// its article.
fn relation_table(
    body: &mut String,
    related: &BTreeMap<(bool, String, String), Related>,
    zh: &HashMap<String, String>,
    titles: &HashMap<String, String>,
    dates: &HashMap<String, String>,
) {
    if related.is_empty() {
        return;
    }
    body.push_str("<table><thead><tr><th>关系</th><th>实体</th><th>出处</th></tr></thead><tbody>");
    for relation in related.values() {
        let predicate = predicate_name(zh, &relation.predicate);
        let arrow = if relation.outgoing { format!("{predicate} →") } else { format!("← {predicate}") };
        let (kind, _) = entity_name(&relation.other);
        let name = &relation.name;
        let _ = write!(
            body,
            "<tr><td class=\"rel\">{}</td><td><a href=\"{}\">{}</a> <span class=\"tag\">{}</span></td><td>",
            escape(&arrow),
            escape(&entity_href(&relation.other)),
            escape(name),
            escape(&type_name(zh, &format!("{}{kind}", vocab::ONTOLOGY_NS)))
        );
        // The date of the first article that states it.
        if let Some(first) = relation.evidence.iter().filter_map(|(g, _)| dates.get(g)).min() {
            let _ = write!(body, "<div class=\"first\">首见于 <time>{}</time></div>", escape(first));
        }
        for (graph, sentence) in &relation.evidence {
            body.push_str("<div class=\"ev\">");
            if let Some(sentence) = sentence {
                let _ = write!(body, "<q>{}</q> ", escape(sentence));
            }
            let _ = write!(body, "<span class=\"src\">{}</span></div>", escape(&source_name(titles, graph)));
        }
        body.push_str("</td></tr>");
    }
    body.push_str("</tbody></table>");
}

/// `GET /query?q=`: the SPARQL editor and a results table.
pub(crate) async fn query_page(State(state): State<Shared>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = param(raw.as_deref(), "q");
    let text = q.clone().unwrap_or_else(|| EXAMPLE_QUERY.to_string());
    let mut body = String::new();
    let _ = write!(
        body,
        "<form action=\"/query\" method=\"get\"><textarea name=\"q\" rows=\"10\" spellcheck=\"false\">{}</textarea>\
         <p><button type=\"submit\">运行查询</button> <span class=\"muted\">默认图为所有图的并集；已预声明前缀 {}</span></p></form>",
        escape(&text),
        escape(&vocab::PREFIXES.iter().map(|(p, _)| format!("{p}:")).collect::<Vec<_>>().join(" "))
    );
    let mut status = StatusCode::OK;
    if let Some(q) = q {
        match evaluate(&state, q.clone(), Dataset::default()).await {
            Ok(evaluated) => {
                let _ = write!(
                    body,
                    "<p class=\"muted\">下载：<a href=\"/sparql?format=json&amp;query={0}\">JSON</a> · \
                     <a href=\"/sparql?format=csv&amp;query={0}\">CSV</a> · <a href=\"/sparql?format=ttl&amp;query={0}\">Turtle</a></p>",
                    url_encode(&q)
                );
                body.push_str(&results_table(evaluated));
            }
            Err(error) => {
                status = StatusCode::BAD_REQUEST;
                let _ = write!(body, "<pre class=\"error\">{}</pre>", escape(&error.message()));
            }
        }
    }
    let mut response = page("SPARQL · tupu", &body);
    *response.status_mut() = status;
    Ok(response)
}

fn results_table(evaluated: Evaluated) -> String {
    let mut html = String::new();
    let cell = |term: Option<&Term>| -> String {
        match term {
            None => String::new(),
            Some(Term::NamedNode(n)) if n.as_str().starts_with(vocab::ENTITY_NS) => {
                format!("<a href=\"{}\">{}</a>", escape(&entity_href(n.as_str())), escape(&compact(n.as_str())))
            }
            Some(Term::NamedNode(n)) => escape(&compact(n.as_str())),
            Some(Term::Literal(l)) => escape(l.value()),
            Some(other) => escape(&other.to_string()),
        }
    };
    match evaluated {
        Evaluated::Boolean(answer) => {
            let _ = write!(html, "<p class=\"answer\">{answer}</p>");
        }
        Evaluated::Solutions { variables, rows } => {
            let _ = write!(html, "<p class=\"muted\">{} 行</p><table><thead><tr>", rows.len());
            for v in &variables {
                let _ = write!(html, "<th>{}</th>", escape(v.as_str()));
            }
            html.push_str("</tr></thead><tbody>");
            for row in &rows {
                html.push_str("<tr>");
                for v in &variables {
                    let _ = write!(html, "<td>{}</td>", cell(row.get(v)));
                }
                html.push_str("</tr>");
            }
            html.push_str("</tbody></table>");
        }
        Evaluated::Graph(triples) => {
            let _ = write!(
                html,
                "<p class=\"muted\">{} 个三元组</p><table><thead><tr><th>主语</th><th>谓语</th><th>宾语</th></tr></thead><tbody>",
                triples.len()
            );
            for t in triples {
                let subject: Term = t.subject.into();
                let predicate: Term = t.predicate.into();
                let _ = write!(
                    html,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    cell(Some(&subject)),
                    cell(Some(&predicate)),
                    cell(Some(&t.object))
                );
            }
            html.push_str("</tbody></table>");
        }
    }
    html
}

/// The entity's neighbourhood as an SVG drawn by `dot`; each node links to
/// its page.
fn neighbourhood_svg(
    iri: &str,
    label: &str,
    related: &BTreeMap<(bool, String, String), Related>,
    zh: &HashMap<String, String>,
) -> Result<String, String> {
    let dot = neighbourhood_dot(iri, label, related, zh);
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run Graphviz `dot` ({e}); install graphviz"))?;
    child.stdin.take().expect("piped").write_all(dot.as_bytes()).map_err(|e| e.to_string())?;
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("dot failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    let svg = String::from_utf8_lossy(&output.stdout);
    // Inline SVG: the XML prolog and doctype are not allowed inside HTML.
    let start = svg.find("<svg").ok_or("dot wrote no SVG")?;
    Ok(svg[start..].to_string())
}

/// The DOT text of the neighbourhood: the entity and up to
/// [`MAX_NEIGHBOURS`] neighbours, one edge per relation.
fn neighbourhood_dot(
    iri: &str,
    label: &str,
    related: &BTreeMap<(bool, String, String), Related>,
    zh: &HashMap<String, String>,
) -> String {
    let font = "Noto Sans CJK SC";
    let mut dot = format!(
        "digraph neighbourhood {{\n  graph [rankdir=LR, bgcolor=\"transparent\", fontname=\"{font}\"];\n  \
         node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", color=\"#8aa4cc\", fontname=\"{font}\", fontsize=12];\n  \
         edge [fontname=\"{font}\", fontsize=10, color=\"#7a869a\", fontcolor=\"#44506a\"];\n"
    );
    let _ = writeln!(dot, "  n0 [label=\"{}\", fillcolor=\"#ffd98a\", color=\"#c9962c\"];", dot_escape(label));
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    ids.insert(iri, 0);
    for relation in related.values() {
        if !ids.contains_key(relation.other.as_str()) {
            if ids.len() > MAX_NEIGHBOURS {
                continue;
            }
            let id = ids.len();
            ids.insert(&relation.other, id);
            let name = &relation.name;
            let _ = writeln!(
                dot,
                "  n{id} [label=\"{}\", URL=\"{}\", target=\"_top\"];",
                dot_escape(name),
                dot_escape(&entity_href(&relation.other))
            );
        }
        let other = ids[relation.other.as_str()];
        let (from, to) = if relation.outgoing { (0, other) } else { (other, 0) };
        let _ =
            writeln!(dot, "  n{from} -> n{to} [label=\"{}\"];", dot_escape(&predicate_name(zh, &relation.predicate)));
    }
    dot.push_str("}\n");
    dot
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " ")
}

/// Chinese labels of the ontology's classes and predicates.
fn zh_labels(state: &AppState) -> Result<HashMap<String, String>, ApiError> {
    let rows = state
        .store
        .select("SELECT ?t ?l { GRAPH graph:ontology { ?t rdfs:label ?l FILTER(langMatches(lang(?l), \"zh\")) } }")?;
    Ok(rows.iter().filter_map(|r| Some((r.get("t").map(value)?, r.get("l").map(value)?))).collect())
}

/// Article graph → its title (or file name).
fn article_titles(state: &AppState) -> Result<HashMap<String, String>, ApiError> {
    let rows =
        state.store.select("SELECT ?g ?title { GRAPH ?g { ?g a tupu:Article OPTIONAL { ?g tupu:title ?title } } }")?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            let graph = r.get("g").map(value)?;
            let doc = article_doc(&graph).unwrap_or_else(|| graph.clone());
            let name = match r.get("title").map(value) {
                Some(title) => format!("《{title}》 {doc}"),
                None => doc,
            };
            Some((graph, name))
        })
        .collect())
}

/// Article graph → its dateline (`tupu:published`), for those that have one.
fn article_dates(state: &AppState) -> Result<HashMap<String, String>, ApiError> {
    let rows = state.store.select("SELECT ?g ?date { GRAPH ?g { ?g a tupu:Article ; tupu:published ?date } }")?;
    Ok(rows.iter().filter_map(|r| Some((r.get("g").map(value)?, r.get("date").map(value)?))).collect())
}

/// The timelines of an entity's facts (one SVG per metric and unit with a
/// dated figure), then the consolidated figures the points link to, each
/// value with its articles and sentences.
fn timelines(body: &mut String, figures: &[crate::facts::Figure], titles: &HashMap<String, String>) {
    use crate::facts::show_number;
    if figures.is_empty() {
        return;
    }
    let conflicts = figures.iter().filter(|f| f.is_conflict()).count();
    let _ = write!(body, "<h2>时间线</h2><p class=\"muted\">同一指标、单位与时期的事实合并为一行：取最多文章给出的数值（相差 1% 以内视为相同）；");
    if conflicts > 0 {
        let _ = write!(body, "<span class=\"conflict\">{conflicts} 处来源不一致</span>，图中以红色标出。");
    } else {
        body.push_str("各来源一致。");
    }
    body.push_str("预测不计入。</p>");
    let mut start = 0;
    while start < figures.len() {
        let (metric, unit) = (&figures[start].metric, &figures[start].unit);
        let end = start + figures[start..].iter().take_while(|f| &f.metric == metric && &f.unit == unit).count();
        let term = crate::metric::term(metric);
        let title =
            format!("{}（{}）{}", term.zh, metric, if unit.is_empty() { String::new() } else { format!(" · {unit}") });
        if let Some(svg) = super::timeline::svg(&title, &figures[start..end], |i| format!("fig-{}", start + i)) {
            let _ = write!(
                body,
                "<h3>{}</h3><div class=\"nbh\">{svg}</div><p class=\"muted legend\">\
                 <span style=\"color:#1d5fbf\">●</span> 合并值（最多文章给出的数值） \
                 <span class=\"conflict\">●</span> 与之不一致的来源 \
                 <span style=\"color:#9aa5b4\">●</span> 同一文章给出的其他数值；点击数据点查看出处。</p>",
                escape(&title)
            );
        }
        start = end;
    }
    body.push_str("<table class=\"figures\"><thead><tr><th>指标</th><th>时期</th><th>数值</th><th>文章</th><th>出处</th></tr></thead><tbody>");
    for (i, f) in figures.iter().enumerate() {
        let class = if f.is_conflict() { " class=\"conflict\"" } else { "" };
        let _ = write!(
            body,
            "<tr id=\"fig-{i}\"{class}><td>{}</td><td>{}</td><td class=\"num\">{} {}</td><td class=\"num\">{}</td><td>",
            escape(&f.metric),
            escape(f.period.as_deref().unwrap_or("—")),
            escape(&show_number(f.value)),
            escape(&f.unit),
            f.articles
        );
        for (n, v) in f.values.iter().enumerate() {
            for &o in &v.observations {
                let o = &f.observations[o];
                body.push_str("<div class=\"ev\">");
                if f.values.len() > 1 {
                    let mark = if n == 0 || !f.is_conflict() { "" } else { " conflict" };
                    let _ = write!(
                        body,
                        "<b class=\"val{mark}\">{} {}</b> ",
                        escape(&show_number(o.value)),
                        escape(&f.unit)
                    );
                }
                if let Some(sentence) = &o.sentence {
                    let _ = write!(body, "<q>{}</q> ", escape(sentence));
                }
                let graph = crate::rdf::article_iri(&o.article);
                let date = o.published.as_deref().map_or(String::new(), |d| format!(" · {d}"));
                let _ = write!(
                    body,
                    "<span class=\"src\">{}{}</span></div>",
                    escape(&source_name(titles, graph.as_str())),
                    escape(&date)
                );
            }
        }
        body.push_str("</td></tr>");
    }
    body.push_str("</tbody></table>");
}

fn source_name(titles: &HashMap<String, String>, graph: &str) -> String {
    if graph == vocab::CURATED_GRAPH.as_str() {
        return "词典（人工整理）".into();
    }
    titles.get(graph).cloned().or_else(|| article_doc(graph)).unwrap_or_else(|| compact(graph))
}

fn type_name(zh: &HashMap<String, String>, iri: &str) -> String {
    zh.get(iri).cloned().unwrap_or_else(|| compact(iri).trim_start_matches("tupu:").to_string())
}

fn predicate_name(zh: &HashMap<String, String>, iri: &str) -> String {
    zh.get(iri).cloned().unwrap_or_else(|| compact(iri))
}

/// (type, label) of an entity IRI `…/id/{Type}/{label}`.
fn entity_name(iri: &str) -> (String, String) {
    let compacted = compact(iri);
    match compacted.strip_prefix("id:").and_then(|rest| rest.split_once('/')) {
        Some((kind, label)) => (kind.to_string(), label.to_string()),
        None => (String::new(), compacted),
    }
}

fn entity_href(iri: &str) -> String {
    format!("/entity?iri={}", url_encode(iri))
}

fn url_encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The value of a term: a literal's lexical form, an IRI's text.
fn value(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    }
}

/// One parameter of a URL query string.
fn param(raw: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(raw?.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn search_form(q: &str) -> String {
    format!(
        "<form class=\"search\" action=\"/search\" method=\"get\">\
         <input type=\"search\" name=\"q\" value=\"{}\" placeholder=\"实体名称或别名，简体繁体均可，如 通义千问、通義千問、Qwen\" autofocus>\
         <button type=\"submit\">搜索</button></form>",
        escape(q)
    )
}

const STYLE: &str = "
*{box-sizing:border-box}
body{margin:0;font-family:'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif;
 font-size:16px;line-height:1.6;color:#1f2933;background:#f6f7f9}
header{background:#23395d;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.5rem;align-items:baseline}
header a{color:#fff;text-decoration:none}header .brand{font-weight:700;font-size:1.2rem}
main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{margin:.8rem 0 .2rem;font-size:1.8rem}h2{margin-top:1.8rem;font-size:1.25rem;border-bottom:1px solid #d5dbe3}
a{color:#1d5fbf}
.search{display:flex;gap:.5rem;margin:1rem 0}
.search input{flex:1;font-size:1.05rem;padding:.45rem .7rem;border:1px solid #b8c2cf;border-radius:6px}
button{font-size:1rem;padding:.45rem 1.1rem;border:0;border-radius:6px;background:#23395d;color:#fff;cursor:pointer}
.muted{color:#66758a}.tag{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:4px;background:#e3ebf7;color:#23395d}
.chip{display:inline-block;margin:.1rem .2rem;padding:.05rem .6rem;border-radius:999px;background:#e3ebf7;text-decoration:none}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
th,td{border:1px solid #dde3ea;padding:.35rem .55rem;text-align:left;vertical-align:top}
th{background:#eef2f7}td.rel{white-space:nowrap;color:#23395d}td.num{white-space:nowrap;text-align:right}
.ev+.ev{margin-top:.3rem;border-top:1px dashed #e2e7ee;padding-top:.3rem}
q{quotes:'「' '」'}.src{font-size:.82rem;color:#66758a}
.nbh{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:.5rem;overflow-x:auto}
.nbh svg{max-width:100%;max-height:75vh;width:auto;height:auto}
textarea{width:100%;font-family:'Noto Sans Mono CJK SC',ui-monospace,monospace;font-size:.95rem;padding:.5rem;border:1px solid #b8c2cf;border-radius:6px}
pre.error{white-space:pre-wrap;background:#fdecea;border:1px solid #f5c2bd;padding:.6rem;border-radius:6px}
.hits li{margin:.3rem 0}.answer{font-size:1.4rem}
.first{font-size:.82rem;color:#66758a}span.conflict,b.conflict{color:#d0342c}tr.conflict td:first-child{border-left:3px solid #d0342c}
h3{font-size:1.05rem;margin:1rem 0 .3rem}
";

fn page(title: &str, body: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head>\
         <body><header><a class=\"brand\" href=\"/\">图谱 tupu</a><a href=\"/\">搜索</a><a href=\"/query\">SPARQL</a></header>\
         <main>{body}</main></body></html>\n",
        escape(title)
    );
    let mut response = Html(html).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("ASCII"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<a href=\"x\">西&'</a>"), "&lt;a href=&quot;x&quot;&gt;西&amp;&#39;&lt;/a&gt;");
    }

    #[test]
    fn names_entities_from_their_iris() {
        let iri = crate::rdf::entity_iri(crate::EntityType::Deployment, "西小服");
        assert_eq!(entity_name(iri.as_str()), ("Deployment".to_string(), "西小服".to_string()));
        assert_eq!(entity_href("https://tupu.dev/id/A/b"), "/entity?iri=https%3A%2F%2Ftupu.dev%2Fid%2FA%2Fb");
    }

    #[test]
    fn dot_labels_are_quoted_safely() {
        let mut related = BTreeMap::new();
        related.insert(
            (true, "https://tupu.dev/ontology#usesModel".to_string(), "https://tupu.dev/id/Model/a%22b".to_string()),
            Related {
                outgoing: true,
                predicate: "https://tupu.dev/ontology#usesModel".into(),
                other: "https://tupu.dev/id/Model/a%22b".into(),
                name: "a\"b".into(),
                evidence: BTreeSet::new(),
            },
        );
        let zh = HashMap::from([("https://tupu.dev/ontology#usesModel".to_string(), "使用模型".to_string())]);
        let dot = neighbourhood_dot("https://tupu.dev/id/Deployment/x", "西\"小服", &related, &zh);
        assert!(dot.contains("n0 [label=\"西\\\"小服\""), "{dot}");
        assert!(dot.contains("n1 [label=\"a\\\"b\""), "{dot}");
        assert!(dot.contains("n0 -> n1 [label=\"使用模型\"]"), "{dot}");
    }
}
