//! Customer segmentation: the `Segmenter` port (K-Means++ lives in infra) and the
//! personas that describe each segment.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::customer::CustomerClass;
use crate::error::DomainResult;
use crate::tags::{TagKind, TagMask, Vocabulary};

/// One customer as the segmenter sees it.
#[derive(Debug, Clone, Copy)]
pub struct SegmentRow {
    /// Needs in bits 0..32, hobbies in bits 32..64.
    pub mask: TagMask,
    pub age: Option<u8>,
    /// Total assets in fen.
    pub assets_fen: i64,
}

/// Weight of the z-scored age column; every tag column weighs 1.
pub const AGE_WEIGHT: f64 = 1.0;
/// Weight of the z-scored log10(assets in CNY + 1) column.
pub const ASSETS_WEIGHT: f64 = 1.0;

/// How age and assets become features: weighted z-scores over the rows they were fitted on
/// (a missing age is the mean, 0). Segmentation and the PCA projection share it.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FeatureScale {
    age_mean: f64,
    age_sd: f64,
    assets_mean: f64,
    assets_sd: f64,
}

fn log_assets(fen: i64) -> f64 {
    (fen.max(0) as f64 / 100.0 + 1.0).log10()
}

fn mean_sd(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let (n, sum) = values.clone().fold((0usize, 0.0), |(n, s), v| (n + 1, s + v));
    if n == 0 {
        return (0.0, 0.0);
    }
    let mean = sum / n as f64;
    (mean, (values.map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64).sqrt())
}

fn z(x: f64, mean: f64, sd: f64, weight: f64) -> f64 {
    if sd > 0.0 { (x - mean) / sd * weight } else { 0.0 }
}

impl FeatureScale {
    #[must_use]
    pub fn fit(rows: &[SegmentRow]) -> Self {
        let (age_mean, age_sd) = mean_sd(rows.iter().filter_map(|r| r.age.map(f64::from)));
        let (assets_mean, assets_sd) = mean_sd(rows.iter().map(|r| log_assets(r.assets_fen)));
        Self { age_mean, age_sd, assets_mean, assets_sd }
    }

    #[must_use]
    pub fn age(&self, age: Option<u8>) -> f64 {
        age.map_or(0.0, |a| z(f64::from(a), self.age_mean, self.age_sd, AGE_WEIGHT))
    }

    #[must_use]
    pub fn assets(&self, fen: i64) -> f64 {
        z(log_assets(fen), self.assets_mean, self.assets_sd, ASSETS_WEIGHT)
    }
}

/// Which bits of the mask are real features (the vocabulary sizes).
#[derive(Debug, Clone, Copy)]
pub struct FeatureSpace {
    pub needs: usize,
    pub hobbies: usize,
}

#[derive(Debug, Clone)]
pub struct Segmentation {
    /// Number of segments.
    pub k: usize,
    /// Segment of each input row, 0..k.
    pub labels: Vec<u32>,
    /// Within-cluster sum of squares over all rows, in feature space.
    pub wcss: f64,
    /// Mean silhouette of the chosen k on the sample it was chosen on (None when k was fixed).
    pub silhouette: Option<f64>,
}

#[async_trait]
pub trait Segmenter: Send + Sync + 'static {
    /// Groups customers into `k` segments, or into the k in 2..=10 with the best
    /// silhouette when `k` is `None`. Deterministic: the same rows give the same labels.
    /// Runs off the async workers.
    /// # Errors
    /// `invalid_k` for a k outside 2..=20 or above the number of rows.
    async fn segment(&self, rows: std::sync::Arc<Vec<SegmentRow>>, space: FeatureSpace, k: Option<usize>) -> DomainResult<Segmentation>;
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TagShare {
    pub tag: String,
    /// Share of the segment's customers with the tag, 0..1.
    pub share: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ClassCount {
    pub class: String,
    pub count: u64,
}

/// What a segment looks like, for people.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Persona {
    pub segment: u32,
    pub size: u64,
    pub top_needs: Vec<TagShare>,
    pub top_hobbies: Vec<TagShare>,
    pub median_age: Option<u8>,
    /// In fen.
    pub median_assets: i64,
    pub class_mix: Vec<ClassCount>,
}

fn median<T: Ord + Copy>(values: &mut [T]) -> Option<T> {
    if values.is_empty() {
        return None;
    }
    let mid = values.len() / 2;
    let (_, m, _) = values.select_nth_unstable(mid);
    Some(*m)
}

/// Describes every segment: size, the three most common needs and hobbies, median age
/// and assets, and the mix of classes (`classes[i]` is row i's class, if known).
#[must_use]
pub fn personas(rows: &[SegmentRow], labels: &[u32], classes: &[Option<CustomerClass>], k: usize, vocabulary: &Vocabulary) -> Vec<Persona> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
    for (i, &label) in labels.iter().enumerate() {
        if let Some(list) = members.get_mut(label as usize) {
            list.push(i);
        }
    }
    members
        .iter()
        .enumerate()
        .map(|(segment, idx)| {
            let size = idx.len() as u64;
            let top = |kind: TagKind, shift: u32| {
                let names = vocabulary.of(kind);
                let mut shares: Vec<TagShare> = names
                    .iter()
                    .enumerate()
                    .map(|(pos, tag)| {
                        let bit = 1u64 << (pos as u32 + shift);
                        let count = idx.iter().filter(|&&i| rows[i].mask & bit != 0).count();
                        TagShare { tag: tag.clone(), share: if size == 0 { 0.0 } else { count as f64 / size as f64 } }
                    })
                    .collect();
                shares.sort_by(|a, b| b.share.total_cmp(&a.share).then_with(|| a.tag.cmp(&b.tag)));
                shares.truncate(3);
                shares
            };
            let mut ages: Vec<u8> = idx.iter().filter_map(|&i| rows[i].age).collect();
            let mut assets: Vec<i64> = idx.iter().map(|&i| rows[i].assets_fen).collect();
            let class_mix = CustomerClass::ALL
                .iter()
                .map(|c| ClassCount {
                    class: c.as_str().to_owned(),
                    count: idx.iter().filter(|&&i| classes.get(i).copied().flatten() == Some(*c)).count() as u64,
                })
                .collect();
            Persona {
                segment: segment as u32,
                size,
                top_needs: top(TagKind::Need, 0),
                top_hobbies: top(TagKind::Hobby, 32),
                median_age: median(&mut ages),
                median_assets: median(&mut assets).unwrap_or(0),
                class_mix,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_scale_gives_z_scores_and_the_mean_for_a_missing_age() {
        let rows = [
            SegmentRow { mask: 0, age: Some(20), assets_fen: 0 },
            SegmentRow { mask: 0, age: Some(40), assets_fen: 99_900 },
            SegmentRow { mask: 0, age: None, assets_fen: 0 },
        ];
        let scale = FeatureScale::fit(&rows);
        assert!((scale.age(Some(20)) + 1.0).abs() < 1e-9);
        assert!((scale.age(Some(40)) - 1.0).abs() < 1e-9);
        assert!(scale.age(None).abs() < 1e-12);
        assert!(scale.assets(99_900) > 0.0 && scale.assets(0) < 0.0);
    }

    #[test]
    fn a_persona_reports_size_top_tags_and_medians() {
        let v = Vocabulary::defaults();
        let loan = 1u64 << 3;
        let travel = 1u64 << 32;
        let rows = vec![
            SegmentRow { mask: loan | travel, age: Some(30), assets_fen: 100 },
            SegmentRow { mask: loan, age: Some(40), assets_fen: 300 },
            SegmentRow { mask: travel, age: Some(50), assets_fen: 200 },
            SegmentRow { mask: 0, age: None, assets_fen: 5 },
        ];
        let labels = vec![0, 0, 0, 1];
        let classes = vec![Some(CustomerClass::A), None, Some(CustomerClass::A), Some(CustomerClass::E)];
        let p = personas(&rows, &labels, &classes, 2, &v);
        assert_eq!(p[0].size, 3);
        assert_eq!(p[0].top_needs[0].tag, "loan");
        assert!((p[0].top_needs[0].share - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(p[0].top_hobbies[0].tag, "travel");
        assert_eq!(p[0].median_age, Some(40));
        assert_eq!(p[0].median_assets, 200);
        assert_eq!(p[0].class_mix[0], ClassCount { class: "A".into(), count: 2 });
        assert_eq!(p[1].median_age, None);
        assert_eq!(p[1].class_mix[4].count, 1);
    }
}
