//! shop-storefront: writes the static storefront bundle.
//!
//! Usage: `shop-storefront [--out DIR]` (default `dist/storefront`).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out = PathBuf::from("dist/storefront");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => match args.next() {
                Some(dir) => out = PathBuf::from(dir),
                None => return usage("--out needs a directory"),
            },
            "-h" | "--help" => {
                println!("usage: shop-storefront [--out DIR]   (default dist/storefront)");
                return ExitCode::SUCCESS;
            }
            _ => match arg.strip_prefix("--out=") {
                Some(dir) => out = PathBuf::from(dir),
                None => return usage(&format!("unknown argument '{arg}'")),
            },
        }
    }
    let files = shop_storefront::bundle();
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("shop-storefront: cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, contents) in &files {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, contents) {
            eprintln!("shop-storefront: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("wrote {} files to {}", files.len(), out.display());
    ExitCode::SUCCESS
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("shop-storefront: {msg}\nusage: shop-storefront [--out DIR]");
    ExitCode::from(2)
}
