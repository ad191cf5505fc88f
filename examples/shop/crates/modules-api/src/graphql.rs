//! Stand-in for RusToK's merged GraphQL schema: modules contribute named query,
//! mutation and subscription roots (`[provides.graphql]`), the server merges them.

/// A query root contributed by a module (`[provides.graphql] query`).
pub trait QueryRoot {
    fn name(&self) -> &'static str;
    fn fields(&self) -> &'static [&'static str];
}

/// A mutation root contributed by a module (`[provides.graphql] mutation`).
pub trait MutationRoot {
    fn name(&self) -> &'static str;
    fn fields(&self) -> &'static [&'static str];
}

/// A subscription root contributed by a module (`[provides.graphql] subscription`).
pub trait SubscriptionRoot {
    fn name(&self) -> &'static str;
    fn fields(&self) -> &'static [&'static str];
}

struct Root {
    name: &'static str,
    fields: &'static [&'static str],
}

/// The merged schema: one list of roots per operation type.
#[derive(Default)]
pub struct GraphqlRegistry {
    query: Vec<Root>,
    mutation: Vec<Root>,
    subscription: Vec<Root>,
}

fn push(roots: &mut Vec<Root>, kind: &str, name: &'static str, fields: &'static [&'static str]) {
    for field in fields {
        if let Some(other) = roots.iter().find(|r| r.fields.contains(field)) {
            panic!(
                "{kind} field '{field}' of {name} is already provided by {}",
                other.name
            );
        }
    }
    roots.push(Root { name, fields });
}

impl GraphqlRegistry {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_query<Q: QueryRoot + Default>(&mut self) {
        let root = Q::default();
        push(&mut self.query, "query", root.name(), root.fields());
    }

    pub fn add_mutation<M: MutationRoot + Default>(&mut self) {
        let root = M::default();
        push(&mut self.mutation, "mutation", root.name(), root.fields());
    }

    pub fn add_subscription<S: SubscriptionRoot + Default>(&mut self) {
        let root = S::default();
        push(
            &mut self.subscription,
            "subscription",
            root.name(),
            root.fields(),
        );
    }

    /// Names of the merged query roots, in merge order.
    pub fn query_roots(&self) -> Vec<&'static str> {
        self.query.iter().map(|r| r.name).collect()
    }

    pub fn mutation_roots(&self) -> Vec<&'static str> {
        self.mutation.iter().map(|r| r.name).collect()
    }

    pub fn subscription_roots(&self) -> Vec<&'static str> {
        self.subscription.iter().map(|r| r.name).collect()
    }

    /// `{"query":{"roots":[..],"fields":[..]},"mutation":{..},"subscription":{..}}`
    pub fn to_json(&self) -> String {
        fn section(roots: &[Root]) -> String {
            let names = crate::json::string_array(roots.iter().map(|r| r.name));
            let fields =
                crate::json::string_array(roots.iter().flat_map(|r| r.fields.iter().copied()));
            format!("{{\"roots\":{names},\"fields\":{fields}}}")
        }
        format!(
            "{{\"query\":{},\"mutation\":{},\"subscription\":{}}}",
            section(&self.query),
            section(&self.mutation),
            section(&self.subscription)
        )
    }
}
