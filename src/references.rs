//! The references between Fluent messages and terms of one locale, checked when the locale is
//! loaded: a reference to a message, term or attribute that the locale does not define, and a
//! cycle of references, are errors at the `.ftl` line and column of the reference.
//!
//! Fluent finds these only when it formats a message, and then reports them wherever the
//! message was asked for (a template, once per circular) and only in the variant it happened
//! to select; walking every message's references at load finds each problem once, where the
//! translator must edit.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;

use crate::diag::{Diagnostic, Diagnostics, line_col};
use crate::lang::Lang;

/// A message (`id`) or a term (`-id`), where it is defined, its attributes and its references.
struct Entry {
    file: PathBuf,
    line: u64,
    column: u64,
    attributes: BTreeSet<String>,
    refs: Vec<Ref>,
}

/// One reference: to `target` (`id` or `-id`), maybe to one of its attributes, at its place.
struct Ref {
    target: String,
    attribute: Option<String>,
    line: u64,
    column: u64,
}

/// Checks the references of every entry of `sources`, the Fluent files of `lang`. Entries that
/// do not parse are left to the syntax errors.
pub fn check(lang: Lang, sources: &[(PathBuf, String)]) -> Diagnostics {
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    let mut broken = BTreeSet::new();
    for (file, text) in sources {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in &resource.body {
            let (key, id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), &m.id, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), &t.id, Some(&t.value), &t.attributes),
                ast::Entry::Junk { content } => {
                    if let Some((id, _)) = content.split_once('=') {
                        broken.insert(id.trim().to_string());
                    }
                    continue;
                }
                _ => continue,
            };
            let (line, column) = line_col(text, offset_in(text, id.name));
            let mut refs = Vec::new();
            if let Some(p) = value {
                pattern_refs(text, p, &mut refs);
            }
            for a in attributes {
                pattern_refs(text, &a.value, &mut refs);
            }
            // A second definition is reported by the loader; the first one stands.
            entries.entry(key).or_insert(Entry {
                file: file.clone(),
                line,
                column,
                attributes: attributes.iter().map(|a| a.id.name.to_string()).collect(),
                refs,
            });
        }
    }

    let mut diags = Diagnostics::default();
    for (key, e) in &entries {
        for r in &e.refs {
            let what = if r.target.starts_with('-') { "term" } else { "message" };
            let problem = match entries.get(&r.target) {
                None if broken.contains(&r.target) => None,
                None => Some(format!(
                    "`{key}` refers to the {what} `{}`, which locales/{lang}/ does not define",
                    r.target
                )),
                Some(t) => match &r.attribute {
                    Some(a) if !t.attributes.contains(a) => Some(format!(
                        "`{key}` refers to the attribute `{}.{a}`, which the {what} does not have",
                        r.target
                    )),
                    _ => None,
                },
            };
            if let Some(m) = problem {
                diags.push(Diagnostic::new(&e.file, r.line, r.column, m).in_lang(lang));
            }
        }
    }
    for cycle in cycles(&entries) {
        // Reported once, at the reference by which the cycle's first entry (in file order)
        // enters it.
        let first = &cycle[0];
        let next = &cycle[1 % cycle.len()];
        let e = &entries[first];
        let r = e
            .refs
            .iter()
            .find(|r| &r.target == next)
            .expect("a cycle follows references");
        let path: Vec<&str> = cycle.iter().chain([first]).map(String::as_str).collect();
        let message = if cycle.len() == 1 {
            format!("`{first}` refers to itself")
        } else {
            format!("`{first}` refers to itself through others: {}", path.join(" → "))
        };
        diags.push(
            Diagnostic::new(&e.file, r.line, r.column, message)
                .in_lang(lang)
                .note("Fluent cannot format a message that needs itself"),
        );
    }
    diags
}

/// Every cycle of references, one per strongly connected group, each as the path from its
/// first entry (by file and position) back to it.
fn cycles(entries: &BTreeMap<String, Entry>) -> Vec<Vec<String>> {
    let edges = |k: &str| -> Vec<&str> {
        entries[k]
            .refs
            .iter()
            .map(|r| r.target.as_str())
            .filter(|t| entries.contains_key(*t))
            .collect()
    };
    // Tarjan's algorithm, iterative so that a long chain of references cannot overflow.
    let keys: Vec<&str> = entries.keys().map(String::as_str).collect();
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut low: BTreeMap<&str, usize> = BTreeMap::new();
    let mut on_stack = BTreeSet::new();
    let mut stack: Vec<&str> = Vec::new();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut counter = 0;
    for &start in &keys {
        if index.contains_key(start) {
            continue;
        }
        let mut work: Vec<(&str, usize)> = vec![(start, 0)];
        index.insert(start, counter);
        low.insert(start, counter);
        counter += 1;
        stack.push(start);
        on_stack.insert(start);
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            let out = edges(v);
            if *i < out.len() {
                let w = out[*i];
                *i += 1;
                if !index.contains_key(w) {
                    index.insert(w, counter);
                    low.insert(w, counter);
                    counter += 1;
                    stack.push(w);
                    on_stack.insert(w);
                    work.push((w, 0));
                } else if on_stack.contains(w) {
                    let l = low[v].min(index[w]);
                    low.insert(v, l);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                let l = low[parent].min(low[v]);
                low.insert(parent, l);
            }
            if low[v] == index[v] {
                let mut group = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack.remove(w);
                    group.push(w);
                    if w == v {
                        break;
                    }
                }
                groups.push(group);
            }
        }
    }
    let place = |k: &str| {
        let e = &entries[k];
        (e.file.clone(), e.line, e.column)
    };
    let mut out = Vec::new();
    for group in groups {
        let members: BTreeSet<&str> = group.iter().copied().collect();
        let self_loop = group.len() == 1 && edges(group[0]).contains(&group[0]);
        if group.len() < 2 && !self_loop {
            continue;
        }
        let first = *group.iter().min_by_key(|k| place(k)).expect("a group has members");
        out.push(path_back(first, &members, &edges));
    }
    out.sort_by_key(|c| place(&c[0]));
    out
}

/// A shortest path of references from `first` back to itself within `members`, without the
/// repeated end: `[a, b]` for a → b → a.
fn path_back<'a>(first: &'a str, members: &BTreeSet<&'a str>, edges: &dyn Fn(&str) -> Vec<&'a str>) -> Vec<String> {
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([first]);
    while let Some(v) = queue.pop_front() {
        for w in edges(v) {
            if !members.contains(w) {
                continue;
            }
            if w == first {
                let mut path = vec![v];
                while let Some(&p) = came_from.get(path.last().expect("not empty")) {
                    path.push(p);
                }
                path.reverse();
                if path[0] != first {
                    path.insert(0, first);
                }
                return path.into_iter().map(str::to_string).collect();
            }
            if w != first && !came_from.contains_key(w) {
                came_from.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    vec![first.to_string()]
}

fn offset_in(source: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .checked_sub(source.as_ptr() as usize)
        .filter(|o| o + part.len() <= source.len())
        .unwrap_or(0)
}

fn pattern_refs(source: &str, p: &ast::Pattern<&str>, out: &mut Vec<Ref>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_refs(source, expression, out);
        }
    }
}

fn expression_refs(source: &str, e: &ast::Expression<&str>, out: &mut Vec<Ref>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_refs(source, selector, out);
            for v in variants {
                pattern_refs(source, &v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_refs(source, i, out),
    }
}

fn inline_refs(source: &str, e: &ast::InlineExpression<&str>, out: &mut Vec<Ref>) {
    let mut push = |target: String, id: &ast::Identifier<&str>, attribute: &Option<ast::Identifier<&str>>| {
        // A term is written `-id`: the position is the dash's.
        let at = offset_in(source, id.name);
        let at = if target.starts_with('-') {
            at.saturating_sub(1)
        } else {
            at
        };
        let (line, column) = line_col(source, at);
        out.push(Ref {
            target,
            attribute: attribute.as_ref().map(|a| a.name.to_string()),
            line,
            column,
        });
    };
    match e {
        ast::InlineExpression::MessageReference { id, attribute } => push(id.name.to_string(), id, attribute),
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            push(format!("-{}", id.name), id, attribute);
            if let Some(a) = arguments {
                call_refs(source, a, out);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call_refs(source, arguments, out),
        ast::InlineExpression::Placeable { expression } => expression_refs(source, expression, out),
        _ => {}
    }
}

fn call_refs(source: &str, a: &ast::CallArguments<&str>, out: &mut Vec<Ref>) {
    for p in &a.positional {
        inline_refs(source, p, out);
    }
    for n in &a.named {
        inline_refs(source, &n.value, out);
    }
}

/// For tests: the diagnostics of one file's text.
#[cfg(test)]
fn check_one(text: &str) -> Vec<(u64, u64, String)> {
    check(Lang::Fr, &[(PathBuf::from("locales/fr/a.ftl"), text.to_string())])
        .0
        .into_iter()
        .map(|d| (d.line, d.column, d.message))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_messages_terms_and_attributes_are_reported_at_the_reference() {
        let d = check_one("a = x { b } { -t } { c.title }\nc = y\n    .alt = z\n");
        assert_eq!(
            d,
            [
                (
                    1,
                    9,
                    "`a` refers to the message `b`, which locales/fr/ does not define".to_string()
                ),
                (
                    1,
                    15,
                    "`a` refers to the term `-t`, which locales/fr/ does not define".to_string()
                ),
                (
                    1,
                    22,
                    "`a` refers to the attribute `c.title`, which the message does not have".to_string()
                ),
            ]
        );
        assert!(check_one("a = { -t(case: \"x\") } { b.alt }\n-t = T\nb = B\n    .alt = A\n").is_empty());
    }

    #[test]
    fn a_cycle_is_reported_once_where_it_starts() {
        let d =
            check_one("a = { b }\nb = { $n ->\n    [one] { c }\n   *[other] x\n}\nc = { a }\nd = { d }\ne = { a }\n");
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!((d[0].0, d[0].1), (1, 7));
        assert_eq!(d[0].2, "`a` refers to itself through others: a → b → c → a");
        assert_eq!((d[1].0, d[1].1), (7, 7));
        assert_eq!(d[1].2, "`d` refers to itself");
    }
}
