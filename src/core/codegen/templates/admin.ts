/** Built-in template of apps/admin/src/generated.rs (examples/shop/GENERATED.md §4). Mustache; see docs/templates.md. */
export const ADMIN_TEMPLATE = `{{header}}
#![allow(unused_imports, unused_variables)]

use {{api_crate}}::{AdminChildPage, AdminNavEntry, AdminRegistry};

pub const MANIFEST_HASH: &str =
    "{{manifest_hash}}";

{{#has_admin}}
pub fn register(registry: &mut AdminRegistry) {
{{#admin}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    registry.add(AdminNavEntry {
        slug: "{{slug}}",
        route_segment: "{{route_segment}}",
        nav_label: "{{nav_label}}",
{{#has_child_pages}}
        child_pages: &[
{{#child_pages}}
            AdminChildPage {
                subpath: "{{subpath}}",
                title: "{{title}}",
                nav_label: "{{nav_label}}",
            },
{{/child_pages}}
        ],
{{/has_child_pages}}
{{^has_child_pages}}
        child_pages: &[],
{{/has_child_pages}}
        component: &{{component}},
    });
{{/admin}}
}
{{/has_admin}}
{{^has_admin}}
pub fn register(registry: &mut AdminRegistry) {}
{{/has_admin}}
`
