//! The admin dashboard, statistics and analytics, and a manager's own statistics.
//!
//! Book-wide figures (GROUP BY queries) and the analyses that need every customer (best
//! possible scores, capability gaps, the projection) are computed once per state of the book:
//! each is cached under a `BookStamp` (latest change times and ids, answered by indexes) and
//! recomputed when the stamp moves, so every replica sees a change on its next request.
//! One recomputation runs at a time; meanwhile other requests get the previous figures.
//! A branch's admin gets the same figures for their part of the organisation, cached per part.

use std::sync::{Arc, Mutex};

use crate::DomainError;
use crate::analytics::book::{CapabilityGap, ScoreDistribution, capability_gaps, score_distribution};
use crate::analytics::projection::{PROJECTION_SAMPLE, Projection, project};
use crate::analytics::{AnalyticsRepository, BookFigures, BookStamp, ManagerBook, ManagerLoad};
use crate::customer::CustomerClass;
use crate::error::DomainResult;
use crate::error::ErrorCode;
use crate::organisation::{OrgUnits, UnitId, admin_over, list_units};
use crate::ports::{Clock, Page};
use crate::runs::{BookSnapshot, RunKind, RunLog, RunRecord, TaskRunner};
use crate::segmentation::{FeatureSpace, Persona};
use crate::services::stamp_cache::ScopedCaches;
use crate::tags::TagKind;
use crate::user::{Actor, Role, UserId};

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
    units: Arc<dyn OrgUnits>,
    runner: Arc<dyn TaskRunner>,
    clock: Arc<dyn Clock>,
    book: ScopedCaches<BookFigures>,
    loads: ScopedCaches<Vec<ManagerLoad>>,
    analysis: ScopedCaches<BookAnalysis>,
}

/// The storage and runtime an [`AnalyticsService`] reads through.
pub struct AnalyticsPorts {
    pub figures: Arc<dyn AnalyticsRepository>,
    pub log: Arc<dyn RunLog>,
    pub snapshots: Arc<dyn BookSnapshot>,
    pub units: Arc<dyn OrgUnits>,
    pub runner: Arc<dyn TaskRunner>,
    pub clock: Arc<dyn Clock>,
}

impl AnalyticsService {
    #[must_use]
    pub fn new(ports: AnalyticsPorts) -> Self {
        let AnalyticsPorts { figures, log, snapshots, units, runner, clock } = ports;
        Self {
            figures,
            log,
            snapshots,
            units,
            runner,
            clock,
            book: ScopedCaches::default(),
            loads: ScopedCaches::default(),
            analysis: ScopedCaches::default(),
        }
    }

    /// The part of the organisation a figure covers — `unit` and below it when asked for,
    /// else the admin's whole part — `None` meaning the whole bank.
    async fn part(&self, actor: Actor, unit: Option<UnitId>) -> DomainResult<Option<Vec<UnitId>>> {
        actor.require_any_admin()?;
        list_units(self.units.as_ref(), actor, unit).await
    }

    /// The latest runs over `units` (every run for the whole bank).
    async fn latest_runs(&self, units: Option<&[UnitId]>, limit: u64) -> DomainResult<Page<RunRecord>> {
        match units {
            None => self.log.runs(1, limit).await,
            Some(units) => self.log.unit_runs(units, 1, limit).await,
        }
    }

    /// Book figures and the latest finished run, of the admin's part (or of `unit` in it).
    /// # Errors
    /// `forbidden` unless an admin over `unit`; `not_found` for an unknown unit.
    pub async fn dashboard(&self, actor: Actor, unit: Option<UnitId>) -> DomainResult<(Arc<BookFigures>, Option<RunRecord>)> {
        let units = self.part(actor, unit).await?;
        let figures = self.book_figures(units.as_deref(), self.figures.stamp().await?).await?;
        let recent = self.latest_runs(units.as_deref(), 20).await?;
        let last = recent.items.into_iter().find(|r| r.kind != RunKind::Segmentation && r.summary.is_some());
        Ok((figures, last))
    }

    /// Book figures and every manager's load, of the admin's part (or of `unit` in it).
    /// # Errors
    /// `forbidden` unless an admin over `unit`; `not_found` for an unknown unit.
    pub async fn stats(&self, actor: Actor, unit: Option<UnitId>) -> DomainResult<(Arc<BookFigures>, Arc<Vec<ManagerLoad>>)> {
        let units = self.part(actor, unit).await?;
        // One stamp for both: the figures and the loads describe the same book.
        let stamp = self.figures.stamp().await?;
        let figures = self.book_figures(units.as_deref(), stamp).await?;
        let loads = self
            .loads
            .of(units.as_deref())
            .get(stamp, self.clock.now(), self.runner.as_ref(), || self.figures.manager_loads(units.as_deref()))
            .await?;
        Ok((figures, loads))
    }

    async fn book_figures(&self, units: Option<&[UnitId]>, stamp: BookStamp) -> DomainResult<Arc<BookFigures>> {
        self.book.of(units).get(stamp, self.clock.now(), self.runner.as_ref(), || self.figures.book_figures(units)).await
    }

    /// The personas of the latest segmentation. Segments are the bank's; a part of the
    /// organisation sees how many of its own customers (of each class) each one holds.
    /// # Errors
    /// `forbidden` unless an admin over `unit`; `not_found` for an unknown unit.
    pub async fn personas(&self, actor: Actor, unit: Option<UnitId>) -> DomainResult<Vec<Persona>> {
        let units = self.part(actor, unit).await?;
        let personas = self.figures.personas().await?;
        match units {
            None => Ok(personas),
            Some(units) => Ok(counted_within(personas, &self.figures.segment_members(&units).await?)),
        }
    }

    /// Current and best possible scores, capability gaps and the projection, of the admin's
    /// part (or of `unit` in it): what a run over that part could change.
    /// # Errors
    /// `forbidden` unless an admin over `unit`; `not_found` for an unknown unit.
    pub async fn analysis(&self, actor: Actor, unit: Option<UnitId>) -> DomainResult<Arc<BookAnalysis>> {
        let units = self.part(actor, unit).await?;
        // The stamp is read before the snapshot: a change in between only costs a recompute.
        let stamp = self.figures.stamp().await?;
        self.analysis.of(units.as_deref()).get(stamp, self.clock.now(), self.runner.as_ref(), || self.compute(units.as_deref())).await
    }

    async fn compute(&self, units: Option<&[UnitId]>) -> DomainResult<BookAnalysis> {
        let snapshot = match units {
            None => self.snapshots.snapshot().await?,
            Some(units) => self.snapshots.part_snapshot(units).await?,
        };
        let snapshot = Arc::new(snapshot);
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

    /// Finished runs, oldest first, with the book as each left it: every run for the whole
    /// bank, the runs over the part (or over `unit` and below it) otherwise.
    /// # Errors
    /// `forbidden` unless an admin over `unit`; `not_found`; `invalid_limit` outside 1..=200.
    pub async fn trend(&self, actor: Actor, limit: u64, unit: Option<UnitId>) -> DomainResult<Vec<TrendPoint>> {
        let units = self.part(actor, unit).await?;
        if !(1..=MAX_TREND_RUNS).contains(&limit) {
            return Err(DomainError::validation("limit", ErrorCode::InvalidLimit, format!("limit must be between 1 and {MAX_TREND_RUNS}")));
        }
        let page = self.latest_runs(units.as_deref(), limit).await?;
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

    /// A manager's own book: the manager themselves or an admin over their unit.
    /// # Errors
    /// `forbidden` for anyone else, `not_found` when `id` is not a manager.
    pub async fn manager_stats(&self, actor: Actor, id: UserId) -> DomainResult<ManagerBook> {
        let refused = || DomainError::forbidden("you may only see your own book's statistics");
        if !(actor.id == id || actor.role == Role::Admin) {
            return Err(refused());
        }
        let book = self.figures.manager_book(id, TOP_NEEDS).await?;
        if actor.id != id && !admin_over(self.units.as_ref(), actor, book.as_ref().map(|b| b.unit_id)).await? {
            return Err(refused());
        }
        book.ok_or_else(|| DomainError::NotFound("manager".into()))
    }
}

/// `personas` with each segment's size and class mix counted over `members` (segment,
/// class, customers) only.
fn counted_within(mut personas: Vec<Persona>, members: &[(i32, Option<CustomerClass>, u64)]) -> Vec<Persona> {
    for persona in &mut personas {
        let of_segment = || members.iter().filter(|(s, _, _)| u32::try_from(*s).ok() == Some(persona.segment));
        persona.size = of_segment().map(|(_, _, n)| n).sum();
        for mix in &mut persona.class_mix {
            mix.count = of_segment().filter(|(_, c, _)| c.is_some_and(|c| c.as_str() == mix.class)).map(|(_, _, n)| n).sum();
        }
    }
    personas
}
