//! What every page uses, below the sections and above the generic components: the route table
//! (each page's path *and* title), the page heading and the hand-over from the build's page frame, focus on route change, lazy loading of a
//! section's chunk, the app's own addresses (queries, a case's address), leaving and switching
//! (log off, act for someone), and the counts the menu shows beside a page's name.
//!
//! A section reaches another section only through this layer; the shell mounts the sections'
//! routes and nothing else of them.

pub mod event_feed;
pub mod focus;
pub mod frame;
pub mod heading;
pub mod hrefs;
pub mod lazy;
pub mod live_search;
pub mod menu_count;
pub mod routes;
pub mod session;
pub mod texts;
