//! Deterministic synthetic data in bulk (`portrait seed --customers N --managers M
//! [--units K]`): multi-row INSERTs with explicit ids, thousands of rows per statement, one
//! transaction per chunk; with `--units`, spread over a tree of synthetic units.

use portrait_domain::ErrorCode;
use portrait_domain::tags::TagKind;
use portrait_domain::user::Role;
use portrait_domain::{DomainError, error::DomainResult};
use rand::SeedableRng;
use rand::rngs::StdRng;
use sea_orm::sea_query::{Expr, Func, Query};
use sea_orm::{ConnectionTrait, DatabaseBackend};

use crate::db::{Store, bulk_cache, db_err, now};
use crate::demo_units::user_exists;
use crate::seed::{SeedReport, random_customer, random_manager};
use crate::seed_units::{Placement, plan_units};
use crate::tags::tag_ids;

impl Store {
    /// Bulk synthetic data: `customers` customers and `managers` managers drawn like the
    /// demo data from `seed`. Synthetic accounts have no password (they cannot log in);
    /// usernames are `syn-c-<seed>-<n>` and `syn-m-<seed>-<n>`. Rows go in as multi-row
    /// INSERTs with explicit ids, many thousand per statement, in one transaction per
    /// chunk. `progress(done, total)` is called after every chunk. Every account is the
    /// head office's.
    /// # Errors
    /// Storage failures, or `synthetic_exists` when this seed was loaded already.
    pub async fn seed_synthetic(
        &self,
        customers: u64,
        managers: u64,
        capacity: u32,
        seed: u64,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> DomainResult<SeedReport> {
        self.seed_synthetic_in_units(customers, managers, capacity, seed, None, progress).await
    }

    /// [`Self::seed_synthetic`], and with `units: Some(k)` first `k` units as a tree of
    /// branches and sub-branches (`B01`, `B01-01`, …; existing ones with these codes are
    /// used as they are) over which the managers are spread, and the customers in
    /// proportion to them; the same for the same seed. `None` is [`Self::seed_synthetic`].
    /// # Errors
    /// As [`Self::seed_synthetic`]; `unit_closed` when a unit code to use is a closed unit's.
    pub async fn seed_synthetic_in_units(
        &self,
        customers: u64,
        managers: u64,
        capacity: u32,
        seed: u64,
        units: Option<u64>,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> DomainResult<SeedReport> {
        if user_exists(&self.db, &format!("syn-m-{seed}-1")).await? || user_exists(&self.db, &format!("syn-c-{seed}-1")).await? {
            return Err(DomainError::Conflict {
                code: ErrorCode::SyntheticExists,
                message: format!("synthetic data with seed {seed} is already loaded"),
            });
        }
        let mut report = SeedReport::default();
        let placement = match units {
            Some(k) => {
                let plan = plan_units(k);
                let ids = self.synthetic_units(&plan).await?;
                report.units = ids.len() as u64;
                Some(Placement::new(&plan, ids, managers, customers, seed))
            }
            None => None,
        };
        // Without units the statement is the one it always was: every account at the head office.
        let unit_column = if placement.is_some() { ",unit_id" } else { "" };
        let mut rng = StdRng::seed_from_u64(seed);
        let need_ids = tag_ids(&self.db, TagKind::Need).await?;
        let hobby_ids = tag_ids(&self.db, TagKind::Hobby).await?;
        let max_id = Query::select()
            .expr_as(Func::coalesce([Expr::from(Func::max(Expr::col("id"))), Expr::val(0i64)]), "m")
            .from("users")
            .to_owned();
        let mut next_id: i64 = match self.db.query_one(&max_id).await.map_err(db_err)? {
            Some(row) => {
                row.try_get::<i64>("", "m").or_else(|_| row.try_get::<i32>("", "m").map(i64::from)).map_err(DomainError::internal)?
            }
            None => 0,
        } + 1;
        let total = customers + managers;
        let now = now();
        let chunk = 5_000u64;
        let mut done = 0u64;
        for (role, count) in [(Role::Manager, managers), (Role::Customer, customers)] {
            let mut index = 0u64;
            while index < count {
                let take = std::cmp::min(chunk, count - index);
                let mut users = String::with_capacity(take as usize * 96);
                let mut profiles = String::with_capacity(take as usize * 64);
                let mut tags = String::with_capacity(take as usize * 96);
                for n in index + 1..=index + take {
                    let id = next_id;
                    next_id += 1;
                    let (prefix, name) = match role {
                        Role::Manager => ("m", format!("经理{n}")),
                        _ => ("c", format!("客户{n}")),
                    };
                    let unit = placement.as_ref().map(|p| format!(",{}", p.unit(role, n))).unwrap_or_default();
                    sep(&mut users);
                    users.push_str(&format!(
                        "({id},'syn-{prefix}-{seed}-{n}','{name}',NULL,'{}',{},0,{now},{now}{unit})",
                        role.as_str(),
                        bool_sql(self.backend(), true)
                    ));
                    let (needs, hobbies) = if role == Role::Manager {
                        let (c, h) = random_manager(&mut rng);
                        sep(&mut profiles);
                        profiles.push_str(&format!("({id},{capacity},{},{c},{h},{now})", bool_sql(self.backend(), true)));
                        (c, h)
                    } else {
                        let c = random_customer(&mut rng);
                        sep(&mut profiles);
                        profiles.push_str(&format!(
                            "({id},{},'{}',{},{},{},{now},{now})",
                            c.age, c.occupation, c.assets_fen, c.needs, c.hobbies
                        ));
                        (c.needs, c.hobbies)
                    };
                    for (ids, mask) in [(&need_ids, needs), (&hobby_ids, hobbies)] {
                        for (position, tag) in ids.iter().enumerate() {
                            if position < 32 && mask & (1 << position) != 0 {
                                sep(&mut tags);
                                tags.push_str(&format!("({id},{tag})"));
                            }
                        }
                    }
                }
                let (profile_sql, tag_table) = if role == Role::Manager {
                    (
                        format!(
                            "INSERT INTO manager_profiles (user_id,capacity,active,capabilities_mask,hobbies_mask,updated_at) VALUES {profiles}"
                        ),
                        "manager_tags",
                    )
                } else {
                    (
                        format!(
                            "INSERT INTO customer_profiles (user_id,age,occupation,total_assets,needs_mask,hobbies_mask,created_at,updated_at) VALUES {profiles}"
                        ),
                        "customer_tags",
                    )
                };
                let txn = self.begin_write().await?;
                bulk_cache(&txn, true).await.map_err(db_err)?;
                txn.execute_unprepared(&format!("INSERT INTO users (id,username,display_name,password_hash,role,active,token_version,created_at,updated_at{unit_column}) VALUES {users}")).await.map_err(db_err)?;
                txn.execute_unprepared(&profile_sql).await.map_err(db_err)?;
                if !tags.is_empty() {
                    txn.execute_unprepared(&format!("INSERT INTO {tag_table} (user_id,tag_id) VALUES {tags}")).await.map_err(db_err)?;
                }
                bulk_cache(&txn, false).await.map_err(db_err)?;
                txn.commit().await.map_err(db_err)?;
                index += take;
                done += take;
                progress(done, total);
            }
            match role {
                Role::Manager => report.managers = count,
                _ => report.customers = count,
            }
        }
        if self.backend() == DatabaseBackend::Postgres {
            self.db
                .execute_unprepared("SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT MAX(id) FROM users))")
                .await
                .map_err(db_err)?;
        }
        Ok(report)
    }
}

fn sep(buf: &mut String) {
    if !buf.is_empty() {
        buf.push(',');
    }
}

fn bool_sql(backend: DatabaseBackend, value: bool) -> &'static str {
    match (backend, value) {
        (DatabaseBackend::Postgres, true) => "TRUE",
        (DatabaseBackend::Postgres, false) => "FALSE",
        (_, true) => "1",
        (_, false) => "0",
    }
}
