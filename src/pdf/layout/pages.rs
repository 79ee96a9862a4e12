//! Page breaking as boxes, glue and penalties, chosen over the whole
//! document (Knuth and Plass, applied to pages). Units are the boxes; the
//! space before each is glue that may give up a third on a full page and
//! vanishes at the top of a page; a break after a unit costs its penalty
//! (widows and orphans), is taken after a unit kept with the next (a
//! heading, a line ending in a hyphen) only when nothing else fits, and is
//! forced before an annex. A page costs the room it leaves empty when more
//! could have followed, the squeeze of its glue, and a constant, so that
//! the document takes no more pages than it needs.

use std::ops::Range;

use super::unit::Unit;

/// The share of its space before that a unit's glue may give up.
pub const SHRINK: f32 = 1.0 / 3.0;
/// Penalty of breaking where a unit is kept with the next: so high that it
/// happens only when the kept chain cannot fit on one page.
const KEEP: f64 = 10_000.0;
/// Demerits of one page: worth squeezing a page's glue fully.
const PAGE: f64 = 10_000.0;
/// Demerits of a page its content overfills.
const OVERFULL: f64 = 1e12;
const EPS: f32 = 0.01;

/// Widow and orphan penalties: a page break leaving a single line of a
/// paragraph on either side, or two.
pub const LONELY_LINE: f32 = 300.0;
pub const TWO_LINES: f32 = 100.0;

/// One page: the units it holds and how much its glue shrinks (0 to 1).
#[derive(Clone, Debug, PartialEq)]
pub struct PageSpec {
    pub units: Range<usize>,
    pub shrink: f32,
}

/// A unit no page can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooTall {
    pub unit: usize,
}

#[derive(Clone, Copy)]
struct Best {
    total: f64,
    pred: usize,
    shrink: f32,
}

/// Chooses the page breaks. `first` and `rest` are the heights of the body
/// of page 1 and of the later pages.
pub fn page_breaks(units: &[Unit], first: f32, rest: f32) -> Result<Vec<PageSpec>, TooTall> {
    let n = units.len();
    if n == 0 {
        return Ok(vec![PageSpec {
            units: 0..0,
            shrink: 0.0,
        }]);
    }
    if let Some(i) = units
        .iter()
        .position(|u| u.height + u.repeat_height() > first.max(rest) + EPS)
    {
        return Err(TooTall { unit: i });
    }
    let widest = first.max(rest);
    let mut best: Vec<Option<Best>> = vec![None; n + 1];
    best[0] = Some(Best {
        total: 0.0,
        pred: 0,
        shrink: 0.0,
    });
    for b in 1..=n {
        let ends_free = b == n || units[b].break_before;
        let penalty = if ends_free {
            0.0
        } else if units[b - 1].keep_with_next {
            KEEP
        } else {
            f64::from(units[b - 1].penalty)
        };
        let mut height = 0.0f32;
        let mut glue = 0.0f32;
        let mut choice: Option<Best> = None;
        for a in (0..b).rev() {
            if a + 1 < b {
                if units[a + 1].break_before {
                    break;
                }
                glue += units[a + 1].space_before;
            }
            height += units[a].height;
            // A page starting inside a table repeats its header row.
            let natural = height + glue + units[a].repeat_height();
            let shrink = glue * SHRINK;
            if a + 1 < b && natural - shrink > widest + EPS {
                break;
            }
            let Some(prev) = best[a] else { continue };
            let avail = if a == 0 { first } else { rest };
            let overflow = natural - avail;
            let (badness, ratio) = if overflow > shrink + EPS {
                (OVERFULL, 1.0)
            } else if overflow > 0.0 {
                let r = overflow / shrink;
                (100.0 * f64::from(r).powi(3), r)
            } else if ends_free {
                (0.0, 0.0)
            } else {
                let empty = f64::from(-overflow / (avail / 4.0));
                (100.0 * empty.powi(3), 0.0)
            };
            let demerits = (1.0 + badness).powi(2) + penalty * penalty + PAGE;
            let total = prev.total + demerits;
            if choice.is_none_or(|c| total < c.total) {
                choice = Some(Best {
                    total,
                    pred: a,
                    shrink: ratio.max(0.0),
                });
            }
        }
        best[b] = choice;
    }
    let mut pages = Vec::new();
    let mut b = n;
    while b > 0 {
        let Some(c) = best[b] else {
            // Unreachable: a page of one unit always fits (checked above).
            return Err(TooTall { unit: b - 1 });
        };
        pages.push(PageSpec {
            units: c.pred..b,
            shrink: c.shrink,
        });
        b = c.pred;
    }
    pages.reverse();
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(height: f32, space_before: f32) -> Unit {
        Unit {
            height,
            space_before,
            ..Unit::default()
        }
    }

    fn pages(units: &[Unit], h: f32) -> Vec<Range<usize>> {
        page_breaks(units, h, h).unwrap().into_iter().map(|p| p.units).collect()
    }

    #[test]
    fn fills_pages_in_order() {
        let units: Vec<Unit> = (0..10).map(|_| unit(10.0, 0.0)).collect();
        assert_eq!(pages(&units, 50.0), [0..5, 5..10]);
    }

    #[test]
    fn glue_shrinks_to_save_a_page() {
        // 5 lines of 10 with 3 of glue between them: 62 natural, 58 fully
        // shrunk: one page of 59 holds them.
        let units: Vec<Unit> = (0..5).map(|_| unit(10.0, 3.0)).collect();
        let p = page_breaks(&units, 59.0, 59.0).unwrap();
        assert_eq!(p.len(), 1);
        assert!(p[0].shrink > 0.5 && p[0].shrink <= 1.0, "{p:?}");
    }

    #[test]
    fn keeps_hold_unless_nothing_else_fits() {
        let mut units: Vec<Unit> = (0..6).map(|_| unit(10.0, 0.0)).collect();
        units[3].keep_with_next = true; // a heading at 3, its text at 4
        // A page of 40 would break after unit 3; the heading moves.
        assert_eq!(pages(&units, 40.0), [0..3, 3..6]);
        // A chain longer than a page breaks where it must.
        let chain: Vec<Unit> = (0..6)
            .map(|_| Unit {
                keep_with_next: true,
                ..unit(10.0, 0.0)
            })
            .collect();
        assert_eq!(pages(&chain, 40.0).len(), 2);
    }

    #[test]
    fn forced_breaks_start_pages() {
        let mut units: Vec<Unit> = (0..4).map(|_| unit(10.0, 0.0)).collect();
        units[2].break_before = true;
        assert_eq!(pages(&units, 100.0), [0..2, 2..4]);
    }

    #[test]
    fn a_lonely_line_moves_rather_than_stay_at_a_page_foot() {
        // A paragraph of 4 lines after 7 lines: at a page of 9 lines the
        // break after its first line would leave an orphan.
        let mut units: Vec<Unit> = (0..11).map(|_| unit(10.0, 0.0)).collect();
        units[7].penalty = LONELY_LINE + TWO_LINES;
        units[8].penalty = TWO_LINES + TWO_LINES;
        units[9].penalty = LONELY_LINE + TWO_LINES;
        let p = pages(&units, 90.0);
        assert_eq!(p[0], 0..7, "{p:?}");
    }

    #[test]
    fn a_repeated_table_header_takes_its_room_on_the_pages_it_starts() {
        let head = std::sync::Arc::new(unit(10.0, 0.0));
        let mut units = vec![Unit {
            keep_with_next: true,
            ..unit(10.0, 0.0)
        }];
        units.extend((0..6).map(|_| Unit {
            repeat: Some(head.clone()),
            ..unit(10.0, 0.0)
        }));
        // The header and three rows, then the repeated header and three rows.
        assert_eq!(pages(&units, 40.0), [0..4, 4..7]);
        // A row that cannot fit under its header on any page is too tall.
        units[5].height = 35.0;
        assert_eq!(page_breaks(&units, 40.0, 40.0), Err(TooTall { unit: 5 }));
    }

    #[test]
    fn a_unit_taller_than_any_page_is_an_error() {
        let units = vec![unit(10.0, 0.0), unit(500.0, 0.0)];
        assert_eq!(page_breaks(&units, 400.0, 450.0), Err(TooTall { unit: 1 }));
    }
}
