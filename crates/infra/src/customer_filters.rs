//! The customer list's SQL: its filters (class, manager, tags, name search, units) as one
//! condition, and its order — shared by the list, the export and the manager list's search.

use portrait_domain::ports::{ClassFilter, CustomerQuery, CustomerSort};
use portrait_domain::tags::{TagKind, Vocabulary};
use sea_orm::sea_query::{Cond, Expr, ExprTrait, JoinType, Order, Query, SelectStatement};

/// Rows whose user (`u`) belongs to one of `units`, when the list is kept to some.
/// The ids of the accounts of `units`, as a subquery.
pub(crate) fn members_of(units: &[i64]) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select().column("id").from("users").and_where(Expr::col("unit_id").is_in(units.iter().copied())).to_owned()
}

pub(crate) fn in_units(cond: Cond, units: Option<&Vec<i64>>) -> Cond {
    match units {
        Some(units) => cond.add(Expr::col(("u", "unit_id")).is_in(units.iter().copied())),
        None => cond,
    }
}

fn tag_filter(kind: TagKind, name: &str, vocabulary: &Vocabulary) -> Option<sea_orm::sea_query::SimpleExpr> {
    let position = vocabulary.position(kind, name)?;
    let exists = Query::select()
        .expr(Expr::val(1))
        .from_as("customer_tags", "ct")
        .join_as(JoinType::InnerJoin, "tags", "t", Expr::col(("t", "id")).equals(("ct", "tag_id")))
        .and_where(Expr::col(("ct", "user_id")).equals(("cp", "user_id")))
        .and_where(Expr::col(("t", "kind")).eq(kind.as_str()))
        .and_where(Expr::col(("t", "position")).eq(i32::try_from(position).unwrap_or(i32::MAX)))
        .to_owned();
    Some(Expr::exists(exists))
}

pub(crate) fn list_condition(query: &CustomerQuery, vocabulary: &Vocabulary) -> Cond {
    let mut cond = Cond::all();
    match query.class {
        Some(ClassFilter::Is(class)) => cond = cond.add(Expr::col(("cp", "class")).eq(class.as_str())),
        Some(ClassFilter::Unclassified) => cond = cond.add(Expr::col(("cp", "class")).is_null()),
        None => {}
    }
    if let Some(manager) = query.manager_id {
        cond = cond.add(Expr::col(("cp", "manager_id")).eq(manager));
    }
    if query.unassigned {
        cond = cond.add(Expr::col(("cp", "manager_id")).is_null());
    }
    for (kind, name) in [(TagKind::Need, &query.need), (TagKind::Hobby, &query.hobby)] {
        if let Some(name) = name {
            // An unknown tag matches nobody.
            cond = cond.add(tag_filter(kind, name, vocabulary).unwrap_or_else(|| Expr::val(1).eq(0)));
        }
    }
    if let Some(search) = query.search.as_deref() {
        cond = name_search(cond, search);
    }
    in_units(cond, query.units.as_ref())
}

/// Rows whose user (`u`) has `search` in their username or name (a blank search is none).
pub(crate) fn name_search(cond: Cond, search: &str) -> Cond {
    let search = search.trim();
    if search.is_empty() {
        return cond;
    }
    let pattern = format!("%{}%", crate::db::like_literal(search));
    cond.add(
        Cond::any()
            .add(Expr::col(("u", "username")).like(sea_orm::sea_query::LikeExpr::new(pattern.clone()).escape('\\')))
            .add(Expr::col(("u", "display_name")).like(sea_orm::sea_query::LikeExpr::new(pattern).escape('\\'))),
    )
}

/// The list's order: the requested column, then the id in the same direction, so pages
/// never overlap and one index (column, id) serves both, forwards or backwards.
pub(crate) fn order_page(select: &mut SelectStatement, query: &CustomerQuery) {
    let order = if query.descending { Order::Desc } else { Order::Asc };
    let column = match query.sort {
        CustomerSort::Id => None,
        // The users row's id is the customer's: with it the name index orders by (name, id).
        CustomerSort::Name => {
            select.order_by(("u", "display_name"), order.clone()).order_by(("u", "id"), order);
            return;
        }
        CustomerSort::Age => Some("age"),
        CustomerSort::Assets => Some("total_assets"),
        CustomerSort::Class => Some("class"),
        CustomerSort::Score => Some("match_score"),
    };
    if let Some(column) = column {
        select.order_by(("cp", column), order.clone());
    }
    select.order_by(("cp", "user_id"), order);
}
