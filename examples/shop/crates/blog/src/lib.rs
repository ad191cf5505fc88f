//! Blog: posts stored as content nodes, each with a comment thread.

use shop_content::Node;
use shop_modules_api::Module;

pub mod graphql;
pub mod http;

/// Entry type (`[crate] entry_type = "BlogModule"`).
#[derive(Debug, Default, Clone, Copy)]
pub struct BlogModule;

impl Module for BlogModule {
    fn slug(&self) -> &'static str {
        "blog"
    }

    fn name(&self) -> &'static str {
        "Blog"
    }

    fn version(&self) -> &'static str {
        env!("CARGO_PKG_VERSION")
    }
}

/// Demo posts (a real module would read them from storage).
pub const POSTS: &[Node] = &[
    Node {
        kind: "blog_post",
        title: "Hello, Shop!",
        body: "The shop is open.",
    },
    Node {
        kind: "blog_post",
        title: "Modules all the way down",
        body: "Every feature is a module.",
    },
];

/// `{"slug":..,"title":..,"comment_thread":..}` for every post.
pub fn posts_json() -> String {
    use shop_modules_api::json::string;
    let items: Vec<String> = POSTS
        .iter()
        .map(|p| {
            let slug = p.slug();
            format!(
                "{{\"slug\":{},\"title\":{},\"comment_thread\":{}}}",
                string(&slug),
                string(p.title),
                string(&shop_comments::thread_id("blog", &slug))
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}
