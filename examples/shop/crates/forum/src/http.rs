use shop_modules_api::{Request, Response, Router};

/// `[provides.http] axum_router = "http::router"`
pub fn router() -> Router {
    Router::new().get("/forum/topics", topics)
}

/// `GET /forum/topics` → the topics as content nodes.
fn topics(_: &Request) -> Response {
    Response::json(200, shop_content::nodes_json(crate::TOPICS))
}
