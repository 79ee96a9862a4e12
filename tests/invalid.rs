//! Bad input: each fixture under `tests/fixtures/invalid/` edits a copy of the project, and
//! the build must fail with the pinned diagnostics (file:line:column), a non-zero exit, and
//! `out/` exactly as it was. Run with `BLESS=1` to rewrite the pinned `expected.txt` files
//! after a deliberate change of wording.

mod common;

use std::fs;

use common::{Scratch, apply_edits, pinned, repo, tree};

fn check_fixture(name: &str) -> Result<(), String> {
    let fixture = repo().join("tests/fixtures/invalid").join(name);
    let s = Scratch::new();
    s.build();
    // Something of the user's own in out/ must survive too.
    fs::write(s.out().join("notes.txt"), "mine").unwrap();
    let before = tree(&s.out());

    apply_edits(&s, &fixture).map_err(|e| format!("{name}: {e}"))?;

    let o = s.run(&["build"]);
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    if o.status.success() {
        return Err(format!("{name}: the build succeeded"));
    }
    if o.status.code() != Some(1) || stderr.contains("panicked") {
        return Err(format!("{name}: the build crashed ({:?}):\n{stderr}", o.status.code()));
    }
    if tree(&s.out()) != before {
        return Err(format!("{name}: out/ changed"));
    }
    pinned(&fixture.join("expected.txt"), &stderr).map_err(|e| format!("{name}: {e}"))?;
    // `check` refuses the same input, with the same errors.
    let c = s.run(&["check"]);
    let check_err = String::from_utf8_lossy(&c.stderr);
    if c.status.code() != Some(1) {
        return Err(format!("{name}: check exited with {:?}:\n{check_err}", c.status.code()));
    }
    for line in stderr.lines().filter(|l| l.starts_with("error: ")) {
        if !check_err.contains(line) {
            return Err(format!("{name}: check does not report\n{line}\nit says:\n{check_err}"));
        }
    }
    Ok(())
}

#[test]
fn every_invalid_fixture_gives_its_pinned_diagnostics_and_leaves_out_untouched() {
    let dir = repo().join("tests/fixtures/invalid");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 10, "fixtures: {names:?}");
    let failures: Vec<String> = names.iter().filter_map(|n| check_fixture(n).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
