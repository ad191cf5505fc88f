use shop_modules_api::QueryRoot;

/// `[provides.graphql] query = "graphql::ContentQuery"`
#[derive(Debug, Default, Clone, Copy)]
pub struct ContentQuery;

impl QueryRoot for ContentQuery {
    fn name(&self) -> &'static str {
        "ContentQuery"
    }

    fn fields(&self) -> &'static [&'static str] {
        &["node", "nodes"]
    }
}
