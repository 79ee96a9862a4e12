//! Translations: one strict Fluent bundle per language, loaded from `locales/<lang>/*.ftl`.
//!
//! Strict means: a syntax error, a message missing from one language, a message one language
//! has that the reference lacks, or a message whose variables differ from the reference's is
//! an error naming the file and line. Formatting a message that does not exist, or with a
//! variable the caller did not give, is an error too, never an English fallback.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::diag::{Diagnostic, Diagnostics, line_col};
use crate::lang::Lang;

/// A value passed to a Fluent message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}

/// What one message looks like in one language, for the cross-language checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub line: u64,
    /// Variables the message (value and attributes) refers to.
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    /// The message's source text, to spot messages left untranslated.
    pub source: String,
    /// The reference's comment says the text is the same in every language (an address, say).
    pub same_everywhere: bool,
    /// Variables the message's comment speaks of (`$case: …`): given to the message whether
    /// or not it uses them, so a language may use one the reference needs not.
    pub declared: BTreeSet<String>,
}

/// Written in a message's comment in the reference locale, this phrase says the text is
/// meant to be the same in every language, so `check` does not flag it as untranslated.
pub const SAME_EVERYWHERE: &str = "Same in all languages";

/// One language's messages.
pub struct Locale {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
    pub messages: BTreeMap<String, MessageInfo>,
    /// Messages present but unreadable (already reported as syntax errors).
    pub broken: BTreeSet<String>,
}

/// All six languages.
pub struct Locales {
    locales: BTreeMap<Lang, Locale>,
}

impl Locales {
    /// Reads `root/dir/<lang>/*.ftl` for the six languages and checks them against the
    /// reference. Diagnostics name files relative to `root`.
    pub fn load(root: &Path, dir: &Path) -> Result<Locales, Diagnostics> {
        let (locales, diags) = Locales::load_all(root, dir);
        diags.into_result().map(|()| locales)
    }

    /// As [`Locales::load`], but returns what could be read together with the problems,
    /// for `check`, which reports warnings even when there are errors.
    pub fn load_all(root: &Path, dir: &Path) -> (Locales, Diagnostics) {
        let mut diags = Diagnostics::default();
        let mut locales = BTreeMap::new();
        for lang in Lang::ALL {
            let mut files = Vec::new();
            let lang_dir = dir.join(lang.code());
            match fs::read_dir(root.join(&lang_dir)) {
                Ok(entries) => {
                    for e in entries.flatten() {
                        let p = lang_dir.join(e.file_name());
                        if p.extension().is_some_and(|x| x == "ftl") {
                            files.push(p);
                        }
                    }
                }
                Err(e) => {
                    diags.push(
                        Diagnostic::whole_file(&lang_dir, format!("cannot read the locale folder: {e}")).in_lang(lang),
                    );
                    continue;
                }
            }
            files.sort();
            let mut sources = Vec::new();
            for f in files {
                match crate::diag::read_source(root, &f) {
                    Ok(text) => sources.push((f, text)),
                    // A file with a few bytes that are not UTF-8 is read as far as it can be:
                    // its messages are there, and only the bad bytes are an error.
                    Err((d, lossy)) => {
                        diags.push(d.in_lang(lang));
                        if let Some(text) = lossy {
                            sources.push((f, text));
                        }
                    }
                }
            }
            locales.insert(lang, Locale::from_sources(lang, sources, &mut diags));
        }
        diags.extend(strays(root, dir));
        let locales = Locales { locales };
        diags.extend(locales.compare_with_reference());
        (locales, diags)
    }

    pub fn get(&self, lang: Lang) -> &Locale {
        &self.locales[&lang]
    }

    /// Warnings: messages whose text is the same as the reference's, likely left
    /// untranslated, unless the reference says they are the same in all languages or they
    /// hold no words (punctuation and placeables only).
    pub fn untranslated(&self) -> Diagnostics {
        let mut diags = Diagnostics::default();
        let reference = self.get(Lang::REFERENCE);
        for (lang, locale) in &self.locales {
            if *lang == Lang::REFERENCE {
                continue;
            }
            for (id, m) in &locale.messages {
                let Some(r) = reference.messages.get(id) else { continue };
                let value = m.source.split_once('=').map_or("", |(_, v)| v);
                // A single word (a place name, "Fax:") may well be the same in two languages.
                let words = strip_placeables(value)
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count();
                // Place names are proper names: many languages write a city as English does.
                let proper_name = id.starts_with("place-");
                if m.source == r.source && !r.same_everywhere && words > 1 && !proper_name {
                    diags.push(
                        Diagnostic::new(&m.file, m.line, 1, format!("message `{id}` is the same as in the reference ({}): is it translated?", Lang::REFERENCE))
                            .in_lang(*lang)
                            .warning()
                            .note(format!("if it is meant to be the same in every language, say \"{SAME_EVERYWHERE}\" in its comment in the reference")),
                    );
                }
            }
        }
        diags
    }

    /// Every language must have exactly the reference's messages, attributes and variables.
    fn compare_with_reference(&self) -> Diagnostics {
        let mut diags = Diagnostics::default();
        let Some(reference) = self.locales.get(&Lang::REFERENCE) else {
            return diags;
        };
        for (lang, locale) in &self.locales {
            if *lang == Lang::REFERENCE {
                continue;
            }
            diags.extend(compare(reference, locale));
        }
        diags
    }
}

/// What `root/dir` holds besides the six languages' folders: a folder of another language
/// (`locales/de/`) or a Fluent file outside any language's folder would never be published,
/// so it is an error rather than left out without a word.
fn strays(root: &Path, dir: &Path) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let Ok(entries) = fs::read_dir(root.join(dir)) else {
        return diags;
    };
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let mut names: Vec<(String, bool)> = entries
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path().is_dir()))
        .collect();
    names.sort();
    for (name, is_dir) in names {
        let rel = dir.join(&name);
        if is_dir && !codes.contains(&name.as_str()) {
            diags.push(
                Diagnostic::whole_file(
                    rel,
                    format!(
                        "`{name}` is not one of the six ITU languages ({}): its messages would never be published",
                        codes.join(", ")
                    ),
                )
                .note("move the folder out of locales/; a language is added to the program first (src/lang.rs)"),
            );
        } else if !is_dir && name.ends_with(".ftl") {
            diags.push(Diagnostic::whole_file(
                rel,
                format!(
                    "a Fluent file outside the languages' folders: move it into locales/<lang>/ ({})",
                    codes.join(", ")
                ),
            ));
        }
    }
    diags
}

/// Differences of `other` from `reference`, reported at the place a translator must edit.
pub fn compare(reference: &Locale, other: &Locale) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let lang = other.lang;
    let folder = |r: &MessageInfo| {
        // The file of the same name in the other locale's folder is where the message belongs.
        let name = r.file.file_name().map(PathBuf::from).unwrap_or_default();
        r.file
            .parent()
            .and_then(Path::parent)
            .map(|p| p.join(lang.code()).join(&name))
            .unwrap_or(name)
    };
    for (id, r) in &reference.messages {
        let Some(m) = other.messages.get(id) else {
            if other.broken.contains(id) {
                continue;
            }
            diags.push(
                Diagnostic::whole_file(folder(r), format!("message `{id}` is missing"))
                    .in_lang(lang)
                    .note(format!(
                        "the reference ({}) has it at {}:{}",
                        Lang::REFERENCE,
                        r.file.display(),
                        r.line
                    )),
            );
            continue;
        };
        for v in r.variables.difference(&m.variables) {
            diags.push(
                Diagnostic::new(&m.file, m.line, 1, format!("message `{id}` does not use the variable `${v}`"))
                    .in_lang(lang)
                    .note("every language must use the variables of the reference; a language that need not vary on it may select on it with only a default variant"),
            );
        }
        for v in m
            .variables
            .difference(&r.variables)
            .filter(|v| !r.declared.contains(*v))
        {
            diags.push(
                Diagnostic::new(
                    &m.file,
                    m.line,
                    1,
                    format!("message `{id}` uses the variable `${v}`, which is never provided"),
                )
                .in_lang(lang),
            );
        }
        for a in r.attributes.difference(&m.attributes) {
            diags.push(
                Diagnostic::new(&m.file, m.line, 1, format!("message `{id}` lacks the attribute `.{a}`")).in_lang(lang),
            );
        }
        for a in m.attributes.difference(&r.attributes) {
            diags.push(
                Diagnostic::new(
                    &m.file,
                    m.line,
                    1,
                    format!("message `{id}` has the obsolete attribute `.{a}`"),
                )
                .in_lang(lang),
            );
        }
    }
    for (id, m) in &other.messages {
        if !reference.messages.contains_key(id) {
            diags.push(
                Diagnostic::new(
                    &m.file,
                    m.line,
                    1,
                    format!(
                        "message `{id}` is obsolete: the reference ({}) has no such message",
                        Lang::REFERENCE
                    ),
                )
                .in_lang(lang),
            );
        }
    }
    diags
}

impl Locale {
    /// Builds a locale from `(path, text)` pairs; syntax errors and duplicates go to `diags`.
    pub fn from_sources(lang: Lang, sources: Vec<(PathBuf, String)>, diags: &mut Diagnostics) -> Locale {
        let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("the six language codes are valid");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No isolation marks from Fluent: first-strong isolation is the wrong rule for a list
        // that starts with "ITU-T" but must read right to left. Each value gets the direction
        // it must read in where it is made (`crate::values`).
        bundle.set_use_isolating(false);
        let mut messages = BTreeMap::new();
        let mut broken = BTreeSet::new();
        diags.extend(crate::references::check(lang, &sources));
        for (file, text) in sources {
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        // The parser notices a broken entry at the start of the next line;
                        // point at the end of the broken line instead.
                        let mut at = e.pos.start;
                        if at > 0 && text[..at].ends_with('\n') && e.slice.as_ref().is_some_and(|s| s.start < at) {
                            at -= 1;
                        }
                        let (line, col) = line_col(&text, at);
                        diags.push(
                            Diagnostic::new(&file, line, col, format!("Fluent syntax error: {}", e.kind)).in_lang(lang),
                        );
                    }
                    r
                }
            };
            // The runtime parser drops comments; the full one keeps them for the checks.
            let comments: BTreeMap<String, Vec<String>> = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) | Err((r, _)) => r
                    .body
                    .iter()
                    .filter_map(|e| match e {
                        ast::Entry::Message(m) => Some((
                            m.id.name.to_string(),
                            m.comment
                                .as_ref()
                                .map(|c| c.content.iter().map(|l| l.to_string()).collect())
                                .unwrap_or_default(),
                        )),
                        _ => None,
                    })
                    .collect(),
            };
            for entry in resource.entries() {
                if let ast::Entry::Junk { content } = entry
                    && let Some((id, _)) = content.split_once('=')
                {
                    broken.insert(id.trim().to_string());
                }
                if let ast::Entry::Message(m) = entry {
                    let id = m.id.name;
                    let line = entry_line(&text, id);
                    let mut variables = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut variables);
                    }
                    let mut attributes = BTreeSet::new();
                    for a in &m.attributes {
                        pattern_vars(&a.value, &mut variables);
                        attributes.insert(a.id.name.to_string());
                    }
                    let info = MessageInfo {
                        file: file.clone(),
                        line,
                        variables,
                        attributes,
                        source: entry_source(&text, line),
                        same_everywhere: comments
                            .get(id)
                            .is_some_and(|c| c.iter().any(|l| l.contains(SAME_EVERYWHERE))),
                        declared: comments.get(id).map(|c| declared_variables(c)).unwrap_or_default(),
                    };
                    if let Some(prev) = messages.insert(id.to_string(), info) {
                        diags.push(
                            Diagnostic::new(&file, line, 1, format!("message `{id}` is defined twice"))
                                .in_lang(lang)
                                .note(format!("first at {}:{}", prev.file.display(), prev.line)),
                        );
                    }
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    // Overrides are already reported above with both places.
                    if !matches!(e, fluent_bundle::FluentError::Overriding { .. }) {
                        diags.push(Diagnostic::whole_file(&file, e.to_string()).in_lang(lang));
                    }
                }
            }
        }
        Locale {
            lang,
            bundle,
            messages,
            broken,
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats message `id` with `args`. Any Fluent error (a missing message, a variable not
    /// given) is returned, never papered over.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let msg = self
            .bundle
            .get_message(id)
            .ok_or_else(|| format!("no message `{id}` in locale {}", self.lang))?;
        let pattern = msg
            .value()
            .ok_or_else(|| format!("message `{id}` has no value in locale {}", self.lang))?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            let value = match v {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fargs.set(*k, value);
        }
        let mut errors = Vec::new();
        let out = self.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if errors.is_empty() {
            Ok(out.into_owned())
        } else {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            Err(format!("message `{id}` in locale {}: {}", self.lang, list.join("; ")))
        }
    }
}

/// The variables a message's comment names: `$case` in "$case: where the phrase stands".
fn declared_variables(comment: &[String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in comment {
        for part in line.split('$').skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

/// `value` without its `{ … }` placeables.
fn strip_placeables(value: &str) -> String {
    let mut depth = 0usize;
    value
        .chars()
        .filter(|&c| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// The line on which `id = …` starts.
fn entry_line(text: &str, id: &str) -> u64 {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return line_col(text, offset).0;
        }
        offset += line.len();
    }
    1
}

/// The message's lines, from its first line to the next entry.
fn entry_source(text: &str, line: u64) -> String {
    let mut out = String::new();
    for (i, l) in text.lines().enumerate().skip(line as usize - 1) {
        let starts_entry = !l.starts_with([' ', '\t']) && !l.is_empty();
        if i as u64 >= line && (starts_entry || l.is_empty()) {
            break;
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call_vars(arguments, out),
        // A term's own body speaks of its parameters, not of the message's variables; only the
        // values passed to it can name the message's.
        ast::InlineExpression::TermReference { arguments: Some(a), .. } => call_vars(a, out),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn call_vars(a: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for p in &a.positional {
        inline_vars(p, out);
    }
    for n in &a.named {
        inline_vars(&n.value, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(lang: Lang, text: &str) -> (Locale, Diagnostics) {
        let mut d = Diagnostics::default();
        let l = Locale::from_sources(
            lang,
            vec![(PathBuf::from(format!("locales/{lang}/a.ftl")), text.to_string())],
            &mut d,
        );
        (l, d)
    }

    #[test]
    fn variables_are_collected_through_selects_and_terms() {
        let (l, d) = locale(
            Lang::En,
            "-t = { $x }\nm = { $a ->\n    [one] { $b }\n   *[other] { -t(x: 1) } { NUMBER($c) }\n}\n",
        );
        assert!(d.is_empty(), "{d}");
        let vars: Vec<_> = l.messages["m"].variables.iter().cloned().collect();
        assert_eq!(vars, ["a", "b", "c"]);
    }

    #[test]
    fn syntax_errors_are_located() {
        let (_, d) = locale(Lang::Fr, "ok = fine\nbad = { $x\nnext = ok\n");
        assert_eq!(d.len(), 1, "{d}");
        assert_eq!(d.0[0].line, 2);
        assert_eq!(d.0[0].lang, Some(Lang::Fr));
    }

    #[test]
    fn missing_obsolete_and_variable_differences_are_reported() {
        let (en, _) = locale(Lang::En, "a = A { $n }\nb = B\n");
        let (ru, _) = locale(Lang::Ru, "a = А { $m }\nc = В\n");
        let d = compare(&en, &ru).sorted();
        let msgs: Vec<_> = d.0.iter().map(|d| d.message.clone()).collect();
        assert!(msgs.contains(&"message `b` is missing".to_string()), "{msgs:?}");
        assert!(
            msgs.iter().any(|m| m.contains("`a` does not use the variable `$n`")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("`$m`, which is never provided")),
            "{msgs:?}"
        );
        assert!(msgs.iter().any(|m| m.contains("`c` is obsolete")), "{msgs:?}");
        assert_eq!(
            d.0.iter().find(|d| d.message.contains("missing")).unwrap().file,
            PathBuf::from("locales/ru/a.ftl")
        );
    }

    #[test]
    fn a_language_may_use_a_variable_the_reference_declares_in_its_comment() {
        let (en, _) = locale(Lang::En, "# $case: where it stands.\na = A { $n }\n");
        let (ru, _) = locale(Lang::Ru, "a = { $case ->\n   *[x] А { $n }\n}\nb = Б\n");
        let (en2, _) = locale(Lang::En, "a = A { $n }\nb = B\n");
        assert!(compare(&en, &ru).0.iter().all(|d| !d.message.contains("$case")));
        assert!(
            compare(&en2, &ru)
                .0
                .iter()
                .any(|d| d.message.contains("`$case`, which is never provided"))
        );
    }

    #[test]
    fn formatting_is_strict_and_leaves_direction_to_the_values() {
        let (en, _) = locale(Lang::En, "hi = Hello { $name }\n");
        assert_eq!(en.format("hi", &[("name", "X.1214".into())]).unwrap(), "Hello X.1214");
        assert!(en.format("hi", &[]).is_err(), "a variable not given is an error");
        assert!(en.format("nope", &[]).is_err());
    }
}
