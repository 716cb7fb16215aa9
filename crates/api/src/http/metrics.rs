//! Prometheus metrics in the text exposition format: requests by route and status with
//! latency histograms (kept in this process), database pool use, and assignment runs by
//! outcome with their durations (read from the database, so every replica reports the same).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

use portrait_domain::ops::RunOutcomes;

/// Upper bounds of the latency buckets, in seconds.
const LATENCY_BUCKETS: [f64; 12] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];
/// Upper bounds of the run-duration buckets, in seconds.
pub const RUN_BUCKETS: [f64; 8] = [0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0];

#[derive(Default)]
struct Series {
    count: u64,
    sum: f64,
    buckets: [u64; LATENCY_BUCKETS.len()],
}

/// Requests seen by this process, keyed by method, route pattern (never the raw path, so ids
/// do not explode the label set) and status.
#[derive(Default)]
pub struct HttpMetrics {
    series: Mutex<BTreeMap<(String, String, u16), Series>>,
}

impl HttpMetrics {
    pub fn observe(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let Ok(mut series) = self.series.lock() else { return };
        let entry = series.entry((method.to_owned(), route.to_owned(), status)).or_default();
        let secs = elapsed.as_secs_f64();
        entry.count += 1;
        entry.sum += secs;
        for (bucket, bound) in entry.buckets.iter_mut().zip(LATENCY_BUCKETS) {
            if secs <= bound {
                *bucket += 1;
            }
        }
    }

    /// Appends the request counters and latency histograms.
    pub fn render(&self, out: &mut String) {
        let Ok(series) = self.series.lock() else { return };
        out.push_str(
            "# HELP portrait_http_requests_total Requests by method, route and status.\n# TYPE portrait_http_requests_total counter\n",
        );
        for ((method, route, status), s) in series.iter() {
            let _ = writeln!(
                out,
                "portrait_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {}",
                escape(route),
                s.count
            );
        }
        out.push_str(
            "# HELP portrait_http_request_duration_seconds Request latency.\n# TYPE portrait_http_request_duration_seconds histogram\n",
        );
        for ((method, route, status), s) in series.iter() {
            let labels = format!("method=\"{method}\",route=\"{}\",status=\"{status}\"", escape(route));
            for (count, bound) in s.buckets.iter().zip(LATENCY_BUCKETS) {
                let _ = writeln!(out, "portrait_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {count}");
            }
            let _ = writeln!(out, "portrait_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}", s.count);
            let _ = writeln!(out, "portrait_http_request_duration_seconds_sum{{{labels}}} {}", s.sum);
            let _ = writeln!(out, "portrait_http_request_duration_seconds_count{{{labels}}} {}", s.count);
        }
    }
}

pub fn render_pool(out: &mut String, size: u32, idle: usize, max: u32) {
    out.push_str("# HELP portrait_db_pool_connections Database pool connections by state.\n# TYPE portrait_db_pool_connections gauge\n");
    let _ = writeln!(out, "portrait_db_pool_connections{{state=\"in_use\"}} {}", (size as usize).saturating_sub(idle));
    let _ = writeln!(out, "portrait_db_pool_connections{{state=\"idle\"}} {idle}");
    let _ = writeln!(out, "portrait_db_pool_connections{{state=\"max\"}} {max}");
}

pub fn render_runs(out: &mut String, runs: &[RunOutcomes]) {
    out.push_str(
        "# HELP portrait_assignment_runs_total Assignment runs by kind and outcome.\n# TYPE portrait_assignment_runs_total counter\n",
    );
    for r in runs {
        let _ =
            writeln!(out, "portrait_assignment_runs_total{{kind=\"{}\",status=\"{}\"}} {}", escape(&r.kind), escape(&r.status), r.count);
    }
    out.push_str("# HELP portrait_assignment_run_duration_seconds Duration of finished runs.\n# TYPE portrait_assignment_run_duration_seconds histogram\n");
    for r in runs {
        let labels = format!("kind=\"{}\",status=\"{}\"", escape(&r.kind), escape(&r.status));
        for (count, bound) in r.within.iter().zip(RUN_BUCKETS) {
            let _ = writeln!(out, "portrait_assignment_run_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(out, "portrait_assignment_run_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}", r.count);
        let _ = writeln!(out, "portrait_assignment_run_duration_seconds_sum{{{labels}}} {}", r.duration_sum_ms as f64 / 1000.0);
        let _ = writeln!(out, "portrait_assignment_run_duration_seconds_count{{{labels}}} {}", r.count);
    }
}

fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_lands_in_its_route_series_and_every_bucket_above_its_latency() {
        let m = HttpMetrics::default();
        m.observe("GET", "/api/customers/{id}/profile", 200, Duration::from_millis(30));
        m.observe("GET", "/api/customers/{id}/profile", 200, Duration::from_millis(2));
        let mut out = String::new();
        m.render(&mut out);
        assert!(out.contains("portrait_http_requests_total{method=\"GET\",route=\"/api/customers/{id}/profile\",status=\"200\"} 2"));
        assert!(out.contains("le=\"0.005\"} 1"), "{out}");
        assert!(out.contains("le=\"0.05\"} 2"), "{out}");
        assert!(out.contains("le=\"+Inf\"} 2"));
    }
}
