//! Faults with real processes: the `portrait` binary killed with SIGKILL in the middle of a
//! commit, a run or an import (and what the next server to start recovers), stopped with
//! SIGTERM in the middle of a run, and two server processes on one database asked to run at
//! the same moment or starting beside each other's jobs.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::each_backend;
use crate::faults_support::{ServerProcess, dead_holder_like, eventually, number, seed, spool_files, text, wait_for_status};

each_backend! {
    async fn killing_the_server_mid_commit_leaves_every_customer_with_the_old_or_the_new_manager(app) {
        seed(&app, 30_000, 30, 2_000).await;
        let (admin, _) = app.login_as("admin").await;
        let mut server = ServerProcess::start(&app).await;
        let (status, body) = server.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        assert!(status == 200 || status == 202, "{status} {body}");
        let run_id = body["run_id"].as_i64().unwrap_or(-1);
        wait_for_status(&app, run_id, "proposed").await;
        let proposed = number(&app, &format!("SELECT COUNT(*) FROM assignment_changes WHERE run_id = {run_id}")).await;
        assert!(proposed > 30_000, "the proposal moves every customer: {proposed}");
        let commit = {
            let address = server.address.clone();
            let token = admin.clone();
            actix_web::rt::spawn(async move {
                let _ = awc::Client::builder().timeout(Duration::from_secs(120)).finish()
                    .post(format!("{address}/api/admin/assignment-runs/{run_id}/commit")).bearer_auth(token).send().await;
            })
        };
        // The commit holds the job lock while it writes: kill the process once it is taken.
        let deadline = Instant::now() + Duration::from_secs(30);
        while number(&app, "SELECT COUNT(*) FROM job_locks").await == 0 && Instant::now() < deadline {
            actix_web::rt::time::sleep(Duration::from_millis(5)).await;
        }
        // Give the transaction time to be well under way (a commit of 30,000 takes longer).
        actix_web::rt::time::sleep(Duration::from_millis(60)).await;
        server.kill();
        let _ = commit.await;
        let moved = number(&app, &format!(
            "SELECT COUNT(*) FROM customer_profiles cp JOIN assignment_changes ac ON ac.customer_id = cp.user_id AND ac.run_id = {run_id} \
             WHERE cp.manager_id = ac.to_manager_id"
        )).await;
        let untouched = number(&app, "SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NULL").await;
        let total = number(&app, "SELECT COUNT(*) FROM customer_profiles").await;
        println!("after SIGKILL: {moved} of {proposed} moved");
        assert!(moved == 0 || moved == proposed, "half a commit: {moved} of {proposed} customers moved");
        assert!(untouched == total || moved == proposed, "{untouched} of {total} customers kept no manager");
        let run = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await.body;
        let expected = if moved == 0 { "proposed" } else { "committed" };
        assert_eq!(run["status"], expected, "the run's status agrees with the customers");
    }
}

each_backend! {
    async fn two_servers_asked_to_run_at_the_same_moment_run_exactly_one(app) {
        seed(&app, 20_000, 20, 600).await;
        let (admin, _) = app.login_as("admin").await;
        let first = ServerProcess::start(&app).await;
        let second = ServerProcess::start(&app).await;
        let (a, b) = tokio::join!(
            first.post("/api/admin/auto-assign", &admin, json!({})),
            second.post("/api/admin/auto-assign", &admin, json!({}))
        );
        let started: Vec<&(u16, Value)> = [&a, &b].into_iter().filter(|(s, _)| *s == 200 || *s == 202).collect();
        let refused: Vec<&(u16, Value)> = [&a, &b].into_iter().filter(|(s, _)| *s == 409).collect();
        assert_eq!((started.len(), refused.len()), (1, 1), "exactly one run starts: {a:?} {b:?}");
        assert_eq!(refused[0].1["error"], "run_in_progress");
        let run_id = started[0].1["run_id"].as_i64().unwrap_or(-1);
        wait_for_status(&app, run_id, "committed").await;
        let runs = number(&app, "SELECT COUNT(*) FROM assignment_runs WHERE status <> 'failed'").await;
        assert_eq!(runs, 1, "the refused request is recorded as failed, nothing more");
        let over = number(&app,
            "SELECT COUNT(*) FROM manager_profiles mp WHERE mp.capacity < (SELECT COUNT(*) FROM customer_profiles cp WHERE cp.manager_id = mp.user_id)"
        ).await;
        assert_eq!(over, 0, "no manager holds more customers than their capacity");
    }
}

each_backend! {
    async fn a_server_stopped_mid_run_finishes_or_abandons_it_cleanly_and_frees_the_lock(app) {
        seed(&app, 30_000, 30, 2_000).await;
        let (admin, _) = app.login_as("admin").await;
        let mut server = ServerProcess::start(&app).await;
        let (status, body) = server.post("/api/admin/auto-assign", &admin, json!({})).await;
        assert!(status == 200 || status == 202, "{status} {body}");
        let run_id = body["run_id"].as_i64().unwrap_or(-1);
        assert!(server.terminate(Duration::from_secs(60)).await, "SIGTERM: the server exits by itself, with status 0");
        let run = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await.body;
        let assigned = number(&app, "SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NOT NULL").await;
        let total = number(&app, "SELECT COUNT(*) FROM customer_profiles").await;
        println!("after SIGTERM: run {} ({}), {assigned} customers assigned", run["status"], run["error"]);
        match run["status"].as_str() {
            Some("committed") => assert_eq!(assigned, total, "a finished run assigned everyone"),
            Some("failed") => {
                assert_eq!(assigned, 0, "an abandoned run changed nobody's manager");
                assert!(run["error"].as_str().is_some_and(|e| e.contains("interrupted")), "{run}");
            }
            other => panic!("the run was left {other:?}: {run}"),
        }
        assert_eq!(number(&app, "SELECT COUNT(*) FROM job_locks").await, 0, "the lock is free for the next run at once");
        let next = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        assert_eq!(next.status, 200, "another server can run now, not after the stale-lock time: {}", next.text);
    }
}

each_backend! {
    async fn a_server_stopped_mid_import_applies_all_of_it_or_none_and_frees_the_lock(app) {
        let (admin, _) = app.login_as("admin").await;
        let mut server = ServerProcess::start(&app).await;
        let rows: Vec<String> = (0..40_000).map(|i| format!("stop.{i},停{i},30,,1,loan,")).collect();
        let csv = format!("username,name,age,occupation,total_assets_cny,needs,hobbies\n{}\n", rows.join("\n"));
        let (status, body) = server.post_body("/api/admin/import/customers", &admin, "text/csv", csv).await;
        assert!(status == 200 || status == 202, "{status} {body}");
        let job_id = body["id"].as_i64().unwrap_or(-1);
        assert!(server.terminate(Duration::from_secs(60)).await, "SIGTERM: the server exits by itself, with status 0");
        let job = app.get(&format!("/api/admin/imports/{job_id}"), &admin).await.body;
        let imported = number(&app, "SELECT COUNT(*) FROM users WHERE username LIKE 'stop.%'").await;
        println!("after SIGTERM: import {} ({}), {imported} customers imported", job["status"], job["error"]);
        match job["status"].as_str() {
            Some("committed") => assert_eq!(imported, 40_000, "a finished import wrote every row"),
            Some("failed") => {
                assert_eq!(imported, 0, "an abandoned import wrote nothing");
                assert!(job["error"].as_str().is_some_and(|e| e.contains("interrupted")), "{job}");
            }
            other => panic!("the import was left {other:?}: {job}"),
        }
        assert_eq!(number(&app, "SELECT COUNT(*) FROM job_locks").await, 0, "the lock is free for the next job at once");
        assert_eq!(number(&app, "SELECT COUNT(*) FROM import_rows").await, 0, "nothing left staged");
    }
}

each_backend! {
    async fn a_server_killed_mid_run_is_recovered_by_the_next_to_start_the_lock_free_at_once(app) {
        seed(&app, 30_000, 30, 2_000).await;
        let (admin, _) = app.login_as("admin").await;
        // A 12 s stale period: the lock is refreshed every 2 s, so its refresh shows within one phase.
        let mut server = ServerProcess::start_with(&app, &[("PORTRAIT__ASSIGNMENT__STALE_LOCK_SECS", "12")]).await;
        let (status, body) = server.post("/api/admin/auto-assign", &admin, json!({})).await;
        assert_eq!(status, 202, "{body}");
        let run_id = body["run_id"].as_i64().unwrap_or(-1);
        let holder = text(&app, "SELECT holder FROM job_locks").await;
        let parsed = portrait_domain::jobs::JobHolder::parse(&holder).unwrap_or_else(|| panic!("holder {holder:?}"));
        assert_eq!(parsed.pid, server.child.id(), "the lock names its process");
        assert_eq!(text(&app, &format!("SELECT holder FROM assignment_runs WHERE id = {run_id}")).await, holder, "and so does the run");
        let taken = number(&app, "SELECT heartbeat_at FROM job_locks").await;
        let refreshed = eventually(|| async { number(&app, "SELECT heartbeat_at FROM job_locks").await > taken }).await;
        assert!(refreshed, "the heartbeat refreshes the lock while the run works");
        let phase = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await.body;
        assert_eq!(phase["status"], "running", "the run is still under way when it is killed: {phase}");
        server.kill();
        assert_eq!(number(&app, "SELECT COUNT(*) FROM job_locks").await, 1, "SIGKILL leaves the lock behind");

        let next = ServerProcess::start(&app).await;
        assert_eq!(number(&app, "SELECT COUNT(*) FROM job_locks").await, 0, "freed at start, not after the stale period");
        let run = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await.body;
        println!("after SIGKILL and a restart: run {} in phase {} ({})", run["status"], run["phase"], run["error"]);
        assert_eq!((run["status"].as_str(), run["phase"].as_str()), (Some("failed"), Some("interrupted")), "{run}");
        assert!(run["error"].as_str().is_some_and(|e| e.starts_with("interrupted")), "{run}");
        assert_eq!(number(&app, "SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NOT NULL").await, 0, "nobody moved");
        let (status, body) = next.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        assert!(status == 200 || status == 202, "a new run starts at once: {status} {body}");
        wait_for_status(&app, body["run_id"].as_i64().unwrap_or(-1), "proposed").await;
    }
}

each_backend! {
    async fn a_server_killed_mid_import_leaves_no_staged_rows_or_upload_after_the_next_start(app) {
        let (admin, _) = app.login_as("admin").await;
        let mut server = ServerProcess::start_with(&app, &[("PORTRAIT__EXCHANGE__BATCH_ROWS", "200")]).await;
        let rows: Vec<String> = (0..100_000).map(|i| format!("kill.{i},断{i},30,,1,loan,")).collect();
        let csv = format!("username,name,age,occupation,total_assets_cny,needs,hobbies\n{}\n", rows.join("\n"));
        let (status, body) = server.post_body("/api/admin/import/customers", &admin, "text/csv", csv).await;
        assert_eq!(status, 202, "{body}");
        let job_id = body["id"].as_i64().unwrap_or(-1);
        assert!(eventually(|| async { number(&app, "SELECT COUNT(*) FROM import_rows").await > 0 }).await, "rows are being staged");
        let uploads = spool_files(&app);
        assert_eq!(uploads.len(), 1, "{uploads:?}");
        let mode = std::fs::metadata(&uploads[0]).map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o777).unwrap_or(0);
        assert_eq!(mode, 0o600, "only the server reads an upload");
        let name = uploads[0].file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        assert!(name.contains(&format!("_{}_", server.child.id())), "the upload is named for its process: {name}");
        server.kill();
        let staged = number(&app, "SELECT COUNT(*) FROM import_rows").await;
        assert!(staged > 0 && uploads[0].exists(), "SIGKILL leaves {staged} staged rows and the upload behind");

        let _next = ServerProcess::start(&app).await;
        assert_eq!(number(&app, "SELECT COUNT(*) FROM import_rows").await, 0, "the staged rows are gone");
        assert!(spool_files(&app).is_empty(), "the upload is gone: {:?}", spool_files(&app));
        assert_eq!(number(&app, "SELECT COUNT(*) FROM job_locks").await, 0);
        let job = app.get(&format!("/api/admin/imports/{job_id}"), &admin).await.body;
        println!("after SIGKILL and a restart: import {} in phase {} ({})", job["status"], job["phase"], job["error"]);
        assert_eq!((job["status"].as_str(), job["phase"].as_str()), (Some("failed"), Some("interrupted")), "{job}");
        assert!(job["error"].as_str().is_some_and(|e| e.starts_with("interrupted")), "{job}");
        assert_eq!(number(&app, "SELECT COUNT(*) FROM users WHERE username LIKE 'kill.%'").await, 0, "nothing imported");
    }
}

each_backend! {
    async fn a_server_starting_beside_a_live_one_leaves_its_jobs_and_uploads_alone(app) {
        seed(&app, 30_000, 30, 2_000).await;
        let (admin, admin_id) = app.login_as("admin").await;
        let first = ServerProcess::start(&app).await;
        let (status, body) = first.post("/api/admin/auto-assign", &admin, json!({})).await;
        assert_eq!(status, 202, "{body}");
        let run_id = body["run_id"].as_i64().unwrap_or(-1);
        let holder = text(&app, "SELECT holder FROM job_locks").await;
        // Jobs as other processes left them a moment ago: the live server between creating a
        // run and taking the lock, a young one of another host, and an old one of another host
        // that never took the lock (its process died in between).
        let now = chrono::Utc::now().timestamp();
        let f = if app.backend == crate::helpers::Backend::Postgres { "FALSE" } else { "0" };
        let mut fake = Vec::new();
        for (who, created) in [(holder.clone(), now), ("elsewhere:7:s:young".to_owned(), now), ("elsewhere:8:s:old".to_owned(), now - 3_600)] {
            app.exec(&format!("INSERT INTO assignment_runs (kind, status, phase, progress, dry_run, rebalance, requested_by, created_at, holder) \
                VALUES ('auto', 'running', 'queued', 0, {f}, {f}, {admin_id}, {created}, '{who}')")).await;
            fake.push(number(&app, "SELECT MAX(id) FROM assignment_runs").await);
        }
        let imports = std::path::Path::new(&app.settings.server.data_dir).join("imports");
        std::fs::create_dir_all(&imports).unwrap_or_else(|e| panic!("{e}"));
        let owner = |h: &str| portrait_domain::jobs::JobHolder::parse(h).map(|h| h.joined('_')).unwrap_or_default();
        let live_upload = imports.join(format!("upload-{}-0001.csv", owner(&holder)));
        let dead_upload = imports.join(format!("upload-{}-0002.csv", owner(&dead_holder_like(&holder))));
        for file in [&live_upload, &dead_upload] {
            std::fs::write(file, "username\n").unwrap_or_else(|e| panic!("{e}"));
        }

        let second = ServerProcess::start(&app).await;
        let status_of = |id: i64| format!("SELECT status FROM assignment_runs WHERE id = {id}");
        assert_eq!(text(&app, &status_of(fake[0])).await, "running", "the live server's run about to take the lock");
        assert_eq!(text(&app, &status_of(fake[1])).await, "running", "another host's young run");
        assert_eq!(text(&app, &status_of(fake[2])).await, "failed", "another host's run that never took the lock");
        assert!(live_upload.exists(), "the live server's upload stays");
        assert!(!dead_upload.exists(), "a dead process's upload goes");
        let (status, body) = second.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        let first_run = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await.body;
        assert!(status == 409 || first_run["status"] == "committed", "the first server still holds the lock: {status} {body} {first_run}");
        wait_for_status(&app, run_id, "committed").await;
        assert_eq!(number(&app, "SELECT COUNT(*) FROM job_locks").await, 0);
        let _ = std::fs::remove_file(&live_upload);
    }
}
