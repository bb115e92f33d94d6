//! The browser view: pages over real HTTP, and a headless Chromium driven
//! through chromedriver's W3C WebDriver protocol.

use crate::serve::{client, encode, free_port, get, reply, sample_store, tool_available, Server};
use serde_json::{json, Value};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

#[test]
fn pages_find_entities_by_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    // A relation the samples only report (hedged), never assert.
    let hedged = crate::query_rows(
        &store,
        "SELECT ?s ?o WHERE { GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; tupu:hedged true .
           FILTER(STRSTARTS(STR(?p), STR(tupu:)) && STRSTARTS(STR(?o), STR(id:))) FILTER NOT EXISTS { ?s ?p ?o } } }
         ORDER BY ?s ?o LIMIT 1",
    );
    assert_eq!(hedged.len(), 1, "the samples have a hedged relation");
    let server = Server::start(&store, &[]);
    let with_dot = tool_available("dot", &["-V"]);

    let home = get(&server.url("/"), "text/html");
    assert_eq!(home.status, 200);
    assert!(home.content_type.starts_with("text/html"), "{}", home.content_type);
    assert!(home.body.contains("<input type=\"search\" name=\"q\""), "{}", home.body);
    assert!(!home.body.contains("http://") && !home.body.contains("https://"), "no outside resources: {}", home.body);

    // 西小服, searched as written: its page, with each relation's sentence
    // and article.
    let page = get(&server.url(&format!("/search?q={}", encode("西小服"))), "text/html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1>西小服</h1>"), "{}", page.body);
    assert!(page.body.contains("<span class=\"tag\">应用落地</span>"), "type shown");
    for expected in
        ["使用模型 →", "通义千问", "西湖区依托阿里云「通义千问」大模型开发了「西小服」AI专员", "zz_xixiaofu.txt"]
    {
        assert!(page.body.contains(expected), "no `{expected}` on the page");
    }
    if with_dot {
        assert!(page.body.contains("<svg") && page.body.contains("使用模型</text>"), "neighbourhood drawn");
    }

    // 通義千問 in traditional characters finds 通义千问, with relations from
    // the samples (traditional and simplified articles alike).
    let page = get(&server.url(&format!("/search?q={}", encode("通義千問"))), "text/html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1>通义千问</h1>"), "{}", page.body);
    assert!(page.body.contains("通義千問"), "the traditional alias is listed");
    assert!(page.body.contains("西小服") && page.body.contains("阿里巴巴"), "relations in both directions");
    assert!(page.body.contains("a4_taiwan_trad.txt"), "evidence from the traditional article");

    // A partial name lists candidates; markup in a query is escaped.
    let list = get(&server.url(&format!("/search?q={}", encode("千问"))), "text/html");
    assert_eq!(list.status, 200);
    assert!(list.body.contains("通义千问"), "{}", list.body);
    let hostile = get(&server.url(&format!("/search?q={}", encode("<script>x</script>"))), "text/html");
    assert_eq!(hostile.status, 200);
    assert!(hostile.body.contains("&lt;script&gt;") && !hostile.body.contains("<script>"), "{}", hostile.body);

    // The SPARQL page shows a results table.
    let query = "SELECT ?label WHERE { ?d tupu:usesModel ?m ; rdfs:label ?label } ORDER BY ?label";
    let results = get(&server.url(&format!("/query?q={}", encode(query))), "text/html");
    assert_eq!(results.status, 200);
    assert!(results.body.contains("<textarea name=\"q\""), "editor box");
    assert!(results.body.contains("<th>label</th>") && results.body.contains("<td>西小服</td>"), "{}", results.body);
    let broken = get(&server.url(&format!("/query?q={}", encode("SELECT ?x {"))), "text/html");
    assert_eq!(broken.status, 400);
    assert!(broken.body.contains("SPARQL syntax error"), "{}", broken.body);

    // The hedged relation is on its subject's page, apart from the others.
    let page = get(&server.url(&format!("/entity?iri={}", encode(&hedged[0][0]))), "text/html");
    assert_eq!(page.status, 200);
    let (asserted, reported) = page.body.split_once("未证实的关系").expect("a section of reported relations");
    let object = hedged[0][1].rsplit('/').next().unwrap();
    let object = format!(">{}</a>", tupu::rdf::percent_decode(object));
    assert!(reported.contains(&object), "{object} in {reported}");
    assert!(!asserted.split("<h2>关系（").nth(1).unwrap_or_default().contains(&object), "{object} not asserted");

    let unknown = get(&server.url(&format!("/entity?iri={}", encode("https://tupu.dev/id/Model/none"))), "text/html");
    assert_eq!(unknown.status, 404);
}

/// chromedriver, stopped when dropped.
struct Driver {
    child: Child,
    base: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let response = match (method, body) {
            ("GET", _) => client().get(&url).call(),
            ("DELETE", _) => client().delete(&url).call(),
            (_, body) => client()
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.unwrap_or_else(|| json!({})).to_string()),
        };
        let reply = reply(response);
        assert_eq!(reply.status, 200, "{method} {path}: {}", reply.body);
        serde_json::from_str::<Value>(&reply.body).unwrap()["value"].clone()
    }
}

#[test]
fn chromium_searches_and_shows_relations() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    if !tool_available("/usr/bin/chromedriver", &["--version"]) || !tool_available("/usr/bin/chromium", &["--version"])
    {
        return;
    }
    let server = Server::start(&store, &[]);
    let driver = chromedriver();
    let profile = tempfile::tempdir().unwrap();
    let id = new_session(&driver, profile.path(), "1280,1000");
    // Dropped before the driver, even when an assertion fails: the browser
    // quits instead of outliving chromedriver.
    let _session = Session { driver: &driver, id: id.clone() };
    let s = |path: &str| format!("/session/{id}{path}");
    driver.call("POST", &s("/url"), Some(json!({"url": server.url("/")})));
    let element = |css: &str| -> String {
        let found = driver.call("POST", &s("/element"), Some(json!({"using": "css selector", "value": css})));
        found["element-6066-11e4-a52e-4f735466cecf"]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {found}"))
            .to_string()
    };
    let input = element("input[name=q]");
    driver.call("POST", &s(&format!("/element/{input}/value")), Some(json!({"text": "西小服"})));
    let button = element("form.search button");
    driver.call("POST", &s(&format!("/element/{button}/click")), None);
    let mut url = String::new();
    for _ in 0..100 {
        url = driver.call("GET", &s("/url"), None).as_str().unwrap_or_default().to_string();
        if url.contains("/entity?") {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(url.contains("/entity?"), "the search did not lead to the entity page: {url}");
    let title = driver.call("GET", &s("/title"), None);
    assert_eq!(title, "西小服 · tupu");
    // The relations, as the browser rendered them.
    let cells = driver.call("POST", &s("/elements"), Some(json!({"using": "css selector", "value": "td.rel"})));
    let mut relations = Vec::new();
    for cell in cells.as_array().unwrap() {
        let cell = cell["element-6066-11e4-a52e-4f735466cecf"].as_str().unwrap();
        relations.push(driver.call("GET", &s(&format!("/element/{cell}/text")), None).as_str().unwrap().to_string());
    }
    assert!(relations.iter().any(|r| r == "使用模型 →"), "{relations:?}");
    let source = driver.call("GET", &s("/source"), None);
    assert!(source.as_str().unwrap().contains("通义千问"));

    let png = driver.call("GET", &s("/screenshot"), None);
    use base64::Engine as _;
    let png = base64::engine::general_purpose::STANDARD.decode(png.as_str().unwrap()).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG screenshot");
    // docs/serve.png in the README is a copy of this file.
    std::fs::write(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve.png"), &png).unwrap();
}

/// A WebDriver session, deleted (the browser quits) when dropped.
struct Session<'a> {
    driver: &'a Driver,
    id: String,
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = client().delete(&format!("{}/session/{}", self.driver.base, self.id)).call();
    }
}

/// Three articles written for this test: 豆包App's monthly active users in
/// January (one article) and March (two articles that disagree).
pub const DOUBAO_ARTICLES: [(&str, &str); 3] = [
    (
        "doubao_jan.txt",
        "豆包App一月用户数据公布\n2025-02-10\n\n字节跳动旗下的豆包App在2025年1月的月活跃用户达到7500万，环比继续上升。\n",
    ),
    ("doubao_mar.txt", "豆包App三月用户数据\n2025-04-08\n\n第三方机构统计，豆包App在2025年3月的月活跃用户达到1亿。\n"),
    (
        "doubao_mar_other.txt",
        "另一份统计：豆包App三月用户\n2025-04-20\n\n另一家数据公司给出的数字不同：豆包App在2025年3月的月活跃用户为8000万。\n",
    ),
];

/// A store of [`DOUBAO_ARTICLES`].
pub fn doubao_store(dir: &std::path::Path) -> std::path::PathBuf {
    let mut paths = Vec::new();
    for (name, text) in DOUBAO_ARTICLES {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    let store = dir.join("store");
    let mut args = vec!["ingest", "--store", crate::path_str(&store)];
    args.extend(paths.iter().map(|p| crate::path_str(p)));
    let run = crate::tupu(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    store
}

/// The timeline of the entity page: a point per month, linked to the rows
/// that list its articles; the disputed March marked; drawn by Chromium.
#[test]
fn chromium_draws_the_timeline_of_a_metric() {
    let dir = tempfile::tempdir().unwrap();
    let store = doubao_store(dir.path());
    let server = Server::start(&store, &[]);
    let iri = tupu::rdf::entity_iri(tupu::EntityType::Product, "豆包App").into_string();
    let iri = iri.as_str();

    // Over HTTP: the SVG is in the page, with no script.
    let page = get(&server.url(&format!("/entity?iri={}", encode(iri))), "text/html");
    assert_eq!(page.status, 200, "{}", page.body);
    let svg =
        page.body.split("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\"").nth(1).expect("a timeline");
    let svg = svg.split("</svg>").next().unwrap();
    assert!(!page.body.contains("<script"), "no script");
    assert!(svg.contains("月活跃用户数（monthlyActiveUsers） · users"), "{svg}");
    assert_eq!(svg.matches("class=\"point\"").count(), 1, "January agrees: {svg}");
    assert_eq!(svg.matches("class=\"point conflict\"").count(), 1, "March's consolidated point is marked: {svg}");
    assert_eq!(svg.matches("class=\"point conflict other\"").count(), 1, "and the other March value: {svg}");
    assert!(svg.contains("data-period=\"2025-01\" data-value=\"75000000\""), "{svg}");
    assert!(svg.contains("data-value=\"100000000\"") && svg.contains("data-value=\"80000000\""), "{svg}");
    // Each point links to the row that lists its sources.
    for anchor in svg.split("<a href=\"#").skip(1).map(|a| a.split('"').next().unwrap()) {
        let row = page.body.split(&format!("<tr id=\"{anchor}\"")).nth(1).expect("the row of a point");
        let row = row.split("</tr>").next().unwrap();
        assert!(row.contains("doubao_"), "{row}");
    }
    let march = page.body.split("<tr id=\"fig-1\" class=\"conflict\">").nth(1).expect("March conflicts");
    let march = march.split("</tr>").next().unwrap();
    for expected in [
        "doubao_mar.txt",
        "doubao_mar_other.txt",
        "2025-04-08",
        "第三方机构统计，豆包App在2025年3月的月活跃用户达到1亿。",
    ] {
        assert!(march.contains(expected), "no {expected} in {march}");
    }
    // The relation shows the date of the first article that states it.
    assert!(page.body.contains("首见于 <time>2025-02-10</time>"), "{}", page.body);

    if !tool_available("/usr/bin/chromedriver", &["--version"]) || !tool_available("/usr/bin/chromium", &["--version"])
    {
        return;
    }
    let driver = chromedriver();
    let profile = tempfile::tempdir().unwrap();
    let id = new_session(&driver, profile.path(), "1100,1400");
    let _session = Session { driver: &driver, id: id.clone() };
    let s = |path: &str| format!("/session/{id}{path}");
    driver.call("POST", &s("/url"), Some(json!({"url": server.url(&format!("/entity?iri={}", encode(iri)))})));
    let elements = |css: &str| -> Vec<String> {
        let found = driver.call("POST", &s("/elements"), Some(json!({"using": "css selector", "value": css})));
        found
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["element-6066-11e4-a52e-4f735466cecf"].as_str().unwrap().to_string())
            .collect()
    };
    let timelines = elements("svg.timeline");
    assert_eq!(timelines.len(), 1);
    let rect = driver.call("GET", &s(&format!("/element/{}/rect", timelines[0])), None);
    assert!(rect["width"].as_f64().unwrap() > 300.0 && rect["height"].as_f64().unwrap() > 100.0, "{rect}");
    // Three points drawn: each a visible circle; the conflicting ones red.
    let circles = elements("svg.timeline a.point circle");
    assert!(circles.len() >= 3, "{circles:?}");
    for circle in &circles {
        let displayed = driver.call("GET", &s(&format!("/element/{circle}/displayed")), None);
        assert_eq!(displayed, true);
    }
    let conflicting = elements("svg.timeline a.conflict");
    assert_eq!(conflicting.len(), 2);
    let other = elements("svg.timeline a.other circle");
    let fill = driver.call("GET", &s(&format!("/element/{}/attribute/fill", other[0])), None);
    assert_eq!(fill, "#d0342c");
    // Following a point goes to its sources.
    let point = elements("svg.timeline a.point")[0].clone();
    driver.call("POST", &s(&format!("/element/{point}/click")), None);
    let url = driver.call("GET", &s("/url"), None).as_str().unwrap_or_default().to_string();
    assert!(url.contains("#fig-"), "{url}");

    let png = driver.call("GET", &s(&format!("/element/{}/screenshot", timelines[0])), None);
    use base64::Engine as _;
    let png = base64::engine::general_purpose::STANDARD.decode(png.as_str().unwrap()).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG screenshot");
    // docs/timeline.png in the README is a copy of this file.
    std::fs::write(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("timeline.png"), &png).unwrap();
}

/// chromedriver on a free port, once it listens (polled; the tests assert
/// no timing).
fn chromedriver() -> Driver {
    let port = free_port();
    let child = Command::new("/usr/bin/chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver { child, base: format!("http://127.0.0.1:{port}") };
    let mut ready = false;
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(ready, "chromedriver did not listen on {port}");
    driver
}

/// A headless Chromium session of `window` size (`W,H`) whose profile lives
/// in `profile`; its id.
fn new_session(driver: &Driver, profile: &std::path::Path, window: &str) -> String {
    let session = driver.call(
        "POST",
        "/session",
        Some(json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-dev-shm-usage", format!("--window-size={window}"), "--lang=zh-CN",
                         format!("--user-data-dir={}", profile.display())]
            }
        }}})),
    );
    session["sessionId"].as_str().expect("a session").to_string()
}
