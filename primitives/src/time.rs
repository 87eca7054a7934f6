//! Calendar arithmetic on chain time ([`Moment`], milliseconds since the Unix epoch), in UTC:
//! the one place that turns a timestamp into a calendar year (claims' annual limits) or a day
//! (claims' service days).

use crate::Moment;

/// Milliseconds in a day.
pub const MS_PER_DAY: Moment = 86_400_000;

/// The UTC day of a time: whole days since 1970-01-01.
pub const fn utc_day(ms: Moment) -> u64 {
	ms / MS_PER_DAY
}

/// The calendar year (UTC, proleptic Gregorian) of a time in milliseconds since the epoch.
// Pure arithmetic on values bounded by u64 milliseconds (≤ 2.2e11 days): no overflow.
#[allow(clippy::arithmetic_side_effects)]
pub fn utc_year(ms: Moment) -> u32 {
	// Howard Hinnant's civil_from_days, for days since 1970-01-01 (non-negative here).
	let z = utc_day(ms) + 719_468;
	let era = z / 146_097;
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = yoe + era * 400 + u64::from(month <= 2);
	u32::try_from(year).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn years_turn_at_utc_midnight_on_new_year() {
		const Y2025: Moment = 1_735_689_600_000; // 2025-01-01T00:00:00Z
		assert_eq!(utc_year(0), 1970);
		assert_eq!(utc_year(Y2025 - 1), 2024);
		assert_eq!(utc_year(Y2025), 2025);
		assert_eq!(utc_year(951_782_400_000), 2000); // 2000-02-29, a leap day
		assert_eq!(utc_day(Y2025 + MS_PER_DAY - 1), utc_day(Y2025));
	}
}
