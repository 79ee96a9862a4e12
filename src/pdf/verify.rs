//! Verifying the vendored fonts before anything is set with them.
//!
//! A damaged font does not make the typesetter fail: a face whose outlines are cut short still
//! maps characters, and krilla then embeds an empty stand-in, so a build would publish PDFs
//! with invisible text. Each font is therefore checked when it is loaded, and a problem is an
//! error naming the file:
//!
//! - its SHA-256 must be the one listed in `fonts/SHA256SUMS` (the list kept beside the
//!   vendored fonts; a damaged, truncated or replaced file differs);
//! - it must parse, and hold the tables the typesetter reads, each within the file: the
//!   character map (`cmap`), horizontal metrics (`hhea`, `hmtx`), the outlines (`glyf` with
//!   `loca`, or `CFF `), and the layout tables that shaping needs (`GSUB`, and `GPOS` where
//!   the script places marks).
//!
//! Which characters the faces draw ([`FontSet::draws`]) is how the loaders refuse, at the
//! place it was written, a character that no face of the fallback chain has.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use sha2::{Digest, Sha256};
use skrifa::Tag;
use skrifa::raw::{FontRef, TableProvider};

use super::fonts::{FaceId, Family, FontSet};

/// The list of the vendored fonts' SHA-256 sums, in `fonts/`, in the format of `sha256sum`.
pub const SUMS_FILE: &str = "SHA256SUMS";

/// How to restore the fonts, given with every problem.
const RESTORE: &str = "restore the vendored fonts from the repository (`git checkout -- fonts/`); \
                       if a font was replaced on purpose, update fonts/SHA256SUMS with `cd fonts && sha256sum *.ttf *.otf > SHA256SUMS`";

/// A font that cannot be used, or the sums list itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontProblem {
    /// The file's name in `fonts/`.
    pub file: String,
    pub message: String,
}

impl FontProblem {
    fn new(file: &str, message: impl Into<String>) -> FontProblem {
        FontProblem {
            file: file.to_string(),
            message: message.into(),
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        RESTORE
    }
}

/// Every problem found with the fonts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontError(pub Vec<FontProblem>);

impl fmt::Display for FontError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "fonts/{}: {}", p.file, p.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for FontError {}

/// `fonts/SHA256SUMS`: file name → hex digest.
pub(super) fn read_sums(dir: &Path) -> Result<BTreeMap<String, String>, FontProblem> {
    let text = std::fs::read_to_string(dir.join(SUMS_FILE))
        .map_err(|e| FontProblem::new(SUMS_FILE, format!("cannot read the list of the fonts' checksums: {e}")))?;
    let mut sums = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        // `sha256sum` writes "<hex>  <name>" (binary mode: "<hex> *<name>").
        let parsed = line
            .split_once(' ')
            .map(|(hex, name)| (hex, name.trim_start().trim_start_matches('*')))
            .filter(|(hex, name)| hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) && !name.is_empty());
        let Some((hex, name)) = parsed else {
            return Err(FontProblem::new(
                SUMS_FILE,
                format!("line {} is not `<sha256>  <file>`: {line:?}", i + 1),
            ));
        };
        sums.insert(name.to_string(), hex.to_ascii_lowercase());
    }
    Ok(sums)
}

/// Checks `bytes`, the contents of `fonts/<file>`, against the sums list and for the tables
/// the typesetter reads. `family` says which layout tables the face must have.
pub(super) fn check_face(
    file: &str,
    bytes: &[u8],
    family: Family,
    sums: &BTreeMap<String, String>,
) -> Result<(), FontProblem> {
    let Some(expected) = sums.get(file) else {
        return Err(FontProblem::new(file, format!("not listed in fonts/{SUMS_FILE}")));
    };
    let got = hex(&Sha256::digest(bytes));
    if &got != expected {
        // Say what the structure shows first, where it shows something: a truncated file is
        // the common case, and it says more than two digests.
        let sums = format!("its SHA-256 is {got}, fonts/{SUMS_FILE} lists {expected}");
        let message = match check_tables(file, bytes, family) {
            Err(p) => format!("{} ({sums})", p.message),
            Ok(()) => format!("the font is not the vendored one: {sums}"),
        };
        return Err(FontProblem::new(file, message));
    }
    check_tables(file, bytes, family)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The tables the typesetter reads, present, within the file and readable.
pub(super) fn check_tables(file: &str, bytes: &[u8], family: Family) -> Result<(), FontProblem> {
    let fail = |m: String| FontProblem::new(file, m);
    let font = FontRef::new(bytes).map_err(|e| fail(format!("not a font file: {e}")))?;
    // Every table of the directory lies within the file: a truncated file fails here.
    for rec in font.table_directory().table_records() {
        let end = u64::from(rec.offset()) + u64::from(rec.length());
        if end > bytes.len() as u64 {
            return Err(fail(format!(
                "the file is cut short: table `{}` ends at byte {end}, the file has {} bytes",
                rec.tag(),
                bytes.len()
            )));
        }
    }
    let has = |tag: &[u8; 4]| font.table_data(Tag::new(tag)).is_some();
    let cff = has(b"CFF ");
    let glyf = has(b"glyf") && has(b"loca");
    let mut required: Vec<&[u8; 4]> = vec![b"cmap", b"head", b"hhea", b"hmtx", b"maxp", b"GSUB"];
    if family != Family::Cjk {
        // Latin accents and Arabic vowel marks are placed by GPOS.
        required.push(b"GPOS");
    }
    for tag in required {
        if !has(tag) {
            return Err(fail(format!(
                "the font has no `{}` table, which the typesetter needs",
                String::from_utf8_lossy(tag)
            )));
        }
    }
    if !cff && !glyf {
        return Err(fail(
            "the font has no outlines (neither `glyf` with `loca` nor `CFF `)".into(),
        ));
    }
    let broken = |what: &str, e: skrifa::raw::ReadError| fail(format!("the `{what}` table cannot be read: {e}"));
    let num_glyphs = font.maxp().map_err(|e| broken("maxp", e))?.num_glyphs();
    font.head().map_err(|e| broken("head", e))?;
    let hhea = font.hhea().map_err(|e| broken("hhea", e))?;
    if hhea.number_of_h_metrics() == 0 || hhea.number_of_h_metrics() > num_glyphs {
        return Err(fail(format!(
            "`hhea` lists {} metrics for {num_glyphs} glyphs",
            hhea.number_of_h_metrics()
        )));
    }
    font.hmtx().map_err(|e| broken("hmtx", e))?;
    font.cmap().map_err(|e| broken("cmap", e))?;
    if glyf {
        let loca = font.loca(None).map_err(|e| broken("loca", e))?;
        if loca.len() < usize::from(num_glyphs) {
            return Err(fail(format!(
                "`loca` locates {} glyphs, `maxp` counts {num_glyphs}",
                loca.len()
            )));
        }
        font.glyf().map_err(|e| broken("glyf", e))?;
    } else {
        font.cff().map_err(|e| broken("CFF ", e))?;
    }
    Ok(())
}

impl FontSet {
    /// Whether the typesetter can draw `c` in every style (regular, bold, italic, bold
    /// italic): some face of the fallback chain (Noto Sans, Noto Naskh Arabic, Noto Sans CJK,
    /// in the style asked for) maps it to a glyph. Text may be emphasised anywhere, so a
    /// character drawn in one style only is not enough.
    pub fn draws(&self, c: char) -> bool {
        let shaped = super::inline::itemize::display_char(c);
        [(false, false), (true, false), (false, true), (true, true)]
            .into_iter()
            .all(|(bold, italic)| {
                [Family::Sans, Family::Naskh, Family::Cjk]
                    .into_iter()
                    .any(|f| self.face(FaceId::of(f, bold, italic)).has_char(shaped))
            })
    }
}
