//! Customers as sparse points in feature space, and Lloyd's algorithm over them: cluster
//! means from labels (an empty cluster reseeded with the farthest point) and the
//! refinement loop that runs over every row.

use super::MAX_K;

/// One customer in feature space: tag columns as bits (needs first), then the two weighted z-scores.
#[derive(Debug, Clone, Copy)]
pub(super) struct Point {
    pub(super) bits: u64,
    pub(super) age: f32,
    pub(super) assets: f32,
}

impl Point {
    pub(super) fn norm2(self) -> f64 {
        f64::from(self.bits.count_ones()) + f64::from(self.age).powi(2) + f64::from(self.assets).powi(2)
    }

    pub(super) fn dist2(self, other: Self) -> f64 {
        f64::from((self.bits ^ other.bits).count_ones())
            + (f64::from(self.age) - f64::from(other.age)).powi(2)
            + (f64::from(self.assets) - f64::from(other.assets)).powi(2)
    }

    /// Column `j` of the dense feature vector (`dims` = tag columns + 2).
    pub(super) fn feature(self, j: usize, dims: usize) -> f64 {
        match j {
            _ if j + 2 < dims => f64::from(u8::from(self.bits >> j & 1 == 1)),
            _ if j + 2 == dims => f64::from(self.age),
            _ => f64::from(self.assets),
        }
    }
}

/// Cluster means of `labels`; an empty cluster takes the point farthest from its own mean.
pub(super) fn means_from_labels(points: &[Point], labels: &mut [u32], k: usize, dims: usize) -> Vec<f64> {
    let mut sums = vec![0f64; k * dims];
    let mut counts = vec![0usize; k];
    for (&p, &l) in points.iter().zip(labels.iter()) {
        accumulate(p, l as usize, dims, &mut sums, &mut counts);
    }
    finish_means(&mut sums, &counts, dims);
    for c in (0..k).filter(|&c| counts[c] == 0) {
        let far = (0..points.len())
            .map(|i| (i, dist_to(points[i], &sums[labels[i] as usize * dims..][..dims])))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, _)) = far {
            (0..dims).for_each(|j| sums[c * dims + j] = points[i].feature(j, dims));
            labels[i] = c as u32;
        }
    }
    sums
}

fn accumulate(p: Point, c: usize, dims: usize, sums: &mut [f64], counts: &mut [usize]) {
    let row = &mut sums[c * dims..(c + 1) * dims];
    let mut bits = p.bits;
    while bits != 0 {
        row[bits.trailing_zeros() as usize] += 1.0;
        bits &= bits - 1;
    }
    row[dims - 2] += f64::from(p.age);
    row[dims - 1] += f64::from(p.assets);
    counts[c] += 1;
}

/// Turns per-cluster sums into means in place (empty clusters are left as they are).
fn finish_means(sums: &mut [f64], counts: &[usize], dims: usize) {
    for (row, &count) in sums.chunks_mut(dims).zip(counts) {
        if count > 0 {
            row.iter_mut().for_each(|x| *x /= count as f64);
        }
    }
}

pub(super) fn dist_to(p: Point, mean: &[f64]) -> f64 {
    (0..mean.len()).map(|j| (p.feature(j, mean.len()) - mean[j]).powi(2)).sum()
}

/// Lloyd's algorithm over `points` from `means` (cluster-major), until no label changes or
/// `max_iter`. Leaves the means of the final labels in `means`; returns the WCSS of those labels.
pub(super) fn lloyd(points: &[Point], means: &mut [f64], k: usize, dims: usize, labels: &mut [u32], max_iter: usize) -> f64 {
    let mut wcss = 0.0;
    for _ in 0..max_iter {
        // Feature-major 2·mean and ‖mean‖², so ‖p−c‖² = ‖p‖² + ‖c‖² − Σ_{p's columns} 2·c.
        let mut twice = vec![0f64; dims * k];
        let mut norms = [0f64; MAX_K];
        for c in 0..k {
            for j in 0..dims {
                twice[j * k + c] = 2.0 * means[c * dims + j];
                norms[c] += means[c * dims + j].powi(2);
            }
        }
        let (age_col, assets_col) = (&twice[(dims - 2) * k..][..k], &twice[(dims - 1) * k..][..k]);
        let mut sums = vec![0f64; k * dims];
        let mut counts = vec![0usize; k];
        let (mut changed, mut point_norms) = (0usize, 0.0);
        for (&p, label) in points.iter().zip(labels.iter_mut()) {
            let mut score = norms;
            let score = &mut score[..k];
            let mut bits = p.bits;
            while bits != 0 {
                let col = &twice[bits.trailing_zeros() as usize * k..][..k];
                score.iter_mut().zip(col).for_each(|(s, c)| *s -= c);
                bits &= bits - 1;
            }
            let (age, assets) = (f64::from(p.age), f64::from(p.assets));
            for ((s, a), b) in score.iter_mut().zip(age_col).zip(assets_col) {
                *s -= a * age + b * assets;
            }
            let best = (1..k).fold(0, |best, c| if score[c] < score[best] { c } else { best });
            if *label != best as u32 {
                changed += 1;
                *label = best as u32;
            }
            accumulate(p, best, dims, &mut sums, &mut counts);
            point_norms += p.norm2();
        }
        finish_means(&mut sums, &counts, dims);
        let mut between = 0.0;
        for c in (0..k).filter(|&c| counts[c] > 0) {
            means[c * dims..(c + 1) * dims].copy_from_slice(&sums[c * dims..(c + 1) * dims]);
            between += counts[c] as f64 * sums[c * dims..(c + 1) * dims].iter().map(|x| x * x).sum::<f64>();
        }
        wcss = (point_norms - between).max(0.0);
        if changed == 0 {
            break;
        }
    }
    wcss
}
