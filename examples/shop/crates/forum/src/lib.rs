//! Forum: discussion topics stored as content nodes.

use shop_content::Node;
use shop_modules_api::Module;

pub mod http;

/// Entry type (`[crate] entry_type = "ForumModule"`).
#[derive(Debug, Default, Clone, Copy)]
pub struct ForumModule;

impl Module for ForumModule {
    fn slug(&self) -> &'static str {
        "forum"
    }

    fn name(&self) -> &'static str {
        "Forum"
    }

    fn version(&self) -> &'static str {
        env!("CARGO_PKG_VERSION")
    }
}

/// Demo topics (a real module would read them from storage).
pub const TOPICS: &[Node] = &[
    Node {
        kind: "forum_topic",
        title: "Shipping to the moon?",
        body: "Asking for a friend.",
    },
    Node {
        kind: "forum_topic",
        title: "Show your setups",
        body: "Post pictures.",
    },
];
