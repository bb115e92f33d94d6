//! Timelines of the entity page: each metric of an entity over its
//! periods, as an SVG drawn on the server (no script).
//!
//! One chart per metric and unit that has a dated figure. The x axis is
//! time (a period at its middle: 2025 → mid-2025, 2025-Q1 → mid-February),
//! the y axis the value from zero. The consolidated values are joined by a
//! line; every value of a period is a point linked to the row of the
//! figures table (`#fig-N`) that lists its articles and sentences, and
//! points of a period whose articles disagree are marked (red, with a ring
//! around the consolidated one).

use super::browser::escape;
use crate::facts::{show_number, Figure};
use std::fmt::Write as _;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 92.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 46.0;

/// A chart of `figures` (one metric and unit of one entity; undated ones
/// are skipped); `anchor(i)` is the fragment of figure `i`'s row. `None`
/// when no figure has a period.
pub(crate) fn svg(title: &str, figures: &[Figure], anchor: impl Fn(usize) -> String) -> Option<String> {
    let dated: Vec<(usize, f64)> = figures.iter().enumerate().filter_map(|(i, f)| Some((i, f.time()?))).collect();
    if dated.is_empty() {
        return None;
    }
    let (t0, t1) = dated.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &(_, t)| (lo.min(t), hi.max(t)));
    let (t0, t1) = if t1 - t0 < 1e-9 { (t0 - 0.5, t1 + 0.5) } else { (t0 - (t1 - t0) * 0.08, t1 + (t1 - t0) * 0.08) };
    let all = dated.iter().flat_map(|&(i, _)| figures[i].values.iter().map(|v| v.value));
    let (lo, hi) = all.fold((0.0f64, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let hi = if hi <= lo { lo + 1.0 } else { hi + (hi - lo) * 0.1 };
    let x = |t: f64| LEFT + (t - t0) / (t1 - t0) * (WIDTH - LEFT - RIGHT);
    let y = |v: f64| TOP + (hi - v) / (hi - lo) * (HEIGHT - TOP - BOTTOM);

    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>",
        t = escape(title)
    );
    // Axes and three value ticks.
    let (x0, x1, yb) = (LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM);
    let _ = write!(s, "<line x1=\"{x0}\" y1=\"{TOP}\" x2=\"{x0}\" y2=\"{yb}\" stroke=\"#8a97a8\"/>");
    let _ = write!(s, "<line x1=\"{x0}\" y1=\"{yb}\" x2=\"{x1}\" y2=\"{yb}\" stroke=\"#8a97a8\"/>");
    for k in 0..=2 {
        let v = lo + (hi - lo) * f64::from(k) / 2.0;
        let yy = y(v);
        let _ = write!(
            s,
            "<line x1=\"{x0}\" y1=\"{yy:.1}\" x2=\"{x1}\" y2=\"{yy:.1}\" stroke=\"#e3e8ef\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#66758a\">{}</text>",
            x0 - 6.0,
            yy + 4.0,
            escape(&short_number(v))
        );
    }
    // The line through the consolidated values, in time order.
    let mut line: Vec<(f64, f64)> = dated.iter().map(|&(i, t)| (t, figures[i].value)).collect();
    line.sort_by(|a, b| a.0.total_cmp(&b.0));
    if line.len() > 1 {
        let points: Vec<String> = line.iter().map(|&(t, v)| format!("{:.1},{:.1}", x(t), y(v))).collect();
        let _ = write!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#1d5fbf\" stroke-width=\"2\"/>",
            points.join(" ")
        );
    }
    // Period labels, then the points on top.
    for &(i, t) in &dated {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#66758a\">{}</text>",
            x(t),
            yb + 16.0,
            escape(figures[i].period.as_deref().unwrap_or(""))
        );
    }
    for &(i, t) in &dated {
        let figure = &figures[i];
        let conflict = figure.is_conflict();
        for (n, value) in figure.values.iter().enumerate() {
            let consolidated = n == 0;
            let class = match (consolidated, conflict) {
                (true, false) => "point",
                (true, true) => "point conflict",
                (false, true) => "point conflict other",
                // Other values of one article alone: not a conflict.
                (false, false) => "point other",
            };
            let fill = match (consolidated, conflict) {
                (true, _) => "#1d5fbf",
                (false, true) => "#d0342c",
                (false, false) => "#9aa5b4",
            };
            let articles: Vec<&str> =
                value.observations.iter().map(|&o| figure.observations[o].article.as_str()).collect();
            let tip = format!(
                "{} {}: {} {}（{} 篇：{}）{}",
                figure.metric,
                figure.period.as_deref().unwrap_or(""),
                show_number(value.value),
                figure.unit,
                value.articles,
                articles.join("、"),
                if conflict { " — 来源不一致" } else { "" }
            );
            let (cx, cy) = (x(t), y(value.value));
            let _ = write!(
                s,
                "<a href=\"#{}\" class=\"{class}\" data-period=\"{}\" data-value=\"{}\"><title>{}</title>",
                escape(&anchor(i)),
                escape(figure.period.as_deref().unwrap_or("")),
                show_number(value.value),
                escape(&tip)
            );
            if consolidated && conflict {
                let _ = write!(s, "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"9\" fill=\"none\" stroke=\"#d0342c\" stroke-width=\"2\"/>");
            }
            let _ = write!(s, "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"5\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"1.5\"/></a>");
        }
    }
    s.push_str("</svg>");
    Some(s)
}

/// 1.2亿, 3369万, 46.4: axis labels short enough for the margin.
pub(crate) fn short_number(v: f64) -> String {
    let a = v.abs();
    let (scaled, suffix) = if a >= 1e12 {
        (v / 1e12, "万亿")
    } else if a >= 1e8 {
        (v / 1e8, "亿")
    } else if a >= 1e4 {
        (v / 1e4, "万")
    } else {
        (v, "")
    };
    let text = format!("{scaled:.2}");
    format!("{}{suffix}", text.trim_end_matches('0').trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{consolidate, Observation};

    fn obs(article: &str, period: &str, value: f64) -> Observation {
        Observation {
            iri: format!("{article}/f"),
            subject: "s".into(),
            label: "X".into(),
            kind: "Product".into(),
            metric: "monthlyActiveUsers".into(),
            unit: "users".into(),
            period: (!period.is_empty()).then(|| period.to_string()),
            value,
            confidence: 0.75,
            article: article.into(),
            published: None,
            sentence: None,
        }
    }

    #[test]
    fn points_link_to_their_rows_and_conflicts_are_marked() {
        let figures = consolidate(vec![
            obs("a.txt", "2025-01", 1e8),
            obs("b.txt", "2025-03", 2e8),
            obs("c.txt", "2025-03", 3e8),
            obs("d.txt", "", 5e8),
        ]);
        let svg = svg("月活", &figures, |i| format!("fig-{i}")).unwrap();
        assert_eq!(svg.matches("class=\"point\"").count(), 1, "{svg}");
        assert_eq!(svg.matches("class=\"point conflict").count(), 2, "{svg}");
        assert!(svg.contains("href=\"#fig-1\"") && svg.contains("href=\"#fig-2\""));
        assert!(!svg.contains("href=\"#fig-0\""), "the undated figure is not plotted");
        assert!(svg.contains("<polyline") && !svg.contains("<script"));
        assert!(svg.contains("data-period=\"2025-03\""));
        assert!(super::svg("x", &figures[..1], |i| i.to_string()).is_none());
    }

    #[test]
    fn short_numbers() {
        assert_eq!(short_number(120_000_000.0), "1.2亿");
        assert_eq!(short_number(33_690_000.0), "3369万");
        assert_eq!(short_number(46.4), "46.4");
        assert_eq!(short_number(0.0), "0");
    }
}
