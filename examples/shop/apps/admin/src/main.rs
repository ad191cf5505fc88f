//! shop-admin: writes the static admin bundle.
//!
//! Usage: `shop-admin [--out DIR]` (default `dist/admin`).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out = PathBuf::from("dist/admin");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => match args.next() {
                Some(dir) => out = PathBuf::from(dir),
                None => return usage("--out needs a directory"),
            },
            "-h" | "--help" => {
                println!("usage: shop-admin [--out DIR]   (default dist/admin)");
                return ExitCode::SUCCESS;
            }
            _ => match arg.strip_prefix("--out=") {
                Some(dir) => out = PathBuf::from(dir),
                None => return usage(&format!("unknown argument '{arg}'")),
            },
        }
    }
    let files = shop_admin::bundle();
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("shop-admin: cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, contents) in &files {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, contents) {
            eprintln!("shop-admin: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("wrote {} files to {}", files.len(), out.display());
    ExitCode::SUCCESS
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("shop-admin: {msg}\nusage: shop-admin [--out DIR]");
    ExitCode::from(2)
}
