//! The data-reuse map: where each data item came from (the one time the citizen gave it, or who
//! registers it), the item with its register, and each authority that retrieved it, with a flow
//! for every item–authority pair as wide as its count and a legend for the widths. Choosing a
//! node shows the counts for it alone and filters the log; the period (30 days … 2 years,
//! ending on the scenario's day) applies to the map, its headline, its table and the log. All
//! choices live in the address. On a phone the same map is a list (CSS picks the form).

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::logic::{legend_samples, reuse_in, stack, stroke, Headline, Origin, Reuse};
use super::query::{LogQuery, Period};
use super::texts::{
    headline_text, item_label, item_origin, nothing_retrieved, origin_lines, origin_sentence,
    period_label, DataUseCount, DataUsePageText,
};
use crate::api::access_log::{AccessEntry, DataItem};
use crate::components::data_table::DataTable;
use crate::format::long_date;
use crate::i18n::{Counted, Lang};
use crate::page::routes::use_navigate_in_place;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// Geometry in the SVG's own units: the origin notes, the items, the authorities.
const WIDTH: f64 = 1040.0;
const ORIGIN_WIDTH: f64 = 200.0;
const ITEM_X: f64 = 236.0;
const NODE_WIDTH: f64 = 290.0;
const NODE_HEIGHT: f64 = 66.0;
const ROW: f64 = 78.0;
const ITEM_RIGHT: f64 = ITEM_X + NODE_WIDTH;
const RIGHT_X: f64 = WIDTH - NODE_WIDTH;
/// The column headings above the nodes, and the legend below them.
const TOP: f64 = 34.0;
const LEGEND_HEIGHT: f64 = 52.0;
/// The height the flows meeting one node share.
const ROOM: f64 = NODE_HEIGHT - 10.0;
/// The longest bar in the phone form's flow list.
const BAR: f64 = 56.0;

/// A node's vertical centre in a column of `count` nodes, centred in the `rows` of the map.
fn centre(index: usize, count: usize, rows: usize) -> f64 {
    let column = count as f64 * ROW;
    TOP + (rows as f64 * ROW - column) / 2.0 + index as f64 * ROW + ROW / 2.0
}

/// Where each flow leaves its item and reaches its authority: stacked side by side at each node,
/// in the order of the other ends, so they do not cross at the node.
fn flow_ends(reuse: &Reuse) -> BTreeMap<(DataItem, String), (f64, f64)> {
    let rows = reuse.items.len().max(reuse.authorities.len());
    let max = reuse.max_flow();
    let item_at = |item: DataItem| reuse.items.iter().position(|(i, ..)| *i == item);
    let org_at = |cvr: &str| reuse.authorities.iter().position(|(c, ..)| c == cvr);
    let mut ends: BTreeMap<(DataItem, String), (f64, f64)> = BTreeMap::new();
    for (index, (item, ..)) in reuse.items.iter().enumerate() {
        let mut mine: Vec<(Option<usize>, &String, usize)> = reuse
            .flows
            .iter()
            .filter(|((i, _), _)| i == item)
            .map(|((_, cvr), n)| (org_at(cvr), cvr, *n))
            .collect();
        mine.sort();
        let widths: Vec<f64> = mine.iter().map(|(_, _, n)| stroke(*n, max)).collect();
        let at = centre(index, reuse.items.len(), rows);
        for ((_, cvr, _), y) in mine.iter().zip(stack(&widths, at, ROOM)) {
            ends.entry((*item, (*cvr).clone())).or_default().0 = y;
        }
    }
    for (index, (cvr, ..)) in reuse.authorities.iter().enumerate() {
        let mut mine: Vec<(Option<usize>, DataItem, usize)> = reuse
            .flows
            .iter()
            .filter(|((_, c), _)| c == cvr)
            .map(|((item, _), n)| (item_at(*item), *item, *n))
            .collect();
        mine.sort();
        let widths: Vec<f64> = mine.iter().map(|(_, _, n)| stroke(*n, max)).collect();
        let at = centre(index, reuse.authorities.len(), rows);
        for ((_, item, _), y) in mine.iter().zip(stack(&widths, at, ROOM)) {
            ends.entry((*item, cvr.clone())).or_default().1 = y;
        }
    }
    ends
}

/// What the map's parts share: the choice in the address, the way to change it, the counts in
/// the period and the day the citizen moved in.
#[derive(Clone, Copy)]
struct Choice {
    query: Memo<LogQuery>,
    reuse: Memo<Reuse>,
    /// CPR's moving-in date (ISO), once the person source has answered.
    moved_in: Memo<Option<String>>,
    choose: Callback<(Option<DataItem>, Option<String>)>,
}

impl Choice {
    fn item(&self) -> Option<DataItem> {
        self.query.with(|q| q.item)
    }

    fn authority(&self) -> Option<String> {
        self.query.with(|q| q.authority.clone())
    }

    fn any(&self) -> bool {
        self.query
            .with(|q| q.item.is_some() || q.authority.is_some())
    }

    /// Whether the flow `item` → `cvr` belongs to the choice: the chosen item's flows, the
    /// chosen authority's, or with both chosen the one between them.
    fn holds(&self, item: DataItem, cvr: &str) -> bool {
        self.query.with(|q| {
            q.item.is_none_or(|i| i == item) && q.authority.as_deref().is_none_or(|c| c == cvr)
        })
    }

    /// An item's counts as its node says them: for the chosen authority only, if any.
    fn item_counts(&self, item: DataItem, lang: Lang) -> String {
        let authority = self.authority();
        self.reuse.with(|r| match authority {
            Some(cvr) => DataUseCount::Times.count(lang, r.item_times(item, Some(&cvr))),
            None => format!(
                "{} · {}",
                DataUseCount::Times.count(lang, r.item_times(item, None)),
                DataUseCount::Authorities
                    .count(lang, r.flows.keys().filter(|(i, _)| *i == item).count())
            ),
        })
    }

    /// An authority's count as its node says it: for the chosen item only, if any.
    fn authority_count(&self, cvr: &str, lang: Lang) -> String {
        let item = self.item();
        DataUseCount::Times.count(lang, self.reuse.with(|r| r.authority_times(cvr, item)))
    }

    /// Where `item` came from, in the column's short lines.
    fn origin(&self, item: DataItem, lang: Lang) -> Vec<String> {
        let origin = Origin::of(item);
        let date = self
            .moved_in
            .with(|iso| origin.date(iso.as_deref()))
            .map(|day| long_date(day, lang));
        origin_lines(origin, date.as_deref(), lang)
    }
}

/// The headline, the period, the map in both forms, and its table.
#[component]
pub fn ReuseMap(entries: StoredValue<Vec<AccessEntry>>, query: Memo<LogQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let clock = use_clock();
    let sources = use_sources();
    let period = Memo::new(move |_| query.with(|q| q.period));
    let reuse = Memo::new(move |_| {
        let today = clock.today();
        entries.with_value(|entries| reuse_in(entries, period.get(), today))
    });
    let moved_in = Memo::new(move |_| {
        sources.person.with(|loaded| {
            loaded
                .as_ref()
                .and_then(|result| result.as_ref().ok())
                .map(|person| person.data.moved_in.clone())
        })
    });

    let go = {
        let navigate = navigate.clone();
        move |next: LogQuery| navigate(&next.href())
    };
    // Choosing toggles the filter; the log goes back to its first page.
    let choose = {
        let go = go.clone();
        Callback::new(
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
                go(next);
            },
        )
    };
    let choice = Choice {
        query,
        reuse,
        moved_in,
        choose,
    };
    let choose_period = {
        let go = go.clone();
        move |period: Period| {
            go(LogQuery {
                period,
                page: 1,
                ..query.get_untracked()
            })
        }
    };
    // Clearing the choice clears the log's authority and item filters with it.
    let clear = move |_| {
        go(LogQuery {
            authority: None,
            item: None,
            page: 1,
            ..query.get_untracked()
        })
    };

    let headline = move || {
        let lang = i18n.lang();
        let (item, authority, period) = query.with(|q| (q.item, q.authority.clone(), q.period));
        match reuse.with(|r| r.headline(item, authority.as_deref())) {
            Some(headline) => {
                let origin = match &headline {
                    Headline::Item { item, .. } | Headline::Pair { item, .. } => {
                        Some(item_origin(*item, lang))
                    }
                    _ => None,
                };
                view! {
                    <p class="reuse-headline" data-testid="reuse-headline">
                        <strong>{headline_text(lang, &headline, period)}</strong>
                        {origin.map(|origin| view! { " " {origin} })}
                    </p>
                }
                .into_any()
            }
            None => view! {
                <p class="reuse-headline" data-testid="reuse-empty">
                    <strong>{nothing_retrieved(lang, period)}</strong>
                </p>
            }
            .into_any(),
        }
    };

    let period_choice = Period::ALL
        .into_iter()
        .map(|p| {
            let id = format!("map-period-{}", p.id());
            let choose_period = choose_period.clone();
            view! {
                <div class="form-group-radio">
                    <input
                        type="radio"
                        class="form-radio"
                        name="map-period"
                        id=id.clone()
                        value=p.id()
                        prop:checked=move || period.get() == p
                        on:change=move |_| choose_period(p)
                    />
                    <label for=id>{move || i18n.t(period_label(p))}</label>
                </div>
            }
        })
        .collect_view();

    view! {
        {headline}
        <p>{move || i18n.t(DataUsePageText::MapIntro)}</p>
        <fieldset class="map-period" data-testid="map-period">
            <legend class="form-label">{move || i18n.t(DataUsePageText::MapPeriod)}</legend>
            <div class="map-period-options">{period_choice}</div>
        </fieldset>
        {move || {
            (!reuse.with(Reuse::is_empty)).then(|| view! {
                <MapDiagram choice/>
                <MapList choice/>
                <p>
                    <button
                        type="button"
                        class="button button-tertiary"
                        disabled=move || !choice.any()
                        on:click=clear.clone()
                        data-testid="map-clear"
                    >
                        {move || i18n.t(DataUsePageText::ClearSelection)}
                    </button>
                </p>
                <ReuseTable choice/>
            })
        }}
    }
}

/// The wide form: an SVG with three columns, the flows and the legend; it scrolls sideways
/// inside its region where it does not fit.
#[component]
fn MapDiagram(choice: Choice) -> impl IntoView {
    let i18n = use_i18n();
    let reuse = choice.reuse.get_untracked();
    let rows = reuse.items.len().max(reuse.authorities.len());
    let height = TOP + rows as f64 * ROW + LEGEND_HEIGHT;
    let max = reuse.max_flow();
    let ends = flow_ends(&reuse);
    let mid = (ITEM_RIGHT + RIGHT_X) / 2.0;

    let flow_paths = reuse
        .flows
        .iter()
        .map(|((item, cvr), count)| {
            let (item, cvr, count) = (*item, cvr.clone(), *count);
            let (y1, y2) = ends.get(&(item, cvr.clone())).copied().unwrap_or_default();
            let d =
                format!("M{ITEM_RIGHT} {y1:.1} C{mid} {y1:.1}, {mid} {y2:.1}, {RIGHT_X} {y2:.1}");
            let flow = format!("{}|{cvr}", item.code());
            let class = move || match (choice.any(), choice.holds(item, &cvr)) {
                (false, _) => "map-flow",
                (true, true) => "map-flow is-active",
                (true, false) => "map-flow is-dimmed",
            };
            view! {
                <path
                    class=class
                    d=d
                    stroke-width=format!("{:.1}", stroke(count, max))
                    data-flow=flow
                    data-count=count
                />
            }
        })
        .collect_view();

    let origins = reuse
        .items
        .iter()
        .enumerate()
        .map(|(index, &(item, ..))| {
            let at = centre(index, reuse.items.len(), rows);
            let lines = move || {
                let lines = choice.origin(item, i18n.lang());
                let first = at + 5.0 - (lines.len() as f64 - 1.0) * 9.0;
                lines
                    .into_iter()
                    .enumerate()
                    .map(|(k, line)| {
                        let class = if k == 0 { "map-origin-title" } else { "map-origin-sub" };
                        view! { <text x="12" y=first + k as f64 * 18.0 class=class>{line}</text> }
                    })
                    .collect_view()
            };
            view! {
                <g
                    class="map-origin"
                    class:is-given=Origin::of(item) == Origin::Move
                    data-testid=format!("map-origin-{}", item.code())
                >
                    <rect x="0" y=at - NODE_HEIGHT / 2.0 width=ORIGIN_WIDTH height=NODE_HEIGHT rx="6"/>
                    {lines}
                    <path
                        class="map-origin-arrow"
                        aria-hidden="true"
                        d=format!("M{ORIGIN_WIDTH} {at} L{} {at} M{} {} L{} {at} L{} {}",
                            ITEM_X - 3.0, ITEM_X - 10.0, at - 6.0, ITEM_X - 3.0, ITEM_X - 10.0, at + 6.0)
                    />
                </g>
            }
        })
        .collect_view();

    let item_nodes = reuse
        .items
        .iter()
        .enumerate()
        .map(|(index, &(item, ..))| {
            let y = centre(index, reuse.items.len(), rows) - NODE_HEIGHT / 2.0;
            view! {
                <MapNode
                    x=ITEM_X y
                    title=Signal::derive(move || item_label(item, i18n.lang()).to_owned())
                    register=item.register()
                    sub=Signal::derive(move || choice.item_counts(item, i18n.lang()))
                    selected=Signal::derive(move || choice.item() == Some(item))
                    testid=format!("map-item-{}", item.code())
                    on_choose=Callback::new(move |()| choice.choose.run((Some(item), None)))
                />
            }
        })
        .collect_view();
    let org_nodes = reuse
        .authorities
        .iter()
        .enumerate()
        .map(|(index, (cvr, name, _))| {
            let y = centre(index, reuse.authorities.len(), rows) - NODE_HEIGHT / 2.0;
            let (cvr, name) = (cvr.clone(), name.clone());
            let (cvr_sub, cvr_sel, cvr_choose) = (cvr.clone(), cvr.clone(), cvr.clone());
            view! {
                <MapNode
                    x=RIGHT_X y
                    title=Signal::derive(move || name.clone())
                    sub=Signal::derive(move || choice.authority_count(&cvr_sub, i18n.lang()))
                    selected=Signal::derive(move || choice.authority().as_deref() == Some(cvr_sel.as_str()))
                    testid=format!("map-authority-{cvr}")
                    on_choose=Callback::new(move |()| choice.choose.run((None, Some(cvr_choose.clone()))))
                />
            }
        })
        .collect_view();

    // The legend: a stroke for one look-up, about half the largest flow and the largest.
    let legend_y = height - LEGEND_HEIGHT / 2.0 + 4.0;
    let legend = move || {
        let lang = i18n.lang();
        let label = i18n.t(DataUsePageText::MapLegend);
        // Roughly where the label ends (15px text, about 7.4 units a character).
        let mut x = 12.0 + label.chars().count() as f64 * 7.4 + 20.0;
        let samples = legend_samples(max)
            .into_iter()
            .map(|n| {
                let start = x;
                let text = DataUseCount::Times.count(lang, n);
                x += 56.0 + text.chars().count() as f64 * 7.4 + 28.0;
                view! {
                    <line
                        class="map-legend-stroke"
                        x1=start y1=legend_y - 5.0 x2=start + 48.0 y2=legend_y - 5.0
                        stroke-width=format!("{:.1}", stroke(n, max))
                        data-count=n
                    />
                    <text x=start + 56.0 y=legend_y>{text}</text>
                }
            })
            .collect_view();
        view! {
            <text x="0" y=legend_y>{label}</text>
            {samples}
        }
    };

    let heading = move |x: f64, text: DataUsePageText| {
        view! { <text x=x y="20" class="map-column-heading">{move || i18n.t(text)}</text> }
    };

    view! {
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
                <g>
                    {heading(0.0, DataUsePageText::MapColumnOrigin)}
                    {heading(ITEM_X, DataUsePageText::MapColumnItems)}
                    {heading(RIGHT_X, DataUsePageText::MapColumnAuthorities)}
                </g>
                <g aria-hidden="true">{flow_paths}</g>
                <g>{origins}</g>
                <g>{item_nodes}</g>
                <g>{org_nodes}</g>
                <g class="map-legend" data-testid="map-legend">{legend}</g>
            </svg>
        </div>
    }
}

/// One node: a button drawn as a box with a title and a sub-line. The visible text is the
/// accessible name (WCAG 2.5.3).
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

/// The phone form: each item as a button with where it came from and its flows as a list
/// ("Odense Kommune 11 gange"), then each authority as a button. No sideways scrolling.
#[component]
fn MapList(choice: Choice) -> impl IntoView {
    let i18n = use_i18n();
    let reuse = choice.reuse.get_untracked();
    let max = reuse.max_flow().max(1);
    let items = reuse
        .items
        .iter()
        .map(|&(item, ..)| {
            let mut flows: Vec<(String, String, usize)> = reuse
                .flows
                .iter()
                .filter(|((i, _), _)| *i == item)
                .map(|((_, cvr), n)| (cvr.clone(), reuse.authority_name(cvr).to_owned(), *n))
                .collect();
            flows.sort_by_key(|flow| std::cmp::Reverse(flow.2));
            let flows = flows
                .into_iter()
                .map(|(cvr, name, n)| {
                    let flow = format!("{}|{cvr}", item.code());
                    let active = move || choice.any() && choice.holds(item, &cvr);
                    let bar = (BAR * n as f64 / max as f64).max(3.0);
                    view! {
                        <li class="reuse-list-flow" class:is-active=active data-flow=flow data-count=n>
                            <svg class="reuse-list-bar" aria-hidden="true" width=BAR height="12" viewBox=format!("0 0 {BAR} 12")>
                                <rect x="0" y="0" width=format!("{bar:.1}") height="12" rx="2"/>
                            </svg>
                            <span class="reuse-list-name">{name}</span>
                            <span class="reuse-list-count">{move || DataUseCount::Times.count(i18n.lang(), n)}</span>
                        </li>
                    }
                })
                .collect_view();
            let pressed = move || choice.item() == Some(item);
            view! {
                <li class="reuse-list-item">
                    <button
                        type="button"
                        class="reuse-list-node"
                        class:is-selected=pressed
                        aria-pressed=move || pressed().to_string()
                        data-testid=format!("list-item-{}", item.code())
                        on:click=move |_| choice.choose.run((Some(item), None))
                    >
                        <span class="reuse-list-title">
                            {move || item_label(item, i18n.lang())}
                            " " <span class="reuse-list-register" lang="da">"(" {item.register()} ")"</span>
                        </span>
                        <span class="reuse-list-sub">{move || choice.item_counts(item, i18n.lang())}</span>
                    </button>
                    <p
                        class="reuse-list-origin"
                        class:is-given=Origin::of(item) == Origin::Move
                        data-testid=format!("list-origin-{}", item.code())
                    >
                        {move || origin_sentence(&choice.origin(item, i18n.lang()))}
                    </p>
                    <ul class="reuse-list-flows nobullet-list">{flows}</ul>
                </li>
            }
        })
        .collect_view();
    let authorities = reuse
        .authorities
        .iter()
        .map(|(cvr, name, _)| {
            let (cvr, name) = (cvr.clone(), name.clone());
            let (cvr_sel, cvr_choose) = (cvr.clone(), cvr.clone());
            let testid = format!("list-authority-{cvr}");
            let pressed = move || choice.authority().as_deref() == Some(cvr_sel.as_str());
            view! {
                <li>
                    <button
                        type="button"
                        class="reuse-list-node"
                        class:is-selected=pressed.clone()
                        aria-pressed=move || pressed().to_string()
                        data-testid=testid
                        on:click=move |_| choice.choose.run((None, Some(cvr_choose.clone())))
                    >
                        <span class="reuse-list-title">{name}</span>
                        <span class="reuse-list-sub">{move || choice.authority_count(&cvr, i18n.lang())}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="reuse-list" data-testid="reuse-list">
            <h3 class="h4">{move || i18n.t(DataUsePageText::MapColumnItems)}</h3>
            <ul class="reuse-list-items nobullet-list">{items}</ul>
            <h3 class="h4">{move || i18n.t(DataUsePageText::MapColumnAuthorities)}</h3>
            <ul class="reuse-list-authorities nobullet-list">{authorities}</ul>
        </div>
    }
}

/// The map's numbers as a table: one row per flow, by item and then most often first.
#[component]
fn ReuseTable(choice: Choice) -> impl IntoView {
    let i18n = use_i18n();
    let reuse = choice.reuse.get_untracked();
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
                    let active = move || choice.any() && choice.holds(item, &cvr);
                    view! {
                        <tr class:is-active=active data-flow=flow>
                            <td>{move || item_label(item, i18n.lang())}</td>
                            <td lang="da">{item.register()}</td>
                            <td>{name}</td>
                            <td class="amount" data-testid="reuse-count">{n}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}
