//! A 2-D picture of the book: principal component analysis of the segmentation features on a
//! sample stratified by segment, so small segments still show and the chart stays light.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::customer::CustomerClass;
use crate::runs::Snapshot;
use crate::segmentation::{FeatureScale, FeatureSpace, SegmentRow};
use crate::user::UserId;

/// At most this many points go to a scatter plot.
pub const PROJECTION_SAMPLE: usize = 5_000;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectedPoint {
    pub customer_id: UserId,
    pub x: f64,
    pub y: f64,
    pub segment: Option<u32>,
    pub class: Option<CustomerClass>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    pub points: Vec<ProjectedPoint>,
    /// Customers the sample was drawn from.
    pub population: u64,
    /// Share of the total variance along x and along y.
    pub explained_variance: [f64; 2],
}

/// Picks at most `limit` row indices, each stratum getting its share by largest remainder
/// (and at least one), spread evenly through the stratum (rows keep their order, so the pick is deterministic).
#[must_use]
pub fn stratified_sample<K: Ord + Copy>(keys: &[K], limit: usize) -> Vec<usize> {
    if keys.len() <= limit {
        return (0..keys.len()).collect();
    }
    let mut strata: BTreeMap<K, Vec<usize>> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        strata.entry(*key).or_default().push(i);
    }
    let total = keys.len();
    let mut quotas: Vec<(usize, usize, &Vec<usize>)> =
        strata.values().map(|rows| (limit * rows.len() / total, limit * rows.len() % total, rows)).collect();
    let mut left = limit - quotas.iter().map(|q| q.0).sum::<usize>();
    let mut order: Vec<usize> = (0..quotas.len()).collect();
    order.sort_by(|&a, &b| quotas[b].1.cmp(&quotas[a].1).then(a.cmp(&b)));
    for i in order {
        if left == 0 {
            break;
        }
        if quotas[i].0 < quotas[i].2.len() {
            quotas[i].0 += 1;
            left -= 1;
        }
    }
    // A segment too small for its proportional share still shows one point, taken from the largest.
    if quotas.len() <= limit {
        while let Some(empty) = quotas.iter().position(|q| q.0 == 0) {
            let Some(largest) = (0..quotas.len()).max_by_key(|&i| quotas[i].0) else { break };
            quotas[largest].0 -= 1;
            quotas[empty].0 = 1;
        }
    }
    let mut picked: Vec<usize> =
        quotas.iter().flat_map(|&(quota, _, rows)| (0..quota).map(move |j| rows[(2 * j + 1) * rows.len() / (2 * quota)])).collect();
    picked.sort_unstable();
    picked
}

/// Projects a stratified sample of the book onto its first two principal components.
#[must_use]
pub fn project(snapshot: &Snapshot, space: FeatureSpace, limit: usize) -> Projection {
    let customers = &snapshot.customers;
    let rows: Vec<SegmentRow> = customers.iter().map(|c| SegmentRow { mask: c.mask, age: c.age, assets_fen: c.assets_fen }).collect();
    let scale = FeatureScale::fit(&rows);
    let keys: Vec<Option<u32>> = customers.iter().map(|c| c.segment).collect();
    let picked = stratified_sample(&keys, limit);
    let (needs, hobbies) = (space.needs.min(32), space.hobbies.min(32));
    let dims = needs + hobbies + 2;
    let features: Vec<Vec<f64>> = picked
        .iter()
        .map(|&i| {
            let row = &rows[i];
            let mut f = Vec::with_capacity(dims);
            f.extend((0..needs).map(|b| f64::from(u8::from(row.mask >> b & 1 == 1))));
            f.extend((0..hobbies).map(|b| f64::from(u8::from(row.mask >> (32 + b) & 1 == 1))));
            f.push(scale.age(row.age));
            f.push(scale.assets(row.assets_fen));
            f
        })
        .collect();
    let (coordinates, explained_variance) = principal_plane(&features, dims);
    let points = picked
        .iter()
        .zip(coordinates)
        .map(|(&i, (x, y))| ProjectedPoint { customer_id: customers[i].id, x, y, segment: customers[i].segment, class: customers[i].class })
        .collect();
    Projection { points, population: customers.len() as u64, explained_variance }
}

/// Coordinates of each row on the top two components and their shares of the variance.
fn principal_plane(rows: &[Vec<f64>], dims: usize) -> (Vec<(f64, f64)>, [f64; 2]) {
    let n = rows.len();
    if n == 0 {
        return (Vec::new(), [0.0, 0.0]);
    }
    let mut mean = vec![0.0; dims];
    for row in rows {
        for (m, v) in mean.iter_mut().zip(row) {
            *m += v / n as f64;
        }
    }
    let mut cov = vec![0.0; dims * dims];
    for row in rows {
        let centred: Vec<f64> = row.iter().zip(&mean).map(|(v, m)| v - m).collect();
        for a in 0..dims {
            for b in a..dims {
                cov[a * dims + b] += centred[a] * centred[b];
            }
        }
    }
    let divisor = (n.max(2) - 1) as f64;
    for a in 0..dims {
        for b in a..dims {
            cov[a * dims + b] /= divisor;
            cov[b * dims + a] = cov[a * dims + b];
        }
    }
    let trace: f64 = (0..dims).map(|a| cov[a * dims + a]).sum();
    let (first, l1) = top_eigenvector(&cov, dims);
    for a in 0..dims {
        for b in 0..dims {
            cov[a * dims + b] -= l1 * first[a] * first[b];
        }
    }
    let (second, l2) = top_eigenvector(&cov, dims);
    let coordinates = rows
        .iter()
        .map(|row| {
            let dot = |axis: &[f64]| row.iter().zip(&mean).zip(axis).map(|((v, m), a)| (v - m) * a).sum::<f64>();
            (dot(&first), dot(&second))
        })
        .collect();
    let share = |l: f64| if trace > 0.0 { (l / trace).clamp(0.0, 1.0) } else { 0.0 };
    (coordinates, [share(l1), share(l2)])
}

/// Power iteration from a fixed start; the largest entry is made positive so the picture
/// never flips between calls.
fn top_eigenvector(matrix: &[f64], dims: usize) -> (Vec<f64>, f64) {
    let mut v: Vec<f64> = (0..dims).map(|i| 1.0 + i as f64 / dims as f64).collect();
    normalise(&mut v);
    for _ in 0..1_000 {
        let mut next: Vec<f64> = (0..dims).map(|a| (0..dims).map(|b| matrix[a * dims + b] * v[b]).sum()).collect();
        if normalise(&mut next) == 0.0 {
            return (vec![0.0; dims], 0.0);
        }
        let delta: f64 = next.iter().zip(&v).map(|(a, b)| (a - b).abs()).sum();
        v = next;
        if delta < 1e-12 {
            break;
        }
    }
    let (largest, _) = v.iter().enumerate().fold((0, 0.0_f64), |best, (i, x)| if x.abs() > best.1 { (i, x.abs()) } else { best });
    if v.get(largest).is_some_and(|x| *x < 0.0) {
        v.iter_mut().for_each(|x| *x = -*x);
    }
    let lambda = (0..dims).map(|a| v[a] * (0..dims).map(|b| matrix[a * dims + b] * v[b]).sum::<f64>()).sum();
    (v, lambda)
}

fn normalise(v: &mut [f64]) -> f64 {
    let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
    norm
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runs::CustomerSnapshot;
    use crate::tags::Vocabulary;

    #[test]
    fn each_segment_gets_its_share_of_the_sample() {
        let keys: Vec<u8> = [vec![0; 6_000], vec![1; 3_000], vec![2; 1_000]].concat();
        let picked = stratified_sample(&keys, 1_000);
        let count = |k: u8| picked.iter().filter(|&&i| keys[i] == k).count();
        assert_eq!((count(0), count(1), count(2)), (600, 300, 100));
        assert!(picked.windows(2).all(|w| w[0] < w[1]), "distinct and ordered");
    }

    #[test]
    fn a_small_segment_still_appears_and_the_limit_holds() {
        let keys: Vec<u8> = [vec![0; 9_998], vec![1; 2]].concat();
        let picked = stratified_sample(&keys, 10);
        assert_eq!(picked.len(), 10);
        assert!(picked.iter().any(|&i| keys[i] == 1));
    }

    #[test]
    fn a_book_smaller_than_the_limit_is_shown_whole() {
        assert_eq!(stratified_sample(&[3, 1, 2], 5), vec![0, 1, 2]);
    }

    #[test]
    fn variance_along_one_feature_lands_on_the_first_axis() {
        // Only age varies: the first component is age, explaining all the variance.
        let customers = (0..200)
            .map(|i| CustomerSnapshot {
                id: i,
                mask: 0b11,
                manager_id: None,
                class: None,
                score: None,
                age: Some(20 + (i % 50) as u8),
                assets_fen: 1_000,
                segment: Some((i % 2) as u32),
            })
            .collect();
        let snapshot = Snapshot { customers, managers: Vec::new(), vocabulary: Vocabulary::defaults() };
        let p = project(&snapshot, FeatureSpace { needs: 9, hobbies: 17 }, 200);
        assert_eq!(p.points.len(), 200);
        assert_eq!(p.population, 200);
        assert!((p.explained_variance[0] - 1.0).abs() < 1e-6, "{:?}", p.explained_variance);
        assert!(p.points.iter().all(|pt| pt.y.abs() < 1e-6));
        let youngest = p.points.iter().find(|pt| pt.customer_id == 0).map(|pt| pt.x);
        let oldest = p.points.iter().find(|pt| pt.customer_id == 49).map(|pt| pt.x);
        assert!(youngest < oldest, "age grows along x");
    }

    #[test]
    fn the_projection_is_the_same_every_time() {
        let customers = (0..300)
            .map(|i| CustomerSnapshot {
                id: i,
                mask: (i as u64 * 2_654_435_761) & 0x1ff | ((i as u64 % 7) << 32),
                manager_id: None,
                class: None,
                score: None,
                age: Some(18 + (i % 60) as u8),
                assets_fen: i * 10_000,
                segment: Some((i % 3) as u32),
            })
            .collect();
        let snapshot = Snapshot { customers, managers: Vec::new(), vocabulary: Vocabulary::defaults() };
        let space = FeatureSpace { needs: 9, hobbies: 17 };
        assert_eq!(project(&snapshot, space, 120), project(&snapshot, space, 120));
    }
}
