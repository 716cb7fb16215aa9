//! The throttle's policy against an in-memory `LoginFailures`, including attempts that
//! interleave at every await as parallel requests do.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll, Waker};

use async_trait::async_trait;

use super::*;

/// Rows `(attempt, key, at)`; with `interleave`, `reserve` lets every other attempt run
/// between its insert and its count — the worst case for a check-then-act throttle.
#[derive(Default)]
pub(crate) struct MemoryFailures {
    rows: Mutex<Vec<(String, String, i64)>>,
    next: AtomicU64,
    interleave: bool,
}

impl MemoryFailures {
    pub(crate) fn interleaved() -> Self {
        Self { interleave: true, ..Self::default() }
    }

    pub(crate) fn count(&self, key: &str) -> usize {
        self.rows.lock().unwrap().iter().filter(|(_, k, _)| k == key).count()
    }
}

/// Pending once, then ready: a point where other futures run.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

#[async_trait]
impl LoginFailures for MemoryFailures {
    async fn reserve(&self, keys: &[AttemptKey], at: i64) -> DomainResult<(String, Vec<KeyCount>)> {
        let attempt = self.next.fetch_add(1, Ordering::SeqCst).to_string();
        self.rows.lock().unwrap().extend(keys.iter().map(|k| (attempt.clone(), k.key.clone(), at)));
        if self.interleave {
            YieldOnce(false).await;
        }
        let rows = self.rows.lock().unwrap();
        let counts = keys
            .iter()
            .filter_map(|k| {
                let times: Vec<i64> = rows.iter().filter(|(_, key, t)| *key == k.key && *t >= k.since).map(|(_, _, t)| *t).collect();
                let oldest = times.iter().min().copied()?;
                Some(KeyCount { key: k.key.clone(), count: u32::try_from(times.len()).unwrap(), oldest })
            })
            .collect();
        Ok((attempt, counts))
    }

    async fn release(&self, attempt: &str, keys: &[String], at: i64, clear: Option<&str>) -> DomainResult<()> {
        self.rows.lock().unwrap().retain(|(a, k, t)| !((a == attempt && keys.contains(k) && *t == at) || Some(k.as_str()) == clear));
        Ok(())
    }

    async fn forget_before(&self, before: i64) -> DomainResult<()> {
        self.rows.lock().unwrap().retain(|(_, _, t)| *t >= before);
        Ok(())
    }
}

/// Polls every future in turn until all are done (they wait only on [`YieldOnce`]).
pub(crate) fn run_all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut futures: Vec<Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut done: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    let mut context = Context::from_waker(Waker::noop());
    while done.iter().any(Option::is_none) {
        for (future, slot) in futures.iter_mut().zip(done.iter_mut()) {
            if slot.is_none()
                && let Poll::Ready(value) = future.as_mut().poll(&mut context)
            {
                *slot = Some(value);
            }
        }
    }
    done.into_iter().flatten().collect()
}

pub(crate) fn block_on<F: Future>(future: F) -> F::Output {
    run_all(vec![future]).pop().unwrap()
}

fn throttle(failures: &Arc<MemoryFailures>) -> LoginThrottle {
    LoginThrottle::new(ThrottlePolicy::default(), failures.clone())
}

/// Fails `n` logins for `username` from `client` at `now`.
fn fail(throttle: &LoginThrottle, username: &str, client: &str, now: i64, n: usize) {
    for _ in 0..n {
        let reserved = block_on(throttle.reserve_login(username, client, now)).expect("let through");
        block_on(throttle.keep(reserved)).unwrap();
    }
}

fn waits(result: DomainResult<Reserved>) -> Option<u64> {
    match result {
        Err(DomainError::TooManyAttempts { retry_after_secs }) => Some(retry_after_secs),
        _ => None,
    }
}

#[test]
fn the_sixth_attempt_within_the_window_waits_until_the_oldest_failure_leaves_it() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    fail(&throttle, "bob", "1.1.1.1", 100, 5);
    assert_eq!(waits(block_on(throttle.reserve_login("bob", "1.1.1.1", 110))), Some(900 - 10));
    assert_eq!(waits(block_on(throttle.reserve_login("bob", "1.1.1.1", 899))), Some(101));
    assert!(block_on(throttle.reserve_login("bob", "1.1.1.1", 1000)).is_ok(), "the window moved on");
}

#[test]
fn twenty_attempts_interleaved_at_every_await_let_at_most_five_through() {
    let failures = Arc::new(MemoryFailures::interleaved());
    let throttle = throttle(&failures);
    let attempts = (0..20).map(|_| throttle.reserve_login("bob", "1.1.1.1", 100)).collect();
    let results = run_all(attempts);
    let through = results.iter().filter(|r| r.is_ok()).count();
    assert!(through <= 5, "{through} attempts got through");
    assert_eq!(results.iter().filter(|r| matches!(r, Err(DomainError::TooManyAttempts { .. }))).count(), 20 - through);
    assert_eq!(failures.count("p:bob|1.1.1.1"), through, "blocked attempts took their rows back");
}

#[test]
fn attempts_one_after_another_let_exactly_the_limit_through() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    let results: Vec<_> = (0..20).map(|_| block_on(throttle.reserve_login("bob", "1.1.1.1", 100))).collect();
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 5);
}

#[test]
fn a_locked_out_attacker_who_keeps_trying_does_not_stretch_the_lockout() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    fail(&throttle, "bob", "6.6.6.6", 100, 5);
    for now in (200..999).step_by(50) {
        assert!(waits(block_on(throttle.reserve_login("bob", "6.6.6.6", now))).is_some());
    }
    assert_eq!(failures.count("p:bob|6.6.6.6"), 5);
    assert!(block_on(throttle.reserve_login("bob", "6.6.6.6", 1000)).is_ok(), "free when the first five leave the window");
}

#[test]
fn a_user_locked_out_from_one_address_still_logs_in_from_another() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    fail(&throttle, "admin", "6.6.6.6", 100, 5);
    assert!(waits(block_on(throttle.reserve_login("ADMIN", "6.6.6.6", 101))).is_some(), "case does not dodge the key");
    let from_office = block_on(throttle.reserve_login("admin", "10.0.0.7", 101)).expect("another address");
    block_on(throttle.succeeded(from_office)).unwrap();
    assert!(waits(block_on(throttle.reserve_login("admin", "6.6.6.6", 102))).is_some(), "the attacker's key is not cleared");
}

#[test]
fn guesses_spread_over_many_addresses_reach_the_slower_per_username_limit() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    for bot in 0..20 {
        fail(&throttle, "bob", &format!("7.7.7.{bot}"), 100, 5);
    }
    let wait = waits(block_on(throttle.reserve_login("bob", "8.8.8.8", 200)));
    assert_eq!(wait, Some(3600 - 100), "100 failures from everywhere in the hour");
    assert!(block_on(throttle.reserve_login("alice", "8.8.8.8", 200)).is_ok(), "other users are not affected");
}

#[test]
fn one_address_guessing_many_usernames_is_throttled_by_address() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    for n in 0..50 {
        fail(&throttle, &format!("made-up-{n}"), "9.9.9.9", 100, 1);
    }
    assert!(waits(block_on(throttle.reserve_login("someone-else", "9.9.9.9", 101))).is_some());
    assert!(block_on(throttle.reserve_login("someone-else", "9.9.9.10", 101)).is_ok());
}

#[test]
fn a_success_clears_its_own_username_and_address_but_not_the_username_elsewhere() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    fail(&throttle, "bob", "1.1.1.1", 100, 4);
    fail(&throttle, "bob", "2.2.2.2", 100, 3);
    let success = block_on(throttle.reserve_login("Bob", "1.1.1.1", 101)).unwrap();
    block_on(throttle.succeeded(success)).unwrap();
    assert_eq!(failures.count("p:bob|1.1.1.1"), 0);
    assert_eq!(failures.count("p:bob|2.2.2.2"), 3);
    assert_eq!(failures.count("u:bob"), 7, "the success itself is not counted, the failures stay");
    assert_eq!(failures.count("c:1.1.1.1"), 4);
}

#[test]
fn registrations_are_counted_per_address_and_blocked_ones_are_not() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    for _ in 0..10 {
        block_on(throttle.keep(block_on(throttle.reserve_registration("3.3.3.3", 100)).unwrap())).unwrap();
    }
    assert_eq!(waits(block_on(throttle.reserve_registration("3.3.3.3", 160))), Some(3600 - 60));
    assert_eq!(failures.count("r:3.3.3.3"), 10);
    assert!(block_on(throttle.reserve_registration("3.3.3.4", 160)).is_ok());
}

#[test]
fn rows_older_than_every_window_are_forgotten() {
    let failures = Arc::new(MemoryFailures::default());
    let throttle = throttle(&failures);
    fail(&throttle, "bob", "1.1.1.1", 100, 2);
    fail(&throttle, "bob", "1.1.1.1", 100 + 3600, 1);
    assert_eq!(failures.count("u:bob"), 1);
}

#[test]
fn usernames_count_case_insensitively_and_keys_are_bounded() {
    assert_eq!(throttle_keys("Bob", "x"), throttle_keys(" bOB", "x"));
    for key in throttle_keys(&"名".repeat(500), &"9".repeat(500)) {
        assert!(key.chars().count() <= 100, "{key}");
    }
}

#[test]
fn an_ipv6_client_counts_by_its_64_network() {
    let [_, _, one] = throttle_keys("bob", "2001:db8:1:2:aaaa::1");
    let [_, _, other] = throttle_keys("bob", "2001:db8:1:2:bbbb::99");
    assert_eq!(one, other);
    assert_eq!(one, "c:2001:db8:1:2::/64");
    assert_eq!(throttle_keys("bob", "::ffff:1.2.3.4")[2], "c:1.2.3.4");
    assert_eq!(registration_key("2001:db8:1:3::1"), "r:2001:db8:1:3::/64");
}
