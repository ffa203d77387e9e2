//! The chart's value axis: a round top value and evenly spaced ticks in whole kroner.

/// The value axis: from 0 to `top` in steps of `step` kroner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub top: i64,
    pub step: i64,
}

impl Scale {
    /// The smallest axis of at most five steps of 1, 2, 2½ or 5 × 10ⁿ kroner that holds `max`.
    pub fn for_max(max: i64) -> Scale {
        let max = max.max(1);
        let mut magnitude = 1;
        loop {
            for factor in [10, 20, 25, 50] {
                let step = magnitude * factor / 10;
                if step > 0 && step * 5 >= max {
                    let top = (max + step - 1) / step * step;
                    return Scale { top, step };
                }
            }
            magnitude *= 10;
        }
    }

    /// The tick values from 0 to the top.
    pub fn ticks(self) -> Vec<i64> {
        (0..=self.top / self.step).map(|i| i * self.step).collect()
    }

    /// Where `value` lies on an axis `length` units long (0 at the bottom).
    pub fn position(self, value: i64, length: f64) -> f64 {
        value.clamp(0, self.top) as f64 / self.top as f64 * length
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_rounds_up_to_a_friendly_step() {
        let cases = [
            (16_248, 20_000, 5_000),
            (43_171, 50_000, 10_000),
            (3_342, 4_000, 1_000),
            (7_030, 8_000, 2_000),
            (12_000, 12_500, 2_500),
            (20_000, 20_000, 5_000),
        ];
        for (max, top, step) in cases {
            assert_eq!(Scale::for_max(max), Scale { top, step }, "{max}");
        }
        assert_eq!(Scale::for_max(0), Scale { top: 1, step: 1 });
    }

    #[test]
    fn ticks_and_positions() {
        let scale = Scale::for_max(16_248);
        assert_eq!(scale.ticks(), [0, 5_000, 10_000, 15_000, 20_000]);
        assert_eq!(scale.position(10_000, 200.0), 100.0);
        assert_eq!(scale.position(-5, 200.0), 0.0);
        assert_eq!(scale.position(99_999, 200.0), 200.0);
    }
}
