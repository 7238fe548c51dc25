//! Small SVG charts drawn by the app. Each states its numbers in text as well (a table in a
//! `<details>`), so nobody needs to read a picture to get them.

use leptos::prelude::*;

const WIDTH: f32 = 320.0;
const HEIGHT: f32 = 140.0;
const PAD_LEFT: f32 = 28.0;
const PAD_BOTTOM: f32 = 22.0;
const PAD_TOP: f32 = 10.0;

fn fmt_number(value: f32) -> String {
    if (value - value.round()).abs() < 0.05 {
        format!("{}", value.round() as i64)
    } else {
        format!("{value:.1}")
    }
}

/// Bars, one per label, with an optional target line.
#[component]
pub fn BarChart(
    title: String,
    labels: Vec<String>,
    values: Vec<u32>,
    #[prop(optional)] target: Option<u32>,
    unit: &'static str,
) -> impl IntoView {
    let max = values
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(target.unwrap_or(0))
        .max(1) as f32;
    let n = values.len().max(1) as f32;
    let plot_w = WIDTH - PAD_LEFT;
    let plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP;
    let slot = plot_w / n;
    let y_of = move |v: f32| PAD_TOP + plot_h * (1.0 - v / max);
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let h = plot_h * (*v as f32 / max);
            view! {
                <rect class="chart-bar" x=PAD_LEFT + slot * i as f32 + slot * 0.18 y=y_of(*v as f32)
                    width=slot * 0.64 height=h rx="2"></rect>
            }
        })
        .collect_view();
    // Label every other bar when they are many, every third when they are a quarter's weeks:
    // the last label, anchored at its end, ran into the one before at 360 px.
    let step = match labels.len() {
        0..=6 => 1,
        7..=9 => 2,
        _ => 3,
    };
    let ticks = labels
        .iter()
        .enumerate()
        .filter(|(i, _)| (labels.len() - 1 - i) % step == 0)
        .map(|(i, label)| {
            // The last label is anchored at its end so it never runs off the chart.
            let last = i + 1 == labels.len();
            let x = if last { WIDTH } else { PAD_LEFT + slot * (i as f32 + 0.5) };
            view! {
                <text class="chart-label" x=x y=HEIGHT - 6.0 text-anchor=if last { "end" } else { "middle" }>{label.clone()}</text>
            }
        })
        .collect_view();
    let target_line = target.map(|t| {
        view! {
            <line class="chart-target" x1=PAD_LEFT x2=WIDTH y1=y_of(t as f32) y2=y_of(t as f32)></line>
            <text class="chart-label" x="2" y=y_of(t as f32) + 4.0>{format!("{t}")}</text>
        }
    });
    let rows = labels
        .iter()
        .zip(&values)
        .map(|(l, v)| {
            // "1 session", "2 sessions".
            let unit = if *v == 1 {
                unit.strip_suffix('s').unwrap_or(unit)
            } else {
                unit
            };
            view! { <tr><th scope="row">{l.clone()}</th><td>{format!("{v} {unit}")}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>{title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=title.clone() focusable="false">
                <line class="chart-axis" x1=PAD_LEFT x2=WIDTH y1=HEIGHT - PAD_BOTTOM y2=HEIGHT - PAD_BOTTOM></line>
                {bars}
                {target_line}
                {ticks}
            </svg>
            <details class="chart-numbers">
                <summary>"The numbers"<span class="visually-hidden">{format!(": {title}")}</span></summary>
                <table>
                    <caption class="visually-hidden">{title}</caption>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

/// One or two lines over the same points (e.g. pain before and after).
#[derive(Clone)]
pub struct Series {
    pub name: &'static str,
    /// A CSS class for the line's colour or dash.
    pub class: &'static str,
    pub values: Vec<Option<f32>>,
}

#[component]
pub fn LineChart(
    title: String,
    labels: Vec<String>,
    series: Vec<Series>,
    unit: &'static str,
    /// The top of the scale; the highest value when `None`.
    #[prop(optional)]
    max: Option<f32>,
) -> impl IntoView {
    let highest = series
        .iter()
        .flat_map(|s| s.values.iter().flatten().copied())
        .fold(0.0f32, f32::max);
    let max = max.unwrap_or(highest).max(1.0);
    let n = labels.len();
    let plot_w = WIDTH - PAD_LEFT - 6.0;
    let plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP;
    let x_of = move |i: usize| {
        PAD_LEFT
            + if n <= 1 {
                plot_w / 2.0
            } else {
                plot_w * i as f32 / (n - 1) as f32
            }
    };
    let y_of = move |v: f32| PAD_TOP + plot_h * (1.0 - v / max);
    let lines = series
        .iter()
        .map(|s| {
            // A gap in the data breaks the line rather than inventing a value.
            let mut d = String::new();
            let mut pen_down = false;
            for (i, v) in s.values.iter().enumerate() {
                match v {
                    Some(v) => {
                        d.push_str(&format!("{}{:.1},{:.1} ", if pen_down { "L" } else { "M" }, x_of(i), y_of(*v)));
                        pen_down = true;
                    }
                    None => pen_down = false,
                }
            }
            let dots = s
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| view! { <circle class=format!("chart-dot {}", s.class) cx=x_of(i) cy=y_of(v) r="3"></circle> }))
                .collect_view();
            view! { <path class=format!("chart-line {}", s.class) d=d></path>{dots} }
        })
        .collect_view();
    let first_last = (n > 0).then(|| {
        view! {
            <text class="chart-label" x=PAD_LEFT y=HEIGHT - 6.0>{labels[0].clone()}</text>
            <text class="chart-label" x=WIDTH - 4.0 y=HEIGHT - 6.0 text-anchor="end">{labels[n - 1].clone()}</text>
        }
    });
    let legend = (series.len() > 1).then(|| {
        series
            .iter()
            .map(|s| view! { <span class=format!("legend {}", s.class)>{s.name}</span> })
            .collect_view()
    });
    let header = series
        .iter()
        .map(|s| view! { <th scope="col">{s.name}</th> })
        .collect_view();
    let rows = (0..n)
        .map(|i| {
            let cells = series
                .iter()
                .map(|s| view! { <td>{s.values[i].map_or("–".to_string(), |v| format!("{} {unit}", fmt_number(v)))}</td> })
                .collect_view();
            view! { <tr><th scope="row">{labels[i].clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <figure class="chart">
            // The legend is for the eye (its colours); the numbers' table names each series.
            <figcaption>{title.clone()}" "<span aria-hidden="true">{legend}</span></figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=title.clone() focusable="false">
                <line class="chart-axis" x1=PAD_LEFT x2=WIDTH y1=HEIGHT - PAD_BOTTOM y2=HEIGHT - PAD_BOTTOM></line>
                // The scale at its bottom, middle and top, with faint lines to read values by:
                // a top label alone made a flat line at the top look like the maximum.
                {[0.0, 0.5, 1.0].map(|share| {
                    let y = y_of(max * share);
                    view! {
                        <line class="chart-grid" x1=PAD_LEFT x2=WIDTH y1=y y2=y></line>
                        <text class="chart-label" x="2" y=y + 4.0>{fmt_number(max * share)}</text>
                    }
                }).collect_view()}
                {lines}
                {first_last}
            </svg>
            <details class="chart-numbers">
                <summary>"The numbers"<span class="visually-hidden">{format!(": {title}")}</span></summary>
                <table>
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr><th scope="col">"Date"</th>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
