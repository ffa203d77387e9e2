//! The economy's derived figures: the next payment, totals, filtering, the year groups and the
//! monthly sums for the chart. Money is summed in whole øre, never in floating point.

use crate::api::benefits::{Grant, Payout, PayoutStatus};
use crate::api::common::Kroner;
use crate::api::{ApiError, Sourced};
use crate::date::Date;
use crate::state::sources::{both, Loaded};

use super::query::EconomyQuery;

/// Grants and their payouts: one source (the benefit index) answering on two endpoints.
#[derive(Clone, Debug, PartialEq)]
pub struct Benefits {
    pub grants: Vec<Grant>,
    pub payouts: Vec<Payout>,
}

impl Benefits {
    /// The name of the benefit a payout belongs to.
    pub fn benefit_name<'a>(&'a self, grant_id: &'a str) -> &'a str {
        self.grant_index(grant_id)
            .map_or(grant_id, |i| self.name_at(i))
    }

    /// The name of the benefit at position `index` (empty if there is none).
    pub fn name_at(&self, index: usize) -> &str {
        self.grants
            .get(index)
            .map_or("", |g| g.benefit_name.as_str())
    }

    /// The position of a grant in the list, which also picks its colour in the chart.
    pub fn grant_index(&self, grant_id: &str) -> Option<usize> {
        self.grants.iter().position(|g| g.id == grant_id)
    }
}

/// Both endpoints of the benefit index as one (see [`both`]).
pub fn combine(
    grants: Option<Loaded<Vec<Grant>>>,
    payouts: Option<Loaded<Vec<Payout>>>,
) -> Option<Result<Sourced<Benefits>, ApiError>> {
    both(grants, payouts).map(|result| {
        result.map(|(grants, payouts)| Sourced {
            source: grants.source,
            data: Benefits {
                grants: grants.data,
                payouts: payouts.data,
            },
        })
    })
}

/// The next money to arrive: every payout not yet paid on the first date on or after `today`.
#[derive(Clone, Debug, PartialEq)]
pub struct NextPayment {
    pub date: Date,
    /// Benefit name and payout, per payout that day (what the amount consists of).
    pub lines: Vec<(String, Payout)>,
    pub total: Kroner,
}

/// The next payment after `today`, if one is planned or sent.
pub fn next_payment(benefits: &Benefits, today: Date) -> Option<NextPayment> {
    let upcoming = |p: &&Payout| {
        p.status != PayoutStatus::Paid
            && Date::parse_iso(&p.payout_date).is_some_and(|d| d >= today)
    };
    let date = benefits
        .payouts
        .iter()
        .filter(upcoming)
        .filter_map(|p| Date::parse_iso(&p.payout_date))
        .min()?;
    let lines: Vec<(String, Payout)> = benefits
        .payouts
        .iter()
        .filter(upcoming)
        .filter(|p| Date::parse_iso(&p.payout_date) == Some(date))
        .map(|p| (benefits.benefit_name(&p.grant_id).to_owned(), p.clone()))
        .collect();
    let total = lines.iter().map(|(_, p)| p.paid).sum();
    Some(NextPayment { date, lines, total })
}

/// The payment dates after `after` with a payout not yet paid, up to `count` of them: each date
/// with its total and the benefits it pays (so the next payment is not taken for all that comes).
pub fn following_payments(
    benefits: &Benefits,
    after: Date,
    count: usize,
) -> Vec<(Date, Kroner, Vec<String>)> {
    let mut dates: Vec<Date> = benefits
        .payouts
        .iter()
        .filter(|p| !is_paid(p))
        .filter_map(|p| Date::parse_iso(&p.payout_date))
        .filter(|date| *date > after)
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
        .into_iter()
        .take(count)
        .map(|date| {
            let that_day: Vec<&Payout> = benefits
                .payouts
                .iter()
                .filter(|p| !is_paid(p) && Date::parse_iso(&p.payout_date) == Some(date))
                .collect();
            let total = that_day.iter().map(|p| p.paid).sum();
            let names = that_day
                .iter()
                .map(|p| benefits.benefit_name(&p.grant_id).to_owned())
                .collect();
            (date, total, names)
        })
        .collect()
}

/// The sums of a set of payouts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub count: usize,
    pub gross: Kroner,
    pub tax: Kroner,
    pub atp: Kroner,
    pub set_off: Kroner,
    pub paid: Kroner,
}

/// Adds up `payouts`.
pub fn totals<'a>(payouts: impl IntoIterator<Item = &'a Payout>) -> Totals {
    payouts.into_iter().fold(Totals::default(), |mut t, p| {
        t.count += 1;
        t.gross += p.gross;
        t.tax += p.tax;
        t.atp += p.atp;
        t.set_off += p.set_off.as_ref().map_or(Kroner::ZERO, |s| s.amount);
        t.paid += p.paid;
        t
    })
}

impl Totals {
    /// What was deducted besides A-skat: the ATP contribution and any set-off.
    pub fn other_deductions(&self) -> Kroner {
        self.atp + self.set_off
    }
}

/// A payout's deductions besides A-skat: the ATP contribution and any set-off.
pub fn other_deductions(payout: &Payout) -> Kroner {
    payout.atp + payout.set_off.as_ref().map_or(Kroner::ZERO, |s| s.amount)
}

/// Whether the money is in the citizen's account: only a paid payout counts as paid.
pub fn is_paid(payout: &Payout) -> bool {
    payout.status == PayoutStatus::Paid
}

/// The totals of what was paid (first) and what is planned or sent to the bank (second).
pub fn paid_and_pending<'a>(payouts: impl IntoIterator<Item = &'a Payout>) -> (Totals, Totals) {
    let (paid, pending): (Vec<&Payout>, Vec<&Payout>) =
        payouts.into_iter().partition(|p| is_paid(p));
    (totals(paid), totals(pending))
}

/// What was paid in `year` (by disposal date), after tax and deductions.
pub fn paid_in_year(benefits: &Benefits, year: i32) -> Totals {
    totals(
        benefits
            .payouts
            .iter()
            .filter(|p| is_paid(p) && year_of(p) == Some(year)),
    )
}

/// The year of a payout's disposal date.
pub fn year_of(payout: &Payout) -> Option<i32> {
    Date::parse_iso(&payout.payout_date).map(|date| date.year)
}

/// The years that have payouts, newest first.
pub fn years(payouts: &[Payout]) -> Vec<i32> {
    let mut years: Vec<i32> = payouts.iter().filter_map(year_of).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// The payouts the query selects, newest first.
pub fn selected<'a>(benefits: &'a Benefits, query: &EconomyQuery) -> Vec<&'a Payout> {
    let mut payouts: Vec<&Payout> = benefits
        .payouts
        .iter()
        .filter(|p| query.benefit.as_ref().is_none_or(|id| &p.grant_id == id))
        .filter(|p| query.year.is_none_or(|y| year_of(p) == Some(y)))
        .collect();
    payouts.sort_by(|a, b| {
        b.payout_date
            .cmp(&a.payout_date)
            .then_with(|| a.grant_id.cmp(&b.grant_id))
    });
    payouts
}

/// A page of payouts split into its years, each with the year's totals over every selected payout
/// (not only those on the page).
pub fn year_groups<'a>(
    page: &[&'a Payout],
    all: &[&'a Payout],
) -> Vec<(i32, Vec<&'a Payout>, Totals)> {
    let mut groups: Vec<(i32, Vec<&Payout>, Totals)> = Vec::new();
    for payout in page {
        let year = year_of(payout).unwrap_or_default();
        match groups.last_mut() {
            Some((y, items, _)) if *y == year => items.push(payout),
            _ => groups.push((year, vec![payout], Totals::default())),
        }
    }
    for (year, _, sums) in &mut groups {
        *sums = totals(
            all.iter()
                .copied()
                .filter(|p| is_paid(p) && year_of(p) == Some(*year)),
        );
    }
    groups
}

/// One month of the chart: the net amount paid (status paid) per benefit (by grant position) and in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthBar {
    /// The first day of the month.
    pub month: Date,
    pub parts: Vec<(usize, Kroner)>,
    pub total: Kroner,
}

/// The benefits (by grant position) that have a bar anywhere in `months`, in order: the legend's
/// entries and the chart table's columns.
pub fn benefits_in(months: &[MonthBar]) -> Vec<usize> {
    let mut shown: Vec<usize> = months
        .iter()
        .flat_map(|m| m.parts.iter().map(|(i, _)| *i))
        .collect();
    shown.sort_unstable();
    shown.dedup();
    shown
}

/// How many months the chart shows, up to and including the current one.
pub const CHART_MONTHS: usize = 24;

/// The last 24 months up to `today`'s month, each with what was paid out in it.
pub fn monthly_paid(benefits: &Benefits, today: Date) -> Vec<MonthBar> {
    let mut month = today.first_of_month();
    let mut months = Vec::with_capacity(CHART_MONTHS);
    for _ in 0..CHART_MONTHS {
        months.push(month);
        month = month.previous_month();
    }
    months.reverse();
    months
        .into_iter()
        .map(|month| {
            let mut parts: Vec<(usize, Kroner)> = Vec::new();
            for payout in benefits.payouts.iter().filter(|p| is_paid(p)) {
                let Some(date) = Date::parse_iso(&payout.payout_date) else {
                    continue;
                };
                if date.first_of_month() != month {
                    continue;
                }
                let index = benefits.grant_index(&payout.grant_id).unwrap_or(usize::MAX);
                match parts.iter_mut().find(|(i, _)| *i == index) {
                    Some((_, sum)) => *sum += payout.paid,
                    None => parts.push((index, payout.paid)),
                }
            }
            parts.sort_by_key(|(i, _)| *i);
            let total = parts.iter().map(|(_, amount)| *amount).sum();
            MonthBar {
                month,
                parts,
                total,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::benefits::{PayoutKind, SetOff};
    use crate::api::common::Organisation;

    fn payout(id: &str, grant: &str, date: &str, paid: i64, status: PayoutStatus) -> Payout {
        Payout {
            id: id.into(),
            grant_id: grant.into(),
            kind: PayoutKind::Regular,
            payout_date: date.into(),
            period_from: date.into(),
            period_to: date.into(),
            gross: Kroner::whole(paid + 100),
            tax: Kroner::whole(100),
            atp: Kroner::ZERO,
            after_tax: Kroner::whole(paid),
            set_off: None,
            paid: Kroner::whole(paid),
            status,
            text: None,
        }
    }

    fn benefits() -> Benefits {
        let grant = |id: &str, name: &str| -> Grant {
            serde_json::from_value(serde_json::json!({
                "id": id, "ydelsesnavn": name, "bevillingStart": "2020-01-01", "bevillingSlut": null,
                "begrundelse": null, "udbetaler": {"navn": "Udbetaling Danmark", "cvr": "29980004", "type": "udbetalingDanmark"},
                "plan": {"frekvens": "maanedlig", "forudBagud": "bagud", "dispositionsdag": "Sidste bankdag", "beloeb": 1.0},
                "tilbagebetalingspligtig": false, "skattepligtig": true, "sagId": null, "bemaerkning": null
            }))
            .unwrap()
        };
        Benefits {
            grants: vec![grant("a", "Folkepension"), grant("b", "Boligydelse")],
            payouts: vec![
                payout("1", "a", "2026-10-30", 12_038, PayoutStatus::Paid),
                payout("2", "b", "2026-11-02", 4_210, PayoutStatus::Paid),
                payout("3", "a", "2026-11-30", 12_038, PayoutStatus::Sent),
                payout("4", "b", "2026-12-01", 4_210, PayoutStatus::Sent),
                payout("5", "a", "2026-12-30", 12_038, PayoutStatus::Planned),
                payout("6", "a", "2024-11-29", 11_000, PayoutStatus::Paid),
                payout("7", "b", "2025-01-02", 4_142, PayoutStatus::Paid),
            ],
        }
    }

    fn date(iso: &str) -> Date {
        Date::parse_iso(iso).unwrap()
    }

    #[test]
    fn the_next_payment_is_the_first_unpaid_date_from_today() {
        let next = next_payment(&benefits(), date("2026-11-24")).unwrap();
        assert_eq!(next.date, date("2026-11-30"));
        let lines: Vec<(&str, Kroner)> = next
            .lines
            .iter()
            .map(|(name, p)| (name.as_str(), p.paid))
            .collect();
        assert_eq!(lines, [("Folkepension", Kroner::whole(12_038))]);
        // On the day itself it is still the next payment; the day after, the next one is due.
        assert_eq!(
            next_payment(&benefits(), date("2026-11-30")).unwrap().date,
            date("2026-11-30")
        );
        assert_eq!(
            next_payment(&benefits(), date("2026-12-01")).unwrap().total,
            Kroner::whole(4_210)
        );
        assert_eq!(next_payment(&benefits(), date("2027-01-01")), None);
    }

    #[test]
    fn totals_add_every_column_in_oere() {
        let mut b = benefits();
        b.payouts[0].set_off = Some(SetOff {
            amount: Kroner::from_oere(1_050),
            creditor: Organisation {
                name: "Aarhus Kommune".into(),
                cvr: "55133018".into(),
            },
            claim: "Forældrebetaling".into(),
        });
        let t = totals(&b.payouts);
        assert_eq!(t.count, 7);
        assert_eq!(
            t.paid,
            Kroner::whole(12_038 * 3 + 4_210 * 2 + 11_000 + 4_142)
        );
        assert_eq!(t.tax, Kroner::whole(700));
        assert_eq!(t.set_off, Kroner::from_oere(1_050));
    }

    #[test]
    fn the_payments_that_follow_the_next_one_are_listed_by_date() {
        let following = following_payments(&benefits(), date("2026-11-30"), 2);
        assert_eq!(
            following,
            vec![
                (
                    date("2026-12-01"),
                    Kroner::whole(4_210),
                    vec!["Boligydelse".to_owned()]
                ),
                (
                    date("2026-12-30"),
                    Kroner::whole(12_038),
                    vec!["Folkepension".to_owned()]
                ),
            ]
        );
        assert!(following_payments(&benefits(), date("2026-12-30"), 2).is_empty());
    }

    #[test]
    fn paid_is_paid_and_pending_is_counted_apart() {
        let b = benefits();
        let (paid, pending) = paid_and_pending(&b.payouts);
        assert_eq!(paid.count, 4);
        assert_eq!(pending.count, 3);
        assert_eq!(paid.paid + pending.paid, totals(&b.payouts).paid);
        assert_eq!(paid_in_year(&b, 2026).paid, Kroner::whole(12_038 + 4_210));
        assert_eq!(paid_in_year(&b, 2025).paid, Kroner::whole(4_142));
        // The year's total agrees with the chart's months of that year.
        let months = monthly_paid(&b, date("2026-11-24"));
        let chart_2026: Kroner = months
            .iter()
            .filter(|m| m.month.year == 2026)
            .map(|m| m.total)
            .sum();
        assert_eq!(chart_2026, paid_in_year(&b, 2026).paid);
    }

    #[test]
    fn the_query_filters_by_benefit_and_year_newest_first() {
        let b = benefits();
        let all = selected(&b, &EconomyQuery::default());
        assert_eq!(all.first().unwrap().id, "5");
        assert_eq!(all.last().unwrap().id, "6");
        let query = EconomyQuery {
            benefit: Some("b".into()),
            year: Some(2026),
            page: 1,
        };
        let ids: Vec<&str> = selected(&b, &query).iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["4", "2"]);
        assert_eq!(years(&b.payouts), [2026, 2025, 2024]);
    }

    #[test]
    fn year_groups_carry_the_whole_years_totals() {
        let b = benefits();
        let all = selected(&b, &EconomyQuery::default());
        let groups = year_groups(&all[..2], &all);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].0, 2026);
        // The year's row counts what was paid: planned and sent payouts are not paid yet.
        assert_eq!(groups[0].2.count, 2);
        assert_eq!(groups[0].2.paid, Kroner::whole(12_038 + 4_210));
        let groups = year_groups(&all[5..], &all);
        assert_eq!(groups.iter().map(|g| g.0).collect::<Vec<_>>(), [2025, 2024]);
    }

    #[test]
    fn the_chart_has_24_months_ending_with_the_current_one() {
        let months = monthly_paid(&benefits(), date("2026-11-24"));
        assert_eq!(months.len(), 24);
        assert_eq!(months[0].month, date("2024-12-01"));
        assert_eq!(months[23].month, date("2026-11-01"));
        // Only paid payouts count: the pension sent to the bank for 30 November is not paid yet.
        let november = &months[23];
        assert_eq!(november.parts, vec![(1, Kroner::whole(4_210))]);
        assert_eq!(november.total, Kroner::whole(4_210));
        // November 2024 lies outside the window; January 2025 is inside.
        assert_eq!(months.iter().filter(|m| m.total > Kroner::ZERO).count(), 3);
    }
}
