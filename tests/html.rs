//! The HTML rendition of Circular 53, built by the CLI as an editor would.

mod common;

use std::fs;

use common::{Scratch, article_text, in_order, seed_lines, seed_ordered_sections, seed_pieces, squash, tree};

const ID: &str = "T17-TSB-CIR-0053";
const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

fn page(s: &Scratch, lang: &str, doc: &str) -> String {
    fs::read_to_string(s.out().join(ID).join(lang).join(format!("{doc}.html"))).unwrap()
}

#[test]
fn all_twelve_pages_and_the_index_render() {
    let s = Scratch::new();
    s.build();
    for lang in LANGS {
        for doc in ["circular", "reply-form"] {
            let html = page(&s, lang, doc);
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert!(
                html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
                "{lang}/{doc}"
            );
            for other in LANGS {
                assert!(
                    html.contains(&format!(
                        "<link rel=\"alternate\" hreflang=\"{other}\" href=\"../{other}/{doc}.html\"/>"
                    )),
                    "{lang}/{doc} lacks the {other} alternate"
                );
            }
            // Self-contained: one inline script (the reply form's), no external scripts, style
            // sheets, images or fonts.
            assert_eq!(html.matches("<script").count(), 1, "{lang}/{doc}");
            assert!(html.contains("<script>\n"), "{lang}/{doc}");
            assert!(!html.contains(" src="), "{lang}/{doc}");
            assert!(!html.contains("rel=\"stylesheet\""), "{lang}/{doc}");
            assert!(html.contains("@media print"), "{lang}/{doc} has a print style sheet");
            assert!(!html.contains('\u{FFFD}'));
        }
    }
    // An index per language, and index.html in English.
    let root = fs::read_to_string(s.out().join("index.html")).unwrap();
    for lang in LANGS {
        let index = fs::read_to_string(s.out().join(lang).join("index.html")).unwrap();
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        assert!(
            index.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{lang}"
        );
        for doc in ["circular", "reply-form"] {
            for ext in ["html", "pdf"] {
                assert!(
                    index.contains(&format!("href=\"../{ID}/{lang}/{doc}.{ext}\"")),
                    "the {lang} index lacks {doc}.{ext}"
                );
            }
        }
        assert!(
            root.contains(&format!("href=\"{lang}/index.html\"")),
            "index.html lacks the {lang} index"
        );
    }
    for doc in ["circular", "reply-form"] {
        assert!(
            root.contains(&format!("href=\"{ID}/en/{doc}.html\"")),
            "index.html lacks en/{doc}"
        );
    }
}

#[test]
fn the_chinese_circular_carries_every_sentence_of_the_seed() {
    let s = Scratch::new();
    s.build();
    let text = squash(&article_text(&page(&s, "zh", "circular")));
    let missing: Vec<String> = seed_pieces()
        .into_iter()
        .filter(|p| !text.contains(p.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the Chinese circular:\n{}",
        missing.join("\n")
    );
    for section in seed_ordered_sections() {
        if let Err(p) = in_order(&text, &section) {
            panic!("the Chinese circular leaves the seed's order at: {p}");
        }
    }
}

#[test]
fn the_chinese_to_and_copy_to_items_are_the_seed_s_to_the_character() {
    let s = Scratch::new();
    s.build();
    let html = page(&s, "zh", "circular");
    let header =
        &html[html.find("<div class=\"header-block\">").unwrap()..html.find("<dl class=\"subject\">").unwrap()];
    let ours: Vec<String> = header
        .split("<li>")
        .skip(1)
        .map(|li| squash(&li[..li.find("</li>").unwrap()].replace(['\u{2068}', '\u{2069}'], "")))
        .collect();
    // In the seed, To and Copy-to items are the lines that begin with a list mark.
    let seed: Vec<String> = seed_lines()
        .iter()
        .map(|l| l.trim())
        .filter_map(|l| l.strip_prefix('·').or_else(|| l.strip_prefix('–')))
        .map(squash)
        .collect();
    assert_eq!(seed.len(), 7, "{seed:?}");
    assert_eq!(ours, seed);
}

#[test]
fn the_standalone_reply_form_is_annex_2() {
    let s = Scratch::new();
    s.build();
    for lang in LANGS {
        let circular = page(&s, lang, "circular");
        let form = page(&s, lang, "reply-form");
        let annex2 = &circular
            [circular.find("<section class=\"annex reply-form\"").unwrap()..circular.rfind("</section>").unwrap()];
        let own = &form[form.find("<section class=\"annex reply-form\"").unwrap()..form.rfind("</section>").unwrap()];
        assert_eq!(annex2, own, "{lang}");
    }
}

#[test]
fn each_language_has_its_own_words() {
    let s = Scratch::new();
    s.build();
    let expect = [
        ("ar", ["جنيف، 11 أكتوبر 2017", "شاسوب لي", "ITU-T X.1214"]),
        (
            "en",
            ["Geneva, 11 October 2017", "Dear Sir/Madam,", "Yours faithfully,"],
        ),
        ("es", ["Ginebra, 11 de octubre de 2017", "Chaesub Lee", "UIT-T X.1214"]),
        ("fr", ["Genève, 11 octobre 2017", "Madame, Monsieur,", "UIT-T X.1214"]),
        (
            "ru",
            ["Женева, 11 октября 2017\u{202F}г.", "Чхе Суб Ли", "МСЭ-Т X.1214"],
        ),
        ("zh", ["2017年10月11日，日内瓦", "李在摄", "ITU-T X.1214"]),
    ];
    for (lang, words) in expect {
        let text = article_text(&page(&s, lang, "circular"));
        for w in words {
            assert!(text.contains(w), "{lang} lacks {w:?}");
        }
    }
}

#[test]
fn the_reply_form_is_an_accessible_form() {
    let s = Scratch::new();
    s.build();
    for lang in LANGS {
        let html = page(&s, lang, "reply-form");
        assert_eq!(html.matches("<form ").count(), 1, "{lang}: one form");
        // One table: a header row, then a row per draft, each with one group of answers.
        assert_eq!(html.matches("<table ").count(), 1, "{lang}");
        assert_eq!(html.matches("<th scope=\"col\">").count(), 2, "{lang}");
        assert_eq!(html.matches("<th scope=\"row\"").count(), 3, "{lang}");
        assert_eq!(html.matches("<fieldset class=\"choice\"").count(), 3, "{lang}");
        // Every control has a label pointing at it; no checkbox can contradict a radio button.
        let mut radios = std::collections::BTreeMap::<String, usize>::new();
        let mut typed = Vec::new();
        for part in html.split("<input ").skip(1) {
            let tag = &part[..part.find("/>").unwrap()];
            let attr = |name: &str| {
                tag.split(&format!(" {name}=\""))
                    .nth(1)
                    .or_else(|| tag.strip_prefix(&format!("{name}=\"")))
                    .map(|r| r.split('"').next().unwrap().to_string())
            };
            let id = attr("id").unwrap();
            assert!(
                html.contains(&format!("<label for=\"{id}\">")),
                "{lang}: no label for {id}"
            );
            let ty = attr("type").unwrap();
            assert_ne!(ty, "checkbox", "{lang}: {id}");
            if ty == "radio" {
                *radios.entry(attr("name").unwrap()).or_default() += 1;
            } else {
                typed.push((id, ty, attr("autocomplete"), attr("dir")));
            }
        }
        assert_eq!(
            radios.values().copied().collect::<Vec<_>>(),
            [3, 3, 3],
            "{lang}: {radios:?}"
        );
        for (id, ty, autocomplete, dir) in typed {
            match id.as_str() {
                "rf-fax" => assert_eq!((ty.as_str(), dir.as_deref()), ("tel", Some("ltr")), "{lang}"),
                "rf-email" => assert_eq!((ty.as_str(), dir.as_deref()), ("email", Some("ltr")), "{lang}"),
                "rf-date" => assert_eq!((ty.as_str(), dir.as_deref()), ("date", Some("ltr")), "{lang}"),
                _ => assert_eq!(ty, "text", "{lang}: {id}"),
            }
            if id != "rf-date" {
                assert!(autocomplete.is_some(), "{lang}: {id} has no autocomplete token");
            }
        }
        assert!(
            html.contains("<textarea id=\"rf-address\""),
            "{lang}: the address is not multi-line"
        );
        // Labels without brackets.
        for part in html.split("<label ").skip(1) {
            let text = &part[part.find('>').unwrap() + 1..part.find("</label>").unwrap()];
            assert!(!text.contains('['), "{lang}: label {text:?}");
        }
    }
}

#[test]
fn the_document_is_well_formed_xhtml() {
    let s = Scratch::new();
    s.build();
    for lang in LANGS {
        for doc in ["circular", "reply-form"] {
            let html = page(&s, lang, doc);
            let article = &html[html.find("<article").unwrap()..html.rfind("</article>").unwrap() + "</article>".len()];
            roxmltree::Document::parse(article).unwrap_or_else(|e| panic!("{lang}/{doc}: {e}"));
        }
    }
}

#[test]
fn a_second_build_is_identical() {
    let s = Scratch::new();
    s.build();
    let first = tree(&s.out());
    assert_eq!(
        first.len(),
        67,
        "two consultations x six languages x two documents x (html, pdf), an approval notice x six languages x (html, pdf), an index per language and index.html"
    );
    s.build();
    assert_eq!(first, tree(&s.out()), "every page and PDF is the same");
}
