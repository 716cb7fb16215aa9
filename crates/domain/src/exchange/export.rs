//! Exports as rows of cells, page by page: what each column holds, every cell guarded
//! against formulas, and a cursor that walks the data in id order with flat memory.

use std::sync::Arc;

use super::cells::{join_tags, neutralise, utc, yuan};
use super::columns::{ASSIGNMENT_COLUMNS, CUSTOMER_COLUMNS, CUSTOMER_EXPORT_ONLY, MANAGER_COLUMNS, MANAGER_EXPORT_ONLY, OPTIONAL_COLUMNS};
use super::ports::{AssignmentExport, CustomerExport, ExportStore};
use crate::error::DomainResult;
use crate::manager::ManagerProfile;
use crate::organisation::UnitId;
use crate::ports::CustomerQuery;
use crate::tags::{TagKind, Vocabulary};
use crate::user::UserId;

/// Rows per page read from the store.
pub const EXPORT_PAGE: u64 = 5_000;

/// What to export.
#[derive(Debug, Clone)]
pub enum ExportKind {
    /// Customers matching the same filters as `GET /api/customers` (in id order).
    Customers(CustomerQuery),
    Managers,
    /// Every customer with a manager.
    Assignments,
}

impl ExportKind {
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            Self::Customers(_) => "customers",
            Self::Managers => "managers",
            Self::Assignments => "assignments",
        }
    }

    #[must_use]
    pub fn header(&self) -> Vec<String> {
        let names: Vec<&str> = match self {
            Self::Customers(_) => CUSTOMER_COLUMNS.iter().chain(&OPTIONAL_COLUMNS).chain(&CUSTOMER_EXPORT_ONLY).copied().collect(),
            Self::Managers => MANAGER_COLUMNS.iter().chain(&OPTIONAL_COLUMNS).chain(&MANAGER_EXPORT_ONLY).copied().collect(),
            Self::Assignments => ASSIGNMENT_COLUMNS.to_vec(),
        };
        names.into_iter().map(str::to_owned).collect()
    }
}

fn guarded(cells: Vec<String>) -> Vec<String> {
    cells.into_iter().map(neutralise).collect()
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

#[must_use]
pub fn customer_cells(c: &CustomerExport) -> Vec<String> {
    let p = &c.profile;
    guarded(vec![
        p.username.clone(),
        p.name.clone(),
        opt(p.age),
        p.occupation.clone(),
        yuan(p.total_assets),
        join_tags(p.needs.iter()),
        join_tags(p.hobbies.iter()),
        p.unit.code.clone(),
        opt(p.class.map(|k| k.as_str())),
        opt(p.segment),
        c.manager_username.clone().unwrap_or_default(),
        p.manager_name.clone().unwrap_or_default(),
        opt(p.match_score),
    ])
}

#[must_use]
pub fn manager_cells(m: &ManagerProfile) -> Vec<String> {
    guarded(vec![
        m.username.clone(),
        m.name.clone(),
        join_tags(m.capabilities.iter()),
        join_tags(m.hobbies.iter()),
        m.capacity.to_string(),
        m.unit.code.clone(),
        m.active.to_string(),
        m.customer_count.to_string(),
    ])
}

/// Score and matched tags are computed from the profiles as they are now, like the
/// explanation at `GET /api/customers/{id}/assignment`.
#[must_use]
pub fn assignment_cells(a: &AssignmentExport, vocabulary: &Vocabulary) -> Vec<String> {
    let shared = a.customer_mask & a.manager_mask;
    let needs = vocabulary.names(TagKind::Need, shared);
    let hobbies = vocabulary.names(TagKind::Hobby, shared);
    guarded(vec![
        a.customer_username.clone(),
        a.customer_name.clone(),
        a.manager_username.clone(),
        a.manager_name.clone(),
        (needs.len() + hobbies.len()).to_string(),
        needs.len().to_string(),
        hobbies.len().to_string(),
        join_tags(&needs),
        join_tags(&hobbies),
        opt(a.class.map(|k| k.as_str())),
        a.reason.clone().unwrap_or_default(),
        opt(a.assigned_at.map(utc)),
    ])
}

/// Walks one export from the first row to the last, a page at a time.
pub struct ExportCursor {
    store: Arc<dyn ExportStore>,
    kind: ExportKind,
    vocabulary: Vocabulary,
    /// The units whose managers and customers' assignments it covers; `None` for the bank.
    units: Option<Vec<UnitId>>,
    after: UserId,
    done: bool,
    /// Rows handed out so far.
    pub rows: u64,
}

impl ExportCursor {
    #[must_use]
    pub fn new(store: Arc<dyn ExportStore>, kind: ExportKind, vocabulary: Vocabulary, units: Option<Vec<UnitId>>) -> Self {
        Self { store, kind, vocabulary, units, after: UserId::MIN, done: false, rows: 0 }
    }

    #[must_use]
    pub fn kind(&self) -> &ExportKind {
        &self.kind
    }

    #[must_use]
    pub fn header(&self) -> Vec<String> {
        self.kind.header()
    }

    /// The next page of rows, `None` once every row was handed out.
    /// # Errors
    /// Storage failures.
    pub async fn next_page(&mut self) -> DomainResult<Option<Vec<Vec<String>>>> {
        if self.done {
            return Ok(None);
        }
        let (rows, last): (Vec<Vec<String>>, Option<UserId>) = match &self.kind {
            ExportKind::Customers(query) => {
                let page = self.store.customers_after(query, self.after, EXPORT_PAGE).await?;
                (page.iter().map(customer_cells).collect(), page.last().map(|c| c.profile.user_id))
            }
            ExportKind::Managers => {
                let page = self.store.managers_after(self.units.as_deref(), self.after, EXPORT_PAGE).await?;
                (page.iter().map(manager_cells).collect(), page.last().map(|m| m.user_id))
            }
            ExportKind::Assignments => {
                let page = self.store.assignments_after(self.units.as_deref(), self.after, EXPORT_PAGE).await?;
                (page.iter().map(|a| assignment_cells(a, &self.vocabulary)).collect(), page.last().map(|a| a.customer_id))
            }
        };
        self.done = (rows.len() as u64) < EXPORT_PAGE;
        match last {
            Some(last) => {
                self.after = last;
                self.rows += rows.len() as u64;
                Ok(Some(rows))
            }
            None => {
                self.done = true;
                Ok(None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tags::TagSet;

    #[test]
    fn an_assignment_row_explains_the_match_from_both_masks() {
        let v = Vocabulary::defaults();
        let needs = v.mask(TagKind::Need, &TagSet::trusted(["loan".to_owned(), "tax".to_owned()]));
        let hobbies = v.mask(TagKind::Hobby, &TagSet::trusted(["travel".to_owned()]));
        let a = AssignmentExport {
            customer_id: 3,
            customer_username: "c".into(),
            customer_name: "=HYPERLINK(\"x\")".into(),
            customer_mask: needs | hobbies,
            manager_username: "m".into(),
            manager_name: "经理".into(),
            manager_mask: needs,
            class: None,
            reason: Some("manual".into()),
            assigned_at: Some(0),
        };
        let cells = assignment_cells(&a, &v);
        assert_eq!(cells[1], "'=HYPERLINK(\"x\")", "a formula is neutralised");
        assert_eq!(&cells[4..9], ["2", "2", "0", "loan;tax", ""]);
        assert_eq!(cells[11], "1970-01-01T00:00:00Z");
    }

    #[test]
    fn export_headers_start_with_the_import_columns() {
        let header = ExportKind::Customers(CustomerQuery::default()).header();
        assert_eq!(&header[..7], CUSTOMER_COLUMNS);
        assert_eq!(header[7], "unit", "then the unit, which an import reads too");
        assert_eq!(ExportKind::Managers.header()[..6], ["username", "name", "capabilities", "hobbies", "capacity", "unit"]);
    }
}
