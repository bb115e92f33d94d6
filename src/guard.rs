//! Checks on SPARQL text before it reaches the parser: a query that would
//! take the process down is refused up front, with a message that says why.
//!
//! oxigraph's parser and evaluator recurse once per nested bracket, so a
//! query like `FILTER((((…1…))))` thousands deep overflows the stack of
//! the thread that parses it and aborts the whole process (a server, too).
//! [`check`] counts the bracket depth of the text and refuses anything
//! deeper than [`MAX_NESTING`].
//!
//! Then [`check`] parses the query and refuses two shapes whose evaluation
//! cannot be cancelled in time, because oxigraph looks at the cancellation
//! token only when it reads the store: a product of three or more groups
//! of patterns that share no variable (the last two groups are multiplied
//! in memory) and `REPLACE` applied to the result of another `REPLACE`
//! (each can multiply the length of a string; nested, they build strings
//! of gigabytes before the first solution).
//!
//! ```
//! use tupu::guard::{check, GuardError, MAX_NESTING};
//!
//! assert!(check("SELECT * WHERE { FILTER((1 + (2))) }").is_ok());
//! let deep = format!("ASK {{ FILTER({}1{}) }}", "(".repeat(5000), ")".repeat(5000));
//! assert!(matches!(check(&deep), Err(GuardError::TooDeep { .. })));
//! // Balanced or closing brackets in strings, IRIs and comments are text.
//! assert!(check(&format!("ASK {{ FILTER(\"{}\" != <x:{}>) }} # {}", ")(".repeat(500), "()".repeat(500), ")".repeat(500))).is_ok());
//! ```
//!
//! *Invariant:* the count never underestimates the parser's depth because of
//! text it skips: inside a string, an IRI or a comment an opening bracket
//! still counts and a closing one only cancels an opening one of the same
//! string, IRI or comment. So misreading where a string starts (`<` is both
//! an IRI's start and "less than") can only make the count higher.

use thiserror::Error;

/// The deepest bracket nesting (`(`, `{`, `[` together) a query or update
/// may have. Real queries stay far below; the stack of a thread that
/// parses a query gives out at a few thousand.
pub const MAX_NESTING: usize = 100;

/// Why a query is refused before parsing.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum GuardError {
    #[error("the query nests brackets {depth} deep (at line {line}); at most {max} are allowed")]
    TooDeep { depth: usize, max: usize, line: usize },
    #[error(
        "the query multiplies {groups} groups of patterns that share no variable (a Cartesian product too large \
         to stop in time); join them through a shared variable"
    )]
    Product { groups: usize },
    #[error(
        "the query applies REPLACE to the result of another REPLACE, which can build huge strings; use one REPLACE"
    )]
    NestedReplace,
}

/// Refuses a query or update nested deeper than [`MAX_NESTING`].
pub fn check(sparql: &str) -> Result<(), GuardError> {
    let (depth, line) = nesting_depth(sparql, MAX_NESTING + 1);
    if depth > MAX_NESTING {
        return Err(GuardError::TooDeep { depth, max: MAX_NESTING, line });
    }
    let mut parser = spargebra::SparqlParser::new();
    for (prefix, namespace) in crate::rdf::vocab::PREFIXES {
        parser = parser.with_prefix(*prefix, *namespace).expect("the predeclared namespaces are valid IRIs");
    }
    // A syntax error is the evaluator's to report, with its position.
    let Ok(query) = parser.parse_query(sparql) else { return Ok(()) };
    let pattern = match &query {
        spargebra::Query::Select { pattern, .. }
        | spargebra::Query::Construct { pattern, .. }
        | spargebra::Query::Describe { pattern, .. }
        | spargebra::Query::Ask { pattern, .. } => pattern,
    };
    Shapes::default().visit(pattern)
}

/// The walk of [`check`] over the algebra.
#[derive(Default)]
struct Shapes {
    /// Variables bound to the result of a `REPLACE`.
    replaced: Vec<String>,
    /// The variable of the innermost enclosing `GRAPH ?g`.
    graph: Option<String>,
}

impl Shapes {
    fn visit(&mut self, pattern: &GraphPattern) -> Result<(), GuardError> {
        match pattern {
            GraphPattern::Bgp { .. } | GraphPattern::Path { .. } | GraphPattern::Values { .. } => {}
            GraphPattern::Join { left, right }
            | GraphPattern::Union { left, right }
            | GraphPattern::Minus { left, right } => {
                self.visit(left)?;
                self.visit(right)?;
            }
            GraphPattern::LeftJoin { left, right, expression } => {
                self.visit(left)?;
                self.visit(right)?;
                if let Some(expression) = expression {
                    self.expression(expression)?;
                }
            }
            GraphPattern::Filter { expr, inner } => {
                self.visit(inner)?;
                self.expression(expr)?;
            }
            GraphPattern::Extend { inner, variable, expression } => {
                self.visit(inner)?;
                if self.expression(expression)? {
                    self.replaced.push(variable.to_string());
                }
            }
            GraphPattern::OrderBy { inner, expression } => {
                self.visit(inner)?;
                for order in expression {
                    let (spargebra::algebra::OrderExpression::Asc(e) | spargebra::algebra::OrderExpression::Desc(e)) =
                        order;
                    self.expression(e)?;
                }
            }
            GraphPattern::Group { inner, aggregates, .. } => {
                self.visit(inner)?;
                for (_, aggregate) in aggregates {
                    if let spargebra::algebra::AggregateExpression::FunctionCall { expr, .. } = aggregate {
                        self.expression(expr)?;
                    }
                }
            }
            GraphPattern::Graph { name: NamedNodePattern::Variable(g), inner } => {
                let outer = self.graph.replace(g.to_string());
                let result = self.visit(inner);
                self.graph = outer;
                result?;
            }
            GraphPattern::Graph { inner, .. }
            | GraphPattern::Project { inner, .. }
            | GraphPattern::Distinct { inner }
            | GraphPattern::Reduced { inner }
            | GraphPattern::Slice { inner, .. }
            | GraphPattern::Service { inner, .. } => self.visit(inner)?,
            #[allow(unreachable_patterns)]
            _ => {}
        }
        if matches!(pattern, GraphPattern::Join { .. } | GraphPattern::LeftJoin { .. } | GraphPattern::Bgp { .. }) {
            let mut operands = Vec::new();
            join_operands(pattern, &mut operands, self.graph.as_deref());
            let groups = components(&operands);
            if groups >= 3 {
                return Err(GuardError::Product { groups });
            }
        }
        Ok(())
    }

    /// Refuses a `REPLACE` inside the arguments of another, or over a
    /// variable bound to one; tells whether `expression` calls `REPLACE`.
    fn expression(&self, expression: &spargebra::algebra::Expression) -> Result<bool, GuardError> {
        let text = expression.to_string();
        let chars: Vec<char> = text.chars().collect();
        // Depth of parentheses where each open REPLACE call started.
        let (mut depth, mut open, mut i, mut any) = (0usize, Vec::<usize>::new(), 0, false);
        while i < chars.len() {
            match chars[i] {
                '"' => {
                    i += 1;
                    while i < chars.len() && chars[i] != '"' {
                        i += if chars[i] == '\\' { 2 } else { 1 };
                    }
                }
                '(' => depth += 1,
                ')' => {
                    if open.last() == Some(&depth) {
                        open.pop();
                    }
                    depth = depth.saturating_sub(1);
                }
                'R' if chars[i..].starts_with(&['R', 'E', 'P', 'L', 'A', 'C', 'E', '(']) => {
                    if !open.is_empty() {
                        return Err(GuardError::NestedReplace);
                    }
                    open.push(depth + 1);
                    any = true;
                }
                '?' if !open.is_empty() => {
                    let name: String =
                        chars[i..].iter().take_while(|c| **c == '?' || c.is_alphanumeric() || **c == '_').collect();
                    if self.replaced.contains(&name) {
                        return Err(GuardError::NestedReplace);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Ok(any)
    }
}

use spargebra::algebra::GraphPattern;
use spargebra::term::{NamedNodePattern, TermPattern};

/// The variable sets of the operands of a join group (flattening joins,
/// filters and BINDs); `graph` is the variable of an enclosing `GRAPH ?g`,
/// which every operand shares. Operands without variables and VALUES
/// (bounded by their size) are left out.
fn join_operands(pattern: &GraphPattern, out: &mut Vec<Vec<String>>, graph: Option<&str>) {
    let term = |t: &TermPattern| match t {
        TermPattern::Variable(v) => Some(v.to_string()),
        TermPattern::BlankNode(b) => Some(b.to_string()),
        _ => None,
    };
    let push = |mut vars: Vec<String>, out: &mut Vec<Vec<String>>| {
        if !vars.is_empty() {
            vars.extend(graph.map(str::to_string));
            out.push(vars);
        }
    };
    match pattern {
        GraphPattern::Bgp { patterns } => {
            for t in patterns {
                let predicate = match &t.predicate {
                    NamedNodePattern::Variable(v) => Some(v.to_string()),
                    NamedNodePattern::NamedNode(_) => None,
                };
                push([term(&t.subject), predicate, term(&t.object)].into_iter().flatten().collect(), out);
            }
        }
        GraphPattern::Path { subject, object, .. } => {
            push([term(subject), term(object)].into_iter().flatten().collect(), out)
        }
        GraphPattern::Join { left, right } | GraphPattern::LeftJoin { left, right, .. } => {
            join_operands(left, out, graph);
            join_operands(right, out, graph);
        }
        GraphPattern::Filter { inner, .. } | GraphPattern::Extend { inner, .. } => join_operands(inner, out, graph),
        GraphPattern::Graph { name: NamedNodePattern::Variable(g), inner } => {
            let g = g.to_string();
            join_operands(inner, out, Some(graph.unwrap_or(&g)));
        }
        GraphPattern::Values { .. } => {}
        // Anything else is one operand: its text's variables stand for its own.
        other => {
            let text = other.to_string();
            let vars = text
                .split(|c: char| !(c == '?' || c == '_' || c == ':' || c.is_alphanumeric()))
                .filter(|w| w.starts_with('?') || w.starts_with("_:"))
                .map(str::to_string)
                .collect();
            push(vars, out);
        }
    }
}

/// How many groups of operands share no variable with each other.
fn components(operands: &[Vec<String>]) -> usize {
    let mut parent: Vec<usize> = (0..operands.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..operands.len() {
        for j in i + 1..operands.len() {
            if operands[i].iter().any(|v| operands[j].contains(v)) {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a] = b;
            }
        }
    }
    (0..operands.len()).filter(|&i| root(&mut parent, i) == i).count()
}

/// The deepest bracket nesting of `sparql` and the line where it is first
/// reached; stops counting at `stop`.
fn nesting_depth(sparql: &str, stop: usize) -> (usize, usize) {
    let chars: Vec<char> = sparql.chars().collect();
    let mut count = Counter::default();
    let mut line = 1usize;
    let mut i = 0;
    while i < chars.len() && count.deepest < stop {
        let c = chars[i];
        match c {
            '\n' => line += 1,
            '#' => {
                let mut local = 0;
                while i < chars.len() && chars[i] != '\n' {
                    count.bracket(chars[i], Some(&mut local), line);
                    i += 1;
                }
                continue;
            }
            '"' | '\'' => {
                let long = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                let quote = if long { 3 } else { 1 };
                i += quote;
                let mut local = 0;
                while i < chars.len() {
                    if chars[i] == '\\' {
                        i += 2;
                        continue;
                    }
                    if chars[i] == c && (!long || (chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c))) {
                        i += quote;
                        break;
                    }
                    if chars[i] == '\n' {
                        line += 1;
                        if !long {
                            break;
                        }
                    }
                    count.bracket(chars[i], Some(&mut local), line);
                    i += 1;
                }
                continue;
            }
            '<' => {
                // An IRI when `>` closes it before any character IRIs cannot hold.
                let end = chars[i + 1..]
                    .iter()
                    .position(|&d| d == '>' || d <= ' ' || matches!(d, '<' | '"' | '{' | '}' | '|' | '^' | '`' | '\\'));
                if let Some(end) = end.filter(|&end| chars[i + 1 + end] == '>') {
                    let mut local = 0;
                    for &d in &chars[i + 1..i + 1 + end] {
                        count.bracket(d, Some(&mut local), line);
                    }
                    i += end + 2;
                    continue;
                }
            }
            _ => count.bracket(c, None, line),
        }
        i += 1;
    }
    (count.deepest, count.deepest_line)
}

#[derive(Default)]
struct Counter {
    depth: usize,
    deepest: usize,
    deepest_line: usize,
}

impl Counter {
    /// Counts `c`; `local` is the number of openers of the current string,
    /// IRI or comment (`None` outside them).
    fn bracket(&mut self, c: char, local: Option<&mut usize>, line: usize) {
        match c {
            '(' | '{' | '[' => {
                self.depth += 1;
                if let Some(local) = local {
                    *local += 1;
                }
            }
            ')' | '}' | ']' => match local {
                Some(local) if *local > 0 => {
                    *local -= 1;
                    self.depth -= 1;
                }
                Some(_) => {}
                None => self.depth = self.depth.saturating_sub(1),
            },
            _ => {}
        }
        if self.depth > self.deepest {
            self.deepest = self.depth;
            self.deepest_line = line;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_depth(sparql: &str, expect: usize) {
        assert_eq!(nesting_depth(sparql, usize::MAX).0, expect, "{sparql}");
    }

    #[test]
    fn depths() {
        check_depth("SELECT * WHERE { ?s ?p ?o }", 1);
        check_depth("SELECT * WHERE { FILTER((1)) }", 3);
        check_depth("ASK { [ ?p (1 2) ] }", 3);
        check_depth("ASK { FILTER(\"((((\" = '))))') }", 6);
        check_depth("ASK { FILTER(\"\"\"(\n(\"\"\" = \"\\\"(\") }", 5);
        check_depth("ASK { <http://x/a_(b)> ?p ?o } # ((", 2);
        check_depth("ASK { FILTER(?a < ?b && (?c > 1)) }", 3);
        // Closing brackets in strings cannot cancel openers outside them.
        check_depth("ASK { FILTER((((')))'(((", 8);
        check_depth("ASK { FILTER(?a<'>',(((1))),'x') }", 5);
    }

    #[test]
    fn shapes() {
        let product = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        assert_eq!(check(product), Err(GuardError::Product { groups: 3 }));
        assert_eq!(
            check("ASK { { ?a ?b ?c } { ?d ?e ?f } OPTIONAL { ?g ?h ?i } }"),
            Err(GuardError::Product { groups: 3 })
        );
        assert!(check("SELECT * { ?a ?b ?c . ?d ?e ?f }").is_ok());
        assert!(check("SELECT * { ?a ?p ?b . ?c ?p ?d . ?e ?p ?f }").is_ok());
        assert!(check("SELECT * { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?x ?y ?z } }").is_ok());
        assert!(check("SELECT * { ?a ?b ?c . ?c ?e ?f VALUES ?x { 1 } VALUES ?y { 2 } }").is_ok());
        let nested = "SELECT (STRLEN(REPLACE(REPLACE(\"aa\", \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\")) AS ?n) {}";
        assert_eq!(check(nested), Err(GuardError::NestedReplace));
        let chained = "SELECT ?u { BIND(REPLACE(\"a\", \"a\", \"aa\") AS ?t) BIND(replace(?t, \"a\", \"aa\") AS ?u) }";
        assert_eq!(check(chained), Err(GuardError::NestedReplace));
        assert!(check("SELECT ?u { BIND(\"REPLACE(\" AS ?t) BIND(CONCAT(REPLACE(?t, \"a\", \"b\"), REPLACE(\"x\", \"x\", \"y\")) AS ?u) }").is_ok());
    }

    #[test]
    fn deep_queries_are_refused() {
        let deep = format!("SELECT * WHERE {{ FILTER({}1{}) }}", "(".repeat(5000), ")".repeat(5000));
        assert_eq!(check(&deep), Err(GuardError::TooDeep { depth: MAX_NESTING + 1, max: MAX_NESTING, line: 1 }));
        let braces = format!("SELECT * WHERE {}{}", "{".repeat(300), "}".repeat(300));
        assert!(check(&braces).is_err());
        assert!(check(&format!("ASK {{ FILTER({}1{}) }}", "(".repeat(90), ")".repeat(90))).is_ok());
    }
}
