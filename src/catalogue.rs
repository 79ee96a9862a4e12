//! The shared catalogues (`content/catalogue/`): facts that follow from a circular's code and
//! date rather than being written again in every circular.
//!
//! - `wtsa.yaml`: the assemblies, their dates, and the study periods they open (the period's
//!   document-code prefix, `T17`);
//! - `study-groups.yaml`: the study groups of each period with their titles in six languages;
//! - `signatories.yaml`: officials who sign circulars, with their terms of office;
//! - `union.yaml`: the Union's own contact details.
//!
//! [`Catalogue::derive`] gives a circular its study period, Resolution 1 edition and
//! signatory, and checks what the circular states against them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::model::{self, Date, Key, PerLang, PerLangSrc, Pos};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WtsaSrc {
    key: Spanned<String>,
    place: Spanned<String>,
    first_day: Spanned<String>,
    last_day: Spanned<String>,
    opens: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficialSrc {
    title: Spanned<String>,
    from: Spanned<String>,
    #[serde(default)]
    to: Option<Spanned<String>>,
    name: Spanned<PerLangSrc>,
}

type StudyGroupsSrc = BTreeMap<String, BTreeMap<u32, Spanned<PerLangSrc>>>;

/// `content/catalogue/union.yaml`: the Union's own contact details, printed in the footer.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Union {
    pub tel: String,
    pub fax: String,
    pub email: String,
    pub web: String,
    /// ITU-T's page of Recommendations.
    pub recommendations: String,
}

/// A World Telecommunication Standardization Assembly.
#[derive(Debug, Clone)]
pub struct Wtsa {
    pub key: String,
    /// A `place-<key>` message.
    pub place: Key,
    pub first_day: Date,
    pub last_day: Date,
    /// The code prefix of the study period it opens.
    pub opens: String,
}

/// A study period: from the day after its assembly closed to the last day of the next one.
#[derive(Debug, Clone)]
pub struct Period {
    pub code: String,
    pub first_day: Date,
    pub last_day: Option<Date>,
    /// Index into [`Catalogue::wtsa`] of the assembly that opened it.
    pub opened_by: usize,
}

impl Period {
    pub fn contains(&self, d: Date) -> bool {
        d >= self.first_day && self.last_day.is_none_or(|l| d <= l)
    }

    /// "2017-03-09 – 2022-03-09" or "from 2024-10-25".
    pub fn span(&self) -> String {
        match self.last_day {
            Some(l) => format!("{} to {l}", self.first_day),
            None => format!("from {}", self.first_day),
        }
    }
}

/// An official who may sign circulars.
#[derive(Debug, Clone)]
pub struct Official {
    pub key: String,
    /// The Fluent message of the official's title.
    pub title: Key,
    pub name: PerLang,
    pub from: Date,
    pub to: Option<Date>,
}

impl Official {
    pub fn in_office(&self, d: Date) -> bool {
        d >= self.from && self.to.is_none_or(|t| d <= t)
    }

    fn term(&self) -> String {
        match self.to {
            Some(t) => format!("{} to {t}", self.from),
            None => format!("from {}", self.from),
        }
    }
}

/// The title of a study group in one period, in the languages the catalogue has.
#[derive(Debug, Clone)]
pub struct StudyGroupName {
    pub names: BTreeMap<Lang, String>,
    pub pos: Pos,
}

/// All catalogues, checked.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub wtsa: Vec<Wtsa>,
    pub periods: Vec<Period>,
    /// (period code, study group number) → title.
    pub study_groups: BTreeMap<(String, u32), StudyGroupName>,
    pub signatories: BTreeMap<String, Official>,
    pub union: Union,
}

/// The message id of the Director of TSB's title: the default signatory holds it.
pub const DIRECTOR_TITLE: &str = "director-tsb";

/// What a circular states that its code and date decide, with where it states it.
#[derive(Debug, Clone, Copy)]
pub struct Stated<'a> {
    /// The document code: `T17-TSB-CIR-0053`.
    pub id: &'a str,
    pub number_pos: &'a Pos,
    pub date: Date,
    pub date_pos: &'a Pos,
    /// The circular's own `resolution_1` and `signatory`, where it gives them.
    pub resolution_1: Option<&'a Key>,
    pub signatory: Option<&'a Key>,
}

/// What follows from a circular's code and date.
#[derive(Debug, Clone)]
pub struct Derived {
    pub period: Option<Period>,
    /// The assembly whose revision of Resolution 1 applies.
    pub wtsa: Option<Wtsa>,
    pub signatory: Option<Official>,
}

fn date(file: &Path, s: &Spanned<String>, diags: &mut Diagnostics) -> Option<Date> {
    Date::parse(&s.value)
        .map_err(|e| diags.push(Pos::of(file, s).diag(e)))
        .ok()
}

impl Catalogue {
    /// Reads the four catalogue files of `content/catalogue/` under `root`.
    pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Catalogue> {
        let dir = PathBuf::from("content/catalogue");
        let before = diags.len();
        let wtsa = read::<Vec<WtsaSrc>>(root, &dir.join("wtsa.yaml"), diags)
            .map(|src| wtsa_from_src(&dir.join("wtsa.yaml"), src, diags));
        let study_groups = read::<StudyGroupsSrc>(root, &dir.join("study-groups.yaml"), diags)
            .map(|src| study_groups_from_src(&dir.join("study-groups.yaml"), src));
        let signatories = read::<BTreeMap<String, OfficialSrc>>(root, &dir.join("signatories.yaml"), diags)
            .map(|src| officials_from_src(&dir.join("signatories.yaml"), src, diags));
        let union = read::<Union>(root, &dir.join("union.yaml"), diags);
        let (wtsa, periods) = wtsa?;
        if diags.len() > before {
            return None;
        }
        let cat = Catalogue {
            wtsa,
            periods,
            study_groups: study_groups?,
            signatories: signatories?,
            union: union?,
        };
        // Study groups listed for a period the assemblies do not open would never be used.
        for ((code, _), sg) in &cat.study_groups {
            if cat.period(code).is_none() {
                diags.push(sg.pos.diag(format!(
                    "no assembly in content/catalogue/wtsa.yaml opens the study period `{code}`"
                )));
            }
        }
        (diags.len() == before).then_some(cat)
    }

    pub fn period(&self, code: &str) -> Option<&Period> {
        self.periods.iter().find(|p| p.code == code)
    }

    /// The latest assembly that closed before `d`: its Resolution 1 is in force on `d`.
    pub fn wtsa_in_force(&self, d: Date) -> Option<&Wtsa> {
        self.wtsa.iter().filter(|w| w.last_day < d).max_by_key(|w| w.last_day)
    }

    /// The Director of TSB in office on `d`.
    pub fn director_on(&self, d: Date) -> Option<&Official> {
        self.signatories
            .values()
            .find(|o| o.title.key == DIRECTOR_TITLE && o.in_office(d))
    }

    /// The name of study group `sg` in period `code`, in `lang`.
    pub fn study_group_name(&self, code: &str, sg: u32, lang: Lang) -> Option<&str> {
        self.study_groups
            .get(&(code.to_string(), sg))
            .and_then(|n| n.names.get(&lang))
            .map(String::as_str)
    }

    /// The study period, Resolution 1 edition and signatory of a circular, checked against
    /// what it states.
    pub fn derive(&self, stated: Stated, diags: &mut Diagnostics) -> Derived {
        let Stated {
            id,
            number_pos,
            date,
            date_pos,
            resolution_1,
            signatory,
        } = stated;
        let code = &id[..3.min(id.len())];
        let period = self.period(code).cloned();
        match &period {
            None => {
                let known: Vec<&str> = self.periods.iter().map(|p| p.code.as_str()).collect();
                diags.push(number_pos.diag(format!(
                    "`{code}` in the document code {id} is not a study period: content/catalogue/wtsa.yaml knows {}",
                    known.join(", ")
                )));
            }
            Some(p) if !p.contains(date) => diags.push(date_pos.diag(format!(
                "the date {date} is outside the study period {code} of the document code {id} ({})",
                p.span()
            ))),
            Some(_) => {}
        }
        let wtsa = match resolution_1 {
            Some(k) => match self.wtsa.iter().find(|w| w.key == k.key) {
                None => {
                    let known: Vec<&str> = self.wtsa.iter().map(|w| w.key.as_str()).collect();
                    diags.push(k.pos.diag(format!(
                        "unknown assembly `{}` (content/catalogue/wtsa.yaml has: {})",
                        k.key,
                        known.join(", ")
                    )));
                    None
                }
                Some(w) if w.last_day >= date => {
                    diags.push(k.pos.diag(format!(
                        "Resolution 1 as revised by `{}` ({}) is later than the circular's date ({date})",
                        w.key, w.last_day
                    )));
                    None
                }
                Some(w) => {
                    let in_force = self.wtsa_in_force(date);
                    if let Some(f) = in_force.filter(|f| f.key != w.key) {
                        diags.push(k.pos.diag(format!(
                            "Resolution 1 as revised by `{}` was superseded by `{}` ({}) before the circular's date ({date})",
                            w.key, f.key, f.last_day
                        )));
                    }
                    Some(w.clone())
                }
            },
            None => {
                let w = self.wtsa_in_force(date).cloned();
                if w.is_none() {
                    diags.push(date_pos.diag(format!(
                        "no assembly in content/catalogue/wtsa.yaml closed before {date}: which revision of Resolution 1 applies?"
                    )));
                }
                w
            }
        };
        let signatory = match signatory {
            Some(k) => match self.signatories.get(&k.key) {
                None => {
                    let known: Vec<&str> = self.signatories.keys().map(String::as_str).collect();
                    diags.push(k.pos.diag(format!(
                        "unknown signatory `{}` (content/catalogue/signatories.yaml has: {})",
                        k.key,
                        known.join(", ")
                    )));
                    None
                }
                Some(o) if !o.in_office(date) => {
                    let mut d = k.pos.diag(format!(
                        "`{}` was not in office on the circular's date ({date}): term {}",
                        k.key,
                        o.term()
                    ));
                    if let Some(now) = self.director_on(date) {
                        d = d.note(format!("the Director of TSB on {date} was `{}`", now.key));
                    }
                    diags.push(d);
                    None
                }
                Some(o) => Some(o.clone()),
            },
            None => {
                let o = self.director_on(date).cloned();
                if o.is_none() {
                    diags.push(date_pos.diag(format!(
                        "no Director of TSB in content/catalogue/signatories.yaml was in office on {date}: name the `signatory`"
                    )));
                }
                o
            }
        };
        Derived {
            period,
            wtsa,
            signatory,
        }
    }
}

fn read<T: for<'de> Deserialize<'de>>(root: &Path, file: &Path, diags: &mut Diagnostics) -> Option<T> {
    match crate::diag::read_source(root, file) {
        Ok(text) => model::parse_yaml(file, &text).map_err(|d| diags.push(d)).ok(),
        Err((d, _)) => {
            diags.push(d);
            None
        }
    }
}

fn wtsa_from_src(file: &Path, src: Vec<WtsaSrc>, diags: &mut Diagnostics) -> (Vec<Wtsa>, Vec<Period>) {
    let mut wtsa: Vec<Wtsa> = Vec::new();
    for w in src {
        let (Some(first_day), Some(last_day)) = (date(file, &w.first_day, diags), date(file, &w.last_day, diags))
        else {
            continue;
        };
        if last_day < first_day {
            diags.push(Pos::of(file, &w.last_day).diag("the assembly ends before it begins"));
        }
        if wtsa.iter().any(|x| x.key == w.key.value) {
            diags.push(Pos::of(file, &w.key).diag(format!("`{}` is listed twice", w.key.value)));
        }
        if !model::is_period_code(&w.opens.value) {
            diags.push(Pos::of(file, &w.opens).diag(format!(
                "`{}` is not a study-period code (T + two digits)",
                w.opens.value
            )));
        }
        wtsa.push(Wtsa {
            key: w.key.value.clone(),
            place: Key::new(file, &w.place),
            first_day,
            last_day,
            opens: w.opens.value.clone(),
        });
    }
    wtsa.sort_by_key(|w| w.last_day);
    let periods = (0..wtsa.len())
        .map(|i| Period {
            code: wtsa[i].opens.clone(),
            first_day: wtsa[i].last_day.succ(),
            last_day: wtsa.get(i + 1).map(|n| n.last_day),
            opened_by: i,
        })
        .collect();
    (wtsa, periods)
}

fn study_groups_from_src(file: &Path, src: StudyGroupsSrc) -> BTreeMap<(String, u32), StudyGroupName> {
    let mut out = BTreeMap::new();
    for (period, groups) in src {
        for (sg, names) in groups {
            let pos = Pos::of(file, &names);
            let names: BTreeMap<Lang, String> = Lang::ALL
                .into_iter()
                .filter_map(|l| {
                    let t = names.value.get(l)?.trim();
                    (!t.is_empty()).then(|| (l, t.to_string()))
                })
                .collect();
            out.insert((period.clone(), sg), StudyGroupName { names, pos });
        }
    }
    out
}

fn officials_from_src(
    file: &Path,
    src: BTreeMap<String, OfficialSrc>,
    diags: &mut Diagnostics,
) -> BTreeMap<String, Official> {
    let mut out = BTreeMap::new();
    for (key, o) in src {
        let name = model::per_lang(file, &format!("the name of `{key}`"), &o.name, diags);
        let from = date(file, &o.from, diags);
        let to = o.to.as_ref().and_then(|t| date(file, t, diags));
        let Some(from) = from else { continue };
        if let (Some(t), Some(src)) = (to, &o.to)
            && t < from
        {
            diags.push(Pos::of(file, src).diag("the term ends before it begins"));
        }
        out.insert(
            key.clone(),
            Official {
                key,
                title: Key::new(file, &o.title),
                name,
                from,
                to,
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        let mut d = Diagnostics::default();
        let c = Catalogue::load(Path::new(env!("CARGO_MANIFEST_DIR")), &mut d);
        assert!(d.is_empty(), "{d}");
        c.expect("the shipped catalogues load")
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn periods_follow_the_assemblies() {
        let c = catalogue();
        let codes: Vec<&str> = c.periods.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(codes, ["T01", "T05", "T09", "T13", "T17", "T22", "T25"]);
        let t17 = c.period("T17").unwrap();
        assert_eq!(t17.first_day, day("2016-11-04"));
        assert_eq!(t17.last_day, Some(day("2022-03-09")));
        assert!(c.period("T25").unwrap().last_day.is_none());
    }

    #[test]
    fn the_resolution_in_force_and_the_director_follow_the_date() {
        let c = catalogue();
        assert_eq!(c.wtsa_in_force(day("2017-10-11")).unwrap().key, "hammamet-2016");
        assert_eq!(c.wtsa_in_force(day("2022-03-09")).unwrap().key, "hammamet-2016");
        assert_eq!(c.wtsa_in_force(day("2022-03-10")).unwrap().key, "geneva-2022");
        assert_eq!(c.director_on(day("2017-10-11")).unwrap().key, "chaesub-lee");
        assert_eq!(c.director_on(day("2010-05-01")).unwrap().key, "malcolm-johnson");
        assert_eq!(c.director_on(day("2026-12-01")).unwrap().key, "seizo-onoe");
    }

    /// Derives for a circular `id` dated `date`, stating `r` and `s`, each at line 9; the code
    /// and the date at 3:7.
    fn derive(c: &Catalogue, id: &str, date: &str, r: Option<&str>, s: Option<&str>) -> Diagnostics {
        let pos = Pos {
            file: "content/x.yaml".into(),
            line: 3,
            column: 7,
        };
        let key = |k: &str| Key {
            key: k.into(),
            pos: Pos { line: 9, ..pos.clone() },
        };
        let (r, s) = (r.map(key), s.map(key));
        let mut d = Diagnostics::default();
        c.derive(
            Stated {
                id,
                number_pos: &pos,
                date: day(date),
                date_pos: &pos,
                resolution_1: r.as_ref(),
                signatory: s.as_ref(),
            },
            &mut d,
        );
        d
    }

    #[test]
    fn leftovers_of_another_circular_are_caught() {
        let c = catalogue();
        let d = derive(
            &c,
            "T22-TSB-CIR-0001",
            "2023-05-02",
            Some("hammamet-2016"),
            Some("chaesub-lee"),
        );
        let msgs: Vec<&str> = d.0.iter().map(|x| x.message.as_str()).collect();
        assert!(
            msgs.iter().any(|m| m.contains("superseded by `geneva-2022`")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("`chaesub-lee` was not in office")),
            "{msgs:?}"
        );
        assert!(d.0.iter().all(|x| x.line == 9), "{d}");

        let d = derive(&c, "T22-TSB-CIR-0001", "2017-10-11", None, None);
        assert!(d.0[0].message.contains("outside the study period T22"), "{d}");
        assert_eq!((d.0[0].line, d.0[0].column), (3, 7));

        let d = derive(&c, "T18-TSB-CIR-0053", "2017-10-11", None, None);
        assert!(d.0[0].message.contains("`T18`"), "{d}");

        let d = derive(&c, "T17-TSB-CIR-0053", "2017-10-11", Some("geneva-2022"), None);
        assert!(d.0[0].message.contains("later than the circular's date"), "{d}");

        assert!(
            derive(
                &c,
                "T17-TSB-CIR-0053",
                "2017-10-11",
                Some("hammamet-2016"),
                Some("chaesub-lee")
            )
            .is_empty()
        );
    }
}
