//! The admin dashboard and statistics (the original system's two endpoints, extended).

use std::sync::Arc;

use crate::analytics::{AnalyticsRepository, BookFigures, ManagerLoad};
use crate::error::DomainResult;
use crate::ports::Page;
use crate::runs::{AssignmentRepository, RunRecord};
use crate::user::Actor;

pub struct AnalyticsService {
    pub figures: Arc<dyn AnalyticsRepository>,
    pub runs: Arc<dyn AssignmentRepository>,
}

impl AnalyticsService {
    /// Book figures and the latest finished run.
    /// # Errors
    /// `forbidden` unless admin.
    pub async fn dashboard(&self, actor: Actor) -> DomainResult<(BookFigures, Option<RunRecord>)> {
        actor.require_admin()?;
        let figures = self.figures.book_figures().await?;
        let recent: Page<RunRecord> = self.runs.runs(1, 20).await?;
        let last = recent.items.into_iter().find(|r| r.kind != "segmentation" && r.summary.is_some());
        Ok((figures, last))
    }

    /// Book figures and every manager's load.
    /// # Errors
    /// `forbidden` unless admin.
    pub async fn stats(&self, actor: Actor) -> DomainResult<(BookFigures, Vec<ManagerLoad>)> {
        actor.require_admin()?;
        Ok((self.figures.book_figures().await?, self.figures.manager_loads().await?))
    }
}
