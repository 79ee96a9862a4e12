//! The fillable PDF: its fields read back with lopdf (names, types, accessible names in the
//! document's language, radio groups and their export values, appearance streams, tags in
//! reading order), filled and read back again, rendered by poppler; and every PDF of a build
//! judged by outside PDF/UA-1 and PDF/A-2 checkers from PyPI (`tests/pdfcheck.py`, in the
//! virtual environment `.venv` that `tests/run.sh` makes).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Scratch, message, repo};
use lopdf::{Document, Object, ObjectId, StringFormat};

const ID: &str = "T17-TSB-CIR-0053";
const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// A PDF text string as Rust text (UTF-16BE with its mark, or PDFDocEncoding's ASCII part).
fn text_of(o: &Object) -> String {
    let b = o.as_str().expect("a string");
    if let Some(rest) = b.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = rest.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16(&units).unwrap()
    } else {
        b.iter().map(|&c| char::from(c)).collect()
    }
}

fn pdf_string(s: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// A label without its colon, as the fields' accessible names have it.
fn bare(label: &str) -> String {
    label
        .trim_end_matches([':', '：', ' ', '\u{a0}', '\u{202f}'])
        .to_string()
}

struct Field {
    name: String,
    ft: String,
    tu: String,
    flags: i64,
    /// The widgets: the field itself, or its kids.
    widgets: Vec<ObjectId>,
    id: ObjectId,
}

fn fields(doc: &Document) -> Vec<Field> {
    let catalog = doc.catalog().unwrap();
    assert!(catalog.has(b"AcroForm"), "no /AcroForm");
    let acro = doc
        .get_dictionary(catalog.get(b"AcroForm").unwrap().as_reference().unwrap())
        .unwrap();
    assert!(!acro.has(b"NeedAppearances"), "PDF/A-2 forbids NeedAppearances");
    acro.get(b"Fields")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let id = r.as_reference().unwrap();
            let d = doc.get_dictionary(id).unwrap();
            let widgets = match d.get(b"Kids") {
                Ok(k) => k
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k.as_reference().unwrap())
                    .collect(),
                Err(_) => vec![id],
            };
            Field {
                name: text_of(d.get(b"T").unwrap()),
                ft: String::from_utf8_lossy(d.get(b"FT").unwrap().as_name().unwrap()).into_owned(),
                tu: text_of(d.get(b"TU").unwrap()),
                flags: d.get(b"Ff").map_or(0, |f| f.as_i64().unwrap()),
                widgets,
                id,
            }
        })
        .collect()
}

/// The appearance states of a widget (`/AP /N`): the names of a button's states, or the
/// empty name for a text field's single appearance.
fn states(doc: &Document, widget: ObjectId) -> Vec<String> {
    let w = doc.get_dictionary(widget).unwrap();
    let n = w
        .get(b"AP")
        .and_then(Object::as_dict)
        .and_then(|ap| ap.get(b"N"))
        .expect("an /AP /N");
    match n {
        Object::Reference(r) => match doc.get_object(*r).unwrap() {
            Object::Stream(_) => vec![String::new()],
            other => panic!("/N is {other:?}"),
        },
        Object::Dictionary(d) => d
            .iter()
            .map(|(k, v)| {
                let r = v.as_reference().unwrap();
                assert!(
                    doc.get_object(r).unwrap().as_stream().is_ok(),
                    "state {k:?} has no stream"
                );
                String::from_utf8_lossy(k).into_owned()
            })
            .collect(),
        other => panic!("/N is {other:?}"),
    }
}

/// The widgets the structure tree's `Form` elements hold, in the tree's reading order.
fn tagged_widgets(doc: &Document) -> Vec<ObjectId> {
    fn walk(doc: &Document, o: &Object, in_form: bool, out: &mut Vec<ObjectId>) {
        let o = match o {
            Object::Reference(r) => doc.get_object(*r).unwrap(),
            o => o,
        };
        match o {
            Object::Array(a) => a.iter().for_each(|k| walk(doc, k, in_form, out)),
            Object::Dictionary(d) => {
                if d.get(b"Type").and_then(Object::as_name).ok() == Some(b"OBJR") {
                    if in_form {
                        out.push(d.get(b"Obj").unwrap().as_reference().unwrap());
                    }
                    return;
                }
                let form = in_form || d.get(b"S").and_then(Object::as_name).ok() == Some(b"Form");
                if let Ok(k) = d.get(b"K") {
                    walk(doc, k, form, out);
                }
            }
            _ => {}
        }
    }
    let root = doc.catalog().unwrap().get(b"StructTreeRoot").unwrap().clone();
    let mut out = Vec::new();
    walk(doc, &root, false, &mut out);
    out
}

fn built() -> Scratch {
    let s = Scratch::new();
    s.build();
    s
}

fn file(s: &Scratch, lang: &str, doc: &str) -> PathBuf {
    s.out().join(ID).join(lang).join(format!("{doc}.pdf"))
}

const TEXT_FIELDS: [&str; 10] = [
    "from_name",
    "from_title",
    "from_address",
    "from_fax",
    "from_email",
    "date",
    "place",
    "signatory_name",
    "signatory_title",
    "administration",
];

#[test]
fn the_reply_form_pdfs_carry_tagged_fields_named_in_their_language() {
    let s = built();
    for lang in LANGS {
        for docname in ["reply-form", "circular"] {
            let at = format!("{lang}/{docname}.pdf");
            let doc = Document::load(file(&s, lang, docname)).unwrap();
            let fields = fields(&doc);
            let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
            let mut expected: Vec<String> = TEXT_FIELDS[..7].iter().map(|s| s.to_string()).collect();
            for n in 1..=3 {
                expected.push(format!("rec{n}_decision"));
                expected.push(format!("rec{n}_comments"));
            }
            expected.extend(TEXT_FIELDS[7..].iter().map(|s| s.to_string()));
            assert_eq!(names, expected, "{at}: fields in reading order");
            let by_name: BTreeMap<&str, &Field> = fields.iter().map(|f| (f.name.as_str(), f)).collect();
            // Accessible names: the labels of the web form, in the document's language.
            let rf = |id: &str| message(lang, id, &[]);
            let common = rf;
            let tus = [
                ("from_title", rf("field-title")),
                ("from_address", rf("field-address")),
                ("from_fax", bare(&common("label-fax"))),
                ("from_email", bare(&common("label-email"))),
                ("date", bare(&common("label-date"))),
                ("place", bare(&rf("field-place"))),
                ("signatory_name", rf("field-name")),
                ("signatory_title", rf("field-title")),
                ("administration", rf("field-administration")),
            ];
            for (name, tu) in tus {
                assert_eq!(by_name[name].tu, tu, "{at}: /TU of {name}");
            }
            // The sender's name is named with its group: "From: Name".
            let from = &by_name["from_name"].tu;
            assert!(
                from.starts_with(&common("label-from")) && from.ends_with(&rf("field-name")),
                "{at}: {from}"
            );
            for f in &fields {
                let widgets_states: Vec<Vec<String>> = f.widgets.iter().map(|w| states(&doc, *w)).collect();
                if f.name.starts_with("rec") {
                    assert_eq!(f.ft, "Btn", "{at}: {}", f.name);
                    assert_eq!(f.flags & (1 << 15), 1 << 15, "{at}: {} is not a radio group", f.name);
                    let mut values: Vec<String> = widgets_states
                        .iter()
                        .map(|st| {
                            assert!(
                                st.contains(&"Off".to_string()) && st.len() == 2,
                                "{at}: {} {st:?}",
                                f.name
                            );
                            st.iter().find(|x| *x != "Off").unwrap().clone()
                        })
                        .collect();
                    values.sort();
                    let want = if f.name.ends_with("decision") {
                        ["authorize", "refuse"]
                    } else {
                        ["attached", "none"]
                    };
                    assert_eq!(values, want, "{at}: export values of {}", f.name);
                    // Named after its draft, in the document's language.
                    let n: usize = f.name[3..4].parse().unwrap();
                    let code = ["X.1214", "X.1331", "X.1603"][n - 1];
                    let what = if f.name.ends_with("decision") {
                        "field-decision"
                    } else {
                        "field-comments"
                    };
                    let tail = message(lang, what, &[("draft", "".into())]);
                    assert!(
                        f.tu.contains(code) && f.tu.ends_with(&tail),
                        "{at}: {} is named {:?}",
                        f.name,
                        f.tu
                    );
                } else {
                    assert_eq!(f.ft, "Tx", "{at}: {}", f.name);
                    assert_eq!(
                        widgets_states,
                        vec![vec![String::new()]],
                        "{at}: {} has no appearance",
                        f.name
                    );
                    let multiline = f.flags & (1 << 12) != 0;
                    assert_eq!(multiline, f.name == "from_address", "{at}: {}", f.name);
                }
                for w in &f.widgets {
                    let d = doc.get_dictionary(*w).unwrap();
                    assert_eq!(d.get(b"Subtype").unwrap().as_name().unwrap(), b"Widget");
                    assert!(d.has(b"StructParent"), "{at}: a widget of {} is not tagged", f.name);
                    assert_eq!(
                        d.get(b"F").unwrap().as_i64().unwrap() & 4,
                        4,
                        "{at}: {} does not print",
                        f.name
                    );
                }
            }
            // Each widget in a Form element, the Form elements in the fields' reading order
            // (the decision's two widgets frame the comments': authorize, its comments, refuse).
            let tagged = tagged_widgets(&doc);
            let mut order = Vec::new();
            for f in &fields {
                if f.name.ends_with("_comments") {
                    let last = order.pop().unwrap();
                    order.extend(f.widgets.iter().copied());
                    order.push(last);
                } else {
                    order.extend(f.widgets.iter().copied());
                }
            }
            assert_eq!(tagged, order, "{at}: the Form elements are not in reading order");
        }
    }
}

/// A PPM's pixels (pdftoppm's own output format), row by row.
fn ppm(path: &Path) -> (usize, usize, Vec<u8>) {
    let data = fs::read(path).unwrap();
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while data[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !data[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P6");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, data[i + 1..].to_vec())
}

/// Dark pixels of page 1 at 72 dpi (1 px = 1 pt) inside `rect` (PDF coordinates).
fn dark_in(pdf: &Path, rect: [f32; 4]) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("p");
    let st = Command::new("pdftoppm")
        .args(["-r", "72", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (Debian package poppler-utils): run `bash tests/run.sh`");
    assert!(st.success());
    let out = fs::read_dir(dir.path()).unwrap().next().unwrap().unwrap().path();
    let (w, h, px) = ppm(&out);
    let [x0, y0, x1, y1] = rect;
    let mut n = 0;
    for y in (h as f32 - y1).max(0.0) as usize..((h as f32 - y0) as usize).min(h) {
        for x in x0.max(0.0) as usize..(x1 as usize).min(w) {
            let p = &px[(y * w + x) * 3..][..3];
            if p.iter().all(|&c| c < 100) {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn fields_filled_programmatically_read_back_and_render_in_poppler() {
    let s = built();
    for lang in ["en", "ar", "zh"] {
        let src = file(&s, lang, "reply-form");
        let mut doc = Document::load(&src).unwrap();
        let fs_ = fields(&doc);
        let typed: BTreeMap<&str, String> = TEXT_FIELDS
            .iter()
            .map(|n| {
                (
                    *n,
                    format!(
                        "{lang} {n} — {}",
                        if lang == "ar" {
                            "اختبار"
                        } else {
                            "試驗 тест"
                        }
                    ),
                )
            })
            .collect();
        // Fill: every text field; rec1 authorizes with no comments (widgets on page 1).
        let mut checked = Vec::new();
        for f in &fs_ {
            if let Some(v) = typed.get(f.name.as_str()) {
                doc.get_dictionary_mut(f.id).unwrap().set("V", pdf_string(v));
            }
            let want = match f.name.as_str() {
                "rec1_decision" => "authorize",
                "rec1_comments" => "none",
                _ => continue,
            };
            doc.get_dictionary_mut(f.id)
                .unwrap()
                .set("V", Object::Name(want.into()));
            for w in &f.widgets {
                if states(&doc, *w).iter().any(|x| x == want) {
                    doc.get_dictionary_mut(*w).unwrap().set("AS", Object::Name(want.into()));
                    let r = doc
                        .get_dictionary(*w)
                        .unwrap()
                        .get(b"Rect")
                        .unwrap()
                        .as_array()
                        .unwrap()
                        .clone();
                    let r: Vec<f32> = r.iter().map(|v| v.as_float().unwrap()).collect();
                    checked.push([r[0], r[1], r[2], r[3]]);
                }
            }
        }
        assert_eq!(checked.len(), 2, "{lang}");
        let dir = tempfile::tempdir().unwrap();
        let filled = dir.path().join("filled.pdf");
        doc.save(&filled).unwrap();
        // Read back.
        let back = Document::load(&filled).unwrap();
        for f in fields(&back) {
            let v = back.get_dictionary(f.id).unwrap().get(b"V");
            match typed.get(f.name.as_str()) {
                Some(t) => assert_eq!(&text_of(v.unwrap()), t, "{lang}: {}", f.name),
                None => {
                    let v = v.unwrap().as_name().unwrap();
                    let want: &[u8] = match f.name.as_str() {
                        "rec1_decision" => b"authorize",
                        "rec1_comments" => b"none",
                        _ => b"Off",
                    };
                    assert_eq!(v, want, "{lang}: {}", f.name);
                }
            }
        }
        let check = Command::new("qpdf").arg("--check").arg(&filled).output().expect("qpdf");
        assert!(
            check.status.success(),
            "{lang}: {}",
            String::from_utf8_lossy(&check.stdout)
        );
        // Poppler draws the chosen states: a tick in the box, a dot in the circle.
        for rect in checked {
            let (before, after) = (dark_in(&src, rect), dark_in(&filled, rect));
            assert!(
                after > before + 4,
                "{lang}: poppler shows no mark at {rect:?} ({before} → {after} dark pixels)"
            );
        }
    }
}

/// page-validation misreads the default FontMatrix of CFF (CIDFontType0C) subsets, the
/// Chinese font's, and reports a glyph width of 0: known noise of that checker.
fn is_known_noise(rule: &str, message: &str) -> bool {
    rule.ends_with("GLYPH-WIDTH-001") && message.contains("CIDFontType0C")
}

#[test]
fn outside_checkers_pass_every_pdf() {
    let s = built();
    let python = repo().join(".venv/bin/python");
    assert!(
        python.exists(),
        "the PDF checkers' virtual environment is missing: run `bash tests/run.sh`, which makes .venv"
    );
    let mut pdfs = Vec::new();
    let mut pages = 0;
    for (path, _) in common::tree(&s.out()) {
        if path.extension().is_some_and(|e| e == "pdf") {
            pdfs.push(s.out().join(path));
        } else if path.components().count() == 3 {
            pages += 1; // <id>/<lang>/<doc>.html
        }
    }
    assert_eq!(pdfs.len(), pages, "a PDF for each document: {pdfs:?}");
    let out = Command::new(&python)
        .arg(repo().join("tests/pdfcheck.py"))
        .args(&pdfs)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdfcheck.py: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut problems = Vec::new();
    let mut noise = 0;
    for r in report["reports"].as_array().unwrap() {
        let f = r["file"].as_str().unwrap();
        for (profile, failures) in r["page"].as_object().unwrap() {
            for x in failures.as_array().unwrap() {
                let (rule, msg) = (x["rule"].as_str().unwrap(), x["message"].as_str().unwrap());
                if is_known_noise(rule, msg) {
                    noise += 1;
                } else {
                    problems.push(format!("{f}: page-validation {profile}: {rule}: {msg}"));
                }
            }
        }
        for x in r["pdfua"].as_array().unwrap() {
            problems.push(format!("{f}: pdfua: {x}"));
        }
    }
    println!(
        "{} PDFs checked by {}; {noise} known glyph-width reports on CFF fonts",
        pdfs.len(),
        report["checkers"]
    );
    assert!(problems.is_empty(), "outside checkers:\n{}", problems.join("\n"));
}
