//! Search: a capability extension (`runtime = "extension"`): globally active when
//! compiled in, never toggled per tenant.

use shop_modules_api::Module;

pub mod graphql;

/// Entry type (`[crate] entry_type = "SearchModule"`).
#[derive(Debug, Default, Clone, Copy)]
pub struct SearchModule;

impl Module for SearchModule {
    fn slug(&self) -> &'static str {
        "search"
    }

    fn name(&self) -> &'static str {
        "Search"
    }

    fn version(&self) -> &'static str {
        env!("CARGO_PKG_VERSION")
    }
}
