//! Admin UI of the blog module (`[provides.admin_ui] leptos_crate = "shop-blog-admin"`).
//! RusToK would render `<rustok_blog_admin::BlogAdmin />`; here `BlogAdmin` renders HTML.

use shop_modules_api::AdminComponent;
use shop_modules_api::json::html_escape;

/// The admin page component (`<PascalSlug>Admin`).
#[derive(Debug, Default, Clone, Copy)]
pub struct BlogAdmin;

impl AdminComponent for BlogAdmin {
    fn render(&self) -> String {
        let rows: String = shop_blog::POSTS
            .iter()
            .map(|p| {
                format!(
                    "<li><a href=\"#/blog/posts/{}\">{}</a></li>",
                    p.slug(),
                    html_escape(p.title)
                )
            })
            .collect();
        format!("<h2>Blog</h2><ul class=\"posts\">{rows}</ul>")
    }
}

/// Convenience: the rendered component.
pub fn render() -> String {
    BlogAdmin.render()
}
