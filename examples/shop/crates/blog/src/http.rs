use shop_modules_api::{Request, Response, Router};

/// `[provides.http] axum_router = "http::router"`
pub fn router() -> Router {
    Router::new().get("/blog", index).get("/blog/posts", posts)
}

/// `GET /blog` → module summary.
fn index(_: &Request) -> Response {
    Response::json(
        200,
        format!("{{\"module\":\"blog\",\"posts\":{}}}", crate::POSTS.len()),
    )
}

/// `GET /blog/posts` → the posts.
fn posts(_: &Request) -> Response {
    Response::json(200, crate::posts_json())
}
