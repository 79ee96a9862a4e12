//! `serve` as an editor uses it, and as a hostile local client tries it: the page is served,
//! a change rebuilds only what it affects, the open page is told to reload, a broken file shows
//! its error in the page while the server keeps running, and an edit made meanwhile is not
//! forgotten. Requests are sent over raw TCP: odd methods, foreign Host headers, oversized and
//! idle requests, paths out of `out/`. Loopback only, every wait bounded.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
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

/// Starts `serve --port 0` in the scratch project (through `sh -c` with `shell_prefix`
/// before it, when given); returns the server and its `127.0.0.1:PORT`.
fn start(s: &Scratch, shell_prefix: Option<&str>) -> (Server, String) {
    let bin = env!("CARGO_BIN_EXE_tsbcirc");
    let mut cmd = match shell_prefix {
        Some(prefix) => {
            let mut c = Command::new("sh");
            c.args(["-c", &format!("{prefix}; exec \"$0\" serve --port 0"), bin]);
            c
        }
        None => {
            let mut c = Command::new(bin);
            c.args(["serve", "--port", "0"]);
            c
        }
    };
    let child = cmd
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
        .unwrap_or_else(|| panic!("serving … at URL: {line:?}"))
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{line}");
    (server, addr)
}

/// Sends `request` as it is and reads the whole answer.
fn raw(addr: &str, request: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(40))).unwrap();
    s.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    answer
}

/// Status code, headers (lower-cased names) and body of an answer.
fn parse(answer: &[u8]) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let end = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no complete head in {:?}", String::from_utf8_lossy(answer)));
    let head = String::from_utf8_lossy(&answer[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let code = lines
        .next()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (code, headers, answer[end + 4..].to_vec())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn request(addr: &str, method: &str, path: &str, host: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    parse(&raw(
        addr,
        format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
    ))
}

fn get(addr: &str, path: &str) -> (u16, String) {
    let (code, _, body) = request(addr, "GET", path, addr);
    (code, String::from_utf8_lossy(&body).into_owned())
}

fn version(page: &str) -> u64 {
    let tail = &page[page.find("})(").expect("the reload script") + 3..];
    tail[..tail.find(')').unwrap()].parse().unwrap()
}

fn mtime(p: &Path) -> SystemTime {
    fs::metadata(p).unwrap().modified().unwrap()
}

/// Waits (long-polls) until the server has rebuilt past `seen`; returns the new version.
fn wait_rebuild(addr: &str, seen: u64) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(60);
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

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from:?} in {}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn serve_rebuilds_what_changed_and_reloads_the_page() {
    let s = Scratch::new();
    let (server, addr) = start(&s, None);
    let mut server = server;

    let (code, page) = get(&addr, "/T17-TSB-CIR-0053/fr/circular.html");
    assert_eq!(code, 200);
    assert!(page.contains("Madame, Monsieur,"));
    assert!(page.contains("/__livereload"), "the served page reloads itself");
    assert_eq!(get(&addr, "/").0, 200);
    // Each language has its index.
    let (code, index) = get(&addr, "/zh/index.html");
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
    edit(
        &ftl,
        "salutation = Madame, Monsieur,",
        "salutation = Mesdames, Messieurs,",
    );
    let v1 = wait_rebuild(&addr, v0);
    let (_, page) = get(&addr, "/T17-TSB-CIR-0053/fr/circular.html");
    assert!(page.contains("Mesdames, Messieurs,"), "the page shows the change");
    assert!(!page.contains("id=\"build-error\""));
    assert_ne!(mtime(&fr), fr_before);
    assert_eq!(mtime(&en), en_before, "English was rebuilt for a French change");

    // A broken Russian message: the error is in the page, and the server goes on.
    let ftl = s.path().join("locales/ru/circular.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    edit(&ftl, "\nclosing = ", "\nclosing = { $oops ");
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

#[test]
fn an_edit_made_while_the_build_fails_is_kept_until_a_build_includes_it() {
    let s = Scratch::new();
    let (_server, addr) = start(&s, None);
    let v0 = version(&get(&addr, "/").1);
    let yaml = s.path().join("content/T17-TSB-CIR-0053.yaml");
    let good = fs::read_to_string(&yaml).unwrap();

    // Break the circular: the build fails.
    edit(&yaml, "study_group: 17", "study_group: [17");
    let v1 = wait_rebuild(&addr, v0);
    assert!(get(&addr, "/").1.contains("id=\"build-error\""));

    // A French change while it is broken: the build still fails.
    let ftl = s.path().join("locales/fr/circular.ftl");
    edit(
        &ftl,
        "salutation = Madame, Monsieur,",
        "salutation = Mesdames, Messieurs,",
    );
    let v2 = wait_rebuild(&addr, v1);
    let (_, page) = get(&addr, "/T17-TSB-CIR-0053/fr/circular.html");
    assert!(page.contains("id=\"build-error\""));
    assert!(
        page.contains("Madame, Monsieur,"),
        "the last good page is served meanwhile"
    );

    // The circular fixed: the rebuild includes the French change made meanwhile, in every
    // circular (the approval notice among them).
    fs::write(&yaml, good).unwrap();
    wait_rebuild(&addr, v2);
    for id in ["T17-TSB-CIR-0053", "T17-TSB-CIR-0081", "T17-TSB-CIR-0085"] {
        let (_, page) = get(&addr, &format!("/{id}/fr/circular.html"));
        assert!(!page.contains("id=\"build-error\""), "{id}");
        assert!(
            page.contains("Mesdames, Messieurs,"),
            "{id}: the French change was forgotten"
        );
    }
}

#[test]
fn an_input_folder_replaced_by_a_new_one_is_watched_again() {
    let s = Scratch::new();
    let (_server, addr) = start(&s, None);
    let v0 = version(&get(&addr, "/").1);
    let page = "/T17-TSB-CIR-0053/en/circular.html";
    assert!(get(&addr, page).1.contains("+41 22 730 6026"));

    // As a checkout or a restored backup does it: the folder goes, a new one takes its name.
    let (content, old, new) = (
        s.path().join("content"),
        s.path().join("content.old"),
        s.path().join("content.new"),
    );
    common::copy_dir(&content, &new);
    edit(&new.join("T17-TSB-CIR-0053.yaml"), "730 6026", "730 6027");
    fs::rename(&content, &old).unwrap();
    fs::rename(&new, &content).unwrap();
    let mut v = wait_rebuild(&addr, v0);
    // The folder's disappearance may be built (and fail) on its own before the new one is seen.
    while !get(&addr, page).1.contains("+41 22 730 6027") {
        v = wait_rebuild(&addr, v);
    }
    assert!(!get(&addr, page).1.contains("id=\"build-error\""));

    // Edits inside the new folder are seen; the old one is nothing to the project.
    edit(&content.join("T17-TSB-CIR-0053.yaml"), "730 6027", "730 6028");
    v = wait_rebuild(&addr, v);
    while !get(&addr, page).1.contains("+41 22 730 6028") {
        v = wait_rebuild(&addr, v);
    }
    fs::remove_dir_all(&old).unwrap();
}

#[test]
fn only_get_and_head_and_head_has_no_body() {
    let s = Scratch::new();
    let (_server, addr) = start(&s, None);
    let path = "/T17-TSB-CIR-0053/en/circular.pdf";
    let (code, headers, body) = request(&addr, "GET", path, &addr);
    assert_eq!(code, 200);
    assert_eq!(header(&headers, "content-type"), Some("application/pdf"));
    assert!(body.starts_with(b"%PDF-"));
    let length = body.len().to_string();
    assert_eq!(header(&headers, "content-length"), Some(length.as_str()));

    let (code, headers, body) = request(&addr, "HEAD", path, &addr);
    assert_eq!(code, 200);
    assert_eq!(
        header(&headers, "content-length"),
        Some(length.as_str()),
        "HEAD tells the GET length"
    );
    assert!(body.is_empty(), "HEAD sent a body of {} bytes", body.len());

    for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "BREW"] {
        let (code, headers, _) = request(&addr, method, path, &addr);
        assert_eq!(code, 405, "{method}");
        assert_eq!(header(&headers, "allow"), Some("GET, HEAD"), "{method}");
    }
    // Not HTTP at all.
    let answer = raw(&addr, b"\x16\x03\x01\x02\x00garbage\r\n\r\n");
    assert!(answer.is_empty() || parse(&answer).0 == 400, "{answer:?}");
}

#[test]
fn only_loopback_host_names_are_answered() {
    let s = Scratch::new();
    let (_server, addr) = start(&s, None);
    let port = addr.rsplit(':').next().unwrap();
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ] {
        assert_eq!(request(&addr, "GET", "/", &host).0, 200, "{host}");
    }
    // A page on another site whose name was made to resolve to 127.0.0.1 (DNS rebinding).
    for host in [
        format!("evil.example:{port}"),
        "evil.example".into(),
        "localhost".into(),
        format!("127.0.0.2:{port}"),
    ] {
        let (code, _, body) = request(&addr, "GET", "/", &host);
        assert_eq!(code, 421, "{host}");
        assert!(!String::from_utf8_lossy(&body).contains("T17-TSB-CIR-0053"), "{host}");
    }
    // An absolute URL naming another host, and no Host at all.
    let answer = raw(
        &addr,
        format!("GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes(),
    );
    assert_eq!(parse(&answer).0, 421);
    assert_eq!(parse(&raw(&addr, b"GET / HTTP/1.0\r\n\r\n")).0, 400);
}

#[cfg(unix)]
#[test]
fn nothing_outside_out_no_dotfile_no_leftover_is_served() {
    let s = Scratch::new();
    let (_server, addr) = start(&s, None);
    let out = s.out();
    std::os::unix::fs::symlink("/etc", out.join("leak")).unwrap();
    std::os::unix::fs::symlink(s.path().join("content"), out.join("content")).unwrap();
    std::os::unix::fs::symlink(out.join("T17-TSB-CIR-0053"), out.join("c53")).unwrap();
    fs::create_dir(out.join(".git")).unwrap();
    fs::write(out.join(".git/config"), "[core]").unwrap();
    fs::write(out.join(".index.html.tmp-4242"), "half").unwrap();
    fs::write(s.path().join("secret.txt"), "secret").unwrap();
    for path in [
        "/leak/passwd",
        "/leak/",
        "/content/T17-TSB-CIR-0053.yaml",
        "/.git/config",
        "/%2Egit/config",
        "/.index.html.tmp-4242",
        "/..%2Fsecret.txt",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/.out.lock",
    ] {
        let (code, body) = get(&addr, path);
        assert!(code == 404 || code == 400, "{path}: {code}");
        assert!(
            !body.contains("root:") && !body.contains("[core]") && !body.contains("secret"),
            "{path}"
        );
    }
    // A link that stays inside out/ is fine.
    assert_eq!(get(&addr, "/c53/en/circular.html").0, 200);
}

#[test]
fn oversized_and_idle_requests_are_cut_off() {
    let s = Scratch::new();
    let (server, addr) = start(&s, None);
    // A 64 MiB request line: refused once the head passes its bound, without reading it all.
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.set_write_timeout(Some(Duration::from_secs(30))).unwrap();
    let chunk = vec![b'a'; 1 << 20];
    let _ = stream.write_all(b"GET /");
    let mut sent = 0;
    for _ in 0..64 {
        if stream.write_all(&chunk).is_err() {
            break;
        }
        sent += 1;
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    assert!(sent < 64, "the server read a 64 MiB request line");
    if !answer.is_empty() {
        let code = parse(&answer).0;
        assert!((400..500).contains(&code), "{code}");
    }
    let status = fs::read_to_string(format!("/proc/{}/status", server.0.id())).unwrap();
    let peak_kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap();
    assert!(peak_kib < 400 * 1024, "the server grew to {peak_kib} KiB");

    // Idle connections (sending nothing, or half a head) are closed after the read timeout,
    // and ordinary requests are answered meanwhile or right after.
    let idle: Vec<TcpStream> = (0..200)
        .map(|i| {
            let mut c = TcpStream::connect(&addr).unwrap();
            if i % 2 == 0 {
                c.write_all(b"GET / HTTP/1.1\r\nHost: ").unwrap();
            }
            c
        })
        .collect();
    let start = Instant::now();
    assert_eq!(get(&addr, "/").0, 200);
    assert!(start.elapsed() < Duration::from_secs(30));
    std::thread::sleep(Duration::from_secs(6));
    for mut c in idle.into_iter().take(20) {
        c.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let mut buf = [0; 256];
        // Closed by the server: end of stream (a 408 first, possibly) or a reset.
        let closed = loop {
            match c.read(&mut buf) {
                Ok(0) => break true,
                Ok(_) => continue,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut => {
                    break false;
                }
                Err(_) => break true,
            }
        };
        assert!(closed, "an idle connection was kept open");
    }
    assert_eq!(get(&addr, "/").0, 200);
}

/// CPU time (user + system) of a process so far, in clock ticks.
#[cfg(target_os = "linux")]
fn cpu_ticks(pid: u32) -> u64 {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn out_of_file_descriptors_the_server_waits_instead_of_spinning() {
    let s = Scratch::new();
    let (server, addr) = start(&s, Some("ulimit -n 48"));
    // More connections than descriptors left: accepting fails until some close.
    let held: Vec<TcpStream> = (0..80).map(|_| TcpStream::connect(&addr).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(500));
    let before = cpu_ticks(server.0.id());
    std::thread::sleep(Duration::from_secs(3));
    let used = cpu_ticks(server.0.id()) - before;
    // Spinning would take most of the 300 ticks; waiting takes almost none.
    assert!(
        used < 30,
        "the server used {used} ticks of CPU in 3 s while out of descriptors"
    );
    drop(held);
    let deadline = Instant::now() + Duration::from_secs(30);
    while get(&addr, "/").0 != 200 {
        assert!(Instant::now() < deadline, "the server did not recover");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn an_output_folder_inside_a_watched_one_or_holding_the_project_is_refused() {
    let s = Scratch::new();
    for (out, says) in [
        ("content/site", "is inside content/"),
        ("templates", "is inside templates/"),
        (".", "holds the project itself"),
    ] {
        let o = s.run(&["serve", "--port", "0", "--out", out]);
        assert_eq!(o.status.code(), Some(1), "{out}");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.contains(says), "{out}: {stderr}");
        let o = s.run(&["build", "--out", out]);
        assert_eq!(o.status.code(), Some(1), "{out}");
        assert!(String::from_utf8_lossy(&o.stderr).contains(says), "{out}");
    }
    assert!(!s.path().join("content/site").exists());
    assert!(!s.path().join("index.html").exists());
}

#[test]
fn a_busy_port_fails_before_anything_is_built() {
    let s = Scratch::new();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let o = s.run(&["serve", "--port", &port]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(!s.out().exists(), "out/ was built before the port was found taken");
}
