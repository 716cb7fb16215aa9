//! Capacitated assignment of customers to managers (arriving with the matching engine).
