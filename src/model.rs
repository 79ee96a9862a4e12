//! The content model: what a TSB editor writes in `content/<id>.yaml`, read strictly.
//!
//! Reading happens in two steps. `serde-saphyr` turns the YAML into the `*Src` structs below,
//! rejecting unknown and duplicate keys with a line:column snippet; `Circular::from_src` then
//! checks what serde cannot (dates, language coverage, keys into catalogues) and reports every
//! problem it finds, each at the position of the offending value.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;

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
    fn get(&self, lang: Lang) -> Option<&String> {
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CircularSrc {
    pub number: Spanned<u32>,
    pub date: Spanned<String>,
    pub place: Spanned<String>,
    pub reference: Spanned<String>,
    pub study_group: Spanned<u32>,
    pub contact: ContactSrc,
    pub to: Vec<Spanned<String>>,
    pub copy_to: Vec<Spanned<String>>,
    pub meeting: MeetingSrc,
    pub collective_letter: Spanned<String>,
    pub resolution_1: ResolutionSrc,
    pub reply: ReplySrc,
    pub approval_threshold_percent: Spanned<u32>,
    pub signatory: Spanned<String>,
    pub recommendations: Spanned<Vec<RecommendationSrc>>,
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
pub struct ResolutionSrc {
    pub place: Spanned<String>,
    pub year: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplySrc {
    pub deadline: Spanned<String>,
    pub deadline_time_utc: Spanned<String>,
    pub fax: String,
    pub email: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecommendationSrc {
    pub number: Spanned<String>,
    pub former: Spanned<String>,
    pub source: Spanned<String>,
    pub title: Spanned<PerLangSrc>,
    pub summary: Spanned<PerLangSrc>,
}

/// `content/catalogue/signatories.yaml`: key → official.
pub type SignatoriesSrc = BTreeMap<String, SignatorySrc>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatorySrc {
    /// Fluent message id of the official's title.
    pub title: Spanned<String>,
    pub name: Spanned<PerLangSrc>,
}

/// `content/catalogue/union.yaml`: the Union's own contact details, printed in the footer.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Union {
    pub tel: String,
    pub fax: String,
    pub email: String,
    pub web: String,
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
    fn of<T>(file: &Path, s: &Spanned<T>) -> Pos {
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

#[derive(Debug, Clone)]
pub struct Circular {
    /// The ITU document code, from the file name: `T17-TSB-CIR-0053`.
    pub id: String,
    pub file: PathBuf,
    pub number: u32,
    pub date: Date,
    pub place: Key,
    pub reference: String,
    pub study_group: u32,
    pub study_group_pos: Pos,
    pub contact: ContactSrc,
    pub to: Vec<Key>,
    pub copy_to: Vec<Key>,
    pub meeting_place: Key,
    pub meeting_first: Date,
    pub meeting_last: Date,
    pub collective_letter: String,
    pub resolution_place: Key,
    pub resolution_year: u32,
    pub deadline: Date,
    pub deadline_time: Time,
    pub reply_fax: String,
    pub reply_email: String,
    pub threshold_percent: u32,
    pub signatory: Key,
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Clone)]
pub struct Recommendation {
    pub number: String,
    pub former: String,
    pub source: String,
    pub title: PerLang,
    /// Markdown, checked by `markdown::render` when the circular is loaded.
    pub summary: PerLang,
    pub summary_pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Signatory {
    pub title: Key,
    pub name: PerLang,
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

fn per_lang(file: &Path, what: &str, src: &Spanned<PerLangSrc>, diags: &mut Diagnostics) -> PerLang {
    let mut map = BTreeMap::new();
    for lang in Lang::ALL {
        match src.value.get(lang) {
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

fn date(file: &Path, src: &Spanned<String>, diags: &mut Diagnostics) -> Date {
    Date::parse(&src.value).unwrap_or_else(|e| {
        diags.push(Pos::of(file, src).diag(e));
        Date {
            year: 1970,
            month: 1,
            day: 1,
        }
    })
}

/// The text of a field that must not be empty.
fn text(file: &Path, what: &str, src: &Spanned<String>, diags: &mut Diagnostics) -> String {
    let t = src.value.trim();
    if t.is_empty() {
        diags.push(Pos::of(file, src).diag(format!("{what} is empty")));
    }
    t.to_string()
}

fn key(file: &Path, src: &Spanned<String>) -> Key {
    Key {
        key: src.value.clone(),
        pos: Pos::of(file, src),
    }
}

impl Circular {
    /// Checks a parsed circular; every problem found goes to `diags`.
    pub fn from_src(id: &str, file: &Path, src: CircularSrc, diags: &mut Diagnostics) -> Circular {
        match check_id(id) {
            // The file name and the number say the same thing: a copied file whose number was
            // not updated would otherwise publish one circular under another's code.
            Ok(()) if id[id.len() - 4..].parse::<u32>().ok() != Some(src.number.value) => {
                diags.push(Pos::of(file, &src.number).diag(format!(
                    "the number {} does not match the file name {id}.yaml",
                    src.number.value
                )));
            }
            Ok(()) => {}
            Err(e) => diags.push(Diagnostic::whole_file(file, e)),
        }
        let date_ = date(file, &src.date, diags);
        let meeting_first = date(file, &src.meeting.first_day, diags);
        let meeting_last = date(file, &src.meeting.last_day, diags);
        let deadline = date(file, &src.reply.deadline, diags);
        if meeting_last < meeting_first {
            diags.push(Pos::of(file, &src.meeting.last_day).diag(format!(
                "the meeting ends ({meeting_last}) before it begins ({meeting_first})"
            )));
        }
        if deadline >= meeting_first {
            diags.push(Pos::of(file, &src.reply.deadline).diag(format!(
                "the reply deadline ({deadline}) is not before the meeting begins ({meeting_first})"
            )));
        }
        if deadline < date_ {
            diags.push(Pos::of(file, &src.reply.deadline).diag(format!(
                "the reply deadline ({deadline}) is before the circular's date ({date_})"
            )));
        }
        let deadline_time = Time::parse(&src.reply.deadline_time_utc.value).unwrap_or_else(|e| {
            diags.push(Pos::of(file, &src.reply.deadline_time_utc).diag(e));
            Time { hour: 0, minute: 0 }
        });
        let threshold = src.approval_threshold_percent.value;
        if !(1..=100).contains(&threshold) {
            diags.push(Pos::of(file, &src.approval_threshold_percent).diag(format!(
                "the approval threshold must be a percentage from 1 to 100, not {threshold}"
            )));
        }
        if src.recommendations.value.is_empty() {
            diags.push(
                Pos::of(file, &src.recommendations).diag("a consultation needs at least one draft Recommendation"),
            );
        }
        let mut seen = std::collections::BTreeSet::new();
        let recommendations = src
            .recommendations
            .value
            .iter()
            .map(|r| {
                let number = text(file, "the Recommendation's number", &r.number, diags);
                if !seen.insert(number.clone()) {
                    diags.push(Pos::of(file, &r.number).diag(format!("{number} is listed twice")));
                }
                let what = format!("the title of {number}");
                let title = per_lang(file, &what, &r.title, diags);
                let what = format!("the summary of {number}");
                let summary = per_lang(file, &what, &r.summary, diags);
                Recommendation {
                    former: text(file, &format!("the former name of {number}"), &r.former, diags),
                    source: text(file, &format!("the source of {number}"), &r.source, diags),
                    number,
                    title,
                    summary,
                    summary_pos: Pos::of(file, &r.summary),
                }
            })
            .collect();
        Circular {
            id: id.to_string(),
            file: file.to_path_buf(),
            number: src.number.value,
            date: date_,
            place: key(file, &src.place),
            reference: text(file, "the reference", &src.reference, diags),
            study_group: src.study_group.value,
            study_group_pos: Pos::of(file, &src.study_group),
            contact: src.contact,
            to: src.to.iter().map(|k| key(file, k)).collect(),
            copy_to: src.copy_to.iter().map(|k| key(file, k)).collect(),
            meeting_place: key(file, &src.meeting.place),
            meeting_first,
            meeting_last,
            collective_letter: text(file, "the collective letter", &src.collective_letter, diags),
            resolution_place: key(file, &src.resolution_1.place),
            resolution_year: src.resolution_1.year,
            deadline,
            deadline_time,
            reply_fax: src.reply.fax,
            reply_email: src.reply.email,
            threshold_percent: threshold,
            signatory: key(file, &src.signatory),
            recommendations,
        }
    }
}

/// Reads the signatories catalogue.
pub fn signatories_from_src(file: &Path, src: SignatoriesSrc, diags: &mut Diagnostics) -> BTreeMap<String, Signatory> {
    src.into_iter()
        .map(|(k, s)| {
            let name = per_lang(file, &format!("the name of signatory `{k}`"), &s.name, diags);
            (
                k,
                Signatory {
                    title: key(file, &s.title),
                    name,
                },
            )
        })
        .collect()
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
