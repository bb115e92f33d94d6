//! HTML pages → the article as plain text: title, published date, body.
//!
//! The body is the first `<article>`, else `<main>`, else `<body>`, without
//! scripts, styles, navigation, headers, footers, asides, forms and
//! elements whose class or id names boilerplate (`nav`, `share`,
//! `comment`, `related`, `ad` …). Block elements become lines.
//!
//! [`HtmlArticle::to_text`] lays the article out the way plain-text
//! articles are written — the title on the first line, the date on the
//! second, a blank line, then one paragraph per line — so that the rest of
//! the pipeline (title, dateline for 去年/今年, sentences) reads HTML and
//! plain text alike. *Boundary:* provenance offsets of an HTML article
//! index that extracted text, which is also what the store keeps as the
//! article's text; they do not index the HTML source.

use scraper::{ElementRef, Html, Node, Selector};
use std::sync::OnceLock;

/// What an HTML page holds as an article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlArticle {
    pub title: Option<String>,
    /// `YYYY-MM-DD`, from `<meta property="article:published_time">`,
    /// `<meta name="pubdate">` and kin, or the first `<time datetime>`.
    pub published: Option<String>,
    /// One paragraph per line.
    pub body: String,
}

impl HtmlArticle {
    /// Reads a page. Never fails: a page without a body gives an empty one.
    ///
    /// ```
    /// use tupu_extract::normalize::HtmlArticle;
    /// let page = r#"<html><head><title>发布会</title>
    ///   <meta property="article:published_time" content="2025-03-05T10:00:00+08:00">
    ///   <script>var x = 1;</script></head>
    ///   <body><nav>首页 | 科技</nav><p>腾讯发布了混元。</p><footer>版权所有</footer></body></html>"#;
    /// let article = HtmlArticle::parse(page);
    /// assert_eq!(article.title.as_deref(), Some("发布会"));
    /// assert_eq!(article.published.as_deref(), Some("2025-03-05"));
    /// assert_eq!(article.body, "腾讯发布了混元。");
    /// assert_eq!(article.to_text(), "发布会\n2025-03-05\n\n腾讯发布了混元。\n");
    /// ```
    pub fn parse(html: &str) -> HtmlArticle {
        let page = Html::parse_document(html);
        let root = ["article", "main", "body"]
            .iter()
            .find_map(|tag| page.select(&selector(tag)).next())
            .unwrap_or_else(|| page.root_element());
        let mut text = String::new();
        collect_text(root, &mut text);
        let lines: Vec<String> = text
            .lines()
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|line| !line.is_empty())
            .collect();
        let title = page_title(&page);
        // The headline usually opens the body too: keep it once.
        let skip = usize::from(title.as_deref().is_some_and(|t| lines.first().is_some_and(|l| l == t)));
        HtmlArticle { title, published: published_date(&page), body: lines[skip..].join("\n") }
    }

    /// The article as plain text: title, date, blank line, body.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for line in [&self.title, &self.published].into_iter().flatten() {
            out.push_str(line);
            out.push('\n');
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&self.body);
        out.push('\n');
        out
    }
}

/// Whether a file is HTML: by its extension, else by how it starts.
pub fn is_html(extension: Option<&str>, text: &str) -> bool {
    if extension.is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")) {
        return true;
    }
    let head: String = text.trim_start().chars().take(15).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("constant selector parses")
}

const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "head",
    "title",
    "figcaption",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "hr",
    "main",
    "figure",
];

/// Words in a class or id that mark boilerplate.
const BOILERPLATE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "menu",
    "footer",
    "header",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "social",
    "comment",
    "comments",
    "related",
    "recommend",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "copyright",
    "toolbar",
    "banner",
    "popup",
    "cookie",
];

fn is_boilerplate(element: &scraper::node::Element) -> bool {
    if SKIPPED_TAGS.contains(&element.name()) {
        return true;
    }
    let names = element.attr("class").into_iter().chain(element.id());
    names
        .flat_map(|n| n.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .any(|word| BOILERPLATE_WORDS.iter().any(|b| b.eq_ignore_ascii_case(word)))
}

fn collect_text(element: ElementRef<'_>, out: &mut String) {
    let block = BLOCK_TAGS.contains(&element.value().name());
    if block {
        out.push('\n');
    }
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(&text.replace(['\n', '\r'], " ")),
            Node::Element(e) if !is_boilerplate(e) => {
                if let Some(child) = ElementRef::wrap(child) {
                    collect_text(child, out);
                }
            }
            _ => {}
        }
    }
    if block {
        out.push('\n');
    }
}

fn page_title(page: &Html) -> Option<String> {
    let clean = |s: &str| Some(s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty());
    page.select(&selector(r#"meta[property="og:title"]"#))
        .find_map(|m| m.attr("content").and_then(clean))
        .or_else(|| page.select(&selector("title")).find_map(|t| clean(&t.text().collect::<String>())))
        .or_else(|| page.select(&selector("h1")).find_map(|t| clean(&t.text().collect::<String>())))
}

fn published_date(page: &Html) -> Option<String> {
    const METAS: &[&str] = &[
        r#"meta[property="article:published_time"]"#,
        r#"meta[name="pubdate"]"#,
        r#"meta[name="publishdate"]"#,
        r#"meta[name="publish_date"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="date"]"#,
    ];
    let metas: Vec<Selector> = METAS.iter().map(|css| selector(css)).collect();
    let time = selector("time[datetime]");
    metas
        .iter()
        .flat_map(|s| page.select(s))
        .filter_map(|m| m.attr("content"))
        .chain(page.select(&time).filter_map(|t| t.attr("datetime")))
        .find_map(iso_date)
}

/// `2025-03-05T10:00:00+08:00`, `2025/3/5`, `2025年3月5日` → `2025-03-05`.
fn iso_date(value: &str) -> Option<String> {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})").expect("pattern compiles")
    });
    let caps = re.captures(value)?;
    let year: u32 = caps[1].parse().ok()?;
    let month: u32 = caps[2].parse().ok()?;
    let day: u32 = caps[3].parse().ok()?;
    ((1990..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_without_boilerplate() {
        let page = r#"<!DOCTYPE html><html><head><title>百度发布文心 - 某科技网</title>
            <meta name="pubdate" content="2024/3/5"><style>p { color: red }</style></head>
            <body><header>某科技网</header><div class="top-nav">首页</div>
            <article><h1>百度发布文心</h1><p>百度今天发布了
               文心大模型。</p><script>track()</script><div class="share-bar">分享到微博</div>
            <p>去年百度的营收达到1300亿元。<br>第二行</p></article>
            <aside>热门文章</aside><div id="comments">评论</div><footer>版权</footer></body></html>"#;
        let article = HtmlArticle::parse(page);
        assert_eq!(article.title.as_deref(), Some("百度发布文心 - 某科技网"));
        assert_eq!(article.published.as_deref(), Some("2024-03-05"));
        assert_eq!(article.body, "百度发布文心\n百度今天发布了 文心大模型。\n去年百度的营收达到1300亿元。\n第二行");
    }

    #[test]
    fn dates_from_time_elements_and_og_titles() {
        let page = r#"<html><head><meta property="og:title" content="标题"></head><body>
            <p>发布于<time datetime="2023-11-02T08:00">11月2日</time></p></body></html>"#;
        let article = HtmlArticle::parse(page);
        assert_eq!(article.title.as_deref(), Some("标题"));
        assert_eq!(article.published.as_deref(), Some("2023-11-02"));
        assert_eq!(iso_date("2025年3月5日"), Some("2025-03-05".into()));
        assert_eq!(iso_date("yesterday"), None);
        assert_eq!(iso_date("2025-13-05"), None);
    }

    #[test]
    fn html_is_known_by_extension_or_start() {
        assert!(is_html(Some("HTM"), "plain"));
        assert!(is_html(None, "  <!doctype html><p>x"));
        assert!(is_html(Some("txt"), "<html><body>x"));
        assert!(!is_html(Some("txt"), "标题\n<p>不是网页</p>"));
    }

    #[test]
    fn odd_pages_do_not_fail() {
        assert_eq!(HtmlArticle::parse("").body, "");
        assert_eq!(HtmlArticle::parse("<p>未闭合<div>").body, "未闭合");
        assert_eq!(HtmlArticle::parse("<<<>>>&amp;").to_text(), "<<<>>>&\n");
    }
}
