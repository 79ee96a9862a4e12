//! The PDF rendition, read back from the files as a reader's tools see them: poppler-utils
//! (`pdftotext`, `pdfinfo`, `pdffonts`) and `qpdf`, installed by `tests/run.sh`, and lopdf for
//! the XMP metadata, the outline and the links.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::{Scratch, article_text, in_order, seed_ordered_sections, seed_pieces};

const ID: &str = "T17-TSB-CIR-0053";
const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];
const DOCS: [&str; 2] = ["circular", "reply-form"];

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    // pdftotext writes to a file unless told `-` after the input.
    let stdout: &[&str] = if name == "pdftotext" { &["-"] } else { &[] };
    let out = Command::new(name).args(args).arg(file).args(stdout).output().unwrap_or_else(|e| {
        panic!("`{name}` is needed (Debian packages poppler-utils and qpdf): run `bash tests/run.sh`, which installs them ({e})")
    });
    assert!(
        out.status.success(),
        "{name} {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    // A reader's tool that complains about the file is a fault too.
    assert!(
        out.stderr.is_empty(),
        "{name} {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// pdftotext's text with its own bidi marks, white space and hyphens taken out, so that the
/// words can be looked for whatever the line breaks were.
fn pdf_text(file: &Path) -> String {
    let raw = tool("pdftotext", &["-enc", "UTF-8"], file);
    assert!(
        !raw.contains(['\u{2068}', '\u{2069}']),
        "isolation marks reached the text layer of {}",
        file.display()
    );
    normalise(&raw)
}

/// Arabic vowel marks are dropped too: poppler orders a mark by its x position, so it may come
/// out before or after the letter it sits on, though the PDF maps it right.
fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '-' | '\u{00AD}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
        })
        .collect()
}

/// The words of the HTML rendition: split at spaces, without the punctuation around them
/// (bidi reordering may put an Arabic comma on either side of a number).
fn html_words(html: &str) -> BTreeSet<String> {
    // The reply form's buttons and their notes are for the screen; the PDF leaves them out.
    let html = match (html.find("<div class=\"form-actions\">"), html.find("</form>")) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
        _ => html.to_string(),
    };
    let text = article_text(&html);
    // An Arabic prefix written onto a Latin name ("وITU-T") is two runs of opposite direction.
    let mut split = String::new();
    let mut prev_arabic = None;
    for c in text.chars() {
        let arabic = ('\u{0600}'..='\u{06FF}').contains(&c);
        if c.is_alphanumeric() && prev_arabic.is_some_and(|p| p != arabic) {
            split.push(' ');
        }
        if c.is_alphanumeric() {
            prev_arabic = Some(arabic);
        } else if c.is_whitespace() {
            prev_arabic = None;
        }
        split.push(c);
    }
    split
        .split_whitespace()
        .map(|w| normalise(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// "20–29" as poppler writes a range of numbers laid out in a right-to-left line: the
/// numbers in visual order ("29–20"), which an Arabic reader reads from the right.
fn reversed_range(w: &str) -> String {
    match w.split_once('–') {
        Some((a, b)) if !a.is_empty() && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit()) => format!("{b}–{a}"),
        _ => w.to_string(),
    }
}

fn built() -> Scratch {
    let s = Scratch::new();
    s.build();
    s
}

fn file(s: &Scratch, lang: &str, doc: &str, ext: &str) -> std::path::PathBuf {
    s.out().join(ID).join(lang).join(format!("{doc}.{ext}"))
}

#[test]
fn each_pdf_carries_the_words_of_its_html_page() {
    let s = built();
    for lang in LANGS {
        for doc in DOCS {
            let text = pdf_text(&file(&s, lang, doc, "pdf"));
            let html = fs::read_to_string(file(&s, lang, doc, "html")).unwrap();
            let missing: Vec<String> = html_words(&html)
                .into_iter()
                .filter(|w| !(text.contains(w.as_str()) || lang == "ar" && text.contains(&reversed_range(w))))
                .collect();
            assert!(
                missing.is_empty(),
                "{lang}/{doc}.pdf lacks {} words of the page: {missing:?}",
                missing.len()
            );
        }
    }
}

#[test]
fn the_chinese_pdf_carries_every_sentence_of_the_seed() {
    let s = built();
    let text = pdf_text(&file(&s, "zh", "circular", "pdf"));
    let missing: Vec<String> = seed_pieces()
        .into_iter()
        .map(|p| normalise(&p))
        .filter(|p| !text.contains(p.as_str()))
        .collect();
    assert!(missing.is_empty(), "not in the Chinese PDF:\n{}", missing.join("\n"));
    for section in seed_ordered_sections() {
        let section: Vec<String> = section.iter().map(|p| normalise(p)).collect();
        if let Err(p) = in_order(&text, &section) {
            panic!("the Chinese PDF leaves the seed's order at: {p}");
        }
    }
    // Sanity of the check itself: the page text is not in the English PDF.
    let en = pdf_text(&file(&s, "en", "circular", "pdf"));
    assert!(!en.contains(&normalise(&seed_pieces()[5])));
}

#[test]
fn pages_fonts_and_structure_are_right() {
    let s = built();
    for lang in LANGS {
        for doc in DOCS {
            let f = file(&s, lang, doc, "pdf");
            let info = tool("pdfinfo", &[], &f);
            assert!(
                info.contains("Page size:       595.28 x 841.89 pts (A4)"),
                "{lang}/{doc}: {info}"
            );
            assert!(info.contains("Tagged:          yes"), "{lang}/{doc}");
            let pages: u32 = info
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            if doc == "circular" {
                // Letter, Annex 1 and Annex 2 each begin a page.
                assert!((3..=8).contains(&pages), "{lang}/{doc}: {pages} pages");
            } else {
                assert!((1..=3).contains(&pages), "{lang}/{doc}: {pages} pages");
            }
            let fonts = tool("pdffonts", &[], &f);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty());
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                let n = cols.len();
                assert_eq!(
                    &cols[n - 5..n - 2],
                    ["yes", "yes", "yes"],
                    "{lang}/{doc}: font not embedded+subset+unicode: {row}"
                );
            }
            let check = Command::new("qpdf").arg("--check").arg(&f).output().expect("qpdf");
            assert!(
                check.status.success(),
                "{lang}/{doc}: {}",
                String::from_utf8_lossy(&check.stdout)
            );
            assert!(fs::metadata(&f).unwrap().len() < 150_000, "{lang}/{doc} is over 150 KB");
        }
    }
}

#[test]
fn each_annex_starts_a_page() {
    let s = built();
    for (lang, annex) in [("en", "Annex"), ("zh", "附件"), ("fr", "Annexe"), ("ru", "Приложение")] {
        let f = file(&s, lang, "circular", "pdf");
        let raw = tool("pdftotext", &["-enc", "UTF-8"], &f);
        let pages: Vec<&str> = raw.split('\u{000C}').collect();
        let starts: Vec<usize> = pages
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                // The running head comes first on later pages; the annex heading is the next line.
                p.lines()
                    .filter(|l| !l.trim().is_empty())
                    .take(3)
                    .any(|l| l.trim().starts_with(annex))
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(starts.len(), 2, "{lang}: annex headings at page starts: {starts:?}");
    }
}

#[test]
fn metadata_outline_and_links_are_there() {
    let s = built();
    for lang in LANGS {
        let f = file(&s, lang, "circular", "pdf");
        let doc = lopdf::Document::load(&f).unwrap();
        let catalog = doc.catalog().unwrap();
        // XMP: PDF/A-2 and PDF/UA-1 identification, title and language.
        let meta = catalog.get(b"Metadata").and_then(|m| m.as_reference()).unwrap();
        let stream = doc.get_object(meta).unwrap().as_stream().unwrap();
        let xmp = String::from_utf8_lossy(&stream.content).into_owned();
        assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"), "{lang}: {xmp}");
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{lang}");
        assert!(
            xmp.contains(&format!("<rdf:li>{lang}</rdf:li>")),
            "{lang}: no dc:language"
        );
        let lang_entry = catalog.get(b"Lang").unwrap().as_str().unwrap();
        assert_eq!(lang_entry, lang.as_bytes());
        // Outline: the letter and the two annexes.
        let outlines = catalog.get(b"Outlines").and_then(|o| o.as_reference()).unwrap();
        let outlines = doc.get_object(outlines).unwrap().as_dict().unwrap();
        let count = outlines.get(b"Count").unwrap().as_i64().unwrap();
        assert!(count.abs() >= 3, "{lang}: outline has {count} entries");
        // A live mailto: link to the study group's secretariat.
        let mut uris = Vec::new();
        for (_, page) in doc.get_pages() {
            for a in doc.get_page_annotations(page).unwrap_or_default() {
                if let Ok(action) = a.get(b"A").and_then(|x| x.as_dict())
                    && let Ok(uri) = action.get(b"URI").and_then(|u| u.as_str())
                {
                    uris.push(String::from_utf8_lossy(uri).into_owned());
                }
            }
        }
        assert!(
            uris.iter().any(|u| u == "mailto:tsbsg17@itu.int"),
            "{lang}: links {uris:?}"
        );
    }
}

#[test]
fn identical_input_gives_identical_pdfs() {
    let a = built();
    let b = built();
    for lang in LANGS {
        for doc in DOCS {
            assert_eq!(
                fs::read(file(&a, lang, doc, "pdf")).unwrap(),
                fs::read(file(&b, lang, doc, "pdf")).unwrap(),
                "{lang}/{doc}"
            );
        }
    }
}
