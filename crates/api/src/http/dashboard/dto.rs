//! HTTP bodies of the admin dashboard and statistics.

use portrait_domain::analytics::{BookFigures, ManagerLoad};
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::runs::dto::RunDto;
use crate::http::runs::summary::ClassCountDto;

/// The original dashboard's fields plus match quality, capacity and the last run.
#[derive(Debug, Serialize, ToSchema)]
pub struct DashboardResponse {
    pub total_customers: u64,
    pub total_managers: u64,
    pub active_managers: u64,
    pub unassigned_customers: u64,
    pub customer_classes: Vec<ClassCountDto>,
    pub mean_match_score: f64,
    pub capacity_used: u64,
    pub capacity_total: u64,
    pub last_run: Option<RunDto>,
}

impl DashboardResponse {
    #[must_use]
    pub fn new(figures: &BookFigures, last_run: Option<RunDto>) -> Self {
        Self {
            total_customers: figures.total_customers,
            total_managers: figures.total_managers,
            active_managers: figures.active_managers,
            unassigned_customers: figures.unassigned_customers,
            customer_classes: ClassCountDto::all(&figures.classes),
            mean_match_score: figures.mean_score,
            capacity_used: figures.capacity_used,
            capacity_total: figures.capacity_total,
            last_run,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ManagerLoadDto {
    pub manager_id: i64,
    pub manager_name: String,
    pub customer_count: u64,
    pub capacity: u32,
    /// customer_count / capacity (0 when the capacity is 0).
    pub utilisation: f64,
    /// False while on leave or deactivated.
    pub active: bool,
    pub mean_score: Option<f64>,
}

impl From<ManagerLoad> for ManagerLoadDto {
    fn from(m: ManagerLoad) -> Self {
        Self {
            utilisation: if m.capacity == 0 { 0.0 } else { m.customer_count as f64 / f64::from(m.capacity) },
            manager_id: m.manager_id,
            manager_name: m.manager_name,
            customer_count: m.customer_count,
            capacity: m.capacity,
            active: m.active,
            mean_score: m.mean_score,
        }
    }
}

/// The original statistics' fields plus each manager's capacity, state and mean score.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatsResponse {
    pub total_customers: u64,
    pub total_managers: u64,
    /// Customers with a manager.
    pub total_matches: u64,
    pub class_stats: Vec<ClassCountDto>,
    pub manager_loads: Vec<ManagerLoadDto>,
}

impl StatsResponse {
    #[must_use]
    pub fn new(figures: &BookFigures, loads: &[ManagerLoad]) -> Self {
        Self {
            total_customers: figures.total_customers,
            total_managers: figures.total_managers,
            total_matches: figures.assigned_customers,
            class_stats: ClassCountDto::all(&figures.classes),
            manager_loads: loads.iter().cloned().map(Into::into).collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendationDto {
    pub need: String,
    pub advice: String,
}

/// One of the customer's needs, as the original's `needs_analysis` listed it.
#[derive(Debug, Serialize, ToSchema)]
pub struct NeedAnalysisDto {
    pub need: String,
    /// Their manager offers it (false without a manager).
    pub matched: bool,
}

/// One of the customer's hobbies, as the original's `hobbies_analysis` listed it.
#[derive(Debug, Serialize, ToSchema)]
pub struct HobbyAnalysisDto {
    pub hobby: String,
    /// Their manager shares it (false without a manager).
    pub matched: bool,
}

/// A customer's insights, in the language of `Accept-Language` (Chinese by default): the
/// original's fields (`customer_name`, `customer_class`, `needs_analysis`, `hobbies_analysis`,
/// `recommendations` as text) beside Portrait's.
#[derive(Debug, Serialize, ToSchema)]
pub struct InsightsResponse {
    pub customer_id: i64,
    pub customer_name: String,
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub class: Option<String>,
    /// The original's name for `class`: the same value.
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub customer_class: Option<String>,
    pub class_description: String,
    pub needs: Vec<String>,
    pub hobbies: Vec<String>,
    pub needs_covered: Vec<String>,
    pub needs_uncovered: Vec<String>,
    pub shared_hobbies: Vec<String>,
    /// Every need, in order, and whether their manager covers it.
    pub needs_analysis: Vec<NeedAnalysisDto>,
    /// Every hobby, in order, and whether their manager shares it.
    pub hobbies_analysis: Vec<HobbyAnalysisDto>,
    /// The product advice as text, one line per need that has some (the original's shape).
    pub recommendations: Vec<String>,
    /// The same advice with the need each line answers.
    pub recommendation_details: Vec<RecommendationDto>,
    pub segment: Option<i32>,
    pub persona: Option<crate::http::runs::summary::PersonaDto>,
    pub assignment: crate::http::assignments::dto::ExplanationDto,
    pub summary: String,
}

impl From<portrait_domain::services::insights::Insights> for InsightsResponse {
    fn from(i: portrait_domain::services::insights::Insights) -> Self {
        let needs_analysis = i.needs.iter().map(|n| NeedAnalysisDto { need: n.clone(), matched: i.needs_covered.contains(n) }).collect();
        let hobbies_analysis =
            i.hobbies.iter().map(|h| HobbyAnalysisDto { hobby: h.clone(), matched: i.shared_hobbies.contains(h) }).collect();
        Self {
            customer_id: i.customer_id,
            customer_name: i.customer_name,
            customer_class: i.class.clone(),
            class: i.class,
            class_description: i.class_description,
            needs_analysis,
            hobbies_analysis,
            needs: i.needs,
            hobbies: i.hobbies,
            needs_covered: i.needs_covered,
            needs_uncovered: i.needs_uncovered,
            shared_hobbies: i.shared_hobbies,
            recommendations: i.recommendations.iter().map(|r| r.advice.clone()).collect(),
            recommendation_details: i.recommendations.into_iter().map(|r| RecommendationDto { need: r.need, advice: r.advice }).collect(),
            segment: i.segment,
            persona: i.persona.map(Into::into),
            assignment: i.assignment.into(),
            summary: i.summary,
        }
    }
}
