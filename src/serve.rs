//! `serve`: builds, serves `out/` on 127.0.0.1, and rebuilds what a change affects.
//!
//! The watcher takes the operating system's file events (`notify`: inotify, FSEvents, …),
//! waits until the files have been quiet for a moment (an editor saves in several steps), and
//! rebuilds. Every change stays pending until a build that includes it succeeds, so an edit
//! made while another file is broken is not forgotten once that file is fixed. The HTTP side
//! ([`http`]) is hyper on a single-threaded tokio runtime. Pages get a small script that
//! long-polls `/__livereload` and reloads when a rebuild finishes; the files in `out/` are left
//! as built. A failed rebuild keeps serving the last good outputs, prints the problems in the
//! terminal and shows them at the top of every page until they are fixed.

mod http;

use std::collections::BTreeSet;
use std::fmt;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode, Watcher};
use tokio::sync::watch;

use crate::lang::Lang;
use crate::output::{INPUT_DIRS, OutputError, Target};
use crate::{BuildOptions, Project};

/// What the server knows of the builds.
#[derive(Debug, Clone)]
pub(crate) struct Status {
    /// Bumped after each rebuild, successful or not.
    pub version: u64,
    /// The problems of the last rebuild, if it failed.
    pub error: Option<String>,
}

/// How long the files must be quiet before a rebuild.
const QUIET: Duration = Duration::from_millis(150);

/// Why `serve` could not start.
#[derive(Debug)]
pub enum ServeError {
    /// The output folder is unusable (inside a watched folder, say).
    Output(OutputError),
    /// The port is taken, or not ours to take.
    Bind(u16, std::io::Error),
    /// The input folders cannot be watched.
    Watch(notify::Error),
    /// The server itself failed.
    Io(std::io::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::Output(e) => write!(f, "{e}"),
            ServeError::Bind(port, e) => write!(f, "error: cannot listen on 127.0.0.1:{port}: {e}"),
            ServeError::Watch(e) => write!(f, "error: cannot watch the project's folders: {e}"),
            ServeError::Io(e) => write!(f, "error: the server failed: {e}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// What must be rebuilt after `changed` files changed: one circular's YAML rebuilds that
/// circular, one language's locale rebuilds that language; anything else rebuilds everything.
pub fn affected(changed: &BTreeSet<PathBuf>) -> BuildOptions {
    let mut circulars = BTreeSet::new();
    let mut langs = BTreeSet::new();
    for path in changed {
        let parts: Vec<String> = path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        match parts.as_slice() {
            [dir, file] if dir == "content" && file.ends_with(".yaml") => {
                circulars.insert(file.trim_end_matches(".yaml").to_string());
            }
            [dir, lang, _] if dir == "locales" => match lang.parse::<Lang>() {
                Ok(l) => {
                    langs.insert(l);
                }
                Err(_) => return BuildOptions::default(),
            },
            _ => return BuildOptions::default(),
        }
    }
    // A circular and a language changed together: neither filter alone covers both.
    if !circulars.is_empty() && !langs.is_empty() {
        return BuildOptions::default();
    }
    BuildOptions {
        circulars: circulars.into_iter().collect(),
        langs: langs.into_iter().collect(),
    }
}

/// Loads the project and builds `opts` into `out`; the problems as text on failure.
fn rebuild(root: &Path, out: &Path, opts: &BuildOptions) -> Result<usize, String> {
    let project = Project::load(root).map_err(|d| d.to_string())?;
    // A circular that no longer exists (renamed or removed) is nothing to rebuild.
    let mut opts = opts.clone();
    opts.circulars
        .retain(|id| project.circulars.iter().any(|c| &c.id == id));
    let summary = project.build(out, &opts).map_err(|e| e.to_string())?;
    for w in &summary.warnings {
        eprintln!("warning: {w}");
    }
    Ok(summary.files.len())
}

/// Runs the server until the process is stopped. `on_ready` gets the address once it listens.
///
/// Everything that can fail at start fails before the first build touches `out`: an output
/// folder inside the watched ones, a port already taken, folders that cannot be watched.
pub fn serve(root: &Path, out: &Path, port: u16, on_ready: impl FnOnce(&str)) -> Result<(), ServeError> {
    Target::resolve(out, root).map_err(ServeError::Output)?;
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| ServeError::Bind(port, e))?;
    let port = listener.local_addr().map_err(ServeError::Io)?.port();

    // Watching starts before the first build, so that a change made during it is seen.
    let (tx, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |e| {
        let _ = tx.send(e);
    })
    .map_err(ServeError::Watch)?;
    for dir in INPUT_DIRS {
        let path = root.join(dir);
        if path.exists() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(ServeError::Watch)?;
        }
    }
    // The root itself, for its entries only: an input folder made, replaced or renamed back
    // (a checkout, a restored backup) is watched again.
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(ServeError::Watch)?;

    let first = rebuild(root, out, &BuildOptions::default());
    if let Err(e) = &first {
        eprintln!("{e}");
    }
    let (status, status_rx) = watch::channel(Status {
        version: 1,
        error: first.err(),
    });
    on_ready(&format!("http://127.0.0.1:{port}/"));

    let (root_w, out_w) = (root.to_path_buf(), out.to_path_buf());
    thread::spawn(move || {
        // The watcher lives as long as the loop that reads its events.
        let mut watcher = watcher;
        watch_loop(&root_w, &out_w, &mut watcher, &events, &status);
    });
    http::run(listener, out.to_path_buf(), port, status_rx).map_err(ServeError::Io)
}

/// Adds the paths of one file event to `pending`, relative to the project root. Opening and
/// reading a file is no change: the build itself reads every input.
fn collect(root: &Path, event: notify::Result<notify::Event>, pending: &mut BTreeSet<PathBuf>) {
    let event = match event {
        Ok(e) => e,
        Err(e) => {
            eprintln!("warning: watching the project: {e}; rebuilding everything");
            pending.insert(PathBuf::from("*"));
            return;
        }
    };
    if event.need_rescan() {
        // Events were lost (the kernel's queue overflowed): anything may have changed.
        pending.insert(PathBuf::from("*"));
        return;
    }
    if let EventKind::Access(kind) = event.kind
        && kind != AccessKind::Close(AccessMode::Write)
    {
        return;
    }
    for p in event.paths {
        let rel = p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p);
        // From the root's own entries only the input folders count: `out/`, the staging
        // folder and the lock come and go with every build.
        if rel.components().count() == 1 && !INPUT_DIRS.iter().any(|d| rel == Path::new(d)) {
            continue;
        }
        pending.insert(rel);
    }
}

/// Watches again the input folders named in `pending` (made, replaced or renamed back since
/// the last look); a folder already watched is simply watched on.
fn rewatch(root: &Path, watcher: &mut impl Watcher, pending: &BTreeSet<PathBuf>) {
    for dir in INPUT_DIRS {
        let path = root.join(dir);
        if pending.contains(Path::new(dir))
            && path.is_dir()
            && let Err(e) = watcher.watch(&path, RecursiveMode::Recursive)
        {
            eprintln!("warning: cannot watch {}: {e}", path.display());
        }
    }
}

/// The project root as the watcher reports paths under it (absolute).
fn watched_root(root: &Path) -> PathBuf {
    std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf())
}

fn watch_loop(
    root: &Path,
    out: &Path,
    watcher: &mut impl Watcher,
    events: &Receiver<notify::Result<notify::Event>>,
    status: &watch::Sender<Status>,
) {
    let mut pending: BTreeSet<PathBuf> = BTreeSet::new();
    let base = watched_root(root);
    loop {
        let Ok(first) = events.recv() else { return };
        collect(&base, first, &mut pending);
        // Editors save in several steps (write a copy, rename, set times): let them finish.
        loop {
            match events.recv_timeout(QUIET) {
                Ok(e) => collect(&base, e, &mut pending),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if pending.is_empty() {
            continue;
        }
        rewatch(&base, watcher, &pending);
        let opts = affected(&pending);
        let start = Instant::now();
        let result = rebuild(root, out, &opts);
        let what: Vec<String> = pending.iter().map(|p| p.display().to_string()).collect();
        let error = match result {
            Ok(n) => {
                println!(
                    "{} changed: rebuilt {n} files in {:.2} s",
                    what.join(", "),
                    start.elapsed().as_secs_f64()
                );
                // Only a successful build that included them settles the changes.
                pending.clear();
                None
            }
            Err(e) => {
                eprintln!("{} changed: the build failed\n{e}", what.join(", "));
                Some(e)
            }
        };
        status.send_modify(|s| {
            s.version += 1;
            s.error = error;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(paths: &[&str]) -> BTreeSet<PathBuf> {
        paths.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn a_locale_change_rebuilds_its_language() {
        let o = affected(&set(&["locales/fr/circular.ftl"]));
        assert_eq!(o.langs, vec![Lang::Fr]);
        assert!(o.circulars.is_empty());
    }

    #[test]
    fn a_circular_change_rebuilds_that_circular() {
        let o = affected(&set(&["content/T17-TSB-CIR-0053.yaml"]));
        assert_eq!(o.circulars, vec!["T17-TSB-CIR-0053".to_string()]);
        assert!(o.langs.is_empty());
    }

    #[test]
    fn templates_catalogues_fonts_lost_events_and_mixed_changes_rebuild_everything() {
        for paths in [
            &["templates/circular.html"][..],
            &["content/catalogue/signatories.yaml"],
            &["fonts/NotoSans-Regular.ttf"],
            &["*"],
            &["locales/fr/circular.ftl", "content/T17-TSB-CIR-0053.yaml"],
        ] {
            let o = affected(&set(paths));
            assert!(o.langs.is_empty() && o.circulars.is_empty(), "{paths:?}");
        }
    }

    #[test]
    fn reading_a_file_is_no_change_but_writing_one_is() {
        use notify::event::{CreateKind, ModifyKind};
        let root = Path::new("/p");
        let ev = |kind| Ok(notify::Event::new(kind).add_path(PathBuf::from("/p/locales/fr/site.ftl")));
        let mut pending = BTreeSet::new();
        collect(
            root,
            ev(EventKind::Access(AccessKind::Open(AccessMode::Read))),
            &mut pending,
        );
        collect(
            root,
            ev(EventKind::Access(AccessKind::Close(AccessMode::Read))),
            &mut pending,
        );
        assert!(pending.is_empty());
        collect(
            root,
            ev(EventKind::Access(AccessKind::Close(AccessMode::Write))),
            &mut pending,
        );
        collect(root, ev(EventKind::Modify(ModifyKind::Any)), &mut pending);
        collect(root, ev(EventKind::Create(CreateKind::File)), &mut pending);
        assert_eq!(pending, set(&["locales/fr/site.ftl"]));
    }

    #[test]
    fn of_the_roots_own_entries_only_the_input_folders_count() {
        use notify::event::CreateKind;
        let root = Path::new("/p");
        let mut pending = BTreeSet::new();
        for p in [
            "/p/out",
            "/p/.out.staging",
            "/p/.tsbcirc.lock",
            "/p/README.md",
            "/p/content",
        ] {
            let ev = notify::Event::new(EventKind::Create(CreateKind::Folder)).add_path(PathBuf::from(p));
            collect(root, Ok(ev), &mut pending);
        }
        assert_eq!(pending, set(&["content"]));
        // A replaced input folder rebuilds everything.
        let o = affected(&pending);
        assert!(o.langs.is_empty() && o.circulars.is_empty());
    }
}
