//! From checked content and locales to the semantic XHTML of each document, with Tera.
//!
//! Rust prepares the facts of a circular in one language (dates from ICU, lists joined by the
//! locale's separators, catalogue keys resolved, each value given its direction and kept
//! together by [`values`]); the templates place them and call `t(id=…, …)` for every
//! sentence, which formats a Fluent message of the page's language.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, TeraResult};

use crate::catalogue::Catalogue;
use crate::dates::DateFormatter;
use crate::diag::{Diagnostic, Diagnostics};
use crate::kind::{Document, Kind};
use crate::lang::Lang;
use crate::locales::{Arg, Locales};
use crate::markdown;
use crate::model::{Circular, Date, Draft, Key, PerLang, Pos, Status};
use crate::values::{self, Value};

/// Loads the templates and registers `t`. Template errors carry their file, line and column.
pub fn load_templates(dir: &Path, locales: Arc<Locales>) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html"]);
    crate::site::register_filters(&mut tera);
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
    tera.register_function("range", budgeted_range);
    let mut diags = Diagnostics::default();
    let mut sources = Vec::new();
    match template_files(dir) {
        Ok(names) => {
            for name in names {
                match crate::diag::read_source(dir, Path::new(&name)) {
                    Ok(text) => sources.push((name, text)),
                    Err((d, _)) => diags.push(Diagnostic {
                        file: dir.join(&d.file),
                        ..d
                    }),
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

/// How many numbers `range()` may give in all while one document is rendered. A template has
/// no other way to loop without end: loops over the facts of a circular end with them, and
/// Tera bounds the recursion of components, but `range()` inside `range()` multiplies (Tera
/// caps each call at 100,000 numbers, not their product), and a few nested loops would run
/// for hours. A document of this project needs a few dozen.
pub const RANGE_BUDGET: usize = 10_000;

thread_local! {
    /// What is left of [`RANGE_BUDGET`] for the document being rendered on this thread.
    static RANGE_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(RANGE_BUDGET) };
}

/// Renders template `name`, with the whole of [`RANGE_BUDGET`] for it. Every rendering goes
/// through here.
pub fn render_template(tera: &Tera, name: &str, ctx: &Context) -> TeraResult<String> {
    RANGE_LEFT.with(|left| left.set(RANGE_BUDGET));
    tera.render(name, ctx)
}

/// Tera's `range(start=0, end, step_by=1)`, drawing on the document's budget.
fn budgeted_range(kwargs: Kwargs, _: &State) -> TeraResult<Vec<i64>> {
    let start = kwargs.get::<i64>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i64>("end")?;
    let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message("`range` was called with `step_by=0`"));
    }
    let span = if step > 0 {
        i128::from(end) - i128::from(start)
    } else {
        i128::from(start) - i128::from(end)
    };
    let len = if span <= 0 {
        0
    } else {
        (span + i128::from(step.unsigned_abs()) - 1) / i128::from(step.unsigned_abs())
    };
    let left = RANGE_LEFT.with(std::cell::Cell::get);
    if len > left as i128 {
        return Err(tera::Error::message(format!(
            "`range` would give {len} more numbers, and a document may loop over at most {RANGE_BUDGET} in all \
             (loops nested in loops multiply)"
        )));
    }
    RANGE_LEFT.with(|l| l.set(left - len as usize));
    Ok((0..len as i64).map(|i| start + i * step).collect())
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
struct DraftView {
    number: String,
    /// `new`, `revised` or `amendment`.
    status: &'static str,
    /// The amendment's number (0 when the draft is not an amendment).
    amendment: u32,
    /// "ITU-T X.1214", one left-to-right unit.
    code: String,
    /// "ITU-T X.1214 (ex X.samtn)" as lists write it.
    reference: String,
    source: String,
    title: String,
    summary_html: String,
    /// "Draft new Recommendation ITU-T X.1214 (ex X.samtn)"
    name: String,
}

/// One line under the closing formula: `kind` is `name` or `title`.
#[derive(Debug, Serialize)]
struct SignatureLine {
    kind: &'static str,
    text: String,
}

/// A circular in one language, ready for the templates: the head every kind shares, and the
/// fields of its kind (absent for the other kinds, so that a template asking for a field its
/// kind lacks is an error, not an empty string).
#[derive(Debug, Serialize)]
struct CircularView {
    id: String,
    kind: &'static str,
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
    wtsa_place: String,
    wtsa_year: String,
    /// The signatory's name and title, in the order the language puts them.
    signature: Vec<SignatureLine>,
    recs: Vec<DraftView>,
    /// The drafts as one phrase, per place in the letter (`$case`).
    drafts: BTreeMap<&'static str, String>,
    count: u32,
    /// Paragraphs the editor added, as XHTML, after each named paragraph (every name of the
    /// kind is present).
    extra: BTreeMap<&'static str, Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meeting: Option<MeetingView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    collective_letter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reply: Option<ReplyView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    threshold: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    consultation: Option<ConsultationView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    approved_on: Option<String>,
    /// ITU-T's page of Recommendations, one left-to-right unit.
    recommendations_url: String,
}

#[derive(Debug, Serialize)]
struct MeetingView {
    place: String,
    /// "20–29 March 2018" (subject lines).
    dates_short: String,
    /// The same in running text ("from 20 to 29 March 2018" where a language says so).
    dates_text: String,
}

#[derive(Debug, Serialize)]
struct ReplyView {
    deadline_date: String,
    deadline_time: String,
    fax: String,
    email: String,
}

#[derive(Debug, Serialize)]
struct ConsultationView {
    name: String,
    date: String,
}

/// Everything a rendering needs besides the templates.
pub struct Env<'a> {
    pub locales: &'a Locales,
    pub catalogue: &'a Catalogue,
    /// The fonts, where loaded: a character that Markdown writes as a reference (`&#x1F600;`)
    /// must be one they draw, as the characters of the source are.
    pub fonts: Option<&'a crate::pdf::FontSet>,
}

/// Formats messages of one language for one circular, collecting errors at the circular's
/// positions rather than stopping at the first.
struct Fmt<'a> {
    lang: Lang,
    env: &'a Env<'a>,
    circular: &'a Circular,
    v: Value,
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

    /// A long date, kept on one line.
    fn date(&self, dates: &DateFormatter, d: Date) -> String {
        self.v.unit(&dates.long(d))
    }

    /// "ITU-T X.1214": the language's prefix and the number, one left-to-right unit.
    fn code(&mut self, number: &str) -> String {
        let code = self.msg("rec-code", &[("number", Arg::Str(number.to_string()))]);
        self.v.code(&code)
    }

    /// "ex X.samtn", kept together, the name itself left to right.
    fn former(&mut self, former: &str) -> String {
        let name = self.v.code(former);
        let phrase = self.msg("rec-former", &[("former", Arg::Str(name))]);
        self.v.unit(&phrase)
    }

    /// "ITU-T X.1214 (ex X.samtn)", or the code alone for a draft without a provisional name.
    fn reference(&mut self, d: &Draft) -> String {
        let code = self.code(&d.number);
        match &d.former {
            Some(f) => {
                let former = self.former(f);
                self.msg("rec-ref-former", &[("code", code.into()), ("former", former.into())])
            }
            None => code,
        }
    }

    /// The drafts as one phrase at the place `case`: consecutive drafts of one status (new,
    /// revised) form a group ("draft new Recommendations A and B"), each amendment stands
    /// alone; the groups are joined as a list, read in the document's direction.
    fn drafts_phrase(&mut self, drafts: &[Draft], group_id: &str, amendment_id: &str, case: &str) -> String {
        let mut phrases = Vec::new();
        let mut i = 0;
        while i < drafts.len() {
            let status = drafts[i].status;
            if let Status::Amendment(n) = status {
                let reference = self.reference(&drafts[i]);
                phrases.push(self.msg(
                    amendment_id,
                    &[
                        ("amendment", Arg::Num(f64::from(n))),
                        ("ref", reference.into()),
                        ("case", case.into()),
                    ],
                ));
                i += 1;
                continue;
            }
            let run = drafts[i..].iter().take_while(|d| d.status == status).count();
            let refs: Vec<String> = drafts[i..i + run].iter().map(|d| self.reference(d)).collect();
            let refs = self.join(&refs);
            phrases.push(self.msg(
                group_id,
                &[
                    ("status", status.key().into()),
                    ("count", Arg::Num(run as f64)),
                    ("refs", refs.into()),
                    ("case", case.into()),
                ],
            ));
            i += run;
        }
        let joined = self.join(&phrases);
        self.v.phrase(&joined)
    }

    /// A draft's own name: "Draft new Recommendation ITU-T X.1214 (ex X.samtn)".
    fn draft_name(&mut self, d: &Draft) -> String {
        let code = self.code(&d.number);
        let amendment = match d.status {
            Status::Amendment(n) => n,
            _ => 0,
        };
        let mut args = vec![
            ("status", Arg::from(d.status.key())),
            ("code", code.into()),
            ("amendment", Arg::Num(f64::from(amendment))),
        ];
        let name = match &d.former {
            Some(f) => {
                args.push(("former", self.former(f).into()));
                self.msg("draft-name-former", &args)
            }
            None => self.msg("draft-name", &args),
        };
        self.v.phrase(&name)
    }

    /// Markdown of the editor (a summary, an extra paragraph) as XHTML, its errors reported
    /// in `what`, each at its own line and column of the text written at `place` (or at `pos`,
    /// the text's key, should the source not show it).
    fn markdown(&mut self, md: &str, what: &str, place: &str, pos: &Pos) -> String {
        let locate = |offset: usize| match self.circular.texts.locate(place, Some(self.lang), md, offset) {
            Some((line, column)) => Pos {
                line,
                column,
                ..pos.clone()
            },
            None => pos.clone(),
        };
        let mut refused = false;
        for (offset, c) in markdown::written_otherwise(md) {
            if let Some(why) = crate::charset::refusal(c, self.env.fonts) {
                refused = true;
                self.diags
                    .push(locate(offset).diag(format!("{what}: {why}")).in_lang(self.lang));
            }
        }
        if refused {
            return String::new();
        }
        match markdown::render(md) {
            Ok(h) => h,
            Err(errors) => {
                for e in errors {
                    let at = locate(e.offset);
                    self.diags
                        .push(at.diag(format!("{what}: {}", e.message)).in_lang(self.lang));
                }
                String::new()
            }
        }
    }
}

fn text_of(p: &PerLang, lang: Lang) -> String {
    p.get(lang).to_string()
}

fn view(c: &Circular, lang: Lang, env: &Env, dates: &DateFormatter) -> Result<CircularView, Diagnostics> {
    let mut f = Fmt {
        lang,
        env,
        circular: c,
        v: Value::new(lang),
        diags: Diagnostics::default(),
    };
    let v = f.v;
    let sg = c.study_group.to_string();
    let sg_field = env
        .catalogue
        .study_group_name(c.period(), c.study_group, lang)
        .unwrap_or_default()
        .to_string();
    let place = f.keyed("place", &c.place, &[]);
    let (wtsa_place, wtsa_year) = match &c.derived.wtsa {
        Some(w) => (f.keyed("place", &w.place, &[]), w.last_day.year.to_string()),
        None => (String::new(), String::new()),
    };
    let to = f.addressees(&c.to, &sg, "addressee-to-item");
    let copy_to = f.addressees(&c.copy_to, &sg, "addressee-copy-item");
    let meeting = c.meeting.as_ref().map(|m| {
        let (first, last) = (m.first_day, m.last_day);
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
        MeetingView {
            place: f.keyed("place", &m.place, &[]),
            dates_short: v.unit(&short),
            dates_text: v.unit(&text),
        }
    });
    let signature = match &c.derived.signatory {
        Some(s) => {
            let name = SignatureLine {
                kind: "name",
                text: s.name.get(lang).to_string(),
            };
            let title = SignatureLine {
                kind: "title",
                text: f.msg(&s.title.key, &[]),
            };
            if lang.name_before_title() {
                vec![name, title]
            } else {
                vec![title, name]
            }
        }
        None => Vec::new(),
    };
    let mut recs = Vec::new();
    for d in &c.drafts {
        let summary_html = match &d.summary {
            Some(s) => f.markdown(
                s.get(lang),
                &format!("summary of {}", d.number),
                &d.summary_place,
                &d.summary_pos,
            ),
            None => String::new(),
        };
        let code = f.code(&d.number);
        recs.push(DraftView {
            number: d.number.clone(),
            status: d.status.key(),
            amendment: match d.status {
                Status::Amendment(n) => n,
                _ => 0,
            },
            reference: f.reference(d),
            code,
            source: d.source.as_deref().map(|s| v.code(s)).unwrap_or_default(),
            title: values::bind_codes(&text_of(&d.title, lang)),
            summary_html,
            name: f.draft_name(d),
        });
    }
    let phrases = &c.kind.phrases;
    let drafts = phrases
        .cases
        .iter()
        .map(|case| {
            (
                *case,
                f.drafts_phrase(&c.drafts, phrases.group, phrases.amendment, case),
            )
        })
        .collect();
    let mut extra: BTreeMap<&'static str, Vec<String>> = c.kind.paragraphs.iter().map(|p| (*p, Vec::new())).collect();
    for x in &c.extra {
        let html = f.markdown(
            x.text.get(lang),
            &format!("extra paragraph after `{}`", x.after),
            &x.place,
            &x.pos,
        );
        if let Some(list) = c
            .kind
            .paragraphs
            .iter()
            .find(|p| **p == x.after)
            .and_then(|p| extra.get_mut(p))
        {
            list.push(html);
        }
    }
    let circular_name = f.msg("circular-name", &[("number", c.number.into())]);
    let reply = c.reply.as_ref().map(|r| ReplyView {
        deadline_date: f.date(dates, r.deadline),
        // The time as each language writes it (23:59, 23 h 59, 23.59), from its two-digit parts.
        deadline_time: v.unit(&f.msg(
            "time-of-day",
            &[
                ("hours", format!("{:02}", r.time.hour).into()),
                ("minutes", format!("{:02}", r.time.minute).into()),
            ],
        )),
        fax: r.fax.clone(),
        email: r.email.clone(),
    });
    let consultation = c.consultation.as_ref().map(|k| ConsultationView {
        name: f.msg("circular-name", &[("number", k.number.into())]),
        date: f.date(dates, k.date),
    });
    let view = CircularView {
        id: c.id.clone(),
        kind: c.kind.id,
        number: c.number.to_string(),
        date_iso: c.date.to_string(),
        date_long: f.date(dates, c.date),
        place,
        reference: c.reference.clone(),
        circular_name,
        sg,
        sg_field,
        contact: c.contact.clone(),
        to,
        copy_to,
        wtsa_place,
        wtsa_year,
        signature,
        recs,
        drafts,
        count: c.drafts.len() as u32,
        extra,
        meeting,
        collective_letter: c.collective_letter.as_deref().map(|s| v.code(s)),
        reply,
        threshold: c.threshold_percent.map(|t| t.to_string()),
        consultation,
        approved_on: c.approved_on.map(|d| f.date(dates, d)),
        recommendations_url: v.code(&env.catalogue.union.recommendations),
    };
    f.diags.into_result().map(|()| view)
}

/// Checks everything a circular asks of one language's locale and catalogues.
pub fn check(c: &Circular, lang: Lang, env: &Env, dates: &DateFormatter) -> Result<(), Diagnostics> {
    view(c, lang, env, dates).map(|_| ())
}

/// The semantic XHTML of one document (an `<article>`), the page title, and what the index
/// lists of its circular in its language.
pub struct RenderedDoc {
    pub circular: String,
    pub lang: Lang,
    pub kind: &'static Kind,
    pub doc: &'static Document,
    /// The document's title, without bidi controls (it goes into attributes and `<title>`).
    pub title: String,
    pub xhtml: String,
    /// "TSB Circular 53", in the document's language.
    pub name: String,
    pub number: u32,
    /// The circular's date: `2017-10-11`, and in the language's long form.
    pub date_iso: String,
    pub date_long: String,
}

/// Renders every document of `c`'s kind in `lang`.
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
    ctx.insert("union", &env.catalogue.union);
    let mut docs = Vec::new();
    let mut diags = Diagnostics::default();
    for doc in c.kind.documents {
        let title = env
            .locales
            .get(lang)
            .format(doc.title, &[("document", v.circular_name.clone().into())])
            .map(|t| values::plain(&t))
            .unwrap_or_else(|e| {
                diags.push(Diagnostic::whole_file(&c.file, e).in_lang(lang));
                String::new()
            });
        ctx.insert("title", &title);
        match render_template(tera, doc.template, &ctx) {
            Ok(xhtml) => docs.push(RenderedDoc {
                circular: c.id.clone(),
                lang,
                kind: c.kind,
                doc,
                title,
                xhtml,
                name: v.circular_name.clone(),
                number: c.number,
                date_iso: v.date_iso.clone(),
                date_long: v.date_long.clone(),
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
pub fn doc_path(circular: &str, lang: Lang, stem: &str, ext: &str) -> PathBuf {
    PathBuf::from(circular).join(lang.code()).join(format!("{stem}.{ext}"))
}
