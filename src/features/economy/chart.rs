//! Net payouts per month for the last 24 months as an inline SVG bar chart, stacked by benefit,
//! with a legend, a one-sentence summary and the same figures as a table. Hovering or focusing a
//! month shows its figures; the arrow keys move between months.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::logic::{benefits_in, Benefits, MonthBar};
use super::scale::Scale;
use super::texts::{chart_summary, month_figures_line, EconomyPageText};
use crate::api::common::Kroner;
use crate::components::data_table::DataTable;
use crate::format::{kroner, month_name, whole_kroner};
use crate::i18n::Lang;
use crate::state::language::use_i18n;

/// Bar colours by benefit, DKFDS-like and each at least 3:1 against white (WCAG 1.4.11).
pub const COLOURS: [&str; 5] = ["#0059b3", "#00804f", "#a34a00", "#6b2c91", "#8a1538"];

/// The colour of the benefit at `index`.
pub fn colour(index: usize) -> &'static str {
    COLOURS[index % COLOURS.len()]
}

/// Chart height in CSS pixels; the width follows the page.
const HEIGHT: f64 = 220.0;
/// Room above the plot for the top tick's label.
const TOP: f64 = 18.0;
/// Width of the value labels' gutter left of the plot, in CSS pixels.
const GUTTER: f64 = 84.0;

/// A month's name with its year: "november 2026" / "November 2026".
fn month_year(bar: &MonthBar, lang: Lang) -> String {
    format!("{} {}", month_name(bar.month.month, lang), bar.month.year)
}

/// A month's figures in words, for its label and the hover box.
fn month_figures(bar: &MonthBar, benefits: &Benefits, lang: Lang) -> String {
    let parts: Vec<String> = bar
        .parts
        .iter()
        .map(|(index, amount)| format!("{} {}", benefits.name_at(*index), kroner(*amount, lang)))
        .collect();
    month_figures_line(
        lang,
        &month_year(bar, lang),
        &kroner(bar.total, lang),
        &parts.join(", "),
    )
}

/// The chart, its summary, legend and table.
#[component]
pub fn PayoutChart(benefits: Benefits, months: Vec<MonthBar>) -> impl IntoView {
    let i18n = use_i18n();
    let with_data: Vec<usize> = (0..months.len())
        .filter(|&i| months[i].total > Kroner::ZERO)
        .collect();
    if with_data.is_empty() {
        return view! { <p data-testid="chart-empty">{move || i18n.t(EconomyPageText::ChartNoData)}</p> }.into_any();
    }
    let max = months
        .iter()
        .map(|m| m.total.rounded_kroner())
        .max()
        .unwrap_or(0);
    let scale = Scale::for_max(max);
    let slot = 100.0 / months.len() as f64;
    let plot = HEIGHT - TOP;
    let benefits = StoredValue::new(benefits);
    let months = StoredValue::new(months);
    let with_data = StoredValue::new(with_data);
    let last = with_data.with_value(|w| *w.last().unwrap_or(&0));
    let (active, set_active) = signal(None::<usize>);
    let (focusable, set_focusable) = signal(last);

    let summary = move || {
        let lang = i18n.lang();
        months.with_value(|months| {
            let total: Kroner = months.iter().map(|m| m.total).sum();
            let top = months.iter().max_by_key(|m| m.total).expect("24 months");
            chart_summary(
                lang,
                &kroner(total, lang),
                &month_year(top, lang),
                &kroner(top.total, lang),
            )
        })
    };
    let on_key = move |event: leptos::ev::KeyboardEvent, index: usize| {
        let order = with_data.get_value();
        let Some(at) = order.iter().position(|&i| i == index) else {
            return;
        };
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => order.get(at + 1).copied(),
            "ArrowLeft" | "ArrowUp" => at.checked_sub(1).and_then(|i| order.get(i).copied()),
            "Home" => order.first().copied(),
            "End" => order.last().copied(),
            _ => return,
        };
        event.prevent_default();
        // Focusing the month makes it the active and the tabbable one (its `focus` handler).
        if let Some(next) = next {
            let element = document()
                .get_element_by_id(&format!("chart-month-{next}"))
                .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok());
            if let Some(element) = element {
                let _ = element.focus();
            }
        }
    };

    // Grid lines across the plot; their labels sit in a gutter of their own to the left.
    let ticks = scale.ticks();
    let grid = ticks
        .iter()
        .map(|&tick| {
            let y = HEIGHT - scale.position(tick, plot);
            view! { <line x1="0" x2="100%" y1=y y2=y class="chart-grid"/> }
        })
        .collect_view();
    let tick_labels = ticks
        .into_iter()
        .map(|tick| {
            let y = HEIGHT - scale.position(tick, plot) + 4.0;
            view! {
                <text x=GUTTER - 6.0 y=y text-anchor="end" class="chart-tick">
                    {move || whole_kroner(tick, i18n.lang())}
                </text>
            }
        })
        .collect_view();

    let bars = move || {
        let lang = i18n.lang();
        months.with_value(|months| {
            months
                .iter()
                .enumerate()
                .filter(|(_, bar)| bar.total > Kroner::ZERO)
                .map(|(index, bar)| {
                    let x = index as f64 * slot + slot * 0.15;
                    let mut bottom = HEIGHT;
                    let segments = bar
                        .parts
                        .iter()
                        .map(|(benefit, amount)| {
                            let height = scale.position(amount.rounded_kroner(), plot);
                            bottom -= height;
                            view! {
                                <rect
                                    x=format!("{x:.3}%")
                                    width=format!("{:.3}%", slot * 0.7)
                                    y=bottom
                                    height=height
                                    fill=colour(*benefit)
                                    class="chart-segment"
                                />
                            }
                        })
                        .collect_view();
                    let label = benefits.with_value(|b| month_figures(bar, b, lang));
                    view! {
                        <g
                            id=format!("chart-month-{index}")
                            class="chart-month"
                            class:is-active=move || active.get() == Some(index)
                            role="img"
                            aria-label=label
                            tabindex=move || if focusable.get() == index { "0" } else { "-1" }
                            data-testid="chart-bar"
                            on:mouseenter=move |_| set_active.set(Some(index))
                            on:focus=move |_| {
                                set_focusable.set(index);
                                set_active.set(Some(index));
                            }
                            on:keydown=move |event| on_key(event, index)
                        >
                            <rect
                                x=format!("{:.3}%", index as f64 * slot)
                                width=format!("{slot:.3}%")
                                y="0"
                                height=HEIGHT
                                class="chart-hit"
                            />
                            {segments}
                        </g>
                    }
                })
                .collect_view()
        })
    };

    // Month labels: every month on wide screens, every sixth on a phone (CSS hides `.minor`).
    // The year stands under January and the first month on wide screens, under each label on a phone.
    let labels = move || {
        let lang = i18n.lang();
        months.with_value(|months| {
            months
                .iter()
                .enumerate()
                .map(|(index, bar)| {
                    let x = format!("{:.3}%", index as f64 * slot + slot / 2.0);
                    let major = index % 6 == 0;
                    let short: String = month_name(bar.month.month, lang).chars().take(3).collect();
                    // Not under a first December, or it would run into January's year.
                    let wide_year = (index == 0 && bar.month.month < 11) || bar.month.month == 1;
                    let year_class = match (wide_year, major) {
                        (true, true) => "chart-year-label",
                        (true, false) => "chart-year-label wide-only",
                        (false, true) => "chart-year-label narrow-only",
                        (false, false) => "chart-year-label hidden",
                    };
                    view! {
                        <text x=x.clone() y="14" text-anchor="middle" class:minor=!major class="chart-month-label">
                            {short}
                        </text>
                        <text x=x y="30" text-anchor="middle" class=year_class>{bar.month.year}</text>
                    }
                })
                .collect_view()
        })
    };

    let hover = move || {
        let lang = i18n.lang();
        active.get().map(|index| {
            months.with_value(|months| {
                benefits.with_value(|b| month_figures(&months[index], b, lang))
            })
        })
    };

    view! {
        <div class="payout-chart" data-testid="payout-chart">
            <p data-testid="chart-summary">{summary}</p>
            <ul class="unstyled-list chart-legend" aria-label=move || i18n.t(EconomyPageText::Legend)>
                {move || benefits.with_value(|b| {
                    months.with_value(|months| {
                        benefits_in(months)
                            .into_iter()
                            .map(|i| view! {
                                <li>
                                    // An SVG swatch, so its colour is an attribute, not an inline style the CSP refuses.
                                    <svg class="chart-swatch" aria-hidden="true" viewBox="0 0 16 16"><rect width="16" height="16" rx="2" fill=colour(i)/></svg>
                                    {b.name_at(i).to_owned()}
                                </li>
                            })
                            .collect_view()
                    })
                })}
            </ul>
            <p class="chart-hover" aria-hidden="true" data-testid="chart-hover">{hover}</p>
            <div class="chart-frame">
                <svg class="chart-ticks" width=GUTTER height=HEIGHT aria-hidden="true">{tick_labels}</svg>
                <svg
                    class="chart-plot"
                    height=HEIGHT
                    role="group"
                    aria-label=move || i18n.t(EconomyPageText::ChartLabel)
                    on:mouseleave=move |_| set_active.set(None)
                >
                    {grid}
                    {bars}
                </svg>
            </div>
            <svg class="chart-axis" height="36" aria-hidden="true">{labels}</svg>
            <details class="mt-4" data-testid="chart-table-toggle">
                <summary>{move || i18n.t(EconomyPageText::ChartTable)}</summary>
                <ChartTable benefits=benefits.get_value() months=months.get_value()/>
            </details>
        </div>
    }
    .into_any()
}

/// The chart's figures as a table: a row per month with payouts, a column per benefit.
#[component]
fn ChartTable(benefits: Benefits, months: Vec<MonthBar>) -> impl IntoView {
    let i18n = use_i18n();
    let columns = benefits_in(&months);
    let names: Vec<String> = columns
        .iter()
        .map(|&i| benefits.name_at(i).to_owned())
        .collect();
    let rows: Vec<MonthBar> = months
        .into_iter()
        .filter(|m| m.total > Kroner::ZERO)
        .collect();
    let columns = StoredValue::new(columns);
    view! {
        <DataTable caption=i18n.signal(EconomyPageText::ChartCaption) testid="chart-table">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(EconomyPageText::ColMonth)}</th>
                        {names.into_iter().map(|name| view! { <th scope="col" class="text-align-right">{name}</th> }).collect_view()}
                        <th scope="col" class="text-align-right">{move || i18n.t(EconomyPageText::ColTotal)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|bar| {
                            let bar = StoredValue::new(bar);
                            view! {
                                <tr>
                                    <th scope="row">{move || bar.with_value(|b| month_year(b, i18n.lang()))}</th>
                                    {columns
                                        .get_value()
                                        .into_iter()
                                        .map(|column| {
                                            let amount = bar.with_value(|b| b.parts.iter().find(|(i, _)| *i == column).map(|(_, a)| *a));
                                            view! {
                                                <td class="amount">{move || amount.map(|a| kroner(a, i18n.lang()))}</td>
                                            }
                                        })
                                        .collect_view()}
                                    <td class="amount" data-testid="chart-table-total">{move || kroner(bar.with_value(|b| b.total), i18n.lang())}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
        </DataTable>
    }
}
