//! What every handler can reach: the services, wired once in `startup`.

use portrait_domain::ops::OperationalFigures;
use portrait_domain::organisation::OrganisationService;
use portrait_domain::relationship::RelationshipService;
use portrait_domain::staff::StaffService;
use std::sync::Arc;

use portrait_domain::exchange::{ExchangeService, ExportFormat, UploadSpool};
use portrait_domain::services::{AnalyticsService, AuthService, InsightsService, MatchingService, ProfileService};
use portrait_infra::Store;
use portrait_infra::runner::TokioRunner;

use crate::config::Settings;
use crate::http::metrics::HttpMetrics;

#[derive(Clone)]
pub struct AppState {
    pub auth: Arc<AuthService>,
    pub profiles: Arc<ProfileService>,
    pub matching: Arc<MatchingService>,
    pub analytics: Arc<AnalyticsService>,
    pub insights: Arc<InsightsService>,
    pub exchange: Arc<ExchangeService>,
    pub organisation: Arc<OrganisationService>,
    pub staff: Arc<StaffService>,
    pub relationship: Arc<RelationshipService>,
    /// What the probes and `/metrics` read.
    pub operations: Arc<dyn OperationalFigures>,
    /// Where CSV uploads are received before an import reads them.
    pub uploads: Arc<dyn UploadSpool>,
    /// The format exports are written in.
    pub export_format: Arc<dyn ExportFormat>,
    pub store: Store,
    pub settings: Arc<Settings>,
    pub metrics: Arc<HttpMetrics>,
    /// Runs the background jobs (assignment runs, imports, analytics); drained at shutdown.
    pub runner: TokioRunner,
}
