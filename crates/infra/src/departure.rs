//! A departure applied inside the transaction that commits its transfer: the departing
//! manager's book must be empty once the transfer's moves are written (anyone given to them
//! since the preview makes the commit a conflict), then they take no more customers and, when
//! deactivated, no longer log in — every session of theirs ends.

use portrait_domain::ErrorCode;
use portrait_domain::ports::AuditEntry;
use portrait_domain::runs::Departure;
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::{ConnectionTrait, DatabaseTransaction, Statement};
use serde_json::json;

use crate::audit::{append, unit_of};
use crate::db::{Store, db_err, for_update};
use crate::staff_directory::{close_account, set_takes_customers};

/// # Errors
/// `run_conflict` when the manager still has customers after the transfer's moves.
pub(crate) async fn apply_departure(
    txn: &DatabaseTransaction,
    run_id: i64,
    manager_id: UserId,
    departure: Departure,
    actor_id: UserId,
) -> DomainResult<()> {
    let backend = txn.get_database_backend();
    // The account's row first, as a staff change takes it: the two are serialised.
    let locked = format!("SELECT id FROM users WHERE id = {manager_id}{}", for_update(backend));
    txn.query_one_raw(Statement::from_string(backend, locked)).await.map_err(db_err)?;
    let left = Store::count_sql(txn, &format!("SELECT COUNT(*) FROM customer_profiles WHERE manager_id = {manager_id}")).await?;
    if left > 0 {
        return Err(DomainError::Conflict {
            code: ErrorCode::RunConflict,
            message: format!("{left} customers joined the departing manager's book since this run was proposed; start a new run"),
        });
    }
    set_takes_customers(txn, manager_id, false).await?;
    if departure == Departure::Deactivated {
        close_account(txn, manager_id).await?;
    }
    append(
        txn,
        &AuditEntry {
            actor_id: Some(actor_id),
            action: "staff.departure".into(),
            target: format!("user:{manager_id}"),
            after: Some(json!({"status": departure.as_str(), "run_id": run_id})),
            unit_id: unit_of(txn, manager_id).await?,
            ..AuditEntry::default()
        },
    )
    .await
}
