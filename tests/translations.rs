//! The translations as shipped: their typography (the lint `check` runs, over the real locales
//! and content), and the reviser's corrections of meaning, read in the pages a build makes.

mod common;

use std::fs;

use common::{Scratch, article_text, repo, squash};
use tsbcirc::typography;

#[test]
fn shipped_locales_and_content_follow_each_languages_typography() {
    let findings = typography::lint(&repo());
    let report: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{}: [{}] {}",
                f.file.display(),
                f.line,
                f.column,
                f.lang,
                f.message
            )
        })
        .collect();
    assert!(report.is_empty(), "typography to fix:\n{}", report.join("\n"));
    // The reply form draws its option circle (the U+20DD of the Word form is gone): nothing
    // is exempt any more.
    assert!(typography::EXEMPT.is_empty());
}

#[test]
fn check_reports_typography_with_file_line_column_and_language() {
    let s = Scratch::new();
    let edit = |file: &str, from: &str, to: &str| {
        let path = s.path().join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{from:?} in {file}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "locales/fr/common.ftl",
        "label-ref = Réf.{\"\\u202F\"}:",
        "label-ref = Réf. :",
    );
    edit("locales/en/reply-form.ftl", "“Consultation", "\"Consultation");
    edit("content/T17-TSB-CIR-0053.yaml", "The customer’s", "The customer's");

    let o = s.run(&["check"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "warnings alone do not fail check:\n{stderr}");
    // Where each edit is: its line, and the column (in characters) of the offending character.
    let at = |file: &str, find: &str, offset: usize| {
        let text = fs::read_to_string(s.path().join(file)).unwrap();
        let (i, line) = text.lines().enumerate().find(|(_, l)| l.contains(find)).unwrap();
        let col = line[..line.find(find).unwrap()].chars().count() + offset + 1;
        format!("{file}:{}:{col}", i + 1)
    };
    for needle in [
        format!(
            "warning: {}: [fr] `label-ref`: a space before `:`: French sets a narrow no-break space",
            at(
                "locales/fr/common.ftl",
                "label-ref = Réf. :",
                "label-ref = Réf.".chars().count()
            )
        ),
        format!(
            "warning: {}: [en] `reply-subject`: an ASCII double quote (\") in prose: write “…”",
            at("locales/en/reply-form.ftl", "\"Consultation", 0)
        ),
        format!(
            "warning: {}: [en] `recommendations[1].summary`: an ASCII apostrophe (') in prose",
            at("content/T17-TSB-CIR-0053.yaml", "The customer's", "The customer".len())
        ),
    ] {
        assert!(stderr.contains(&needle), "missing {needle:?} in\n{stderr}");
    }
    assert!(stderr.contains("0 errors, 3 warnings"), "{stderr}");
    assert_eq!(s.run(&["check", "--deny-warnings"]).status.code(), Some(1));
}

/// The article of a built page as a reader reads it: tags dropped, white space (no-break
/// spaces included) as single spaces.
fn words(s: &Scratch, id: &str, lang: &str) -> String {
    let html = fs::read_to_string(s.out().join(id).join(lang).join("circular.html")).unwrap();
    article_text(&html).split_whitespace().collect::<Vec<_>>().join(" ")
}

const C53: &str = "T17-TSB-CIR-0053";
const C85: &str = "T17-TSB-CIR-0085";

#[test]
fn built_pages_carry_the_revised_wording() {
    let s = Scratch::new();
    s.build();
    // (what the fix restores, circular, language, the corrected wording, the wording it replaced)
    let fixes = [
        // X.1603: the seed's 应提供 is "should provide", not "must".
        (
            "should",
            C53,
            "en",
            "(CSP) should offer to keep the cloud secure",
            "must offer",
        ),
        (
            "should",
            C53,
            "fr",
            "(CSP) devrait assurer pour maintenir",
            "doit assurer",
        ),
        (
            "should",
            C53,
            "es",
            "(CSP) debería ofrecer para mantener",
            "debe ofrecer",
        ),
        (
            "should",
            C53,
            "ru",
            "который поставщику облачных услуг (CSP) следует обеспечивать",
            "должен обеспечивать",
        ),
        (
            "should",
            C53,
            "ar",
            "الذي ينبغي أن يوفره مقدم الخدمة السحابية",
            "الذي يجب أن يوفره",
        ),
        // X.1603: the seed's 必要的 ("necessary") before the monitoring scope.
        (
            "necessary",
            C53,
            "en",
            "cover the necessary monitoring scope that",
            "cover the monitoring scope that",
        ),
        (
            "necessary",
            C53,
            "fr",
            "sur le périmètre de surveillance nécessaire que le fournisseur",
            "sur le périmètre de surveillance que",
        ),
        (
            "necessary",
            C53,
            "es",
            "el alcance de supervisión necesario que el proveedor",
            "el alcance de supervisión que",
        ),
        // Paragraph 4: the seed's 应 asks, it does not oblige.
        (
            "deberían",
            C53,
            "es",
            "deberían comunicar al Director de la TSB",
            "deberán comunicar",
        ),
        (
            "deberían",
            C85,
            "es",
            "deberían comunicar al Director de la TSB",
            "deberán comunicar",
        ),
        // Paragraph 3: the deadline itself is still in time.
        (
            "a más tardar",
            C53,
            "es",
            "a más tardar a las 23.59 horas UTC del 8 de marzo de 2018",
            "antes de las",
        ),
        (
            "a más tardar",
            C85,
            "es",
            "a más tardar a las 23.59 horas UTC del 5 de julio de 2018",
            "antes de las",
        ),
    ];
    let mut failures = Vec::new();
    for (fix, id, lang, new, old) in fixes {
        let text = words(&s, id, lang);
        if !text.contains(new) {
            failures.push(format!("{id} {lang} ({fix}): lacks {new:?}"));
        }
        if text.contains(old) {
            failures.push(format!("{id} {lang} ({fix}): still reads {old:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_deadline_time_is_written_as_each_language_writes_it() {
    let s = Scratch::new();
    let o = s.run(&["build", "--circular", C53]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let raw = |lang: &str| {
        let html = fs::read_to_string(s.out().join(C53).join(lang).join("circular.html")).unwrap();
        article_text(&html)
    };
    // French « 23 h 59 » with no-break spaces, Spanish «23.59 horas», the others 23:59.
    assert!(raw("fr").contains("le 8 mars 2018 à 23 h 59 (UTC)"), "{}", raw("fr"));
    let fr_html = fs::read_to_string(s.out().join(C53).join("fr").join("circular.html")).unwrap();
    assert!(fr_html.contains("23\u{A0}h\u{A0}59"), "the time is kept on one line");
    assert!(raw("es").contains("a las 23.59 horas UTC"), "{}", raw("es"));
    assert!(
        raw("en").contains("by 23:59 hours UTC on 8 March 2018"),
        "{}",
        raw("en")
    );
    assert!(raw("ru").contains("до 23:59 UTC"), "{}", raw("ru"));
    assert!(raw("ar").contains("بحلول الساعة 23:59 بالتوقيت"), "{}", raw("ar"));
    // The Chinese stays the seed's.
    assert!(squash(&raw("zh")).contains("请成员国在2018年3月8日23:59（协调世界时）前填妥并返回附件2中的表格。"));
}
