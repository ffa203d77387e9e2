//! The data-reuse map: where each data item came from (the one time the citizen gave it, or who
//! registers it), the item with its register, and each authority that retrieved it, with a flow
//! for every item–authority pair as wide as its count and a legend for the widths. Choosing a
//! node shows the counts for it alone and filters the log; the period (30 days … 2 years,
//! ending on the scenario's day) applies to the map, its headline, its table and the log. All
//! choices live in the address. On a phone the same map is a list (CSS picks the form).

use leptos::prelude::*;

use super::logic::{legend_samples, reuse_in, stacked, stroke, Headline, Origin, Reuse};
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

/// Where the flow `item` → `cvr` leaves its item and reaches its authority: the flows meeting a
/// node lie side by side in the order of their other ends, so they do not cross at the node.
fn flow_ends(reuse: &Reuse, item: DataItem, cvr: &str) -> (f64, f64) {
    let rows = reuse.items.len().max(reuse.authorities.len());
    let max = reuse.max_flow();
    let item_at = |item: DataItem| reuse.items.iter().position(|(i, ..)| *i == item);
    let org_at = |cvr: &str| reuse.authorities.iter().position(|(c, ..)| c == cvr);
    // (before, own, total) widths at the item and at the authority.
    let (mut at_item, mut at_org) = ([0.0; 3], [0.0; 3]);
    for ((i, c), n) in &reuse.flows {
        let width = stroke(*n, max);
        if *i == item {
            at_item[2] += width;
            match org_at(c).cmp(&org_at(cvr)) {
                std::cmp::Ordering::Less => at_item[0] += width,
                std::cmp::Ordering::Equal => at_item[1] = width,
                std::cmp::Ordering::Greater => {}
            }
        }
        if c == cvr {
            at_org[2] += width;
            match item_at(*i).cmp(&item_at(item)) {
                std::cmp::Ordering::Less => at_org[0] += width,
                std::cmp::Ordering::Equal => at_org[1] = width,
                std::cmp::Ordering::Greater => {}
            }
        }
    }
    let y = |[before, own, total]: [f64; 3], index: Option<usize>, count: usize| {
        stacked(
            before,
            own,
            total,
            centre(index.unwrap_or(0), count, rows),
            ROOM,
        )
    };
    (
        y(at_item, item_at(item), reuse.items.len()),
        y(at_org, org_at(cvr), reuse.authorities.len()),
    )
}

/// One line of text in the diagram (one view type for the lines it writes).
fn line(x: f64, y: f64, class: &'static str, text: Signal<String>) -> impl IntoView {
    view! { <text x=x y=y class=class>{text}</text> }
}

/// What the map's parts share: the choice in the address, the way to change it, the counts in
/// the period and the day the citizen moved in.
#[derive(Clone, Copy)]
struct Choice {
    query: Memo<LogQuery>,
    reuse: Memo<Reuse>,
    /// CPR's moving-in date (ISO), once the person source has answered.
    moved_in: Signal<Option<String>>,
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
/// What the page hands the map (the map's code is a chunk of its own, so no props).
#[derive(Clone, Copy)]
pub struct ReuseInput {
    pub entries: StoredValue<Vec<AccessEntry>>,
    pub query: Memo<LogQuery>,
}

/// The map with the page's look-ups and choice ([`ReuseInput`], provided by the page).
#[component]
pub fn ReuseMapFromPage() -> impl IntoView {
    let ReuseInput { entries, query } = expect_context::<ReuseInput>();
    view! { <ReuseMap entries query/> }
}

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
    let moved_in = Signal::derive(move || {
        sources.person.with(|loaded| {
            loaded
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

    // The headline names the choice (or the most reused item) in the period; for an item, how
    // it came to the register follows.
    let headline = Signal::derive(move || {
        let (item, authority) = query.with(|q| (q.item, q.authority.clone()));
        reuse.with(|r| r.headline(item, authority.as_deref()))
    });
    let headline_strong = Signal::derive(move || {
        let lang = i18n.lang();
        match headline.get() {
            Some(headline) => headline_text(lang, &headline, period.get()),
            None => nothing_retrieved(lang, period.get()),
        }
    });
    let headline_origin = Signal::derive(move || match headline.get() {
        Some(Headline::Item { item, .. } | Headline::Pair { item, .. }) => {
            format!(" {}", item_origin(item, i18n.lang()))
        }
        _ => String::new(),
    });

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
                        prop:checked=Signal::derive(move || period.get() == p)
                        on:change=move |_| choose_period(p)
                    />
                    <label for=id>{i18n.signal(period_label(p))}</label>
                </div>
            }
        })
        .collect_view();

    view! {
        <p class="reuse-headline" data-testid="reuse-headline">
            <strong>{headline_strong}</strong>
            {headline_origin}
        </p>
        <p>{i18n.signal(DataUsePageText::MapIntro)}</p>
        <fieldset class="map-period" data-testid="map-period">
            <legend class="form-label">{i18n.signal(DataUsePageText::MapPeriod)}</legend>
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
                        disabled=Signal::derive(move || !choice.any())
                        on:click=clear.clone()
                        data-testid="map-clear"
                    >
                        {i18n.signal(DataUsePageText::ClearSelection)}
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
    let mid = (ITEM_RIGHT + RIGHT_X) / 2.0;

    let flow_paths = reuse
        .flows
        .iter()
        .map(|((item, cvr), count)| {
            let (item, cvr, count) = (*item, cvr.clone(), *count);
            let (y1, y2) = flow_ends(&reuse, item, &cvr);
            let d =
                format!("M{ITEM_RIGHT} {y1:.1} C{mid} {y1:.1}, {mid} {y2:.1}, {RIGHT_X} {y2:.1}");
            let flow = format!("{}|{cvr}", item.code());
            let class = Signal::derive(move || match (choice.any(), choice.holds(item, &cvr)) {
                (false, _) => "map-flow",
                (true, true) => "map-flow is-active",
                (true, false) => "map-flow is-dimmed",
            });
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
            // Up to three lines, centred in the box (a move has one until its date is known).
            let lines = (0..3)
                .map(|k| {
                    let class = if k == 0 { "map-origin-title" } else { "map-origin-sub" };
                    let text = Signal::derive(move || {
                        let lines = choice.origin(item, i18n.lang());
                        lines.get(k).cloned().unwrap_or_default()
                    });
                    let y = Signal::derive(move || {
                        let count = choice.origin(item, i18n.lang()).len() as f64;
                        at + 5.0 - (count - 1.0) * 9.0 + k as f64 * 18.0
                    });
                    view! { <text x="12" y=y class=class>{text}</text> }
                })
                .collect_view();
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
    let samples = legend_samples(max)
        .into_iter()
        .enumerate()
        .map(|(k, n)| {
            let x = 370.0 + k as f64 * 150.0;
            view! {
                <line
                    class="map-legend-stroke"
                    x1=x y1=legend_y - 5.0 x2=x + 48.0 y2=legend_y - 5.0
                    stroke-width=format!("{:.1}", stroke(n, max))
                    data-count=n
                />
                {line(x + 56.0, legend_y, "", Signal::derive(move || DataUseCount::Times.count(i18n.lang(), n)))}
            }
        })
        .collect_view();
    let legend = view! {
        {line(0.0, legend_y, "", i18n.signal(DataUsePageText::MapLegend))}
        {samples}
    };

    let heading =
        move |x: f64, text: DataUsePageText| line(x, 20.0, "map-column-heading", i18n.signal(text));

    view! {
        <div
            class="reuse-map-scroll"
            tabindex="0"
            role="region"
            aria-label=i18n.signal(DataUsePageText::MapScrollLabel)
        >
            <svg
                class="reuse-map"
                viewBox=format!("0 0 {WIDTH} {height}")
                role="group"
                aria-label=i18n.signal(DataUsePageText::MapScrollLabel)
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
            aria-pressed=Signal::derive(move || selected.get().to_string())
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
            {line(x + 12.0, y + 21.0, "map-node-title", title)}
            {(!register.is_empty()).then(|| view! {
                <text x=x + 12.0 y=y + 39.0 class="map-node-sub" lang="da">{register}</text>
            })}
            {line(x + 12.0, y + if register.is_empty() { 42.0 } else { 57.0 }, "map-node-sub", sub)}
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
            // The authorities that retrieved the item, in the authorities' order.
            let flows = reuse
                .authorities
                .iter()
                .map(|(cvr, name, _)| (cvr.clone(), name.clone(), reuse.item_times(item, Some(cvr))))
                .filter(|(.., n)| *n > 0)
                .map(|(cvr, name, n)| {
                    let flow = format!("{}|{cvr}", item.code());
                    let active = Signal::derive(move || choice.any() && choice.holds(item, &cvr));
                    let bar = (BAR * n as f64 / max as f64).max(3.0);
                    view! {
                        <li class="reuse-list-flow" class:is-active=active data-flow=flow data-count=n>
                            <svg class="reuse-list-bar" aria-hidden="true" width=BAR height="12" viewBox=format!("0 0 {BAR} 12")>
                                <rect x="0" y="0" width=format!("{bar:.1}") height="12" rx="2"/>
                            </svg>
                            <span class="reuse-list-name">{name}</span>
                            <span class="reuse-list-count">{Signal::derive(move || DataUseCount::Times.count(i18n.lang(), n))}</span>
                        </li>
                    }
                })
                .collect_view();
            let pressed = Signal::derive(move || choice.item() == Some(item));
            view! {
                <li class="reuse-list-item">
                    <button
                        type="button"
                        class="reuse-list-node"
                        class:is-selected=pressed
                        aria-pressed=Signal::derive(move || pressed.get().to_string())
                        data-testid=format!("list-item-{}", item.code())
                        on:click=move |_| choice.choose.run((Some(item), None))
                    >
                        <span class="reuse-list-title">
                            {Signal::derive(move || item_label(item, i18n.lang()).to_owned())}
                            " " <span class="reuse-list-register" lang="da">"(" {item.register()} ")"</span>
                        </span>
                        <span class="reuse-list-sub">{Signal::derive(move || choice.item_counts(item, i18n.lang()))}</span>
                    </button>
                    <p
                        class="reuse-list-origin"
                        class:is-given=Origin::of(item) == Origin::Move
                        data-testid=format!("list-origin-{}", item.code())
                    >
                        {Signal::derive(move || origin_sentence(&choice.origin(item, i18n.lang())))}
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
            let pressed =
                Signal::derive(move || choice.authority().as_deref() == Some(cvr_sel.as_str()));
            view! {
                <li>
                    <button
                        type="button"
                        class="reuse-list-node"
                        class:is-selected=pressed
                        aria-pressed=Signal::derive(move || pressed.get().to_string())
                        data-testid=testid
                        on:click=move |_| choice.choose.run((None, Some(cvr_choose.clone())))
                    >
                        <span class="reuse-list-title">{name}</span>
                        <span class="reuse-list-sub">{Signal::derive(move || choice.authority_count(&cvr, i18n.lang()))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="reuse-list" data-testid="reuse-list">
            <h3 class="h4">{i18n.signal(DataUsePageText::MapColumnItems)}</h3>
            <ul class="reuse-list-items nobullet-list">{items}</ul>
            <h3 class="h4">{i18n.signal(DataUsePageText::MapColumnAuthorities)}</h3>
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
    let header = move |text: DataUsePageText| view! { <th scope="col">{i18n.signal(text)}</th> };
    view! {
        <DataTable caption=i18n.signal(DataUsePageText::MapTableCaption) testid="reuse-table" stack=true>
            <thead>
                <tr>
                    {header(DataUsePageText::ColumnItem)}
                    {header(DataUsePageText::ColumnRegister)}
                    {header(DataUsePageText::ColumnAuthority)}
                    <th scope="col" class="text-align-right">{i18n.signal(DataUsePageText::ColumnTimes)}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|(item, cvr, n)| {
                    let flow = format!("{}|{cvr}", item.code());
                    let name = reuse.authority_name(&cvr).to_owned();
                    let active = Signal::derive(move || choice.any() && choice.holds(item, &cvr));
                    view! {
                        <tr class:is-active=active data-flow=flow>
                            <td class="stack-first">{Signal::derive(move || item_label(item, i18n.lang()).to_owned())}</td>
                            <td lang="da" data-label=move || i18n.t(DataUsePageText::ColumnRegister)>{item.register()}</td>
                            <td data-label=move || i18n.t(DataUsePageText::ColumnAuthority)>{name}</td>
                            <td class="amount" data-label=move || i18n.t(DataUsePageText::ColumnTimes) data-testid="reuse-count">{n}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}
