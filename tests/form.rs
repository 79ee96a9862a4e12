//! The web pages in Chromium, driven as a Member State's official would use them: the reply
//! form filled in, answered, sent and printed in each language; every page at phone, tablet
//! and desktop widths; axe-core and the W3C Nu HTML Checker on the pages.
//!
//! Chromium (Debian's `chromium`), Node with `puppeteer-core` and `axe-core`, `vnu-jar` and
//! Java are test requirements that `tests/run.sh` installs; without them these tests fail.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Scratch, message, repo};
use serde_json::{Value, json};

const ID: &str = "T17-TSB-CIR-0053";
const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

fn chromium() -> PathBuf {
    for c in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(c).exists() {
            return PathBuf::from(c);
        }
    }
    panic!("headless Chromium is needed (Debian package `chromium`): run `bash tests/run.sh`, which installs it");
}

/// Runs `tests/browser/drive.mjs` on `tasks`; its answers, one per task.
fn drive(tasks: Vec<Value>) -> Vec<Value> {
    assert!(
        repo().join("node_modules/puppeteer-core").is_dir() && repo().join("node_modules/axe-core").is_dir(),
        "puppeteer-core and axe-core are needed in node_modules: run `bash tests/run.sh`, which installs them"
    );
    let dir = tempfile::tempdir().unwrap();
    let job = dir.path().join("job.json");
    fs::write(&job, json!({ "chromium": chromium(), "tasks": tasks }).to_string()).unwrap();
    let out = Command::new("node")
        .arg(repo().join("tests/browser/drive.mjs"))
        .arg(&job)
        .current_dir(repo())
        .output()
        .unwrap_or_else(|e| panic!("Node.js is needed (Debian package `nodejs`): {e}"));
    assert!(
        out.status.success(),
        "drive.mjs failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn url(p: &Path) -> String {
    format!("file://{}", p.display())
}

/// Values an official of each language might type, in its script.
fn values(lang: &str) -> Vec<(&'static str, &'static str)> {
    let (name, title, address, place, admin) = match lang {
        "ar" => (
            "أحمد سالم",
            "مدير الشؤون الدولية",
            "وزارة الاتصالات\nشارع النيل 12\nالقاهرة",
            "القاهرة",
            "مصر",
        ),
        "es" => (
            "Juana Pérez",
            "Directora de Asuntos Internacionales",
            "Ministerio de Comunicaciones\nCalle Mayor 3\nMadrid",
            "Madrid",
            "España",
        ),
        "fr" => (
            "Jeanne Dupont",
            "Directrice des affaires internationales",
            "Ministère des communications\n3 rue de l'Élysée\nParis",
            "Paris",
            "France",
        ),
        "ru" => (
            "Иван Петров",
            "Начальник международного отдела",
            "Министерство связи\nул. Тверская, 7\nМосква",
            "Москва",
            "Российская Федерация",
        ),
        "zh" => (
            "王伟",
            "国际合作司司长",
            "工业和信息化部\n长安街13号\n北京",
            "北京",
            "中国",
        ),
        _ => (
            "Jane Doe",
            "Director of International Affairs",
            "Ministry of Communications\n1 Main Street\nLondon",
            "London",
            "United Kingdom",
        ),
    };
    vec![
        ("rf-name", name),
        ("rf-title", title),
        ("rf-address", address),
        ("rf-fax", "+44 20 7946 0000"),
        ("rf-email", "reply@example.org"),
        ("rf-date", "2018-03-01"),
        ("rf-place", place),
        ("rf-signatory", name),
        ("rf-signatory-title", title),
        ("rf-administration", admin),
    ]
}

/// Contradictory clicks: each row ends on the last answer clicked, and nothing else stays on.
const CLICKS: [&str; 7] = [
    "rf-rec1-none",
    "rf-rec1-refuse",
    "rf-rec1-attached",
    "rf-rec2-refuse",
    "rf-rec2-none",
    "rf-rec3-attached",
    "rf-rec3-refuse",
];
const CHOSEN: [&str; 3] = ["rf-rec1-attached", "rf-rec2-none", "rf-rec3-refuse"];

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).expect("the mail link is UTF-8")
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (Debian package poppler-utils): run `bash tests/run.sh`");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squash(s: &str) -> String {
    s.chars()
        // pdftotext marks runs with bidi embeddings; Fluent isolates placeables.
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
        })
        .collect()
}

#[test]
fn the_reply_form_is_filled_answered_sent_and_printed_in_every_language() {
    let s = Scratch::new();
    s.build();
    let prints = tempfile::tempdir().unwrap();
    let mut tasks = Vec::new();
    for lang in LANGS {
        let fill: serde_json::Map<String, Value> = values(lang)
            .into_iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        for javascript in [true, false] {
            let page = s.out().join(ID).join(lang).join("reply-form.html");
            tasks.push(json!({
                "kind": "form", "url": url(&page), "width": if javascript { 375 } else { 1280 },
                "fill": fill, "click": CLICKS, "javascript": javascript,
                "print": prints.path().join(format!("{lang}-{javascript}.pdf")),
            }));
        }
    }
    let results = drive(tasks);
    for (i, lang) in LANGS.iter().enumerate() {
        for (j, javascript) in [true, false].into_iter().enumerate() {
            let r = &results[i * 2 + j];
            let at = format!("{lang}, script {}", if javascript { "on" } else { "off" });
            let circular = message(lang, "circular-name", &[("number", 53u32.into())]);
            let before = &r["before"];
            // Each draft has one group of three answers; the contradictory clicks leave one.
            let groups = before["groups"].as_array().unwrap();
            assert_eq!(groups.len(), 3, "{at}: {groups:?}");
            assert!(
                groups.iter().all(|g| g.as_array().unwrap().len() == 3),
                "{at}: {groups:?}"
            );
            assert_eq!(before["checked"], json!(CHOSEN), "{at}");
            // The "authorizes" box is ticked where the answer authorizes, and only there.
            assert_eq!(before["boxes"], json!([true, true, false]), "{at}");
            for (id, v) in values(lang) {
                assert_eq!(before["values"][id], json!(v), "{at}: {id}");
            }
            // Fax, e-mail and date read left to right in every language.
            for id in ["rf-fax", "rf-email", "rf-date"] {
                assert_eq!(before["dir"][id], json!("ltr"), "{at}: {id}");
            }
            // Labels without brackets.
            for (id, name) in before["names"].as_object().unwrap() {
                let name = name.as_str().unwrap();
                assert!(
                    !name.trim().is_empty() && !name.contains('['),
                    "{at}: {id} is named {name:?}"
                );
            }
            if javascript {
                assert_eq!(
                    before["buttons"],
                    json!({"send": true, "print": true, "clear": true}),
                    "{at}"
                );
                // The mail: to the reply address, with the subject, listing every answer.
                let mailto = r["mailto"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{at}: Send opened no mail"));
                let (to, query) = mailto.split_once('?').unwrap();
                assert_eq!(to, "mailto:tsbdir@itu.int", "{at}");
                let mut subject = String::new();
                let mut body = String::new();
                for part in query.split('&') {
                    let (k, v) = part.split_once('=').unwrap();
                    match k {
                        "subject" => subject = percent_decode(v),
                        "body" => body = percent_decode(v),
                        _ => panic!("{at}: unexpected {k} in the mail link"),
                    }
                }
                let answer_text = |id: &str| message(lang, id, &[("sg", "17".into())]);
                assert_eq!(
                    subject,
                    message(lang, "mail-subject", &[("circular", circular.clone().into())]),
                    "{at}"
                );
                for (id, v) in values(lang) {
                    let v = if id == "rf-address" {
                        v.replace('\n', ", ")
                    } else if id == "rf-date" {
                        "(2018-03-01)".into()
                    } else {
                        v.to_string()
                    };
                    assert!(body.contains(&v), "{at}: the mail lacks {id} {v:?}:\n{body}");
                }
                for answer in [
                    "answer-authorize-comments",
                    "answer-authorize-no-comments",
                    "answer-refuse",
                ] {
                    assert_eq!(
                        body.matches(&answer_text(answer)).count(),
                        1,
                        "{at}: {answer} in\n{body}"
                    );
                }
                assert!(
                    !body.contains(&answer_text("answer-missing")),
                    "{at}: an answer is missing:\n{body}"
                );
                assert!(
                    !body.contains(['\u{2068}', '\u{2069}']),
                    "{at}: isolation marks in the mail"
                );
                // A reload keeps every value and answer.
                assert_eq!(r["after"]["values"], before["values"], "{at}");
                assert_eq!(r["after"]["checked"], before["checked"], "{at}");
            } else {
                // Without script: no dead buttons, a mail link with the subject instead.
                assert_eq!(
                    before["buttons"],
                    json!({"send": false, "print": false, "clear": false}),
                    "{at}"
                );
                let links = before["mailLinks"].as_array().unwrap();
                assert!(
                    links
                        .iter()
                        .any(|l| l.as_str().unwrap().starts_with("mailto:tsbdir@itu.int?subject=")),
                    "{at}: {links:?}"
                );
                assert!(r["mailto"].is_null());
            }
            // The printed form carries the values.
            let raw = pdf_text(&prints.path().join(format!("{lang}-{javascript}.pdf")));
            let printed = squash(&raw);
            // Later pages begin with their number and the running head, as the PDF's do (the
            // text layer loses the dashes around the number in some orders).
            let page2 = squash(raw.split('\u{c}').nth(1).unwrap_or_default());
            let head = squash(&circular);
            let at_start = page2.find(&head).is_some_and(|i| i < 12 && page2[..i].contains('2'));
            assert!(
                at_start,
                "{at}: no running head on page 2: {}",
                page2.chars().take(60).collect::<String>()
            );
            for (id, v) in values(lang) {
                if id == "rf-date" {
                    continue; // shown in the browser's own date format
                }
                // Word by word: the print's columns interleave in the text layer.
                for word in v.split_whitespace() {
                    assert!(
                        printed.contains(&squash(word)),
                        "{at}: the print lacks {word:?} of {id}"
                    );
                }
            }
        }
    }
}

/// Every web page of the build: the indexes, and Circular 53's documents in each language.
fn every_page(s: &Scratch) -> Vec<PathBuf> {
    let mut pages = vec![s.out().join("index.html")];
    for lang in LANGS {
        pages.push(s.out().join(lang).join("index.html"));
        for doc in ["circular", "reply-form"] {
            pages.push(s.out().join(ID).join(lang).join(format!("{doc}.html")));
        }
    }
    pages
}

/// Every page at the widths of a phone, a tablet and a desktop: nothing wider than the window.
/// Prints the page heights at 375 px, the figure to watch.
#[test]
fn no_page_scrolls_sideways_on_a_phone_a_tablet_or_a_desktop() {
    let s = Scratch::new();
    s.build();
    let pages = every_page(&s);
    let widths = [375, 768, 1280];
    let tasks = pages
        .iter()
        .flat_map(|p| widths.map(|w| json!({"kind": "layout", "url": url(p), "width": w})))
        .collect();
    let results = drive(tasks);
    let mut i = 0;
    for p in &pages {
        for w in widths {
            let r = &results[i];
            i += 1;
            let at = format!("{} at {w} px: {r}", p.strip_prefix(s.out()).unwrap().display());
            assert!(
                r["scrollWidth"].as_i64() <= r["clientWidth"].as_i64(),
                "sideways scrolling: {at}"
            );
            assert!(r["overflow"].as_array().unwrap().is_empty(), "elements stick out: {at}");
            if w == 375 {
                println!(
                    "{}: {} px high at 375 px",
                    p.strip_prefix(s.out()).unwrap().display(),
                    r["height"]
                );
            }
        }
    }
}

#[test]
fn axe_finds_no_violation() {
    let s = Scratch::new();
    s.build();
    let pages = every_page(&s);
    let tasks = pages
        .iter()
        .flat_map(|p| [375, 1280].map(|w| json!({"kind": "axe", "url": url(p), "width": w})))
        .collect();
    let results = drive(tasks);
    let mut problems = Vec::new();
    for (k, r) in results.iter().enumerate() {
        let v = r["violations"].as_array().unwrap();
        if !v.is_empty() {
            problems.push(format!(
                "{} at {} px: {v:#?}",
                pages[k / 2].display(),
                [375, 1280][k % 2]
            ));
        }
    }
    assert!(problems.is_empty(), "axe violations:\n{}", problems.join("\n"));
}

#[test]
fn the_nu_html_checker_finds_no_error() {
    let s = Scratch::new();
    s.build();
    let jar = repo().join("node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.exists(),
        "vnu-jar is needed in node_modules: run `bash tests/run.sh`"
    );
    let mut pages = vec![s.out().join("index.html")];
    for id in [ID, "T17-TSB-CIR-0085"] {
        for lang in LANGS {
            for doc in ["circular", "reply-form"] {
                pages.push(s.out().join(id).join(lang).join(format!("{doc}.html")));
            }
        }
    }
    for lang in LANGS {
        pages.push(s.out().join(lang).join("index.html"));
    }
    let out = Command::new("java")
        .args(["-jar"])
        .arg(&jar)
        .args(["--errors-only", "--format", "text"])
        .args(&pages)
        .output()
        .expect(
            "Java is needed for the Nu HTML Checker (Debian package default-jre-headless): run `bash tests/run.sh`",
        );
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let report = report.replace("Document checking completed. No errors found.", "");
    assert!(
        out.status.success() && report.trim().is_empty(),
        "Nu HTML Checker:\n{report}"
    );
}

/// The reply form's PDF in Chromium's own PDF viewer: its fields are there to fill (the viewer
/// shades them), where the letter's first page has none.
#[test]
fn chromium_shows_the_pdf_fields() {
    let s = Scratch::new();
    s.build();
    let shots = tempfile::tempdir().unwrap();
    let r = drive(vec![
        json!({"kind": "screenshot", "url": url(&s.out().join(ID).join("en/reply-form.pdf")), "width": 1000, "height": 1400,
               "path": shots.path().join("form.png"), "settle": 2500}),
        json!({"kind": "screenshot", "url": url(&s.out().join(ID).join("en/circular.pdf")), "width": 1000, "height": 1400,
               "path": shots.path().join("letter.png"), "settle": 2500}),
    ]);
    let (f, l) = (r[0]["shaded"].as_u64().unwrap(), r[1]["shaded"].as_u64().unwrap());
    assert!(
        f > 2000,
        "Chromium's viewer shows no field on the reply form ({f} shaded pixels)"
    );
    assert!(
        f > 5 * l,
        "the letter shows nearly as many shaded pixels as the form ({l} vs {f})"
    );
}
