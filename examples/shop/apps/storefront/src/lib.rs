//! The storefront app: module components rendered into the home page's slots, registered by
//! `generated.rs` (written by modules-rebuild from modules.toml; see GENERATED.md).
//! Used by the `shop-storefront` binary (static bundle) and by shop-server's `embed-storefront`.

#[rustfmt::skip]
mod generated;

use shop_modules_api::StorefrontRegistry;
use shop_modules_api::json::{html_escape, string};

pub use generated::MANIFEST_HASH;

/// The home page's slots, in page order. Entries for other slots are not rendered on it.
pub const HOME_SLOTS: &[&str] = &[
    "home_after_hero",
    "home_after_catalog",
    "home_before_footer",
];

/// The registrations of every compiled-in module storefront UI.
pub fn registry() -> StorefrontRegistry {
    let mut registry = StorefrontRegistry::new();
    generated::register(&mut registry);
    registry
}

/// `index.html`: the home page with every slot filled, plus a link per module page.
pub fn render_index(registry: &StorefrontRegistry) -> String {
    let mut links = String::new();
    for e in registry.entries() {
        links.push_str(&format!(
            "<li><a href=\"/{}\">{}</a></li>\n",
            html_escape(e.route_segment),
            html_escape(e.page_title)
        ));
    }
    let mut body = String::from("<section class=\"hero\"><h1>Shop</h1></section>\n");
    for slot in HOME_SLOTS {
        if *slot == "home_after_catalog" {
            body.push_str("<section class=\"catalog\"><h2>Catalog</h2></section>\n");
        }
        body.push_str(&format!("<div class=\"slot\" data-slot=\"{slot}\">"));
        for e in registry.in_slot(slot) {
            body.push_str(&format!(
                "<section data-module=\"{}\">{}</section>",
                html_escape(e.slug),
                e.component.render()
            ));
        }
        body.push_str("</div>\n");
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Shop</title>\
         <meta name=\"manifest-hash\" content=\"{MANIFEST_HASH}\"></head>\n<body>\n\
         <nav><ul>\n{links}</ul></nav>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
}

/// `modules.json`: `{"manifest_hash":..,"storefront":[{"slug","slot","route_segment","page_title"}]}`
pub fn render_modules_json(registry: &StorefrontRegistry) -> String {
    let entries: Vec<String> = registry
        .entries()
        .iter()
        .map(|e| {
            format!(
                "{{\"slug\":{},\"slot\":{},\"route_segment\":{},\"page_title\":{}}}",
                string(e.slug),
                string(e.slot),
                string(e.route_segment),
                string(e.page_title)
            )
        })
        .collect();
    format!(
        "{{\"manifest_hash\":{},\"storefront\":[{}]}}\n",
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

#[cfg(all(test, feature = "mod-forum"))]
mod tests {
    #[test]
    fn forum_fills_its_slot() {
        let html = super::render_index(&super::registry());
        assert!(html.contains("<div class=\"slot\" data-slot=\"home_after_catalog\"><section data-module=\"forum\"><h2>Latest topics</h2>"));
        assert!(html.contains("<a href=\"/forum\">Community Forum</a>"));
    }
}
