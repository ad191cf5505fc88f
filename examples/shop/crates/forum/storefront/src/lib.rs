//! Storefront UI of the forum module
//! (`[provides.storefront_ui] leptos_crate = "shop-forum-storefront"`).

use shop_modules_api::StorefrontComponent;
use shop_modules_api::json::html_escape;

/// The storefront component (`<PascalSlug>Storefront`).
#[derive(Debug, Default, Clone, Copy)]
pub struct ForumStorefront;

impl StorefrontComponent for ForumStorefront {
    fn render(&self) -> String {
        let rows: String = shop_forum::TOPICS
            .iter()
            .map(|t| {
                format!(
                    "<li><a href=\"/forum/{}\">{}</a></li>",
                    t.slug(),
                    html_escape(t.title)
                )
            })
            .collect();
        format!("<h2>Latest topics</h2><ul class=\"topics\">{rows}</ul>")
    }
}

/// Convenience: the rendered component.
pub fn render() -> String {
    ForumStorefront.render()
}
