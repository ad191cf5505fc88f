//! Registry API shared by the shop apps and its modules.
//!
//! A std-only stand-in for what RusToK merges at build time: the module registry
//! (`ModuleRegistry`), GraphQL roots (`GraphqlRegistry`), HTTP routes (`Router`) and the
//! admin / storefront UI registrations (`AdminRegistry`, `StorefrontRegistry`).
//! The apps fill these registries from their `generated.rs` (see `GENERATED.md`).

pub mod graphql;
pub mod http;
pub mod json;
pub mod ui;

pub use graphql::{GraphqlRegistry, MutationRoot, QueryRoot, SubscriptionRoot};
pub use http::{Handler, Request, Response, Route, Router};
pub use ui::{
    AdminChildPage, AdminComponent, AdminNavEntry, AdminRegistry, StorefrontComponent,
    StorefrontRegistry, StorefrontSlotEntry,
};

/// A platform module. The type named by `[crate] entry_type` in `rustok-module.toml`
/// implements this trait and `Default`.
pub trait Module {
    fn slug(&self) -> &'static str;
    fn name(&self) -> &'static str;
    fn version(&self) -> &'static str;
}

/// `modules.<slug>.runtime` of modules.toml.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runtime {
    /// A tenant-toggleable module (the default).
    Module,
    /// A capability extension: globally active when compiled, never tenant-toggled.
    Extension,
}

impl Runtime {
    pub const fn as_str(self) -> &'static str {
        match self {
            Runtime::Module => "module",
            Runtime::Extension => "extension",
        }
    }
}

/// What the manifest says about one module (emitted into `generated.rs` as `MODULES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleInfo {
    pub slug: &'static str,
    /// Cargo package name (`modules.<slug>.crate`).
    pub crate_name: &'static str,
    /// `[module] version` of the module's `rustok-module.toml`.
    pub version: &'static str,
    pub required: bool,
    pub runtime: Runtime,
    /// `required || slug ∈ settings.default_enabled`.
    pub enabled_by_default: bool,
    pub depends_on: &'static [&'static str],
}

impl ModuleInfo {
    pub fn find(modules: &'static [ModuleInfo], slug: &str) -> Option<&'static ModuleInfo> {
        modules.iter().find(|m| m.slug == slug)
    }
}

/// The modules compiled into an app, in registration (dependency) order.
#[derive(Default)]
pub struct ModuleRegistry {
    modules: Vec<Box<dyn Module>>,
}

impl ModuleRegistry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `M::default()`; this is the call `generated.rs` emits per module.
    pub fn register<M: Module + Default + 'static>(&mut self) {
        self.register_boxed(Box::new(M::default()));
    }

    /// Registers a boxed module. Panics if the slug is already registered.
    pub fn register_boxed(&mut self, module: Box<dyn Module>) {
        let slug = module.slug();
        if self.contains(slug) {
            panic!("module '{slug}' is registered twice");
        }
        self.modules.push(module);
    }

    pub fn contains(&self, slug: &str) -> bool {
        self.get(slug).is_some()
    }

    pub fn get(&self, slug: &str) -> Option<&dyn Module> {
        self.modules
            .iter()
            .map(|m| m.as_ref())
            .find(|m| m.slug() == slug)
    }

    pub fn iter(&self) -> impl Iterator<Item = &dyn Module> {
        self.modules.iter().map(|m| m.as_ref())
    }

    pub fn len(&self) -> usize {
        self.modules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.modules.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct A;
    impl Module for A {
        fn slug(&self) -> &'static str {
            "a"
        }
        fn name(&self) -> &'static str {
            "A"
        }
        fn version(&self) -> &'static str {
            "1.0.0"
        }
    }

    #[test]
    fn registers_and_lists() {
        let mut r = ModuleRegistry::new();
        r.register::<A>();
        assert_eq!(r.iter().map(|m| m.slug()).collect::<Vec<_>>(), ["a"]);
        assert!(r.contains("a"));
    }

    #[test]
    #[should_panic(expected = "registered twice")]
    fn rejects_duplicates() {
        let mut r = ModuleRegistry::new();
        r.register::<A>();
        r.register::<A>();
    }
}
