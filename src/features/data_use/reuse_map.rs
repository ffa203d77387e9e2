//! The data-reuse map: each data item with its register on the left, each authority that
//! retrieved it on the right, and a flow for every item–authority pair, as wide as the count.
//! Choosing a node highlights its flows and filters the log (the choice lives in the address).
//! The same numbers follow as a table.

use leptos::prelude::*;

use super::logic::{reuse, Reuse};
use super::query::LogQuery;
use super::texts::{item_label, item_origin, reuse_headline, DataUseCount, DataUsePageText};
use crate::api::access_log::{AccessEntry, DataItem};
use crate::components::data_table::DataTable;
use crate::i18n::Counted;
use crate::page::routes::use_navigate_in_place;
use crate::state::language::use_i18n;

/// Geometry in the SVG's own units; the diagram scrolls sideways on narrow screens.
const WIDTH: f64 = 840.0;
const NODE_WIDTH: f64 = 290.0;
const NODE_HEIGHT: f64 = 66.0;
const ROW: f64 = 78.0;
const RIGHT_X: f64 = WIDTH - NODE_WIDTH;

/// A node's vertical centre in a column of `count` nodes, centred in `height`.
fn centre(index: usize, count: usize, height: f64) -> f64 {
    let column = count as f64 * ROW;
    (height - column) / 2.0 + index as f64 * ROW + ROW / 2.0
}

/// A flow's stroke width: grows with the square root of the count, capped.
fn stroke(count: usize) -> f64 {
    (1.5 + (count as f64).sqrt() * 0.9).min(16.0)
}

/// The headline, the diagram and its table.
#[component]
pub fn ReuseMap(entries: StoredValue<Vec<AccessEntry>>, query: Memo<LogQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let reuse = entries.with_value(|e| reuse(e));
    let (data_items, orgs) = (&reuse.items, &reuse.authorities);
    let height = (data_items.len().max(orgs.len()) as f64) * ROW + 8.0;

    let navigate_clear = navigate.clone();
    // Choosing toggles the filter; the log goes back to its first page.
    let choose = Callback::new(
        move |(item, authority): (Option<DataItem>, Option<String>)| {
            let mut next = query.get_untracked();
            if item.is_some() {
                next.item = if next.item == item { None } else { item };
            }
            if authority.is_some() {
                next.authority = if next.authority == authority {
                    None
                } else {
                    authority
                };
            }
            next.page = 1;
            navigate(&next.href());
        },
    );
    let selected_item = move |item: DataItem| query.with(|q| q.item == Some(item));
    let selected_org = move |cvr: &str| query.with(|q| q.authority.as_deref() == Some(cvr));
    let any_selected = move || query.with(|q| q.item.is_some() || q.authority.is_some());

    let flow_paths = reuse
        .flows
        .iter()
        .map(|((item, cvr), count)| {
            let (item, cvr, count) = (*item, cvr.clone(), *count);
            let from = data_items
                .iter()
                .position(|(i, ..)| *i == item)
                .unwrap_or(0);
            let to = orgs.iter().position(|(c, ..)| *c == cvr).unwrap_or(0);
            let y1 = centre(from, data_items.len(), height);
            let y2 = centre(to, orgs.len(), height);
            let mid = WIDTH / 2.0;
            let d =
                format!("M{NODE_WIDTH} {y1:.1} C{mid} {y1:.1}, {mid} {y2:.1}, {RIGHT_X} {y2:.1}");
            let cvr_for_class = cvr.clone();
            let class = move || {
                let on = selected_item(item) || selected_org(&cvr_for_class);
                match (any_selected(), on) {
                    (false, _) => "map-flow",
                    (true, true) => "map-flow is-active",
                    (true, false) => "map-flow is-dimmed",
                }
            };
            view! {
                <path
                    class=class
                    d=d
                    stroke-width=format!("{:.1}", stroke(count))
                    data-flow=format!("{}|{cvr}", item.code())
                    data-count=count
                />
            }
        })
        .collect_view();

    let item_nodes = data_items
        .iter()
        .enumerate()
        .map(|(index, &(item, times, orgs_count))| {
            let y = centre(index, data_items.len(), height) - NODE_HEIGHT / 2.0;
            // The visible text is the accessible name (WCAG 2.5.3): title, register and counts.
            let sub = move || {
                let lang = i18n.lang();
                format!(
                    "{} · {}",
                    DataUseCount::Times.count(lang, times),
                    DataUseCount::Authorities.count(lang, orgs_count)
                )
            };
            view! {
                <MapNode
                    x=0.0 y
                    title=Signal::derive(move || item_label(item, i18n.lang()).to_owned())
                    register=item.register()
                    sub=Signal::derive(sub)
                    selected=Signal::derive(move || selected_item(item))
                    testid=format!("map-item-{}", item.code())
                    on_choose=Callback::new(move |()| choose.run((Some(item), None)))
                />
            }
        })
        .collect_view();
    let org_nodes = orgs
        .iter()
        .enumerate()
        .map(|(index, (cvr, name, times))| {
            let times = *times;
            let y = centre(index, orgs.len(), height) - NODE_HEIGHT / 2.0;
            let (cvr, name) = (cvr.clone(), name.clone());
            let sub = move || DataUseCount::Times.count(i18n.lang(), times);
            let (cvr_sel, cvr_choose) = (cvr.clone(), cvr.clone());
            view! {
                <MapNode
                    x=RIGHT_X y
                    title=Signal::derive(move || name.clone())
                    sub=Signal::derive(sub)
                    selected=Signal::derive(move || selected_org(&cvr_sel))
                    testid=format!("map-authority-{cvr}")
                    on_choose=Callback::new(move |()| choose.run((None, Some(cvr_choose.clone()))))
                />
            }
        })
        .collect_view();

    let headline = reuse.most_reused().map(|(item, orgs_count, times)| {
        view! {
            <p class="reuse-headline" data-testid="reuse-headline">
                <strong>{move || {
                    let lang = i18n.lang();
                    reuse_headline(
                        lang,
                        item,
                        &DataUseCount::Times.count(lang, times),
                        &DataUseCount::Authorities.count(lang, orgs_count),
                    )
                }}</strong>
                " "
                {move || item_origin(item, i18n.lang())}
            </p>
        }
    });
    // Clearing the choice clears the log's authority and item filters with it.
    let clear = move |_| {
        let next = LogQuery {
            authority: None,
            item: None,
            page: 1,
            ..query.get_untracked()
        };
        navigate_clear(&next.href());
    };

    view! {
        {headline}
        <p>{move || i18n.t(DataUsePageText::MapIntro)}</p>
        <div
            class="reuse-map-scroll"
            tabindex="0"
            role="region"
            aria-label=move || i18n.t(DataUsePageText::MapScrollLabel)
        >
            <svg
                class="reuse-map"
                viewBox=format!("0 0 {WIDTH} {height}")
                role="group"
                aria-label=move || i18n.t(DataUsePageText::MapScrollLabel)
                data-testid="reuse-map"
            >
                <g aria-hidden="true">{flow_paths}</g>
                <g>{item_nodes}</g>
                <g>{org_nodes}</g>
            </svg>
        </div>
        <p>
            <button
                type="button"
                class="button button-tertiary"
                disabled=move || !any_selected()
                on:click=clear
                data-testid="map-clear"
            >
                {move || i18n.t(DataUsePageText::ClearSelection)}
            </button>
        </p>
        <ReuseTable reuse=reuse.clone() query/>
    }
}

/// One node: a button drawn as a box with a title and a sub-line.
#[component]
fn MapNode(
    x: f64,
    y: f64,
    title: Signal<String>,
    /// The register, for a data item (a third line).
    #[prop(optional)]
    register: &'static str,
    sub: Signal<String>,
    selected: Signal<bool>,
    testid: String,
    on_choose: Callback<()>,
) -> impl IntoView {
    view! {
        <g
            class="map-node"
            class:is-selected=selected
            role="button"
            tabindex="0"
            aria-pressed=move || selected.get().to_string()
            data-testid=testid
            on:click=move |_| on_choose.run(())
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    on_choose.run(());
                }
            }
        >
            <rect x=x y=y width=NODE_WIDTH height=NODE_HEIGHT rx="6"/>
            <text x=x + 12.0 y=y + 21.0 class="map-node-title">{title}</text>
            {(!register.is_empty()).then(|| view! {
                <text x=x + 12.0 y=y + 39.0 class="map-node-sub" lang="da">{register}</text>
            })}
            <text x=x + 12.0 y=y + if register.is_empty() { 42.0 } else { 57.0 } class="map-node-sub">{sub}</text>
        </g>
    }
}

/// The map's numbers as a table: one row per flow, by item and then most often first.
#[component]
fn ReuseTable(reuse: Reuse, query: Memo<LogQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let mut rows: Vec<(DataItem, String, usize)> = reuse
        .flows
        .iter()
        .map(|((item, cvr), n)| (*item, cvr.clone(), *n))
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)));
    let header = move |text: DataUsePageText| view! { <th scope="col">{move || i18n.t(text)}</th> };
    view! {
        <DataTable caption=i18n.signal(DataUsePageText::MapTableCaption) testid="reuse-table">
            <thead>
                <tr>
                    {header(DataUsePageText::ColumnItem)}
                    {header(DataUsePageText::ColumnRegister)}
                    {header(DataUsePageText::ColumnAuthority)}
                    <th scope="col" class="text-align-right">{move || i18n.t(DataUsePageText::ColumnTimes)}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|(item, cvr, n)| {
                    let flow = format!("{}|{cvr}", item.code());
                    let name = reuse.authority_name(&cvr).to_owned();
                    let active = move || query.with(|q| q.item == Some(item) || q.authority.as_deref() == Some(cvr.as_str()));
                    view! {
                        <tr class:is-active=active data-flow=flow>
                            <td>{move || item_label(item, i18n.lang())}</td>
                            <td lang="da">{item.register()}</td>
                            <td>{name}</td>
                            <td class="text-align-right" data-testid="reuse-count">{n}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}
