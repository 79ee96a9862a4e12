//! The web site around the documents: each document's page, with its language switcher and
//! `hreflang` alternates, and the index of circulars in each language (`out/<lang>/index.html`,
//! and `out/index.html` in English with links to the others).

use std::path::{Path, PathBuf};

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::diag::{Diagnostic, Diagnostics};
use crate::kind::{Document, Kind};
use crate::lang::Lang;
use crate::locales::{Arg, Locales};
use crate::output::Output;
use crate::render::{RenderedDoc, doc_path, tera_diag};

/// The (circular, language) pairs whose pages exist after a build: links go only there.
pub type Published = std::collections::BTreeSet<(String, Lang)>;

#[derive(Serialize)]
struct Alternate {
    lang: &'static str,
    dir: &'static str,
    name: &'static str,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct DocLink {
    label: String,
    href: String,
    current: bool,
}

fn label(locales: &Locales, lang: Lang, doc: &Document, templates_dir: &Path) -> Result<String, Diagnostic> {
    locales
        .get(lang)
        .format(doc.label, &[])
        .map_err(|e| Diagnostic::whole_file(templates_dir, e).in_lang(lang))
}

/// The subject line of a document that has one (`<dl class="subject"><dd>`), as text.
fn subject_of(xhtml: &str) -> Option<String> {
    let xml = roxmltree::Document::parse(xhtml).ok()?;
    let dl = xml.descendants().find(|n| {
        n.has_tag_name("dl")
            && n.attribute("class")
                .is_some_and(|c| c.split(' ').any(|x| x == "subject"))
    })?;
    let dd = dl.children().find(|n| n.has_tag_name("dd"))?;
    let text: String = dd
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A string as the inside of a CSS string literal.
fn css_string(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().filter(|c| !is_bidi_control(*c)) {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' | '&' => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// The full HTML page of one document.
pub fn page(
    tera: &Tera,
    templates_dir: &Path,
    locales: &Locales,
    doc: &RenderedDoc,
    published: &Published,
) -> Result<String, Diagnostics> {
    let file = format!("{}.html", doc.doc.stem);
    let alternates: Vec<Alternate> = Lang::ALL
        .into_iter()
        .filter(|l| *l == doc.lang || published.contains(&(doc.circular.clone(), *l)))
        .map(|l| Alternate {
            lang: l.code(),
            dir: l.dir().as_str(),
            name: l.endonym(),
            href: format!("../{}/{file}", l.code()),
            current: l == doc.lang,
        })
        .collect();
    let mut documents = Vec::new();
    for d in doc.kind.documents {
        documents.push(DocLink {
            label: label(locales, doc.lang, d, templates_dir)?,
            href: format!("{}.html", d.stem),
            current: std::ptr::eq(d, doc.doc),
        });
    }
    let mut ctx = Context::new();
    ctx.insert("lang", doc.lang.code());
    ctx.insert("dir", doc.lang.dir().as_str());
    ctx.insert("title", &doc.title);
    ctx.insert("alternates", &alternates);
    ctx.insert("documents", &documents);
    ctx.insert("pdf", &format!("{}.pdf", doc.doc.stem));
    ctx.insert("index", &format!("../../{}/index.html", doc.lang.code()));
    ctx.insert("running_head_css", &css_string(&doc.name));
    // The letter's top-level heading (the annexes and the reply form have their own).
    let heading = if doc.doc.stem == "circular" {
        doc.title.as_str()
    } else {
        ""
    };
    ctx.insert("heading", heading);
    ctx.insert("document", &doc.xhtml);
    crate::render::render_template(tera, "site/page.html", &ctx)
        .map_err(|e| tera_diag(templates_dir, &e).in_lang(doc.lang).into())
}

#[derive(Serialize)]
struct IndexDoc {
    label: String,
    href: String,
    pdf: String,
    pdf_label: String,
}

#[derive(Serialize)]
struct IndexEntry {
    id: String,
    name: String,
    date_iso: String,
    date_long: String,
    subject: String,
    docs: Vec<IndexDoc>,
}

/// What an index shows of one document: its circular's facts and subject, not the document
/// itself, so that the index of many circulars holds little.
pub struct Listed {
    pub circular: String,
    pub lang: Lang,
    pub kind: &'static Kind,
    pub doc: &'static Document,
    pub name: String,
    pub number: u32,
    pub date_iso: String,
    pub date_long: String,
    /// The circular's subject, from the first of its documents that states one.
    pub subject: String,
}

/// The index's view of the documents of one circular in one language (as rendered, in the
/// order of its kind).
pub fn listed(docs: Vec<RenderedDoc>) -> Vec<Listed> {
    let subject = docs
        .iter()
        .filter_map(|d| subject_of(&d.xhtml))
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    docs.into_iter()
        .map(|d| Listed {
            circular: d.circular,
            lang: d.lang,
            kind: d.kind,
            doc: d.doc,
            name: d.name,
            number: d.number,
            date_iso: d.date_iso,
            date_long: d.date_long,
            subject: subject.clone(),
        })
        .collect()
}

/// The index pages: `<lang>/index.html` for each language with a published circular, and
/// `index.html` (English, for a visitor who has not chosen). `docs` are the documents of every
/// published circular (of any kind); `size` tells a file's size in bytes under
/// `out/`, when the file is there.
pub fn indexes(
    tera: &Tera,
    templates_dir: &Path,
    locales: &Locales,
    docs: &[Listed],
    size: &dyn Fn(&Path) -> Option<u64>,
) -> Result<Vec<Output>, Diagnostics> {
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| docs.iter().any(|d| d.lang == *l))
        .collect();
    let mut outputs = Vec::new();
    let mut diags = Diagnostics::default();
    let pages = langs.iter().map(|l| (*l, PathBuf::from(l.code()).join("index.html")));
    let root = Lang::ALL
        .into_iter()
        .find(|l| *l == Lang::En && langs.contains(l))
        .or_else(|| langs.first().copied())
        .map(|l| (l, PathBuf::from("index.html")));
    for (lang, path) in pages.chain(root) {
        match index_page(tera, templates_dir, locales, docs, size, lang, &langs, &path) {
            Ok(html) => outputs.push(Output {
                path,
                bytes: html.into_bytes(),
            }),
            Err(d) => diags.extend(d),
        }
    }
    diags.into_result().map(|()| outputs)
}

#[allow(clippy::too_many_arguments)]
fn index_page(
    tera: &Tera,
    templates_dir: &Path,
    locales: &Locales,
    docs: &[Listed],
    size: &dyn Fn(&Path) -> Option<u64>,
    lang: Lang,
    langs: &[Lang],
    path: &Path,
) -> Result<String, Diagnostics> {
    let msg = |id: &str, args: &[(&str, Arg)]| {
        locales
            .get(lang)
            .format(id, args)
            .map_err(|e| Diagnostics::from(Diagnostic::whole_file(templates_dir, e).in_lang(lang)))
    };
    // Links are relative to the page: `out/index.html` is one level up from the others.
    let up = if path.parent().is_some_and(|p| p.as_os_str().is_empty()) {
        ""
    } else {
        "../"
    };
    let mut entries: Vec<IndexEntry> = Vec::new();
    let mut ours: Vec<&Listed> = docs.iter().filter(|d| d.lang == lang).collect();
    // Newest first; a circular's documents in the order of its kind.
    let place = |d: &Listed| d.kind.documents.iter().position(|x| std::ptr::eq(x, d.doc));
    ours.sort_by(|a, b| {
        (&b.date_iso, b.number, &a.circular, place(a)).cmp(&(&a.date_iso, a.number, &b.circular, place(b)))
    });
    for d in ours {
        if entries.last().is_none_or(|e| e.id != d.circular) {
            entries.push(IndexEntry {
                id: d.circular.clone(),
                name: d.name.clone(),
                date_iso: d.date_iso.clone(),
                date_long: d.date_long.clone(),
                subject: d.subject.clone(),
                docs: Vec::new(),
            });
        }
        let pdf = doc_path(&d.circular, d.lang, d.doc.stem, "pdf");
        let kb = size(&pdf).map_or(0, |b| b.div_ceil(1024));
        let entry = entries.last_mut().expect("pushed above");
        entry.docs.push(IndexDoc {
            label: label(locales, lang, d.doc, templates_dir)?,
            href: format!("{up}{}", doc_path(&d.circular, d.lang, d.doc.stem, "html").display()),
            pdf: format!("{up}{}", pdf.display()),
            pdf_label: msg("site-pdf-size", &[("kb", Arg::Num(kb as f64))])?,
        });
    }
    let alternates: Vec<Alternate> = langs
        .iter()
        .map(|l| Alternate {
            lang: l.code(),
            dir: l.dir().as_str(),
            name: l.endonym(),
            href: format!("{up}{}/index.html", l.code()),
            current: *l == lang && !up.is_empty(),
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("lang", lang.code());
    ctx.insert("dir", lang.dir().as_str());
    ctx.insert("title", &msg("site-index-title", &[])?);
    ctx.insert("alternates", &alternates);
    ctx.insert("circulars", &entries);
    crate::render::render_template(tera, "site/index.html", &ctx)
        .map_err(|e| tera_diag(templates_dir, &e).in_lang(lang).into())
}

/// Registers the filters the templates use beyond Tera's own: `urlencode`, which
/// percent-encodes a value for a URL's query (the subject of a `mailto:` link), and `plain`.
pub fn register_filters(tera: &mut Tera) {
    tera.register_filter("urlencode", |s: &str, _: Kwargs, _: &State| percent_encode(s));
    tera.register_filter("plain", |s: &str, _: Kwargs, _: &State| plain(s));
}

/// Text without bidi controls, for attribute values (a form control's name and value, an
/// accessible name): no isolate can work there, and they would reach e-mails and PDF fields.
pub fn plain(s: &str) -> String {
    s.chars().filter(|c| !is_bidi_control(*c)).collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Every byte but the unreserved characters of RFC 3986 as `%XX`. Bidi controls are dropped
/// first: they have no place in an e-mail subject.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for c in s.chars().filter(|c| !is_bidi_control(*c)) {
        let mut buf = [0; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}
