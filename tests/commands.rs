//! The editor's and translator's commands: `check`, `new`, and the build filters.

mod common;

use std::fs;

use common::{Scratch, apply_edits, pinned, repo};

#[test]
fn check_passes_on_the_project_and_writes_nothing() {
    let s = Scratch::new();
    let o = s.run(&["check"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "no problems found\n");
    assert!(!s.out().exists(), "check wrote outputs");
}

#[test]
fn check_finds_translator_mistakes_with_pinned_human_and_json_output() {
    let fixture = repo().join("tests/fixtures/check/translator-mistakes");
    let s = Scratch::new();
    apply_edits(&s, &fixture).unwrap();

    let human = s.run(&["check"]);
    assert_eq!(human.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&human.stderr);
    pinned(&fixture.join("expected.txt"), &stderr).unwrap();
    // Each kind of mistake is found, at its file and line.
    let line_of = |file: &str, start: &str| {
        let text = fs::read_to_string(s.path().join(file)).unwrap();
        text.lines().position(|l| l.starts_with(start)).unwrap() + 1
    };
    for needle in [
        format!(
            "locales/ru/circular.ftl:{}:",
            line_of("locales/ru/circular.ftl", "para-annex")
        ),
        format!(
            "locales/fr/circular.ftl:{}:1: [fr] message `salutation` is the same as in the reference",
            line_of("locales/fr/circular.ftl", "salutation")
        ),
        format!(
            "locales/es/circular.ftl:{}:1: [es] message `para-announce` does not use the variable `$collective_letter`",
            line_of("locales/es/circular.ftl", "para-announce")
        ),
        "[ar] message `site-printing` is obsolete".to_string(),
        "the reply deadline (2018-03-21) is not before the meeting begins (2018-03-20)".to_string(),
    ] {
        assert!(stderr.contains(&needle), "missing {needle:?} in\n{stderr}");
    }

    let json = s.run(&["check", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&json.stdout);
    pinned(&fixture.join("expected.json"), &stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["warnings"], 1);
    assert!(v["errors"].as_u64().unwrap() >= 4, "{v}");
    let first = &v["diagnostics"][0];
    for key in ["severity", "file", "line", "column", "lang", "message"] {
        assert!(first.get(key).is_some(), "{key} missing in {first}");
    }
}

#[test]
fn warnings_alone_pass_unless_denied() {
    let s = Scratch::new();
    let path = s.path().join("locales/fr/circular.ftl");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("salutation = Madame, Monsieur,", "salutation = Dear Sir/Madam,");
    fs::write(&path, text).unwrap();
    assert!(s.run(&["check"]).status.success());
    assert_eq!(s.run(&["check", "--deny-warnings"]).status.code(), Some(1));
}

/// What an editor types into the fields `new` marks TODO.
fn fill(text: &str) -> String {
    let values = [
        ("date: TODO", "date: 2018-05-02"),
        ("reference: TODO", "reference: SG12/MA"),
        ("study_group: TODO", "study_group: 12"),
        ("tel: \"TODO\"", "tel: \"+41 22 730 5887\""),
        ("email: TODO", "email: tsbsg12@itu.int"),
        ("first_day: TODO", "first_day: 2018-09-11"),
        ("last_day: TODO", "last_day: 2018-09-20"),
        ("collective_letter: \"TODO\"", "collective_letter: \"4/12\""),
        ("deadline: TODO", "deadline: 2018-08-30"),
        ("number: TODO", "number: P.1203.3"),
        ("former: TODO", "former: P.NATS-v"),
        ("source: TODO", "source: R7"),
        ("fax: \"TODO\"", "fax: \"+41 22 730 5853\""),
        ("place: TODO", "place: geneva"),
        ("status: TODO", "status: new"),
    ];
    let mut out = text.to_string();
    for (from, to) in values {
        out = out.replace(from, to);
    }
    // Titles and summaries, in every language.
    out.replace(": TODO", ": A text in this language")
        .replace("        TODO", "        A *summary* in this language.")
}

#[test]
fn new_scaffolds_a_circular_that_builds_once_filled() {
    let s = Scratch::new();
    let o = s.run(&["new", "T17-TSB-CIR-0099"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let path = s.path().join("content/T17-TSB-CIR-0099.yaml");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("number: 99\n"));
    // What follows from the code and the catalogues is there; nothing of another circular.
    let mut d = tsbcirc::diag::Diagnostics::default();
    let catalogue = tsbcirc::catalogue::Catalogue::load(s.path(), &mut d).unwrap();
    let today = tsbcirc::model::Date::today();
    let director = catalogue.director_on(today).unwrap();
    assert!(
        text.contains(&format!(
            "{} ({})",
            director.name.get(tsbcirc::lang::Lang::En),
            director.key
        )),
        "{text}"
    );
    assert!(text.contains(&catalogue.wtsa_in_force(today).unwrap().key), "{text}");
    assert!(text.contains(&catalogue.period("T17").unwrap().span()), "{text}");
    for leftover in ["signatory:", "resolution_1:", "SG17", "3/17", "X.1214", "2018", "tsbsg"] {
        assert!(
            !text
                .lines()
                .any(|l| !l.trim_start().starts_with('#') && l.contains(leftover)),
            "{leftover} in:\n{text}"
        );
    }

    // Unfilled, the build names each field left to fill, and writes nothing.
    let o = s.run(&["build"]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    let date_line = text.lines().position(|l| l == "date: TODO").unwrap() + 1;
    assert!(
        stderr.contains(&format!(
            "content/T17-TSB-CIR-0099.yaml:{date_line}:7: fill in `date`: it still reads TODO"
        )),
        "{stderr}"
    );
    assert!(stderr.matches("still reads TODO").count() >= 20, "{stderr}");
    assert!(!s.out().exists());

    fs::write(&path, fill(&text)).unwrap();
    s.build();
    for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
        let page = fs::read_to_string(s.out().join("T17-TSB-CIR-0099").join(lang).join("circular.html")).unwrap();
        assert!(page.contains("P.1203.3"), "{lang}");
    }

    // An approval notice too.
    let o = s.run(&["new", "T17-TSB-CIR-0100", "--kind", "approval"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let path = s.path().join("content/T17-TSB-CIR-0100.yaml");
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("kind: approval\n") && text.contains("approved_on: TODO"),
        "{text}"
    );
    let filled = fill(
        &text
            .replace("  number: TODO\n  date: TODO", "  number: 99\n  date: 2018-05-02")
            .replace("\ndate: TODO", "\ndate: 2018-10-01")
            .replace("approved_on: TODO", "approved_on: 2018-09-20"),
    );
    fs::write(&path, filled).unwrap();
    s.build();
    let page = fs::read_to_string(s.out().join("T17-TSB-CIR-0100/en/circular.html")).unwrap();
    assert!(page.contains("P.1203.3") && page.contains("TSB Circular 99"), "{page}");
    assert!(!s.out().join("T17-TSB-CIR-0100/en/reply-form.html").exists());
    let o = s.run(&["new", "T17-TSB-CIR-0101", "--kind", "notice"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown kind `notice`"));
}

#[test]
fn new_refuses_to_overwrite_and_checks_the_id() {
    let s = Scratch::new();
    let existing = s.path().join("content/T17-TSB-CIR-0053.yaml");
    let before = fs::read(&existing).unwrap();
    let o = s.run(&["new", "T17-TSB-CIR-0053"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("already exists"));
    assert_eq!(fs::read(&existing).unwrap(), before);
    for bad in [
        "../T17-TSB-CIR-0001",
        "T17/TSB-CIR-0001",
        "circular",
        "T17-TSB-CIR-12345",
    ] {
        let o = s.run(&["new", bad]);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("not the ITU document code"),
            "{bad}"
        );
    }
}

#[test]
fn filters_build_only_what_was_asked() {
    let s = Scratch::new();
    let o = s.run(&[
        "build",
        "--lang",
        "fr",
        "--lang",
        "ar",
        "--circular",
        "T17-TSB-CIR-0053",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dir = s.out().join("T17-TSB-CIR-0053");
    let mut langs: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    assert_eq!(langs, ["ar", "fr"]);
    // Without a terminal: one line per document, then the summary.
    let stdout = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("rendered T17-TSB-CIR-0053/"))
            .count(),
        4,
        "{stdout}"
    );
    // 8 documents, the index of each language built (ar/, fr/) and index.html.
    assert!(lines.last().unwrap().starts_with("wrote 11 files to "), "{stdout}");

    // Links go only to pages that exist: the indexes and the language switcher know what was built.
    let index = fs::read_to_string(s.out().join("fr/index.html")).unwrap();
    assert!(index.contains("../T17-TSB-CIR-0053/fr/circular.html"));
    assert!(
        index.contains("hreflang=\"ar\"") && !index.contains("hreflang=\"en\""),
        "{index}"
    );
    assert!(!index.contains("T17-TSB-CIR-0085"), "{index}");
    assert!(!s.out().join("en/index.html").exists());
    let fr = fs::read_to_string(dir.join("fr/circular.html")).unwrap();
    assert!(fr.contains("hreflang=\"ar\"") && !fr.contains("hreflang=\"en\""));
    // A later build of English adds it to what earlier builds left.
    assert!(
        s.run(&["build", "--lang", "en", "--circular", "T17-TSB-CIR-0053"])
            .status
            .success()
    );
    let en = fs::read_to_string(dir.join("en/circular.html")).unwrap();
    assert!(en.contains("hreflang=\"fr\"") && en.contains("hreflang=\"ar\"") && !en.contains("hreflang=\"ru\""));

    let o = s.run(&["build", "--circular", "T17-TSB-CIR-9999"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no circular `T17-TSB-CIR-9999`"));
    let o = s.run(&["build", "--lang", "de"]);
    assert_eq!(o.status.code(), Some(2), "clap rejects an unknown language");
}
