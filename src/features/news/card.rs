//! The overview's card for Nyt siden sidst: how many events since the last login, and the
//! newest. Loaded with the overview's `event_cards` chunk, not the first view.

use leptos::prelude::*;

use super::logic::new_since;
use super::texts::{since_short, NewsCount, NewsText};
use crate::api::Source;
use crate::components::dashboard_card::{DashboardCard, Fact, Facts};
use crate::i18n::{Counted, Text};
use crate::page::event_feed::use_news_feed;
use crate::page::routes::Page;
use crate::state::events::texts::{plain, sentence};
use crate::state::{language::use_i18n, sources::use_sources};

/// What is new, in brief: loading until every source has answered.
#[component]
pub fn NewsCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let feed = use_news_feed();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        let session = sources.session.get()?;
        if feed.with(|f| !f.loading.is_empty()) {
            return None;
        }
        Some(session.map(|session| {
            let (count, newest, failed) = match &session.data.last_login {
                Some(login) => feed.with(|f| {
                    let new = new_since(&f.events, login, f.today);
                    let newest = new.first().map(|e| plain(&sentence(e, lang)));
                    (new.len(), newest, !f.failed.is_empty())
                }),
                None => (0, None, false),
            };
            let mut lines = Vec::new();
            if let Some(login) = &session.data.last_login {
                lines.push(Fact::text("news-card-since", since_short(lang, login)));
            }
            if let Some(newest) = newest {
                lines.push(Fact::text(
                    "news-card-newest",
                    format!("{} {newest}", NewsText::Newest.text(lang)),
                ));
            }
            if failed {
                lines.push(Fact::text(
                    "news-card-partial",
                    NewsText::NotAll.text(lang).to_owned(),
                ));
            }
            (
                session.source,
                Facts {
                    figure: Fact::text("news-card-count", NewsCount::New.count(lang, count)),
                    lines,
                },
            )
        }))
    });
    view! {
        <DashboardCard
            heading=i18n.signal(Page::News.title_text())
            class="dashboard-card"
            testid="news-card"
            source=Source::Session
            state
            href=Page::News.path()
            link_text=i18n.signal(NewsText::SeeNews)
        />
    }
}
