//! Comments: a capability other modules (blog) attach to their content.
//! Provides no GraphQL, HTTP or UI of its own.

use shop_modules_api::Module;

/// Entry type (`[crate] entry_type = "CommentsModule"`).
#[derive(Debug, Default, Clone, Copy)]
pub struct CommentsModule;

impl Module for CommentsModule {
    fn slug(&self) -> &'static str {
        "comments"
    }

    fn name(&self) -> &'static str {
        "Comments"
    }

    fn version(&self) -> &'static str {
        env!("CARGO_PKG_VERSION")
    }
}

/// Identifier of the comment thread attached to `owner`'s item `item_slug`.
pub fn thread_id(owner: &str, item_slug: &str) -> String {
    format!("{owner}:{item_slug}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn thread_id() {
        assert_eq!(super::thread_id("blog", "hello"), "blog:hello");
    }
}
