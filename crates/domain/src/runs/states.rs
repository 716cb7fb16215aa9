//! What a run is and where it stands: its kind, its status and its phase, each a closed set
//! spelt as stored and sent.

use serde::{Deserialize, Serialize};

crate::closed_set! {
    parse
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum RunStatus {
        Running = "running",
        Proposed = "proposed",
        Committed = "committed",
        Discarded = "discarded",
        Failed = "failed",
    }
}

crate::closed_set! {
    parse
    /// What a run does.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum RunKind {
        /// Assignment of every customer (`POST /api/admin/auto-assign`).
        Auto = "auto",
        /// A departing manager's book moved to the others.
        Transfer = "transfer",
        /// Segmentation only (K-Means++), without assignment.
        Segmentation = "segmentation",
        /// A CSV import of customers (an import job, listed at `/api/admin/imports`).
        ImportCustomers = "import_customers",
        /// A CSV import of managers.
        ImportManagers = "import_managers",
    }
}

crate::closed_set! {
    parse
    /// Where a run or an import is; stored as its spelling.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum JobPhase {
        Queued = "queued",
        Loading = "loading",
        Segmenting = "segmenting",
        Solving = "solving",
        Saving = "saving",
        Committing = "committing",
        Validating = "validating",
        Checking = "checking",
        Applying = "applying",
        Done = "done",
        Failed = "failed",
        /// Its server stopped while it ran (see crash recovery in docs/operations.md).
        Interrupted = "interrupted",
    }
}

crate::closed_set! {
    parse
    /// What becomes of a manager whose book a transfer re-homes, applied in the same
    /// transaction as the transfer: they take no more customers, and a deactivated one no
    /// longer logs in.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Departure {
        OnLeave = "on_leave",
        Deactivated = "deactivated",
    }
}
