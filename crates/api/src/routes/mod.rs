//! HTTP handlers: parse, call one service method, map the result.

pub mod admin;
pub mod analytics;
pub mod assignments;
pub mod auth;
pub mod customers;
pub mod dashboard;
pub mod exports;
pub mod health;
pub mod imports;
pub mod managers;
pub mod runs;
pub mod tags;
pub mod users;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(auth::register)
        .service(auth::login)
        .service(auth::verify)
        .service(auth::logout)
        .service(health::health)
        .service(health::legacy_health)
        .service(health::live)
        .service(health::ready)
        .service(health::metrics)
        .service(tags::list_tags)
        .service(tags::add_tag)
        .service(assignments::classification)
        .service(assignments::assignment_of)
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
        .service(users::set_password);
}
