//! The DKFDS header: portal bar (borger.dk, user, language, log off), solution bar (service name,
//! prototype mark, responsible authority), main menu, and the mobile drawer.

use crate::page::texts::PageText;
use leptos::prelude::*;
use leptos_router::components::A;

use super::language_switch::LanguageSwitch;
use super::main_nav::MainNavLinks;
use super::texts::ShellText;
use crate::api::Source;
use crate::components::{dialog::ModalDialog, icon::Icon, texts::ComponentText};
use crate::page::routes::Page;
use crate::page::session::use_log_off;
use crate::state::{
    acting::use_acting, api_settings::use_api_settings, language::use_i18n, sources::use_sources,
};

/// The authority responsible for the service.
const RESPONSIBLE_AUTHORITY: &str = "Digitaliseringsstyrelsen";

/// The app's header.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_api_settings();
    let (drawer_open, set_drawer_open) = signal(false);
    let menu_button = NodeRef::<leptos::html::Button>::new();
    // Closing the dialog returns focus to the button that opened it ...
    let close_drawer = Callback::new(move |()| {
        set_drawer_open.set(false);
        if let Some(button) = menu_button.get() {
            let _ = button.focus();
        }
    });
    // ... but following a link in it leaves focus to the new page's heading.
    let leave_drawer = Callback::new(move |()| set_drawer_open.set(false));

    view! {
        <header class="header">
            <div class="portal-info">
                <div class="portal-info-inner container">
                    <A href=Page::Overview.path() attr:class="logo" attr:aria-label=move || i18n.t(ShellText::LogoLabel)>
                        <span>"borger.dk"</span>
                    </A>
                    <button
                        type="button"
                        class="function-link button-menu-open js-menu-open ml-auto d-print-none"
                        aria-haspopup="dialog"
                        aria-expanded=move || drawer_open.get().to_string()
                        aria-controls="mobile-drawer"
                        node_ref=menu_button
                        on:click=move |_| set_drawer_open.set(true)
                    >
                        <Icon name="menu"/>
                        {move || i18n.t(ShellText::Menu)}
                    </button>
                    <div class="portal-user">
                        <Show when=move || settings.is_logged_in()>
                            <UserName/>
                            <SwitchPersonLink/>
                        </Show>
                        <LanguageSwitch/>
                        <Show when=move || settings.is_logged_in()>
                            <LogOffButton/>
                        </Show>
                    </div>
                </div>
            </div>
            <div class="solution-info">
                <div class="solution-info-inner container">
                    <div class="solution-heading">
                        <A href=Page::Overview.path()>{move || i18n.t(PageText::ServiceName)}</A>
                        <span class="badge badge-warning ml-3" data-testid="prototype-badge">
                            {move || i18n.t(ShellText::PrototypeBadge)}
                        </span>
                    </div>
                    <div class="additional-info">
                        <p>
                            <strong class="authority-name">{RESPONSIBLE_AUTHORITY}</strong>
                        </p>
                        <p>{move || i18n.t(ShellText::PrototypeNotice)}</p>
                    </div>
                </div>
            </div>
            <Show when=move || settings.is_logged_in()>
                <div class="navigation-menu">
                    <div class="navigation-menu-inner container">
                        <nav class="nav" aria-label=move || i18n.t(ShellText::MainMenu)>
                            <ul class="mainmenu">
                                <MainNavLinks/>
                            </ul>
                        </nav>
                    </div>
                </div>
                <HeaderSearch/>
            </Show>
            <MobileDrawer open=drawer_open on_close=close_drawer on_navigate=leave_drawer/>
        </header>
    }
}

/// The search field on every page: a plain HTML form that goes to `/soeg?q=…` (a page load),
/// where the search itself (its own chunk) runs; the first view carries no search code.
#[component]
fn HeaderSearch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="header-search-bar d-print-none">
            <form class="header-search container" role="search" action=Page::Search.path() method="get">
                <label class="sr-only" for="header-search">{move || i18n.t(ShellText::SearchLabel)}</label>
                <input class="form-input" id="header-search" name="q" type="search" data-testid="header-search"/>
                <button type="submit" class="button button-secondary">{move || i18n.t(ShellText::SearchButton)}</button>
            </form>
        </div>
    }
}

/// The logged-in citizen's name, announced with a visually hidden "Logged in as".
#[component]
fn UserName() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let acting = use_acting();
    view! {
        <p class="user" data-testid="user-name">
            <span class="sr-only">{move || i18n.t(ShellText::LoggedInAs)} " "</span>
            <bdi>{move || sources.user_name()}</bdi>
            // The session's answer failed: say so where the name belongs, with a retry.
            {move || acting.session_failed().then(|| view! {
                <span data-testid="user-name-error">{move || i18n.t(ShellText::NameNotLoaded)}</span>
                " "
                <button type="button" class="function-link" data-testid="session-retry" on:click=move |_| sources.retry(Source::Session)>
                    {move || i18n.t(ComponentText::Retry)}
                </button>
            })}
        </p>
    }
}

/// "Act for someone else", for a citizen who may (a parent, a holder of a power of attorney): in
/// the header on wide screens, in the menu on phones (`on_follow` closes the menu).
#[component]
fn SwitchPersonLink(#[prop(optional)] on_follow: Option<Callback<()>>) -> impl IntoView {
    let i18n = use_i18n();
    let acting = use_acting();
    move || {
        // Shown when the session failed too: the page says so and offers a retry.
        (!acting.choices().is_empty() || acting.session_failed()).then(|| {
            view! {
                <A
                    href=Page::ActFor.path()
                    attr:class="function-link switch-person-link d-print-none"
                    attr:data-testid=if on_follow.is_some() { "switch-person-menu" } else { "switch-person" }
                    on:click=move |_| {
                        if let Some(follow) = on_follow {
                            follow.run(())
                        }
                    }
                >
                    {move || i18n.t(ShellText::SwitchPerson)}
                </A>
            }
        })
    }
}

/// "Log af": ends the prototype session and shows the logged-out page.
#[component]
fn LogOffButton() -> impl IntoView {
    let i18n = use_i18n();
    let log_off = use_log_off();
    view! {
        <button
            type="button"
            class="function-link d-print-none log-off"
            data-testid="log-off"
            on:click=move |_| log_off.run(false)
        >
            <Icon name="lock"/>
            {move || i18n.t(ShellText::LogOff)}
        </button>
    }
}

/// The menu for narrow screens: a modal dialog with the same links, user and language.
#[component]
fn MobileDrawer(
    open: ReadSignal<bool>,
    on_close: Callback<()>,
    on_navigate: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_api_settings();
    view! {
        <ModalDialog id="mobile-drawer" class="mobile-drawer" labelled_by="menu-heading" open on_close>
            <div class="menu-top">
                <h2 id="menu-heading" class="menu-heading">{move || i18n.t(ShellText::Menu)}</h2>
                <button
                    type="button"
                    class="function-link button-menu-close js-menu-close"
                    aria-label=move || i18n.t(ShellText::CloseMenu)
                    on:click=move |_| on_close.run(())
                >
                    <Icon name="close"/>
                    {move || i18n.t(ShellText::Close)}
                </button>
            </div>
            <div class="solution-info-mobile">
                <p class="mb-2">
                    <strong class="authority-name">{RESPONSIBLE_AUTHORITY}</strong>
                </p>
                <p>{move || i18n.t(ShellText::PrototypeNotice)}</p>
            </div>
            <Show when=move || settings.is_logged_in()>
                <nav class="navigation-menu-mobile" aria-label=move || i18n.t(ShellText::MainMenu)>
                    <ul class="mainmenu">
                        <MainNavLinks on_follow=on_navigate/>
                    </ul>
                </nav>
            </Show>
            <div class="portal-info-mobile">
                <UserName/>
                <Show when=move || settings.is_logged_in()>
                    <p class="mb-4"><SwitchPersonLink on_follow=on_navigate/></p>
                </Show>
                <LanguageSwitch/>
                <Show when=move || settings.is_logged_in()>
                    <p>
                        <LogOffButton/>
                    </p>
                </Show>
            </div>
        </ModalDialog>
        <div class="overlay" class:is-visible=move || open.get() on:click=move |_| on_close.run(())></div>
    }
}
