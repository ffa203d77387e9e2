//! Sections whose code arrives when they are first visited.
//!
//! In the release build (cargo feature `split`) each section's views are compiled into their
//! own wasm chunk (`scripts/split-wasm.mjs` cuts it out); the router waits for the chunk, then
//! shows the page. If the chunk cannot be fetched, the citizen gets a translated message and a
//! button that tries again, in place, with the rest of the app working. Without `split` (dev
//! server, browser component tests) the same views are plain functions.

use leptos::prelude::*;
use leptos_router::ChooseView;

use super::heading::PageHeading;
use super::texts::PageText;
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
            ::core::result::Result<::leptos::prelude::AnyView, $crate::page::lazy::ChunkError>,
        > {
            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split)
            )]
            fn $name() -> ::core::result::Result<
                ::leptos::prelude::AnyView,
                $crate::page::lazy::ChunkError,
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

/// A section's one route: `$page`'s address shows component `$view` (in scope), loaded from wasm
/// chunk `$chunk`; `$routes` is the route component the sections' root mounts.
///
/// ```ignore
/// lazy_route!(digital_post, DigitalPostRoutes, Page::DigitalPost, DigitalPostPage);
/// ```
#[macro_export]
macro_rules! lazy_route {
    ($chunk:ident, $routes:ident, $page:expr, $view:ident) => {
        $crate::lazy_view!(
            $chunk,
            fn page_view() {
                ::leptos::prelude::view! { <$view/> }
            }
        );

        /// The section's route, loading the section's chunk.
        #[::leptos::component(transparent)]
        pub fn $routes() -> impl ::leptos_router::MatchNestedRoutes + Clone {
            use ::leptos_router::components::Route;
            let path = $page.segment();
            let view = $crate::page::lazy::Lazy(page_view);
            ::leptos::prelude::view! { <Route path view/> }.into_inner()
        }
    };
}

/// The `<meta>` in which the build names the wasm of the page that usually comes next
/// (`scripts/route-pages.mjs`: the login page names the overview's).
const NEXT_PAGE_META: &str = "meta[name=mit-overblik-next]";

/// Once this page is on screen, asks the browser to fetch the next page's wasm when the network
/// is idle (`<link rel="prefetch">`), so it comes from the cache when the visitor gets there.
/// Not in the page's HTML: there the prefetches took connections from the page's own files and
/// held up its start (under slow 4G the login page took over 0.4 s later).
pub fn prefetch_next_page() {
    Effect::new(move |_| {
        set_timeout(add_prefetch_links, std::time::Duration::ZERO);
    });
}

/// See [`prefetch_next_page`].
fn add_prefetch_links() {
    let document = document();
    let files = document
        .query_selector(NEXT_PAGE_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let Ok(Some(head)) = document.query_selector("head") else {
        return;
    };
    for file in files
        .split_whitespace()
        .filter(|file| file.ends_with(".wasm"))
    {
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "prefetch");
            let _ = link.set_attribute("as", "fetch");
            let _ = link.set_attribute("crossorigin", "anonymous");
            let _ = link.set_attribute("href", file);
            let _ = head.append_child(&link);
        }
    }
}

/// Where loading a chunk stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// Failed (the first time, or again): the message and the button.
    Failed,
    /// Loading (or trying again): the button waits.
    Loading,
    /// Loaded: the view replaces the message.
    Loaded,
}

/// Loads a view from a chunk, as often as asked, under the owner of the component that made it
/// (a section's views need the app's contexts).
#[derive(Clone, Copy)]
struct ChunkLoad {
    load: ViewLoader,
    state: RwSignal<Retry>,
    view: StoredValue<Option<AnyView>, LocalStorage>,
    owner: StoredValue<Owner, LocalStorage>,
}

impl ChunkLoad {
    fn new(load: ViewLoader, state: Retry) -> ChunkLoad {
        ChunkLoad {
            load,
            state: RwSignal::new(state),
            view: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current().expect("renders inside the app")),
        }
    }

    /// Fetches the chunk (again).
    fn start(self) {
        self.state.set(Retry::Loading);
        self.owner.with_value(|owner| {
            owner.with(|| {
                leptos::task::spawn_local_scoped_with_cancellation(async move {
                    match (self.load)().await {
                        Ok(view) => {
                            self.view.set_value(Some(view));
                            self.state.set(Retry::Loaded);
                        }
                        Err(ChunkError) => self.state.set(Retry::Failed),
                    }
                })
            })
        });
    }

    /// The loaded view, once (tracks the state).
    fn take_view(self) -> Option<AnyView> {
        (self.state.get() == Retry::Loaded)
            .then(|| self.view.try_update_value(Option::take).flatten())
            .flatten()
    }
}

/// What a route shows when its chunk failed: a heading, the reason, and a retry that loads the
/// chunk again and shows the page in place.
#[component]
fn ChunkFailed(load: ViewLoader) -> impl IntoView {
    let i18n = use_i18n();
    let chunk = ChunkLoad::new(load, Retry::Failed);
    move || {
        if let Some(view) = chunk.take_view() {
            return view;
        }
        view! {
            <PageHeading text=i18n.signal(PageText::SectionLoadFailedHeading)/>
            <Alert kind=AlertKind::Error testid="chunk-error">
                <p class="alert-text">{move || i18n.t(PageText::SectionLoadFailedText)}</p>
                <p class="mt-4">
                    <button
                        type="button"
                        class="button button-primary"
                        data-testid="chunk-retry"
                        disabled=move || chunk.state.get() == Retry::Loading
                        on:click=move |_| chunk.start()
                    >
                        {move || i18n.t(ComponentText::Retry)}
                    </button>
                </p>
            </Alert>
        }
        .into_any()
    }
}

/// A part of a page whose code comes from a chunk: until the chunk has arrived, an empty box of
/// class `loading_class` (which can reserve the part's room, so what follows does not move when
/// it arrives), then the part. If the chunk cannot be fetched, a short message with a retry takes
/// its place.
#[component]
pub fn LazyPart(
    load: ViewLoader,
    testid: &'static str,
    #[prop(optional)] loading_class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let chunk = ChunkLoad::new(load, Retry::Loading);
    chunk.start();
    move || {
        if let Some(view) = chunk.take_view() {
            return view;
        }
        match chunk.state.get() {
            Retry::Failed => view! {
                <Alert kind=AlertKind::Error testid=testid>
                    <p class="alert-text">{move || i18n.t(PageText::SectionLoadFailedText)}</p>
                    <p class="mt-4">
                        <button type="button" class="button button-secondary" on:click=move |_| chunk.start()>
                            {move || i18n.t(ComponentText::Retry)}
                        </button>
                    </p>
                </Alert>
            }
            .into_any(),
            Retry::Loading | Retry::Loaded if !loading_class.is_empty() => {
                view! { <div class=loading_class aria-hidden="true"></div> }.into_any()
            }
            Retry::Loading | Retry::Loaded => ().into_any(),
        }
    }
}
