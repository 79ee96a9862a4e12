pub mod dates;
pub mod diag;
pub mod lang;
pub mod model;
