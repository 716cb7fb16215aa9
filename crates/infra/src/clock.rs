//! The wall clock behind the `Clock` port.

use portrait_domain::ports::Clock;

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        crate::db::now()
    }
}
