//! The vendored font faces: loaded once, shared read-only by every render.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;

use super::verify::{self, FontError, FontProblem};

/// A font family of the house style. Each script gets the Noto family that
/// covers it; `Sans` is the default for Latin, Cyrillic and symbols.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Sans,
    Naskh,
    Cjk,
}

/// One concrete face. The discriminant indexes `FontSet::faces`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaceId {
    SansRegular = 0,
    SansBold,
    SansItalic,
    SansBoldItalic,
    NaskhRegular,
    NaskhBold,
    CjkRegular,
    CjkBold,
}

const FILES: [(FaceId, &str); 8] = [
    (FaceId::SansRegular, "NotoSans-Regular.ttf"),
    (FaceId::SansBold, "NotoSans-Bold.ttf"),
    (FaceId::SansItalic, "NotoSans-Italic.ttf"),
    (FaceId::SansBoldItalic, "NotoSans-BoldItalic.ttf"),
    (FaceId::NaskhRegular, "NotoNaskhArabic-Regular.ttf"),
    (FaceId::NaskhBold, "NotoNaskhArabic-Bold.ttf"),
    (FaceId::CjkRegular, "NotoSansCJKsc-Regular.otf"),
    (FaceId::CjkBold, "NotoSansCJKsc-Bold.otf"),
];

impl FaceId {
    /// The face of `family` for the requested weight and slant. Arabic and
    /// CJK have no italic: they stay upright.
    pub fn of(family: Family, bold: bool, italic: bool) -> FaceId {
        match (family, bold, italic) {
            (Family::Sans, false, false) => FaceId::SansRegular,
            (Family::Sans, true, false) => FaceId::SansBold,
            (Family::Sans, false, true) => FaceId::SansItalic,
            (Family::Sans, true, true) => FaceId::SansBoldItalic,
            (Family::Naskh, false, _) => FaceId::NaskhRegular,
            (Family::Naskh, true, _) => FaceId::NaskhBold,
            (Family::Cjk, false, _) => FaceId::CjkRegular,
            (Family::Cjk, true, _) => FaceId::CjkBold,
        }
    }

    pub fn family(self) -> Family {
        match self {
            FaceId::SansRegular | FaceId::SansBold | FaceId::SansItalic | FaceId::SansBoldItalic => Family::Sans,
            FaceId::NaskhRegular | FaceId::NaskhBold => Family::Naskh,
            FaceId::CjkRegular | FaceId::CjkBold => Family::Cjk,
        }
    }

    pub fn is_bold(self) -> bool {
        matches!(
            self,
            FaceId::SansBold | FaceId::SansBoldItalic | FaceId::NaskhBold | FaceId::CjkBold
        )
    }

    pub fn is_italic(self) -> bool {
        matches!(self, FaceId::SansItalic | FaceId::SansBoldItalic)
    }
}

/// A parsed face: the shaping/cmap view (skrifa, shared with harfrust) and
/// the PDF-embedding view (krilla) over the same bytes.
pub struct Face {
    pub file_name: &'static str,
    pub shaping: skrifa::Font,
    pub pdf: krilla::text::Font,
    /// The face's hyphen, shaped once on first use (every paragraph that
    /// may be hyphenated needs its width).
    pub hyphen: OnceLock<Option<Vec<super::inline::shape::ShapedGlyph>>>,
    /// Shaping plans already compiled for this face, one per script, direction
    /// and language met: compiling one costs more than shaping a short run.
    pub plans: Mutex<Vec<Arc<harfrust::ShapePlan>>>,
}

impl Face {
    /// Whether the face maps `c` to a real glyph.
    pub fn has_char(&self, c: char) -> bool {
        self.shaping.charmap().map_unicode(c).is_some_and(|g| g.to_u32() != 0)
    }

    pub fn units_per_em(&self) -> f32 {
        f32::from(self.shaping.units_per_em())
    }
}

/// All faces of the house style, parsed once per build and shared across
/// threads (every field is immutable after loading).
pub struct FontSet {
    faces: Vec<Face>,
}

/// Reads, verifies and parses one face.
fn load_face(
    dir: &Path,
    id: FaceId,
    file_name: &'static str,
    sums: &BTreeMap<String, String>,
) -> Result<Face, FontProblem> {
    let fail = |m: String| FontProblem {
        file: file_name.to_string(),
        message: m,
    };
    let bytes = std::fs::read(dir.join(file_name)).map_err(|e| fail(format!("cannot read the font: {e}")))?;
    verify::check_face(file_name, &bytes, id.family(), sums)?;
    let bytes = Arc::new(bytes);
    // Both views share one allocation: the CJK faces are 16 MB each.
    let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = bytes.clone();
    let blob = skrifa::font::Blob::from(shared);
    let shaping = skrifa::Font::new(blob, 0).ok_or_else(|| fail("cannot parse the font".into()))?;
    let pdf = krilla::text::Font::new(bytes.into(), 0).ok_or_else(|| fail("cannot load the font for PDF".into()))?;
    Ok(Face {
        file_name,
        shaping,
        pdf,
        hyphen: OnceLock::new(),
        plans: Mutex::new(Vec::new()),
    })
}

impl FontSet {
    /// Loads the eight vendored Noto faces from `dir`, each verified first (see
    /// [`super::verify`]); every damaged or unreadable font is reported.
    pub fn load(dir: &Path) -> Result<FontSet, FontError> {
        let sums = verify::read_sums(dir).map_err(|p| FontError(vec![p]))?;
        // Verifying means hashing 40 MB: the faces are read on every core, kept in order.
        let loaded: Vec<Result<Face, FontProblem>> = FILES
            .par_iter()
            .map(|&(id, file_name)| load_face(dir, id, file_name, &sums))
            .collect();
        let mut faces = Vec::with_capacity(FILES.len());
        let mut problems = Vec::new();
        for face in loaded {
            match face {
                Ok(face) => faces.push(face),
                Err(p) => problems.push(p),
            }
        }
        if problems.is_empty() {
            Ok(FontSet { faces })
        } else {
            Err(FontError(problems))
        }
    }

    pub fn face(&self, id: FaceId) -> &Face {
        &self.faces[id as usize]
    }
}

#[cfg(test)]
pub(crate) fn test_fonts() -> &'static FontSet {
    use std::sync::OnceLock;
    static FONTS: OnceLock<FontSet> = OnceLock::new();
    FONTS.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fonts");
        FontSet::load(Path::new(dir)).expect("the vendored fonts load")
    })
}
