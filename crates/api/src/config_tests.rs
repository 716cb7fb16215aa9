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
