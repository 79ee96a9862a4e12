//! The content model: what a TSB editor writes in `content/<id>.yaml`, read strictly.
//!
//! Reading happens in two steps. `serde-saphyr` turns the YAML into the `*Src` structs below,
//! rejecting unknown and duplicate keys with a line:column snippet; `Circular::from_src` then
//! checks what serde cannot (dates, language coverage, keys into catalogues) and reports every
//! problem it finds, each at the position of the offending value.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::catalogue::{Catalogue, Derived, Stated};
use crate::diag::{Diagnostic, Diagnostics};
use crate::kind::{self, Field, Kind};
use crate::lang::Lang;
use crate::texts::SourceMap;

/// A calendar date (Gregorian), as written in YAML: `2017-10-11`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(s: &str) -> Result<Date, String> {
        let bad = || format!("`{s}` is not a date of the form YYYY-MM-DD");
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        let day: u8 = d.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(format!("`{s}`: there is no month {month}"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{s}`: month {month} of {year} has no day {day}"));
        }
        Ok(Date { year, month, day })
    }
}

impl Date {
    /// Today, in UTC.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days(secs / 86_400)
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: u64) -> Date {
        let mut d = Date {
            year: 1970,
            month: 1,
            day: 1,
        };
        let mut left = days;
        loop {
            let year_days = if days_in_month(d.year, 2) == 29 { 366 } else { 365 };
            if left < year_days {
                break;
            }
            left -= year_days;
            d.year += 1;
        }
        while left >= u64::from(days_in_month(d.year, d.month)) {
            left -= u64::from(days_in_month(d.year, d.month));
            d.month += 1;
        }
        d.day += left as u8;
        d
    }

    /// The next day.
    pub fn succ(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// A time of day in UTC, `HH:MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl Time {
    pub fn parse(s: &str) -> Result<Time, String> {
        let bad = || format!("`{s}` is not a time of the form HH:MM (24-hour clock)");
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(bad());
        }
        let hour: u8 = h.parse().map_err(|_| bad())?;
        let minute: u8 = m.parse().map_err(|_| bad())?;
        if hour > 23 || minute > 59 {
            return Err(bad());
        }
        Ok(Time { hour, minute })
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

// ---------------------------------------------------------------------------------------------
// What the YAML holds.

/// A text given in each of the six languages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerLangSrc {
    pub ar: Option<String>,
    pub en: Option<String>,
    pub es: Option<String>,
    pub fr: Option<String>,
    pub ru: Option<String>,
    pub zh: Option<String>,
}

impl PerLangSrc {
    pub fn get(&self, lang: Lang) -> Option<&String> {
        match lang {
            Lang::Ar => self.ar.as_ref(),
            Lang::En => self.en.as_ref(),
            Lang::Es => self.es.as_ref(),
            Lang::Fr => self.fr.as_ref(),
            Lang::Ru => self.ru.as_ref(),
            Lang::Zh => self.zh.as_ref(),
        }
    }
}

/// A circular as written. The head is the same for every kind; the fields after
/// `recommendations` belong to kinds (see [`crate::kind`]), each required by some kinds and
/// refused by the others.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CircularSrc {
    pub kind: Spanned<String>,
    pub number: Spanned<u32>,
    pub date: Spanned<String>,
    pub place: Spanned<String>,
    pub reference: Spanned<String>,
    pub study_group: Spanned<u32>,
    pub contact: ContactSrc,
    pub to: Vec<Spanned<String>>,
    pub copy_to: Vec<Spanned<String>>,
    /// A key of `content/catalogue/signatories.yaml`; the Director of TSB in office on the
    /// circular's date when absent.
    #[serde(default)]
    pub signatory: Option<Spanned<String>>,
    /// A key of `content/catalogue/wtsa.yaml`; the latest assembly before the date when absent.
    #[serde(default)]
    pub resolution_1: Option<Spanned<String>>,
    pub recommendations: Spanned<Vec<RecommendationSrc>>,
    #[serde(default)]
    pub extra: Vec<ExtraSrc>,
    #[serde(default)]
    pub meeting: Option<Spanned<MeetingSrc>>,
    #[serde(default)]
    pub collective_letter: Option<Spanned<String>>,
    #[serde(default)]
    pub reply: Option<Spanned<ReplySrc>>,
    #[serde(default)]
    pub approval_threshold_percent: Option<Spanned<u32>>,
    #[serde(default)]
    pub consultation: Option<Spanned<ConsultationRefSrc>>,
    #[serde(default)]
    pub approved_on: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContactSrc {
    pub tel: String,
    pub fax: String,
    pub email: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingSrc {
    pub place: Spanned<String>,
    pub first_day: Spanned<String>,
    pub last_day: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplySrc {
    pub deadline: Spanned<String>,
    pub deadline_time_utc: Spanned<String>,
    pub fax: String,
    pub email: String,
}

/// The consultation circular an approval notice follows.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationRefSrc {
    pub number: Spanned<u32>,
    pub date: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecommendationSrc {
    pub number: Spanned<String>,
    /// `new`, `revised` or `amendment`.
    pub status: Spanned<String>,
    /// The number of the amendment, for `status: amendment`.
    #[serde(default)]
    pub amendment: Option<Spanned<u32>>,
    /// The provisional name the draft had, if any (X.samtn).
    #[serde(default)]
    pub former: Option<Spanned<String>>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
    pub title: Spanned<PerLangSrc>,
    #[serde(default)]
    pub summary: Option<Spanned<PerLangSrc>>,
}

/// A paragraph an editor adds to the letter, after one of its named paragraphs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraSrc {
    pub after: Spanned<String>,
    pub text: Spanned<PerLangSrc>,
}

// ---------------------------------------------------------------------------------------------
// What the rest of the program works with: checked, complete in all six languages.

/// The same text in the six languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerLang(BTreeMap<Lang, String>);

impl PerLang {
    pub fn get(&self, lang: Lang) -> &str {
        &self.0[&lang]
    }
}

/// A position in a source file, kept for diagnostics raised after loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pos {
    pub file: PathBuf,
    pub line: u64,
    pub column: u64,
}

impl Pos {
    pub fn of<T>(file: &Path, s: &Spanned<T>) -> Pos {
        Pos {
            file: file.to_path_buf(),
            line: s.referenced.line(),
            column: s.referenced.column(),
        }
    }

    pub fn diag(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(&self.file, self.line, self.column, message)
    }
}

/// A key into a catalogue (a place, an addressee), with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub key: String,
    pub pos: Pos,
}

impl Key {
    pub fn new(file: &Path, s: &Spanned<String>) -> Key {
        Key {
            key: s.value.trim().to_string(),
            pos: Pos::of(file, s),
        }
    }
}

/// What a draft Recommendation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    New,
    Revised,
    /// An amendment, with its number, to the Recommendation of the draft's number.
    Amendment(u32),
}

impl Status {
    /// The value passed to the messages' `$status` selector.
    pub fn key(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Revised => "revised",
            Status::Amendment(_) => "amendment",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub place: Key,
    pub first_day: Date,
    pub last_day: Date,
}

#[derive(Debug, Clone)]
pub struct Reply {
    pub deadline: Date,
    pub time: Time,
    pub fax: String,
    pub email: String,
}

#[derive(Debug, Clone)]
pub struct ConsultationRef {
    pub number: u32,
    pub date: Date,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Circular {
    /// The ITU document code, from the file name: `T17-TSB-CIR-0053`.
    pub id: String,
    pub file: PathBuf,
    pub kind: &'static Kind,
    pub number: u32,
    pub number_pos: Pos,
    pub date: Date,
    pub date_pos: Pos,
    pub place: Key,
    pub reference: String,
    pub study_group: u32,
    pub study_group_pos: Pos,
    pub contact: ContactSrc,
    pub to: Vec<Key>,
    pub copy_to: Vec<Key>,
    pub drafts: Vec<Draft>,
    pub extra: Vec<Extra>,
    pub meeting: Option<Meeting>,
    pub collective_letter: Option<String>,
    pub reply: Option<Reply>,
    pub threshold_percent: Option<u32>,
    pub consultation: Option<ConsultationRef>,
    pub approved_on: Option<Date>,
    /// The study period, Resolution 1 edition and signatory, from the catalogues.
    pub derived: Derived,
    /// Where each character of the file's texts was written.
    pub texts: Arc<SourceMap>,
}

impl Circular {
    /// The study period's code: `T17`.
    pub fn period(&self) -> &str {
        &self.id[..3]
    }
}

#[derive(Debug, Clone)]
pub struct Draft {
    pub number: String,
    pub number_pos: Pos,
    pub status: Status,
    pub former: Option<String>,
    pub source: Option<String>,
    pub title: PerLang,
    /// Markdown, checked by `markdown::render` when the circular is rendered.
    pub summary: Option<PerLang>,
    pub summary_pos: Pos,
    /// The summary's place in the file (`recommendations[0].summary`).
    pub summary_place: String,
}

#[derive(Debug, Clone)]
pub struct Extra {
    /// The paragraph it follows.
    pub after: String,
    /// Markdown.
    pub text: PerLang,
    pub pos: Pos,
    /// The text's place in the file (`extra[0].text`).
    pub place: String,
}

/// Checks that `file`'s name is an ITU document code of a TSB circular: `T17-TSB-CIR-0053`.
pub fn check_id(id: &str) -> Result<(), String> {
    let parts: Vec<&str> = id.split('-').collect();
    let ok = parts.len() == 4
        && parts[0].len() == 3
        && parts[0].starts_with('T')
        && parts[0][1..].bytes().all(|b| b.is_ascii_digit())
        && parts[1] == "TSB"
        && parts[2] == "CIR"
        && parts[3].len() == 4
        && parts[3].bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{id}` is not the ITU document code of a TSB circular (expected e.g. T17-TSB-CIR-0053: \
             T + two digits of the study period, TSB, CIR, four digits of the number)"
        ))
    }
}

/// Turns a serde-saphyr error into a diagnostic that keeps its position and snippet.
pub fn yaml_diag(file: &Path, err: &serde_saphyr::Error) -> Diagnostic {
    let (line, column) = err.location().map_or((0, 0), |l| (l.line(), l.column()));
    let name = file.display().to_string();
    let rendered = err.render_with_options(serde_saphyr::render_options! { source_name: Some(name.as_str()) });
    let mut lines = rendered.lines();
    let first = lines.next().unwrap_or("invalid YAML").trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // The position is ours to print; the library's hint about its own options is not for editors.
    let message = strip_position(first).replace(", set DuplicateKeyPolicy in Options if acceptable", "");
    let mut d = Diagnostic::new(file, line, column, message);
    let rest: Vec<&str> = lines.collect();
    if !rest.is_empty() {
        d = d.note(
            rest.join("\n")
                .replace(", set DuplicateKeyPolicy in Options if acceptable", ""),
        );
    }
    d
}

/// "line 3 column 1: unknown field" → "unknown field".
fn strip_position(s: &str) -> String {
    if let Some(rest) = s.strip_prefix("line ")
        && let Some((_, msg)) = rest.split_once(": ")
    {
        return msg.to_string();
    }
    s.to_string()
}

/// The marker `new` puts in the fields an editor must fill in.
pub const PLACEHOLDER: &str = "TODO";

/// The value part of a line: what is left once a YAML comment is cut off.
fn uncommented(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

/// Whether a circular still holds fields to fill in.
pub fn has_placeholders(text: &str) -> bool {
    text.lines().any(|l| uncommented(l).contains(PLACEHOLDER))
}

/// One error per field that still reads `TODO`, at its line and column.
pub fn placeholder_diags(file: &Path, text: &str, diags: &mut Diagnostics) {
    for (i, line) in text.lines().enumerate() {
        if let Some(col) = uncommented(line).find(PLACEHOLDER) {
            let key = line[..col]
                .split(':')
                .next()
                .unwrap_or("")
                .trim()
                .trim_start_matches("- ");
            let what = if key.is_empty() {
                "this field".to_string()
            } else {
                format!("`{key}`")
            };
            diags.push(Diagnostic::new(
                file,
                i as u64 + 1,
                line[..col].chars().count() as u64 + 1,
                format!("fill in {what}: it still reads {PLACEHOLDER}"),
            ));
        }
    }
}

/// Parses YAML text into `T`, with errors located in `file`.
pub fn parse_yaml<T: for<'de> Deserialize<'de>>(file: &Path, text: &str) -> Result<T, Diagnostic> {
    serde_saphyr::from_str(text).map_err(|e| yaml_diag(file, &e))
}

/// The longest text in one language (a title, a summary, an extra paragraph): a summary is a
/// few paragraphs, and a megabyte is some three hundred pages.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

pub(crate) fn per_lang(file: &Path, what: &str, src: &Spanned<PerLangSrc>, diags: &mut Diagnostics) -> PerLang {
    let mut map = BTreeMap::new();
    for lang in Lang::ALL {
        match src.value.get(lang) {
            Some(text) if text.len() > MAX_TEXT_BYTES => {
                diags.push(
                    Pos::of(file, src)
                        .diag(format!(
                            "{what} has {:.1} MB: a text may have at most {} MB",
                            text.len() as f64 / 1e6,
                            MAX_TEXT_BYTES / (1024 * 1024)
                        ))
                        .in_lang(lang),
                );
                map.insert(lang, String::new());
            }
            Some(text) if !text.trim().is_empty() => {
                map.insert(lang, text.trim_end().to_string());
            }
            // Reported, and kept as an empty text so that later checks can still run.
            Some(_) => {
                diags.push(Pos::of(file, src).diag(format!("{what} is empty")).in_lang(lang));
                map.insert(lang, String::new());
            }
            None => {
                diags.push(Pos::of(file, src).diag(format!("{what} is missing")).in_lang(lang));
                map.insert(lang, String::new());
            }
        }
    }
    PerLang(map)
}

fn date(file: &Path, src: &Spanned<String>, diags: &mut Diagnostics) -> Option<Date> {
    Date::parse(&src.value)
        .map_err(|e| diags.push(Pos::of(file, src).diag(e)))
        .ok()
}

/// The text of a field that must not be empty.
fn text(file: &Path, what: &str, src: &Spanned<String>, diags: &mut Diagnostics) -> String {
    let t = src.value.trim();
    if t.is_empty() {
        diags.push(Pos::of(file, src).diag(format!("{what} is empty")));
    }
    t.to_string()
}

/// Whether `s` is the code of a study period: `T` and two digits (`T17`).
pub fn is_period_code(s: &str) -> bool {
    s.len() == 3 && s.starts_with('T') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Whether `s` is the number of an ITU-T Recommendation: a series letter, a dot and digits,
/// with further dotted parts ("X.1214", "E.164.3", "G.989.2") and the suffixes ITU-T uses
/// ("V.32bis").
pub fn is_recommendation_number(s: &str) -> bool {
    let mut parts = s.split('.');
    let series = parts.next().unwrap_or("");
    if series.len() != 1 || !series.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    let Some((last, init)) = rest.split_last() else {
        return false;
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let last_digits = last.trim_end_matches("bis").trim_end_matches("ter");
    init.iter().all(|p| digits(p)) && digits(last_digits)
}

/// The fields of [`Field`] a circular gives, each with its position.
fn given_fields(file: &Path, src: &CircularSrc) -> Vec<(Field, Pos)> {
    let mut out = Vec::new();
    let mut add = |f: Field, pos: Option<Pos>| {
        if let Some(p) = pos {
            out.push((f, p));
        }
    };
    add(Field::Meeting, src.meeting.as_ref().map(|s| Pos::of(file, s)));
    add(
        Field::CollectiveLetter,
        src.collective_letter.as_ref().map(|s| Pos::of(file, s)),
    );
    add(Field::Reply, src.reply.as_ref().map(|s| Pos::of(file, s)));
    add(
        Field::Threshold,
        src.approval_threshold_percent.as_ref().map(|s| Pos::of(file, s)),
    );
    add(Field::Consultation, src.consultation.as_ref().map(|s| Pos::of(file, s)));
    add(Field::ApprovedOn, src.approved_on.as_ref().map(|s| Pos::of(file, s)));
    out
}

fn status(file: &Path, r: &RecommendationSrc, diags: &mut Diagnostics) -> Status {
    let pos = Pos::of(file, &r.status);
    let s = match r.status.value.trim() {
        "new" => Status::New,
        "revised" => Status::Revised,
        "amendment" => match &r.amendment {
            Some(n) if n.value > 0 => Status::Amendment(n.value),
            Some(n) => {
                diags.push(Pos::of(file, n).diag("an amendment's number starts at 1"));
                Status::Amendment(1)
            }
            None => {
                diags.push(pos.diag(format!(
                    "{} is an amendment: give its number with `amendment: <n>`",
                    r.number.value
                )));
                Status::Amendment(1)
            }
        },
        other => {
            diags.push(pos.diag(format!(
                "unknown status `{other}`: a draft is `new`, `revised` or `amendment`"
            )));
            Status::New
        }
    };
    if let (Some(n), false) = (&r.amendment, matches!(s, Status::Amendment(_))) {
        diags.push(Pos::of(file, n).diag(format!(
            "`amendment` is for drafts of status `amendment`, and {} is `{}`",
            r.number.value,
            s.key()
        )));
    }
    s
}

impl Circular {
    /// Checks a parsed circular; every problem found goes to `diags`. With the catalogues at
    /// hand, the facts that follow from the code and the date are derived and checked too.
    pub fn from_src(
        id: &str,
        file: &Path,
        source: &str,
        src: CircularSrc,
        catalogue: Option<&Catalogue>,
        diags: &mut Diagnostics,
    ) -> Option<Circular> {
        let Some(kind) = kind::find(src.kind.value.trim()) else {
            let known: Vec<&str> = kind::KINDS.iter().map(|k| k.id).collect();
            diags.push(Pos::of(file, &src.kind).diag(format!(
                "unknown kind `{}`: a circular is one of {}",
                src.kind.value,
                known.join(", ")
            )));
            return None;
        };
        let number_pos = Pos::of(file, &src.number);
        match check_id(id) {
            // The file name and the number say the same thing: a copied file whose number was
            // not updated would otherwise publish one circular under another's code.
            Ok(()) if id[id.len() - 4..].parse::<u32>().ok() != Some(src.number.value) => {
                diags.push(number_pos.diag(format!(
                    "the number {} does not match the file name {id}.yaml",
                    src.number.value
                )));
            }
            Ok(()) => {}
            Err(e) => diags.push(Diagnostic::whole_file(file, e)),
        }
        let given = given_fields(file, &src);
        for f in kind.fields {
            if !given.iter().any(|(g, _)| g == f) {
                diags.push(Pos::of(file, &src.kind).diag(format!("`{}` is missing: {} needs it", f.key(), kind.name)));
            }
        }
        for (f, pos) in &given {
            if !kind.fields.contains(f) {
                diags.push(pos.diag(format!(
                    "`{}` is not a field of {} (kind: {})",
                    f.key(),
                    kind.name,
                    kind.id
                )));
            }
        }

        let date_pos = Pos::of(file, &src.date);
        let date_ = date(file, &src.date, diags);
        let meeting = src.meeting.as_ref().and_then(|m| {
            let m = &m.value;
            let first = date(file, &m.first_day, diags)?;
            let last = date(file, &m.last_day, diags)?;
            if last < first {
                diags.push(
                    Pos::of(file, &m.last_day).diag(format!("the meeting ends ({last}) before it begins ({first})")),
                );
            }
            Some(Meeting {
                place: Key::new(file, &m.place),
                first_day: first,
                last_day: last,
            })
        });
        let reply = src.reply.as_ref().and_then(|r| {
            let r = &r.value;
            let deadline = date(file, &r.deadline, diags)?;
            if let Some(m) = &meeting
                && deadline >= m.first_day
            {
                diags.push(Pos::of(file, &r.deadline).diag(format!(
                    "the reply deadline ({deadline}) is not before the meeting begins ({})",
                    m.first_day
                )));
            }
            if let Some(d) = date_
                && deadline < d
            {
                diags.push(Pos::of(file, &r.deadline).diag(format!(
                    "the reply deadline ({deadline}) is before the circular's date ({d})"
                )));
            }
            let time = Time::parse(&r.deadline_time_utc.value)
                .map_err(|e| diags.push(Pos::of(file, &r.deadline_time_utc).diag(e)))
                .ok()?;
            Some(Reply {
                deadline,
                time,
                fax: r.fax.trim().to_string(),
                email: r.email.trim().to_string(),
            })
        });
        let threshold = src.approval_threshold_percent.as_ref().map(|t| {
            if !(1..=100).contains(&t.value) {
                diags.push(Pos::of(file, t).diag(format!(
                    "the approval threshold must be a percentage from 1 to 100, not {}",
                    t.value
                )));
            }
            t.value
        });
        let consultation = src.consultation.as_ref().and_then(|c| {
            let cdate = date(file, &c.value.date, diags)?;
            if let Some(d) = date_
                && cdate >= d
            {
                diags.push(Pos::of(file, &c.value.date).diag(format!(
                    "the consultation ({cdate}) must come before this circular ({d})"
                )));
            }
            if let Some(m) = &meeting
                && cdate >= m.first_day
            {
                diags.push(Pos::of(file, &c.value.date).diag(format!(
                    "the consultation ({cdate}) must come before the meeting ({})",
                    m.first_day
                )));
            }
            Some(ConsultationRef {
                number: c.value.number.value,
                date: cdate,
                pos: Pos::of(file, &c.value.number),
            })
        });
        let approved_on = src.approved_on.as_ref().and_then(|a| {
            let day = date(file, a, diags)?;
            if let Some(m) = &meeting
                && !(m.first_day..=m.last_day).contains(&day)
            {
                diags.push(Pos::of(file, a).diag(format!(
                    "the approval ({day}) is not within the meeting ({} to {})",
                    m.first_day, m.last_day
                )));
            }
            if let Some(d) = date_
                && day > d
            {
                diags.push(Pos::of(file, a).diag(format!("the approval ({day}) is after the circular's date ({d})")));
            }
            Some(day)
        });

        // Addressees: each once, across the To and Copy-to lists.
        let to: Vec<Key> = src.to.iter().map(|k| Key::new(file, k)).collect();
        let copy_to: Vec<Key> = src.copy_to.iter().map(|k| Key::new(file, k)).collect();
        let mut seen = BTreeSet::new();
        for k in to.iter().chain(&copy_to) {
            if !seen.insert(k.key.as_str()) {
                diags.push(k.pos.diag(format!("the addressee `{}` is listed twice", k.key)));
            }
        }

        if src.recommendations.value.is_empty() {
            diags.push(
                Pos::of(file, &src.recommendations).diag(format!("{} needs at least one Recommendation", kind.name)),
            );
        }
        let mut numbers = BTreeSet::new();
        let drafts = src
            .recommendations
            .value
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let number = text(file, "the Recommendation's number", &r.number, diags);
                let number_pos = Pos::of(file, &r.number);
                if !numbers.insert(number.clone()) {
                    diags.push(number_pos.diag(format!("{number} is listed twice")));
                }
                if !number.is_empty() && !is_recommendation_number(&number) {
                    diags.push(number_pos.diag(format!(
                        "`{number}` is not the number of an ITU-T Recommendation (a series letter, a dot and digits: X.1214, E.164.3)"
                    )));
                }
                let status = status(file, r, diags);
                let former = r.former.as_ref().map(|f| text(file, &format!("the former name of {number}"), f, diags));
                let source = match (&r.source, kind.drafts.source) {
                    (Some(s), true) => Some(text(file, &format!("the source of {number}"), s, diags)),
                    (Some(s), false) => {
                        diags.push(Pos::of(file, s).diag(format!("a draft has no `source` in {}", kind.name)));
                        None
                    }
                    (None, true) => {
                        diags.push(number_pos.diag(format!("the source of {number} (e.g. `source: R14`) is missing")));
                        None
                    }
                    (None, false) => None,
                };
                let title = per_lang(file, &format!("the title of {number}"), &r.title, diags);
                let (summary, summary_pos) = match (&r.summary, kind.drafts.summary) {
                    (Some(s), true) => (
                        Some(per_lang(file, &format!("the summary of {number}"), s, diags)),
                        Pos::of(file, s),
                    ),
                    (Some(s), false) => {
                        diags.push(Pos::of(file, s).diag(format!("a draft has no `summary` in {}", kind.name)));
                        (None, Pos::of(file, s))
                    }
                    (None, true) => {
                        diags.push(number_pos.diag(format!("the summary of {number} is missing")));
                        (None, number_pos.clone())
                    }
                    (None, false) => (None, number_pos.clone()),
                };
                Draft {
                    number,
                    number_pos,
                    status,
                    former,
                    source,
                    title,
                    summary,
                    summary_pos,
                    summary_place: format!("recommendations[{i}].summary"),
                }
            })
            .collect();

        let extra = src
            .extra
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let after = x.after.value.trim().to_string();
                if !kind.paragraphs.contains(&after.as_str()) {
                    diags.push(Pos::of(file, &x.after).diag(format!(
                        "there is no paragraph `{after}` in {}: extra paragraphs go after one of {}",
                        kind.name,
                        kind.paragraphs.join(", ")
                    )));
                }
                Extra {
                    text: per_lang(file, "the extra paragraph", &x.text, diags),
                    after,
                    pos: Pos::of(file, &x.text),
                    place: format!("extra[{i}].text"),
                }
            })
            .collect();

        let signatory = src.signatory.as_ref().map(|s| Key::new(file, s));
        let resolution_1 = src.resolution_1.as_ref().map(|s| Key::new(file, s));
        let derived = match (catalogue, date_) {
            (Some(cat), Some(d)) if check_id(id).is_ok() => {
                let derived = cat.derive(
                    Stated {
                        id,
                        number_pos: &number_pos,
                        date: d,
                        date_pos: &date_pos,
                        resolution_1: resolution_1.as_ref(),
                        signatory: signatory.as_ref(),
                    },
                    diags,
                );
                let sg = src.study_group.value;
                let sg_pos = Pos::of(file, &src.study_group);
                if derived.period.is_some() {
                    for lang in Lang::ALL {
                        if cat.study_group_name(&id[..3], sg, lang).is_none() {
                            diags.push(
                                sg_pos
                                    .diag(format!(
                                        "study group {sg} has no name for the study period {} in content/catalogue/study-groups.yaml",
                                        &id[..3]
                                    ))
                                    .in_lang(lang),
                            );
                        }
                    }
                }
                derived
            }
            _ => Derived {
                period: None,
                wtsa: None,
                signatory: None,
            },
        };
        let circular = Circular {
            id: id.to_string(),
            file: file.to_path_buf(),
            kind,
            number: src.number.value,
            number_pos,
            date: date_?,
            date_pos,
            place: Key::new(file, &src.place),
            reference: text(file, "the reference", &src.reference, diags),
            study_group: src.study_group.value,
            study_group_pos: Pos::of(file, &src.study_group),
            contact: src.contact,
            to,
            copy_to,
            drafts,
            extra,
            meeting,
            collective_letter: src
                .collective_letter
                .as_ref()
                .map(|c| text(file, "the collective letter", c, diags)),
            reply,
            threshold_percent: threshold,
            consultation,
            approved_on,
            derived,
            texts: Arc::new(SourceMap::of_yaml(source)),
        };
        // A circular with problems is still returned: the checks that need the locales and the
        // other circulars run on it too, so that every problem is reported in one pass.
        Some(circular)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(
            Date::parse("2017-10-11").unwrap(),
            Date {
                year: 2017,
                month: 10,
                day: 11
            }
        );
        assert!(Date::parse("2018-02-29").is_err());
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("2017-13-01").is_err());
        assert!(Date::parse("11/10/2017").is_err());
    }

    #[test]
    fn days_count_from_1970() {
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(17_450).to_string(), "2017-10-11");
        assert_eq!(Date::from_days(18_321).to_string(), "2020-02-29");
        assert_eq!(Date::parse("2016-12-31").unwrap().succ().to_string(), "2017-01-01");
        assert_eq!(Date::parse("2016-02-28").unwrap().succ().to_string(), "2016-02-29");
    }

    #[test]
    fn recommendation_numbers_are_itu_t_numbers() {
        for ok in ["X.1214", "E.164.3", "G.989.2", "V.32bis", "Y.3172"] {
            assert!(is_recommendation_number(ok), "{ok}");
        }
        for bad in [
            "X1214",
            "x.1214",
            "X.",
            "X.12a",
            "XY.1",
            "ITU-T X.1214",
            "X.1214 ",
            "X..1",
        ] {
            assert!(!is_recommendation_number(bad), "{bad}");
        }
    }

    #[test]
    fn times_are_checked() {
        assert_eq!(Time::parse("23:59").unwrap().to_string(), "23:59");
        assert!(Time::parse("24:00").is_err());
        assert!(Time::parse("9:00").is_err());
    }

    #[test]
    fn ids_follow_the_itu_document_code() {
        assert!(check_id("T17-TSB-CIR-0053").is_ok());
        assert!(check_id("T22-TSB-CIR-0120").is_ok());
        assert!(check_id("T17-TSB-COL-0053").is_err());
        assert!(check_id("../etc").is_err());
        assert!(check_id("T17-TSB-CIR-53").is_err());
    }

    #[test]
    fn unknown_and_duplicate_keys_are_located() {
        let f = Path::new("c.yaml");
        let err = parse_yaml::<ContactSrc>(f, "tel: a\nfax: b\nemail: c\nphone: d\n").unwrap_err();
        assert_eq!((err.line, err.column), (4, 1), "{err}");
        assert!(err.message.contains("phone"), "{err}");
        let err = parse_yaml::<ContactSrc>(f, "tel: a\nfax: b\ntel: c\nemail: d\n").unwrap_err();
        assert_eq!(err.line, 3, "{err}");
    }
}
