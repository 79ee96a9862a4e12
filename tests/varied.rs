//! Circulars of other study periods, study groups, signatories and drafts, made from data
//! alone: a table of cases, each built in six languages, each checked for what it must say (the
//! right status words, provisional names only where there are some, the study group's title of
//! that period, the revision of Resolution 1 and the Director in office on the date) in the
//! web page and in the PDF alike.
//!
//! What the text must contain is taken from the inputs (the catalogues, the locales), never
//! written here as expected output.

mod common;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::{Scratch, article_text, squash};
use tsbcirc::catalogue::Catalogue;
use tsbcirc::diag::Diagnostics;
use tsbcirc::lang::Lang;
use tsbcirc::locales::{Arg, Locales};
use tsbcirc::model::Date;

/// One draft of a generated circular.
struct D {
    number: &'static str,
    status: &'static str,
    amendment: Option<u32>,
    former: Option<&'static str>,
}

struct Case {
    id: &'static str,
    /// Paragraphs of the circular's own: the paragraph they follow, and their text's stem.
    extra: &'static [(&'static str, &'static str)],
    kind: &'static str,
    date: &'static str,
    sg: u32,
    copy_to: &'static [&'static str],
    drafts: Vec<D>,
}

const fn d(number: &'static str, status: &'static str, former: Option<&'static str>) -> D {
    D {
        number,
        status,
        amendment: None,
        former,
    }
}

fn cases() -> Vec<Case> {
    vec![
        // Another period and study group, one new draft without a provisional name, a short
        // copy-to list (no associates, no academia).
        Case {
            id: "T22-TSB-CIR-0012",
            extra: &[
                ("announce", "Remote participation is possible"),
                ("threshold", "Replies by fax are welcome"),
            ],
            kind: "consultation",
            date: "2023-02-15",
            sg: 13,
            copy_to: &["sector-members", "sg-chairs"],
            drafts: vec![d("Y.3190", "new", None)],
        },
        // Two revised drafts, one with a provisional name (the Arabic dual).
        Case {
            id: "T22-TSB-CIR-0013",
            extra: &[],
            kind: "consultation",
            date: "2023-03-01",
            sg: 17,
            copy_to: &["sector-members", "sg-associates", "bdt-director", "br-director"],
            drafts: vec![d("X.1252", "revised", Some("X.1252rev")), d("X.509", "revised", None)],
        },
        // A mix of statuses in one circular, in the period 2013-2016, signed by the Director
        // of the time.
        Case {
            id: "T13-TSB-CIR-0140",
            extra: &[],
            kind: "consultation",
            date: "2015-04-20",
            sg: 15,
            copy_to: &["sector-members", "sg-associates", "academia", "sg-chairs"],
            drafts: vec![
                d("G.9807.1", "new", Some("G.tdm-pon")),
                d("G.989.3", "revised", None),
                D {
                    number: "G.989.2",
                    status: "amendment",
                    amendment: Some(2),
                    former: None,
                },
            ],
        },
        // Six new drafts, 2010, another Director.
        Case {
            id: "T09-TSB-CIR-0099",
            extra: &[],
            kind: "consultation",
            date: "2010-05-03",
            sg: 13,
            copy_to: &["sector-members", "sg-chairs", "bdt-director"],
            drafts: vec![
                d("Y.2001", "new", Some("Y.ngn-a")),
                d("Y.2002", "new", None),
                d("Y.2003", "new", Some("Y.ngn-c")),
                d("Y.2004", "new", None),
                d("Y.2005", "new", None),
                d("Y.2006", "new", Some("Y.ngn-f")),
            ],
        },
        // An approval notice of two revised Recommendations and an amendment.
        Case {
            id: "T22-TSB-CIR-0030",
            extra: &[("list", "The texts were approved *unanimously*")],
            kind: "approval",
            date: "2023-06-02",
            sg: 17,
            copy_to: &["sector-members"],
            drafts: vec![
                d("X.1252", "revised", Some("X.1252rev")),
                d("X.509", "revised", None),
                D {
                    number: "X.1035",
                    status: "amendment",
                    amendment: Some(1),
                    former: None,
                },
            ],
        },
    ]
}

/// Titles of study groups for the periods the cases use beyond the shipped catalogue: test
/// data, not ITU's titles.
const TEST_STUDY_GROUPS: &str = "
T22:
  13: {ar: مجموعة الاختبار ثلاثة عشر, en: Test group thirteen, es: Grupo de prueba trece, fr: Groupe d’essai treize, ru: Тестовая группа тринадцать, zh: 测试组十三}
  17: {ar: مجموعة الاختبار سبعة عشر, en: Test group seventeen, es: Grupo de prueba diecisiete, fr: Groupe d’essai dix-sept, ru: Тестовая группа семнадцать, zh: 测试组十七}
T13:
  15: {ar: مجموعة الاختبار خمسة عشر, en: Test group fifteen, es: Grupo de prueba quince, fr: Groupe d’essai quinze, ru: Тестовая группа пятнадцать, zh: 测试组十五}
T09:
  13: {ar: مجموعة الاختبار ثلاثة عشر ب, en: Test group thirteen b, es: Grupo de prueba trece b, fr: Groupe d’essai treize b, ru: Тестовая группа тринадцать б, zh: 测试组十三乙}
";

fn per_lang(s: &str) -> String {
    let mut out = String::new();
    for l in Lang::ALL {
        let _ = writeln!(out, "      {}: \"{s} ({})\"", l.code(), l.code());
    }
    out
}

fn yaml(c: &Case) -> String {
    let number: u32 = c.id[c.id.len() - 4..].parse().unwrap();
    let date = Date::parse(c.date).unwrap();
    let day = |offset: u32| {
        let mut x = date;
        for _ in 0..offset {
            x = x.succ();
        }
        x.to_string()
    };
    let mut y = format!(
        "kind: {}\nnumber: {number}\ndate: {}\nplace: geneva\nreference: SG{}/AB\nstudy_group: {}\n\
         contact:\n  tel: \"+41 22 730 0000\"\n  fax: \"+41 22 730 5853\"\n  email: tsbsg{}@itu.int\n\
         to:\n  - member-states\ncopy_to:\n",
        c.kind, c.date, c.sg, c.sg, c.sg
    );
    for k in c.copy_to {
        let _ = writeln!(y, "  - {k}");
    }
    if c.kind == "consultation" {
        let _ = write!(
            y,
            "meeting:\n  place: geneva\n  first_day: {}\n  last_day: {}\ncollective_letter: \"4/{}\"\n\
             reply:\n  deadline: {}\n  deadline_time_utc: \"23:59\"\n  fax: \"+41-22-730-5853\"\n  email: tsbdir@itu.int\n\
             approval_threshold_percent: 70\n",
            day(60),
            day(69),
            c.sg,
            day(45)
        );
    } else {
        // The meeting that approved, before the notice; its consultation before the meeting.
        let mut before = Date::parse("2023-01-10").unwrap().to_string();
        if date.year < 2023 {
            before = format!("{}-01-10", date.year);
        }
        let _ = write!(
            y,
            "consultation:\n  number: 3\n  date: {before}\nmeeting:\n  place: geneva\n  first_day: 2023-05-02\n  last_day: 2023-05-11\napproved_on: 2023-05-11\n"
        );
    }
    if !c.extra.is_empty() {
        y.push_str("extra:\n");
        for (after, text) in c.extra {
            let _ = writeln!(y, "  - after: {after}\n    text:");
            y.push_str(&per_lang(text).replace("      ", "        "));
        }
    }
    y.push_str("recommendations:\n");
    for (i, r) in c.drafts.iter().enumerate() {
        let _ = writeln!(y, "  - number: {}\n    status: {}", r.number, r.status);
        if let Some(a) = r.amendment {
            let _ = writeln!(y, "    amendment: {a}");
        }
        if let Some(f) = r.former {
            let _ = writeln!(y, "    former: {f}");
        }
        y.push_str("    title:\n");
        y.push_str(&per_lang(&format!("Title {i}")));
        if c.kind == "consultation" {
            let _ = writeln!(y, "    source: R{}", 10 + i);
            y.push_str("    summary:\n");
            y.push_str(&per_lang(&format!("Summary {i}.")));
        }
    }
    y
}

/// The text of the PDF, as poppler extracts it, with line-end hyphens joined.
fn pdf_text(path: &Path) -> String {
    let o = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed: run `bash tests/run.sh`, which installs it");
    assert!(o.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8_lossy(&o.stdout).replace("-\n", "")
}

/// Text without whitespace, joiners and bidi controls, to compare renditions and phrases;
/// without Arabic vowel marks too, which poppler may put before or after their letter.
fn norm(s: &str) -> String {
    squash(s)
        .chars()
        .filter(
            |c| !matches!(c, '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{00AD}' | '\u{064B}'..='\u{065F}' | '\u{0670}'),
        )
        .collect()
}

#[test]
fn circulars_of_other_periods_groups_and_drafts_read_true_in_six_languages() {
    let s = Scratch::new();
    for e in fs::read_dir(s.path().join("content")).unwrap().flatten() {
        if e.path().extension().is_some_and(|x| x == "yaml") {
            fs::remove_file(e.path()).unwrap();
        }
    }
    let groups = s.path().join("content/catalogue/study-groups.yaml");
    let mut catalogue_text = fs::read_to_string(&groups).unwrap();
    catalogue_text.push_str(TEST_STUDY_GROUPS);
    fs::write(&groups, catalogue_text).unwrap();
    let cases = cases();
    for c in &cases {
        fs::write(s.path().join("content").join(format!("{}.yaml", c.id)), yaml(c)).unwrap();
    }
    s.build();

    let mut diags = Diagnostics::default();
    let catalogue = Catalogue::load(s.path(), &mut diags).expect("catalogues");
    let locales = Locales::load(s.path(), Path::new("locales")).expect("locales");
    let mut failures = Vec::new();
    for c in &cases {
        let date = Date::parse(c.date).unwrap();
        let wtsa = catalogue.wtsa_in_force(date).expect("an assembly before the date");
        let director = catalogue.director_on(date).expect("a Director on the date");
        for lang in Lang::ALL {
            let l = locales.get(lang);
            let dir = s.out().join(c.id).join(lang.code());
            let html = article_text(&fs::read_to_string(dir.join("circular.html")).unwrap());
            let pdf = pdf_text(&dir.join("circular.pdf"));
            let (html_n, pdf_n) = (norm(&html), norm(&pdf));
            let mut must = |what: &str, text: String| {
                let t = norm(&text);
                if !html_n.contains(&t) {
                    failures.push(format!("{} [{lang}] page lacks {what}: {text}", c.id));
                }
                // poppler gives a line of mixed directions in visual order: in Arabic, the words
                // are looked for one by one.
                let in_pdf = if lang == Lang::Ar {
                    text.split_whitespace()
                        .map(|w| norm(w.trim_matches(|c: char| !c.is_alphanumeric())))
                        .all(|w| pdf_n.contains(&w))
                } else {
                    pdf_n.contains(&t)
                };
                if !in_pdf {
                    failures.push(format!("{} [{lang}] PDF lacks {what}: {text}", c.id));
                }
            };
            if c.kind == "consultation" {
                must(
                    "the study group's title of the period",
                    catalogue.study_group_name(&c.id[..3], c.sg, lang).unwrap().to_string(),
                );
            }
            must("the signatory of the date", director.name.get(lang).to_string());
            let place = l.format(&format!("place-{}", wtsa.place.key), &[]).unwrap();
            must("the place of the assembly in force", place);
            for r in &c.drafts {
                let code = l.format("rec-code", &[("number", Arg::from(r.number))]).unwrap();
                must("the code", code.clone());
                let amendment = f64::from(r.amendment.unwrap_or(0));
                if let Some(f) = r.former {
                    let former = l.format("rec-former", &[("former", Arg::from(f))]).unwrap();
                    must("the provisional name", former);
                }
                if c.kind == "consultation" {
                    let args = [
                        ("status", Arg::from(r.status)),
                        ("code", Arg::Str(code)),
                        ("amendment", Arg::Num(amendment)),
                    ];
                    let name = match r.former {
                        Some(f) => {
                            let former = l.format("rec-former", &[("former", Arg::from(f))]).unwrap();
                            let mut a = args.to_vec();
                            a.push(("former", Arg::Str(former)));
                            l.format("draft-name-former", &a).unwrap()
                        }
                        None => l.format("draft-name", &args).unwrap(),
                    };
                    must("the draft's name with its status", name);
                }
            }
            // Paragraphs of the circular's own, in every language, each right after the
            // paragraph it follows: the next numbered paragraph comes after it.
            let html_page = fs::read_to_string(dir.join("circular.html")).unwrap();
            let items: Vec<&str> = html_page
                .split("<ol class=\"paragraphs\">")
                .nth(1)
                .unwrap()
                .split("</ol>")
                .next()
                .unwrap()
                .split("\n<li>")
                .skip(1)
                .collect();
            for (after, text) in c.extra {
                let stem = format!("{} ({})", text.replace('*', ""), lang.code());
                let at = items
                    .iter()
                    .position(|i| norm(&article_text(&format!("<article>{i}</article>"))).contains(&norm(&stem)));
                match at {
                    None => failures.push(format!("{} [{lang}]: the paragraph after `{after}` is missing", c.id)),
                    Some(i) => {
                        let kind = tsbcirc::kind::find(c.kind).unwrap();
                        let nth = kind.paragraphs.iter().position(|p| p == after).unwrap();
                        // Numbered paragraphs before it: those of the letter up to `after`, and
                        // the extra ones placed before.
                        let extra_before = c
                            .extra
                            .iter()
                            .filter(|(a, _)| kind.paragraphs.iter().position(|p| p == a).unwrap() < nth)
                            .count();
                        if i != nth + 1 + extra_before {
                            failures.push(format!("{} [{lang}]: the paragraph after `{after}` is item {i}", c.id));
                        }
                    }
                }
                if !pdf_n.contains(&norm(&stem)) && lang != Lang::Ar {
                    failures.push(format!("{} [{lang}] PDF lacks the paragraph after `{after}`", c.id));
                }
            }
            // No provisional-name phrase for drafts that never had one: what stands between a
            // code and a provisional name ("(ex ", "（原") must not appear at all.
            let former = l.format("rec-former", &[("former", Arg::from("\u{2}"))]).unwrap();
            let both = l
                .format(
                    "rec-ref-former",
                    &[("code", Arg::from("\u{1}")), ("former", Arg::Str(former))],
                )
                .unwrap();
            let word = norm(&both[both.find('\u{1}').unwrap() + 1..both.find('\u{2}').unwrap()]);
            let with = c.drafts.iter().filter(|r| r.former.is_some()).count();
            let uses = html_n.matches(&word).count();
            if with == 0 && uses > 0 {
                failures.push(format!(
                    "{} [{lang}]: `{word}` appears though no draft had a provisional name",
                    c.id
                ));
            }
            if with > 0 && uses == 0 {
                failures.push(format!("{} [{lang}]: no provisional name printed", c.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
