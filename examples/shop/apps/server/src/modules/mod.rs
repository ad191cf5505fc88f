//! Module wiring of the server. `generated.rs` is written by modules-rebuild from
//! modules.toml (see GENERATED.md); this file is hand-written and only consumes it.

#[rustfmt::skip]
mod generated;

use shop_modules_api::json::string;
use shop_modules_api::{GraphqlRegistry, ModuleInfo, ModuleRegistry, Router};

pub use generated::{MANIFEST_HASH, MODULES};

/// Everything the compiled-in modules contribute.
pub struct Platform {
    pub modules: ModuleRegistry,
    pub graphql: GraphqlRegistry,
    pub router: Router,
}

impl Platform {
    /// Runs the generated registration and checks it against `MODULES`.
    pub fn build() -> Result<Self, String> {
        let mut modules = ModuleRegistry::new();
        generated::register(&mut modules);
        let mut graphql = GraphqlRegistry::new();
        generated::merge_graphql(&mut graphql);
        let mut router = Router::new();
        generated::merge_http(&mut router);
        let platform = Platform {
            modules,
            graphql,
            router,
        };
        platform.check()?;
        Ok(platform)
    }

    /// The compiled-in module set must agree with the manifest: every compiled module is
    /// known with the same version, every required module and every dependency is compiled in.
    fn check(&self) -> Result<(), String> {
        for module in self.modules.iter() {
            let slug = module.slug();
            let info = ModuleInfo::find(MODULES, slug).ok_or_else(|| {
                format!(
                    "module '{slug}' is compiled in but not in MODULES; regenerate generated.rs"
                )
            })?;
            if info.version != module.version() {
                return Err(format!(
                    "module '{slug}': rustok-module.toml says version {} but the crate is {}; regenerate generated.rs",
                    info.version,
                    module.version()
                ));
            }
            if let Some(dep) = info.depends_on.iter().find(|d| !self.modules.contains(d)) {
                return Err(format!(
                    "module '{slug}' depends on '{dep}', which is not compiled in (feature mod-{dep})"
                ));
            }
        }
        if let Some(info) = MODULES
            .iter()
            .find(|m| m.required && !self.modules.contains(m.slug))
        {
            return Err(format!("required module '{}' is not registered", info.slug));
        }
        Ok(())
    }

    /// Compiled-in modules, in `MODULES` (dependency) order.
    pub fn compiled(&self) -> impl Iterator<Item = &'static ModuleInfo> + '_ {
        MODULES.iter().filter(|m| self.modules.contains(m.slug))
    }

    /// Body of `GET /modules`.
    pub fn modules_json(&self) -> String {
        let items: Vec<String> = self
            .compiled()
            .map(|m| {
                format!(
                    "{{\"slug\":{},\"crate\":{},\"version\":{},\"required\":{},\"runtime\":{},\"enabled_by_default\":{}}}",
                    string(m.slug),
                    string(m.crate_name),
                    string(m.version),
                    m.required,
                    string(m.runtime.as_str()),
                    m.enabled_by_default
                )
            })
            .collect();
        format!(
            "{{\"manifest_hash\":{},\"modules\":[{}]}}",
            string(MANIFEST_HASH),
            items.join(",")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_registry_is_consistent() {
        let platform = Platform::build().unwrap();
        assert!(platform.modules.contains("content"));
        assert_eq!(platform.compiled().count(), platform.modules.len());
    }

    #[test]
    fn modules_are_in_dependency_order() {
        for (i, m) in MODULES.iter().enumerate() {
            for dep in m.depends_on {
                let j = MODULES
                    .iter()
                    .position(|d| d.slug == *dep)
                    .expect("dependency in MODULES");
                assert!(j < i, "{} listed before its dependency {dep}", m.slug);
            }
        }
    }

    #[test]
    fn manifest_hash_shape() {
        let hex = MANIFEST_HASH.strip_prefix("sha256:").unwrap();
        assert_eq!(hex.len(), 64);
        assert!(
            hex.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
    }

    #[cfg(all(feature = "mod-blog", feature = "mod-forum", feature = "mod-search"))]
    #[test]
    fn default_features_compile_every_module() {
        let platform = Platform::build().unwrap();
        assert_eq!(platform.modules.len(), MODULES.len());
        assert_eq!(
            platform.graphql.query_roots(),
            ["ContentQuery", "BlogQuery", "SearchQuery"]
        );
        assert_eq!(platform.graphql.mutation_roots(), ["BlogMutation"]);
        assert_eq!(
            platform.graphql.subscription_roots(),
            ["SearchSubscription"]
        );
    }
}
