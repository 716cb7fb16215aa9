//! Tests of the K-Means++ segmenter: determinism, the choice of k, refusals, quality against a full fit.

use super::lloyd::dist_to;
use super::*;
use rand::Rng;

const SPACE: FeatureSpace = FeatureSpace { needs: 9, hobbies: 17 };

/// `per` customers in each of four well-separated groups (own needs, hobbies, age and wealth), in shuffled order.
fn clustered(per: usize, seed: u64) -> (Vec<SegmentRow>, Vec<usize>) {
    let groups = [
        (0b0000_0011u64, 0b111u64, 28u8, 200_000i64),
        (0b0000_1100, 0b111 << 4, 38, 800_000),
        (0b0011_0000, 0b111 << 8, 50, 3_000_000),
        (0b1100_0000, 0b111 << 12, 62, 9_000_000),
    ];
    let mut rng = StdRng::seed_from_u64(seed);
    let mut out: Vec<(SegmentRow, usize)> = (0..per * groups.len())
        .map(|i| {
            let (needs, hobbies, age, cny) = groups[i % groups.len()];
            let noise = if rng.random_bool(0.2) { 1u64 << rng.random_range(0..17) } else { 0 };
            let age = (rng.random_bool(0.9)).then(|| age + rng.random_range(0..4));
            let assets_fen = cny * rng.random_range(90..=110);
            (SegmentRow { mask: needs | ((hobbies | noise) << 32), age, assets_fen }, i % groups.len())
        })
        .collect();
    out.sort_by_key(|(r, _)| r.mask.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ r.assets_fen as u64);
    out.into_iter().unzip()
}

/// True when `labels` and `truth` partition the rows identically.
fn same_partition(labels: &[u32], truth: &[usize]) -> bool {
    let pairs: HashSet<(u32, usize)> = labels.iter().copied().zip(truth.iter().copied()).collect();
    let groups: HashSet<usize> = truth.iter().copied().collect();
    let found: HashSet<u32> = labels.iter().copied().collect();
    pairs.len() == groups.len() && found.len() == groups.len()
}

fn run(rows: Vec<SegmentRow>, k: Option<usize>) -> DomainResult<Segmentation> {
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(KMeansSegmenter::default().segment(Arc::new(rows), SPACE, k))
}

#[test]
fn well_separated_clusters_are_recovered_with_a_given_k() {
    let (rows, truth) = clustered(150, 1);
    let s = run(rows, Some(4)).unwrap();
    assert_eq!(s.k, 4);
    assert!(s.silhouette.is_none());
    assert!(same_partition(&s.labels, &truth));
}

#[test]
fn automatic_k_finds_the_true_number_of_clusters() {
    let (rows, truth) = clustered(150, 2);
    let s = run(rows, None).unwrap();
    assert_eq!(s.k, 4);
    assert!(s.silhouette.unwrap() > 0.5);
    assert!(same_partition(&s.labels, &truth));
}

#[test]
fn the_reported_wcss_is_that_of_the_labels() {
    let (rows, _) = clustered(100, 3);
    let (points, dims) = featurize(&rows, SPACE);
    let s = run(rows, Some(3)).unwrap();
    let mut labels = s.labels.clone();
    let means = means_from_labels(&points, &mut labels, s.k, dims);
    let direct: f64 = points.iter().zip(&labels).map(|(&p, &l)| dist_to(p, &means[l as usize * dims..][..dims])).sum();
    assert!((direct - s.wcss).abs() < 1e-6 * direct.max(1.0), "{direct} vs {}", s.wcss);
}

#[test]
fn the_same_rows_give_the_same_labels() {
    let mut rng = StdRng::seed_from_u64(7);
    let rows: Vec<SegmentRow> = (0..(FIT_SAMPLE + 5_000))
        .map(|_| SegmentRow {
            mask: rng.random::<u64>() & 0x1_FFFF_0000_01FF,
            age: Some(rng.random_range(25..=65)),
            assets_fen: rng.random_range(10_000_000..1_000_000_000),
        })
        .collect();
    let (a, b) = (run(rows.clone(), None).unwrap(), run(rows, None).unwrap());
    assert_eq!((a.k, &a.labels), (b.k, &b.labels));
    assert_eq!(a.wcss.to_bits(), b.wcss.to_bits());
    assert!(a.labels.iter().all(|&l| (l as usize) < a.k));
}

#[test]
fn k_outside_2_to_20_or_above_the_row_count_is_refused() {
    let (rows, _) = clustered(1, 4);
    for k in [0, 1, 21, 5] {
        let err = run(rows.clone(), Some(k)).unwrap_err();
        assert_eq!(err.code(), "invalid_k", "k = {k}");
    }
    assert!(run(rows, Some(4)).is_ok());
}

#[test]
fn no_rows_or_one_row_give_a_trivial_segmentation() {
    let none = run(Vec::new(), None).unwrap();
    assert_eq!((none.k, none.labels.len()), (0, 0));
    let one = run(vec![SegmentRow { mask: 1, age: None, assets_fen: 5 }], None).unwrap();
    assert_eq!((one.k, one.labels), (1, vec![0]));
}

#[test]
fn identical_or_nearly_identical_rows_are_handled() {
    let row = SegmentRow { mask: 1 | 1 << 33, age: None, assets_fen: 100 };
    let same = run(vec![row; 30], None).unwrap();
    assert_eq!((same.k, same.wcss), (1, 0.0));
    assert!(same.labels.iter().all(|&l| l == 0));
    let fixed = run(vec![row; 30], Some(3)).unwrap();
    assert_eq!(fixed.k, 3);
    assert!(fixed.labels.iter().all(|&l| l < 3));
    let two = run(vec![row, SegmentRow { mask: 2, age: Some(40), assets_fen: 1 }], Some(2)).unwrap();
    assert_ne!(two.labels[0], two.labels[1]);
    let mut rows = vec![row; 20];
    rows.push(SegmentRow { mask: 4, age: Some(30), assets_fen: 9 });
    let auto = run(rows, None).unwrap();
    assert_eq!(auto.k, 2);
}
