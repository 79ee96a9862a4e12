//! `serve`: builds, serves `out/` on 127.0.0.1, and rebuilds what a change affects.
//!
//! The watcher polls file times (no platform-specific notification API, and a project is a
//! few hundred files). Pages served to the browser get a small script that long-polls
//! `/__livereload` and reloads when a rebuild finishes; the files in `out/` are left as built.
//! A failed rebuild keeps serving the last good outputs, prints the problems in the terminal
//! and shows them at the top of every page until they are fixed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use crate::lang::Lang;
use crate::{BuildOptions, Project};

/// What the server shares with the watcher.
struct Status {
    /// Bumped after each rebuild, successful or not.
    version: u64,
    /// The problems of the last rebuild, if it failed.
    error: Option<String>,
}

struct Shared {
    status: Mutex<Status>,
    changed: Condvar,
}

/// The folders whose changes trigger a rebuild.
const WATCHED: [&str; 4] = ["content", "locales", "templates", "fonts"];

/// Modification time and size of every watched file. The size matters: a file truncated and
/// rewritten within one tick of the file system's clock keeps its time.
fn stamps(root: &Path) -> BTreeMap<PathBuf, (SystemTime, u64)> {
    let mut out = BTreeMap::new();
    let mut stack: Vec<PathBuf> = WATCHED.iter().map(|d| root.join(d)).collect();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            match e.metadata() {
                Ok(m) if m.is_dir() => stack.push(p),
                Ok(m) => {
                    let rel = p.strip_prefix(root).unwrap_or(&p).to_path_buf();
                    out.insert(rel, (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()));
                }
                Err(_) => {}
            }
        }
    }
    out
}

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
    project
        .build(out, &opts)
        .map(|s| s.files.len())
        .map_err(|e| e.to_string())
}

/// Runs the server until the process is stopped. `on_ready` gets the address once it listens.
pub fn serve(root: &Path, out: &Path, port: u16, on_ready: impl FnOnce(&str)) -> std::io::Result<()> {
    let first = rebuild(root, out, &BuildOptions::default());
    if let Err(e) = &first {
        eprintln!("{e}");
    }
    let shared = Arc::new(Shared {
        status: Mutex::new(Status {
            version: 1,
            error: first.err(),
        }),
        changed: Condvar::new(),
    });
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let addr = format!("http://{}/", listener.local_addr()?);
    on_ready(&addr);

    let (root_w, out_w, shared_w) = (root.to_path_buf(), out.to_path_buf(), shared.clone());
    thread::spawn(move || watch(&root_w, &out_w, &shared_w));

    for stream in listener.incoming().flatten() {
        let (out, shared) = (out.to_path_buf(), shared.clone());
        thread::spawn(move || {
            let _ = handle(stream, &out, &shared);
        });
    }
    Ok(())
}

fn watch(root: &Path, out: &Path, shared: &Shared) {
    let mut last = stamps(root);
    loop {
        thread::sleep(Duration::from_millis(200));
        let mut now = stamps(root);
        if now == last {
            continue;
        }
        // Editors save in several steps (truncate, write, rename): let the file settle.
        loop {
            thread::sleep(Duration::from_millis(100));
            let settled = stamps(root);
            if settled == now {
                break;
            }
            now = settled;
        }
        let mut changed: BTreeSet<PathBuf> = now
            .iter()
            .filter(|(p, t)| last.get(*p) != Some(t))
            .map(|(p, _)| p.clone())
            .collect();
        changed.extend(last.keys().filter(|p| !now.contains_key(*p)).cloned());
        last = now;
        let opts = affected(&changed);
        let start = Instant::now();
        let result = rebuild(root, out, &opts);
        let what: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
        let mut status = shared.status.lock().expect("status lock");
        match result {
            Ok(n) => {
                println!(
                    "{} changed: rebuilt {n} files in {:.2} s",
                    what.join(", "),
                    start.elapsed().as_secs_f64()
                );
                status.error = None;
            }
            Err(e) => {
                eprintln!("{} changed: the build failed\n{e}", what.join(", "));
                status.error = Some(e);
            }
        }
        status.version += 1;
        shared.changed.notify_all();
    }
}

const RELOAD_SCRIPT: &str = r#"<script>
(function poll(v) {
  fetch('/__livereload?v=' + v).then(r => r.text()).then(n => {
    if (n !== String(v)) { location.reload(); } else { poll(v); }
  }).catch(() => setTimeout(() => poll(v), 1000));
})(VERSION);
</script>"#;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn respond(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8]) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)
}

fn handle(mut stream: TcpStream, out: &Path, shared: &Shared) -> std::io::Result<()> {
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    // Read the headers to their end: closing with unread input would reset the connection.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));

    if path == "/__livereload" {
        // Long poll: answer when the version moves past the page's, or after 25 s.
        let seen: u64 = query.strip_prefix("v=").and_then(|v| v.parse().ok()).unwrap_or(0);
        let status = shared.status.lock().expect("status lock");
        let (status, _) = shared
            .changed
            .wait_timeout_while(status, Duration::from_secs(25), |s| s.version == seen)
            .expect("status lock");
        let body = status.version.to_string();
        drop(status);
        return respond(&mut stream, "200 OK", "text/plain", body.as_bytes());
    }

    // Only plain names below out/: no `..`, no absolute paths.
    let rel = PathBuf::from(path.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return respond(&mut stream, "400 Bad Request", "text/plain", b"bad path");
    }
    let mut file = out.join(&rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    let Ok(bytes) = fs::read(&file) else {
        return respond(&mut stream, "404 Not Found", "text/plain", b"not found");
    };
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ext != "html" {
        let kind = match ext {
            "pdf" => "application/pdf",
            "css" => "text/css",
            _ => "application/octet-stream",
        };
        return respond(&mut stream, "200 OK", kind, &bytes);
    }
    let (version, error) = {
        let s = shared.status.lock().expect("status lock");
        (s.version, s.error.clone())
    };
    let mut html = String::from_utf8_lossy(&bytes).into_owned();
    let mut inject = RELOAD_SCRIPT.replace("VERSION", &version.to_string());
    if let Some(e) = error {
        inject.push_str(&format!(
            "<pre id=\"build-error\" style=\"position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#fff3f3;color:#900;border-bottom:3px solid #900;z-index:9;white-space:pre-wrap;direction:ltr;text-align:left\">{}</pre>",
            escape(&e)
        ));
    }
    match html.rfind("</body>") {
        Some(i) => html.insert_str(i, &inject),
        None => html.push_str(&inject),
    }
    respond(&mut stream, "200 OK", "text/html; charset=utf-8", html.as_bytes())
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
    fn templates_catalogues_fonts_and_mixed_changes_rebuild_everything() {
        for paths in [
            &["templates/circular.html"][..],
            &["content/catalogue/signatories.yaml"],
            &["fonts/NotoSans-Regular.ttf"],
            &["locales/fr/circular.ftl", "content/T17-TSB-CIR-0053.yaml"],
        ] {
            let o = affected(&set(paths));
            assert!(o.langs.is_empty() && o.circulars.is_empty(), "{paths:?}");
        }
    }
}
