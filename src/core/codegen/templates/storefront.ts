/** Built-in template of apps/storefront/src/generated.rs (examples/shop/GENERATED.md §5). Mustache; see docs/templates.md. */
export const STOREFRONT_TEMPLATE = `{{header}}
#![allow(unused_imports, unused_variables)]

use {{api_crate}}::{StorefrontRegistry, StorefrontSlotEntry};

pub const MANIFEST_HASH: &str =
    "{{manifest_hash}}";

{{#has_storefront}}
pub fn register(registry: &mut StorefrontRegistry) {
{{#storefront}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    registry.add(StorefrontSlotEntry {
        slug: "{{slug}}",
        slot: "{{slot}}",
        route_segment: "{{route_segment}}",
        page_title: "{{page_title}}",
        component: &{{component}},
    });
{{/storefront}}
}
{{/has_storefront}}
{{^has_storefront}}
pub fn register(registry: &mut StorefrontRegistry) {}
{{/has_storefront}}
`
