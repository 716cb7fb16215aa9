//! Dashboard aggregates with GROUP BY in the database, never by loading every row.

use async_trait::async_trait;
use portrait_domain::analytics::{AnalyticsRepository, BookFigures, BookStamp, ManagerBook, ManagerLoad};
use portrait_domain::customer::CustomerClass;
use portrait_domain::organisation::UnitId;
use portrait_domain::segmentation::Persona;
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::{ConnectionTrait, QueryResult, Statement};

use crate::db::{Store, db_err, id_list};

fn int(row: &QueryResult, column: &str) -> DomainResult<i64> {
    row.try_get::<Option<i64>>("", column).map(Option::unwrap_or_default).map_err(DomainError::internal)
}

/// SUM returns DECIMAL on MySQL and NUMERIC on PostgreSQL: cast back to a 64-bit integer.
pub(crate) fn bigint(backend: sea_orm::DatabaseBackend, expr: &str) -> String {
    match backend {
        sea_orm::DatabaseBackend::MySql => format!("CAST({expr} AS SIGNED)"),
        _ => format!("CAST({expr} AS BIGINT)"),
    }
}

/// ` AND {alias}.user_id IN (…)`: the accounts of `units`, or nothing for the whole bank.
/// Only integer ids are inlined.
fn within(alias: &str, units: Option<&[UnitId]>) -> String {
    units.map_or_else(String::new, |units| format!(" AND {alias}.user_id IN (SELECT id FROM users WHERE unit_id IN ({}))", id_list(units)))
}

impl Store {
    async fn rows(&self, sql: &str) -> DomainResult<Vec<QueryResult>> {
        self.db.query_all_raw(Statement::from_string(self.backend(), sql.to_owned())).await.map_err(db_err)
    }
}

#[async_trait]
impl AnalyticsRepository for Store {
    async fn book_figures(&self, units: Option<&[UnitId]>) -> DomainResult<BookFigures> {
        let mut figures = BookFigures::default();
        let b = self.backend();
        let sql = format!(
            "SELECT class, {} AS n, {} AS assigned, {} AS score FROM customer_profiles cp WHERE 1 = 1{} GROUP BY class ORDER BY class",
            bigint(b, "COUNT(*)"),
            bigint(b, "SUM(CASE WHEN manager_id IS NULL THEN 0 ELSE 1 END)"),
            bigint(b, "SUM(CASE WHEN manager_id IS NULL THEN 0 ELSE COALESCE(match_score, 0) END)"),
            within("cp", units)
        );
        for row in self.rows(&sql).await? {
            let class: Option<String> = row.try_get("", "class").map_err(DomainError::internal)?;
            let n = u64::try_from(int(&row, "n")?).unwrap_or(0);
            figures.total_customers += n;
            figures.assigned_customers += u64::try_from(int(&row, "assigned")?).unwrap_or(0);
            figures.mean_score += int(&row, "score")? as f64;
            figures.classes.push((class.as_deref().and_then(CustomerClass::parse), n));
        }
        figures.mean_score = if figures.assigned_customers == 0 { 0.0 } else { figures.mean_score / figures.assigned_customers as f64 };
        figures.unassigned_customers = figures.total_customers - figures.assigned_customers;
        let active = if self.backend() == sea_orm::DatabaseBackend::Postgres { "mp.active" } else { "mp.active = 1" };
        for row in self
            .rows(&format!(
                "SELECT {} AS managers, {} AS active_managers, {} AS capacity FROM manager_profiles mp WHERE 1 = 1{}",
                bigint(b, "COUNT(*)"),
                bigint(b, &format!("SUM(CASE WHEN {active} THEN 1 ELSE 0 END)")),
                bigint(b, &format!("SUM(CASE WHEN {active} THEN mp.capacity ELSE 0 END)")),
                within("mp", units)
            ))
            .await?
        {
            figures.total_managers = u64::try_from(int(&row, "managers")?).unwrap_or(0);
            figures.active_managers = u64::try_from(int(&row, "active_managers")?).unwrap_or(0);
            figures.capacity_total = u64::try_from(int(&row, "capacity")?).unwrap_or(0);
        }
        for row in self
            .rows(&format!(
                // The seats of the part's managers are used by whoever holds them.
                "SELECT {} AS n FROM customer_profiles cp JOIN manager_profiles mp ON mp.user_id = cp.manager_id WHERE {active}{}",
                bigint(b, "COUNT(*)"),
                within("mp", units)
            ))
            .await?
        {
            figures.capacity_used = u64::try_from(int(&row, "n")?).unwrap_or(0);
        }
        Ok(figures)
    }

    async fn manager_loads(&self, units: Option<&[UnitId]>) -> DomainResult<Vec<ManagerLoad>> {
        let b = self.backend();
        let sql = format!(
            "SELECT mp.user_id AS manager_id, u.display_name AS name, mp.capacity AS capacity, mp.active AS active, \
             {} AS n, {} AS score \
             FROM manager_profiles mp JOIN users u ON u.id = mp.user_id LEFT JOIN customer_profiles cp ON cp.manager_id = mp.user_id \
             WHERE 1 = 1{} GROUP BY mp.user_id, u.display_name, mp.capacity, mp.active ORDER BY mp.user_id",
            bigint(b, "COUNT(cp.user_id)"),
            bigint(b, "SUM(COALESCE(cp.match_score, 0))"),
            within("mp", units)
        );
        let rows = self.rows(&sql).await?;
        rows.iter()
            .map(|row| {
                let capacity: i32 = row.try_get("", "capacity").map_err(DomainError::internal)?;
                let n = int(row, "n")?;
                Ok(ManagerLoad {
                    manager_id: row.try_get("", "manager_id").map_err(DomainError::internal)?,
                    manager_name: row.try_get("", "name").map_err(DomainError::internal)?,
                    customer_count: u64::try_from(n).unwrap_or(0),
                    capacity: u32::try_from(capacity).unwrap_or(0),
                    active: row.try_get("", "active").map_err(DomainError::internal)?,
                    mean_score: if n == 0 { None } else { Some(int(row, "score")? as f64 / n as f64) },
                })
            })
            .collect()
    }

    async fn segment_members(&self, units: &[UnitId]) -> DomainResult<Vec<(i32, Option<CustomerClass>, u64)>> {
        let sql = format!(
            "SELECT cp.segment AS segment, cp.class AS class, {} AS n FROM customer_profiles cp WHERE cp.segment IS NOT NULL{} \
             GROUP BY cp.segment, cp.class ORDER BY cp.segment, cp.class",
            bigint(self.backend(), "COUNT(*)"),
            within("cp", Some(units))
        );
        let e = DomainError::internal;
        let mut members = Vec::new();
        for row in self.rows(&sql).await? {
            let class: Option<String> = row.try_get("", "class").map_err(e)?;
            let segment: i32 = row.try_get("", "segment").map_err(e)?;
            members.push((segment, class.as_deref().and_then(CustomerClass::parse), u64::try_from(int(&row, "n")?).unwrap_or(0)));
        }
        Ok(members)
    }

    async fn persona(&self, segment: i32) -> DomainResult<Option<Persona>> {
        let rows = self.rows(&format!("SELECT persona FROM segments WHERE id = {segment}")).await?;
        rows.first().map_or(Ok(None), parse_persona)
    }

    async fn personas(&self) -> DomainResult<Vec<Persona>> {
        let rows = self.rows("SELECT persona FROM segments ORDER BY id").await?;
        Ok(rows.iter().map(parse_persona).collect::<DomainResult<Vec<_>>>()?.into_iter().flatten().collect())
    }

    async fn stamp(&self) -> DomainResult<BookStamp> {
        // One scalar subquery per figure: MAX alone is answered from an index.
        let b = self.backend();
        let sql = format!(
            "SELECT (SELECT MAX(user_id) FROM customer_profiles) AS customers, (SELECT MAX(updated_at) FROM customer_profiles) AS customers_at, \
             (SELECT MAX(user_id) FROM manager_profiles) AS managers, (SELECT MAX(updated_at) FROM manager_profiles) AS managers_at, \
             (SELECT MAX(computed_at) FROM segments) AS segments_at, (SELECT {} FROM tags) AS tags",
            bigint(b, "COUNT(*)")
        );
        let rows = self.rows(&sql).await?;
        let Some(row) = rows.first() else { return Ok(BookStamp::default()) };
        Ok(BookStamp {
            customers_max_id: int(row, "customers")?,
            customers_changed_at: int(row, "customers_at")?,
            managers_max_id: int(row, "managers")?,
            managers_changed_at: int(row, "managers_at")?,
            segments_computed_at: int(row, "segments_at")?,
            tags: u64::try_from(int(row, "tags")?).unwrap_or(0),
        })
    }

    async fn manager_book(&self, manager_id: UserId, top_needs: u64) -> DomainResult<Option<ManagerBook>> {
        let b = self.backend();
        let profile = self
            .rows(&format!(
                "SELECT mp.capacity AS capacity, mp.active AS active, u.unit_id AS unit_id FROM manager_profiles mp \
                 JOIN users u ON u.id = mp.user_id WHERE mp.user_id = {manager_id}"
            ))
            .await?;
        let Some(profile) = profile.first() else { return Ok(None) };
        let capacity: i32 = profile.try_get("", "capacity").map_err(DomainError::internal)?;
        let mut book = ManagerBook {
            manager_id,
            unit_id: profile.try_get("", "unit_id").map_err(DomainError::internal)?,
            customers: 0,
            capacity: u32::try_from(capacity).unwrap_or(0),
            active: profile.try_get("", "active").map_err(DomainError::internal)?,
            mean_score: None,
            classes: Vec::new(),
            top_needs: Vec::new(),
        };
        let classes = format!(
            "SELECT class, {} AS n, {} AS score FROM customer_profiles WHERE manager_id = {manager_id} GROUP BY class ORDER BY class",
            bigint(b, "COUNT(*)"),
            bigint(b, "SUM(COALESCE(match_score, 0))")
        );
        let mut score = 0;
        for row in self.rows(&classes).await? {
            let class: Option<String> = row.try_get("", "class").map_err(DomainError::internal)?;
            let n = u64::try_from(int(&row, "n")?).unwrap_or(0);
            book.customers += n;
            score += int(&row, "score")?;
            book.classes.push((class.as_deref().and_then(CustomerClass::parse), n));
        }
        book.mean_score = (book.customers > 0).then(|| score as f64 / book.customers as f64);
        let needs = format!(
            // The book first (manager index), then its tags (primary key): never a scan of every tag row.
            "SELECT t.name AS name, {} AS n FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id \
             WHERE ct.user_id IN (SELECT user_id FROM customer_profiles WHERE manager_id = {manager_id}) AND t.kind = 'need' \
             GROUP BY t.name ORDER BY n DESC, t.name LIMIT {top_needs}",
            bigint(b, "COUNT(*)")
        );
        for row in self.rows(&needs).await? {
            let name: String = row.try_get("", "name").map_err(DomainError::internal)?;
            book.top_needs.push((name, u64::try_from(int(&row, "n")?).unwrap_or(0)));
        }
        Ok(Some(book))
    }
}

fn parse_persona(row: &QueryResult) -> DomainResult<Option<Persona>> {
    let text: Option<String> = row.try_get("", "persona").map_err(DomainError::internal)?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}
