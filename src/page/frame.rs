//! The page frame: the release build writes each page's first render into that page's HTML
//! (`scripts/frames.mjs`), so the header, the menu, the heading and its lead text paint before
//! the wasm has arrived. The app renders behind it (hidden by `body[data-frame]`) and, once its
//! own page heading is on the page, removes the frame in one step: the same page, now live,
//! with no frame painted in between. Without a frame (the dev server) this does nothing.

use wasm_bindgen::JsCast;

/// The attribute on `<body>` that hides the app while the frame shows.
pub const FRAME_ATTRIBUTE: &str = "data-frame";
/// The class of the frame's two copies (`#frame-da`, `#frame-en`: the one in the page's
/// language shows).
pub const FRAME_CLASS: &str = "frame";

/// Whether the build's frame is showing (the app renders behind it).
pub fn is_framed() -> bool {
    leptos::prelude::document()
        .body()
        .is_some_and(|body| body.has_attribute(FRAME_ATTRIBUTE))
}

/// Removes the frame and shows the app (idempotent).
pub fn hand_over() {
    let document = leptos::prelude::document();
    let Some(body) = document.body() else {
        return;
    };
    if !body.has_attribute(FRAME_ATTRIBUTE) {
        return;
    }
    let frames = document.get_elements_by_class_name(FRAME_CLASS);
    while let Some(frame) = frames.item(0) {
        frame.remove();
    }
    let _ = body
        .unchecked_ref::<web_sys::Element>()
        .remove_attribute(FRAME_ATTRIBUTE);
}
