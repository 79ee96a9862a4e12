//! Writing outputs so that a failed build loses nothing: every file is first written in full
//! under a temporary name beside its destination, and only when all of them are written are
//! they renamed into place. A rename within one folder is atomic, so a reader never sees a
//! half-written page or PDF.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// One file to write, relative to the output folder.
#[derive(Debug, Clone)]
pub struct Output {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

fn temp_name(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// Writes all `outputs` under `out_dir`, all or nothing as far as the file system allows.
pub fn write_all(out_dir: &Path, outputs: &[Output]) -> io::Result<()> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::with_capacity(outputs.len());
    let result = (|| {
        for o in outputs {
            let dest = out_dir.join(&o.path);
            if let Some(parent) = dest.parent() {
                fs::create_dir_all(parent)?;
            }
            let tmp = temp_name(&dest);
            let mut f = fs::File::create(&tmp)?;
            staged.push((tmp, dest));
            f.write_all(&o.bytes)?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (tmp, _) in &staged {
            let _ = fs::remove_file(tmp);
        }
        return Err(e);
    }
    // Renames are atomic one by one; should one fail (a destination made read-only, say),
    // the files not yet renamed keep their old content and their temporaries are removed.
    for (i, (tmp, dest)) in staged.iter().enumerate() {
        if let Err(e) = fs::rename(tmp, dest) {
            for (tmp, _) in &staged[i..] {
                let _ = fs::remove_file(tmp);
            }
            return Err(e);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_every_file_and_leaves_no_temporaries() {
        let dir = std::env::temp_dir().join(format!("tsbcirc-out-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let outs = vec![
            Output {
                path: "a/b.html".into(),
                bytes: b"one".to_vec(),
            },
            Output {
                path: "c.html".into(),
                bytes: b"two".to_vec(),
            },
        ];
        write_all(&dir, &outs).unwrap();
        assert_eq!(fs::read(dir.join("a/b.html")).unwrap(), b"one");
        assert_eq!(fs::read(dir.join("c.html")).unwrap(), b"two");
        let leftovers: Vec<_> = fs::read_dir(dir.join("a"))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .collect();
        assert!(leftovers.is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_write_keeps_the_old_files() {
        let dir = std::env::temp_dir().join(format!("tsbcirc-fail-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("keep.html"), b"old").unwrap();
        // A file where a folder must go makes the second output fail.
        fs::write(dir.join("blocker"), b"").unwrap();
        let outs = vec![
            Output {
                path: "keep.html".into(),
                bytes: b"new".to_vec(),
            },
            Output {
                path: "blocker/x.html".into(),
                bytes: b"x".to_vec(),
            },
        ];
        assert!(write_all(&dir, &outs).is_err());
        assert_eq!(fs::read(dir.join("keep.html")).unwrap(), b"old");
        let names: Vec<_> = fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
