//! The admin dashboard, statistics and analytics, and a manager's own statistics.
//!
//! Book-wide figures (GROUP BY queries) and the analyses that need every customer (best
//! possible scores, capability gaps, the projection) are computed once per state of the book:
//! each is cached under a `BookStamp` (latest change times and ids, answered by indexes) and
//! recomputed when the stamp moves, so every replica sees a change on its next request.
//! One recomputation runs at a time; meanwhile other requests get the previous figures.

use std::sync::{Arc, Mutex};

use crate::DomainError;
use crate::analytics::book::{CapabilityGap, ScoreDistribution, capability_gaps, score_distribution};
use crate::analytics::projection::{PROJECTION_SAMPLE, Projection, project};
use crate::analytics::{AnalyticsRepository, BookFigures, ManagerBook, ManagerLoad};
use crate::error::DomainResult;
use crate::error::ErrorCode;
use crate::ports::{Clock, Page};
use crate::runs::{BookSnapshot, RunKind, RunLog, RunRecord, TaskRunner};
use crate::segmentation::{FeatureSpace, Persona};
use crate::services::stamp_cache::StampCache;
use crate::tags::TagKind;
use crate::user::{Actor, UserId};

/// Runs a trend shows at most.
pub const MAX_TREND_RUNS: u64 = 200;
/// Needs listed in a manager's statistics.
const TOP_NEEDS: u64 = 5;

/// Everything computed from one snapshot of the book.
#[derive(Debug, Clone, PartialEq)]
pub struct BookAnalysis {
    /// Unix seconds when it was computed.
    pub computed_at: i64,
    pub scores: ScoreDistribution,
    pub gaps: Vec<CapabilityGap>,
    pub projection: Projection,
}

/// One finished run in the trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub run: RunRecord,
    pub assigned: u64,
    pub unassigned: u64,
    pub mean_score: f64,
}

pub struct AnalyticsService {
    figures: Arc<dyn AnalyticsRepository>,
    log: Arc<dyn RunLog>,
    snapshots: Arc<dyn BookSnapshot>,
    runner: Arc<dyn TaskRunner>,
    clock: Arc<dyn Clock>,
    book: StampCache<BookFigures>,
    loads: StampCache<Vec<ManagerLoad>>,
    analysis: StampCache<BookAnalysis>,
}

impl AnalyticsService {
    #[must_use]
    pub fn new(
        figures: Arc<dyn AnalyticsRepository>,
        log: Arc<dyn RunLog>,
        snapshots: Arc<dyn BookSnapshot>,
        runner: Arc<dyn TaskRunner>,
        clock: Arc<dyn Clock>,
    ) -> Self {
        Self {
            figures,
            log,
            snapshots,
            runner,
            clock,
            book: StampCache::default(),
            loads: StampCache::default(),
            analysis: StampCache::default(),
        }
    }

    /// Book figures and the latest finished run.
    /// # Errors
    /// `forbidden` unless admin.
    pub async fn dashboard(&self, actor: Actor) -> DomainResult<(Arc<BookFigures>, Option<RunRecord>)> {
        actor.require_admin()?;
        let figures = self.book_figures().await?;
        let recent: Page<RunRecord> = self.log.runs(1, 20).await?;
        let last = recent.items.into_iter().find(|r| r.kind != RunKind::Segmentation && r.summary.is_some());
        Ok((figures, last))
    }

    /// Book figures and every manager's load.
    /// # Errors
    /// `forbidden` unless admin.
    pub async fn stats(&self, actor: Actor) -> DomainResult<(Arc<BookFigures>, Arc<Vec<ManagerLoad>>)> {
        actor.require_admin()?;
        let figures = self.book_figures().await?;
        let stamp = self.figures.stamp().await?;
        let loads = self.loads.get(stamp, self.clock.now(), self.runner.as_ref(), || self.figures.manager_loads()).await?;
        Ok((figures, loads))
    }

    async fn book_figures(&self) -> DomainResult<Arc<BookFigures>> {
        let stamp = self.figures.stamp().await?;
        self.book.get(stamp, self.clock.now(), self.runner.as_ref(), || self.figures.book_figures()).await
    }

    /// The personas of the latest segmentation.
    /// # Errors
    /// `forbidden` unless admin.
    pub async fn personas(&self, actor: Actor) -> DomainResult<Vec<Persona>> {
        actor.require_admin()?;
        self.figures.personas().await
    }

    /// Current and best possible scores, capability gaps and the projection.
    /// # Errors
    /// `forbidden` unless admin.
    pub async fn analysis(&self, actor: Actor) -> DomainResult<Arc<BookAnalysis>> {
        actor.require_admin()?;
        // The stamp is read before the snapshot: a change in between only costs a recompute.
        let stamp = self.figures.stamp().await?;
        self.analysis.get(stamp, self.clock.now(), self.runner.as_ref(), || self.compute()).await
    }

    async fn compute(&self) -> DomainResult<BookAnalysis> {
        let snapshot = Arc::new(self.snapshots.snapshot().await?);
        let computed_at = self.clock.now();
        let slot: Arc<Mutex<Option<BookAnalysis>>> = Arc::default();
        let out = Arc::clone(&slot);
        self.runner
            .blocking(Box::new(move || {
                let space = FeatureSpace {
                    needs: snapshot.vocabulary.of(TagKind::Need).len(),
                    hobbies: snapshot.vocabulary.of(TagKind::Hobby).len(),
                };
                let analysis = BookAnalysis {
                    computed_at,
                    scores: score_distribution(&snapshot),
                    gaps: capability_gaps(&snapshot),
                    projection: project(&snapshot, space, PROJECTION_SAMPLE),
                };
                if let Ok(mut slot) = out.lock() {
                    *slot = Some(analysis);
                }
            }))
            .await?;
        let analysis = slot.lock().map_err(|_| DomainError::internal("analysis poisoned"))?.take();
        analysis.ok_or_else(|| DomainError::internal("analysis produced nothing"))
    }

    /// Finished runs, oldest first, with the book as each left it.
    /// # Errors
    /// `forbidden` unless admin; `invalid_limit` outside 1..=200.
    pub async fn trend(&self, actor: Actor, limit: u64) -> DomainResult<Vec<TrendPoint>> {
        actor.require_admin()?;
        if !(1..=MAX_TREND_RUNS).contains(&limit) {
            return Err(DomainError::validation("limit", ErrorCode::InvalidLimit, format!("limit must be between 1 and {MAX_TREND_RUNS}")));
        }
        let page = self.log.runs(1, limit).await?;
        let mut points: Vec<TrendPoint> = page
            .items
            .into_iter()
            .filter(|r| r.kind != RunKind::Segmentation)
            .filter_map(|run| {
                let after = run.summary.as_ref()?.after.clone();
                Some(TrendPoint { assigned: after.assigned, unassigned: after.unassigned, mean_score: after.mean_score, run })
            })
            .collect();
        points.reverse();
        Ok(points)
    }

    /// A manager's own book: the manager themselves or an admin.
    /// # Errors
    /// `forbidden` for anyone else, `not_found` when `id` is not a manager.
    pub async fn manager_stats(&self, actor: Actor, id: UserId) -> DomainResult<ManagerBook> {
        if !(actor.is_admin() || actor.id == id) {
            return Err(DomainError::forbidden("you may only see your own book's statistics"));
        }
        self.figures.manager_book(id, TOP_NEEDS).await?.ok_or_else(|| DomainError::NotFound("manager".into()))
    }
}
