//! A run's figures in HTTP bodies: the book before and after, class counts, personas and
//! phase times (shared by runs, imports, the dashboard and analytics).

use portrait_domain::runs::{BookStats, RunSummary};
use portrait_domain::segmentation::Persona;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct BookStatsDto {
    pub assigned: u64,
    pub unassigned: u64,
    pub total_score: u64,
    pub mean_score: f64,
    pub load_min: u32,
    pub load_median: u32,
    pub load_max: u32,
    pub overload: u64,
}

impl From<BookStats> for BookStatsDto {
    fn from(s: BookStats) -> Self {
        Self {
            assigned: s.assigned,
            unassigned: s.unassigned,
            total_score: s.total_score,
            mean_score: s.mean_score,
            load_min: s.load_min,
            load_median: s.load_median,
            load_max: s.load_max,
            overload: s.overload,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TagShareDto {
    pub tag: String,
    pub share: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ClassCountDto {
    #[schema(schema_with = crate::http::closed_sets::class_filter)]
    pub class: String,
    pub count: u64,
}

impl ClassCountDto {
    /// One entry per class A–E, then `unclassified`, from per-class counts.
    #[must_use]
    pub fn all(counts: &[(Option<portrait_domain::customer::CustomerClass>, u64)]) -> Vec<Self> {
        let count =
            |class: Option<portrait_domain::customer::CustomerClass>| counts.iter().filter(|(k, _)| *k == class).map(|(_, n)| n).sum();
        let mut list: Vec<Self> = portrait_domain::customer::CustomerClass::ALL
            .iter()
            .map(|c| Self { class: c.as_str().to_owned(), count: count(Some(*c)) })
            .collect();
        list.push(Self { class: "unclassified".into(), count: count(None) });
        list
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonaDto {
    pub segment: u32,
    pub size: u64,
    pub top_needs: Vec<TagShareDto>,
    pub top_hobbies: Vec<TagShareDto>,
    pub median_age: Option<u8>,
    /// In fen.
    pub median_assets: i64,
    pub class_mix: Vec<ClassCountDto>,
}

impl From<Persona> for PersonaDto {
    fn from(p: Persona) -> Self {
        let shares =
            |v: Vec<portrait_domain::segmentation::TagShare>| v.into_iter().map(|s| TagShareDto { tag: s.tag, share: s.share }).collect();
        Self {
            segment: p.segment,
            size: p.size,
            top_needs: shares(p.top_needs),
            top_hobbies: shares(p.top_hobbies),
            median_age: p.median_age,
            median_assets: p.median_assets,
            class_mix: p.class_mix.into_iter().map(|c| ClassCountDto { class: c.class, count: c.count }).collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunSummaryDto {
    pub before: BookStatsDto,
    pub after: BookStatsDto,
    pub changed_count: u64,
    pub capacity_shortfall: u64,
    pub capacity_free_bound: u64,
    /// Managers the run never proposes: on leave, deactivated, or the one a transfer re-homes.
    pub managers_unavailable: u64,
    pub segments: usize,
    pub personas: Vec<PersonaDto>,
    /// Time spent in each phase.
    pub phase_ms: Vec<PhaseTimeDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PhaseTimeDto {
    /// load, segment, solve, save or commit.
    pub phase: String,
    pub ms: u64,
}

impl From<RunSummary> for RunSummaryDto {
    fn from(s: RunSummary) -> Self {
        Self {
            before: s.before.into(),
            after: s.after.into(),
            changed_count: s.changed_count,
            capacity_shortfall: s.capacity_shortfall,
            capacity_free_bound: s.capacity_free_bound,
            managers_unavailable: s.managers_unavailable,
            segments: s.segments,
            personas: s.personas.into_iter().map(Into::into).collect(),
            phase_ms: s.phase_ms.into_iter().map(|(phase, ms)| PhaseTimeDto { phase, ms }).collect(),
        }
    }
}
