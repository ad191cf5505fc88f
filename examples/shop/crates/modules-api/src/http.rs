//! Stand-in for the axum routers RusToK merges (`[provides.http] axum_router`):
//! a table of exact-path routes with plain function handlers.

/// A parsed HTTP request.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub method: String,
    /// Path without the query string, e.g. `/blog/posts`.
    pub path: String,
    /// Raw query string without `?` (may be empty).
    pub query: String,
    /// Header names are lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn get(path: &str) -> Self {
        Request {
            method: "GET".into(),
            path: path.into(),
            ..Request::default()
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Value of `key` in the query string (no percent-decoding).
    pub fn query_param(&self, key: &str) -> Option<&str> {
        self.query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }
}

/// An HTTP response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

impl Response {
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Response {
            status,
            content_type: "application/json",
            body: body.into(),
        }
    }

    pub fn html(status: u16, body: impl Into<String>) -> Self {
        Response {
            status,
            content_type: "text/html; charset=utf-8",
            body: body.into(),
        }
    }

    pub fn text(status: u16, body: impl Into<String>) -> Self {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.into(),
        }
    }

    pub fn not_found() -> Self {
        Response::json(404, "{\"error\":\"not found\"}")
    }

    pub fn method_not_allowed() -> Self {
        Response::json(405, "{\"error\":\"method not allowed\"}")
    }
}

/// A request handler.
pub type Handler = fn(&Request) -> Response;

/// One route: method + exact path.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub handler: Handler,
}

/// A route table. Modules return one from their `[provides.http] axum_router` function;
/// the server merges them.
#[derive(Debug, Clone, Default)]
pub struct Router {
    routes: Vec<Route>,
}

impl Router {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a route. Panics if `method path` is already routed.
    pub fn route(mut self, method: &'static str, path: &'static str, handler: Handler) -> Self {
        self.add(Route {
            method,
            path,
            handler,
        });
        self
    }

    pub fn get(self, path: &'static str, handler: Handler) -> Self {
        self.route("GET", path, handler)
    }

    pub fn post(self, path: &'static str, handler: Handler) -> Self {
        self.route("POST", path, handler)
    }

    fn add(&mut self, route: Route) {
        if self
            .routes
            .iter()
            .any(|r| r.method == route.method && r.path == route.path)
        {
            panic!("route {} {} is defined twice", route.method, route.path);
        }
        self.routes.push(route);
    }

    /// Merges `other` into `self`. Panics on a route both define.
    pub fn merge(&mut self, other: Router) {
        for route in other.routes {
            self.add(route);
        }
    }

    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// Runs the matching handler: `None` if no route has this path,
    /// a 405 response if the path exists with other methods.
    pub fn dispatch(&self, req: &Request) -> Option<Response> {
        let mut path_seen = false;
        for route in &self.routes {
            if route.path == req.path {
                if route.method == req.method {
                    return Some((route.handler)(req));
                }
                path_seen = true;
            }
        }
        path_seen.then(Response::method_not_allowed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(_: &Request) -> Response {
        Response::text(200, "ok")
    }

    #[test]
    fn dispatches_and_merges() {
        let mut r = Router::new().get("/a", ok);
        r.merge(Router::new().post("/a", ok).get("/b", ok));
        assert_eq!(r.dispatch(&Request::get("/b")).unwrap().status, 200);
        assert!(r.dispatch(&Request::get("/c")).is_none());
        let mut del = Request::get("/a");
        del.method = "DELETE".into();
        assert_eq!(r.dispatch(&del).unwrap().status, 405);
    }

    #[test]
    #[should_panic(expected = "defined twice")]
    fn rejects_duplicate_routes() {
        let mut r = Router::new().get("/a", ok);
        r.merge(Router::new().get("/a", ok));
    }

    #[test]
    fn query_params() {
        let mut req = Request::get("/s");
        req.query = "q=rust&page=2".into();
        assert_eq!(req.query_param("page"), Some("2"));
        assert_eq!(req.query_param("x"), None);
    }
}
