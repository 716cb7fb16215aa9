//! Settings are strict, and every setting the deployment files and docs name is a real one.

use super::Settings;

fn environment(pairs: &[(&str, &str)]) -> config::Map<String, String> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn repository_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// Every `PORTRAIT__…` variable named in `text`, except the `SECTION__KEY` placeholder.
fn setting_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("PORTRAIT__") {
        let name: String = rest[start..].chars().take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_').collect();
        rest = &rest[start + name.len()..];
        if !name.contains("SECTION__KEY") {
            names.push(name.trim_end_matches('_').to_owned());
        }
    }
    names
}

#[test]
fn the_defaults_load_without_any_environment() {
    let settings = Settings::load_with(None, Some(environment(&[]))).expect("defaults");
    assert_eq!(settings.database.max_connections, 8);
    assert!(settings.auth.jwt_secret.is_none());
}

#[test]
fn a_misspelt_setting_is_refused_with_its_name() {
    let refused = Settings::load_with(None, Some(environment(&[("PORTRAIT__DATABASE__MAX_CONECTIONS", "3")]))).map(|_| ());
    let message = refused.expect_err("an unknown setting must not load").to_string();
    assert!(message.contains("max_conections"), "{message}");
    let section = Settings::load_with(None, Some(environment(&[("PORTRAIT__DATABSE__MAX_CONNECTIONS", "3")]))).map(|_| ());
    assert!(section.is_err(), "an unknown section must not load either");
}

#[test]
fn a_known_setting_from_the_environment_overrides_its_default() {
    let settings = Settings::load_with(None, Some(environment(&[("PORTRAIT__DATABASE__MAX_CONNECTIONS", "3")]))).expect("known setting");
    assert_eq!(settings.database.max_connections, 3);
}

#[test]
fn every_setting_named_in_the_deployment_files_docs_and_scripts_is_one_the_server_knows() {
    let files = [
        "deploy/k8s/configmap.yaml",
        "deploy/k8s/deployment.yaml",
        "deploy/k8s/migrate-job.yaml",
        "deploy/k8s/secret.yaml",
        "deploy/docker-compose.yml",
        "deploy/.env.example",
        "deploy/README.md",
        "docs/configuration.md",
        "docs/operations.md",
        "README.md",
        "web/playwright.config.ts",
        "web/e2e/start-server.mjs",
        "scripts/load.sh",
        "scripts/fuzz.sh",
        "scripts/client.sh",
        "scripts/bench.sh",
    ];
    let mut checked = 0;
    for file in files {
        for name in setting_names(&repository_file(file)) {
            // "1" parses as any of the settings' types; range checks may still refuse it, which is fine.
            if let Err(e) = Settings::load_with(None, Some(environment(&[(&name, "1")]))) {
                assert!(!e.to_string().contains("unknown field"), "{file} names {name}, which the server does not know: {e}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} settings found: did the files move?");
}

#[test]
fn the_kubernetes_configmap_loads_as_the_servers_settings() {
    let configmap = repository_file("deploy/k8s/configmap.yaml");
    let pairs: Vec<(String, String)> = configmap
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("PORTRAIT__"))
        .filter_map(|line| line.split_once(':'))
        .map(|(key, value)| (key.trim().to_owned(), value.trim().trim_matches('"').to_owned()))
        .collect();
    assert!(pairs.len() >= 10, "{pairs:?}");
    let settings = Settings::load_with(None, Some(pairs.into_iter().collect())).expect("the ConfigMap's settings load");
    assert_eq!(settings.database.max_connections, 16);
    assert_eq!(settings.server.data_dir, "/var/lib/portrait");
    assert_eq!(settings.auth.bcrypt_cost, 12);
}

fn refusal(pairs: &[(&str, &str)]) -> String {
    match Settings::load_with(None, Some(environment(pairs))) {
        Ok(_) => panic!("{pairs:?} must not load"),
        Err(e) => e.to_string(),
    }
}

/// Every literal JWT secret an example in `text` shows (`jwt_secret = "…"`,
/// `JWT_SECRET='…'`, `jwt-secret: "…"`), leaving out `$(…)` and `${…}` substitutions.
fn example_secrets(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let lower = line.to_ascii_lowercase();
        for key in ["jwt_secret", "jwt-secret"] {
            let Some(at) = lower.find(key) else { continue };
            let rest = line[at + key.len()..].trim_start_matches(['"', '\'']).trim_start();
            let Some(value) = rest.strip_prefix('=').or_else(|| rest.strip_prefix(':')).map(str::trim_start) else { continue };
            let value = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or_default(),
                _ => value.split_whitespace().next().unwrap_or_default(),
            };
            if !value.is_empty() && !value.starts_with('$') {
                found.push(value.to_owned());
            }
        }
    }
    found
}

#[test]
fn a_short_placeholder_or_guessable_jwt_secret_is_refused_naming_the_setting() {
    for secret in [
        "too-short-9f86d081884c7d65",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "abcabcabcabcabcabcabcabcabcabcabcabcabcabcabc",
        "passwordpasswordpasswordpassword1",
        "Password123!Password123!Password123!",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
        "0123456789012345678901234567890123456789",
        "11111111222222223333333344444444",
        "qwertyuiopqwertyuiopqwertyuiopqwe",
        "my-placeholder-jwt-secret-9f86d081884c",
        "REPLACE-ME-with-the-output-of-openssl-rand-hex-32",
    ] {
        let message = refusal(&[("PORTRAIT__AUTH__JWT_SECRET", secret)]);
        assert!(message.contains("auth.jwt_secret"), "{secret}: {message}");
    }
}

#[test]
fn every_example_secret_in_the_docs_and_deployment_files_is_refused() {
    let mut files = vec![
        "deploy/k8s/secret.yaml".to_owned(),
        "deploy/k8s/deployment.yaml".to_owned(),
        "deploy/docker-compose.yml".to_owned(),
        "deploy/.env.example".to_owned(),
        "deploy/Dockerfile".to_owned(),
        "deploy/README.md".to_owned(),
        "README.md".to_owned(),
    ];
    let docs = format!("{}/../../docs", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&docs).unwrap_or_else(|e| panic!("{docs}: {e}")).flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            files.push(format!("docs/{name}"));
        }
    }
    let mut checked = 0;
    for file in &files {
        for secret in example_secrets(&repository_file(file)) {
            let message = refusal(&[("PORTRAIT__AUTH__JWT_SECRET", &secret)]);
            assert!(message.contains("auth.jwt_secret"), "{file}: {secret}: {message}");
            checked += 1;
        }
    }
    assert!(checked >= 3, "only {checked} example secrets found: did the files move?");
}

#[test]
fn the_test_suites_and_random_secrets_pass() {
    for _ in 0..200 {
        let test_secret = format!("test-secret-{}", uuid::Uuid::new_v4().simple());
        let hex64 = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
        for secret in [test_secret.as_str(), hex64.as_str()] {
            let loaded = Settings::load_with(None, Some(environment(&[("PORTRAIT__AUTH__JWT_SECRET", secret)])));
            assert!(loaded.is_ok(), "{secret}: {:?}", loaded.err());
        }
    }
    let settings = Settings::load_with(None, Some(environment(&[("PORTRAIT__AUTH__JWT_SECRET", "Zq8vN2xW7rT4kLp9sY3mB6cF1hJ5dG0a")])));
    assert!(settings.is_ok(), "{:?}", settings.err());
}

#[test]
fn a_wildcard_or_malformed_cors_origin_is_refused_naming_the_setting() {
    for origins in
        ["*", "https://portal.bank.example,*", "https://*.bank.example", "https://portal.bank.example/", "portal.bank.example", "null"]
    {
        let message = refusal(&[("PORTRAIT__SERVER__CORS_ORIGINS", origins)]);
        assert!(message.contains("server.cors_origins"), "{origins}: {message}");
    }
    let good = Settings::load_with(
        None,
        Some(environment(&[("PORTRAIT__SERVER__CORS_ORIGINS", "https://portal.bank.example,http://localhost:5173,http://[::1]:8080")])),
    )
    .expect("exact origins load");
    assert_eq!(good.server.cors_origins.len(), 3);
}

#[test]
fn a_stale_lock_period_too_short_for_the_heartbeat_is_refused() {
    let message = refusal(&[("PORTRAIT__ASSIGNMENT__STALE_LOCK_SECS", "5")]);
    assert!(message.contains("assignment.stale_lock_secs"), "{message}");
    let settings = Settings::load_with(None, Some(environment(&[]))).expect("defaults");
    assert_eq!(settings.assignment.stale_lock_secs, 60);
}

#[test]
fn trusted_proxies_load_from_a_comma_separated_list_and_a_malformed_one_is_refused() {
    let settings = Settings::load_with(None, Some(environment(&[("PORTRAIT__SERVER__TRUSTED_PROXIES", "10.0.0.0/8,192.168.1.10")])))
        .expect("addresses and ranges load");
    assert!(settings.server.trusted_proxies.contains("10.42.0.7".parse().expect("ip")));
    assert!(settings.server.trusted_proxies.contains("192.168.1.10".parse().expect("ip")));
    assert!(!settings.server.trusted_proxies.contains("192.168.1.11".parse().expect("ip")));
    let one = Settings::load_with(None, Some(environment(&[("PORTRAIT__SERVER__TRUSTED_PROXIES", "127.0.0.1")]))).expect("one address");
    assert!(one.server.trusted_proxies.contains("127.0.0.1".parse().expect("ip")));
    assert!(Settings::load_with(None, Some(environment(&[]))).expect("defaults").server.trusted_proxies.is_empty());
    let message = refusal(&[("PORTRAIT__SERVER__TRUSTED_PROXIES", "10.0.0.0/8,ingress.internal")]);
    assert!(message.contains("server.trusted_proxies") && message.contains("ingress.internal"), "{message}");
}

#[test]
fn throttle_limits_and_windows_must_be_positive() {
    for (name, value) in [("PORTRAIT__THROTTLE__MAX_FAILURES_PER_ACCOUNT", "0"), ("PORTRAIT__THROTTLE__REGISTRATION_WINDOW_SECS", "0")] {
        let message = refusal(&[(name, value)]);
        assert!(message.contains("throttle."), "{name}: {message}");
    }
    let defaults = Settings::load_with(None, Some(environment(&[]))).expect("defaults").throttle.policy();
    assert_eq!(defaults, portrait_domain::services::ThrottlePolicy::default(), "the settings' defaults are the domain's");
}
