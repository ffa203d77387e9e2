//! Browser entry point.

use std::time::Duration;

fn main() {
    mit_overblik::shell::panic_page::install();
    leptos::mount::mount_to_body(mit_overblik::shell::App);
    // Every page hands over from the build's frame when its heading shows; should one never show
    // a heading, the app still takes over after this long.
    leptos::prelude::set_timeout(
        mit_overblik::page::frame::hand_over,
        Duration::from_secs(10),
    );
}
