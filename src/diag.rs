//! Diagnostics: every problem of a run, each pointing at a file, line and column.
//!
//! A build collects all of them before it stops, so an editor fixes a circular in one pass
//! rather than one error per run.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::lang::Lang;

/// How bad a problem is: errors stop a build, warnings (`check` only) point at likely mistakes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

/// One problem found in the input, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file (e.g. a missing file).
    pub line: u64,
    pub column: u64,
    /// The language concerned, where one applies.
    pub lang: Option<Lang>,
    pub message: String,
    /// Extra lines shown under the message (a source snippet, a hint).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(file: impl Into<PathBuf>, line: u64, column: u64, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line,
            column,
            lang: None,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn whole_file(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic::new(file, 0, 0, message)
    }

    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// `file:line:column`, or just the file when no position applies.
    pub fn location(&self) -> String {
        let file = self.file.display();
        if self.line == 0 {
            format!("{file}")
        } else {
            format!("{file}:{}:{}", self.line, self.column)
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}: ", self.location())?;
        if let Some(lang) = self.lang {
            write!(f, "[{lang}] ")?;
        }
        f.write_str(&self.message)?;
        for note in &self.notes {
            for line in note.lines() {
                write!(f, "\n  {line}")?;
            }
        }
        Ok(())
    }
}

/// All the problems of one run. An empty list means success.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Sorted by file and position so that output is stable whatever the order of work. The
    /// same problem found in all six languages (a template error, say) is reported once.
    pub fn sorted(mut self) -> Self {
        let key = |d: &Diagnostic| (d.file.clone(), d.line, d.column, d.message.clone(), d.notes.clone());
        let mut merged: Vec<Diagnostic> = Vec::new();
        let mut groups: std::collections::BTreeMap<_, Vec<Diagnostic>> = std::collections::BTreeMap::new();
        for d in self.0.drain(..) {
            groups.entry(key(&d)).or_default().push(d);
        }
        for (_, mut group) in groups {
            let mut langs: Vec<Lang> = group.iter().filter_map(|d| d.lang).collect();
            langs.sort();
            langs.dedup();
            if langs == Lang::ALL {
                let mut d = group.swap_remove(0);
                d.lang = None;
                merged.push(d);
            } else {
                merged.extend(group);
            }
        }
        merged.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.lang, &a.message).cmp(&(&b.file, b.line, b.column, b.lang, &b.message))
        });
        merged.dedup();
        self.0 = merged;
        self
    }

    /// Turns the list into a `Result`: `Ok` when nothing was found.
    pub fn into_result(self) -> Result<(), Diagnostics> {
        if self.is_empty() { Ok(()) } else { Err(self.sorted()) }
    }
}

impl Diagnostics {
    /// Gathers the items of every successful result and the problems of every failed one, so
    /// that work done in parallel reports all its problems together.
    pub fn gather<T, I: IntoIterator<Item = T>>(
        results: impl IntoIterator<Item = Result<I, Diagnostics>>,
    ) -> (Vec<T>, Diagnostics) {
        let mut items = Vec::new();
        let mut diags = Diagnostics::default();
        for r in results {
            match r {
                Ok(i) => items.extend(i),
                Err(d) => diags.extend(d),
            }
        }
        (items, diags)
    }

    pub fn errors(&self) -> usize {
        self.0.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.0.iter().filter(|d| d.severity == Severity::Warning).count()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let (e, w) = (self.errors(), self.warnings());
        write!(f, "{e} error{}", plural(e))?;
        if w > 0 {
            write!(f, ", {w} warning{}", plural(w))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

/// Byte offset of a 1-based line and column (in characters), if `text` has them.
pub fn offset_of(text: &str, line: u64, column: u64) -> Option<usize> {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line as usize - 2).map(|(i, _)| i + 1)?
    };
    let rest = &text[start..];
    let line_text = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let col = line_text
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(line_text.len(), |(i, _)| i);
    Some(start + col)
}

/// The source line of a diagnostic with a caret under its column, drawn by miette: what an
/// editor sees first when reading the error. Diagnostics that already carry a snippet (YAML
/// errors, drawn by serde-saphyr) are left as they are.
pub fn with_snippets(d: Diagnostics, root: &Path) -> Diagnostics {
    use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .with_context_lines(1)
        .without_syntax_highlighting();
    let mut sources: std::collections::BTreeMap<PathBuf, Option<String>> = Default::default();
    Diagnostics(
        d.0.into_iter()
            .map(|mut diag| {
                if diag.line == 0 || diag.notes.iter().any(|n| n.contains(" │ ") || n.contains(" | ")) {
                    return diag;
                }
                let text = sources
                    .entry(diag.file.clone())
                    .or_insert_with(|| std::fs::read(root.join(&diag.file)).ok().map(|b| shown(&b)));
                let Some(text) = text else { return diag };
                let Some(offset) = offset_of(text, diag.line, diag.column) else {
                    return diag;
                };
                let label = LabeledSpan::new_with_span(None, offset..offset);
                let report = miette::Report::new(MietteDiagnostic::new(diag.message.clone()).with_labels([label]))
                    .with_source_code(NamedSource::new(diag.file.display().to_string(), text.clone()));
                let mut out = String::new();
                if handler.render_report(&mut out, report.as_ref()).is_ok() {
                    // Keep the framed snippet; the message is already on the first line.
                    // miette counts columns in bytes; the position is ours to give (in
                    // characters, on the first line), so its header names the file alone.
                    let file = diag.file.display().to_string();
                    let snippet: Vec<String> = out
                        .lines()
                        .skip_while(|l| !l.contains('╭'))
                        .map(|l| match (l.find("╭─["), l.rfind(']')) {
                            (Some(i), Some(j)) if j > i => format!("{}╭─[{file}]", &l[..i]),
                            _ => l.to_string(),
                        })
                        .collect();
                    let snippet = snippet.join("\n");
                    if !snippet.is_empty() {
                        diag.notes.insert(0, snippet.trim_end().to_string());
                    }
                }
                diag
            })
            .collect(),
    )
}

/// A source as a snippet shows it: bytes that are not UTF-8 and bidi controls (which would
/// reorder the terminal's line and hide what is wrong) each shown as U+FFFD, one character for
/// one, so that columns stay those of the source.
fn shown(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| {
            if crate::charset::is_bidi_control(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (u64, u64) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() as u64 + 1;
    (line, column)
}

/// The largest source file read (a circular, a catalogue, a locale file, a template): ten
/// times the largest circular one can imagine, so that a file pasted or generated by mistake
/// is an error rather than minutes of work.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads the source file `root/rel` as UTF-8 text. A file over [`MAX_FILE_BYTES`] or with
/// bytes that are not UTF-8 is an error, the latter at the line and column of the first bad
/// byte; with it comes the text read with each bad sequence as U+FFFD, for the loaders that
/// go on reading the rest of the file (a locale, whose messages would otherwise all be
/// reported missing).
pub fn read_source(root: &Path, rel: &Path) -> Result<String, (Diagnostic, Option<String>)> {
    let path = root.join(rel);
    let size = std::fs::metadata(&path).map_err(|e| {
        let message = match std::fs::read_link(&path) {
            Ok(target) => format!("a link to {}, which does not exist", target.display()),
            Err(_) => format!("cannot read: {e}"),
        };
        (Diagnostic::whole_file(rel, message), None)
    })?;
    if size.is_dir() {
        return Err((Diagnostic::whole_file(rel, "is a folder, not a file"), None));
    }
    if size.len() > MAX_FILE_BYTES {
        return Err((
            Diagnostic::whole_file(
                rel,
                format!(
                    "the file has {:.1} MB: a source file may have at most {} MB",
                    size.len() as f64 / 1e6,
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            ),
            None,
        ));
    }
    let bytes = std::fs::read(&path).map_err(|e| (Diagnostic::whole_file(rel, format!("cannot read: {e}")), None))?;
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let good = e.utf8_error().valid_up_to();
        let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
        let (line, column) = line_col(prefix, good);
        let bad: Vec<String> = bytes[good..]
            .iter()
            .take(e.utf8_error().error_len().unwrap_or(bytes.len() - good).min(4))
            .map(|b| format!("{b:#04x}"))
            .collect();
        let d = Diagnostic::new(
            rel,
            line,
            column,
            format!(
                "the file is not UTF-8: byte {} here cannot start or continue a character",
                bad.join(" ")
            ),
        )
        .note("save the file as UTF-8");
        (d, Some(String::from_utf8_lossy(bytes).into_owned()))
    })
}

/// A path shown relative to the project root, as an editor sees it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a: 1\nb: 日内瓦x\n";
        let off = text.find('x').unwrap();
        assert_eq!(line_col(text, off), (2, 7));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn bad_utf8_is_located_at_its_first_byte() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.ftl"), b"ok = fine\nbad = caf\xe9 \xff\n").unwrap();
        let (d, lossy) = read_source(dir.path(), Path::new("a.ftl")).unwrap_err();
        assert_eq!((d.line, d.column), (2, 10), "{d}");
        assert!(d.message.contains("0xe9"), "{d}");
        assert_eq!(lossy.unwrap(), "ok = fine\nbad = caf\u{FFFD} \u{FFFD}\n");
        std::fs::create_dir(dir.path().join("d.yaml")).unwrap();
        assert!(
            read_source(dir.path(), Path::new("d.yaml"))
                .unwrap_err()
                .0
                .message
                .contains("folder")
        );
    }

    #[test]
    fn display_names_file_line_column_and_language() {
        let d = Diagnostic::new("locales/ru/circular.ftl", 3, 5, "bad").in_lang(Lang::Ru);
        assert_eq!(d.to_string(), "error: locales/ru/circular.ftl:3:5: [ru] bad");
    }
}
