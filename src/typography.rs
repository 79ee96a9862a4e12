//! The typography of the texts: quotes, apostrophes and spaces as each language publishes them
//! (CLDR's quotation marks; in French, a narrow no-break space before ; : ! ? and inside « »),
//! checked in every locale message and every per-language text under `content/`. `check`
//! reports what it finds as warnings, each at its file, line and column.
//!
//! The rules are data: one table per language ([`rules`]), so that a reviser reads in one place
//! what is asked of their language. Texts are read from the sources themselves (Fluent syntax,
//! YAML events), not from the model, so that a position is the character's own.

use std::fs;
use std::path::{Path, PathBuf};

use unicode_normalization::char::is_combining_mark;

use crate::diag::{self, Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::texts::{self, Piece};

const NARROW_NBSP: char = '\u{202F}';

/// What a rule looks for.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// A character that has no place in prose.
    Forbidden(char),
    /// The space before any of `marks` must be `space`; with `required`, a missing one too.
    SpaceBefore {
        marks: &'static [char],
        space: char,
        required: bool,
    },
    /// The space after any of `marks` must be `space`; with `required`, a missing one too.
    SpaceAfter {
        marks: &'static [char],
        space: char,
        required: bool,
    },
    /// A combining mark must follow a letter or digit that can carry it: alone, it draws
    /// over whatever precedes it (a space, a parenthesis, a Chinese character).
    MarkNeedsBase,
}

/// One rule of a language's typography.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Its name, given in each warning.
    pub name: &'static str,
    pub check: Check,
    /// What to write instead.
    pub advice: &'static str,
}

const APOSTROPHE: Rule = Rule {
    name: "ascii-apostrophe",
    check: Check::Forbidden('\''),
    advice: "write the apostrophe ’ (U+2019)",
};

const MARK_WITHOUT_BASE: Rule = Rule {
    name: "mark-without-base",
    check: Check::MarkNeedsBase,
    advice: "use a character of its own (such as ○ U+25CB), not a combining mark",
};

const fn quotes(advice: &'static str) -> Rule {
    Rule {
        name: "ascii-quote",
        check: Check::Forbidden('"'),
        advice,
    }
}

/// English: “…”, ’.
pub const EN: &[Rule] = &[APOSTROPHE, quotes("write “…” (U+201C, U+201D)"), MARK_WITHOUT_BASE];

/// French: « … » with narrow no-break spaces inside, ’, a narrow no-break space before ; : ! ?.
pub const FR: &[Rule] = &[
    APOSTROPHE,
    quotes("write « … » (U+00AB, U+00BB) with narrow no-break spaces inside"),
    Rule {
        name: "space-before-high-punctuation",
        check: Check::SpaceBefore {
            marks: &[';', ':', '!', '?'],
            space: NARROW_NBSP,
            required: false,
        },
        advice: "French sets a narrow no-break space (U+202F; {\"\\u202F\"} in Fluent) before ; : ! ?",
    },
    Rule {
        name: "space-inside-guillemets",
        check: Check::SpaceAfter {
            marks: &['«'],
            space: NARROW_NBSP,
            required: true,
        },
        advice: "French sets a narrow no-break space (U+202F; {\"\\u202F\"} in Fluent) after «",
    },
    Rule {
        name: "space-inside-guillemets",
        check: Check::SpaceBefore {
            marks: &['»'],
            space: NARROW_NBSP,
            required: true,
        },
        advice: "French sets a narrow no-break space (U+202F; {\"\\u202F\"} in Fluent) before »",
    },
    MARK_WITHOUT_BASE,
];

/// Spanish: «…» (“…” inside), ’.
pub const ES: &[Rule] = &[APOSTROPHE, quotes("write «…» (U+00AB, U+00BB)"), MARK_WITHOUT_BASE];

/// Russian: «…» („…“ inside), ’.
pub const RU: &[Rule] = &[APOSTROPHE, quotes("write «…» (U+00AB, U+00BB)"), MARK_WITHOUT_BASE];

/// Arabic: «…», as ITU's Arabic texts quote.
pub const AR: &[Rule] = &[APOSTROPHE, quotes("write «…» (U+00AB, U+00BB)"), MARK_WITHOUT_BASE];

/// Chinese: “…” (full-width in the Chinese font), ’.
pub const ZH: &[Rule] = &[APOSTROPHE, quotes("write “…” (U+201C, U+201D)"), MARK_WITHOUT_BASE];

/// The rules of one language.
pub fn rules(lang: Lang) -> &'static [Rule] {
    match lang {
        Lang::Ar => AR,
        Lang::En => EN,
        Lang::Es => ES,
        Lang::Fr => FR,
        Lang::Ru => RU,
        Lang::Zh => ZH,
    }
}

/// Findings `check` leaves out, each with its reason. Only a message and a rule: the rule
/// still applies to every other text. `tests/translations.rs` fails once an entry no longer
/// matches anything, so that it goes when its reason does.
pub const EXEMPT: &[Exemption] = &[];

/// A finding that `check` does not report.
#[derive(Debug, Clone, Copy)]
pub struct Exemption {
    pub place: &'static str,
    pub rule: &'static str,
    pub why: &'static str,
}

/// One breach of a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Relative to the project root.
    pub file: PathBuf,
    pub line: u64,
    pub column: u64,
    pub lang: Lang,
    /// Whose text: a message id (`reply-subject`, `-month-name`, `label-ref.title`) or a YAML
    /// key path (`recommendations[2].summary`).
    pub place: String,
    pub rule: &'static str,
    pub message: String,
}

impl Finding {
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::new(
            &self.file,
            self.line,
            self.column,
            format!("`{}`: {}", self.place, self.message),
        )
        .in_lang(self.lang)
        .warning()
        .note(format!("typography rule `{}`", self.rule))
    }
}

/// Every finding in the project at `root`: the six locales and the YAML files under `content/`.
/// Files that cannot be read or parsed are skipped here: loading reports them as errors.
pub fn lint(root: &Path) -> Vec<Finding> {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let dir = Path::new("locales").join(lang.code());
        for file in texts::source_files(root, &dir, "ftl") {
            if let Ok(text) = fs::read_to_string(root.join(&file)) {
                found.extend(lint_ftl(&file, lang, &text));
            }
        }
    }
    for file in texts::source_files(root, Path::new("content"), "yaml") {
        if let Ok(text) = fs::read_to_string(root.join(&file)) {
            found.extend(lint_yaml(&file, &text));
        }
    }
    found
}

/// `check`'s warnings: the findings, less [`EXEMPT`], each with its source line.
pub fn check(root: &Path) -> Diagnostics {
    let d = Diagnostics(
        lint(root)
            .iter()
            .filter(|f| !EXEMPT.iter().any(|e| e.place == f.place && e.rule == f.rule))
            .map(Finding::to_diagnostic)
            .collect(),
    );
    diag::with_snippets(d, root)
}

// ---------------------------------------------------------------------------------------------
// The rules applied to a text.

/// Applies `rules` to `text`, calling `report(offset, rule, what)` for each breach.
fn apply(text: &[Piece], rules: &[Rule], report: &mut dyn FnMut(usize, &Rule, String)) {
    for (i, piece) in text.iter().enumerate() {
        let Piece::Char(c, at) = *piece else { continue };
        let before = i.checked_sub(1).and_then(|j| text.get(j)).copied();
        let after = text.get(i + 1).copied();
        for rule in rules {
            match rule.check {
                Check::Forbidden(x) if c == x => report(at, rule, format!("{} in prose", name(c))),
                Check::SpaceBefore { marks, space, required } if marks.contains(&c) => {
                    if let Some((at, what)) = spacing(before, c, at, space, required, "before") {
                        report(at, rule, what);
                    }
                }
                Check::SpaceAfter { marks, space, required } if marks.contains(&c) => {
                    if let Some((at, what)) = spacing(after, c, at, space, required, "after") {
                        report(at, rule, what);
                    }
                }
                Check::MarkNeedsBase if is_mark(c) => {
                    let carried = matches!(before, Some(Piece::Char(b, _)) if can_carry_mark(b));
                    if !carried {
                        report(
                            at,
                            rule,
                            format!("the combining mark U+{:04X} has no base character", c as u32),
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

/// The space `side` of `mark` (at `at`) must be `space`: where and what is wrong, if anything.
fn spacing(
    neighbour: Option<Piece>,
    mark: char,
    at: usize,
    space: char,
    required: bool,
    side: &str,
) -> Option<(usize, String)> {
    match neighbour {
        Some(Piece::Char(n, n_at)) if n.is_whitespace() && n != space => {
            Some((n_at, format!("{} {side} `{mark}`", name(n))))
        }
        Some(Piece::Char(n, _)) if required && !n.is_whitespace() => Some((at, format!("no space {side} `{mark}`"))),
        _ => None,
    }
}

/// How a warning names a character.
fn name(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        '\u{A0}' => "a no-break space (U+00A0)".into(),
        '\n' => "a line break".into(),
        '\t' => "a tab".into(),
        '\'' => "an ASCII apostrophe (')".into(),
        '"' => "an ASCII double quote (\")".into(),
        c => format!("U+{:04X}", c as u32),
    }
}

/// Combining marks, variation selectors aside (they choose a glyph, they draw nothing).
fn is_mark(c: char) -> bool {
    is_combining_mark(c) && !matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// A letter or digit takes combining marks (an accent, an Arabic vowel sign, another mark
/// stacked on it), Chinese characters aside: a mark after one is a symbol out of place.
fn can_carry_mark(c: char) -> bool {
    is_combining_mark(c) || (c.is_alphanumeric() && !is_han(c))
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}' | '\u{3021}'..='\u{3029}' | '\u{3038}'..='\u{303B}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Runs the rules of `lang` over each text and turns breaches into findings.
fn findings(file: &Path, source: &str, lang: Lang, texts: &[(String, Vec<Piece>)]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (place, text) in texts {
        apply(text, rules(lang), &mut |at, rule, what| {
            let (line, column) = diag::line_col(source, at);
            out.push(Finding {
                file: file.to_path_buf(),
                line,
                column,
                lang,
                place: place.clone(),
                rule: rule.name,
                message: format!("{what}: {}", rule.advice),
            });
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Applied to the Fluent and YAML sources.

/// The findings in one Fluent file of `lang`. Comments are notes to translators, not prose;
/// string literals (`{ "\u202F" }`) are read with their escapes resolved, their quotes being
/// syntax.
pub fn lint_ftl(file: &Path, lang: Lang, source: &str) -> Vec<Finding> {
    let texts: Vec<(String, Vec<Piece>)> = texts::ftl_texts(source)
        .into_iter()
        .map(|t| (t.place, t.pieces))
        .collect();
    findings(file, source, lang, &texts)
}

/// The findings in one YAML file: every text given for a language, in a mapping keyed by the
/// six language codes (titles, summaries, names).
pub fn lint_yaml(file: &Path, source: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for t in texts::yaml_texts(source) {
        if let Some(lang) = t.lang {
            out.extend(findings(file, source, lang, &[(t.place, t.pieces)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftl(lang: Lang, text: &str) -> Vec<(String, &'static str, u64, u64)> {
        lint_ftl(Path::new("a.ftl"), lang, text)
            .into_iter()
            .map(|f| (f.place, f.rule, f.line, f.column))
            .collect()
    }

    fn yaml(text: &str) -> Vec<(String, Lang, &'static str, u64, u64)> {
        lint_yaml(Path::new("a.yaml"), text)
            .into_iter()
            .map(|f| (f.place, f.lang, f.rule, f.line, f.column))
            .collect()
    }

    fn rule_of(found: &[(String, &'static str, u64, u64)]) -> Vec<&'static str> {
        found.iter().map(|f| f.1).collect()
    }

    #[test]
    fn ascii_apostrophe_and_quotes_are_found_in_every_language() {
        for lang in Lang::ALL {
            assert_eq!(
                ftl(lang, "a = l'Union\nb = say \"yes\"\n"),
                [
                    ("a".to_string(), "ascii-apostrophe", 1, 6),
                    ("b".to_string(), "ascii-quote", 2, 9),
                    ("b".to_string(), "ascii-quote", 2, 13),
                ],
                "{lang}"
            );
            assert!(ftl(lang, "a = l’Union\nb = say “yes”\n").is_empty(), "{lang}");
        }
    }

    #[test]
    fn fluent_syntax_is_not_prose() {
        // The quotes of a string literal and comments are syntax and notes; an escaped quote
        // inside a literal is prose.
        assert!(ftl(Lang::En, "# it's \"fine\"\na = { \", \" }{ $x }\n").is_empty());
        assert_eq!(rule_of(&ftl(Lang::En, "a = { \"\\\"\" }\n")), ["ascii-quote"]);
        // Variants and attributes are texts too, and terms.
        assert_eq!(
            ftl(
                Lang::En,
                "a = { $n ->\n   *[one] it's\n}\n    .title = don't\n-t = can't\n"
            )
            .into_iter()
            .map(|f| f.0)
            .collect::<Vec<_>>(),
            ["a", "a.title", "-t"]
        );
    }

    #[test]
    fn french_high_punctuation_takes_a_narrow_no_break_space() {
        let bad = ftl(
            Lang::Fr,
            "a = Objet :\nb = Objet\u{A0}:\nc = Réf.{ \"\\u00A0\" }:\nd = quoi ?\ne = voir{ $x } ;\n",
        );
        assert_eq!(
            bad,
            [
                ("a".to_string(), "space-before-high-punctuation", 1, 10),
                ("b".to_string(), "space-before-high-punctuation", 2, 10),
                ("c".to_string(), "space-before-high-punctuation", 3, 12),
                ("d".to_string(), "space-before-high-punctuation", 4, 9),
                ("e".to_string(), "space-before-high-punctuation", 5, 15),
            ]
        );
        let good = "a = Objet\u{202F}:\nb = Réf.{ \"\\u202F\" }:\nc = 23:59, https://itu.int\nd = { $x }:\n";
        assert!(ftl(Lang::Fr, good).is_empty());
        // Other languages set no space there, and the rule is French.
        assert!(ftl(Lang::En, "a = Ref :\n").is_empty());
    }

    #[test]
    fn french_guillemets_take_narrow_no_break_spaces_inside() {
        assert_eq!(
            rule_of(&ftl(Lang::Fr, "a = « texte »\nb = «\u{A0}texte\u{A0}»\nc = «texte»\n")),
            ["space-inside-guillemets"; 6]
        );
        assert!(
            ftl(
                Lang::Fr,
                "a = «\u{202F}texte\u{202F}»\nb = «{ \"\\u202F\" }{ $x }{ \"\\u202F\" }»\n"
            )
            .is_empty()
        );
        // Spanish and Russian quote «…» without spaces.
        assert!(ftl(Lang::Es, "a = «texto»\n").is_empty());
        assert!(ftl(Lang::Ru, "a = «текст»\n").is_empty());
    }

    #[test]
    fn a_combining_mark_needs_a_base() {
        for (lang, text) in [
            (Lang::En, "a = options \u{20DD}):\n"),
            (Lang::Zh, "a = 方案\u{20DD}中\n"),
            (Lang::Fr, "a = \u{301}e\n"),
            (Lang::En, "a = { $x }\u{301}\n"),
        ] {
            assert_eq!(rule_of(&ftl(lang, text)), ["mark-without-base"], "{text:?}");
        }
        // Accents, Arabic vowel signs and stacked marks have their base; a variation selector
        // is not a mark that draws.
        for (lang, text) in [
            (Lang::Fr, "a = e\u{301}te\u{301}\n"),
            (Lang::Ar, "a = المراجَع تخوّل\n"),
            (Lang::Ru, "a = а\u{301}\u{308}\n"),
            (Lang::Zh, "a = 葛\u{E0100}\n"),
        ] {
            assert!(ftl(lang, text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn yaml_texts_are_found_by_language_key_with_their_positions() {
        let text = "\
recommendations:
  - title:
      en: plain 'one'
      fr: 'l''Union : x'
    summary:
      fr: |
        Le « texte »
        suite ;
      es: \"dice \\\"sí\\\"\"
  - title:
      ru: «ok»
number: it's not a language
";
        assert_eq!(
            yaml(text),
            [
                (
                    "recommendations[0].title".to_string(),
                    Lang::En,
                    "ascii-apostrophe",
                    3,
                    17
                ),
                (
                    "recommendations[0].title".to_string(),
                    Lang::En,
                    "ascii-apostrophe",
                    3,
                    21
                ),
                (
                    "recommendations[0].title".to_string(),
                    Lang::Fr,
                    "ascii-apostrophe",
                    4,
                    13
                ),
                (
                    "recommendations[0].title".to_string(),
                    Lang::Fr,
                    "space-before-high-punctuation",
                    4,
                    20
                ),
                (
                    "recommendations[0].summary".to_string(),
                    Lang::Fr,
                    "space-inside-guillemets",
                    7,
                    13
                ),
                (
                    "recommendations[0].summary".to_string(),
                    Lang::Fr,
                    "space-inside-guillemets",
                    7,
                    19
                ),
                (
                    "recommendations[0].summary".to_string(),
                    Lang::Fr,
                    "space-before-high-punctuation",
                    8,
                    14
                ),
                ("recommendations[0].summary".to_string(), Lang::Es, "ascii-quote", 9, 17),
                ("recommendations[0].summary".to_string(), Lang::Es, "ascii-quote", 9, 21),
            ]
        );
        let good = "title:\n  fr: \"l’Union\u{202F}: «\u{202F}x\u{202F}»\"\n  en: 'the customer’s'\n";
        assert!(yaml(good).is_empty());
    }

    #[test]
    fn each_language_has_its_table() {
        for lang in Lang::ALL {
            let names: Vec<&str> = rules(lang).iter().map(|r| r.name).collect();
            for common in ["ascii-apostrophe", "ascii-quote", "mark-without-base"] {
                assert!(names.contains(&common), "{lang} lacks {common}");
            }
            assert_eq!(names.contains(&"space-before-high-punctuation"), lang == Lang::Fr);
        }
    }
}
