use shop_modules_api::{QueryRoot, SubscriptionRoot};

/// `[provides.graphql] query = "graphql::SearchQuery"`
#[derive(Debug, Default, Clone, Copy)]
pub struct SearchQuery;

impl QueryRoot for SearchQuery {
    fn name(&self) -> &'static str {
        "SearchQuery"
    }

    fn fields(&self) -> &'static [&'static str] {
        &["search"]
    }
}

/// `[provides.graphql] subscription = "graphql::SearchSubscription"`
#[derive(Debug, Default, Clone, Copy)]
pub struct SearchSubscription;

impl SubscriptionRoot for SearchSubscription {
    fn name(&self) -> &'static str {
        "SearchSubscription"
    }

    fn fields(&self) -> &'static [&'static str] {
        &["indexProgress"]
    }
}
