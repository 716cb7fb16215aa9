//! Login and registration against in-memory ports: what is counted, when the password is
//! checked, and which names are one account.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_trait::async_trait;

use super::*;
use crate::organisation::{NewUnit, OrgUnit, UnitId, UnitName, UnitSummary};
use crate::ports::{AccountOrigin, AuditRecord, Credentials, IssuedToken, Page};
use crate::services::throttle::ThrottlePolicy;
use crate::services::throttle::tests::{MemoryFailures, block_on, run_all};
use crate::user::username_key;

/// A user, their password hash and who created them.
type StoredUser = (User, Option<String>, Option<UserId>);

#[derive(Default)]
struct Users(Mutex<Vec<StoredUser>>);

#[async_trait]
impl UserRepository for Users {
    async fn create(&self, user: NewUser) -> DomainResult<User> {
        let mut users = self.0.lock().unwrap();
        if users.iter().any(|(u, _, _)| username_key(&u.username) == username_key(&user.username)) {
            return Err(DomainError::UsernameTaken);
        }
        let id = i64::try_from(users.len()).unwrap() + 1;
        let created = User {
            id,
            username: user.username,
            display_name: user.display_name,
            role: user.role,
            active: true,
            must_change_password: user.created_by.is_some(),
            unit_id: 1,
            head_office: true,
        };
        users.push((created.clone(), user.password_hash, user.created_by));
        Ok(created)
    }
    async fn credentials(&self, username: &str) -> DomainResult<Option<Credentials>> {
        let users = self.0.lock().unwrap();
        let found = users.iter().find(|(u, _, _)| username_key(&u.username) == username_key(username));
        Ok(found.map(|(user, hash, _)| Credentials { user: user.clone(), password_hash: hash.clone(), token_version: 0 }))
    }
    async fn session_state(&self, _: UserId) -> DomainResult<Option<(User, i32)>> {
        Ok(None)
    }
    async fn set_password(&self, _: UserId, _: &str, _: UserId) -> DomainResult<bool> {
        Ok(false)
    }
    async fn account_origin(&self, id: UserId) -> DomainResult<Option<AccountOrigin>> {
        let users = self.0.lock().unwrap();
        let found = users.iter().find(|(u, _, _)| u.id == id);
        Ok(found.map(|(_, _, by)| AccountOrigin { created_at: 0, created_by: *by, password_set_at: None, password_set_by: None }))
    }
}

/// "Hashes" like bcrypt in one respect: only the first 72 bytes count. Counts every check.
#[derive(Default)]
struct Hasher {
    checks: AtomicUsize,
}

fn fake_hash(password: &str) -> String {
    format!("h:{}", String::from_utf8_lossy(&password.as_bytes()[..password.len().min(72)]))
}

#[async_trait]
impl PasswordHasher for Hasher {
    async fn hash(&self, password: &str) -> DomainResult<String> {
        Ok(fake_hash(password))
    }
    async fn verify(&self, password: &str, hash: &str) -> DomainResult<bool> {
        self.checks.fetch_add(1, Ordering::SeqCst);
        Ok(fake_hash(password) == hash)
    }
}

struct Nothing;

#[async_trait]
impl RevokedTokens for Nothing {
    async fn revoke(&self, _: &str, _: i64) -> DomainResult<()> {
        Ok(())
    }
    async fn is_revoked(&self, _: &str) -> DomainResult<bool> {
        Ok(false)
    }
}

#[async_trait]
impl AuditLog for Nothing {
    async fn record(&self, _: AuditEntry) -> DomainResult<()> {
        Ok(())
    }
    async fn recent(&self, query: &crate::ports::AuditQuery) -> DomainResult<Page<AuditRecord>> {
        Ok(Page { items: Vec::new(), total: 0, page: query.page, per_page: query.per_page })
    }
}

#[async_trait]
impl OrgUnits for Nothing {
    async fn units(&self) -> DomainResult<Vec<UnitSummary>> {
        Ok(Vec::new())
    }
    async fn tree(&self) -> DomainResult<Vec<OrgUnit>> {
        Ok(Vec::new())
    }
    async fn unit(&self, _: UnitId) -> DomainResult<Option<OrgUnit>> {
        Ok(None)
    }
    async fn create_unit(&self, _: &NewUnit) -> DomainResult<OrgUnit> {
        Err(DomainError::internal("no organisation here"))
    }
    async fn change_unit(&self, _: UnitId, _: Option<&UnitName>, _: Option<UnitId>) -> DomainResult<OrgUnit> {
        Err(DomainError::internal("no organisation here"))
    }
    async fn close_unit(&self, _: UnitId) -> DomainResult<OrgUnit> {
        Err(DomainError::internal("no organisation here"))
    }
}

impl TokenIssuer for Nothing {
    fn issue(&self, user_id: UserId, role: Role, version: i32, now: i64) -> DomainResult<IssuedToken> {
        let claims = TokenClaims { user_id, role, jti: "j".into(), issued_at: now, expires_at: now + 60, version };
        Ok(IssuedToken { token: "token".into(), claims })
    }
    fn decode(&self, _: &str, _: i64) -> DomainResult<TokenClaims> {
        Err(DomainError::Unauthenticated)
    }
}

impl Clock for Nothing {
    fn now(&self) -> i64 {
        1_000
    }
}

struct Fixture {
    auth: AuthService,
    hasher: Arc<Hasher>,
}

fn fixture(failures: MemoryFailures) -> Fixture {
    let hasher = Arc::new(Hasher::default());
    let auth = AuthService {
        users: Arc::new(Users::default()),
        revoked: Arc::new(Nothing),
        hasher: hasher.clone(),
        tokens: Arc::new(Nothing),
        audit: Arc::new(Nothing),
        units: Arc::new(Nothing),
        clock: Arc::new(Nothing),
        throttle: LoginThrottle::new(ThrottlePolicy::default(), Arc::new(failures)),
        default_capacity: 50,
        decoy_hash: fake_hash("decoy"),
        demo: Default::default(),
    };
    Fixture { auth, hasher }
}

fn register(auth: &AuthService, caller: Option<Actor>, username: &str, password: &str, client: &str) -> DomainResult<User> {
    let input = RegisterInput { username: username.into(), password: password.into(), name: None, role: None };
    block_on(auth.register(caller, input, client)).map(|outcome| outcome.user)
}

fn code<T>(result: DomainResult<T>) -> &'static str {
    result.map_or_else(|e| e.code().as_str(), |_| "ok")
}

#[test]
fn a_blocked_login_never_reaches_the_password_check() {
    let f = fixture(MemoryFailures::default());
    register(&f.auth, None, "bob", "right-password", "1.1.1.1").unwrap();
    for _ in 0..5 {
        assert_eq!(code(block_on(f.auth.login("bob", "wrong-password", "6.6.6.6"))), "invalid_credentials");
    }
    assert_eq!(code(block_on(f.auth.login("bob", "right-password", "6.6.6.6"))), "too_many_attempts");
    assert_eq!(f.hasher.checks.load(Ordering::SeqCst), 5);
    assert_eq!(code(block_on(f.auth.login("bob", "right-password", "1.1.1.1"))), "ok", "from another address");
}

#[test]
fn twenty_parallel_guesses_check_at_most_five_passwords() {
    let f = fixture(MemoryFailures::interleaved());
    register(&f.auth, None, "bob", "right-password", "1.1.1.1").unwrap();
    let guesses = (0..20).map(|n| f.auth.login("bob", if n == 7 { "right-password" } else { "wrong-password" }, "6.6.6.6")).collect();
    let results = run_all(guesses);
    let throttled = results.iter().filter(|r| matches!(r, Err(DomainError::TooManyAttempts { .. }))).count();
    assert!(throttled >= 15, "{throttled} throttled");
    assert!(f.hasher.checks.load(Ordering::SeqCst) <= 5);
}

#[test]
fn a_password_whose_first_72_bytes_are_right_is_still_wrong() {
    let f = fixture(MemoryFailures::default());
    let password = "p".repeat(72);
    register(&f.auth, None, "bob", &password, "1.1.1.1").unwrap();
    assert_eq!(code(block_on(f.auth.login("bob", &format!("{password}-and-more"), "1.1.1.1"))), "invalid_credentials");
    assert_eq!(code(block_on(f.auth.login("bob", &password, "1.1.1.1"))), "ok");
    assert_eq!(code(register(&f.auth, None, "carol", &format!("{password}!"), "1.1.1.1")), "password_too_long");
}

#[test]
fn a_look_alike_username_cannot_register_and_logs_in_as_the_original() {
    let f = fixture(MemoryFailures::default());
    register(&f.auth, None, "customer1", "right-password", "1.1.1.1").unwrap();
    assert_eq!(code(register(&f.auth, None, "Customer1", "other-password", "1.1.1.1")), "username_taken");
    let outcome = block_on(f.auth.login("CUSTOMER1", "right-password", "1.1.1.1")).unwrap();
    assert_eq!(outcome.user.username, "customer1");
}

#[test]
fn registrations_stop_at_ten_per_address_unless_an_admin_creates_them() {
    let f = fixture(MemoryFailures::default());
    for n in 0..10 {
        register(&f.auth, None, &format!("storm-{n}"), "long-enough", "4.4.4.4").unwrap();
    }
    assert_eq!(code(register(&f.auth, None, "storm-10", "long-enough", "4.4.4.4")), "too_many_attempts");
    let customer = Actor { id: 1, role: Role::Customer, unit_scope: None };
    assert_eq!(code(register(&f.auth, Some(customer), "storm-11", "long-enough", "4.4.4.4")), "too_many_attempts");
    let admin = Actor { id: 99, role: Role::Admin, unit_scope: None };
    let created = register(&f.auth, Some(admin), "storm-12", "long-enough", "4.4.4.4").unwrap();
    let origin = block_on(f.auth.users.account_origin(created.id)).unwrap().unwrap();
    assert_eq!(origin.created_by, Some(99), "who created it is recorded");
    assert_eq!(code(register(&f.auth, None, "elsewhere", "long-enough", "4.4.4.5")), "ok");
}

#[test]
fn a_customer_who_registers_gets_a_session_and_an_account_an_admin_creates_gets_none() {
    let f = fixture(MemoryFailures::default());
    let input = |name: &str| RegisterInput { username: name.into(), password: "long-enough".into(), name: None, role: None };
    let own = block_on(f.auth.register(None, input("dora"), "1.1.1.1")).unwrap();
    let session = own.session.expect("self-registration opens a session");
    assert_eq!((session.user.id, session.token.as_str()), (own.user.id, "token"));
    let admin = Actor { id: 99, role: Role::Admin, unit_scope: None };
    let made = block_on(f.auth.register(Some(admin), input("erin"), "1.1.1.1")).unwrap();
    assert!(made.session.is_none(), "the admin holds no session of the new user");
}
