//! Demo data like the original system's, and the random profiles that synthetic data
//! (`seed_synthetic.rs`) draws the same way.

use portrait_domain::error::DomainResult;
use portrait_domain::ports::NewUser;
use portrait_domain::tags::{DEFAULT_HOBBIES, DEFAULT_NEEDS};
use portrait_domain::user::Role;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Query};

use crate::customers::write_tags;
use crate::db::{Store, db_err};
use crate::demo_units::{demo_units, place, user_exists};
use crate::users::insert_user;

pub use crate::seed_units::MAX_SYNTHETIC_UNITS;

pub const OCCUPATIONS: [&str; 13] =
    ["工程师", "教师", "医生", "律师", "会计", "销售", "设计师", "研究员", "学生", "企业家", "公务员", "自由职业", "退休人员"];

/// `k` distinct positions out of `n`, as a kind-local bit mask.
fn random_mask(rng: &mut StdRng, n: usize, k: usize) -> i64 {
    let mut positions: Vec<usize> = (0..n).collect();
    positions.shuffle(rng);
    positions.into_iter().take(k).fold(0i64, |m, p| m | (1 << p))
}

pub(crate) struct RandomCustomer {
    pub age: i32,
    pub occupation: &'static str,
    pub assets_fen: i64,
    pub needs: i64,
    pub hobbies: i64,
}

pub(crate) fn random_customer(rng: &mut StdRng) -> RandomCustomer {
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

pub(crate) fn random_manager(rng: &mut StdRng) -> (i64, i64) {
    let capabilities = rng.random_range(3..=7);
    let hobbies = rng.random_range(2..=5);
    (random_mask(rng, DEFAULT_NEEDS.len(), capabilities), random_mask(rng, DEFAULT_HOBBIES.len(), hobbies))
}

/// The demo admin's password, as in the original system.
pub const DEMO_ADMIN_PASSWORD: &str = portrait_domain::services::demo::DEMO_ADMIN.1;
pub use portrait_domain::services::demo::DEMO_PASSWORD;

/// What a seeding run created.
#[derive(Debug, Default, Clone, Copy)]
pub struct SeedReport {
    pub customers: u64,
    pub managers: u64,
    pub admins: u64,
    /// Organisation units the synthetic accounts were spread over (`--units`).
    pub units: u64,
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
}
