//! Managers and admins as the staff directory lists and changes them: `users` with their unit
//! and, for managers, their profile. A new account and a change are one transaction each,
//! with the unit's row locked so a unit cannot close under a new member.

use async_trait::async_trait;
use portrait_domain::ErrorCode;
use portrait_domain::organisation::UnitId;
use portrait_domain::ports::{NewUser, Page};
use portrait_domain::staff::{NewStaff, StaffChanges, StaffDirectory, StaffMember, StaffQuery};
use portrait_domain::user::{Role, UserId, username_key};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::sea_query::{Cond, Expr, ExprTrait, JoinType, LikeExpr, Query, SelectStatement};
use sea_orm::{ConnectionTrait, DatabaseTransaction, QueryResult, Statement};

use crate::db::{Store, db_err, for_update, now};
use crate::users::insert_user;

fn select_staff() -> SelectStatement {
    Query::select()
        .columns([
            ("u", "id"),
            ("u", "username"),
            ("u", "display_name"),
            ("u", "role"),
            ("u", "unit_id"),
            ("u", "grade"),
            ("u", "phone"),
            ("u", "email"),
            ("u", "active"),
            ("u", "must_change_password"),
            ("u", "created_at"),
        ])
        .expr_as(Expr::col(("o", "code")), "unit_code")
        .expr_as(Expr::col(("m", "capacity")), "capacity")
        .expr_as(Expr::col(("m", "active")), "takes_customers")
        .from_as("users", "u")
        .join_as(JoinType::InnerJoin, "org_units", "o", Expr::col(("o", "id")).equals(("u", "unit_id")))
        .join_as(JoinType::LeftJoin, "manager_profiles", "m", Expr::col(("m", "user_id")).equals(("u", "id")))
        .and_where(Expr::col(("u", "role")).is_in([Role::Manager.as_str(), Role::Admin.as_str()]))
        .to_owned()
}

fn member_from_row(row: &QueryResult) -> DomainResult<StaffMember> {
    let e = DomainError::internal;
    let role: String = row.try_get("", "role").map_err(e)?;
    let grade: Option<i32> = row.try_get("", "grade").map_err(e)?;
    let capacity: Option<i32> = row.try_get("", "capacity").map_err(e)?;
    let takes_customers: Option<bool> = row.try_get("", "takes_customers").map_err(e)?;
    let active: bool = row.try_get("", "active").map_err(e)?;
    Ok(StaffMember {
        id: row.try_get("", "id").map_err(e)?,
        username: row.try_get("", "username").map_err(e)?,
        name: row.try_get("", "display_name").map_err(e)?,
        role: Role::parse(&role).map_err(|_| DomainError::internal(format!("unknown role {role}")))?,
        unit_id: row.try_get("", "unit_id").map_err(e)?,
        unit_code: row.try_get("", "unit_code").map_err(e)?,
        grade: grade.and_then(|g| u8::try_from(g).ok()),
        phone: row.try_get("", "phone").map_err(e)?,
        email: row.try_get("", "email").map_err(e)?,
        active,
        on_leave: active && takes_customers == Some(false),
        must_change_password: row.try_get("", "must_change_password").map_err(e)?,
        capacity: capacity.and_then(|c| u32::try_from(c).ok()),
        created_at: row.try_get("", "created_at").map_err(e)?,
    })
}

fn filters(query: &StaffQuery, units: &[UnitId]) -> Cond {
    let mut cond = Cond::all().add(Expr::col(("u", "unit_id")).is_in(units.iter().copied()));
    if let Some(role) = query.role {
        cond = cond.add(Expr::col(("u", "role")).eq(role.as_str()));
    }
    if let Some(active) = query.active {
        cond = cond.add(Expr::col(("u", "active")).eq(active));
    }
    if let Some(search) = query.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let escape = |text: &str| format!("%{}%", crate::db::like_literal(text));
        cond = cond.add(
            Cond::any()
                .add(Expr::col(("u", "username_key")).like(LikeExpr::new(escape(&username_key(search))).escape('\\')))
                .add(Expr::col(("u", "display_name")).like(LikeExpr::new(escape(search)).escape('\\'))),
        );
    }
    cond
}

/// The unit a member goes to, locked until the transaction ends: open, or refused.
async fn lock_open_unit(txn: &DatabaseTransaction, unit: UnitId) -> DomainResult<()> {
    let backend = txn.get_database_backend();
    let sql = format!("SELECT closed_at FROM org_units WHERE id = {unit}{}", for_update(backend));
    let row = txn.query_one_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?;
    let Some(row) = row else { return Err(DomainError::NotFound("unit".into())) };
    if row.try_get::<Option<i64>>("", "closed_at").map_err(DomainError::internal)?.is_some() {
        return Err(DomainError::Conflict { code: ErrorCode::UnitClosed, message: format!("unit {unit} is closed") });
    }
    Ok(())
}

async fn read_member<C: ConnectionTrait>(conn: &C, id: UserId) -> DomainResult<Option<StaffMember>> {
    let query = select_staff().and_where(Expr::col(("u", "id")).eq(id)).to_owned();
    conn.query_one(&query).await.map_err(db_err)?.as_ref().map(member_from_row).transpose()
}

/// Closes an account inside the caller's transaction: no more logins, and every session of it
/// ends at once (its token version moves on).
/// # Errors
/// Storage failures.
pub(crate) async fn close_account<C: ConnectionTrait>(conn: &C, id: UserId) -> DomainResult<()> {
    let update = Query::update()
        .table("users")
        .value("active", false)
        .value("token_version", Expr::col("token_version").add(1))
        .value("updated_at", now())
        .and_where(Expr::col("id").eq(id))
        .to_owned();
    conn.execute(&update).await.map_err(db_err)?;
    Ok(())
}

/// Whether runs may propose a manager: on leave or deactivated, never.
/// # Errors
/// Storage failures.
pub(crate) async fn set_takes_customers<C: ConnectionTrait>(conn: &C, id: UserId, takes: bool) -> DomainResult<()> {
    let update = Query::update()
        .table("manager_profiles")
        .value("active", takes)
        .value("updated_at", now())
        .and_where(Expr::col("user_id").eq(id))
        .to_owned();
    conn.execute(&update).await.map_err(db_err)?;
    Ok(())
}

impl Store {
    async fn write_new_staff(&self, staff: &NewStaff) -> DomainResult<StaffMember> {
        let txn = self.begin_write().await?;
        lock_open_unit(&txn, staff.unit_id).await?;
        let user = insert_user(
            &txn,
            &NewUser {
                username: staff.username.clone(),
                display_name: staff.name.clone(),
                password_hash: Some(staff.password_hash.clone()),
                role: staff.role,
                manager_capacity: staff.capacity,
                created_by: Some(staff.created_by),
            },
        )
        .await?;
        let update = Query::update()
            .table("users")
            .value("unit_id", staff.unit_id)
            .value("grade", staff.grade.map(i32::from))
            .value("phone", staff.phone.clone())
            .value("email", staff.email.clone())
            .and_where(Expr::col("id").eq(user.id))
            .to_owned();
        txn.execute(&update).await.map_err(db_err)?;
        let created = read_member(&txn, user.id).await?.ok_or_else(|| DomainError::internal("new staff member not found"))?;
        txn.commit().await.map_err(db_err)?;
        Ok(created)
    }

    async fn write_staff_change(&self, id: UserId, changes: &StaffChanges) -> DomainResult<StaffMember> {
        let txn = self.begin_write().await?;
        let backend = txn.get_database_backend();
        let locked = format!("SELECT id FROM users WHERE id = {id}{}", for_update(backend));
        txn.query_one_raw(Statement::from_string(backend, locked)).await.map_err(db_err)?;
        let before = read_member(&txn, id).await?.ok_or_else(|| DomainError::NotFound("staff member".into()))?;
        if let Some(unit) = changes.unit_id.filter(|u| *u != before.unit_id) {
            lock_open_unit(&txn, unit).await?;
        }
        let leaving = changes.active == Some(false) && before.active;
        if leaving && before.role == Role::Manager {
            let book = Self::count_sql(&txn, &format!("SELECT COUNT(*) FROM customer_profiles WHERE manager_id = {id}")).await?;
            if book > 0 {
                return Err(DomainError::Conflict {
                    code: ErrorCode::ManagerHasCustomers,
                    message: format!("{} still has {book} customers: transfer the book first", before.username),
                });
            }
        }
        let mut update = Query::update();
        update.table("users").value("updated_at", now()).and_where(Expr::col("id").eq(id));
        if let Some(name) = &changes.name {
            update.value("display_name", name.as_str());
        }
        if let Some(unit) = changes.unit_id {
            update.value("unit_id", unit);
        }
        if let Some(grade) = changes.grade {
            update.value("grade", grade.map(i32::from));
        }
        if let Some(phone) = &changes.phone {
            update.value("phone", phone.clone());
        }
        if let Some(email) = &changes.email {
            update.value("email", email.clone());
        }
        if let Some(active) = changes.active.filter(|_| !leaving) {
            update.value("active", active);
        }
        txn.execute(&update).await.map_err(db_err)?;
        if before.role == Role::Manager && changes.unit_id.is_some_and(|u| u != before.unit_id) {
            // The book figures of both units change: the analytics' stamp has to move.
            let touch =
                Query::update().table("manager_profiles").value("updated_at", now()).and_where(Expr::col("user_id").eq(id)).to_owned();
            txn.execute(&touch).await.map_err(db_err)?;
        }
        if leaving {
            close_account(&txn, id).await?;
        }
        if let Some(active) = changes.active.filter(|_| before.role == Role::Manager) {
            set_takes_customers(&txn, id, active).await?;
        }
        let after = read_member(&txn, id).await?.ok_or_else(|| DomainError::internal("staff member vanished"))?;
        txn.commit().await.map_err(db_err)?;
        Ok(after)
    }
}

#[async_trait]
impl StaffDirectory for Store {
    async fn staff(&self, query: &StaffQuery, units: &[UnitId]) -> DomainResult<Page<StaffMember>> {
        let cond = filters(query, units);
        let mut count = Query::select();
        count.expr(Expr::col(("u", "id")).count()).from_as("users", "u").cond_where(cond.clone());
        count.and_where(Expr::col(("u", "role")).is_in([Role::Manager.as_str(), Role::Admin.as_str()]));
        let total = self
            .db
            .query_one(&count)
            .await
            .map_err(db_err)?
            .map_or(Ok(0), |r| r.try_get_by_index::<i64>(0))
            .map_err(DomainError::internal)?;
        let mut select = select_staff();
        select
            .cond_where(cond)
            .order_by(("u", "username"), sea_orm::sea_query::Order::Asc)
            .limit(query.per_page)
            .offset((query.page - 1) * query.per_page);
        let rows = self.db.query_all(&select).await.map_err(db_err)?;
        Ok(Page {
            items: rows.iter().map(member_from_row).collect::<DomainResult<_>>()?,
            total: u64::try_from(total).unwrap_or(0),
            page: query.page,
            per_page: query.per_page,
        })
    }

    async fn staff_member(&self, id: UserId) -> DomainResult<Option<StaffMember>> {
        read_member(&self.db, id).await
    }

    async fn create_staff(&self, staff: &NewStaff) -> DomainResult<StaffMember> {
        self.retrying(|| self.write_new_staff(staff)).await
    }

    async fn change_staff(&self, id: UserId, changes: &StaffChanges) -> DomainResult<StaffMember> {
        self.retrying(|| self.write_staff_change(id, changes)).await
    }
}
