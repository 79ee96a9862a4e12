//! The texts of the sources, character by character at their places: every text of a
//! Fluent message, term or attribute, and every scalar value of a YAML file, each character
//! with its byte offset in the file. The typography lint and the character checks read texts
//! this way, so that what they find is reported at the character's own line and column, also
//! inside block scalars, quoted strings and escapes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fluent_syntax::ast;
use granit_parser::{Event, Parser, ScalarStyle, Span};

use crate::lang::Lang;

/// One text: its characters, where it is (a message id, a YAML key path) and, for a text of
/// the YAML given per language, its language.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub place: String,
    pub lang: Option<Lang>,
    pub pieces: Vec<Piece>,
}

impl Text {
    /// The characters with their offsets, gaps left out.
    pub fn chars(&self) -> impl Iterator<Item = (char, usize)> + '_ {
        self.pieces.iter().filter_map(|p| match *p {
            Piece::Char(c, at) => Some((c, at)),
            Piece::Gap => None,
        })
    }
}

/// A text as the rules see it: its characters, each with its byte offset in the source file,
/// and gaps where a value is inserted (a Fluent placeable), whose characters are not known
/// here. A spacing rule says nothing across a gap; a combining mark right after one has no
/// base in the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Piece {
    Char(char, usize),
    Gap,
}

// ---------------------------------------------------------------------------------------------
// Fluent: the text of every message, term and attribute.

/// The texts of one Fluent file: each message's, term's (`-month-name`) and attribute's
/// (`label-ref.title`), and one per variant of a selection. Comments are notes to
/// translators, not text; string literals (`{ "\u202F" }`) are read with their escapes
/// resolved, their quotes being syntax.
pub fn ftl_texts(source: &str) -> Vec<Text> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut texts = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(p) = value {
            pattern_texts(source, &id, p, &mut texts);
        }
        for a in attributes {
            pattern_texts(source, &format!("{id}.{}", a.id.name), &a.value, &mut texts);
        }
    }
    texts
}

/// The texts of a pattern: its own, and one for each variant of a selection in it (a variant
/// is a text of its own, between gaps).
fn pattern_texts(source: &str, place: &str, p: &ast::Pattern<&str>, out: &mut Vec<Text>) {
    let mut text = Vec::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_raw(source, value, &mut text),
            ast::PatternElement::Placeable { expression } => expression_text(source, place, expression, &mut text, out),
        }
    }
    out.push(Text {
        place: place.to_string(),
        lang: None,
        pieces: text,
    });
}

fn expression_text(source: &str, place: &str, e: &ast::Expression<&str>, text: &mut Vec<Piece>, out: &mut Vec<Text>) {
    match e {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => push_literal(source, value, text),
        ast::Expression::Inline(ast::InlineExpression::NumberLiteral { value }) => push_raw(source, value, text),
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_text(source, place, expression, text, out)
        }
        ast::Expression::Select { variants, .. } => {
            text.push(Piece::Gap);
            for v in variants {
                pattern_texts(source, place, &v.value, out);
            }
        }
        ast::Expression::Inline(_) => text.push(Piece::Gap),
    }
}

/// Where `part`, a slice the parser took from `source`, starts in it.
fn offset_in(source: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .checked_sub(source.as_ptr() as usize)
        .filter(|o| o + part.len() <= source.len())
        .unwrap_or(0)
}

fn push_raw(source: &str, part: &str, text: &mut Vec<Piece>) {
    let base = offset_in(source, part);
    text.extend(part.char_indices().map(|(i, c)| Piece::Char(c, base + i)));
}

/// A Fluent string literal's characters, its escapes (`\\`, `\"`, `\uXXXX`, `\UXXXXXX`)
/// resolved, each at the position of what stands for it.
fn push_literal(source: &str, raw: &str, text: &mut Vec<Piece>) {
    let base = offset_in(source, raw);
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            text.push(Piece::Char(c, base + i));
            continue;
        }
        let decoded = match chars.next() {
            Some((_, 'u')) => hex(&mut chars, 4),
            Some((_, 'U')) => hex(&mut chars, 6),
            Some((_, e)) => Some(e),
            None => None,
        };
        if let Some(d) = decoded {
            text.push(Piece::Char(d, base + i));
        }
    }
}

fn hex(chars: &mut std::iter::Peekable<std::str::CharIndices>, n: usize) -> Option<char> {
    let digits: String = (0..n).filter_map(|_| chars.next().map(|(_, c)| c)).collect();
    u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32)
}

// ---------------------------------------------------------------------------------------------
// YAML: every scalar value, those of a language code (`fr: …`) with their language.

enum Frame {
    Map { key: Option<String>, expect_key: bool },
    Seq { index: usize },
}

/// Every scalar value of a YAML file (keys aside) with its characters at their places: a
/// text given for a language (the value of a key `ar`, `en`, … `zh`) has that language and
/// the place of the mapping that holds the six (`recommendations[2].summary`); any other
/// value has the place of its own key (`reference`, `contact.tel`). Reading stops at the first
/// syntax error, which the loaders report.
pub fn yaml_texts(source: &str) -> Vec<Text> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut out = Vec::new();
    for event in Parser::new_from_str(source) {
        let Ok((event, span)) = event else { break };
        match event {
            Event::Scalar(value, style, ..) => {
                if let Some(Frame::Map {
                    key,
                    expect_key: expect @ true,
                }) = stack.last_mut()
                {
                    *key = Some(value.to_string());
                    *expect = false;
                    continue;
                }
                let lang = match stack.last() {
                    Some(Frame::Map { key: Some(k), .. }) => k.parse::<Lang>().ok(),
                    _ => None,
                };
                let pieces = scalar_text(source, &span, style, &value);
                let place = match lang {
                    Some(_) => key_path(&stack[..stack.len() - 1]),
                    None => key_path(&stack),
                };
                out.push(Text { place, lang, pieces });
                value_done(&mut stack);
            }
            Event::Alias(_) => value_done(&mut stack),
            Event::MappingStart(..) => stack.push(Frame::Map {
                key: None,
                expect_key: true,
            }),
            Event::SequenceStart(..) => stack.push(Frame::Seq { index: 0 }),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                value_done(&mut stack);
            }
            _ => {}
        }
    }
    out
}

/// A value is complete: a mapping waits for its next key, a sequence for its next item.
fn value_done(stack: &mut [Frame]) {
    match stack.last_mut() {
        Some(Frame::Map { expect_key, .. }) => *expect_key = true,
        Some(Frame::Seq { index }) => *index += 1,
        None => {}
    }
}

/// `recommendations[2].summary`
fn key_path(frames: &[Frame]) -> String {
    let mut path = String::new();
    for f in frames {
        match f {
            Frame::Map { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Map { key: None, .. } => {}
            Frame::Seq { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// A scalar's characters at their places in the source: quotes and escapes resolved,
/// indentation skipped, a line break kept as a break (YAML folds it to a space; either way it
/// is white space to the rules). Should the walk disagree with the parser's value, the value
/// is checked with every position at the scalar's start.
fn scalar_text(source: &str, span: &Span, style: ScalarStyle, value: &str) -> Vec<Piece> {
    let Some(range) = span.byte_range().filter(|r| source.get(r.clone()).is_some()) else {
        return value.chars().map(|c| Piece::Char(c, 0)).collect();
    };
    let (base, raw) = (range.start, &source[range]);
    let mut text = match style {
        ScalarStyle::SingleQuoted => walk(raw, base, true, |c, rest| {
            (c == '\'' && rest.starts_with('\'')).then_some((Some('\''), 1))
        }),
        ScalarStyle::DoubleQuoted => walk(raw, base, true, double_quoted_escape),
        _ => walk(raw, base, false, |_, _| None),
    };
    while matches!(text.last(), Some(Piece::Char(c, _)) if c.is_whitespace()) {
        text.pop();
    }
    let walked = visible(text.iter().filter_map(|p| match p {
        Piece::Char(c, _) => Some(*c),
        Piece::Gap => None,
    }));
    if walked != visible(value.chars()) {
        return value.chars().map(|c| Piece::Char(c, base)).collect();
    }
    text
}

fn visible(chars: impl Iterator<Item = char>) -> String {
    chars.filter(|c| !c.is_whitespace()).collect()
}

/// What an escape stands for: `Some((Some(char), n))`, a character and the bytes it takes
/// after the escape's first one; `Some((None, n))`, nothing (a line continuation); `None`, not
/// an escape.
type Escape = Option<(Option<char>, usize)>;

/// Walks `raw` (less its quotes, if `quoted`), skipping the indentation after each line
/// break; `escape(c, rest)` may turn `c` and the next bytes of `rest` into one character.
fn walk(raw: &str, base: usize, quoted: bool, escape: impl Fn(char, &str) -> Escape) -> Vec<Piece> {
    // The quotes are one byte each.
    let q = usize::from(quoted && raw.len() >= 2);
    let inner = &raw[q..raw.len() - q];
    let base = base + q;
    let mut text = Vec::new();
    let mut skip_indent = false;
    let mut i = 0;
    while let Some(c) = inner[i..].chars().next() {
        let at = i;
        i += c.len_utf8();
        if skip_indent && (c == ' ' || c == '\t') {
            continue;
        }
        skip_indent = false;
        match c {
            '\r' => {}
            '\n' => {
                text.push(Piece::Char('\n', base + at));
                skip_indent = true;
            }
            _ => match escape(c, &inner[i..]) {
                Some((Some(d), n)) => {
                    i += n;
                    text.push(Piece::Char(d, base + at));
                }
                Some((None, n)) => {
                    i += n;
                    skip_indent = true;
                }
                None => text.push(Piece::Char(c, base + at)),
            },
        }
    }
    text
}

/// A YAML double-quoted escape at `\`: the character it stands for and the bytes it takes
/// after the backslash.
fn double_quoted_escape(c: char, rest: &str) -> Escape {
    if c != '\\' {
        return None;
    }
    let e = rest.chars().next()?;
    let simple = match e {
        '0' => Some('\u{0}'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        't' | '\t' => Some('\t'),
        'n' => Some('\n'),
        'v' => Some('\u{B}'),
        'f' => Some('\u{C}'),
        'r' => Some('\r'),
        'e' => Some('\u{1B}'),
        ' ' => Some(' '),
        '"' => Some('"'),
        '/' => Some('/'),
        '\\' => Some('\\'),
        'N' => Some('\u{85}'),
        '_' => Some('\u{A0}'),
        'L' => Some('\u{2028}'),
        'P' => Some('\u{2029}'),
        _ => None,
    };
    if let Some(s) = simple {
        return Some((Some(s), 1));
    }
    let digits = match e {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        '\n' => return Some((None, 1)),
        '\r' if rest[1..].starts_with('\n') => return Some((None, 2)),
        _ => return None,
    };
    let hex = rest.get(1..1 + digits)?;
    let d = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)?;
    Some((Some(d), 1 + digits))
}

// ---------------------------------------------------------------------------------------------
// From a place in a value back to the source.

/// The texts of one YAML file by place and language: where each character of a value was
/// written, so that a problem found in the value (a Markdown error at some offset) is
/// reported at its own line and column, inside a block scalar or a quoted string.
///
/// Only the source is kept; the character positions (sixteen bytes a character, ten times the
/// file) are worked out when a problem is first located, so that a build of many circulars
/// holds no more than their files.
#[derive(Debug, Default)]
pub struct SourceMap {
    source: String,
    texts: OnceLock<BTreeMap<TextKey, Vec<(char, usize)>>>,
}

/// A text's place and language.
type TextKey = (String, Option<Lang>);

impl SourceMap {
    pub fn of_yaml(source: &str) -> SourceMap {
        SourceMap {
            source: source.to_string(),
            texts: OnceLock::new(),
        }
    }

    fn texts(&self) -> &BTreeMap<TextKey, Vec<(char, usize)>> {
        self.texts.get_or_init(|| {
            yaml_texts(&self.source)
                .into_iter()
                .map(|t| {
                    let chars = t.chars().filter(|(c, _)| !c.is_whitespace()).collect();
                    ((t.place, t.lang), chars)
                })
                .collect()
        })
    }

    /// Line and column (1-based, in characters) in the source of the character at byte
    /// `offset` of `value`, the text at `place` in `lang`. The value is the parsed one (its
    /// indentation gone, its escapes resolved, its lines folded): characters other than white
    /// space are matched one to one, and an offset at white space gives the next character.
    pub fn locate(&self, place: &str, lang: Option<Lang>, value: &str, offset: usize) -> Option<(u64, u64)> {
        let chars = self.texts().get(&(place.to_string(), lang))?;
        let k = value.get(..offset)?.chars().filter(|c| !c.is_whitespace()).count();
        let &(_, at) = chars.get(k).or(chars.last())?;
        Some(crate::diag::line_col(&self.source, at))
    }
}

/// Files with extension `ext` under `root/dir` (sub-folders included), relative to `root`,
/// sorted.
pub fn source_files(root: &Path, dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(root.join(dir)) else {
        return out;
    };
    for e in entries.flatten() {
        let rel = dir.join(e.file_name());
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            out.extend(source_files(root, &rel, ext));
        } else if rel.extension().is_some_and(|x| x == ext) {
            out.push(rel);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_in_values_map_back_to_block_scalars_and_quoted_strings() {
        let source =
            "title:\n  ar: |\n    سطر\n  en: |\n    First line\n\n    - *item* two\n  fr: \"a\\tb \\u00E9t\\u00E9\"\n";
        let map = SourceMap::of_yaml(source);
        let en = "First line\n\n- *item* two";
        let at = en.find("*item").unwrap();
        assert_eq!(map.locate("title", Some(Lang::En), en, at), Some((7, 7)));
        assert_eq!(map.locate("title", Some(Lang::En), en, 0), Some((5, 5)));
        let fr = "a\tb été";
        let at = fr.find('t').unwrap();
        assert_eq!(map.locate("title", Some(Lang::Fr), fr, at), Some((8, 19)));
        assert_eq!(map.locate("title", Some(Lang::Ru), "x", 0), None);
    }
}
