//! A result cached under the `BookStamp` it was computed for, recomputed by one caller at a
//! time when the stamp moves. The others wait for that computation for up to `PATIENCE`
//! (a small book is done by then, so they get the new figures), then take the previous result.

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::analytics::BookStamp;
use crate::error::DomainResult;
use crate::organisation::UnitId;
use crate::runs::TaskRunner;

/// How long a caller waits for another's computation before taking the previous result.
const PATIENCE: Duration = Duration::from_secs(2);
const POLL: Duration = Duration::from_millis(25);

pub struct StampCache<T> {
    state: Mutex<State<T>>,
    computing: AtomicBool,
}

struct State<T> {
    /// The result for the book as this stamp describes it.
    fresh: Option<(BookStamp, Arc<T>)>,
    /// The most recent result, whatever has changed since.
    latest: Option<Arc<T>>,
}

impl<T> Default for StampCache<T> {
    fn default() -> Self {
        Self { state: Mutex::new(State { fresh: None, latest: None }), computing: AtomicBool::new(false) }
    }
}

/// The right to recompute, held by one caller at a time; given back when dropped, errors included.
struct Turn<'a>(&'a AtomicBool);

impl<'a> Turn<'a> {
    fn take(flag: &'a AtomicBool) -> Option<Self> {
        flag.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).ok().map(|_| Self(flag))
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl<T> StampCache<T> {
    /// The result for `stamp`: cached, or computed now (`started` is the Unix second the
    /// computation starts in), or — when another caller's computation takes longer than
    /// `PATIENCE` — the previous result.
    /// Changes are stamped to the second, so a result is kept as fresh only when the newest
    /// change is older than the second it was computed in.
    /// # Errors
    /// Whatever `compute` fails with.
    pub async fn get<F, Fut>(&self, stamp: BookStamp, started: i64, runner: &dyn TaskRunner, compute: F) -> DomainResult<Arc<T>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = DomainResult<T>>,
    {
        let mut compute = Some(compute);
        let mut waited = Duration::ZERO;
        loop {
            if let Some(hit) = self.fresh_for(&stamp) {
                return Ok(hit);
            }
            if let Some(_turn) = Turn::take(&self.computing)
                && let Some(compute) = compute.take()
            {
                let value = Arc::new(compute().await?);
                if let Ok(mut state) = self.state.lock() {
                    state.latest = Some(Arc::clone(&value));
                    if stamp.newest_change() < started {
                        state.fresh = Some((stamp, Arc::clone(&value)));
                    }
                }
                return Ok(value);
            }
            if waited >= PATIENCE
                && let Some(previous) = self.state.lock().ok().and_then(|s| s.latest.clone())
            {
                return Ok(previous);
            }
            runner.sleep(POLL).await;
            waited += POLL;
        }
    }

    fn fresh_for(&self, stamp: &BookStamp) -> Option<Arc<T>> {
        let state = self.state.lock().ok()?;
        state.fresh.as_ref().filter(|(s, _)| s == stamp).map(|(_, v)| Arc::clone(v))
    }
}

/// Parts of the organisation whose results are kept at once; past that the map starts over.
const MAX_SCOPES: usize = 256;

/// A part of the organisation as a cache key: its units, or `None` for the whole bank.
type ScopeKey = Option<Vec<UnitId>>;

/// One [`StampCache`] per part of the organisation (`None`: the whole bank), so a branch's
/// figures are cached like the bank's.
pub struct ScopedCaches<T> {
    by_scope: Mutex<HashMap<ScopeKey, Arc<StampCache<T>>>>,
}

impl<T> Default for ScopedCaches<T> {
    fn default() -> Self {
        Self { by_scope: Mutex::new(HashMap::new()) }
    }
}

impl<T> ScopedCaches<T> {
    /// The cache of `scope`.
    pub fn of(&self, scope: Option<&[UnitId]>) -> Arc<StampCache<T>> {
        let key = scope.map(<[UnitId]>::to_vec);
        let Ok(mut map) = self.by_scope.lock() else { return Arc::new(StampCache::default()) };
        if map.len() >= MAX_SCOPES && !map.contains_key(&key) {
            map.clear();
        }
        Arc::clone(map.entry(key).or_default())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicU32;

    use super::*;
    use crate::runs::BoxJob;

    struct Immediate;

    #[async_trait::async_trait]
    impl TaskRunner for Immediate {
        fn spawn(&self, _job: BoxJob) {}
        async fn blocking(&self, work: Box<dyn FnOnce() + Send + 'static>) -> DomainResult<()> {
            work();
            Ok(())
        }
        async fn sleep(&self, _duration: Duration) {}
    }

    fn stamp(changed_at: i64) -> BookStamp {
        BookStamp { customers_changed_at: changed_at, ..BookStamp::default() }
    }

    fn block_on<F: Future>(future: F) -> F::Output {
        // The futures here never wait on anything, so polling once with a no-op waker finishes them.
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut context) {
            std::task::Poll::Ready(value) => value,
            std::task::Poll::Pending => panic!("the future waited"),
        }
    }

    #[test]
    fn the_same_stamp_is_answered_from_the_cache_and_a_new_one_recomputes() {
        let cache = StampCache::<u32>::default();
        let calls = AtomicU32::new(0);
        let compute = || async { Ok(calls.fetch_add(1, Ordering::SeqCst) + 1) };
        assert_eq!(*block_on(cache.get(stamp(10), 20, &Immediate, compute)).unwrap(), 1);
        assert_eq!(*block_on(cache.get(stamp(10), 21, &Immediate, compute)).unwrap(), 1, "cached");
        assert_eq!(*block_on(cache.get(stamp(11), 21, &Immediate, compute)).unwrap(), 2, "the book changed");
    }

    #[test]
    fn a_result_computed_in_the_second_of_the_latest_change_is_not_kept_as_fresh() {
        let cache = StampCache::<u32>::default();
        let calls = AtomicU32::new(0);
        let compute = || async { Ok(calls.fetch_add(1, Ordering::SeqCst) + 1) };
        block_on(cache.get(stamp(30), 30, &Immediate, compute)).unwrap();
        assert_eq!(*block_on(cache.get(stamp(30), 31, &Immediate, compute)).unwrap(), 2, "another change in second 30 may follow");
        assert_eq!(*block_on(cache.get(stamp(30), 32, &Immediate, compute)).unwrap(), 2);
    }

    #[test]
    fn when_another_computation_outlasts_the_patience_the_previous_result_is_given() {
        let cache = StampCache::<u32>::default();
        block_on(cache.get(stamp(1), 5, &Immediate, || async { Ok(7) })).unwrap();
        let _turn = Turn::take(&cache.computing);
        let answer = block_on(cache.get(stamp(2), 5, &Immediate, || async { Ok(8) })).unwrap();
        assert_eq!(*answer, 7, "no second computation while one runs");
    }

    #[test]
    fn a_failed_computation_gives_the_turn_back() {
        let cache = StampCache::<u32>::default();
        let failed = block_on(cache.get(stamp(1), 5, &Immediate, || async { Err(crate::DomainError::internal("boom")) }));
        assert!(failed.is_err());
        assert_eq!(*block_on(cache.get(stamp(1), 5, &Immediate, || async { Ok(3) })).unwrap(), 3);
    }
}
