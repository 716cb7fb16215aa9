//! Demo data like the original system's, and deterministic synthetic data in bulk.

use portrait_domain::ErrorCode;
use portrait_domain::ports::NewUser;
use portrait_domain::tags::{DEFAULT_HOBBIES, DEFAULT_NEEDS, TagKind};
use portrait_domain::user::Role;
use portrait_domain::{DomainError, error::DomainResult};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};
use sea_orm::{ConnectionTrait, DatabaseBackend};

use crate::customers::write_tags;
use crate::db::{Store, bulk_cache, db_err, now};
use crate::demo_units::{demo_units, place, user_exists};
use crate::tags::tag_ids;
use crate::users::insert_user;

pub const OCCUPATIONS: [&str; 13] =
    ["工程师", "教师", "医生", "律师", "会计", "销售", "设计师", "研究员", "学生", "企业家", "公务员", "自由职业", "退休人员"];

/// `k` distinct positions out of `n`, as a kind-local bit mask.
fn random_mask(rng: &mut StdRng, n: usize, k: usize) -> i64 {
    let mut positions: Vec<usize> = (0..n).collect();
    positions.shuffle(rng);
    positions.into_iter().take(k).fold(0i64, |m, p| m | (1 << p))
}

struct RandomCustomer {
    age: i32,
    occupation: &'static str,
    assets_fen: i64,
    needs: i64,
    hobbies: i64,
}

fn random_customer(rng: &mut StdRng) -> RandomCustomer {
    let needs_count = rng.random_range(2..=5);
    let hobbies_count = rng.random_range(3..=7);
    RandomCustomer {
        age: rng.random_range(25..=65),
        occupation: OCCUPATIONS[rng.random_range(0..OCCUPATIONS.len())],
        assets_fen: rng.random_range(100_000i64..=10_000_000) * 100,
        needs: random_mask(rng, DEFAULT_NEEDS.len(), needs_count),
        hobbies: random_mask(rng, DEFAULT_HOBBIES.len(), hobbies_count),
    }
}

fn random_manager(rng: &mut StdRng) -> (i64, i64) {
    let capabilities = rng.random_range(3..=7);
    let hobbies = rng.random_range(2..=5);
    (random_mask(rng, DEFAULT_NEEDS.len(), capabilities), random_mask(rng, DEFAULT_HOBBIES.len(), hobbies))
}

/// The demo admin's password, as in the original system.
pub const DEMO_ADMIN_PASSWORD: &str = "admin123";
/// Every other demo account's password, as in the original system.
pub const DEMO_PASSWORD: &str = "123456";

/// What a seeding run created.
#[derive(Debug, Default, Clone, Copy)]
pub struct SeedReport {
    pub customers: u64,
    pub managers: u64,
    pub admins: u64,
}

impl Store {
    /// The original system's demo accounts: admin/admin123, customer1–20/123456,
    /// manager1–5/123456. Accounts that already exist are left alone, so a second run
    /// changes nothing. `hash` turns a password into a stored hash.
    /// # Errors
    /// Storage or hashing failures.
    pub async fn seed_demo(&self, admin_hash: String, user_hash: String, capacity: u32) -> DomainResult<SeedReport> {
        let mut rng = StdRng::seed_from_u64(20_261_129);
        let mut report = SeedReport::default();
        let txn = self.begin_write().await?;
        let units = demo_units(&txn).await?;
        if !user_exists(&txn, "admin").await? {
            insert_user(
                &txn,
                &NewUser {
                    username: "admin".into(),
                    display_name: "系统管理员".into(),
                    password_hash: Some(admin_hash),
                    role: Role::Admin,
                    manager_capacity: 0,
                    created_by: None,
                },
            )
            .await?;
            report.admins += 1;
        }
        for i in 1..=5 {
            let (capabilities, hobbies) = random_manager(&mut rng);
            let username = format!("manager{i}");
            if user_exists(&txn, &username).await? {
                continue;
            }
            let user = insert_user(
                &txn,
                &NewUser {
                    username,
                    display_name: format!("经理{i}"),
                    password_hash: Some(user_hash.clone()),
                    role: Role::Manager,
                    manager_capacity: capacity,
                    created_by: None,
                },
            )
            .await?;
            let update = Query::update()
                .table("manager_profiles")
                .value("capabilities_mask", capabilities)
                .value("hobbies_mask", hobbies)
                .and_where(Expr::col("user_id").eq(user.id))
                .to_owned();
            txn.execute(&update).await.map_err(db_err)?;
            write_tags(&txn, "manager_tags", user.id, capabilities, hobbies).await?;
            place(&txn, user.id, i, &units).await?;
            report.managers += 1;
        }
        for i in 1..=20 {
            let c = random_customer(&mut rng);
            let username = format!("customer{i}");
            if user_exists(&txn, &username).await? {
                continue;
            }
            let user = insert_user(
                &txn,
                &NewUser {
                    username,
                    display_name: format!("客户{i}"),
                    password_hash: Some(user_hash.clone()),
                    role: Role::Customer,
                    manager_capacity: 0,
                    created_by: None,
                },
            )
            .await?;
            let update = Query::update()
                .table("customer_profiles")
                .value("age", c.age)
                .value("occupation", c.occupation)
                .value("total_assets", c.assets_fen)
                .value("needs_mask", c.needs)
                .value("hobbies_mask", c.hobbies)
                .and_where(Expr::col("user_id").eq(user.id))
                .to_owned();
            txn.execute(&update).await.map_err(db_err)?;
            write_tags(&txn, "customer_tags", user.id, c.needs, c.hobbies).await?;
            place(&txn, user.id, i, &units).await?;
            report.customers += 1;
        }
        txn.commit().await.map_err(db_err)?;
        Ok(report)
    }

    /// Bulk synthetic data: `customers` customers and `managers` managers drawn like the
    /// demo data from `seed`. Synthetic accounts have no password (they cannot log in);
    /// usernames are `syn-c-<seed>-<n>` and `syn-m-<seed>-<n>`. Rows go in as multi-row
    /// INSERTs with explicit ids, many thousand per statement, in one transaction per
    /// chunk. `progress(done, total)` is called after every chunk.
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
        if user_exists(&self.db, &format!("syn-m-{seed}-1")).await? || user_exists(&self.db, &format!("syn-c-{seed}-1")).await? {
            return Err(DomainError::Conflict {
                code: ErrorCode::SyntheticExists,
                message: format!("synthetic data with seed {seed} is already loaded"),
            });
        }
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
        let mut report = SeedReport::default();
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
                    sep(&mut users);
                    users.push_str(&format!(
                        "({id},'syn-{prefix}-{seed}-{n}','{name}',NULL,'{}',{},0,{now},{now})",
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
                txn.execute_unprepared(&format!("INSERT INTO users (id,username,display_name,password_hash,role,active,token_version,created_at,updated_at) VALUES {users}")).await.map_err(db_err)?;
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
