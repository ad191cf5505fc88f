//! The admin app: navigation and pages from the modules' admin UI crates, registered by
//! `generated.rs` (written by modules-rebuild from modules.toml; see GENERATED.md).
//! Used by the `shop-admin` binary (static bundle) and by shop-server's `embed-admin`.

#[rustfmt::skip]
mod generated;

use shop_modules_api::AdminRegistry;
use shop_modules_api::json::{html_escape, string};

pub use generated::MANIFEST_HASH;

/// The registrations of every compiled-in module admin UI.
pub fn registry() -> AdminRegistry {
    let mut registry = AdminRegistry::new();
    generated::register(&mut registry);
    registry
}

/// `index.html`: the navigation plus one section per module page.
pub fn render_index(registry: &AdminRegistry) -> String {
    let mut nav = String::new();
    let mut pages = String::new();
    for e in registry.entries() {
        let seg = html_escape(e.route_segment);
        nav.push_str(&format!(
            "<li><a href=\"#/{seg}\">{}</a>",
            html_escape(e.nav_label)
        ));
        if !e.child_pages.is_empty() {
            nav.push_str("<ul>");
            for c in e.child_pages {
                nav.push_str(&format!(
                    "<li><a href=\"#/{seg}/{}\" title=\"{}\">{}</a></li>",
                    html_escape(c.subpath),
                    html_escape(c.title),
                    html_escape(c.nav_label)
                ));
            }
            nav.push_str("</ul>");
        }
        nav.push_str("</li>\n");
        pages.push_str(&format!(
            "<section id=\"{seg}\" data-module=\"{}\">{}</section>\n",
            html_escape(e.slug),
            e.component.render()
        ));
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Shop admin</title>\
         <meta name=\"manifest-hash\" content=\"{MANIFEST_HASH}\"></head>\n<body>\n\
         <nav><ul>\n{nav}</ul></nav>\n<main>\n{pages}</main>\n</body>\n</html>\n"
    )
}

/// `modules.json`: `{"manifest_hash":..,"admin":[{"slug","route_segment","nav_label","child_pages":[..]}]}`
pub fn render_modules_json(registry: &AdminRegistry) -> String {
    let entries: Vec<String> = registry
        .entries()
        .iter()
        .map(|e| {
            let children: Vec<String> = e
                .child_pages
                .iter()
                .map(|c| {
                    format!(
                        "{{\"subpath\":{},\"title\":{},\"nav_label\":{}}}",
                        string(c.subpath),
                        string(c.title),
                        string(c.nav_label)
                    )
                })
                .collect();
            format!(
                "{{\"slug\":{},\"route_segment\":{},\"nav_label\":{},\"child_pages\":[{}]}}",
                string(e.slug),
                string(e.route_segment),
                string(e.nav_label),
                children.join(",")
            )
        })
        .collect();
    format!(
        "{{\"manifest_hash\":{},\"admin\":[{}]}}\n",
        string(MANIFEST_HASH),
        entries.join(",")
    )
}

/// The static bundle: `(relative path, contents)`.
pub fn bundle() -> Vec<(&'static str, String)> {
    let registry = registry();
    vec![
        ("index.html", render_index(&registry)),
        ("modules.json", render_modules_json(&registry)),
    ]
}

#[cfg(all(test, feature = "mod-blog"))]
mod tests {
    #[test]
    fn blog_is_in_the_navigation() {
        let html = super::render_index(&super::registry());
        assert!(html.contains("<a href=\"#/blog\">Blog</a>"));
        assert!(html.contains("<a href=\"#/blog/new\" title=\"New Post\">Write</a>"));
        assert!(html.contains("<section id=\"blog\" data-module=\"blog\"><h2>Blog</h2>"));
        assert!(
            super::render_modules_json(&super::registry()).contains("\"route_segment\":\"blog\"")
        );
    }
}
