//! Where the exact solver starts: prices taken from an exactly solved random sample of the
//! customers, with capacities scaled down alike.

use super::scores::ScoreTable;
use super::{Progress, solve_core};

/// Sampling pays off only on big instances; one customer in `FACTOR` is kept.
const SAMPLE_FROM: usize = 50_000;
const FACTOR: u64 = 8;

/// Starting prices for `caps.len()` managers: zero for small instances, else the optimal
/// prices of a sample.
pub(crate) fn warm_prices(cust: &[u64], table: &ScoreTable, caps: &[u32], s_max: u32, progress: &mut Progress<'_>) -> Vec<u32> {
    let m = caps.len();
    let n = cust.len();
    if n < SAMPLE_FROM || (n as u64) / FACTOR < 4 * m as u64 {
        return vec![0; m];
    }
    let sample: Vec<u64> = cust.iter().enumerate().filter(|&(i, _)| mix(i as u64).is_multiple_of(FACTOR)).map(|(_, &c)| c).collect();
    let (ns, n64) = (sample.len() as u64, n as u64);
    // Every manager keeps at least one slot, so every manager gets a price.
    let scaled: Vec<u32> = caps.iter().map(|&c| u32::try_from((u64::from(c) * ns + n64 / 2) / n64).unwrap_or(u32::MAX).max(1)).collect();
    let sub = solve_core(&sample, table, &scaled, s_max, progress);
    sub.price[..m].iter().map(|&p| p.min(s_max + 1)).collect()
}

/// A fixed bijective scramble, so samples and placement order do not follow input order.
pub(crate) fn mix(i: u64) -> u64 {
    let mut z = i.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Is `a / ca` strictly above `b / cb`? (Capacities are positive.)
pub(crate) fn fuller(a: u32, ca: u32, b: u32, cb: u32) -> bool {
    u64::from(a) * u64::from(cb) > u64::from(b) * u64::from(ca)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_compare_without_rounding() {
        assert!(fuller(2, 3, 1, 2));
        assert!(!fuller(1, 2, 2, 4));
        assert!(!fuller(1, 3, 1, 2));
    }
}
