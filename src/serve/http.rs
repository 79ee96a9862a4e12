//! The HTTP side of `serve`: hyper (HTTP/1.1) on a single-threaded tokio runtime.
//!
//! A preview server on the editor's own machine, hardened against what other local programs
//! and web pages can send it: requests are answered only for the loopback names (a page
//! elsewhere cannot reach it through DNS rebinding), only GET and HEAD, request heads of at
//! most 16 KiB read within 5 s, at most 128 connections at a time, each closed after one
//! answer or 60 s, and files only from inside `out/`: no symbolic link out of it, no dotfile.

use std::convert::Infallible;
use std::fs;
use std::net::TcpListener;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{self, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Semaphore, watch};

use super::Status;

/// Connections served at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 128;
/// A request's line and headers: enough for any browser, and a bound for anything else.
const MAX_HEAD: usize = 16 * 1024;
/// Time to send the request head.
const READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Time for a whole connection: longer than the live-reload long poll.
const CONNECTION_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a live-reload request waits for a rebuild.
const LONG_POLL: Duration = Duration::from_secs(25);

const RELOAD_SCRIPT: &str = r#"<script>
(function poll(v) {
  fetch('/__livereload?v=' + v).then(r => r.text()).then(n => {
    if (n !== String(v)) { location.reload(); } else { poll(v); }
  }).catch(() => setTimeout(() => poll(v), 1000));
})(VERSION);
</script>"#;

struct Site {
    out: PathBuf,
    port: u16,
    status: watch::Receiver<Status>,
}

/// Serves until the process stops.
pub(super) fn run(
    listener: TcpListener,
    out: PathBuf,
    port: u16,
    status: watch::Receiver<Status>,
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    let site = Arc::new(Site { out, port, status });
    runtime.block_on(accept_loop(listener, site))
}

async fn accept_loop(listener: TcpListener, site: Arc<Site>) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut pause = Duration::ZERO;
    loop {
        let slot = slots
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let stream = match listener.accept().await {
            Ok((stream, _)) => {
                pause = Duration::ZERO;
                stream
            }
            Err(e) => {
                // Out of file descriptors, say: retrying at once would spin at full speed.
                // Wait, longer each time, until connections close.
                if pause.is_zero() {
                    eprintln!("warning: cannot accept a connection: {e}; retrying");
                }
                pause = (pause * 2).clamp(Duration::from_millis(50), Duration::from_secs(1));
                tokio::time::sleep(pause).await;
                continue;
            }
        };
        let site = site.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let service = service_fn(move |req| {
                let site = site.clone();
                async move { Ok::<_, Infallible>(site.respond(req).await) }
            });
            let conn = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(READ_TIMEOUT)
                .max_buf_size(MAX_HEAD)
                .keep_alive(false)
                .serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(CONNECTION_TIMEOUT, conn).await;
        });
    }
}

fn text(status: StatusCode, body: &str) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body.to_string())));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "pdf" => "application/pdf",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Where a request's path leads.
enum Lookup {
    File(PathBuf),
    Missing,
    BadPath,
}

/// `%41` → `A`; `None` when an escape is malformed or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl Site {
    fn host_allowed(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        ["127.0.0.1", "localhost", "[::1]"]
            .iter()
            .any(|name| host == format!("{name}:{}", self.port) || (self.port == 80 && host == *name))
    }

    /// The file under `out/` that `path` names. Every part is a plain name, none hidden; the
    /// file, symbolic links resolved, must still be inside `out/` (also resolved: `out/` may
    /// itself be a link) and hidden nowhere on the way.
    fn find(&self, path: &str) -> Lookup {
        let Ok(base) = fs::canonicalize(&self.out) else {
            return Lookup::Missing;
        };
        let mut file = base.clone();
        for raw in path.split('/').filter(|p| !p.is_empty()) {
            let Some(part) = percent_decode(raw) else {
                return Lookup::BadPath;
            };
            if part == "." || part == ".." || part.contains(['/', '\\', '\0']) {
                return Lookup::BadPath;
            }
            if part.starts_with('.') {
                return Lookup::Missing;
            }
            file.push(part);
        }
        let resolve = |p: &Path| {
            let real = fs::canonicalize(p).ok()?;
            let rel = real.strip_prefix(&base).ok()?;
            let hidden = rel
                .components()
                .any(|c| !matches!(c, Component::Normal(n) if !n.to_string_lossy().starts_with('.')));
            (!hidden).then_some(real)
        };
        let Some(mut real) = resolve(&file) else {
            return Lookup::Missing;
        };
        if real.is_dir() {
            match resolve(&real.join("index.html")) {
                Some(index) => real = index,
                None => return Lookup::Missing,
            }
        }
        if real.is_file() {
            Lookup::File(real)
        } else {
            Lookup::Missing
        }
    }

    /// The reload script, and the last build's problems on top of the page if it failed.
    fn inject(&self) -> String {
        let status = self.status.borrow().clone();
        let mut inject = RELOAD_SCRIPT.replace("VERSION", &status.version.to_string());
        if let Some(e) = status.error {
            inject.push_str(&format!(
                "<pre id=\"build-error\" style=\"position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#fff3f3;color:#900;border-bottom:3px solid #900;z-index:9;white-space:pre-wrap;direction:ltr;text-align:left\">{}</pre>",
                escape(&e)
            ));
        }
        inject
    }

    async fn respond(&self, req: Request<Incoming>) -> Response<Full<Bytes>> {
        // Only the loopback names: a page from elsewhere whose name was made to resolve to
        // 127.0.0.1 (DNS rebinding) gets nothing.
        let Some(host) = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()) else {
            return text(StatusCode::BAD_REQUEST, "a Host header is required\n");
        };
        let authority_ok = req.uri().authority().is_none_or(|a| self.host_allowed(a.as_str()));
        if !self.host_allowed(host) || !authority_ok {
            return text(
                StatusCode::MISDIRECTED_REQUEST,
                &format!(
                    "this server answers only http://127.0.0.1:{}/ and http://localhost:{}/\n",
                    self.port, self.port
                ),
            );
        }
        let head = match *req.method() {
            Method::GET => false,
            Method::HEAD => true,
            _ => {
                let mut r = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
                r.headers_mut()
                    .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
                return r;
            }
        };
        let mut response = self.get(req.uri().path(), req.uri().query().unwrap_or("")).await;
        let h = response.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
        if head {
            // The headers of the GET answer, its length included, and no body.
            use hyper::body::Body as _;
            let len = response.body().size_hint().exact().unwrap_or(0);
            response
                .headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
            *response.body_mut() = Full::new(Bytes::new());
        }
        response
    }

    async fn get(&self, path: &str, query: &str) -> Response<Full<Bytes>> {
        if path == "/__livereload" {
            // Long poll: answer when the version moves past the page's, or after a while.
            let seen: u64 = query.strip_prefix("v=").and_then(|v| v.parse().ok()).unwrap_or(0);
            let mut status = self.status.clone();
            let _ = tokio::time::timeout(LONG_POLL, status.wait_for(|s| s.version != seen)).await;
            let version = status.borrow().version;
            return text(StatusCode::OK, &version.to_string());
        }
        let file = match self.find(path) {
            Lookup::File(f) => f,
            Lookup::BadPath => return text(StatusCode::BAD_REQUEST, "bad path\n"),
            Lookup::Missing => {
                // While a build is failing, a missing page shows why (the first build may
                // have failed), and reloads once fixed.
                let mut r = Response::new(Full::new(Bytes::from(format!(
                    "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><body><p>Not found.</p>{}</body></html>",
                    self.inject()
                ))));
                *r.status_mut() = StatusCode::NOT_FOUND;
                r.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                );
                return r;
            }
        };
        let read = {
            let file = file.clone();
            tokio::task::spawn_blocking(move || fs::read(file)).await
        };
        let Ok(Ok(bytes)) = read else {
            return text(StatusCode::NOT_FOUND, "not found\n");
        };
        let kind = content_type(&file);
        let body = if kind.starts_with("text/html") {
            let mut html = String::from_utf8_lossy(&bytes).into_owned();
            let inject = self.inject();
            match html.rfind("</body>") {
                Some(i) => html.insert_str(i, &inject),
                None => html.push_str(&inject),
            }
            Bytes::from(html)
        } else {
            Bytes::from(bytes)
        };
        let mut r = Response::new(Full::new(body));
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(out: &Path) -> Site {
        let (_tx, status) = watch::channel(Status {
            version: 1,
            error: None,
        });
        Site {
            out: out.to_path_buf(),
            port: 8053,
            status,
        }
    }

    #[test]
    fn only_loopback_names_with_the_port() {
        let s = site(Path::new("/nonexistent"));
        for ok in ["127.0.0.1:8053", "localhost:8053", "LOCALHOST:8053", "[::1]:8053"] {
            assert!(s.host_allowed(ok), "{ok}");
        }
        for bad in [
            "127.0.0.1",
            "localhost",
            "evil.example:8053",
            "127.0.0.1:80",
            "localhost.evil:8053",
            "",
        ] {
            assert!(!s.host_allowed(bad), "{bad}");
        }
    }

    #[test]
    fn paths_stay_inside_out_and_skip_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir_all(out.join("a")).unwrap();
        fs::write(out.join("index.html"), "i").unwrap();
        fs::write(out.join("a/b c.pdf"), "b").unwrap();
        fs::write(out.join(".a.tmp-12"), "t").unwrap();
        fs::create_dir(out.join(".git")).unwrap();
        fs::write(out.join(".git/config"), "g").unwrap();
        fs::write(dir.path().join("secret"), "s").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path(), out.join("leak")).unwrap();
            std::os::unix::fs::symlink(out.join(".git"), out.join("git")).unwrap();
            std::os::unix::fs::symlink(out.join("a"), out.join("inside")).unwrap();
        }
        let s = site(&out);
        let file = |p: &str| match s.find(p) {
            Lookup::File(f) => fs::read_to_string(f).unwrap(),
            Lookup::Missing => "404".into(),
            Lookup::BadPath => "400".into(),
        };
        assert_eq!(file("/"), "i");
        assert_eq!(file("/a/b%20c.pdf"), "b");
        assert_eq!(file("/.a.tmp-12"), "404");
        assert_eq!(file("/.git/config"), "404");
        assert_eq!(file("/%2egit/config"), "404");
        assert_eq!(file("/../secret"), "400");
        assert_eq!(file("/a/%2e%2e/%2e%2e/secret"), "400");
        assert_eq!(file("/a%2f..%2f..%2fsecret"), "400");
        assert_eq!(file("/%zz"), "400");
        #[cfg(unix)]
        {
            assert_eq!(file("/leak/secret"), "404");
            assert_eq!(file("/git/config"), "404");
            assert_eq!(file("/inside/b%20c.pdf"), "b");
        }
    }
}
