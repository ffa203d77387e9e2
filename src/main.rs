//! Browser entry point.

fn main() {
    mit_overblik::shell::panic_page::install();
    leptos::mount::mount_to_body(mit_overblik::shell::App);
}
