//! K-Means++ customer segmentation: smartcore fits a sample, a tight Lloyd loop refines over every row.
//!
//! Features (see docs/matching.md, "Segmentation"): one 0/1 column per need and hobby, plus the
//! z-scored age (missing = mean) and the z-scored log10(assets in CNY + 1), each weighted 1.0.
//! Rows are kept sparse (a tag bitmask and two numbers), so the full-data pass is cheap.

mod lloyd;

use std::collections::HashSet;
use std::sync::Arc;

use async_trait::async_trait;
use ndarray::Array2;
use portrait_domain::DomainError;
use portrait_domain::ErrorCode;
use portrait_domain::error::DomainResult;
use portrait_domain::segmentation::{FeatureScale, FeatureSpace, SegmentRow, Segmentation, Segmenter};
use portrait_domain::tags::{HALF_BITS, hobbies_half, needs_half};
use rand::SeedableRng;
use rand::rngs::StdRng;
use smartcore::cluster::kmeans::{KMeans, KMeansParameters};

use lloyd::{Point, lloyd, means_from_labels};

/// Smallest and largest k a caller may ask for.
pub const MIN_K: usize = 2;
pub const MAX_K: usize = 20;
/// Largest k tried when k is chosen automatically.
pub const AUTO_MAX_K: usize = 10;
/// Rows the k-means++ fit of the final k runs on.
pub const FIT_SAMPLE: usize = 10_000;
/// Rows of that sample the search over k fits on (one smartcore fit per k; halves its cost).
pub const SEARCH_SAMPLE: usize = 2_000;
/// Rows of that sample the silhouette is measured on (pairwise distances: O(n²)).
pub const SILHOUETTE_SAMPLE: usize = 1_000;
/// k-means++ seeds tried for the final k (the search over k tries one each and its winner, refined on
/// the full sample, also competes); the lowest sample WCSS wins.
const INITS: u64 = 1;
/// Lloyd iterations inside smartcore (its BBD-tree pass is slow: it only seeds), then ours on the
/// sample (to convergence), then ours over all rows.
const SMARTCORE_ITERS: usize = 1;
const SAMPLE_ITERS: usize = 100;
const REFINE_ITERS: usize = 10;

/// K-Means++ segmenter; the same seed and rows always give the same labels.
#[derive(Debug, Clone, Copy)]
pub struct KMeansSegmenter {
    pub seed: u64,
}

impl Default for KMeansSegmenter {
    fn default() -> Self {
        Self { seed: 42 }
    }
}

#[async_trait]
impl Segmenter for KMeansSegmenter {
    async fn segment(&self, rows: Arc<Vec<SegmentRow>>, space: FeatureSpace, k: Option<usize>) -> DomainResult<Segmentation> {
        let seed = self.seed;
        tokio::task::spawn_blocking(move || segment_rows(&rows, space, k, seed)).await.map_err(DomainError::internal)?
    }
}

/// The synchronous core of [`KMeansSegmenter::segment`], for callers already off the async workers.
/// # Errors
/// `invalid_k` for a k outside 2..=20 or above the number of rows; `internal` if smartcore fails.
pub fn segment_rows(rows: &[SegmentRow], space: FeatureSpace, k: Option<usize>, seed: u64) -> DomainResult<Segmentation> {
    let invalid = || {
        DomainError::validation(
            "k",
            ErrorCode::InvalidK,
            format!("k must be between {MIN_K} and {MAX_K} and at most the number of customers"),
        )
    };
    if k.is_some_and(|k| !(MIN_K..=MAX_K).contains(&k)) {
        return Err(invalid());
    }
    let n = rows.len();
    if n <= 1 {
        return Ok(Segmentation { k: n, labels: vec![0; n], wcss: 0.0, silhouette: None });
    }
    if k.is_some_and(|k| k > n) {
        return Err(invalid());
    }
    let (points, dims) = featurize(rows, space);
    let mut rng = StdRng::seed_from_u64(seed);
    let sample = Sample::new(rand::seq::index::sample(&mut rng, n, n.min(FIT_SAMPLE)).into_iter().map(|i| points[i]).collect(), dims);
    let distinct = sample.points.iter().map(|p| (p.bits, p.age.to_bits(), p.assets.to_bits())).collect::<HashSet<_>>().len();
    let (k, silhouette, first) = match k {
        Some(k) => (k, None, None),
        None if distinct < MIN_K => (1, None, Some(Fit { means: mean_of(&points, dims), labels: Vec::new(), wcss: 0.0 })),
        None => {
            let search = Sample::new(sample.points[..sample.points.len().min(SEARCH_SAMPLE)].to_vec(), dims);
            let (k, score, mut means) = choose_k(&search, distinct, seed)?;
            let mut labels = vec![u32::MAX; sample.points.len()];
            let wcss = lloyd(&sample.points, &mut means, k, dims, &mut labels, SAMPLE_ITERS);
            (k, Some(score), Some(Fit { means, labels, wcss }))
        }
    };
    let tries = if k == 1 { INITS..INITS } else { u64::from(first.is_some())..INITS };
    let mut means = fit_sample(&sample, k, seed, tries, first)?.means;
    let mut labels = vec![u32::MAX; n];
    let wcss = lloyd(&points, &mut means, k, dims, &mut labels, REFINE_ITERS);
    Ok(Segmentation { k, labels, wcss, silhouette })
}

/// Sparse points and the number of dense columns. Vocabularies are capped at 32 bits each (the mask's halves).
fn featurize(rows: &[SegmentRow], space: FeatureSpace) -> (Vec<Point>, usize) {
    let half = HALF_BITS as usize;
    let (needs, hobbies) = (space.needs.min(half), space.hobbies.min(half));
    let low = |bits: usize| (1u64 << bits) - 1;
    let scale = FeatureScale::fit(rows);
    let points = rows
        .iter()
        .map(|r| Point {
            bits: (u64::from(needs_half(r.mask)) & low(needs)) | ((u64::from(hobbies_half(r.mask)) & low(hobbies)) << needs),
            age: scale.age(r.age) as f32,
            assets: scale.assets(r.assets_fen) as f32,
        })
        .collect();
    (points, needs + hobbies + 2)
}

/// A fit on the sample: cluster-major means, the sample's labels and its WCSS.
struct Fit {
    means: Vec<f64>,
    labels: Vec<u32>,
    wcss: f64,
}

/// Sampled points, also as the dense matrix smartcore wants.
struct Sample {
    points: Vec<Point>,
    x: Array2<f64>,
    dims: usize,
}

impl Sample {
    fn new(points: Vec<Point>, dims: usize) -> Self {
        let x = Array2::from_shape_fn((points.len(), dims), |(i, j)| points[i].feature(j, dims));
        Self { points, x, dims }
    }
}

fn mean_of(points: &[Point], dims: usize) -> Vec<f64> {
    means_from_labels(points, &mut vec![0; points.len()], 1, dims)
}

/// Tries k in 2..=10 (and at most the sample's distinct points), one k-means++ seed each; keeps the
/// best mean silhouette, measured on the first [`SILHOUETTE_SAMPLE`] rows of the (shuffled) sample.
fn choose_k(sample: &Sample, distinct: usize, seed: u64) -> DomainResult<(usize, f64, Vec<f64>)> {
    let p = &sample.points;
    let s = p.len().min(SILHOUETTE_SAMPLE);
    let dist: Vec<f32> = (0..s * s).map(|ij| p[ij / s].dist2(p[ij % s]).sqrt() as f32).collect();
    let mut best: Option<(usize, f64, Vec<f64>)> = None;
    for k in MIN_K..=AUTO_MAX_K.min(distinct) {
        let fit = fit_sample(sample, k, seed, 0..1, None)?;
        let score = silhouette(&dist, &fit.labels[..s], k);
        if best.as_ref().is_none_or(|b| score > b.1) {
            best = Some((k, score, fit.means));
        }
    }
    best.ok_or_else(|| DomainError::internal("no k to try"))
}

/// Mean silhouette (Euclidean) of `labels` over the row-major `s`×`s` distance matrix; singletons score 0.
fn silhouette(dist: &[f32], labels: &[u32], k: usize) -> f64 {
    let s = labels.len();
    let mut sizes = vec![0usize; k];
    labels.iter().for_each(|&l| sizes[l as usize] += 1);
    let mut total = 0.0;
    let mut sums = vec![0f64; k];
    for (i, &li) in labels.iter().enumerate() {
        sums.iter_mut().for_each(|x| *x = 0.0);
        for (&d, &lj) in dist[i * s..(i + 1) * s].iter().zip(labels) {
            sums[lj as usize] += f64::from(d);
        }
        let own = sizes[li as usize];
        let other = (0..k).filter(|&c| c != li as usize && sizes[c] > 0).map(|c| sums[c] / sizes[c] as f64).fold(f64::INFINITY, f64::min);
        if own > 1 && other.is_finite() {
            let a = sums[li as usize] / (own - 1) as f64;
            let m = a.max(other);
            total += if m > 0.0 { (other - a) / m } else { 0.0 };
        }
    }
    total / s.max(1) as f64
}

/// The lowest-WCSS of `best` and one smartcore k-means++ fit on the sample per seed in `tries`,
/// each refined by Lloyd to convergence (smartcore's own iterations are ~50× slower than ours).
fn fit_sample(sample: &Sample, k: usize, seed: u64, tries: std::ops::Range<u64>, mut best: Option<Fit>) -> DomainResult<Fit> {
    let (x, dims) = (&sample.x, sample.dims);
    for t in tries {
        let params = KMeansParameters { k, max_iter: SMARTCORE_ITERS, seed: Some(seed.wrapping_add(1000 * k as u64 + t)) };
        let model = KMeans::<f64, u32, Array2<f64>, Vec<u32>>::fit(x, params).map_err(DomainError::internal)?;
        let mut labels: Vec<u32> = model.predict(x).map_err(DomainError::internal)?;
        let mut means = means_from_labels(&sample.points, &mut labels, k, dims);
        let wcss = lloyd(&sample.points, &mut means, k, dims, &mut labels, SAMPLE_ITERS);
        if best.as_ref().is_none_or(|b| wcss < b.wcss) {
            best = Some(Fit { means, labels, wcss });
        }
    }
    best.ok_or_else(|| DomainError::internal("no k-means fit"))
}

#[cfg(test)]
#[path = "segmentation_tests.rs"]
mod tests;
