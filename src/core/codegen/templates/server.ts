/** Built-in template of apps/server/src/modules/generated.rs (examples/shop/GENERATED.md §3). Mustache; see docs/templates.md. */
export const SERVER_TEMPLATE = `{{header}}
#![allow(unused_imports, unused_variables)]

use {{api_crate}}::{GraphqlRegistry, ModuleInfo, ModuleRegistry, Router, Runtime};

pub const MANIFEST_HASH: &str =
    "{{manifest_hash}}";

{{#has_modules}}
pub const MODULES: &[ModuleInfo] = &[
{{#modules}}
    ModuleInfo {
        slug: "{{slug}}",
        crate_name: "{{crate}}",
        version: "{{version}}",
        required: {{required}},
        runtime: Runtime::{{runtime_variant}},
        enabled_by_default: {{enabled_by_default}},
        depends_on: &[{{#depends_on}}"{{value}}"{{^last}}, {{/last}}{{/depends_on}}],
    },
{{/modules}}
];
{{/has_modules}}
{{^has_modules}}
pub const MODULES: &[ModuleInfo] = &[];
{{/has_modules}}

{{#has_registrations}}
pub fn register(registry: &mut ModuleRegistry) {
{{#registrations}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    registry.register::<{{path}}>();
{{/registrations}}
}
{{/has_registrations}}
{{^has_registrations}}
pub fn register(registry: &mut ModuleRegistry) {}
{{/has_registrations}}

{{#has_graphql}}
pub fn merge_graphql(graphql: &mut GraphqlRegistry) {
{{#graphql}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    graphql.add_{{kind}}::<{{path}}>();
{{/graphql}}
}
{{/has_graphql}}
{{^has_graphql}}
pub fn merge_graphql(graphql: &mut GraphqlRegistry) {}
{{/has_graphql}}

{{#has_http}}
pub fn merge_http(router: &mut Router) {
{{#http}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    router.merge({{path}}());
{{/http}}
}
{{/has_http}}
{{^has_http}}
pub fn merge_http(router: &mut Router) {}
{{/has_http}}
`
