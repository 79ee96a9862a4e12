//! The web site around the documents: each document's page, with its language switcher and
//! `hreflang` alternates, and `out/index.html` listing every document in every language.

use std::path::Path;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::diag::{Diagnostic, Diagnostics};
use crate::kind::Document;
use crate::lang::Lang;
use crate::locales::Locales;
use crate::model::Circular;
use crate::render::{RenderedDoc, tera_diag};

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
    pdf: String,
    current: bool,
}

fn label(locales: &Locales, lang: Lang, doc: &Document, templates_dir: &Path) -> Result<String, Diagnostic> {
    locales
        .get(lang)
        .format(doc.label, &[])
        .map_err(|e| Diagnostic::whole_file(templates_dir, e).in_lang(lang))
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
            pdf: format!("{}.pdf", d.stem),
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
    ctx.insert("document", &doc.xhtml);
    crate::render::render_template(tera, "site/page.html", &ctx)
        .map_err(|e| tera_diag(templates_dir, &e).in_lang(doc.lang).into())
}

#[derive(Serialize)]
struct IndexLang {
    lang: &'static str,
    dir: &'static str,
    name: &'static str,
    documents: Vec<DocLink>,
}

#[derive(Serialize)]
struct IndexEntry {
    id: String,
    langs: Vec<IndexLang>,
}

/// `out/index.html`.
pub fn index(
    tera: &Tera,
    templates_dir: &Path,
    locales: &Locales,
    circulars: &[Circular],
    published: &Published,
) -> Result<String, Diagnostics> {
    let mut entries = Vec::new();
    for c in circulars {
        let mut langs = Vec::new();
        for l in Lang::ALL
            .into_iter()
            .filter(|l| published.contains(&(c.id.clone(), *l)))
        {
            let mut documents = Vec::new();
            for d in c.kind.documents {
                let href = |ext: &str| format!("{}/{}/{}.{ext}", c.id, l.code(), d.stem);
                documents.push(DocLink {
                    label: label(locales, l, d, templates_dir)?,
                    href: href("html"),
                    pdf: href("pdf"),
                    current: false,
                });
            }
            langs.push(IndexLang {
                lang: l.code(),
                dir: l.dir().as_str(),
                name: l.endonym(),
                documents,
            });
        }
        if !langs.is_empty() {
            entries.push(IndexEntry {
                id: c.id.clone(),
                langs,
            });
        }
    }
    let mut ctx = Context::new();
    ctx.insert("lang", "en");
    ctx.insert("circulars", &entries);
    crate::render::render_template(tera, "site/index.html", &ctx).map_err(|e| tera_diag(templates_dir, &e).into())
}

/// Registers the filters the templates use beyond Tera's own: `urlencode`, which
/// percent-encodes a value for a URL's query (the subject of a `mailto:` link).
pub fn register_filters(tera: &mut Tera) {
    tera.register_filter("urlencode", |s: &str, _: Kwargs, _: &State| percent_encode(s));
}

/// Every byte but the unreserved characters of RFC 3986 as `%XX`. Fluent's isolation
/// marks are dropped first: they have no place in an e-mail subject.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for c in s.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')) {
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
