//! The HTTP adapter: one folder per area with its handlers (parse, call one service
//! method, map the result) and their bodies (`dto.rs`) side by side, and what they share
//! (errors, identity, paging, the OpenAPI document). [`configure`] is the one
//! list of routes: registering a handler here also puts it in the OpenAPI document, with
//! the path and method its actix attribute gives (utoipa-actix-web), so the two cannot
//! disagree.

pub mod about;
pub mod admin;
pub mod analytics;
pub mod assignments;
pub mod auth;
pub mod body;
pub mod closed_sets;
pub mod dashboard;
pub mod edges;
pub mod error;
pub mod exchange;
pub mod health;
pub mod identity;
pub mod metrics;
pub mod openapi;
pub mod paging;
pub mod profiles;
pub mod relationship;
pub mod request_limits;
pub mod runs;
pub mod server;
pub mod staff;
pub mod tags;
pub mod units;
pub mod users;

use exchange::{exports, imports};
use profiles::{customers, managers};

use utoipa_actix_web::service_config::ServiceConfig;

/// Every route, documented and registered at once.
pub fn configure(cfg: &mut ServiceConfig) {
    // Prometheus' text format is not part of the JSON API's document.
    cfg.map(|cfg| cfg.service(health::metrics));
    cfg.service(auth::register)
        .service(auth::login)
        .service(auth::verify)
        .service(auth::logout)
        .service(auth::change_password)
        .service(health::health)
        .service(about::about)
        .service(health::legacy_health)
        .service(health::live)
        .service(health::ready)
        .service(tags::list_tags)
        .service(tags::add_tag)
        .service(assignments::classification)
        .service(assignments::assignment_of)
        .service(assignments::candidates::candidates)
        .service(relationship::record_interaction)
        .service(relationship::customer_interactions)
        .service(relationship::follow_ups)
        .service(relationship::complete_follow_up)
        .service(relationship::request_contact)
        .service(assignments::manual_assign)
        .service(assignments::unassign)
        .service(runs::auto_assign)
        .service(runs::transfer)
        .service(runs::segmentation)
        .service(runs::list_runs)
        .service(runs::get_run)
        .service(runs::run_changes)
        .service(runs::commit_run)
        .service(runs::discard_run)
        .service(customers::list_customers)
        .service(customers::get_profile)
        .service(customers::update_profile)
        .service(managers::list_managers)
        .service(managers::get_profile)
        .service(managers::update_profile)
        .service(managers::manager_customers)
        .service(admin::audit_log)
        .service(dashboard::dashboard)
        .service(dashboard::stats)
        .service(dashboard::insights)
        .service(analytics::personas)
        .service(analytics::scores)
        .service(analytics::capability_gaps)
        .service(analytics::projection)
        .service(analytics::trend)
        .service(analytics::manager_stats)
        .service(imports::import_customers)
        .service(imports::import_managers)
        .service(imports::list_imports)
        .service(imports::get_import)
        .service(exports::export_customers)
        .service(exports::export_managers)
        .service(exports::export_assignments)
        .service(users::set_password)
        .service(units::list_units)
        .service(units::create_unit)
        .service(units::update_unit)
        .service(units::close_unit)
        .service(staff::list_staff)
        .service(staff::get_staff)
        .service(staff::create_staff)
        .service(staff::update_staff)
        .service(staff::depart);
}
