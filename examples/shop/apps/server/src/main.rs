//! shop-server: the shop platform's HTTP API.
//!
//! Usage: `shop-server [--listen ADDR]` (or env `SHOP_LISTEN`; default 127.0.0.1:8080).
//! Prints `listening on <addr>` once bound, so `--listen 127.0.0.1:0` works for tests.
//!
//! Endpoints: `GET /health`, `GET /modules`, `GET /graphql` (the merged root types), the
//! routes contributed by the compiled-in modules, and with `embed-admin` / `embed-storefront`
//! the embedded admin (`/admin`) and storefront (`/`).

mod http_server;
mod modules;

use std::io::Write;
use std::net::TcpListener;
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};

use shop_modules_api::{Request, Response, Router};

const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
const USAGE: &str =
    "usage: shop-server [--listen ADDR]   (env SHOP_LISTEN; default 127.0.0.1:8080)";

static MODULES_JSON: OnceLock<String> = OnceLock::new();
static GRAPHQL_JSON: OnceLock<String> = OnceLock::new();

fn main() -> ExitCode {
    let listen = match listen_address(std::env::args().skip(1), std::env::var("SHOP_LISTEN").ok()) {
        Ok(Some(addr)) => addr,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("shop-server: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let platform = match modules::Platform::build() {
        Ok(platform) => platform,
        Err(msg) => {
            eprintln!("shop-server: {msg}");
            return ExitCode::FAILURE;
        }
    };
    let router = app_router(&platform);

    let listener = match TcpListener::bind(&listen) {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("shop-server: cannot listen on {listen}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match listener.local_addr() {
        Ok(addr) => println!("listening on {addr}"),
        Err(_) => println!("listening on {listen}"),
    }
    let _ = std::io::stdout().flush();
    http_server::serve(listener, Arc::new(router));
    ExitCode::SUCCESS
}

/// `--listen ADDR` / `--listen=ADDR` beats `SHOP_LISTEN`, which beats the default.
/// `Ok(None)` means `--help`.
fn listen_address(
    mut args: impl Iterator<Item = String>,
    env: Option<String>,
) -> Result<Option<String>, String> {
    let mut listen = env.filter(|v| !v.trim().is_empty());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--listen" => listen = Some(args.next().ok_or("--listen needs an address")?),
            _ => match arg.strip_prefix("--listen=") {
                Some(addr) => listen = Some(addr.to_string()),
                None => return Err(format!("unknown argument '{arg}'")),
            },
        }
    }
    Ok(Some(listen.unwrap_or_else(|| DEFAULT_LISTEN.to_string())))
}

/// Built-in routes plus the module routes. A module cannot shadow a built-in route:
/// `Router::merge` panics on duplicates.
fn app_router(platform: &modules::Platform) -> Router {
    MODULES_JSON.get_or_init(|| platform.modules_json());
    GRAPHQL_JSON.get_or_init(|| platform.graphql.to_json());
    let mut router = Router::new()
        .get("/health", health)
        .get("/modules", modules)
        .get("/graphql", graphql);
    #[cfg(feature = "embed-admin")]
    router.merge(Router::new().get("/admin", admin));
    #[cfg(feature = "embed-storefront")]
    router.merge(Router::new().get("/", storefront));
    router.merge(platform.router.clone());
    router
}

fn health(_: &Request) -> Response {
    Response::json(200, "{\"status\":\"ok\"}")
}

fn modules(_: &Request) -> Response {
    Response::json(200, MODULES_JSON.get().cloned().unwrap_or_default())
}

fn graphql(_: &Request) -> Response {
    Response::json(200, GRAPHQL_JSON.get().cloned().unwrap_or_default())
}

#[cfg(feature = "embed-admin")]
fn admin(_: &Request) -> Response {
    Response::html(200, shop_admin::render_index(&shop_admin::registry()))
}

#[cfg(feature = "embed-storefront")]
fn storefront(_: &Request) -> Response {
    Response::html(
        200,
        shop_storefront::render_index(&shop_storefront::registry()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> std::vec::IntoIter<String> {
        list.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn listen_precedence() {
        assert_eq!(
            listen_address(args(&[]), None).unwrap().unwrap(),
            DEFAULT_LISTEN
        );
        assert_eq!(
            listen_address(args(&[]), Some("0.0.0.0:1".into()))
                .unwrap()
                .unwrap(),
            "0.0.0.0:1"
        );
        let a = listen_address(args(&["--listen", "127.0.0.1:0"]), Some("0.0.0.0:1".into()));
        assert_eq!(a.unwrap().unwrap(), "127.0.0.1:0");
        assert_eq!(
            listen_address(args(&["--listen=[::1]:9"]), None)
                .unwrap()
                .unwrap(),
            "[::1]:9"
        );
        assert!(listen_address(args(&["--listen"]), None).is_err());
        assert!(listen_address(args(&["--port", "1"]), None).is_err());
        assert_eq!(listen_address(args(&["--help"]), None).unwrap(), None);
    }

    #[test]
    fn routes() {
        let platform = modules::Platform::build().unwrap();
        let router = app_router(&platform);
        let health = router.dispatch(&Request::get("/health")).unwrap();
        assert_eq!(
            (health.status, health.body.as_str()),
            (200, "{\"status\":\"ok\"}")
        );
        let modules = router.dispatch(&Request::get("/modules")).unwrap();
        assert!(modules.body.starts_with("{\"manifest_hash\":\"sha256:"));
        assert!(modules.body.contains("{\"slug\":\"content\",\"crate\":\"shop-content\",\"version\":\"0.1.0\",\"required\":true,\"runtime\":\"module\",\"enabled_by_default\":true}"));
        assert!(router.dispatch(&Request::get("/nope")).is_none());
    }
}
