//! The output folder when something is in the way: a file that cannot be deleted, a folder
//! where nothing can be created, a symbolic link inside `out/`, a folder that no build made.
//! Each time: `out/` is the complete old set or the complete new set, the message names the
//! file, and nothing is written outside `out/`.

#![cfg(unix)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{Scratch, tree};

fn is_root() -> bool {
    let o = Command::new("id").arg("-u").output().expect("id");
    String::from_utf8_lossy(&o.stdout).trim() == "0"
}

/// Makes `dir` a folder in which nothing can be created or deleted: immutable for root (whom
/// permissions do not stop), read-only for anyone else. Undone by `release`.
fn protect(dir: &Path) {
    let ok = if is_root() {
        Command::new("chattr")
            .arg("+i")
            .arg(dir)
            .status()
            .expect("chattr (e2fsprogs)")
            .success()
    } else {
        Command::new("chmod")
            .arg("555")
            .arg(dir)
            .status()
            .expect("chmod")
            .success()
    };
    assert!(ok, "cannot protect {}", dir.display());
}

fn release(dir: &Path) {
    if is_root() {
        Command::new("chattr").arg("-i").arg(dir).status().expect("chattr");
    } else {
        Command::new("chmod").arg("755").arg(dir).status().expect("chmod");
    }
}

/// Undoes `protect` even when an assertion fails, so that the scratch folder can be removed.
struct Protected<'a>(&'a Path);

impl Drop for Protected<'_> {
    fn drop(&mut self) {
        release(self.0);
    }
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn french_salutation(s: &Scratch, to: &str) {
    let ftl = s.path().join("locales/fr/circular.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("salutation = "))
        .unwrap()
        .to_string();
    fs::write(&ftl, text.replace(&line, &format!("salutation = {to}"))).unwrap();
}

#[test]
fn a_folder_whose_files_cannot_be_deleted_does_not_stop_the_build() {
    let s = Scratch::new();
    s.build();
    let files = tree(&s.out()).len();
    let fr = s.out().join("T17-TSB-CIR-0053/fr");
    let _guard = Protected(&fr);
    protect(&fr);
    french_salutation(&s, "Mesdames, Messieurs,");
    let o = s.run(&["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The new set is complete in out/…
    let page = fs::read_to_string(s.out().join("T17-TSB-CIR-0053/fr/circular.html")).unwrap();
    assert!(page.contains("Mesdames, Messieurs,"));
    assert_eq!(tree(&s.out()).len(), files);
    // …and the previous one, which could not all be deleted, is named.
    let err = stderr(&o);
    assert!(
        err.contains(
            "warning: the new outputs are in out, but the previous ones could not all be deleted from .out.old-"
        ),
        "{err}"
    );
    assert!(
        err.contains("T17-TSB-CIR-0053/fr/"),
        "the message names the file: {err}"
    );
    // Freed, the next build removes it.
    let old: Vec<_> = fs::read_dir(s.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".out.old-"))
        .map(|e| e.path())
        .collect();
    assert_eq!(old.len(), 1);
    release(&old[0].join("T17-TSB-CIR-0053/fr"));
    assert!(s.run(&["build"]).status.success());
    assert!(!old[0].exists());
}

#[test]
fn a_build_that_cannot_write_beside_out_changes_nothing_and_says_where() {
    let s = Scratch::new();
    s.build();
    let before = tree(&s.out());
    french_salutation(&s, "Mesdames, Messieurs,");
    let root = s.path().to_path_buf();
    let _guard = Protected(&root);
    protect(&root);
    let o = s.run(&["build"]);
    release(&root);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("cannot create the staging folder .out.staging-"), "{err}");
    assert!(
        err.contains("out is unchanged") || err.contains("out/ is unchanged"),
        "{err}"
    );
    assert!(tree(&s.out()) == before, "out/ changed");
}

#[test]
fn a_symbolic_link_inside_out_receives_nothing() {
    let s = Scratch::new();
    s.build();
    let elsewhere = tempfile::tempdir().unwrap();
    let c53 = s.out().join("T17-TSB-CIR-0053");
    fs::remove_dir_all(&c53).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), &c53).unwrap();
    let before = tree(&s.out());
    let o = s.run(&["build"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error: out/T17-TSB-CIR-0053 is a symbolic link: the build writes only inside out"),
        "{err}"
    );
    assert_eq!(
        fs::read_dir(elsewhere.path()).unwrap().count(),
        0,
        "files were written outside out/"
    );
    assert!(tree(&s.out()) == before);
    assert!(fs::symlink_metadata(&c53).unwrap().file_type().is_symlink());
}

#[test]
fn out_may_be_a_link_to_the_real_folder() {
    let s = Scratch::new();
    let site = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(site.path(), s.out()).unwrap();
    s.build();
    french_salutation(&s, "Mesdames, Messieurs,");
    s.build();
    assert!(
        fs::symlink_metadata(s.out()).unwrap().file_type().is_symlink(),
        "the link was replaced"
    );
    let page = fs::read_to_string(site.path().join("T17-TSB-CIR-0053/fr/circular.html")).unwrap();
    assert!(page.contains("Mesdames, Messieurs,"));
    // The lock and the staging folder go beside the real folder; nothing is left there.
    let parent = site.path().parent().unwrap();
    let name = site.path().file_name().unwrap().to_string_lossy().into_owned();
    let beside: Vec<String> = fs::read_dir(parent)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{name}.")))
        .collect();
    assert_eq!(beside, [format!(".{name}.lock")]);
}

#[test]
fn a_folder_that_no_build_made_is_refused() {
    let s = Scratch::new();
    let mine = s.path().join("thesis");
    fs::create_dir(&mine).unwrap();
    fs::write(mine.join("chapter1.tex"), "mine").unwrap();
    let o = s.run(&["build", "--out", "thesis"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("thesis holds files but no index.html, so no build made it"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_dir(&mine).unwrap().count(), 1);
    // A folder with hidden files only (a fresh checkout of a publishing branch) is fine, and
    // what it holds is kept.
    let pages = s.path().join("pages");
    fs::create_dir_all(pages.join(".git")).unwrap();
    fs::write(pages.join(".git/HEAD"), "ref: refs/heads/gh-pages\n").unwrap();
    let o = s.run(&["build", "--out", "pages"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        fs::read_to_string(pages.join(".git/HEAD")).unwrap(),
        "ref: refs/heads/gh-pages\n"
    );
    assert!(pages.join("index.html").exists());
}

#[test]
fn input_errors_leave_no_trace_beside_out() {
    let s = Scratch::new();
    s.build();
    let before = tree(&s.out());
    let yaml = s.path().join("content/T17-TSB-CIR-0053.yaml");
    let text = fs::read_to_string(&yaml).unwrap();
    fs::write(&yaml, text.replace("study_group: 17", "study_group: [17")).unwrap();
    let o = s.run(&["build"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(tree(&s.out()) == before);
    let beside: Vec<String> = fs::read_dir(s.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".out."))
        .collect();
    assert_eq!(beside, [".out.lock"]);
}
