//! Content: the core module every content-bearing module builds on.

use shop_modules_api::Module;

pub mod graphql;
pub mod http;

/// Entry type (`[crate] entry_type = "ContentModule"`).
#[derive(Debug, Default, Clone, Copy)]
pub struct ContentModule;

impl Module for ContentModule {
    fn slug(&self) -> &'static str {
        "content"
    }

    fn name(&self) -> &'static str {
        "Content"
    }

    fn version(&self) -> &'static str {
        env!("CARGO_PKG_VERSION")
    }
}

/// A piece of content owned by another module (a blog post, a forum topic, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    pub kind: &'static str,
    pub title: &'static str,
    pub body: &'static str,
}

impl Node {
    pub fn slug(&self) -> String {
        slugify(self.title)
    }

    /// `{"kind":..,"slug":..,"title":..,"body":..}`
    pub fn to_json(&self) -> String {
        use shop_modules_api::json::string;
        format!(
            "{{\"kind\":{},\"slug\":{},\"title\":{},\"body\":{}}}",
            string(self.kind),
            string(&self.slug()),
            string(self.title),
            string(self.body)
        )
    }
}

/// `"Hello, World!"` → `"hello-world"`.
pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// JSON array of nodes.
pub fn nodes_json(nodes: &[Node]) -> String {
    let items: Vec<String> = nodes.iter().map(Node::to_json).collect();
    format!("[{}]", items.join(","))
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugify() {
        assert_eq!(super::slugify("Hello, World!"), "hello-world");
        assert_eq!(super::slugify("  Rust 2024 "), "rust-2024");
    }
}
