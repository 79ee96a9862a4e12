//! Stage three of paragraph layout: total-fit line breaking (Knuth and
//! Plass, as TeX and Typst do). Every feasible line between two breaks is
//! priced by how far it falls short of (or must be squeezed into) the
//! measure, plus penalties for hyphens, consecutive hyphens and a lonely
//! last line; dynamic programming picks the cheapest set of lines for the
//! whole paragraph. A candidate line is measured in constant time from the
//! prefix sums of the prepared paragraph.

use super::breakpoints::{Break, Kind};
use super::prepare::Prepared;

/// How a paragraph's lines are priced.
#[derive(Clone, Debug)]
pub struct Params {
    /// The measure, in points.
    pub width: f32,
    /// Justified lines (Chinese) are priced by how much their character
    /// spacing must change; ragged lines by the room left at their end.
    pub justify: bool,
    /// The room at a ragged line's end that costs a badness of 100.
    pub ragged: f64,
    /// Penalty of a line ending in an inserted hyphen.
    pub hyphen: f64,
    /// Penalty of a line ending after a hyphen of the text.
    pub explicit: f64,
    /// Demerits of two hyphenated lines in a row (a third is never taken
    /// while another way exists).
    pub double_hyphen: f64,
    /// Demerits of a hyphen on the line before the last.
    pub final_hyphen: f64,
    /// Penalty of a last line holding a single unbreakable piece (one
    /// ideograph in Chinese).
    pub runt: f64,
}

/// Penalty of a break inside an unbreakable stretch wider than the line.
const EMERGENCY: f64 = 10_000.0;
/// Penalty of a break after a hyphen inside a code: better than a line
/// stretched to its limit or cut inside a word.
const CODE_HYPHEN: f64 = 3_000.0;
/// Tolerance for rounding in widths, in points.
const EPS: f64 = 0.01;
/// Most hyphenated lines in a row.
const MAX_HYPHEN_RUN: u8 = 2;

/// A line: from break `from` to break `to` (indices into [`Lines::breaks`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineSpec {
    pub from: usize,
    pub to: usize,
}

/// The chosen lines, over the breaks of the paragraph with any emergency
/// breaks added.
pub struct Lines {
    pub breaks: Vec<Break>,
    pub specs: Vec<LineSpec>,
}

/// What is measured of a candidate line.
#[derive(Clone, Copy, Debug)]
pub struct Fit {
    /// Natural width of the visible content, the hyphen included.
    pub width: f64,
    pub stretch: f64,
    pub shrink: f64,
}

/// Measures the line from break `a` to break `b`.
pub fn measure(p: &Prepared, a: &Break, b: &Break) -> Fit {
    let (vis, trim) = (a.next_vis, b.trim);
    let mut width = f64::from(b.hyphen_width());
    let (mut stretch, mut shrink) = (0.0, 0.0);
    if trim > vis {
        let adj = p.between(vis, trim);
        width += p.advance(a.pos..trim) + adj.fixed;
        stretch = adj.stretch;
        shrink = adj.shrink;
    }
    Fit { width, stretch, shrink }
}

/// The line cannot be set at the measure (even fully squeezed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooNarrow {
    /// Where the piece that does not fit starts.
    pub pos: usize,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    brk: usize,
    /// Hyphenated lines in a row ending here.
    run: u8,
    total: f64,
    pred: usize,
}

/// Breaks the paragraph into lines of at most `params.width`.
pub fn total_fit(p: &Prepared, breaks: &[Break], params: &Params) -> Result<Lines, TooNarrow> {
    let breaks = with_emergency_breaks(p, breaks, f64::from(params.width))?;
    let nodes = solve(p, &breaks, params)?;
    let mut best = nodes.len() - 1;
    let last = nodes[best].brk;
    for (i, n) in nodes.iter().enumerate().rev() {
        if n.brk != last {
            break;
        }
        if n.total < nodes[best].total {
            best = i;
        }
    }
    let mut specs = Vec::new();
    let mut i = best;
    while nodes[i].brk != 0 {
        let pred = nodes[i].pred;
        specs.push(LineSpec {
            from: nodes[pred].brk,
            to: nodes[i].brk,
        });
        i = pred;
    }
    specs.reverse();
    Ok(Lines { breaks, specs })
}

/// Adds cluster-boundary breaks inside any stretch between two ordinary
/// breaks that is wider than the line (a long address, a code), so that
/// no line runs past the margin. Fails when one cluster alone is wider.
fn with_emergency_breaks(p: &Prepared, breaks: &[Break], width: f64) -> Result<Vec<Break>, TooNarrow> {
    let mut list = Vec::with_capacity(breaks.len());
    let mut prev = 0;
    for (i, b) in breaks.iter().enumerate() {
        if i > 0 && b.kind != Kind::Hyphen {
            let a = &breaks[prev];
            if measure(p, a, b).width > width + EPS {
                // Hyphenation points inside the stretch give way to
                // cluster boundaries.
                while list
                    .last()
                    .is_some_and(|x: &Break| x.kind == Kind::Hyphen && x.pos > a.pos)
                {
                    list.pop();
                }
                emergency(p, a, b, width, &mut list)?;
            }
            prev = i;
        }
        list.push(b.clone());
    }
    Ok(list)
}

/// Cluster boundaries between `a` and `b` as emergency breaks.
fn emergency(p: &Prepared, a: &Break, b: &Break, width: f64, list: &mut Vec<Break>) -> Result<(), TooNarrow> {
    // Cluster starts of the runs inside a..b, ascending.
    let mut starts = Vec::new();
    let mut r = p.first_run_after(a.pos);
    while r < p.runs.len() && p.runs[r].item.range.start < b.trim {
        let run = &p.runs[r];
        if run.item.object {
            starts.push(run.item.range.start);
        }
        for g in &run.glyphs {
            if g.cluster > a.next_vis && g.cluster < b.trim {
                starts.push(g.cluster);
            }
        }
        r += 1;
    }
    starts.sort_unstable();
    starts.dedup();
    let mut last = a.next_vis;
    for s in starts {
        let piece = p.advance(last..s);
        if piece > width + EPS {
            return Err(TooNarrow { pos: last });
        }
        list.push(Break {
            pos: s,
            kind: Kind::Emergency,
            trim: s,
            next_vis: s,
            before_object: false,
            hyphen: None,
        });
        last = s;
    }
    if p.advance(last..b.trim) > width + EPS {
        return Err(TooNarrow { pos: last });
    }
    Ok(())
}

fn badness(ratio: f64) -> f64 {
    100.0 * ratio.abs().min(10.0).powi(3)
}

/// The dynamic programme. Nodes of one break are adjacent and in break
/// order; `active` lists the nodes a line may still start from.
fn solve(p: &Prepared, breaks: &[Break], params: &Params) -> Result<Vec<Node>, TooNarrow> {
    let width = f64::from(params.width);
    let mut nodes = vec![Node {
        brk: 0,
        run: 0,
        total: 0.0,
        pred: 0,
    }];
    // Nodes from `head` on may start a line; those before are too far back.
    let mut head = 0;
    // The first node of the current mandatory segment.
    let mut segment_start = 0;
    for (j, b) in breaks.iter().enumerate().skip(1) {
        let mut best: [Option<(f64, usize)>; (MAX_HYPHEN_RUN + 1) as usize] = [None; 3];
        let last_line = b.kind == Kind::Mandatory;
        // A line a fill-in field pushes down ends like a last line.
        let ragged_end = last_line || b.before_object;
        let mut i = head;
        while i < nodes.len() {
            let n = nodes[i];
            let a = &breaks[n.brk];
            let fit = measure(p, a, b);
            let slack = width - fit.width;
            if slack < -fit.shrink - EPS {
                // Overfull: lines from earlier breaks are wider still.
                if i == head && nodes.get(i + 1).is_some_and(|m| m.brk < j) {
                    head += 1;
                }
                i += 1;
                continue;
            }
            let ratio = if slack < 0.0 {
                slack / fit.shrink
            } else if ragged_end {
                0.0
            } else if params.justify {
                if fit.stretch > 0.0 {
                    slack / fit.stretch
                } else if slack > EPS {
                    10.0
                } else {
                    0.0
                }
            } else {
                slack / params.ragged
            };
            let mut penalty = match b.kind {
                Kind::Hyphen => params.hyphen,
                Kind::Explicit => params.explicit,
                Kind::CodeHyphen => CODE_HYPHEN,
                Kind::Emergency => EMERGENCY,
                _ => 0.0,
            };
            let runt = last_line && n.brk + 1 == j && !matches!(a.kind, Kind::Start | Kind::Mandatory);
            if runt {
                penalty += params.runt;
            }
            let mut demerits = (1.0 + badness(ratio)).powi(2) + penalty * penalty;
            let run = if b.kind.hyphenated() { n.run + 1 } else { 0 };
            if run > MAX_HYPHEN_RUN {
                i += 1;
                continue;
            }
            if run >= 2 {
                demerits += params.double_hyphen;
            }
            if last_line && n.run > 0 {
                demerits += params.final_hyphen;
            }
            let total = n.total + demerits;
            let slot = &mut best[run as usize];
            if slot.is_none_or(|(t, _)| total < t) {
                *slot = Some((total, i));
            }
            i += 1;
        }
        let before = nodes.len();
        for (run, slot) in best.iter().enumerate() {
            if let Some((total, pred)) = *slot {
                nodes.push(Node {
                    brk: j,
                    run: run as u8,
                    total,
                    pred,
                });
            }
        }
        if b.kind == Kind::Mandatory {
            if nodes.len() == before {
                // Nothing reaches this forced break: the stretch before it
                // is wider than the line.
                return Err(TooNarrow {
                    pos: breaks[nodes[segment_start].brk].next_vis,
                });
            }
            // No line crosses a forced break.
            head = before;
            segment_start = before;
        } else if head >= nodes.len() {
            return Err(TooNarrow { pos: b.pos });
        }
    }
    Ok(nodes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::dom::{Lang, Rich};
    use crate::pdf::fonts::test_fonts;
    use crate::pdf::inline::breakpoints::collect;
    use crate::pdf::inline::prepare::prepare;
    use crate::pdf::inline::{ParStyle, params};

    fn lines(text: &str, lang: Lang, width: f32) -> Vec<String> {
        let fonts = test_fonts();
        let style = ParStyle::new(11.0, 1.25);
        let p = prepare(fonts, &Rich::plain(text), &style, lang, false, width).unwrap();
        let hyph = crate::pdf::inline::hyphen_lang(lang);
        let breaks = collect(fonts, &p, hyph);
        let lines = total_fit(&p, &breaks, &params(&style, lang, width)).unwrap();
        lines
            .specs
            .iter()
            .map(|l| {
                let (a, b) = (&lines.breaks[l.from], &lines.breaks[l.to]);
                let mut s = text[a.pos..b.trim].to_string();
                if b.kind == Kind::Hyphen {
                    s.push('-');
                }
                s
            })
            .collect()
    }

    #[test]
    fn total_fit_evens_out_a_paragraph_greedy_would_leave_ragged() {
        let text = "aaa bb cc ddddd";
        // Greedy at a width of "aaa bb cc" gives a lone "ddddd"; total fit
        // is free to choose, and never exceeds the measure.
        let all = lines(text, Lang::En, 60.0);
        assert!(all.len() >= 2, "{all:?}");
        let joined = all.join(" ");
        assert_eq!(joined, text);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_at_clusters() {
        let word = "x".repeat(60);
        let all = lines(&word, Lang::En, 100.0);
        assert!(all.len() > 2);
        assert_eq!(all.concat(), word);
    }

    #[test]
    fn a_column_narrower_than_a_character_is_an_error() {
        let fonts = test_fonts();
        let style = ParStyle::new(11.0, 1.25);
        let p = prepare(fonts, &Rich::plain("WWW"), &style, Lang::En, false, 3.0).unwrap();
        let breaks = collect(fonts, &p, None);
        assert_eq!(
            total_fit(&p, &breaks, &params(&style, Lang::En, 3.0)).err(),
            Some(TooNarrow { pos: 0 })
        );
    }

    #[test]
    fn never_three_hyphens_in_a_row() {
        let text = "internationalization telecommunication standardization recommendations interoperability \
                    characteristically implementation administrations organizations responsibilities";
        for w in (90..200).step_by(5) {
            let all = lines(text, Lang::En, w as f32);
            let ends: Vec<bool> = all.iter().map(|l| l.ends_with('-')).collect();
            assert!(!ends.windows(3).any(|w| w.iter().all(|&h| h)), "{w}: {all:?}");
        }
    }
}
