//! Writing a build's outputs all or nothing, even when the build is killed.
//!
//! A build never writes into the output folder itself. Holding a lock (`.out.lock` beside
//! `out/`), it fills a sibling staging folder (`.out.staging-PID`): hard links of everything
//! the live folder holds that this build does not rewrite (what earlier and partial builds made,
//! the user's own files), then each new file as soon as it is rendered, the index last. When
//! every file is there and flushed to disk, one `renameat2(RENAME_EXCHANGE)` swaps the two
//! folders; the previous tree, renamed `.out.old-PID`, is then deleted. Whoever reads `out/`
//! sees the complete old set or the complete new set, and memory holds one document at a time.
//!
//! A build killed at any point leaves `out/` as it was or as the build made it, plus at most a
//! staging or old folder beside it; the next build removes those, and the hidden temporaries
//! (`.name.tmp-PID`) that builds of earlier versions left inside `out/`.
//!
//! For tests, `TSBCIRC_KILL_AT=<point>` makes the process kill itself (SIGKILL) at one point
//! of that sequence: `locked`, `seeded`, `written-N` (after the N-th new file), `synced`,
//! `exchanged`, `removing` (after the first entry of the old tree is deleted).

mod staging;

use std::collections::BTreeSet;
use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use staging::Staging;
use staging::remove_tree;

use crate::diag::display_path;

/// One file to write, relative to the output folder.
#[derive(Debug, Clone)]
pub struct Output {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Why the outputs could not be written. The message names the file or folder concerned.
#[derive(Debug)]
pub struct OutputError {
    pub message: String,
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message)
    }
}

impl std::error::Error for OutputError {}

fn fail(message: impl Into<String>) -> OutputError {
    OutputError {
        message: message.into(),
    }
}

/// The folders of a project that a build reads; an output folder inside one of them would
/// mix outputs with inputs (and make `serve` rebuild forever on its own writes).
pub const INPUT_DIRS: [&str; 4] = ["content", "locales", "templates", "fonts"];

/// The output folder of a build, resolved and checked.
#[derive(Debug, Clone)]
pub struct Target {
    /// As the user named it, for messages.
    shown: PathBuf,
    /// Where it really is: absolute, symbolic links resolved (an `out` that is a link to
    /// another folder is built there, and the link stays).
    real: PathBuf,
    parent: PathBuf,
    name: OsString,
}

impl Target {
    /// Resolves `out` (absolute, or relative to the current folder) for the project at `root`,
    /// refusing a folder that holds the project or lies inside one of its input folders.
    pub fn resolve(out: &Path, root: &Path) -> Result<Target, OutputError> {
        let shown = match display_path(root, out) {
            p if p.as_os_str().is_empty() => PathBuf::from("."),
            p => p,
        };
        let real = match fs::symlink_metadata(out) {
            Ok(m) if m.file_type().is_symlink() => fs::canonicalize(out).map_err(|e| {
                let to = fs::read_link(out).unwrap_or_default();
                fail(format!(
                    "{} is a symbolic link to {}, which cannot be used: {e}",
                    shown.display(),
                    to.display()
                ))
            })?,
            Ok(_) => fs::canonicalize(out).map_err(|e| fail(format!("cannot use {}: {e}", shown.display())))?,
            // Not there yet: made at the first build, under its nearest existing ancestor
            // (resolved), and nothing is created before the checks below.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let abs = std::path::absolute(out).map_err(|e| fail(format!("cannot use {}: {e}", shown.display())))?;
                let mut base = abs.as_path();
                let mut rest = Vec::new();
                while fs::symlink_metadata(base).is_err() {
                    let (Some(parent), Some(name)) = (base.parent(), base.file_name()) else {
                        break;
                    };
                    rest.push(name);
                    base = parent;
                }
                let mut real =
                    fs::canonicalize(base).map_err(|e| fail(format!("cannot use {}: {e}", shown.display())))?;
                for name in rest.into_iter().rev() {
                    real.push(name);
                }
                real
            }
            Err(e) => return Err(fail(format!("cannot use {}: {e}", shown.display()))),
        };
        if real.exists() && !real.is_dir() {
            return Err(fail(format!("{} is a file, not a folder", shown.display())));
        }
        let (Some(parent), Some(name)) = (real.parent(), real.file_name()) else {
            return Err(fail(format!("{} cannot be an output folder", shown.display())));
        };
        let project = fs::canonicalize(root).map_err(|e| fail(format!("cannot use {}: {e}", root.display())))?;
        if project.starts_with(&real) {
            return Err(fail(format!(
                "the output folder {} holds the project itself: a build replaces its output folder \
                 as a whole, so it must be a folder of its own, such as out/",
                shown.display()
            )));
        }
        for dir in INPUT_DIRS {
            if let Ok(input) = fs::canonicalize(root.join(dir))
                && real.starts_with(&input)
            {
                return Err(fail(format!(
                    "the output folder {} is inside {dir}/, which the build reads: choose a folder \
                     outside content/, locales/, templates/ and fonts/, such as out/",
                    shown.display()
                )));
            }
        }
        let target = Target {
            shown,
            parent: parent.to_path_buf(),
            name: name.to_os_string(),
            real,
        };
        if target.real.exists() {
            target.check_ours()?;
        }
        Ok(target)
    }

    /// A build replaces the whole folder: refuse one that no build made (a home folder, a
    /// project given by mistake), recognised by files without the `index.html` every build writes.
    fn check_ours(&self) -> Result<(), OutputError> {
        let t = self;
        let entries = fs::read_dir(&t.real).map_err(|e| fail(format!("cannot read {}: {e}", t.shown.display())))?;
        let names: Vec<OsString> = entries.flatten().map(|e| e.file_name()).collect();
        let visible = names.iter().any(|n| !n.to_string_lossy().starts_with('.'));
        if visible && !names.iter().any(|n| n == "index.html") {
            return Err(fail(format!(
                "{} holds files but no index.html, so no build made it: a build replaces its \
                 output folder as a whole and keeps only what is inside, so it refuses this one; \
                 empty it or choose another folder",
                t.shown.display()
            )));
        }
        Ok(())
    }

    /// The folder itself, symbolic links resolved.
    pub fn dir(&self) -> &Path {
        &self.real
    }

    /// A hidden sibling of the output folder: `.out.<what>`.
    fn sibling(&self, what: &str) -> PathBuf {
        let mut name = OsString::from(".");
        name.push(&self.name);
        name.push(".");
        name.push(what);
        self.parent.join(name)
    }

    fn shown_sibling(&self, path: &Path) -> PathBuf {
        match (self.shown.parent(), path.file_name()) {
            (Some(p), Some(n)) => p.join(n),
            _ => path.to_path_buf(),
        }
    }

    /// A path under the output folder's parent, shown as the output folder is.
    fn shown_beside(&self, path: &Path) -> PathBuf {
        match path.strip_prefix(&self.parent) {
            Ok(rel) => self.shown.parent().unwrap_or(Path::new("")).join(rel),
            Err(_) => path.to_path_buf(),
        }
    }

    fn shown(&self, rel: &Path) -> String {
        self.shown.join(rel).display().to_string()
    }

    /// Takes the lock of this output folder, waiting (with a message) while another build holds it.
    pub fn lock(&self) -> Result<Lock<'_>, OutputError> {
        let path = self.sibling("lock");
        let shown = self.shown_sibling(&path);
        let cannot = |e: io::Error| fail(format!("cannot lock {}: {e}", shown.display()));
        fs::create_dir_all(&self.parent).map_err(cannot)?;
        let mut file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(cannot)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let holder = fs::read_to_string(&path).unwrap_or_default();
                eprintln!(
                    "waiting for the build running in process {} to finish with {} (lock: {})",
                    holder.trim(),
                    self.shown.display(),
                    shown.display()
                );
                file.lock().map_err(cannot)?;
            }
            Err(fs::TryLockError::Error(e)) => return Err(cannot(e)),
        }
        // Who holds the lock, for the message of a build that waits.
        let _ = file.set_len(0).and_then(|()| write!(file, "{}", std::process::id()));
        fault("locked");
        Ok(Lock {
            target: self,
            _file: file,
        })
    }
}

/// The output folder, locked for one build. Dropping it releases the lock.
pub struct Lock<'a> {
    target: &'a Target,
    _file: File,
}

/// `.index.html.tmp-1234`: what builds of earlier versions wrote before renaming into place.
fn is_stray_temporary(name: &OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        && name
            .rsplit_once(".tmp-")
            .is_some_and(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

impl Lock<'_> {
    /// Prepares a staging folder for a build that writes the files `rewrites` (relative paths):
    /// removes what killed builds left, then links in everything else the live folder holds.
    pub fn stage(&self, rewrites: &BTreeSet<PathBuf>) -> Result<Staging<'_>, OutputError> {
        let t = self.target;
        self.recover()?;
        let warnings = self.remove_leftovers();
        let dir = t.sibling(&format!("staging-{}", std::process::id()));
        if dir.exists() {
            remove_tree(&dir, None).map_err(|(at, e)| {
                fail(format!(
                    "cannot remove {}, left by an earlier build: {e}",
                    t.shown_beside(&at).display()
                ))
            })?;
        }
        let staging = Staging::create(self, dir, rewrites, warnings)?;
        fault("seeded");
        Ok(staging)
    }

    /// Where the file system cannot exchange two folders, a build swaps them with two renames;
    /// killed between them, it leaves no `out/` but the complete old tree beside it, which is
    /// put back.
    fn recover(&self) -> Result<(), OutputError> {
        let t = self.target;
        if fs::symlink_metadata(&t.real).is_ok() {
            return Ok(());
        }
        let newest = self
            .leftovers()
            .into_iter()
            .filter(|(_, kind)| *kind == "previous")
            .filter_map(|(p, _)| Some((fs::symlink_metadata(&p).ok()?.modified().ok()?, p)))
            .max();
        if let Some((_, old)) = newest {
            fs::rename(&old, &t.real).map_err(|e| {
                fail(format!(
                    "cannot restore {} from {}: {e}",
                    t.shown.display(),
                    t.shown_sibling(&old).display()
                ))
            })?;
        }
        Ok(())
    }

    /// `.out.staging-PID`, `.out.old-PID` and `.out.previous-PID` beside the output folder,
    /// with their kind.
    fn leftovers(&self) -> Vec<(PathBuf, &'static str)> {
        let t = self.target;
        let mut prefix = OsString::from(".");
        prefix.push(&t.name);
        prefix.push(".");
        let prefix = prefix.to_string_lossy().into_owned();
        let Ok(entries) = fs::read_dir(&t.parent) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let rest = name.strip_prefix(&prefix)?;
                let (kind, pid) = rest.split_once('-')?;
                let kind = ["staging", "old", "previous"].into_iter().find(|k| *k == kind)?;
                (!pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())).then(|| (e.path(), kind))
            })
            .collect()
    }

    /// Removes what killed builds left. What cannot be removed now is tried again next time;
    /// the warnings say what resisted.
    fn remove_leftovers(&self) -> Vec<String> {
        let t = self.target;
        let mut warnings = Vec::new();
        for (path, _) in self.leftovers() {
            if let Err((at, e)) = remove_tree(&path, None) {
                warnings.push(format!(
                    "{}, left by an earlier build, could not be deleted: {} resisted: {e}; the next build tries again",
                    t.shown_beside(&path).display(),
                    t.shown_beside(&at).display()
                ));
            }
        }
        warnings
    }
}

/// Kills the process at `point` when `TSBCIRC_KILL_AT` names it (see the module's notes).
fn fault(point: &str) {
    static AT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let at = AT.get_or_init(|| std::env::var("TSBCIRC_KILL_AT").ok());
    if at.as_deref() == Some(point) {
        #[cfg(unix)]
        let _ = rustix::process::kill_process(rustix::process::getpid(), rustix::process::Signal::KILL);
        std::process::abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(dir: &Path) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                if e.file_type().unwrap().is_dir() {
                    stack.push(p);
                    out.push(format!("{rel}/"));
                } else {
                    out.push(format!("{rel}={}", fs::read_to_string(&p).unwrap_or_default()));
                }
            }
        }
        out.sort();
        out
    }

    fn build(root: &Path, files: &[(&str, &str)]) -> Result<Vec<String>, OutputError> {
        let target = Target::resolve(&root.join("out"), root)?;
        let lock = target.lock()?;
        let rewrites = files.iter().map(|(p, _)| PathBuf::from(p)).collect();
        let staging = lock.stage(&rewrites)?;
        for (p, text) in files {
            staging.write(Path::new(p), text.as_bytes())?;
        }
        staging.commit()
    }

    fn siblings(root: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(root)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_build_keeps_what_it_does_not_rewrite_and_leaves_nothing_beside() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        build(root, &[("index.html", "1"), ("a/b.html", "1"), ("a/c.html", "1")]).unwrap();
        fs::write(root.join("out/notes.txt"), "mine").unwrap();
        fs::write(root.join("out/a/.b.html.tmp-123"), "stray").unwrap();
        build(root, &[("index.html", "2"), ("a/b.html", "2")]).unwrap();
        assert_eq!(
            files(&root.join("out")),
            ["a/", "a/b.html=2", "a/c.html=1", "index.html=2", "notes.txt=mine"]
        );
        assert_eq!(siblings(root), [".out.lock", "out"]);
    }

    #[test]
    fn without_an_exchange_three_renames_swap_the_trees_and_a_kill_between_them_is_undone() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        build(root, &[("index.html", "1"), ("a/b.html", "1")]).unwrap();
        // The swap itself: the staging name ends up holding the old tree.
        let (live, staging, previous) = (
            root.join("out"),
            root.join(".out.staging-7"),
            root.join(".out.previous-7"),
        );
        fs::create_dir(&staging).unwrap();
        fs::write(staging.join("index.html"), "2").unwrap();
        staging::swap_by_renames(&staging, &live, &previous).unwrap();
        assert_eq!(files(&live), ["index.html=2"]);
        assert_eq!(files(&staging), ["a/", "a/b.html=1", "index.html=1"]);
        assert!(!previous.exists());
        fs::remove_dir_all(&live).unwrap();
        fs::rename(&staging, &live).unwrap();

        // Killed after the first rename: no `out/`, the complete old tree beside it, and a
        // half-filled staging folder. The next build puts the old tree back and builds on it.
        fs::rename(&live, &previous).unwrap();
        fs::create_dir(&staging).unwrap();
        fs::write(staging.join("index.html"), "half").unwrap();
        build(root, &[("index.html", "3")]).unwrap();
        assert_eq!(files(&live), ["a/", "a/b.html=1", "index.html=3"]);
        assert_eq!(siblings(root), [".out.lock", "out"]);
    }

    #[test]
    fn a_failed_build_changes_nothing_and_names_the_file() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        build(root, &[("index.html", "1"), ("a/b.html", "1")]).unwrap();
        // A file where a folder must go.
        fs::write(root.join("out/c"), "mine").unwrap();
        let before = files(&root.join("out"));
        let e = build(root, &[("index.html", "2"), ("c/d.html", "2")]).unwrap_err();
        assert!(e.message.contains("c is a file where the build needs a folder"), "{e}");
        assert!(e.message.contains("is unchanged"), "{e}");
        assert_eq!(files(&root.join("out")), before);
        assert_eq!(siblings(root), [".out.lock", "out"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_inside_receives_nothing_and_one_as_out_is_followed() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        let elsewhere = root.join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        build(root, &[("index.html", "1")]).unwrap();
        std::os::unix::fs::symlink(&elsewhere, root.join("out/a")).unwrap();
        let e = build(root, &[("index.html", "2"), ("a/b.html", "2")]).unwrap_err();
        assert!(e.message.contains("out/a is a symbolic link"), "{e}");
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
        // A link elsewhere that the build does not write through is kept as it is.
        build(root, &[("index.html", "3")]).unwrap();
        assert_eq!(fs::read_link(root.join("out/a")).unwrap(), elsewhere);

        // `out` itself a link: the build goes where it points, and the link stays.
        let site = root.join("site");
        fs::remove_dir_all(root.join("out")).unwrap();
        fs::create_dir(&site).unwrap();
        std::os::unix::fs::symlink(&site, root.join("out")).unwrap();
        build(root, &[("index.html", "4")]).unwrap();
        assert!(fs::symlink_metadata(root.join("out")).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "4");
    }

    #[test]
    fn refuses_folders_that_hold_the_project_or_are_inside_its_inputs_or_are_not_outputs() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        fs::create_dir(root.join("content")).unwrap();
        let e = Target::resolve(root, root).unwrap_err();
        assert!(e.message.contains("holds the project itself"), "{e}");
        let e = Target::resolve(&root.join("content/out"), root).unwrap_err();
        assert!(e.message.contains("is inside content/"), "{e}");
        fs::create_dir(root.join("other")).unwrap();
        fs::write(root.join("other/thesis.tex"), "mine").unwrap();
        let e = Target::resolve(&root.join("other"), root).unwrap_err();
        assert!(e.message.contains("no build made it"), "{e}");
        assert_eq!(fs::read_to_string(root.join("other/thesis.tex")).unwrap(), "mine");
    }

    #[test]
    fn stray_temporaries_are_recognised() {
        assert!(is_stray_temporary(OsStr::new(".circular.pdf.tmp-4242")));
        assert!(!is_stray_temporary(OsStr::new("circular.pdf.tmp-4242")));
        assert!(!is_stray_temporary(OsStr::new(".notes.tmp-x")));
    }
}
