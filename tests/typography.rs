//! The typography of every PDF of every circular in `content/`, read back as a reader's tools
//! see it: `pdftotext -bbox-layout` (poppler-utils, installed by `tests/run.sh`) gives each
//! line and word with its box. Per language: the share of lines ending in a hyphen and the
//! longest run of them, words split across pages, Chinese lines that begin with punctuation
//! that may not begin a line, Chinese lines that stop short of the column edge inside a
//! justified paragraph, and Arabic lines whose Recommendation numbers are out of order.
//! `cargo test --test typography -- --nocapture` shows the table.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::Scratch;

/// Most lines of a language that may end in a hyphen, in per cent, and the longest run.
const MAX_HYPHENATED_PERCENT: f64 = 5.0;
const MAX_HYPHEN_RUN: usize = 2;
/// How close to the column edge a justified line ends, in points.
const JUSTIFIED_TOLERANCE: f32 = 1.0;
/// Punctuation that may not begin a Chinese line (W3C CLREQ §3.1.7).
const NO_LINE_START: &str = "，。、；：？！）」』》〉】〗〕］｝”’％";

#[derive(Clone, Debug)]
struct Word {
    x0: f32,
    x1: f32,
    text: String,
}

#[derive(Clone, Debug)]
struct Line {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    words: Vec<Word>,
}

impl Line {
    fn text(&self) -> String {
        self.words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// The "- 2 -" of a page number.
    fn page_number(&self) -> bool {
        let t = self.text();
        t.starts_with("- ") && t.trim_matches(|c: char| c == '-' || c == ' ').parse::<u32>().is_ok()
    }

    /// Ends in a hyphen that breaks a word.
    fn hyphenated(&self) -> bool {
        !self.page_number() && self.text().ends_with(['-', '\u{2010}'])
    }
}

/// The lines of each page, in poppler's blocks.
fn read_pdf(file: &Path) -> Vec<Vec<Vec<Line>>> {
    let out = Command::new("pdftotext")
        .args(["-bbox-layout", "-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "`pdftotext` is needed (Debian package poppler-utils): run `bash tests/run.sh`, which installs it ({e})"
            )
        });
    assert!(
        out.status.success(),
        "pdftotext {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let xml = String::from_utf8(out.stdout).expect("pdftotext writes UTF-8");
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&xml, opts).expect("pdftotext's XHTML parses");
    let num = |n: roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse::<f32>().ok()).unwrap_or(0.0);
    let named = |n: &roxmltree::Node, name: &str| n.is_element() && n.tag_name().name() == name;
    let mut pages = Vec::new();
    for page in doc.descendants().filter(|n| named(n, "page")) {
        let mut blocks = Vec::new();
        for block in page.descendants().filter(|n| named(n, "block")) {
            let mut lines = Vec::new();
            for line in block.children().filter(|n| named(n, "line")) {
                let words = line
                    .children()
                    .filter(|n| named(n, "word"))
                    .map(|w| Word {
                        x0: num(w, "xMin"),
                        x1: num(w, "xMax"),
                        text: w.text().unwrap_or("").to_string(),
                    })
                    .collect();
                lines.push(Line {
                    x0: num(line, "xMin"),
                    y0: num(line, "yMin"),
                    x1: num(line, "xMax"),
                    y1: num(line, "yMax"),
                    words,
                });
            }
            blocks.push(lines);
        }
        pages.push(blocks);
    }
    pages
}

/// Text without white space or the invisible characters that direct bidi and line breaking.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}')
        })
        .collect()
}

/// The text of each block of the HTML rendition (a paragraph, an item, a cell, a heading),
/// split where a `<br>` or a fill-in field ends a line, squashed: a PDF line whose text ends
/// one of them ends a paragraph, and is not justified.
fn html_segments(html: &str) -> Vec<String> {
    const BREAKING: [&str; 22] = [
        "p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "br", "input", "legend", "div", "ul", "ol", "dl", "fieldset",
        "section", "header", "footer", "label", "article", "main",
    ];
    let start = html.find("<article").expect("an article");
    let end = html.rfind("</article>").expect("an article end");
    let mut segments = Vec::new();
    let mut current = String::new();
    let mut rest = &html[start..end];
    while let Some(lt) = rest.find('<') {
        current.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').map_or(rest.len(), |i| lt + i + 1);
        let tag = &rest[lt + 1..gt.saturating_sub(1)];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if BREAKING.contains(&name.as_str()) {
            segments.push(std::mem::take(&mut current));
        }
        rest = &rest[gt..];
    }
    segments.push(current);
    segments
        .into_iter()
        .map(|s| {
            squash(
                &s.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#x27;", "'")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&"),
            )
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// The Recommendation numbers of each circular, in the order the YAML lists them.
fn recommendation_numbers(content: &Path) -> Vec<Vec<String>> {
    let mut files: Vec<_> = fs::read_dir(content)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            fs::read_to_string(f)
                .unwrap()
                .lines()
                .filter_map(|l| l.trim_start().strip_prefix("- number:"))
                .map(|n| n.trim().trim_matches('"').to_string())
                .collect()
        })
        .collect()
}

#[derive(Default, Debug)]
struct Stats {
    lines: usize,
    hyphenated: usize,
    longest_run: usize,
    split_across_pages: Vec<String>,
    bad_starts: Vec<String>,
    unjustified: Vec<String>,
    order_faults: Vec<String>,
}

/// A hyphenated line with nothing below it on its page (in its column): the word goes on on
/// another page.
fn split_word(page: &[Vec<Line>], line: &Line) -> bool {
    let height = line.y1 - line.y0;
    !page
        .iter()
        .flatten()
        .any(|m| m.y0 > line.y0 + 1.0 && m.y0 < line.y1 + 1.5 * height && m.x0 < line.x1 && m.x1 > line.x0)
}

fn check_pdf(file: &Path, html: &str, lang: &str, numbers: &[String], stats: &mut Stats) {
    let pages = read_pdf(file);
    let segments = (lang == "zh").then(|| html_segments(html));
    let name = file.display().to_string();
    for page in &pages {
        for block in page {
            let mut run = 0;
            for (i, line) in block.iter().enumerate() {
                let text = line.text();
                stats.lines += 1;
                if line.hyphenated() {
                    stats.hyphenated += 1;
                    run += 1;
                    stats.longest_run = stats.longest_run.max(run);
                    if split_word(page, line) {
                        stats.split_across_pages.push(format!("{name}: {text}"));
                    }
                } else {
                    run = 0;
                }
                if lang == "zh" && text.starts_with(|c: char| NO_LINE_START.contains(c)) {
                    stats.bad_starts.push(format!("{name}: {text}"));
                }
                if let Some(segments) = &segments
                    && i + 1 < block.len()
                    && !centred(block)
                    && !ends_paragraph(segments, &text)
                {
                    let edge = block.iter().map(|l| l.x1).fold(f32::MIN, f32::max);
                    if line.x1 < edge - JUSTIFIED_TOLERANCE {
                        stats
                            .unjustified
                            .push(format!("{name}: {:.1} pt short: {text}", edge - line.x1));
                    }
                }
                if lang == "ar" {
                    arabic_order(line, numbers, &name, stats);
                }
            }
        }
    }
}

/// Centred lines (annex titles, the running head) are not justified: their centres agree, and
/// not all begin at one edge.
fn centred(block: &[Line]) -> bool {
    let centre = |l: &Line| (l.x0 + l.x1) / 2.0;
    let left = block.iter().map(|l| l.x0).fold(f32::MAX, f32::min);
    block.iter().any(Line::page_number)
        || (block.iter().all(|l| (centre(l) - centre(&block[0])).abs() < 2.0)
            && block.iter().any(|l| l.x0 > left + 2.0 * JUSTIFIED_TOLERANCE))
}

/// Whether a PDF line is the last of its paragraph (or ends before a `<br>`): its text ends
/// one of the HTML rendition's blocks, or holds the whole of one after a list label.
fn ends_paragraph(segments: &[String], text: &str) -> bool {
    let line = squash(text);
    segments
        .iter()
        .any(|s| s.ends_with(&line) || (s.chars().count() > 1 && line.ends_with(s.as_str())))
}

/// On a right-to-left line, the Recommendation mentioned first is the rightmost, and the
/// "ITU-T" of a number stands on its left ("ITU-T X.1214" reads left to right).
fn arabic_order(line: &Line, numbers: &[String], name: &str, stats: &mut Stats) {
    if !line.text().chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        return;
    }
    let mut words = line.words.clone();
    words.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let index = |w: &Word| {
        let core = w.text.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        numbers.iter().position(|n| n == core)
    };
    // Right to left, as the line reads.
    let found: Vec<usize> = words.iter().rev().filter_map(index).collect();
    if found.windows(2).any(|w| w[0] > w[1]) {
        stats.order_faults.push(format!(
            "{name}: numbers read {:?}: {}",
            found.iter().map(|&i| &numbers[i]).collect::<Vec<_>>(),
            line.text()
        ));
        return;
    }
    for (k, w) in words.iter().enumerate() {
        if index(w).is_some()
            && let Some(right) = words.get(k + 1)
            && right.x0 - w.x1 < 20.0
            && right.text.contains("ITU-T")
        {
            stats
                .order_faults
                .push(format!("{name}: \"ITU-T\" right of {}: {}", w.text, line.text()));
        }
    }
}

fn table(stats: &BTreeMap<String, Stats>, files: usize) -> String {
    let mut t = String::new();
    writeln!(t, "typography of {files} PDFs").unwrap();
    writeln!(
        t,
        "lang  lines  hyphenated      longest run  split words  zh bad starts  zh unjustified  ar order faults"
    )
    .unwrap();
    for (lang, s) in stats {
        let share = 100.0 * s.hyphenated as f64 / s.lines.max(1) as f64;
        writeln!(
            t,
            "{lang:<4}  {:>5}  {:>4} ({share:>4.1} %)  {:>11}  {:>11}  {:>13}  {:>14}  {:>15}",
            s.lines,
            s.hyphenated,
            s.longest_run,
            s.split_across_pages.len(),
            s.bad_starts.len(),
            s.unjustified.len(),
            s.order_faults.len()
        )
        .unwrap();
    }
    for s in stats.values() {
        for f in s
            .split_across_pages
            .iter()
            .chain(&s.bad_starts)
            .chain(&s.unjustified)
            .chain(&s.order_faults)
        {
            writeln!(t, "  {f}").unwrap();
        }
    }
    t
}

#[test]
fn every_pdf_of_every_circular_is_set_by_the_house_rules() {
    let s = Scratch::new();
    s.build();
    let content = s.path().join("content");
    let numbers = recommendation_numbers(&content);
    let mut ids: Vec<String> = fs::read_dir(s.out())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // out/<lang>/ holds the index of each language.
        .filter(|n| !["ar", "en", "es", "fr", "ru", "zh"].contains(&n.as_str()))
        .collect();
    ids.sort();
    assert_eq!(ids.len(), numbers.len(), "one output folder per circular");
    let mut stats: BTreeMap<String, Stats> = BTreeMap::new();
    let mut files = 0;
    for (id, numbers) in ids.iter().zip(&numbers) {
        for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
            // Every document of the circular's kind: a consultation has a reply form, a
            // notice of approval has not.
            let dir = s.out().join(id).join(lang);
            let mut pdfs: Vec<_> = fs::read_dir(&dir)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
                .collect();
            pdfs.sort();
            assert!(!pdfs.is_empty(), "no PDF in {}", dir.display());
            for pdf in pdfs {
                let html = fs::read_to_string(pdf.with_extension("html")).unwrap();
                check_pdf(&pdf, &html, lang, numbers, stats.entry(lang.to_string()).or_default());
                files += 1;
            }
        }
    }
    let report = table(&stats, files);
    println!("{report}");
    let mut failures = Vec::new();
    for (lang, s) in &stats {
        let share = 100.0 * s.hyphenated as f64 / s.lines.max(1) as f64;
        if share > MAX_HYPHENATED_PERCENT {
            failures.push(format!("{lang}: {share:.1} % of lines end in a hyphen"));
        }
        if s.longest_run > MAX_HYPHEN_RUN {
            failures.push(format!("{lang}: {} hyphenated lines in a row", s.longest_run));
        }
        for (what, list) in [
            ("words split across pages", &s.split_across_pages),
            ("Chinese lines starting with closing punctuation", &s.bad_starts),
            (
                "Chinese lines short of the edge of a justified paragraph",
                &s.unjustified,
            ),
            ("Arabic lines with Recommendations out of order", &s.order_faults),
        ] {
            if !list.is_empty() {
                failures.push(format!("{lang}: {} {what}", list.len()));
            }
        }
    }
    assert!(failures.is_empty(), "{}\n{report}", failures.join("\n"));
    // The check can fail: the readers see lines, words and Recommendation numbers.
    assert!(stats.values().all(|s| s.lines > 100));
    assert!(numbers.iter().all(|n| !n.is_empty()));
}

#[test]
fn the_check_sees_faults_where_there_are_some() {
    let line = |words: &[(&str, f32)]| Line {
        x0: words[0].1,
        y0: 100.0,
        x1: words[words.len() - 1].1 + 30.0,
        y1: 112.0,
        words: words
            .iter()
            .map(|&(t, x)| Word {
                x0: x,
                x1: x + 30.0,
                text: t.to_string(),
            })
            .collect(),
    };
    let numbers = vec!["X.1214".to_string(), "X.1331".to_string()];
    let mut s = Stats::default();
    // The whole list laid out left to right: X.1214 on the left.
    arabic_order(
        &line(&[
            ("ITU-T", 10.0),
            ("X.1214", 50.0),
            ("و", 90.0),
            ("X.1331", 130.0),
            ("عيراشم", 170.0),
        ]),
        &numbers,
        "t",
        &mut s,
    );
    // The number isolated alone: "X.1214 ITU-T".
    arabic_order(
        &line(&[("X.1214", 50.0), ("ITU-T", 90.0), ("عورشم", 130.0)]),
        &numbers,
        "t",
        &mut s,
    );
    assert_eq!(s.order_faults.len(), 2, "{:?}", s.order_faults);
    // Right: the first on the right, "ITU-T" on the left of its number.
    arabic_order(
        &line(&[
            ("ITU-T", 10.0),
            ("X.1331", 50.0),
            ("و", 90.0),
            ("ITU-T", 110.0),
            ("X.1214", 150.0),
            ("عيراشم", 190.0),
        ]),
        &numbers,
        "t",
        &mut s,
    );
    assert_eq!(s.order_faults.len(), 2);
    let hyphen = line(&[("telecommunica-", 10.0)]);
    assert!(hyphen.hyphenated());
    assert!(!line(&[("-", 10.0), ("2", 20.0), ("-", 30.0)]).hyphenated());
    assert!(split_word(&[vec![hyphen.clone()]], &hyphen));
    let below = Line {
        y0: 113.0,
        y1: 125.0,
        ..line(&[("tion", 10.0)])
    };
    assert!(!split_word(&[vec![hyphen.clone(), below]], &hyphen));
    assert_eq!(
        html_segments("<article><p>第一段<br/>第二行</p><ul><li>甲 <em>乙</em></li></ul></article>"),
        ["第一段", "第二行", "甲乙"]
    );
}
