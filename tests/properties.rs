//! Tests that search by themselves: random YAML (mutations of a real circular), random Unicode
//! text (every script, controls, combining marks, bidi controls, emoji, noncharacters, NUL) and
//! random Markdown, each put into a copy of the project and taken through loading, rendering
//! and typesetting. Whatever the input: no panic, no hang, either output or diagnostics that
//! each name a file (and a line, for what an editor wrote), and no character silently lost:
//! each visible character of the text is in the PDF's text, or refused by a diagnostic naming
//! its code. The number of cases is kept modest so that the suite stays well within CI's time;
//! `PROPTEST_CASES` raises it for a longer search.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use std::{fs, io::Write};

use common::{Scratch, repo};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use tsbcirc::diag::Diagnostics;
use tsbcirc::lang::Lang;
use tsbcirc::{BuildOptions, Project};

const ID: &str = "T17-TSB-CIR-0053";
const SUMMARY_LINE: &str =
    "        Recommendation ITU-T X.1214 introduces global security assessment methods and best\n";
const TITLE_LINE: &str =
    "      en: Security assessment techniques in telecommunication/information and communication technology networks\n";

/// The longest a case may take: loading, rendering and typesetting one circular in one
/// language takes a second or two in a debug build.
const CASE_TIME: Duration = Duration::from_secs(120);

fn config(cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(cases),
        failure_persistence: None,
        max_shrink_iters: 200,
        ..Config::default()
    }
}

/// The vendored fonts, loaded once.
fn fonts() -> &'static tsbcirc::pdf::FontSet {
    static FONTS: std::sync::OnceLock<tsbcirc::pdf::FontSet> = std::sync::OnceLock::new();
    FONTS.get_or_init(|| tsbcirc::pdf::FontSet::load(&repo().join("fonts")).expect("the fonts load"))
}

fn original() -> String {
    fs::read_to_string(repo().join("content").join(format!("{ID}.yaml"))).unwrap()
}

/// What a case gave: the diagnostics of loading or rendering, or the PDF's text.
enum Outcome {
    Refused(Diagnostics),
    Pdf(String),
}

/// Writes `yaml` as the circular in a fresh copy of the project, then loads, renders and
/// typesets it in `lang`, on a thread of its own so that a hang is a failure, not a stuck suite.
fn run(yaml: String, lang: Lang) -> Result<Outcome, TestCaseError> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let s = Scratch::new();
        fs::write(s.path().join("content").join(format!("{ID}.yaml")), yaml).unwrap();
        let result = std::panic::catch_unwind(|| outcome(s.path(), lang));
        let _ = tx.send(result.map_err(|p| {
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        }));
    });
    match rx.recv_timeout(CASE_TIME) {
        Ok(Ok(o)) => Ok(o),
        Ok(Err(panic)) => Err(TestCaseError::fail(format!("panicked: {panic}"))),
        Err(_) => Err(TestCaseError::fail(format!("no result within {CASE_TIME:?}"))),
    }
}

fn outcome(root: &Path, lang: Lang) -> Outcome {
    let project = match Project::load(root) {
        Ok(p) => p,
        Err(d) => return Outcome::Refused(d),
    };
    let opts = BuildOptions {
        circulars: vec![ID.to_string()],
        langs: vec![lang],
    };
    match project.outputs(&opts) {
        Ok(outputs) => {
            let pdf = outputs
                .iter()
                .find(|o| o.path == PathBuf::from(ID).join(lang.code()).join("circular.pdf"))
                .expect("the circular's PDF");
            Outcome::Pdf(pdf_text(&pdf.bytes))
        }
        Err(d) => Outcome::Refused(d),
    }
}

/// The text layer of a PDF, as poppler's `pdftotext` reads it (installed by `tests/run.sh`).
fn pdf_text(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (Debian package poppler-utils) is needed: run `bash tests/run.sh`");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Every diagnostic names a file of the project; those about the circular (the only file a
/// case changes) name a line too.
fn located(d: &Diagnostics) -> Result<(), TestCaseError> {
    prop_assert!(!d.0.is_empty(), "refused without a diagnostic");
    for x in &d.0 {
        prop_assert!(!x.file.as_os_str().is_empty() && !x.message.is_empty(), "{x}");
        if x.file.starts_with("content") {
            prop_assert!(x.line > 0, "no line: {x}");
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Text from every corner of Unicode.

fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => Just(' '),
        1 => proptest::char::range('\u{0}', '\u{7F}'),
        1 => proptest::char::range('\u{80}', '\u{24F}'),
        1 => proptest::char::range('\u{300}', '\u{36F}'),
        1 => proptest::char::range('\u{370}', '\u{52F}'),
        2 => proptest::char::range('\u{600}', '\u{6FF}'),
        1 => proptest::char::range('\u{900}', '\u{FFF}'),
        1 => proptest::char::range('\u{2000}', '\u{206F}'),
        1 => proptest::char::range('\u{2070}', '\u{2BFF}'),
        2 => proptest::char::range('\u{3000}', '\u{30FF}'),
        2 => proptest::char::range('\u{4E00}', '\u{9FFF}'),
        1 => proptest::char::range('\u{E000}', '\u{E0FF}'),
        1 => proptest::char::range('\u{FB00}', '\u{FFFF}'),
        1 => proptest::char::range('\u{1F300}', '\u{1FAFF}'),
        1 => any::<char>(),
    ]
}

/// Markdown that means the text itself: every ASCII punctuation mark escaped, so that the
/// characters to look for in the PDF are the text's own.
fn literal_markdown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_punctuation() {
                format!("\\{c}")
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A YAML double-quoted string holding `text`, everything but printable ASCII escaped.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Characters a reader must find in the PDF: not white space, and not the invisible format
/// characters (joiners, marks of direction) whose work is done once the text is laid out.
fn must_show(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

fn text_case(text: &str, in_title: bool) -> Result<(), TestCaseError> {
    let text: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let yaml = original();
    let yaml = if in_title {
        yaml.replacen(
            TITLE_LINE,
            &format!("      en: {}\n", quoted(&format!("Title {text}"))),
            1,
        )
    } else {
        yaml.replacen(SUMMARY_LINE, &format!("        {} and\n", literal_markdown(&text)), 1)
    };
    // White space at the end of a text is not part of it (YAML keeps it, the model trims it).
    let refused: Vec<char> = text
        .trim_end()
        .chars()
        .filter(|&c| tsbcirc::charset::refusal(c, Some(fonts())).is_some())
        .collect();
    // A raw control character or noncharacter stops the YAML reader, at its place, before the
    // texts are read: then it alone is named.
    let yaml_refuses = |c: char| !in_title && ((c.is_control() && c != '\t') || (c as u32) & 0xFFFE == 0xFFFE);
    let stops_yaml = refused.iter().any(|&c| yaml_refuses(c));
    match run(yaml, Lang::En)? {
        Outcome::Refused(d) => {
            located(&d)?;
            let all = d.to_string();
            for c in &refused {
                prop_assert!(
                    stops_yaml || all.contains(&format!("U+{:04X}", *c as u32)),
                    "U+{:04X} refused without being named:\n{all}",
                    *c as u32
                );
            }
        }
        Outcome::Pdf(pdf) => {
            prop_assert!(refused.is_empty(), "{refused:?} reached the PDF");
            for c in text.chars().filter(|&c| must_show(c)) {
                prop_assert!(
                    pdf.contains(c),
                    "U+{:04X} ({c}) is not in the PDF's text:\n{pdf}",
                    c as u32
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn any_unicode_text_is_typeset_whole_or_refused_by_name(
        text in proptest::collection::vec(interesting_char(), 1..40).prop_map(|v| v.into_iter().collect::<String>()),
        in_title in any::<bool>(),
    ) {
        text_case(&text, in_title)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown, valid or not.

fn markdown_piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "word ",
        "ITU-T X.1214 ",
        "مرحبا ",
        "建议书",
        "Рекомендация ",
        "- ",
        "* ",
        "1. ",
        "  ",
        "\n",
        "\n\n",
        "*em*",
        "**strong**",
        "_",
        "`code`",
        "[link](https://www.itu.int)",
        "[bad](javascript:x)",
        "<b>",
        "</b>",
        "# ",
        "> ",
        "---",
        "| a | b |\n|---|---|\n",
        "[^1]",
        "[^1]: note\n",
        "![i](https://a.b/c.png)",
        "&amp;",
        "&#x1F600;",
        "\\",
        "```\ncode\n```\n",
        "    indented\n",
    ])
}

proptest! {
    #![proptest_config(config(16))]

    #[test]
    fn any_markdown_gives_a_summary_or_errors_at_their_line(
        pieces in proptest::collection::vec(markdown_piece(), 1..30),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let md: String = pieces.concat();
        let block: String = md.lines().map(|l| if l.is_empty() { "\n".to_string() } else { format!("        {l}\n") }).collect();
        let yaml = original();
        // Replace the whole summary of X.1214 in `lang` by the random one.
        let key = format!("      {}: |\n", lang.code());
        let start = yaml.find("    summary:\n").unwrap();
        let at = start + yaml[start..].find(&key).unwrap() + key.len();
        let end = at + yaml[at..].find("\n      ").unwrap() + 1;
        let yaml = format!("{}{}{}", &yaml[..at], if block.trim().is_empty() { "        x\n".to_string() } else { block }, &yaml[end..]);
        match run(yaml, lang)? {
            Outcome::Refused(d) => located(&d)?,
            Outcome::Pdf(text) => prop_assert!(!text.trim().is_empty()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The YAML of a real circular, mutated.

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    /// The value after the line's first `: ` replaced.
    Value(usize, String),
    /// Text inserted at a character of the line.
    Insert(usize, usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let line = 0..300usize;
    let text = || proptest::collection::vec(interesting_char(), 0..8).prop_map(|v| v.into_iter().collect::<String>());
    prop_oneof![
        line.clone().prop_map(Mutation::Delete),
        line.clone().prop_map(Mutation::Duplicate),
        (line.clone(), line.clone()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (
            line.clone(),
            prop_oneof![
                Just(String::new()),
                Just("~".to_string()),
                Just("[]".to_string()),
                Just("{}".to_string()),
                Just("-1".to_string()),
                Just("99999999999".to_string()),
                Just("2017-02-30".to_string()),
                Just("\"\"".to_string()),
                Just("|".to_string()),
                Just("&a".to_string()),
                Just("*a".to_string()),
                text(),
            ]
        )
            .prop_map(|(l, v)| Mutation::Value(l, v)),
        (line, 0..100usize, text()).prop_map(|(l, c, t)| Mutation::Insert(l, c, t)),
    ]
}

fn mutate(yaml: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = yaml.lines().map(str::to_string).collect();
    for m in mutations {
        let n = lines.len().max(1);
        match m {
            Mutation::Delete(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Mutation::Duplicate(i) if !lines.is_empty() => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Mutation::Swap(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            Mutation::Value(i, v) if !lines.is_empty() => {
                let l = &mut lines[i % n];
                if let Some(at) = l.find(": ") {
                    l.truncate(at + 2);
                    l.push_str(v);
                }
            }
            Mutation::Insert(i, c, t) if !lines.is_empty() => {
                let l = &mut lines[i % n];
                let at = l.char_indices().nth(*c).map_or(l.len(), |(b, _)| b);
                l.insert_str(at, &t.replace(['\n', '\r'], " "));
            }
            _ => {}
        }
    }
    lines.join("\n") + "\n"
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn any_mutation_of_a_circular_gives_output_or_located_errors(
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let yaml = mutate(&original(), &mutations);
        match run(yaml, Lang::Ar)? {
            Outcome::Refused(d) => located(&d)?,
            Outcome::Pdf(text) => prop_assert!(!text.trim().is_empty()),
        }
    }
}
