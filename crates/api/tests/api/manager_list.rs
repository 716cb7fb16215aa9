//! The manager list at a hundred managers: sorted by load, capacity or seats left, filtered
//! to the over-capacity, full, roomy or empty books, paged without overlap.

use serde_json::Value;

use crate::each_backend;

fn rows(body: &Value) -> Vec<Value> {
    body["items"].as_array().cloned().unwrap_or_default()
}

fn ids(body: &Value) -> Vec<i64> {
    rows(body).iter().filter_map(|m| m["user_id"].as_i64()).collect()
}

each_backend! {
    async fn the_manager_list_sorts_by_load_and_keeps_the_over_capacity_full_roomy_or_empty_books(app) {
        let (admin, _) = app.login_as("admin").await;
        let (m1, m2) = (app.user_id("manager1").await, app.user_id("manager2").await);
        let (c1, c2, c3) = (app.user_id("customer1").await, app.user_id("customer2").await, app.user_id("customer3").await);
        app.exec(&format!("UPDATE customer_profiles SET manager_id = {m1} WHERE user_id IN ({c1}, {c2})")).await;
        app.exec(&format!("UPDATE customer_profiles SET manager_id = {m2} WHERE user_id = {c3}")).await;
        app.exec(&format!("UPDATE manager_profiles SET capacity = 1 WHERE user_id IN ({m1}, {m2})")).await;
        let over = app.get("/api/managers?load=over_capacity", &admin).await;
        assert_eq!((over.status, ids(&over.body)), (200, vec![m1]), "{}", over.text);
        assert_eq!(ids(&app.get("/api/managers?load=full", &admin).await.body), [m1, m2]);
        let empty = app.numbers(&format!("SELECT user_id FROM manager_profiles WHERE user_id NOT IN ({m1}, {m2}) ORDER BY user_id")).await;
        assert_eq!(ids(&app.get("/api/managers?load=empty", &admin).await.body), empty);
        let roomy = ids(&app.get("/api/managers?load=has_room", &admin).await.body);
        assert!(!roomy.contains(&m1) && !roomy.contains(&m2) && !roomy.is_empty());
        let by_load = app.get("/api/managers?sort=load&order=desc", &admin).await;
        assert_eq!(ids(&by_load.body)[..2], [m1, m2], "{}", by_load.text);
        let loads: Vec<i64> = rows(&by_load.body).iter().filter_map(|m| m["customer_count"].as_i64()).collect();
        assert!(loads.windows(2).all(|w| w[0] >= w[1]), "{loads:?}");
        let by_seats = app.get("/api/managers?sort=seats_left", &admin).await;
        let seats: Vec<i64> = rows(&by_seats.body).iter().map(|m| m["capacity"].as_i64().unwrap_or(0) - m["customer_count"].as_i64().unwrap_or(0)).collect();
        assert!(seats.windows(2).all(|w| w[0] <= w[1]) && seats[0] == -1, "{seats:?}");
        let mut paged = Vec::new();
        for page in 1..=3 {
            paged.extend(ids(&app.get(&format!("/api/managers?sort=capacity&order=desc&per_page=2&page={page}"), &admin).await.body));
        }
        assert_eq!(paged, ids(&app.get("/api/managers?sort=capacity&order=desc", &admin).await.body), "pages neither overlap nor skip");
        for (query, code) in [("sort=utilisation", "invalid_sort"), ("order=up", "invalid_order"), ("load=busy", "invalid_load")] {
            let reply = app.get(&format!("/api/managers?{query}"), &admin).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (422, Some(code)), "{query}: {}", reply.text);
        }
    }
}
