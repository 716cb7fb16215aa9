//! The HTTP server: middleware (request span and id, metrics, JSON errors, security
//! headers, CORS), the routes, the API docs, the web app's files and the JSON fallback.

use std::net::TcpListener;
use std::time::Instant;

use actix_cors::Cors;
use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, HeaderName, HeaderValue};
use actix_web::middleware::{Compress, DefaultHeaders, Next, from_fn};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, guard, web};
use portrait_domain::ErrorCode;
use tracing::Instrument;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::http::error::{ApiError, ErrorBody, json_error, path_error, query_error};
use crate::http::{self, openapi};
use crate::state::AppState;

/// One log line per request, with a request id (an incoming `X-Request-Id` is kept).
async fn request_log(req: ServiceRequest, next: Next<impl MessageBody>) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let request_id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or_else(|| uuid::Uuid::new_v4().simple().to_string(), str::to_owned);
    let method = req.method().to_string();
    let path = req.path().to_owned();
    let metrics = req.app_data::<web::Data<AppState>>().map(|state| std::sync::Arc::clone(&state.metrics));
    let route = req.match_pattern().unwrap_or_else(|| "unmatched".to_owned());
    // Everything the request logs, down to the adapters, carries its id.
    let span = tracing::info_span!("request", request_id = %request_id);
    let mut res = next.call(req).instrument(span.clone()).await?;
    let _in_request = span.enter();
    if let Some(metrics) = metrics {
        metrics.observe(&method, &route, res.status().as_u16(), started.elapsed());
    }
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        res.headers_mut().insert(HeaderName::from_static("x-request-id"), value);
    }
    tracing::info!(request_id, method, path, status = res.status().as_u16(), duration_ms = started.elapsed().as_millis() as u64, "request");
    Ok(res)
}

/// Unknown routes: a JSON 404 (or 405 with `Allow` when the path exists with other
/// methods) under `/api`; the web app's `index.html` elsewhere so client routes load (a
/// JSON 405 for anything but GET and HEAD there).
async fn fallback(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let path = req.path();
    if path.starts_with("/api") || path == "/metrics" {
        let methods = openapi::methods_for(openapi::document(), path);
        if !methods.is_empty() {
            return Ok(HttpResponse::MethodNotAllowed().insert_header((ALLOW, methods.join(", "))).json(ErrorBody::new(
                ErrorCode::MethodNotAllowed,
                format!("{} is not allowed here", req.method()),
                None,
            )));
        }
        return Err(ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, format!("no route for {path}")));
    }
    if !matches!(*req.method(), Method::GET | Method::HEAD) {
        return Ok(HttpResponse::MethodNotAllowed().insert_header((ALLOW, "GET, HEAD")).json(ErrorBody::new(
            ErrorCode::MethodNotAllowed,
            format!("{} is not allowed here: the web app is only read", req.method()),
            None,
        )));
    }
    let index = std::path::Path::new(&state.settings.server.static_dir).join("index.html");
    match actix_files::NamedFile::open_async(&index).await {
        Ok(file) => {
            let mut response = file.use_etag(false).use_last_modified(false).into_response(&req);
            response.headers_mut().insert(actix_web::http::header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            Ok(response)
        }
        Err(_) => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "the web app is not built (run `just web-build`); the API is under /api",
        )),
    }
}

async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect().insert_header((actix_web::http::header::LOCATION, "/api/docs/")).finish()
}

fn cors(origins: &[String]) -> Cors {
    let mut cors = Cors::default()
        .allowed_methods(["GET", "POST", "PUT", "DELETE"])
        .allowed_headers(["authorization", "content-type", "x-request-id", "accept-language"])
        .expose_headers(["retry-after", "x-request-id"])
        .max_age(600);
    for origin in origins {
        cors = cors.allowed_origin(origin);
    }
    cors
}

/// Starts the HTTP server on an already-bound listener (port 0 in tests).
/// # Errors
/// When the listener cannot be used.
pub fn run(listener: TcpListener, state: AppState) -> std::io::Result<Server> {
    let limit = state.settings.server.body_limit_bytes;
    let workers = state.settings.server.workers;
    let doc = openapi::document();
    let data = web::Data::new(state);
    let mut server = HttpServer::new(move || {
        let static_dir = data.settings.server.static_dir.clone();
        let app = App::new()
            .app_data(data.clone())
            .app_data(web::JsonConfig::default().limit(limit).error_handler(|e, _| json_error(e)))
            .app_data(web::QueryConfig::default().error_handler(|e, _| query_error(e)))
            .app_data(web::PathConfig::default().error_handler(|e, _| path_error(e)))
            .app_data(web::PayloadConfig::new(limit))
            .wrap(cors(&data.settings.server.cors_origins))
            .wrap(from_fn(crate::http::edges::edges))
            .wrap(
                DefaultHeaders::new()
                    .add(("X-Content-Type-Options", "nosniff"))
                    .add(("Referrer-Policy", "no-referrer"))
                    .add(("X-Frame-Options", "DENY"))
                    .add(("Content-Security-Policy", "frame-ancestors 'none'")),
            )
            .wrap(Compress::default())
            .wrap(from_fn(request_log));
        // The routes' document is built once (`openapi::document`); this one is dropped.
        let (app, _) = app.into_utoipa_app().configure(http::configure).split_for_parts();
        let mut app = app
            // The README links `/api/docs`; the docs page itself lives under `/api/docs/`.
            .route("/api/docs", web::get().to(docs_redirect))
            .service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", doc.clone()));
        if std::path::Path::new(&static_dir).join("index.html").exists() {
            // Only reads of the web app's files: anything else, and every `/api` path, goes on
            // to the fallback, which knows the API's methods and answers JSON.
            let files = actix_files::Files::new("/", &static_dir)
                .index_file("index.html")
                .guard(guard::fn_guard(|ctx| {
                    matches!(ctx.head().method, Method::GET | Method::HEAD) && !ctx.head().uri.path().starts_with("/api")
                }))
                .default_handler(web::to(fallback));
            app = app.service(files);
        }
        app.default_service(web::to(fallback))
    })
    .shutdown_timeout(30)
    // `serve` handles SIGTERM and SIGINT itself, so background jobs hear of the shutdown too.
    .disable_signals();
    if workers > 0 {
        server = server.workers(workers);
    }
    Ok(server.listen(listener)?.run())
}
