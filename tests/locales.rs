//! The real locales: every language has exactly the reference's messages and variables, and
//! every message the templates ask for exists.

use std::fs;
use std::path::Path;

use tsbcirc::lang::Lang;
use tsbcirc::locales::{Locales, compare};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_locale_matches_the_reference() {
    let locales = Locales::load(root(), Path::new("locales")).unwrap_or_else(|d| panic!("{d}"));
    let reference = locales.get(Lang::REFERENCE);
    assert!(reference.messages.len() > 60, "{}", reference.messages.len());
    for lang in Lang::ALL {
        let l = locales.get(lang);
        let d = compare(reference, l);
        assert!(d.is_empty(), "{lang}:\n{d}");
        let ids: Vec<_> = l.messages.keys().collect();
        let ref_ids: Vec<_> = reference.messages.keys().collect();
        assert_eq!(ids, ref_ids, "{lang}");
        for (id, m) in &l.messages {
            // The reference's variables, and perhaps some its comment declares ($case, $count).
            let r = &reference.messages[id];
            assert!(m.variables.is_superset(&r.variables), "{lang}: {id}");
            assert!(
                m.variables
                    .is_subset(&r.variables.union(&r.declared).cloned().collect()),
                "{lang}: {id}"
            );
        }
    }
}

#[test]
fn every_message_a_template_asks_for_exists() {
    let locales = Locales::load(root(), Path::new("locales")).unwrap_or_else(|d| panic!("{d}"));
    let mut asked = 0;
    let mut files = Vec::new();
    let mut dirs = vec![root().join("templates")];
    while let Some(d) = dirs.pop() {
        for e in fs::read_dir(d).unwrap().flatten() {
            if e.path().is_dir() {
                dirs.push(e.path());
            } else {
                files.push(e);
            }
        }
    }
    for e in files {
        let text = fs::read_to_string(e.path()).unwrap();
        for part in text.split("t(id=").skip(1) {
            let quote = part.chars().next().unwrap();
            let id = &part[1..part[1..].find(quote).unwrap() + 1];
            for lang in Lang::ALL {
                assert!(
                    locales.get(lang).has(id),
                    "{lang} lacks `{id}` asked for by {}",
                    e.path().display()
                );
            }
            asked += 1;
        }
    }
    assert!(asked > 40, "{asked}");
}

#[test]
fn no_locale_holds_bidi_or_isolation_marks_of_its_own() {
    // Values get their direction where they are made (src/values.rs); marks typed into the
    // files would fight that and reach the PDF text layer.
    for lang in Lang::ALL {
        for e in fs::read_dir(root().join("locales").join(lang.code()))
            .unwrap()
            .flatten()
        {
            let text = fs::read_to_string(e.path()).unwrap();
            for bad in [
                '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}',
            ] {
                assert!(!text.contains(bad), "{} holds U+{:04X}", e.path().display(), bad as u32);
            }
        }
    }
}
