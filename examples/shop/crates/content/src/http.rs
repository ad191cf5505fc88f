use shop_modules_api::{Request, Response, Router};

/// `[provides.http] axum_router = "http::router"`
pub fn router() -> Router {
    Router::new().get("/content/slugify", slugify)
}

/// `GET /content/slugify?title=Hello+World` → `{"slug":"hello-world"}`
fn slugify(req: &Request) -> Response {
    let title = req.query_param("title").unwrap_or("").replace('+', " ");
    let slug = shop_modules_api::json::string(&crate::slugify(&title));
    Response::json(200, format!("{{\"slug\":{slug}}}"))
}
