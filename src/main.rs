//! Browser entry point.

use std::time::Duration;

fn main() {
    mit_overblik::shell::panic_page::install();
    // The app is built in a task of its own: the browser's finishing of the module (compiling,
    // instantiating) and the building of the page would otherwise be one long task that blocks
    // a tap for their sum (docs/performance.md, *Start-up in shorter tasks*). The page's frame is
    // on screen meanwhile.
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to_body(mit_overblik::shell::App),
        Duration::ZERO,
    );
    // Every page hands over from the build's frame when its heading shows; should one never show
    // a heading, the app still takes over after this long.
    leptos::prelude::set_timeout(
        mit_overblik::page::frame::hand_over,
        Duration::from_secs(10),
    );
}
