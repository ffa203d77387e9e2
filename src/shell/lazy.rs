//! Sections whose code arrives when they are first visited.
//!
//! In the release build (cargo feature `split`) each section's views are compiled into their
//! own wasm chunk (`scripts/split-wasm.mjs` cuts it out); the router waits for the chunk, then
//! shows the page. If the chunk cannot be fetched, the citizen gets a translated message and a
//! button that tries again, in place, with the rest of the app working. Without `split` (dev
//! server, browser component tests) the same views are plain functions.

use leptos::prelude::*;
use leptos_router::ChooseView;

use super::page_heading::PageHeading;
use super::texts::ShellText;
use crate::api::LocalFuture;
use crate::components::alert::{Alert, AlertKind};
use crate::components::texts::ComponentText;
use crate::state::language::use_i18n;

/// A section's chunk could not be fetched or instantiated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> ChunkError {
        ChunkError
    }
}

/// Loads a view from a chunk.
pub type ViewLoader = fn() -> LocalFuture<Result<AnyView, ChunkError>>;

/// A route view that comes from a chunk: `view=Lazy(economy::page)`.
#[derive(Clone, Copy)]
pub struct Lazy(pub ViewLoader);

impl ChooseView for Lazy {
    async fn choose(self) -> AnyView {
        match (self.0)().await {
            Ok(view) => view,
            Err(ChunkError) => view! { <ChunkFailed load=self.0/> }.into_any(),
        }
    }

    async fn preload(&self) {}
}

/// Declares a [`ViewLoader`] whose body lands in wasm chunk `$chunk` in the split build:
///
/// ```ignore
/// lazy_view!(economy, pub fn page() { view! { <EconomyPage/> } });
/// ```
#[macro_export]
macro_rules! lazy_view {
    ($chunk:ident, $vis:vis fn $name:ident() $body:block) => {
        $vis fn $name() -> $crate::api::LocalFuture<
            ::core::result::Result<::leptos::prelude::AnyView, $crate::shell::lazy::ChunkError>,
        > {
            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split)
            )]
            fn $name() -> ::core::result::Result<
                ::leptos::prelude::AnyView,
                $crate::shell::lazy::ChunkError,
            > {
                let view = $body;
                ::core::result::Result::Ok(::leptos::prelude::IntoAny::into_any(view))
            }
            ::std::boxed::Box::pin(async move {
                #[cfg(feature = "split")]
                let view = $name().await;
                #[cfg(not(feature = "split"))]
                let view = $name();
                view
            })
        }
    };
}

/// Where a retry of a failed chunk stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// Failed (the first time, or again): the message and the button.
    Failed,
    /// Trying again: the button waits.
    Loading,
    /// Loaded: the page replaces the message.
    Loaded,
}

/// What a route shows when its chunk failed: a heading, the reason, and a retry that loads the
/// chunk again and shows the page in place.
#[component]
fn ChunkFailed(load: ViewLoader) -> impl IntoView {
    let i18n = use_i18n();
    let (state, set_state) = signal(Retry::Failed);
    let view_slot = StoredValue::new_local(None::<AnyView>);
    // The section's views need the app's contexts: build them under this component's owner.
    let owner =
        StoredValue::new_local(Owner::current().expect("ChunkFailed renders inside the app"));
    let retry = move |_| {
        set_state.set(Retry::Loading);
        owner.with_value(|owner| {
            owner.with(|| {
                leptos::task::spawn_local_scoped_with_cancellation(async move {
                    match load().await {
                        Ok(view) => {
                            view_slot.set_value(Some(view));
                            set_state.set(Retry::Loaded);
                        }
                        Err(ChunkError) => set_state.set(Retry::Failed),
                    }
                })
            })
        });
    };
    move || {
        let state = state.get();
        if state == Retry::Loaded {
            if let Some(view) = view_slot.try_update_value(Option::take).flatten() {
                return view;
            }
        }
        view! {
            <PageHeading text=i18n.signal(ShellText::SectionLoadFailedHeading)/>
            <Alert kind=AlertKind::Error testid="chunk-error">
                <p class="alert-text">{move || i18n.t(ShellText::SectionLoadFailedText)}</p>
                <p class="mt-4">
                    <button
                        type="button"
                        class="button button-primary"
                        data-testid="chunk-retry"
                        disabled=state == Retry::Loading
                        on:click=retry
                    >
                        {move || i18n.t(ComponentText::Retry)}
                    </button>
                </p>
            </Alert>
        }
        .into_any()
    }
}

/// A part of a page below the fold whose code comes from a chunk: nothing until the chunk has
/// arrived (the rest of the page is already there), then the part. If the chunk cannot be
/// fetched, a short message with a retry takes its place.
#[component]
pub fn LazyPart(load: ViewLoader, testid: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let (state, set_state) = signal(Retry::Loading);
    let view_slot = StoredValue::new_local(None::<AnyView>);
    let owner = StoredValue::new_local(Owner::current().expect("LazyPart renders inside the app"));
    let start = move || {
        set_state.set(Retry::Loading);
        owner.with_value(|owner| {
            owner.with(|| {
                leptos::task::spawn_local_scoped_with_cancellation(async move {
                    match load().await {
                        Ok(view) => {
                            view_slot.set_value(Some(view));
                            set_state.set(Retry::Loaded);
                        }
                        Err(ChunkError) => set_state.set(Retry::Failed),
                    }
                })
            })
        });
    };
    start();
    move || match state.get() {
        Retry::Loaded => view_slot
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        Retry::Loading => ().into_any(),
        Retry::Failed => view! {
            <Alert kind=AlertKind::Error testid=testid>
                <p class="alert-text">{move || i18n.t(ShellText::SectionLoadFailedText)}</p>
                <p class="mt-4">
                    <button type="button" class="button button-secondary" on:click=move |_| start()>
                        {move || i18n.t(ComponentText::Retry)}
                    </button>
                </p>
            </Alert>
        }
        .into_any(),
    }
}
