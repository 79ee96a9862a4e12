//! Dates in each language's CLDR long form, from ICU, with the Gregorian calendar pinned
//! (ICU would otherwise follow a locale's preferred calendar) and Western digits in Arabic.

use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_locale_core::Locale;

use crate::lang::Lang;
use crate::model::Date;

/// Formats long dates in one language. Build once per language and reuse.
pub struct DateFormatter {
    inner: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
}

impl DateFormatter {
    pub fn new(lang: Lang) -> DateFormatter {
        let locale: Locale = lang.icu_locale().parse().expect("the six locale ids are valid");
        // Compiled data covers all six locales: failure here is a build-time defect, not input.
        let inner = FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::long())
            .expect("ICU compiled data has long date formats for the six ITU languages");
        DateFormatter { inner }
    }

    /// "11 October 2017", "2017年10月11日", "11 أكتوبر 2017", …
    pub fn long(&self, date: Date) -> String {
        let d = IcuDate::try_new_gregorian(date.year, date.month, date.day)
            .expect("model::Date only holds valid Gregorian dates");
        // ICU may put bidi marks around parts of an Arabic date; Fluent isolates the whole
        // placeable already, and marks inside it would only reach the PDF text layer.
        self.inner
            .format(&d)
            .to_string()
            .replace(['\u{200F}', '\u{200E}', '\u{061C}'], "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn itu_long_dates_in_six_languages() {
        let d = Date {
            year: 2017,
            month: 10,
            day: 11,
        };
        let expect = [
            (Lang::Ar, "11 أكتوبر 2017"),
            (Lang::En, "11 October 2017"),
            (Lang::Es, "11 de octubre de 2017"),
            (Lang::Fr, "11 octobre 2017"),
            // CLDR keeps "г." with the year by a narrow no-break space.
            (Lang::Ru, "11 октября 2017\u{202F}г."),
            (Lang::Zh, "2017年10月11日"),
        ];
        for (lang, want) in expect {
            assert_eq!(DateFormatter::new(lang).long(d), want, "{lang}");
        }
    }
}
