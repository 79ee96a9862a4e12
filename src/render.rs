//! From checked content and locales to the semantic XHTML of each document, with Tera.
//!
//! Rust prepares the facts of a circular in one language (dates from ICU, lists joined by the
//! locale's separators, catalogue keys resolved); the templates place them and call
//! `t(id=…, …)` for every sentence, which formats a Fluent message of the page's language.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, TeraResult};

use crate::dates::DateFormatter;
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::locales::{Arg, Locales};
use crate::markdown;
use crate::model::{Circular, Key, Signatory, Union};

/// The documents made of each circular, per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    Circular,
    ReplyForm,
}

impl DocKind {
    pub const ALL: [DocKind; 2] = [DocKind::Circular, DocKind::ReplyForm];

    /// File stem of the outputs: `circular.html`, `reply-form.pdf`.
    pub fn stem(self) -> &'static str {
        match self {
            DocKind::Circular => "circular",
            DocKind::ReplyForm => "reply-form",
        }
    }

    pub fn template(self) -> &'static str {
        match self {
            DocKind::Circular => "kinds/consultation/circular.html",
            DocKind::ReplyForm => "kinds/consultation/reply-form.html",
        }
    }
}

/// Loads the templates and registers `t`. Template errors carry their file, line and column.
pub fn load_templates(dir: &Path, locales: Arc<Locales>) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html"]);
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
        let id: String = kwargs.must_get("id")?;
        let lang: String = state
            .get("lang")?
            .ok_or_else(|| tera::Error::message("`t` needs `lang` in the context"))?;
        let lang: Lang = lang.parse().map_err(tera::Error::message)?;
        let mut args: Vec<(String, Arg)> = Vec::new();
        for (k, v) in kwargs.iter() {
            let k = k.as_str().unwrap_or_default();
            if k == "id" {
                continue;
            }
            let arg = if let Some(s) = v.as_str() {
                Arg::Str(s.to_string())
            } else if let Some(n) = v.as_f64() {
                Arg::Num(n)
            } else {
                return Err(tera::Error::message(format!(
                    "argument `{k}` of `t` must be a string or a number, not {}",
                    v.name()
                )));
            };
            args.push((k.to_string(), arg));
        }
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        locales.get(lang).format(&id, &args).map_err(tera::Error::message)
    });
    let mut diags = Diagnostics::default();
    let mut sources = Vec::new();
    match template_files(dir) {
        Ok(names) => {
            for name in names {
                let path = dir.join(&name);
                match fs::read_to_string(&path) {
                    Ok(text) => sources.push((name, text)),
                    Err(e) => diags.push(Diagnostic::whole_file(&path, format!("cannot read template: {e}"))),
                }
            }
        }
        Err(e) => diags.push(Diagnostic::whole_file(
            dir,
            format!("cannot read the templates folder: {e}"),
        )),
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str()))) {
        return Err(tera_diag(dir, &e).into());
    }
    Ok(tera)
}

/// Every template under `dir` (`.html` and `.css` files, in sub-folders too), by its name
/// relative to `dir` with `/` separators, as templates include each other:
/// `common/letterhead.html`, `kinds/consultation/circular.html`.
fn template_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        for e in fs::read_dir(dir.join(&rel))? {
            let e = e?;
            let rel = rel.join(e.file_name());
            if e.file_type()?.is_dir() {
                stack.push(rel);
            } else if rel.extension().is_some_and(|x| x == "html" || x == "css") {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                names.push(parts.join("/"));
            }
        }
    }
    names.sort();
    Ok(names)
}

/// A Tera error as a diagnostic at the template's file, line and column.
pub fn tera_diag(dir: &Path, e: &tera::Error) -> Diagnostic {
    use std::error::Error as _;
    match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            let s = r.span();
            let mut d = Diagnostic::new(
                dir.join(r.filename()),
                s.start_line as u64,
                s.start_col as u64 + 1,
                r.message(),
            );
            let mut src = e.source();
            while let Some(cause) = src {
                d = d.note(cause.to_string());
                src = cause.source();
            }
            d
        }
        _ => {
            // Some errors (an unknown function or filter) come pre-rendered; their text holds
            // a `--> name:line:col` line that we lift out.
            let text = e.to_string();
            let pos = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("--> "))
                .and_then(|loc| {
                    let mut it = loc.rsplitn(3, ':');
                    let col: u64 = it.next()?.parse().ok()?;
                    let line: u64 = it.next()?.parse().ok()?;
                    Some((it.next()?.to_string(), line, col))
                });
            let first = text
                .lines()
                .next()
                .unwrap_or("template error")
                .trim_start_matches("error: ")
                .to_string();
            match pos {
                Some((file, line, col)) => Diagnostic::new(dir.join(file), line, col, first),
                None => Diagnostic::whole_file(dir, text),
            }
        }
    }
}

/// A draft Recommendation, ready for the templates.
#[derive(Debug, Serialize)]
struct RecView {
    number: String,
    former: String,
    source: String,
    title: String,
    summary_html: String,
    /// "Draft Recommendation ITU-T X.1214 (ex X.samtn)"
    draft: String,
}

/// One line under the closing formula: `kind` is `name` or `title`.
#[derive(Debug, Serialize)]
struct SignatureLine {
    kind: &'static str,
    text: String,
}

/// A circular in one language, ready for the templates.
#[derive(Debug, Serialize)]
struct CircularView {
    id: String,
    number: String,
    date_iso: String,
    date_long: String,
    place: String,
    reference: String,
    circular_name: String,
    sg: String,
    sg_field: String,
    contact: crate::model::ContactSrc,
    to: Vec<String>,
    copy_to: Vec<String>,
    meeting_place: String,
    meeting_dates_short: String,
    meeting_dates_text: String,
    collective_letter: String,
    wtsa_place: String,
    wtsa_year: String,
    deadline_date: String,
    deadline_time: String,
    reply_fax: String,
    reply_email: String,
    threshold: String,
    /// The signatory's name and title, in the order the language puts them.
    signature: Vec<SignatureLine>,
    recs: Vec<RecView>,
    recs_list: String,
    count: u32,
}

/// Everything a rendering needs besides the templates.
pub struct Env<'a> {
    pub locales: &'a Locales,
    pub signatories: &'a BTreeMap<String, Signatory>,
    pub union: &'a Union,
}

/// Formats messages of one language for one circular, collecting errors at the circular's
/// positions rather than stopping at the first.
struct Fmt<'a> {
    lang: Lang,
    env: &'a Env<'a>,
    circular: &'a Circular,
    diags: Diagnostics,
}

impl Fmt<'_> {
    fn msg(&mut self, id: &str, args: &[(&str, Arg)]) -> String {
        self.env.locales.get(self.lang).format(id, args).unwrap_or_else(|e| {
            self.diags
                .push(Diagnostic::whole_file(&self.circular.file, e).in_lang(self.lang));
            String::new()
        })
    }

    /// A message named after a catalogue key (`place-geneva`), reported at the key.
    fn keyed(&mut self, prefix: &str, key: &Key, args: &[(&str, Arg)]) -> String {
        let id = format!("{prefix}-{}", key.key);
        let locale = self.env.locales.get(self.lang);
        if !locale.has(&id) {
            self.diags.push(
                key.pos
                    .diag(format!(
                        "unknown {prefix} `{}`: there is no message `{id}` in the locale",
                        key.key
                    ))
                    .in_lang(self.lang),
            );
            return String::new();
        }
        self.msg(&id, args)
    }

    /// "A, B and C" with the locale's separators.
    fn join(&mut self, items: &[String]) -> String {
        let sep = self.msg("list-separator", &[]);
        let last = self.msg("list-last-separator", &[]);
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., tail] => format!("{}{last}{tail}", init.join(&sep)),
        }
    }

    /// The items of the To or Copy-to list, each formatted by `item_id`.
    fn addressees(&mut self, keys: &[Key], sg: &str, item_id: &str) -> Vec<String> {
        let n = keys.len();
        keys.iter()
            .enumerate()
            .map(|(i, k)| {
                let item = self.keyed("addressee", k, &[("sg", sg.into())]);
                let last = if i + 1 == n { "yes" } else { "no" };
                self.msg(item_id, &[("item", item.into()), ("last", last.into())])
            })
            .collect()
    }
}

fn view(c: &Circular, lang: Lang, env: &Env, dates: &DateFormatter) -> Result<CircularView, Diagnostics> {
    let mut f = Fmt {
        lang,
        env,
        circular: c,
        diags: Diagnostics::default(),
    };
    let sg = c.study_group.to_string();
    let sg_key = Key {
        key: sg.clone(),
        pos: c.study_group_pos.clone(),
    };
    let sg_field = f.keyed("study-group", &sg_key, &[]);
    let place = f.keyed("place", &c.place, &[]);
    let meeting_place = f.keyed("place", &c.meeting_place, &[]);
    let wtsa_place = f.keyed("place", &c.resolution_place, &[]);
    let to = f.addressees(&c.to, &sg, "addressee-to-item");
    let copy_to = f.addressees(&c.copy_to, &sg, "addressee-copy-item");
    let (first, last) = (c.meeting_first, c.meeting_last);
    let range_args = [
        ("first_day", Arg::Num(f64::from(first.day))),
        ("last_day", Arg::Num(f64::from(last.day))),
        ("month", Arg::Num(f64::from(first.month))),
        ("year", Arg::Str(first.year.to_string())),
        ("first", Arg::Str(dates.long(first))),
        ("last", Arg::Str(dates.long(last))),
    ];
    let same_month = first.year == last.year && first.month == last.month;
    let (short, text) = if same_month {
        (
            f.msg("date-range-days", &range_args[..4]),
            f.msg("date-range-days-text", &range_args[..4]),
        )
    } else {
        let r = f.msg("date-range", &range_args[4..]);
        (r.clone(), r)
    };
    let (signatory_name, signatory_title) = match env.signatories.get(&c.signatory.key) {
        Some(s) => (s.name.get(lang).to_string(), f.msg(&s.title.key, &[])),
        None => {
            let known: Vec<&str> = env.signatories.keys().map(String::as_str).collect();
            f.diags.push(c.signatory.pos.diag(format!(
                "unknown signatory `{}` (content/catalogue/signatories.yaml has: {})",
                c.signatory.key,
                known.join(", ")
            )));
            (String::new(), String::new())
        }
    };
    let mut recs = Vec::new();
    let mut refs = Vec::new();
    for r in &c.recommendations {
        let args = [
            ("number", Arg::Str(r.number.clone())),
            ("former", Arg::Str(r.former.clone())),
        ];
        refs.push(f.msg("rec-ref", &args));
        let summary_html = match markdown::render(r.summary.get(lang)) {
            Ok(h) => h,
            Err(errors) => {
                for e in errors {
                    // The summary is a block scalar starting on the line after its key.
                    let md_line = r.summary.get(lang)[..e.offset].matches('\n').count() as u64;
                    f.diags.push(
                        crate::model::Pos {
                            line: r.summary_pos.line + 1 + md_line,
                            ..r.summary_pos.clone()
                        }
                        .diag(format!("summary of {}: {}", r.number, e.message))
                        .in_lang(lang),
                    );
                }
                String::new()
            }
        };
        recs.push(RecView {
            number: r.number.clone(),
            former: r.former.clone(),
            source: r.source.clone(),
            title: r.title.get(lang).to_string(),
            summary_html,
            draft: f.msg("rec-draft", &args),
        });
    }
    let recs_list = f.join(&refs);
    let circular_name = f.msg("circular-name", &[("number", c.number.to_string().into())]);
    // The time as each language writes it (23:59, 23 h 59, 23.59), from its two-digit parts.
    let t = c.deadline_time;
    let deadline_time = f.msg(
        "time-of-day",
        &[
            ("hours", format!("{:02}", t.hour).into()),
            ("minutes", format!("{:02}", t.minute).into()),
        ],
    );
    let v = CircularView {
        id: c.id.clone(),
        number: c.number.to_string(),
        date_iso: c.date.to_string(),
        date_long: dates.long(c.date),
        place,
        reference: c.reference.clone(),
        circular_name,
        sg,
        sg_field,
        contact: c.contact.clone(),
        to,
        copy_to,
        meeting_place,
        meeting_dates_short: short,
        meeting_dates_text: text,
        collective_letter: c.collective_letter.clone(),
        wtsa_place,
        wtsa_year: c.resolution_year.to_string(),
        deadline_date: dates.long(c.deadline),
        deadline_time,
        reply_fax: c.reply_fax.clone(),
        reply_email: c.reply_email.clone(),
        threshold: c.threshold_percent.to_string(),
        signature: if lang.name_before_title() {
            vec![
                SignatureLine {
                    kind: "name",
                    text: signatory_name,
                },
                SignatureLine {
                    kind: "title",
                    text: signatory_title,
                },
            ]
        } else {
            vec![
                SignatureLine {
                    kind: "title",
                    text: signatory_title,
                },
                SignatureLine {
                    kind: "name",
                    text: signatory_name,
                },
            ]
        },
        recs,
        recs_list,
        count: c.recommendations.len() as u32,
    };
    f.diags.into_result().map(|()| v)
}

/// Checks everything a circular asks of one language's locale and catalogues.
pub fn check(c: &Circular, lang: Lang, env: &Env, dates: &DateFormatter) -> Result<(), Diagnostics> {
    view(c, lang, env, dates).map(|_| ())
}

/// The semantic XHTML of one document (an `<article>`), and the page title.
pub struct RenderedDoc {
    pub circular: String,
    pub lang: Lang,
    pub kind: DocKind,
    pub title: String,
    pub xhtml: String,
}

/// Renders both documents of `c` in `lang`.
pub fn render_docs(
    tera: &Tera,
    templates_dir: &Path,
    c: &Circular,
    lang: Lang,
    env: &Env,
    dates: &DateFormatter,
) -> Result<Vec<RenderedDoc>, Diagnostics> {
    let v = view(c, lang, env, dates)?;
    let mut ctx = Context::new();
    ctx.insert("lang", lang.code());
    ctx.insert("dir", lang.dir().as_str());
    ctx.insert("c", &v);
    ctx.insert("union", env.union);
    let mut docs = Vec::new();
    let mut diags = Diagnostics::default();
    for kind in DocKind::ALL {
        let title_id = match kind {
            DocKind::Circular => "page-title-circular",
            DocKind::ReplyForm => "page-title-reply-form",
        };
        let title = env
            .locales
            .get(lang)
            .format(title_id, &[("document", v.circular_name.clone().into())])
            .unwrap_or_else(|e| {
                diags.push(Diagnostic::whole_file(&c.file, e).in_lang(lang));
                String::new()
            });
        match tera.render(kind.template(), &ctx) {
            Ok(xhtml) => docs.push(RenderedDoc {
                circular: c.id.clone(),
                lang,
                kind,
                title,
                xhtml,
            }),
            Err(e) => diags.push(
                tera_diag(templates_dir, &e)
                    .in_lang(lang)
                    .note(format!("while rendering {}", c.file.display())),
            ),
        }
    }
    diags.into_result().map(|()| docs)
}

/// Where a document's outputs go, relative to `out/`.
pub fn doc_path(circular: &str, lang: Lang, kind: DocKind, ext: &str) -> PathBuf {
    PathBuf::from(circular)
        .join(lang.code())
        .join(format!("{}.{ext}", kind.stem()))
}
