//! Which characters the texts may hold, checked in the sources before anything is rendered.
//!
//! Every character of every text an editor or a translator writes (each scalar value of
//! `content/**/*.yaml`, each Fluent message, term and attribute) must be one the documents can
//! show: a character that no vendored font draws would otherwise stop the typesetter deep in
//! its work, or vanish. Some characters are refused whatever the fonts:
//!
//! - bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
//!   U+200F, U+061C): they can make a text read in another order than it is stored (a file
//!   name "exe.txt" that is really "txt.exe"), and the documents give every value its
//!   direction themselves ([`crate::values`]). Outside texts too (a YAML or Fluent comment),
//!   where they would mislead whoever reviews the source;
//! - control characters (NUL and the like; tabs and line breaks aside), noncharacters
//!   (U+FFFE, U+FFFF, …), line and paragraph separators (U+2028, U+2029: an empty line starts a
//!   paragraph), and U+FFFC, which the typesetter uses for its own objects.
//!
//! Each problem is reported once per text and character, at the character's own line and
//! column (inside block scalars, quoted strings and escapes too), with the language of the text.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::diag::{self, Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::pdf::FontSet;
use crate::texts::{self, Text};

/// Whether `c` is a bidi control: an embedding, override, isolate or mark.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters the typesetter lays out without a glyph of their own: white space that the
/// XHTML collapses, and the invisible format characters it honours (soft hyphen, zero-width
/// space, word joiner, zero-width no-break space).
fn is_layout_only(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn is_noncharacter(c: char) -> bool {
    let cp = c as u32;
    (0xFDD0..=0xFDEF).contains(&cp) || cp & 0xFFFE == 0xFFFE
}

/// "U+202E RIGHT-TO-LEFT OVERRIDE", with the character itself where it can be shown.
pub fn describe(c: char) -> String {
    // Control characters have no name, only aliases: those of the ones met in texts.
    let alias = match c {
        '\0' => Some("NULL"),
        '\u{7}' => Some("BELL"),
        '\u{8}' => Some("BACKSPACE"),
        '\u{B}' => Some("LINE TABULATION"),
        '\u{C}' => Some("FORM FEED"),
        '\u{1B}' => Some("ESCAPE"),
        '\u{7F}' => Some("DELETE"),
        '\u{85}' => Some("NEXT LINE"),
        _ => None,
    };
    let name = unicode_names2::name(c)
        .map(|n| n.to_string())
        .or(alias.map(str::to_string));
    let shown = !c.is_control() && !is_bidi_control(c) && !is_noncharacter(c) && !c.is_whitespace();
    match (name, shown) {
        (Some(n), true) => format!("U+{:04X} {n} ({c})", c as u32),
        (Some(n), false) => format!("U+{:04X} {n}", c as u32),
        (None, true) => format!("U+{:04X} ({c})", c as u32),
        (None, false) => format!("U+{:04X}", c as u32),
    }
}

/// Why `c` may not be in a text, if it may not; `fonts`, when loaded, decide what can be drawn.
/// Cheap for the characters texts are made of: the description with the character's name is
/// only looked up for a character refused.
pub fn refusal(c: char, fonts: Option<&FontSet>) -> Option<String> {
    // Every vendored face draws printable ASCII.
    if c.is_ascii_graphic() || is_layout_only(c) {
        return None;
    }
    let why = if is_bidi_control(c) {
        "is a bidi control: it can make the text read in another order than it is written, \
         and the documents give every value its direction themselves"
    } else if c.is_control() {
        "is a control character, which has no place in a text"
    } else if is_noncharacter(c) {
        "is a noncharacter, which has no place in a text"
    } else if matches!(c, '\u{2028}' | '\u{2029}') {
        "cannot be set: an empty line starts a new paragraph"
    } else if c == '\u{FFFC}' {
        "stands for an object that is not there"
    } else if fonts.is_some_and(|f| !f.draws(c)) {
        "cannot be set: no vendored font (Noto Sans, Noto Naskh Arabic, Noto Sans CJK SC, in every style) draws it"
    } else {
        return None;
    };
    Some(format!("{} {why}", describe(c)))
}

/// Refusals in `texts` of `source` (the file `file`), each character once per text; `lang` is
/// the file's language (a locale), otherwise each text's own.
pub fn check_texts(
    file: &Path,
    source: &str,
    texts: &[Text],
    lang: Option<Lang>,
    fonts: Option<&FontSet>,
    diags: &mut Diagnostics,
) {
    let mut seen_at = std::collections::BTreeSet::new();
    // Characters already found acceptable in this file: most texts repeat the same few hundred.
    let mut accepted = std::collections::HashSet::new();
    for t in texts {
        // The first place of each refused character in this text, and how often it occurs.
        let mut found: BTreeMap<char, (usize, usize, String)> = BTreeMap::new();
        for (c, at) in t.chars() {
            if let Some(entry) = found.get_mut(&c) {
                entry.1 += 1;
                continue;
            }
            if accepted.contains(&c) {
                continue;
            }
            match refusal(c, fonts) {
                Some(why) => {
                    found.insert(c, (at, 1, why));
                }
                None => {
                    accepted.insert(c);
                }
            }
        }
        let mut found: Vec<_> = found.into_iter().collect();
        found.sort_by_key(|(_, (at, ..))| *at);
        for (_, (at, n, why)) in found {
            seen_at.insert(at);
            let (line, column) = diag::line_col(source, at);
            let mut d = Diagnostic::new(file, line, column, format!("`{}`: {why}", t.place));
            if let Some(l) = t.lang.or(lang) {
                d = d.in_lang(l);
            }
            if n > 1 {
                d = d.note(format!(
                    "and {} more time{} in this text",
                    n - 1,
                    if n > 2 { "s" } else { "" }
                ));
            }
            diags.push(d);
        }
    }
    // Bidi controls outside the texts (in a comment, a key) mislead a reviewer of the source.
    for (at, c) in source.char_indices() {
        if is_bidi_control(c) && !seen_at.contains(&at) && !texts.iter().any(|t| t.chars().any(|(_, a)| a == at)) {
            let (line, column) = diag::line_col(source, at);
            let mut d = Diagnostic::new(
                file,
                line,
                column,
                format!(
                    "{} is a bidi control: in the source it can make what follows read in another order than it is written",
                    describe(c)
                ),
            );
            if let Some(l) = lang {
                d = d.in_lang(l);
            }
            diags.push(d);
        }
    }
}

/// Checks every YAML file under `content/` and every Fluent file of the six locales of the
/// project at `root`. Files that cannot be read are left to the loaders, which report them.
pub fn check(root: &Path, fonts: Option<&FontSet>) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for file in texts::source_files(root, Path::new("content"), "yaml") {
        if let Ok(source) = fs::read_to_string(root.join(&file)) {
            check_texts(&file, &source, &texts::yaml_texts(&source), None, fonts, &mut diags);
        }
    }
    for lang in Lang::ALL {
        let dir = Path::new("locales").join(lang.code());
        for file in texts::source_files(root, &dir, "ftl") {
            if let Ok(source) = fs::read_to_string(root.join(&file)) {
                check_texts(
                    &file,
                    &source,
                    &texts::ftl_texts(&source),
                    Some(lang),
                    fonts,
                    &mut diags,
                );
            }
        }
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(source: &str) -> Vec<(u64, u64, Option<Lang>, String)> {
        let mut d = Diagnostics::default();
        check_texts(
            Path::new("a.yaml"),
            source,
            &texts::yaml_texts(source),
            None,
            Some(crate::pdf::test_fonts()),
            &mut d,
        );
        d.0.into_iter().map(|d| (d.line, d.column, d.lang, d.message)).collect()
    }

    #[test]
    fn bidi_controls_are_refused_where_they_are_written() {
        let f = found("title:\n  en: \"a \\u202Etxt.exe\"\n  fr: |\n    ok\n    x\u{2066}y\n# \u{202E} in a comment\n");
        assert_eq!(f.len(), 3, "{f:?}");
        assert_eq!((f[0].0, f[0].1, f[0].2), (2, 10, Some(Lang::En)), "{f:?}");
        assert!(f[0].3.contains("U+202E RIGHT-TO-LEFT OVERRIDE"), "{f:?}");
        assert_eq!((f[1].0, f[1].1, f[1].2), (5, 6, Some(Lang::Fr)), "{f:?}");
        assert_eq!((f[2].0, f[2].1, f[2].2), (6, 3, None), "{f:?}");
    }

    #[test]
    fn characters_no_font_draws_are_named_once_per_text() {
        let f = found("summary:\n  en: a 😀 b 😀\n  zh: 内\u{0F40}\n");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f[0].3.contains("U+1F600 GRINNING FACE (😀)"), "{f:?}");
        assert_eq!((f[0].0, f[0].1), (2, 9));
        assert!(f[1].3.contains("U+0F40 TIBETAN LETTER KA"), "{f:?}");
        assert_eq!(f[1].2, Some(Lang::Zh));
    }

    #[test]
    fn controls_and_noncharacters_are_refused_and_ordinary_text_is_not() {
        let f = found("a: \"x\\0y\"\nb: \"\\uFFFF\"\nc: \"line\\Lbreak\"\n");
        assert_eq!(f.len(), 3, "{f:?}");
        assert!(f[0].3.contains("U+0000") && f[0].3.contains("control"), "{f:?}");
        assert!(f[1].3.contains("noncharacter"), "{f:?}");
        assert!(f[2].3.contains("U+2028"), "{f:?}");
        assert!(
            found("t:\n  ar: المراجَع ITU-T X.1214\n  zh: 建议书（草案）\n  ru: «Ёж»\n  fr: l’Union\u{202F}: été\n")
                .is_empty()
        );
    }
}
