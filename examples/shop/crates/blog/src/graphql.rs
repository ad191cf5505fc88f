use shop_modules_api::{MutationRoot, QueryRoot};

/// `[provides.graphql] query = "graphql::BlogQuery"`
#[derive(Debug, Default, Clone, Copy)]
pub struct BlogQuery;

impl QueryRoot for BlogQuery {
    fn name(&self) -> &'static str {
        "BlogQuery"
    }

    fn fields(&self) -> &'static [&'static str] {
        &["blogPost", "blogPosts"]
    }
}

/// `[provides.graphql] mutation = "graphql::BlogMutation"`
#[derive(Debug, Default, Clone, Copy)]
pub struct BlogMutation;

impl MutationRoot for BlogMutation {
    fn name(&self) -> &'static str {
        "BlogMutation"
    }

    fn fields(&self) -> &'static [&'static str] {
        &["createBlogPost", "publishBlogPost"]
    }
}
