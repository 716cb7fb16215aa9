//! HTTP bodies of the book analytics: personas, match quality, run trend, projection,
//! capability gaps and a manager's own statistics.

use portrait_domain::analytics::ManagerBook;
use portrait_domain::analytics::book::CapabilityGap;
use portrait_domain::analytics::projection::ProjectedPoint;
use portrait_domain::segmentation::Persona;
use portrait_domain::services::analytics::{BookAnalysis, TrendPoint};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::http::runs::summary::{ClassCountDto, PersonaDto};

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonasResponse {
    /// One per segment of the latest segmentation; empty before the first.
    pub personas: Vec<PersonaDto>,
}

impl From<Vec<Persona>> for PersonasResponse {
    fn from(list: Vec<Persona>) -> Self {
        Self { personas: list.into_iter().map(Into::into).collect() }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScoreBucketDto {
    pub score: u32,
    /// Assigned customers whose current match has this score.
    pub current: u64,
    /// Customers whose best possible match (any active manager, capacity ignored) has this score.
    pub best_possible: u64,
}

/// Current match scores beside the best each customer could get.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScoreDistributionResponse {
    /// Every score from 0 to the highest seen.
    pub buckets: Vec<ScoreBucketDto>,
    pub assigned: u64,
    pub unassigned: u64,
    pub mean_current: f64,
    pub mean_best_possible: f64,
    /// Unix seconds: when the figures were computed (they are cached until the book changes).
    pub computed_at: i64,
}

impl From<&BookAnalysis> for ScoreDistributionResponse {
    fn from(a: &BookAnalysis) -> Self {
        let s = &a.scores;
        Self {
            buckets: s
                .buckets
                .iter()
                .map(|b| ScoreBucketDto { score: b.score, current: b.current, best_possible: b.best_possible })
                .collect(),
            assigned: s.assigned,
            unassigned: s.unassigned,
            mean_current: s.mean_current,
            mean_best_possible: s.mean_best_possible,
            computed_at: a.computed_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CapabilityGapDto {
    pub need: String,
    /// Customers with this need.
    pub customers: u64,
    /// Of them, those whose current manager offers it.
    pub served: u64,
    /// Active managers offering it.
    pub managers: u64,
    /// Free places of those managers.
    pub capacity_left: u64,
}

impl From<&CapabilityGap> for CapabilityGapDto {
    fn from(g: &CapabilityGap) -> Self {
        Self { need: g.need.clone(), customers: g.customers, served: g.served, managers: g.managers, capacity_left: g.capacity_left }
    }
}

/// For every need: demand against supply.
#[derive(Debug, Serialize, ToSchema)]
pub struct CapabilityGapsResponse {
    pub needs: Vec<CapabilityGapDto>,
    pub computed_at: i64,
}

impl From<&BookAnalysis> for CapabilityGapsResponse {
    fn from(a: &BookAnalysis) -> Self {
        Self { needs: a.gaps.iter().map(Into::into).collect(), computed_at: a.computed_at }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectedPointDto {
    pub customer_id: i64,
    pub x: f64,
    pub y: f64,
    /// None before the first segmentation.
    pub segment: Option<u32>,
    /// A–E, or None when not classified.
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub class: Option<String>,
}

impl From<&ProjectedPoint> for ProjectedPointDto {
    fn from(p: &ProjectedPoint) -> Self {
        Self { customer_id: p.customer_id, x: p.x, y: p.y, segment: p.segment, class: p.class.map(|c| c.as_str().to_owned()) }
    }
}

/// Customers on the first two principal components of the segmentation features
/// (a sample of at most 5,000, stratified by segment).
#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectionResponse {
    pub points: Vec<ProjectedPointDto>,
    /// Customers the sample was drawn from.
    pub population: u64,
    /// Share of the variance along x and along y.
    pub explained_variance: Vec<f64>,
    pub computed_at: i64,
}

impl From<&BookAnalysis> for ProjectionResponse {
    fn from(a: &BookAnalysis) -> Self {
        let p = &a.projection;
        Self {
            points: p.points.iter().map(Into::into).collect(),
            population: p.population,
            explained_variance: p.explained_variance.to_vec(),
            computed_at: a.computed_at,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct TrendQuery {
    /// The latest runs to consider, 1–200 (default 50).
    #[param(schema_with = crate::http::request_limits::trend_limit)]
    pub limit: Option<u64>,
    /// Only the runs over this unit or a unit below it (within the admin's part).
    pub unit_id: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TrendPointDto {
    pub run_id: i64,
    /// `auto` or `transfer`.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::RunKind>)]
    pub kind: String,
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::RunStatus>)]
    pub status: String,
    pub dry_run: bool,
    pub created_at: i64,
    pub duration_ms: Option<i64>,
    /// The book as the run left it (or would have, for a proposal).
    pub assigned: u64,
    pub unassigned: u64,
    pub mean_score: f64,
}

impl From<TrendPoint> for TrendPointDto {
    fn from(p: TrendPoint) -> Self {
        Self {
            run_id: p.run.id,
            kind: p.run.kind.as_str().to_owned(),
            status: p.run.status.as_str().to_owned(),
            dry_run: p.run.dry_run,
            created_at: p.run.created_at,
            duration_ms: p.run.duration_ms,
            assigned: p.assigned,
            unassigned: p.unassigned,
            mean_score: p.mean_score,
        }
    }
}

/// Finished runs, oldest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrendResponse {
    pub runs: Vec<TrendPointDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeedCountDto {
    pub need: String,
    pub customers: u64,
}

/// A manager's own book.
#[derive(Debug, Serialize, ToSchema)]
pub struct ManagerStatsResponse {
    pub manager_id: i64,
    pub customer_count: u64,
    pub capacity: u32,
    /// customer_count / capacity (0 when the capacity is 0).
    pub utilisation: f64,
    pub active: bool,
    pub mean_score: Option<f64>,
    pub class_mix: Vec<ClassCountDto>,
    /// The five most common needs in the book.
    pub top_needs: Vec<NeedCountDto>,
}

impl From<ManagerBook> for ManagerStatsResponse {
    fn from(b: ManagerBook) -> Self {
        Self {
            manager_id: b.manager_id,
            customer_count: b.customers,
            capacity: b.capacity,
            utilisation: if b.capacity == 0 { 0.0 } else { b.customers as f64 / f64::from(b.capacity) },
            active: b.active,
            mean_score: b.mean_score,
            class_mix: ClassCountDto::all(&b.classes),
            top_needs: b.top_needs.into_iter().map(|(need, customers)| NeedCountDto { need, customers }).collect(),
        }
    }
}
