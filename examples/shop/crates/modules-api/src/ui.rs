//! Admin and storefront UI registrations (`[provides.admin_ui]`, `[provides.storefront_ui]`).
//! RusToK renders `<{crate_ident}::{PascalSlug}Admin />` (Leptos); here a component is a
//! unit struct implementing `AdminComponent` / `StorefrontComponent`.

/// The admin page component of a module UI crate (`<PascalSlug>Admin`).
pub trait AdminComponent {
    /// HTML fragment of the module's admin page.
    fn render(&self) -> String;
}

/// The storefront component of a module UI crate (`<PascalSlug>Storefront`).
pub trait StorefrontComponent {
    /// HTML fragment rendered into the module's storefront slot.
    fn render(&self) -> String;
}

/// `[[provides.admin_ui.child_pages]]`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdminChildPage {
    pub subpath: &'static str,
    pub title: &'static str,
    pub nav_label: &'static str,
}

/// One admin navigation entry (`[provides.admin_ui]`).
#[derive(Clone, Copy)]
pub struct AdminNavEntry {
    pub slug: &'static str,
    pub route_segment: &'static str,
    pub nav_label: &'static str,
    pub child_pages: &'static [AdminChildPage],
    pub component: &'static dyn AdminComponent,
}

/// The admin app's navigation, in registration order.
#[derive(Default)]
pub struct AdminRegistry {
    entries: Vec<AdminNavEntry>,
}

impl AdminRegistry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an entry. Panics if the route segment is taken.
    pub fn add(&mut self, entry: AdminNavEntry) {
        if let Some(other) = self
            .entries
            .iter()
            .find(|e| e.route_segment == entry.route_segment)
        {
            panic!(
                "admin route segment '{}' of module '{}' is already used by '{}'",
                entry.route_segment, entry.slug, other.slug
            );
        }
        self.entries.push(entry);
    }

    pub fn entries(&self) -> &[AdminNavEntry] {
        &self.entries
    }
}

/// One storefront registration (`[provides.storefront_ui]`).
#[derive(Clone, Copy)]
pub struct StorefrontSlotEntry {
    pub slug: &'static str,
    /// Where the component is rendered, e.g. `home_after_catalog`.
    pub slot: &'static str,
    pub route_segment: &'static str,
    pub page_title: &'static str,
    pub component: &'static dyn StorefrontComponent,
}

/// The storefront's slot registrations, in registration order.
#[derive(Default)]
pub struct StorefrontRegistry {
    entries: Vec<StorefrontSlotEntry>,
}

impl StorefrontRegistry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an entry. Panics if the route segment is taken.
    pub fn add(&mut self, entry: StorefrontSlotEntry) {
        if let Some(other) = self
            .entries
            .iter()
            .find(|e| e.route_segment == entry.route_segment)
        {
            panic!(
                "storefront route segment '{}' of module '{}' is already used by '{}'",
                entry.route_segment, entry.slug, other.slug
            );
        }
        self.entries.push(entry);
    }

    pub fn entries(&self) -> &[StorefrontSlotEntry] {
        &self.entries
    }

    /// Entries rendered into `slot`, in registration order.
    pub fn in_slot<'a>(
        &'a self,
        slot: &'a str,
    ) -> impl Iterator<Item = &'a StorefrontSlotEntry> + 'a {
        self.entries.iter().filter(move |e| e.slot == slot)
    }
}
