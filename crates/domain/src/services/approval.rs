//! Maker-checker: whether an admin is independent of the admin who proposed a change, from
//! where their accounts came from ([`UserRepository::account_origin`]).
//!
//! An account is in someone's hands when they created it or set its password — and so is every
//! account *that* account created or set a password for. A second account of the proposer's
//! own making must not count as a second person.

use std::collections::HashSet;

use crate::error::DomainResult;
use crate::ports::UserRepository;
use crate::user::UserId;

/// How many accounts the walk up the creators and password setters looks at, at most; a
/// chain longer than this is treated as not independent.
const MAX_ACCOUNTS: usize = 256;

/// Whether `approver` may approve what `proposer` proposed at `proposed_at` (Unix seconds):
/// not the proposer, not created at or after `proposed_at`, and neither created nor given a
/// password by the proposer, directly or through accounts the proposer controls. An account
/// whose creator is unknown (self-registered, seeded, created before this was recorded) or
/// deleted ends its chain there.
/// # Errors
/// Storage failures.
pub async fn independent_approver(users: &dyn UserRepository, approver: UserId, proposer: UserId, proposed_at: i64) -> DomainResult<bool> {
    let Some(origin) = users.account_origin(approver).await? else { return Ok(false) };
    if approver == proposer || origin.created_at >= proposed_at {
        return Ok(false);
    }
    let mut seen = HashSet::from([approver]);
    let mut next: Vec<UserId> = [origin.created_by, origin.password_set_by].into_iter().flatten().collect();
    while let Some(id) = next.pop() {
        if id == proposer {
            return Ok(false);
        }
        if !seen.insert(id) {
            continue;
        }
        if seen.len() > MAX_ACCOUNTS {
            return Ok(false);
        }
        if let Some(origin) = users.account_origin(id).await? {
            next.extend([origin.created_by, origin.password_set_by].into_iter().flatten());
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use async_trait::async_trait;

    use super::*;
    use crate::error::DomainError;
    use crate::ports::{AccountOrigin, Credentials, NewUser};
    use crate::services::throttle::tests::block_on;
    use crate::user::User;

    /// Accounts by id: `(created_at, created_by, password_set_by)`.
    struct Origins(HashMap<UserId, (i64, Option<UserId>, Option<UserId>)>);

    #[async_trait]
    impl UserRepository for Origins {
        async fn create(&self, _: NewUser) -> DomainResult<User> {
            Err(DomainError::internal("not used"))
        }
        async fn credentials(&self, _: &str) -> DomainResult<Option<Credentials>> {
            Ok(None)
        }
        async fn session_state(&self, _: UserId) -> DomainResult<Option<(User, i32)>> {
            Ok(None)
        }
        async fn set_password(&self, _: UserId, _: &str, _: UserId) -> DomainResult<bool> {
            Ok(false)
        }
        async fn account_origin(&self, id: UserId) -> DomainResult<Option<AccountOrigin>> {
            Ok(self.0.get(&id).map(|&(created_at, created_by, password_set_by)| AccountOrigin {
                created_at,
                created_by,
                password_set_at: password_set_by.map(|_| created_at),
                password_set_by,
            }))
        }
    }

    fn may_approve(origins: &Origins, approver: UserId) -> bool {
        // Admin 1 proposed at time 100.
        block_on(independent_approver(origins, approver, 1, 100)).unwrap()
    }

    #[test]
    fn an_admin_from_elsewhere_may_approve_but_the_proposer_may_not() {
        let origins = Origins(HashMap::from([(1, (0, None, None)), (2, (0, None, None))]));
        assert!(may_approve(&origins, 2));
        assert!(!may_approve(&origins, 1));
    }

    #[test]
    fn an_account_the_proposer_created_or_set_a_password_for_may_not_approve() {
        let origins = Origins(HashMap::from([(1, (0, None, None)), (2, (10, Some(1), None)), (3, (10, None, Some(1)))]));
        assert!(!may_approve(&origins, 2));
        assert!(!may_approve(&origins, 3));
    }

    #[test]
    fn nor_one_created_through_an_account_the_proposer_controls() {
        // 1 created 2; 2 created 3; 4's password was set by 3.
        let origins =
            Origins(HashMap::from([(1, (0, None, None)), (2, (10, Some(1), None)), (3, (20, Some(2), None)), (4, (0, None, Some(3)))]));
        assert!(!may_approve(&origins, 3));
        assert!(!may_approve(&origins, 4));
    }

    #[test]
    fn nor_an_account_created_after_the_proposal_nor_an_unknown_one() {
        let origins = Origins(HashMap::from([(1, (0, None, None)), (5, (100, Some(9), None)), (6, (50, Some(7), None))]));
        assert!(!may_approve(&origins, 5), "created at the proposal's second");
        assert!(may_approve(&origins, 6), "created before by an admin since deleted");
        assert!(!may_approve(&origins, 8), "no such account");
    }
}
