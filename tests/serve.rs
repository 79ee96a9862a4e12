//! `serve` as an editor uses it: the page is served, a change rebuilds only what it affects,
//! the open page is told to reload, and a broken file shows its error in the page while the
//! server keeps running. Loopback only, every wait bounded.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use common::Scratch;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(40))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let code = text.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (code, body)
}

fn version(page: &str) -> u64 {
    let tail = &page[page.find("})(").expect("the reload script") + 3..];
    tail[..tail.find(')').unwrap()].parse().unwrap()
}

fn mtime(p: &std::path::Path) -> SystemTime {
    fs::metadata(p).unwrap().modified().unwrap()
}

/// Waits (long-polls) until the server has rebuilt past `seen`; returns the new version.
fn wait_rebuild(addr: &str, seen: u64) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (code, body) = get(addr, &format!("/__livereload?v={seen}"));
        assert_eq!(code, 200);
        let v: u64 = body.trim().parse().unwrap();
        if v != seen {
            return v;
        }
        assert!(Instant::now() < deadline, "no rebuild past version {seen} within 60 s");
    }
}

#[test]
fn serve_rebuilds_what_changed_and_reloads_the_page() {
    let s = Scratch::new();
    let child = Command::new(env!("CARGO_BIN_EXE_tsbcirc"))
        .args(["serve", "--port", "0"])
        .current_dir(s.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut server = Server(child);
    let mut line = String::new();
    BufReader::new(server.0.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split(" at ")
        .nth(1)
        .expect("serving … at URL")
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{line}");

    let (code, page) = get(&addr, "/T17-TSB-CIR-0053/fr/circular.html");
    assert_eq!(code, 200);
    assert!(page.contains("Madame, Monsieur,"));
    assert!(page.contains("/__livereload"), "the served page reloads itself");
    let (code, index) = get(&addr, "/");
    assert_eq!(code, 200);
    assert!(index.contains("T17-TSB-CIR-0053/zh/circular.html"));
    assert_eq!(get(&addr, "/../Cargo.toml").0, 400);
    assert_eq!(get(&addr, "/nothing.html").0, 404);
    // The files on disk carry no reload script.
    let fr = s.out().join("T17-TSB-CIR-0053/fr/circular.html");
    assert!(!fs::read_to_string(&fr).unwrap().contains("__livereload"));

    // A French change rebuilds French only.
    let en = s.out().join("T17-TSB-CIR-0053/en/circular.html");
    let (en_before, fr_before) = (mtime(&en), mtime(&fr));
    let v0 = version(&page);
    let ftl = s.path().join("locales/fr/circular.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    fs::write(
        &ftl,
        text.replace("salutation = Madame, Monsieur,", "salutation = Mesdames, Messieurs,"),
    )
    .unwrap();
    let v1 = wait_rebuild(&addr, v0);
    let (_, page) = get(&addr, "/T17-TSB-CIR-0053/fr/circular.html");
    assert!(page.contains("Mesdames, Messieurs,"), "the page shows the change");
    assert!(!page.contains("id=\"build-error\""));
    assert_ne!(mtime(&fr), fr_before);
    assert_eq!(mtime(&en), en_before, "English was rebuilt for a French change");

    // A broken Russian message: the error is in the page, and the server goes on.
    let ftl = s.path().join("locales/ru/circular.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    assert!(text.contains("\nclosing = "));
    fs::write(&ftl, text.replacen("\nclosing = ", "\nclosing = { $oops ", 1)).unwrap();
    let v2 = wait_rebuild(&addr, v1);
    let (code, page) = get(&addr, "/T17-TSB-CIR-0053/ru/circular.html");
    assert_eq!(code, 200);
    assert!(page.contains("id=\"build-error\""), "no error shown in the page");
    assert!(page.contains("locales/ru/circular.ftl"), "the error names the file");

    // Fixed again: the error goes away.
    fs::write(&ftl, text).unwrap();
    wait_rebuild(&addr, v2);
    let (_, page) = get(&addr, "/T17-TSB-CIR-0053/ru/circular.html");
    assert!(!page.contains("id=\"build-error\""));
    assert!(server.0.try_wait().unwrap().is_none(), "the server stopped");
}
