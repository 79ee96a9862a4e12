//! Shared by the integration tests: a scratch copy of the project and a way to run the CLI.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap();
        }
    }
}

/// A scratch copy of the project's inputs (fonts linked, not copied), removed on drop.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["content", "locales", "templates"] {
            copy_dir(&repo().join(sub), &dir.path().join(sub));
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(repo().join("fonts"), dir.path().join("fonts")).unwrap();
        Scratch { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.path().join("out")
    }

    /// Runs the CLI in the scratch project.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_tsbcirc"))
            .args(args)
            .current_dir(self.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    }

    pub fn build(&self) -> Output {
        let o = self.run(&["build"]);
        assert!(
            o.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
        o
    }
}

/// The text of an HTML document's `<article>`: tags dropped, entities decoded, bidi controls
/// and word joiners removed, no-break spaces read as spaces.
pub fn article_text(html: &str) -> String {
    let start = html.find("<article").expect("an article");
    let end = html.rfind("</article>").expect("an article end");
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html[start..end].chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{2060}'], "")
        .replace('\u{a0}', " ")
}

/// All whitespace removed: Chinese has no spaces, and line breaks differ between renditions.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The lines of the Chinese seed (the original circular as a text dump of the Word file),
/// with the dump's bookmarks and image markers removed.
pub fn seed_lines() -> Vec<String> {
    let seed = fs::read_to_string(repo().join("tests/fixtures/seed-zh.txt")).expect("the Chinese seed text");
    seed.lines()
        .map(|line| {
            let mut line = line.replace("[image: ]", "");
            while let Some(i) = line.find("[bookmark: ") {
                let j = line[i..].find(']').map_or(line.len(), |j| i + j + 1);
                line.replace_range(i..j, "");
            }
            line
        })
        .collect()
}

/// The pieces of seed lines that must each appear in our output: split at the tabs, list
/// dashes and form marks that the Word layout turned into characters.
///
/// What the Word form had as characters, ours draws or makes fields of, so the seed's
/// characters for them are left out: the boxes `|_|`, the circles (U+20DD, a combining
/// mark that no font here draws on its own: our option circle, also the one inside the
/// sentence "请选择两种方案⃝中的一种", is drawn), and the bracketed placeholders of the reply
/// form ("[姓名]", "[日期，][地点]"), which our form replaces by labelled fields (the words
/// outside the brackets, "主管部门", still count).
pub fn pieces_of(lines: &[String]) -> Vec<String> {
    let mut pieces = Vec::new();
    for line in lines {
        let mut line = line.replace("|_|", "").replace('\u{20DD}', "");
        while let Some(i) = line.find('[') {
            let j = line[i..].find(']').map_or(line.len(), |j| i + j + 1);
            line.replace_range(i..j, "\t");
        }
        for piece in line.split(['\t', '–', '·']) {
            let piece = squash(piece);
            if piece.is_empty() || piece.chars().all(|c| c == '_' || c == '，') {
                continue;
            }
            pieces.push(piece);
        }
    }
    pieces
}

/// Every piece of the seed.
pub fn seed_pieces() -> Vec<String> {
    pieces_of(&seed_lines())
}

/// The parts of the seed whose order our output must keep: the letter from its subject to
/// "附件：2件", Annex 1, and the body of the reply form after its address block (the Word
/// tables of the header blocks read in another order than our definition lists).
pub fn seed_ordered_sections() -> Vec<Vec<String>> {
    let lines = seed_lines();
    let find = |from: usize, start: &str| {
        from + lines[from..]
            .iter()
            .position(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("{start}"))
    };
    let subject = find(0, "事由：");
    let annexes = find(subject, "附件：2件");
    let annex1 = find(annexes, "附件1");
    let annex2 = find(annex1, "附件2");
    let salutation = find(annex2, "尊敬的先生/女士：");
    let end = find(salutation, "[成员国]主管部门");
    // Paragraph and item numbers are the layout's ("1", "2"): left out, or a "1" would match
    // inside "17".
    let words = |range: &[String]| -> Vec<String> {
        pieces_of(range)
            .into_iter()
            .filter(|p| !p.chars().all(|c| c.is_ascii_digit()))
            .collect()
    };
    vec![
        words(&lines[subject..=annexes]),
        words(&lines[annex1..annex2]),
        words(&lines[salutation..=end]),
    ]
}

/// Checks that `pieces` occur in `text` in this order; returns the first one that does not.
pub fn in_order<'a>(text: &str, pieces: &'a [String]) -> Result<(), &'a str> {
    let mut at = 0;
    for p in pieces {
        match text[at..].find(p.as_str()) {
            Some(i) => at += i + p.len(),
            None => return Err(p),
        }
    }
    Ok(())
}

/// One change a fixture makes to the scratch project: `find` (which must occur exactly once)
/// replaced by `replace`, and/or the file renamed to `rename` (a copy left in place when
/// `keep` is set); bytes appended (`append_hex`, for what a YAML string cannot hold: bytes that
/// are not UTF-8), the file cut to `truncate` bytes, or removed (`delete`); or, for a path
/// that does not exist yet, a folder (`mkdir`) or a link (`symlink` to its target). An edit
/// under `fonts/` first replaces the scratch's link to the repository's fonts by a copy.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edit {
    pub file: String,
    #[serde(default)]
    pub find: Option<String>,
    #[serde(default)]
    pub replace: Option<String>,
    #[serde(default)]
    pub rename: Option<String>,
    #[serde(default)]
    pub keep: bool,
    #[serde(default)]
    pub append_hex: Option<String>,
    #[serde(default)]
    pub truncate: Option<u64>,
    #[serde(default)]
    pub delete: bool,
    #[serde(default)]
    pub mkdir: bool,
    #[serde(default)]
    pub symlink: Option<String>,
}

/// Replaces the scratch's `fonts` link by a copy of the fonts, so that a fixture may damage one.
fn own_fonts(s: &Scratch) {
    let fonts = s.path().join("fonts");
    if fs::symlink_metadata(&fonts).is_ok_and(|m| m.file_type().is_symlink()) {
        fs::remove_file(&fonts).unwrap();
        copy_dir(&repo().join("fonts"), &fonts);
    }
}

/// Applies `fixture/edits.yaml` to the scratch project.
pub fn apply_edits(s: &Scratch, fixture: &Path) -> Result<(), String> {
    let edits: Vec<Edit> = serde_saphyr::from_str(&fs::read_to_string(fixture.join("edits.yaml")).unwrap())
        .map_err(|e| format!("{}/edits.yaml: {e}", fixture.display()))?;
    for e in &edits {
        if e.file.starts_with("fonts/") {
            own_fonts(s);
        }
        let path = s.path().join(&e.file);
        if e.mkdir {
            fs::create_dir_all(&path).unwrap();
            continue;
        }
        if let Some(target) = &e.symlink {
            #[cfg(unix)]
            std::os::unix::fs::symlink(target, &path).unwrap();
            continue;
        }
        if e.delete {
            fs::remove_file(&path).map_err(|err| format!("{}: {err}", e.file))?;
            continue;
        }
        let mut bytes = fs::read(&path).map_err(|err| format!("{}: {err}", e.file))?;
        match (&e.find, &e.replace) {
            (Some(find), Some(replace)) => {
                let text = String::from_utf8(bytes).map_err(|_| format!("{}: `find` needs UTF-8", e.file))?;
                let n = text.matches(find.as_str()).count();
                if n != 1 {
                    return Err(format!(
                        "`find` occurs {n} times in {} (must be once): {find:?}",
                        e.file
                    ));
                }
                bytes = text.replacen(find.as_str(), replace, 1).into_bytes();
            }
            (None, None) => {}
            _ => return Err(format!("{}: `find` and `replace` go together", e.file)),
        }
        if let Some(hex) = &e.append_hex {
            for h in hex.split_whitespace() {
                bytes.push(u8::from_str_radix(h, 16).map_err(|_| format!("{}: bad hex byte {h:?}", e.file))?);
            }
        }
        if let Some(n) = e.truncate {
            bytes.truncate(n as usize);
        }
        match &e.rename {
            Some(to) => {
                fs::write(s.path().join(to), &bytes).unwrap();
                if !e.keep {
                    fs::remove_file(&path).unwrap();
                }
            }
            None => fs::write(&path, &bytes).unwrap(),
        }
    }
    Ok(())
}

/// Compares `got` with the pinned file, or rewrites the file when `BLESS` is set.
pub fn pinned(file: &Path, got: &str) -> Result<(), String> {
    if std::env::var_os("BLESS").is_some() {
        fs::write(file, got).unwrap();
    }
    let expected = fs::read_to_string(file).unwrap_or_default();
    if got == expected {
        Ok(())
    } else {
        Err(format!(
            "{} differs\n--- expected\n{expected}\n--- got\n{got}",
            file.display()
        ))
    }
}

/// Every file under `dir` with its bytes, by path relative to `dir`.
pub fn tree(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.strip_prefix(dir).unwrap().to_path_buf(), fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// The headless Chromium of the machine (Debian's `chromium`); a test requirement installed by
/// `tests/run.sh`, so its absence is a failure, not a skip.
pub fn chromium() -> &'static str {
    for c in ["chromium", "chromium-browser"] {
        if Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return c;
        }
    }
    panic!("headless Chromium is needed (Debian package `chromium`): run `bash tests/run.sh`, which installs it");
}

/// Opens a copy of `page` in headless Chromium at `width` px with `script` added at the end of
/// its body; the script leaves its result as JSON in `document.body.dataset.probe`, which is
/// returned.
pub fn probe_page(page: &Path, script: &str, width: u32) -> String {
    let html = fs::read_to_string(page)
        .unwrap()
        .replace("</body>", &format!("<script>{script}</script></body>"));
    let probed = page.with_file_name(format!("probed-{}", page.file_name().unwrap().to_string_lossy()));
    fs::write(&probed, html).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={width},900"))
        .arg("--dump-dom")
        .arg(format!("file://{}", probed.display()))
        .output()
        .unwrap();
    let _ = fs::remove_file(&probed);
    let dom = String::from_utf8_lossy(&out.stdout);
    let attr = dom.split("data-probe=\"").nth(1).unwrap_or_else(|| {
        panic!(
            "no probe result for {}:\n{}",
            page.display(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    attr[..attr.find('"').unwrap()]
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every output file under `out` with this extension, by path.
pub fn files_with_ext(out: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = tree(out)
        .into_keys()
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| out.join(p))
        .collect();
    v.sort();
    v
}

/// A message of the project's locales, formatted, without bidi controls (as the e-mail and
/// the PDF fields' names have it).
pub fn message(lang: &str, id: &str, args: &[(&str, tsbcirc::locales::Arg)]) -> String {
    use tsbcirc::lang::Lang;
    use tsbcirc::locales::Locales;
    static LOCALES: std::sync::OnceLock<Locales> = std::sync::OnceLock::new();
    let locales =
        LOCALES.get_or_init(|| Locales::load(&repo(), Path::new("locales")).unwrap_or_else(|d| panic!("{d}")));
    locales
        .get(lang.parse::<Lang>().unwrap())
        .format(id, args)
        .unwrap()
        .chars()
        .filter(
            |c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202a}'..='\u{202e}' | '\u{200e}' | '\u{200f}' | '\u{61c}'),
        )
        .collect()
}
