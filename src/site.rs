//! The web site around the documents: each document's page, with its language switcher and
//! `hreflang` alternates, and `out/index.html` listing every document in every language.

use std::path::Path;

use serde::Serialize;
use tera::{Context, Tera};

use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::locales::Locales;
use crate::render::{DocKind, RenderedDoc, tera_diag};

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

fn label(locales: &Locales, lang: Lang, kind: DocKind) -> Result<String, String> {
    let id = match kind {
        DocKind::Circular => "site-document-circular",
        DocKind::ReplyForm => "site-document-reply-form",
    };
    locales.get(lang).format(id, &[])
}

/// The full HTML page of one document.
pub fn page(
    tera: &Tera,
    templates_dir: &Path,
    locales: &Locales,
    doc: &RenderedDoc,
    published: &Published,
) -> Result<String, Diagnostics> {
    let file = format!("{}.html", doc.kind.stem());
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
    for kind in DocKind::ALL {
        let label =
            label(locales, doc.lang, kind).map_err(|e| Diagnostic::whole_file(templates_dir, e).in_lang(doc.lang))?;
        documents.push(DocLink {
            label,
            href: format!("{}.html", kind.stem()),
            current: kind == doc.kind,
        });
    }
    let mut ctx = Context::new();
    ctx.insert("lang", doc.lang.code());
    ctx.insert("dir", doc.lang.dir().as_str());
    ctx.insert("title", &doc.title);
    ctx.insert("alternates", &alternates);
    ctx.insert("documents", &documents);
    ctx.insert("pdf", &format!("{}.pdf", doc.kind.stem()));
    ctx.insert("document", &doc.xhtml);
    tera.render("site/page.html", &ctx)
        .map_err(|e| tera_diag(templates_dir, &e).in_lang(doc.lang).into())
}

#[derive(Serialize)]
struct IndexLang {
    lang: &'static str,
    dir: &'static str,
    name: &'static str,
    circular: String,
    reply_form: String,
    circular_pdf: String,
    reply_form_pdf: String,
    circular_label: String,
    reply_form_label: String,
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
    ids: &[String],
    published: &Published,
) -> Result<String, Diagnostics> {
    let mut circulars = Vec::new();
    for id in ids {
        let mut langs = Vec::new();
        for l in Lang::ALL.into_iter().filter(|l| published.contains(&(id.clone(), *l))) {
            let href = |k: DocKind, ext: &str| format!("{id}/{}/{}.{ext}", l.code(), k.stem());
            let lbl = |k| label(locales, l, k).map_err(|e| Diagnostic::whole_file(templates_dir, e).in_lang(l));
            langs.push(IndexLang {
                lang: l.code(),
                dir: l.dir().as_str(),
                name: l.endonym(),
                circular: href(DocKind::Circular, "html"),
                reply_form: href(DocKind::ReplyForm, "html"),
                circular_pdf: href(DocKind::Circular, "pdf"),
                reply_form_pdf: href(DocKind::ReplyForm, "pdf"),
                circular_label: lbl(DocKind::Circular)?,
                reply_form_label: lbl(DocKind::ReplyForm)?,
            });
        }
        if !langs.is_empty() {
            circulars.push(IndexEntry { id: id.clone(), langs });
        }
    }
    let mut ctx = Context::new();
    ctx.insert("lang", "en");
    ctx.insert("circulars", &circulars);
    tera.render("site/index.html", &ctx)
        .map_err(|e| tera_diag(templates_dir, &e).into())
}
