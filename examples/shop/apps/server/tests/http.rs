//! Starts the real binary on 127.0.0.1:0 and talks HTTP to it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_shop-server"))
        .args(["--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn shop-server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .expect("listening line")
        .to_string();
    Server { child, addr }
}

fn get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, body.to_string())
}

#[test]
fn serves_health_modules_and_module_routes() {
    let server = start();
    assert_eq!(
        get(&server.addr, "/health"),
        (200, "{\"status\":\"ok\"}".to_string())
    );

    let (status, body) = get(&server.addr, "/modules");
    assert_eq!(status, 200);
    assert!(body.starts_with("{\"manifest_hash\":\"sha256:"), "{body}");
    assert!(body.contains("\"slug\":\"content\""), "{body}");

    assert_eq!(
        get(&server.addr, "/content/slugify?title=Hi+there").1,
        "{\"slug\":\"hi-there\"}"
    );
    assert_eq!(get(&server.addr, "/nope").0, 404);
    if cfg!(feature = "mod-blog") {
        assert_eq!(get(&server.addr, "/blog").0, 200);
    } else {
        assert_eq!(get(&server.addr, "/blog").0, 404);
    }
}
