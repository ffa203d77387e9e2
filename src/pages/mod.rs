//! One module per route. Pages read state and own URL state; they never build URLs or parse JSON.

pub mod accessibility;
pub mod cases;
pub mod data_use;
pub mod digital_post;
pub mod economy;
pub mod logged_out;
pub mod my_data;
pub mod not_found;
pub mod overview;
